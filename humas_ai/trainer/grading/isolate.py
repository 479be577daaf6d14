"""Grade one submission alone: its own throw-away course copy, a child process, limits.

The child process sees a temporary course holding only the module's source folder, a
gradebook with the assignments and no participants, and this one submission.  It runs
nbgrader's autograde steps there except the ones that write grades
(:mod:`humas_ai.trainer.grading.steps`; the kernel's working folder is inside that copy) with a time
limit per cell, and on Linux and macOS a memory and file-size limit
(``resource.setrlimit``) that the kernel inherits.  The parent kills the whole process
group when the notebook as a whole takes too long.  Windows has no ``setrlimit`` and no
process groups of this kind: there only the time limits apply (see docs/penilaian.md).
On Linux the child processes come from a warmed forkserver and start their kernel from a
forked seed (:mod:`humas_ai.trainer.grading.warm`).

This module is the process pool; what a job is (:mod:`.job`), its nbgrader config
(:mod:`.config`), the kernel's environment (:mod:`.environment`) and the resource limits
(:mod:`.rlimits`) each have their own module.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from multiprocessing.connection import wait

from humas_ai.trainer.grading import nbgrader_adapter as nbgrader
from humas_ai.trainer.grading import steps, warm

# Re-exported under their old names: tests import them from here.
from humas_ai.trainer.grading.config import grading_config
from humas_ai.trainer.grading.environment import kernel_environment, quiet_library_warnings
from humas_ai.trainer.grading.job import RESULT_FILE, Job, Limits, Outcome, prepare
from humas_ai.trainer.grading.rlimits import apply_limits

__all__ = ["LONG_SECONDS", "RESULT_FILE", "Job", "Limits", "Outcome", "default_workers",
           "free_places", "grade_job", "grading_config", "kernel_environment", "prepare",
           "quiet_library_warnings", "run_jobs", "start_workers"]


def grade_job(config, job: Job) -> None:
    """Restore the test cells of the job's submission and execute it (no grades yet)."""
    steps.grade(config, job.submission, job.graded_notebook, job.module, job.code,
                nbgrader.course_db_url(config), job.course.solutions / job.module)


def _child(job: Job, limits: Limits, env: dict[str, str]) -> None:
    """Entry point of the child process (fork or spawn)."""
    if hasattr(os, "setsid"):
        os.setsid()
    apply_limits(limits)
    os.environ.clear()
    os.environ.update(env)
    quiet_library_warnings()
    warm.plant_seed()
    result = {"success": False, "error": "", "log": ""}
    try:
        os.chdir(job.course.grader)
        config = grading_config(job.course.config, limits)
        grade_job(config, job)
        result["success"] = True
    except BaseException as error:  # noqa: BLE001 - everything is reported to the parent
        result["error"] = f"{type(error).__name__}: {error}"
    finally:
        (job.root / RESULT_FILE).write_text(json.dumps(result, default=str), encoding="utf-8")
    sys.stdout.flush()
    os._exit(0)


def _context():
    """Linux: a forkserver warmed once (imports, default model) for every grading process.

    macOS keeps ``spawn`` (forking there breaks some system libraries), as does Windows.
    """
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["humas_ai.trainer.grading.preload"])
        return context
    return multiprocessing.get_context("spawn")


def default_workers() -> int:
    """Notebooks graded at once by default: one more than the processor cores, at most 4.

    The time limits are measured on the clock, so a notebook stuck in an endless loop holds
    its place for the whole cell limit.  With one notebook more than there are cores, such a
    notebook shares a core with the others instead of keeping one to itself (measured with
    ``bench/grading.py``: 30 x 6 notebooks on 2 cores, 495 s with 2 at once, 430 s with 3).
    """
    return min((os.cpu_count() or 1) + 1, 4)


def start_workers() -> None:
    """Start warming the grading processes now (Linux), while the caller does other work.

    The forkserver's warm-up takes several seconds; started here, it overlaps with building
    the answer-key template instead of delaying the first notebook.
    """
    if sys.platform.startswith("linux"):
        from multiprocessing import forkserver

        _context()
        forkserver.ensure_running()


def _kill(process) -> None:
    try:
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except (ProcessLookupError, PermissionError, OSError):
        process.kill()


#: A notebook still running after this many seconds, and after three times the usual time
#: of the notebooks finished so far, no longer holds a grading place (see :func:`run_jobs`).
LONG_SECONDS = 5.0


def _long_after(durations: list[float]) -> float:
    """Seconds after which a running notebook counts as long: 3 x the median so far."""
    if not durations:
        return LONG_SECONDS
    return max(LONG_SECONDS, 3 * statistics.median_high(durations))


def free_places(started: Iterable[float], now: float, durations: list[float],
                workers: int, make_room: bool = True) -> int:
    """How many more jobs may start at ``now``, given when the running ones started and how
    long the finished ones took: ``workers`` places, long-running jobs not counted (unless
    ``make_room`` is false), and never more than ``2 * workers`` jobs at once."""
    started = list(started)
    if not make_room:
        return max(0, workers - len(started))
    long_after = _long_after(durations)
    ordinary = sum(now - moment < long_after for moment in started)
    return max(0, min(workers - ordinary, 2 * workers - len(started)))


def run_jobs(jobs: Iterable[Job], limits: Limits, workers: int,
             on_done: Callable[[Outcome, list[str]], None] | None = None,
             long_jobs_make_room: bool = True) -> list[Outcome]:
    """Grade every job in its own child process, ``workers`` at a time; never raises per job.

    A job that runs much longer than the others (usually a cell stuck in an endless loop,
    waiting for its time limit) stops counting as one of the ``workers``: the next job
    starts beside it, so the batch keeps moving.  At most ``2 * workers`` jobs run at once;
    with ``long_jobs_make_room=False``, never more than ``workers``.

    ``on_done(outcome, others)`` is called as each job ends, with the keys of the jobs that
    were still running at that moment.
    """
    env = kernel_environment(dict(os.environ))
    context = _context()
    workers = max(1, workers)
    pending, running, outcomes, durations = list(jobs), {}, [], []
    while pending or running:
        free = free_places([started for _, _, started in running.values()],
                           time.perf_counter(), durations, workers, long_jobs_make_room)
        for job in pending[:free]:
            process = context.Process(target=_child, args=(job, limits, env), daemon=False)
            process.start()
            running[process.sentinel] = (job, process, time.perf_counter())
        del pending[:free]
        wait(list(running), timeout=0.5)
        for sentinel, (job, process, started) in list(running.items()):
            elapsed = time.perf_counter() - started
            if process.exitcode is None and elapsed <= limits.notebook_timeout:
                continue
            if process.exitcode is None:
                _kill(process)
                process.join(5)
                outcome = Outcome(job, "waktu_habis", elapsed)
            else:
                _kill(process)  # anything the kernel left behind in the group
                outcome = _read_outcome(job, process.exitcode, elapsed)
            del running[sentinel]
            outcomes.append(outcome)
            durations.append(elapsed)
            if on_done is not None:
                on_done(outcome, [other.key for other, _, _ in running.values()])
    return outcomes


def _read_outcome(job: Job, exitcode: int, elapsed: float) -> Outcome:
    path = job.root / RESULT_FILE
    try:
        result = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Outcome(job, "berhenti", elapsed, error=f"proses berhenti (kode {exitcode})")
    log, error = str(result.get("log") or ""), str(result.get("error") or "")
    if result.get("success") and job.graded_notebook.is_file():
        return Outcome(job, "selesai", elapsed, log=log)
    return Outcome(job, "gagal", elapsed, log=log, error=error)
