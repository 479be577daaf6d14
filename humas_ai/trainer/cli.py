"""``humas-ai``: the trainer's grading command (help and messages in Indonesian).

    humas-ai grade kiriman.zip folder_lain/      # kumpulkan, nilai, umpan balik, ekspor, laporan
    humas-ai grade --exchange /srv/nbgrader/exchange --kirim-umpan-balik   # dari server kelas
    humas-ai collect PATH...   humas-ai autograde   humas-ai feedback
    humas-ai export            humas-ai report      humas-ai release-feedback --exchange FOLDER
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from humas_ai.trainer.grading.course import Course, CourseError, find_root
from humas_ai.trainer.grading.environment import quiet_library_warnings
from humas_ai.trainer.grading.isolate import default_workers
from humas_ai.trainer.grading.job import Limits
from humas_ai.trainer.grading.state import Problem, State


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

    def exchange_options(command, required: bool = False):
        command.add_argument("--exchange", type=Path, required=required, metavar="FOLDER",
                             help="folder exchange nbgrader di server kelas (misalnya "
                             "/srv/nbgrader/exchange) atau folder kursusnya di dalamnya")
        command.add_argument("--kursus-id", default=None, metavar="ID",
                             help="course_id nbgrader di exchange (bawaan: dari "
                             "grader/nbgrader_config.py, yaitu kelas-ai-humas)")
        command.add_argument("--abaikan-pemilik", action="store_true",
                             help="jangan cocokkan pemilik file kiriman dengan akun pengirim "
                             "(hanya bila semua peserta memakai satu akun sistem, misalnya "
                             "di Kubernetes); KODE_PESERTA tetap dicocokkan")

    def source_options(command):
        command.add_argument("sumber", nargs="*", type=Path, metavar="PATH",
                             help="file zip, folder, file notebook, folder exchange nbgrader, "
                             "atau folder hasil nbgrader collect")
        exchange_options(command)

    source_options(commands.add_parser("collect", help="kumpulkan notebook dari zip, folder, "
                                       "atau exchange nbgrader"))
    grading_options(commands.add_parser("autograde", help="nilai kiriman yang baru atau berubah"))
    commands.add_parser("feedback", help="buat umpan balik HTML per peserta per modul")
    commands.add_parser("export", help="simpan nilai ke CSV dan Excel")
    commands.add_parser("report", help="buat laporan kelas HTML")
    exchange_options(commands.add_parser(
        "release-feedback", help="kirim umpan balik ke exchange nbgrader agar peserta "
        "mengambilnya di JupyterLab (Fetch Feedback)"), required=True)
    grade = commands.add_parser("grade", help="semua langkah sekaligus: kumpulkan, nilai, umpan "
                                "balik, ekspor, laporan")
    source_options(grade)
    grade.add_argument("--kirim-umpan-balik", action="store_true",
                       help="setelah menilai, kirim umpan balik ke exchange (--exchange) agar "
                       "peserta mengambilnya di JupyterLab")
    grading_options(grade)
    return parser


def _course_id(course: Course, args) -> str:
    """The course's id in the exchange: ``--kursus-id``, else the course's nbgrader config."""
    from humas_ai.trainer.grading import nbgrader_adapter

    course_id = args.kursus_id or nbgrader_adapter.course_id(course.config)
    if not course_id:
        raise CourseError("course_id nbgrader tidak diketahui: beri --kursus-id ID.")
    return course_id


def _exchange(course: Course, args):
    """The exchange named by ``--exchange``, or a CourseError saying what is wrong."""
    from humas_ai.trainer.grading.exchange import find_exchange

    course_id = _course_id(course, args)
    exchange = find_exchange(args.exchange, course_id)
    if exchange is None:
        raise CourseError(f"{args.exchange} bukan folder exchange nbgrader: tidak ada "
                          f"{course_id}/inbound di dalamnya.")
    return exchange


def _owner_of(args):
    from humas_ai.trainer.grading.identity import file_owner

    return None if args.abaikan_pemilik else file_owner


def _collect(course: Course, state: State, args):
    """Collect from the sources and the exchange; returns what the class server held."""
    from humas_ai.trainer.grading.collect import collect_found
    from humas_ai.trainer.grading.exchange import gather

    sources = list(args.sumber)
    if args.exchange is not None:
        sources.append(_exchange(course, args).course)
    if not sources:
        raise CourseError("Sebutkan file atau folder kiriman, atau --exchange FOLDER.")
    if course.roster() is None:
        print("Catatan: grader/roster.csv belum ada, jadi semua kode peserta diterima. Salin "
              "grader/roster_template.csv menjadi grader/roster.csv lalu isi daftar peserta.")
    if args.abaikan_pemilik:
        _owners_unchecked(state, sources)
    reading = gather(sources, _course_id(course, args), _owner_of(args))
    _say_collected(collect_found(course, reading.files, state))
    return reading


def _owners_unchecked(state: State, sources: list[Path]) -> None:
    """Tell the trainer, now and in the class report, that owners were not checked."""
    print("Catatan: pemilik file kiriman tidak diperiksa (--abaikan-pemilik); hanya "
          "KODE_PESERTA yang dicocokkan dengan akun pengirim.")
    state.add_problem(Problem(", ".join(map(str, sources)), "pemilik file kiriman tidak "
                              "diperiksa (--abaikan-pemilik): kiriman atas nama peserta "
                              "lain hanya tertolak bila KODE_PESERTA-nya tidak cocok"))


def _say_collected(result) -> None:
    from humas_ai.trainer.grading.state import REJECTED

    rejected = [problem for problem in result.problems if problem.kind == REJECTED]
    print(f"Terkumpul: {len(result.added)} kiriman baru atau berubah, {len(result.unchanged)} "
          f"tidak berubah, {len(result.problems) - len(rejected)} masalah, {len(rejected)} "
          "ditolak.")
    for problem in result.problems:
        if problem.kind != REJECTED:
            print(f"  - {problem.origin}: {problem.reason}")
    if rejected:
        print(f"Ditolak ({len(rejected)} kiriman; identitas pengirim tidak dapat dipercaya, "
              "tidak dinilai, tidak dihapus):")
        for problem in rejected:
            print(f"  - {problem.origin}: {problem.reason}")


def _stage(course: Course, state: State, reading) -> None:
    """Get the feedback of submissions from collected folders ready for nbgrader's own
    ``release_feedback`` (the class server's exchange is then ngshare, say)."""
    from humas_ai.trainer.grading.exchange import Reading, stage_feedback, staging_folder

    collected = Reading(chosen=[pair for pair in reading.chosen if not pair[0].from_exchange])
    staged = stage_feedback(course, state, collected) if collected.chosen else []
    if staged:
        folder = staging_folder(course).relative_to(course.root).as_posix()
        modules = " ".join(sorted({page.parent.name for page in staged}))
        print(f"Umpan balik siap dirilis lewat nbgrader: {len(staged)} halaman di {folder}. "
              "Kirim ke peserta dengan: cd grader && nbgrader release_feedback MODUL "
              f"--CourseDirectory.feedback_directory={folder} (MODUL: {modules}).")


def _release(course: Course, state: State, args) -> None:
    from humas_ai.trainer.grading.exchange import release_feedback

    exchange = _exchange(course, args)
    written = release_feedback(course, state, exchange, _owner_of(args))
    print(f"Umpan balik di exchange: {len(written)} halaman di {exchange.feedback}. Peserta "
          "mengambilnya di JupyterLab: tab Assignments, tombol Fetch Feedback.")


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
        if getattr(args, "kirim_umpan_balik", False) and args.exchange is None:
            raise CourseError("--kirim-umpan-balik memerlukan --exchange FOLDER.")
        course = Course(args.kursus or find_root())
        state = State.load(course.workspace / "status.json")
        reading = None
        if args.perintah in ("collect", "grade"):
            reading = _collect(course, state, args)
            state.save()
        if args.perintah in ("autograde", "grade"):
            _autograde(course, state, args)
            state.save()
        steps = {"grade": {"feedback", "export", "report"}}.get(args.perintah, {args.perintah})
        _outputs(course, state, steps & {"feedback", "export", "report"})
        if args.perintah == "grade":
            _stage(course, state, reading)
        if args.perintah == "release-feedback" or getattr(args, "kirim_umpan_balik", False):
            _release(course, state, args)
    except CourseError as error:
        print(f"Kesalahan: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
