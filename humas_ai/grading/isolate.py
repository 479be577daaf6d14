"""Grade one submission alone: its own throw-away course copy, a child process, limits.

The child process sees a temporary course holding only the module's source folder, a
gradebook with the assignments and no participants, and this one submission.  It runs
nbgrader's autograde steps there except the ones that write grades
(:mod:`humas_ai.grading.steps`; the kernel's working folder is inside that copy) with a time
limit per cell, and on Linux and macOS a memory and file-size limit
(``resource.setrlimit``) that the kernel inherits.  The parent kills the whole process
group when the notebook as a whole takes too long.  Windows has no ``setrlimit`` and no
process groups of this kind: there only the time limits apply (see docs/penilaian.md).
On Linux the child processes come from a warmed forkserver and start their kernel from a
forked seed (:mod:`humas_ai.grading.warm`).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import shutil
import signal
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path

from humas_ai.grading import nbgrader_adapter as nbgrader
from humas_ai.grading import steps, warm

RESULT_FILE = "hasil.json"
#: Environment variables a grading kernel must not inherit (the trainer's own session).
_DROPPED_ENV = ("JPY_SESSION_NAME", "JPY_PARENT_PID", "JUPYTER_SERVER_ROOT")
_CLOSED_PROXY = "http://127.0.0.1:9"


@dataclass(frozen=True)
class Limits:
    """Limits for one submission; the defaults suit a class laptop."""

    cell_timeout: int = 60  # seconds per cell
    notebook_timeout: int = 600  # seconds for the whole notebook
    memory_mb: int = 3072  # address space of the grading process and its kernel
    file_mb: int = 64  # largest file the kernel may write
    output_lines: int = 200  # per output, kept in the graded notebook
    output_chars: int = 20000


@dataclass
class Job:
    code: str
    module: str
    root: Path  # the temporary course folder of this submission

    @property
    def key(self) -> str:
        return f"{self.code}/{self.module}"

    @property
    def submission(self) -> Path:
        return (self.root / "grader" / "submitted" / self.code / self.module
                / f"{self.module}.ipynb")

    @property
    def graded_notebook(self) -> Path:
        return (self.root / "grader" / "autograded" / self.code / self.module
                / f"{self.module}.ipynb")


@dataclass
class Outcome:
    job: Job
    status: str  # "selesai", "waktu_habis", "berhenti" (process died), "gagal" (nbgrader error)
    seconds: float
    log: str = ""
    error: str = ""
    extra: dict = field(default_factory=dict)


def prepare(job: Job, template: Path, submission: Path) -> None:
    """Build the job's course: config, the module's source folder, empty gradebook, submission."""
    grader = job.root / "grader"
    grader.mkdir(parents=True)
    shutil.copy2(template / "grader" / "nbgrader_config.py", grader / "nbgrader_config.py")
    shutil.copy2(template / "grader" / "gradebook.db", grader / "gradebook.db")
    shutil.copytree(template / "solutions" / job.module, job.root / "solutions" / job.module)
    job.submission.parent.mkdir(parents=True)
    shutil.copy2(submission, job.submission)


def kernel_environment(base: dict[str, str]) -> dict[str, str]:
    """The environment a grading kernel gets: one thread per library, no network proxy hole."""
    env = {key: value for key, value in base.items() if key not in _DROPPED_ENV}
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env[name] = "1"
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        env[name] = env[name.upper()] = _CLOSED_PROXY
    env["no_proxy"] = env["NO_PROXY"] = "localhost,127.0.0.1,::1"
    env["MPLBACKEND"] = "Agg"
    scripts = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(filter(None, [scripts, env.get("PATH", "")]))
    return env


def quiet_library_warnings() -> None:
    """Hide warnings meant for nbgrader's developers (SQLAlchemy sessions), not the trainer."""
    warnings.filterwarnings("ignore", module="sqlalchemy")
    warnings.filterwarnings("ignore", message=".*not in session.*")


def _own_address_space() -> int:
    """Bytes of address space this process uses now (Linux; 0 where unknown)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def _apply_limits(limits: Limits) -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    for name, megabytes in (("RLIMIT_AS", limits.memory_mb), ("RLIMIT_FSIZE", limits.file_mb)):
        kind = getattr(resource, name, None)
        if kind is None:
            continue
        value = megabytes * 1024 * 1024
        if name == "RLIMIT_AS":  # a forked child already holds its parent's address space
            value = max(value, _own_address_space() + 1024 * 1024 * 1024)
        # macOS refuses some limits; the time limits still hold there.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(kind, (value, value))


def grading_config(course_config: Path, limits: Limits, **overrides):
    """nbgrader config: the course's own file plus the kit's limits and cell handling."""
    from traitlets.config import Config

    config = nbgrader.load_config(course_config)
    extra = Config()
    extra.Execute.timeout = limits.cell_timeout
    extra.Execute.interrupt_on_timeout = True
    extra.Execute.allow_errors = True
    # The kernel's own notices (such as "running over TCP without encryption" on the loopback
    # interface) mean nothing to a trainer; its errors still show.  A grading kernel keeps
    # no IPython history: participants' code does not belong in the trainer's history file,
    # and kernels running side by side would wait on its lock.  Errors are shown as plain
    # Python tracebacks: IPython's default, with source context and colours, takes a
    # tenth of a second or more per failing cell, and an unfinished notebook has many.
    # The feedback pages show only the error's last line either way.
    extra.Execute.extra_arguments = ["--IPKernelApp.log_level=ERROR",
                                     "--HistoryManager.enabled=False",
                                     "--InteractiveShell.xmode=Plain"]
    # Nothing in a participant's notebook needs to run after its last cell (no atexit hooks
    # to wait for): the kernel is stopped at once, and its process group killed afterwards.
    extra.Execute.shutdown_kernel = "immediate"
    extra.OverwriteCells.add_missing_cells = True
    extra.LimitOutput.max_lines = limits.output_lines
    extra.CapOutputSize.max_chars = limits.output_chars
    extra.Exchange.root = tempfile.gettempdir()  # only checked, never written: no warning
    extra.Autograde.autograde_preprocessors = _with_size_cap(config)
    for dotted, value in overrides.items():
        section, name = dotted.split("__")
        extra[section][name] = value
    config.merge(extra)
    return config


def _with_size_cap(config) -> list:
    """nbgrader's autograde steps with :class:`CapOutputSize` right after ``LimitOutput``."""
    from humas_ai.grading.limit import CapOutputSize

    limit_output = nbgrader.limit_output_step()
    chain = list(config.Autograde.get("autograde_preprocessors")
                 or nbgrader.default_autograde_steps())
    if CapOutputSize not in chain:
        chain.insert(chain.index(limit_output) + 1 if limit_output in chain else len(chain),
                     CapOutputSize)
    return chain


def grade_job(config, job: Job) -> None:
    """Restore the test cells of the job's submission and execute it (no grades yet)."""
    steps.grade(config, job.submission, job.graded_notebook, job.module, job.code,
                nbgrader.course_db_url(config), job.root / "solutions" / job.module)


def _child(job: Job, limits: Limits, env: dict[str, str]) -> None:
    """Entry point of the child process (fork or spawn)."""
    if hasattr(os, "setsid"):
        os.setsid()
    _apply_limits(limits)
    os.environ.clear()
    os.environ.update(env)
    quiet_library_warnings()
    warm.plant_seed()
    result = {"success": False, "error": "", "log": ""}
    try:
        os.chdir(job.root / "grader")
        config = grading_config(job.root / "grader" / "nbgrader_config.py", limits)
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
        context.set_forkserver_preload(["humas_ai.grading.preload"])
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
