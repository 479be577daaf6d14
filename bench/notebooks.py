"""Time and peak memory of every solution notebook, executed top to bottom on one core.

    .venv/bin/python bench/notebooks.py [--module 02-klasifikasi-sentimen]

Each notebook runs in a fresh kernel with nbclient, with the numeric libraries
limited to one thread.  Peak memory is the kernel's resident set size,
sampled every 50 ms with psutil.  Beside each module it prints module 00 as
the reference (kernel start and imports alone cost a few seconds).  Targets
from the issues: under 20 s and under 600 MB per module.
"""

from __future__ import annotations

import argparse
import os
import threading
import time
from pathlib import Path

import nbformat
import psutil
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "solutions"


class PeakMemory:
    """Samples the resident memory of a process tree until stopped."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.process, self.interval, self.peak = psutil.Process(pid), interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                tree = [self.process, *self.process.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            time.sleep(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def run(path: Path) -> tuple[float, float, float]:
    """Return (total seconds, kernel start seconds, peak MB) for one notebook."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    with client.setup_kernel():
        started = time.perf_counter() - start
        pid = client.km.provisioner.process.pid
        with PeakMemory(pid) as memory:
            for index, cell in enumerate(notebook.cells):
                client.execute_cell(cell, index)
    return time.perf_counter() - start, started, memory.peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--module", action="append", help="only this module (repeatable)")
    args = parser.parse_args()
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    modules = args.module or sorted(p.name for p in SOLUTIONS.iterdir() if p.is_dir())
    print(f"{'module':26} {'total s':>8} {'kernel s':>9} {'peak MB':>8}  target: < 20 s, < 600 MB")
    for module in modules:
        total, started, peak = run(SOLUTIONS / module / f"{module}.ipynb")
        verdict = "ok" if total < 20 and peak < 600 else "OVER"
        print(f"{module:26} {total:8.1f} {started:9.1f} {peak:8.0f}  {verdict}")


if __name__ == "__main__":
    main()
