"""``humas-ai``: the trainer's grading command (help and messages in Indonesian).

    humas-ai grade kiriman.zip folder_lain/      # kumpulkan, nilai, umpan balik, ekspor, laporan
    humas-ai collect PATH...   humas-ai autograde   humas-ai feedback
    humas-ai export            humas-ai report
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from humas_ai.trainer.grading.course import Course, CourseError, find_root
from humas_ai.trainer.grading.environment import quiet_library_warnings
from humas_ai.trainer.grading.isolate import default_workers
from humas_ai.trainer.grading.job import Limits
from humas_ai.trainer.grading.state import State


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="humas-ai", description="Penilaian Kelas AI Humas: kumpulkan kiriman peserta, "
        "nilai otomatis, buat umpan balik, nilai Excel, dan laporan kelas.")
    parser.add_argument("--kursus", type=Path, default=None, metavar="FOLDER",
                        help="folder kursus (berisi grader/nbgrader_config.py); bawaan: dicari "
                             "dari folder saat ini ke atas")
    commands = parser.add_subparsers(dest="perintah", required=True, metavar="PERINTAH")

    def grading_options(command):
        command.add_argument("--paralel", type=int, default=default_workers(), metavar="N",
                             help="jumlah notebook yang dinilai sekaligus (bawaan: jumlah inti "
                             "prosesor ditambah 1, paling banyak 4; di laptop ini "
                             "%(default)s)")
        command.add_argument("--batas-sel", type=int, default=Limits.cell_timeout, metavar="DETIK",
                             help="batas waktu satu sel (bawaan: %(default)s detik)")
        command.add_argument("--batas-notebook", type=int, default=Limits.notebook_timeout,
                             metavar="DETIK", help="batas waktu satu notebook (bawaan: "
                             "%(default)s detik)")
        command.add_argument("--batas-memori", type=int, default=Limits.memory_mb, metavar="MB",
                             help="batas memori per notebook, Linux/macOS (bawaan: %(default)s MB)")
        command.add_argument("--ulang", action="store_true",
                             help="nilai ulang semua kiriman, bukan hanya yang baru atau berubah")

    collect = commands.add_parser("collect", help="kumpulkan notebook dari zip atau folder")
    collect.add_argument("sumber", nargs="+", type=Path, metavar="PATH",
                         help="file zip, folder, atau file notebook")
    grading_options(commands.add_parser("autograde", help="nilai kiriman yang baru atau berubah"))
    commands.add_parser("feedback", help="buat umpan balik HTML per peserta per modul")
    commands.add_parser("export", help="simpan nilai ke CSV dan Excel")
    commands.add_parser("report", help="buat laporan kelas HTML")
    grade = commands.add_parser("grade", help="semua langkah sekaligus: kumpulkan, nilai, umpan "
                                "balik, ekspor, laporan")
    grade.add_argument("sumber", nargs="+", type=Path, metavar="PATH",
                       help="file zip, folder, atau file notebook")
    grading_options(grade)
    return parser


def _collect(course: Course, state: State, sources: list[Path]) -> None:
    from humas_ai.trainer.grading.collect import collect

    if course.roster() is None:
        print("Catatan: grader/roster.csv belum ada, jadi semua kode peserta diterima. Salin "
              "grader/roster_template.csv menjadi grader/roster.csv lalu isi daftar peserta.")
    result = collect(course, sources, state)
    print(f"Terkumpul: {len(result.added)} kiriman baru atau berubah, {len(result.unchanged)} "
          f"tidak berubah, {len(result.problems)} masalah.")
    for problem in result.problems:
        print(f"  - {problem.origin}: {problem.reason}")


def _autograde(course: Course, state: State, args) -> None:
    from humas_ai.trainer.grading.autograde import autograde

    limits = Limits(cell_timeout=args.batas_sel, notebook_timeout=args.batas_notebook,
                    memory_mb=args.batas_memori)
    run = autograde(course, state, limits, workers=max(1, args.paralel), force=args.ulang)
    print(f"Dinilai: {len(run.graded)}, gagal dinilai: {len(run.failed)}, tidak berubah: "
          f"{len(run.skipped)}.")


def _outputs(course: Course, state: State, steps: set[str]) -> None:
    from humas_ai.trainer.grading.results import read_results

    results = read_results(course, state)
    if "feedback" in steps:
        from humas_ai.trainer.grading.feedback import write_feedback

        pages = write_feedback(course, state, results)
        print(f"Umpan balik: {len(pages)} halaman di {course.feedback}")
    if "export" in steps:
        from humas_ai.trainer.grading.export import export

        csv_path, xlsx_path = export(results, course.workspace)
        print(f"Nilai: {csv_path} dan {xlsx_path}")
    if "report" in steps:
        from humas_ai.trainer.grading.class_report import write_report
        from humas_ai.trainer.grading.feedback import exercise_titles

        report = write_report(results, state, course.workspace, exercise_titles(course))
        print(f"Laporan kelas: {report}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    quiet_library_warnings()
    try:
        course = Course(args.kursus or find_root())
        state = State.load(course.workspace / "status.json")
        if args.perintah in ("collect", "grade"):
            _collect(course, state, args.sumber)
            state.save()
        if args.perintah in ("autograde", "grade"):
            _autograde(course, state, args)
            state.save()
        steps = {"grade": {"feedback", "export", "report"}}.get(args.perintah, {args.perintah})
        _outputs(course, state, steps & {"feedback", "export", "report"})
    except CourseError as error:
        print(f"Kesalahan: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
