"""Re-run the solution notebooks so their stored outputs match the code, then clean them.

The outputs stored in ``solutions/`` are what nbval compares for cells tagged
``nbval-check-output`` and what a trainer reads in the answer key, so they must come from
the current kit.  Each notebook runs in its own folder, offline, with the grader's kernel
environment.  Afterwards the run's noise is removed so a diff shows only what changed:
widget state (it changes on every run and makes the book load scripts from a CDN),
per-cell execution timestamps and files the run wrote (``hasil/``, ``kumpulkan/``).

Usage (from the repository root)::

    .venv/bin/python tools/refresh_solutions.py              # every module
    .venv/bin/python tools/refresh_solutions.py 02-klasifikasi-sentimen
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "solutions"
RUN_OUTPUT_FOLDERS = ("hasil", "kumpulkan")


def clean(notebook: nbformat.NotebookNode) -> None:
    """Remove what changes on every run without changing what the notebook teaches."""
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        for output in cell.get("outputs", []):
            output.get("data", {}).pop("application/vnd.jupyter.widget-view+json", None)


def refresh(module: str) -> None:
    folder = SOLUTIONS / module
    path = folder / f"{module}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    for name in RUN_OUTPUT_FOLDERS:  # left by an earlier run: would leak into the outputs
        if (folder / name).exists():
            print(f"{module}: folder {name}/ dari proses sebelumnya dihapus dulu")
            shutil.rmtree(folder / name)
    from humas_ai.trainer.grading.environment import kernel_environment

    env = kernel_environment(dict(os.environ))
    env["PIP_NO_INDEX"] = "1"
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        NotebookClient(notebook, timeout=120, kernel_name="python3",
                       extra_arguments=["--IPKernelApp.log_level=ERROR"],
                       resources={"metadata": {"path": str(folder)}}).execute()
    finally:
        os.environ.clear()
        os.environ.update(saved)
        for name in RUN_OUTPUT_FOLDERS:
            shutil.rmtree(folder / name, ignore_errors=True)
    clean(notebook)
    nbformat.write(notebook, path)
    print(f"{module}: dijalankan ulang dan dibersihkan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="NN-name folders (default: all)")
    args = parser.parse_args(argv)
    names = args.modules or sorted(p.name for p in SOLUTIONS.iterdir()
                                   if (p / f"{p.name}.ipynb").is_file())
    for module in names:
        refresh(module)
    return 0


if __name__ == "__main__":
    sys.exit(main())
