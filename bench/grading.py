"""Grading a class: `humas-ai grade` beside plain sequential `nbgrader autograde`, same run.

    .venv/bin/python bench/grading.py [--peserta 30] [--paralel N] [--tanpa-pembanding]

Builds a temporary course with every module in solutions/ and ``--peserta`` participants
per module (a realistic mix: 60 % complete, 25 % partial, 10 % untouched, 5 % with an
infinite loop in the first answer; module 05's first answer is written text, so there the
loop never runs), then grades the same submissions twice in fresh copies:
once with ``humas-ai grade`` and once with plain ``nbgrader autograde MODULE --force`` per
module, one after another.  Prints the total and per-notebook time of both and the ratio.
Targets: ratio >= 1.6 on 2 cores; the class at six modules in under 6 minutes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from humas_ai.trainer.cli import main as humas_ai  # noqa: E402
from humas_ai.trainer.grading.isolate import default_workers  # noqa: E402
from tests import grading_cases as cases  # noqa: E402
from tests.notebook_tools import MODULES, Course, module_names, offline_env  # noqa: E402

CELL_TIMEOUT = 20


def kind(index: int) -> str:
    """The mix, spread evenly over participant numbers: 60 / 25 / 10 / 5 %."""
    share = (index * 37 % 100) / 100
    return ("lengkap" if share < 0.60 else "sebagian" if share < 0.85
            else "kosong" if share < 0.95 else "macet")


def submissions(module: str, count: int) -> list[tuple[str, dict]]:
    """(code, notebook) for ``count`` participants of ``module``."""
    first_answer = next(cell["metadata"]["nbgrader"]["grade_id"]
                        for cell in cases.untouched(module)["cells"]
                        if cell.get("metadata", {}).get("nbgrader", {}).get("solution"))
    complete = cases.answered(module)
    notebooks = {
        "lengkap": complete,
        "sebagian": cases.answered(module, skip=(first_answer,)),
        "kosong": cases.untouched(module),
        "macet": cases.set_answer(complete, first_answer, "while True:\n    pass"),
    }
    return [(f"P{index:02d}", cases.with_code(notebooks[kind(index)], f"P{index:02d}"))
            for index in range(1, count + 1)]


def core_speed() -> float:
    """Millions of simple Python steps per second on one core (best of five tries), to
    compare machines: the same class takes longer on a slower processor, while the ratio
    stays comparable."""
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        total = 0
        for number in range(1_000_000):
            total += number % 7
        best = min(best, time.perf_counter() - started)
    return 1 / best


def fresh_course(folder: Path) -> Path:
    Course(folder)
    shutil.copytree(MODULES, folder / "modules")
    return folder


#: Steps of `humas-ai grade` timed on their own:
#: (label, function in humas_ai.trainer.grading.autograde).
STEPS = [("kunci penilaian (templat)", "build_template"), ("menjalankan notebook", "run_jobs"),
         ("mencatat ke buku nilai", "_record")]


def time_steps() -> dict[str, float]:
    """Wrap the grading steps with timers; the returned dict fills in as they run."""
    from humas_ai.trainer.grading import autograde

    seconds: dict[str, float] = {}
    for label, name in STEPS:
        function = getattr(autograde, name)

        def timed(*args, _function=function, _label=label, **kwargs):
            started = time.perf_counter()
            try:
                return _function(*args, **kwargs)
            finally:
                seconds[_label] = seconds.get(_label, 0.0) + time.perf_counter() - started

        setattr(autograde, name, timed)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peserta", type=int, default=30)
    parser.add_argument("--paralel", type=int, default=default_workers(),
                        help="notebook sekaligus (bawaan: seperti humas-ai grade)")
    parser.add_argument("--tanpa-pembanding", action="store_true",
                        help="lewati nbgrader berurutan (untuk mencoba perubahan dengan cepat)")
    args = parser.parse_args()
    modules = module_names()
    with tempfile.TemporaryDirectory(prefix="bench-nilai-") as name:
        work = Path(name)
        inbox = work / "masuk"
        for module in modules:
            for code, notebook in submissions(module, args.peserta):
                cases.write(inbox / module / f"{code}.ipynb", notebook)
        count = args.peserta * len(modules)
        mix = Counter(kind(index) for index in range(1, args.peserta + 1))
        print(f"{len(modules)} modul x {args.peserta} peserta = {count} notebook, "
              f"{os.cpu_count()} inti prosesor; peserta: "
              + ", ".join(f"{n} {name}" for name, n in sorted(mix.items()))
              + f" (macet = perulangan tanpa akhir, dihentikan setelah {CELL_TIMEOUT} detik)",
              flush=True)
        print(f"kecepatan satu inti (acuan untuk membandingkan mesin): {core_speed():.1f} "
              "juta langkah Python per detik", flush=True)

        kit = fresh_course(work / "kit")
        steps = time_steps()
        started = time.perf_counter()
        code = humas_ai(["--kursus", str(kit), "grade", str(inbox), "--paralel",
                         str(args.paralel), "--batas-sel", str(CELL_TIMEOUT)])
        kit_seconds = time.perf_counter() - started
        if code != 0:
            print("humas-ai grade gagal")
            return 1

        if args.tanpa_pembanding:
            report(args, kit_seconds, steps, None, count, len(modules))
            return 0
        plain = fresh_course(work / "polos")
        started = time.perf_counter()
        env = offline_env()

        def nbgrader(*command: str) -> None:
            subprocess.run([sys.executable, "-m", "nbgrader", *command], cwd=plain / "grader",
                           env=env, check=True, capture_output=True)

        nbgrader("generate_assignment", "*", "--force")
        for module in modules:
            for notebook in sorted((inbox / module).glob("*.ipynb")):
                target = plain / "grader" / "submitted" / notebook.stem / module
                target.mkdir(parents=True)
                shutil.copy2(notebook, target / f"{module}.ipynb")
            nbgrader("autograde", module, "--force",
                     f"--ExecutePreprocessor.timeout={CELL_TIMEOUT}")
        plain_seconds = time.perf_counter() - started
    report(args, kit_seconds, steps, plain_seconds, count, len(modules))
    return 0


def report(args, kit_seconds: float, steps: dict[str, float], plain_seconds: float | None,
           count: int, modules: int) -> None:
    print(f"humas-ai grade (paralel {args.paralel}, termasuk kumpul, umpan balik, laporan): "
          f"{kit_seconds:.1f} s total, {kit_seconds / count:.2f} s per notebook")
    for label, seconds in steps.items():
        print(f"  - {label}: {seconds:.1f} s")
    if plain_seconds is not None:
        print(f"nbgrader autograde berurutan (hanya menilai): {plain_seconds:.1f} s total, "
              f"{plain_seconds / count:.2f} s per notebook")
        print(f"rasio: {plain_seconds / kit_seconds:.2f}x (target >= 1.6x pada 2 inti)")
    six = kit_seconds / modules * 6
    print(f"perkiraan kelas {args.peserta} peserta x 6 modul: {six / 60:.1f} menit "
          "(target < 6 menit)")


if __name__ == "__main__":
    sys.exit(main())
