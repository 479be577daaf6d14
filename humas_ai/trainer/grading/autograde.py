"""Autograde every new or changed submission, each in isolation, then record the grades.

1. A template course (sources + a gradebook with the assignments and their hidden tests,
   no participants) is built once per run with ``nbgrader generate_assignment``; the main
   gradebook gets the assignments it lacks the same way (its release goes to a temporary
   folder, so ``modules/`` is never touched).
2. Every submission is graded by :mod:`humas_ai.trainer.grading.isolate` in its own copy of the
   template, several at a time; the course files are guarded meanwhile.
3. The executed notebooks are recorded in the main gradebook one by one with nbgrader's
   own grade-writing steps (:mod:`humas_ai.trainer.grading.steps`): the participant's code never
   runs there.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from humas_ai.classroom.identify import read_notebook
from humas_ai.trainer.grading import collect, guard, scan, steps
from humas_ai.trainer.grading import nbgrader_adapter as nbgrader
from humas_ai.trainer.grading.config import grading_config
from humas_ai.trainer.grading.course import CONFIG, Course, CourseError
from humas_ai.trainer.grading.environment import kernel_environment
from humas_ai.trainer.grading.isolate import run_jobs, start_workers
from humas_ai.trainer.grading.job import Job, Limits, Outcome, prepare
from humas_ai.trainer.grading.state import State

_FAILED = {
    "waktu_habis": "penilaian notebook dihentikan karena melewati batas waktu {seconds} detik; "
                   "nilai 0",
    "berhenti": "proses penilaian berhenti mendadak (biasanya kehabisan memori); nilai 0",
    "gagal": "notebook tidak dapat dinilai ({error}); nilai 0",
}


@dataclass
class GradeRun:
    graded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def _generate(config_file: Path, modules: list[str], release: Path | None = None) -> None:
    """``nbgrader generate_assignment`` for ``modules``, in this process (which imports
    nbgrader anyway to record the grades), optionally releasing into ``release``."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    config = nbgrader.load_config(config_file)
    if release is not None:
        config.CourseDirectory.release_directory = release.as_posix()
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    path = os.environ.get("PATH", "")
    # A new gradebook is stamped by nbgrader running its `alembic` command: it must be found
    # next to this Python even when the trainer did not activate the environment.
    os.environ["PATH"] = kernel_environment(dict(os.environ))["PATH"]
    try:
        results = [api.generate_assignment(module, force=True, create=True)
                   for module in modules]
    finally:
        os.environ["PATH"] = path
    for result in results:
        if not result.get("success"):
            detail = "\n".join(str(result.get(part) or "") for part in ("log", "error"))
            raise CourseError("nbgrader gagal menyiapkan tugas:\n" + detail[-3000:])


def build_template(course: Course, folder: Path, modules: list[str]) -> Path:
    """A course copy whose gradebook has ``modules`` (with hidden tests) and no participant."""
    (folder / CONFIG).parent.mkdir(parents=True)
    shutil.copy2(course.config, folder / CONFIG)
    template = Course(folder)
    for module in modules:
        shutil.copytree(course.solutions / module, template.solutions / module,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    _generate(template.config, modules)
    return folder


def ensure_assignments(course: Course, template: Path, scratch: Path, modules: list[str],
                       state: State, keys: dict[str, str],
                       say: Callable[[str], None] = print) -> None:
    """Give the main gradebook every module it lacks, and renew those whose answer key
    changed since it was made (never rewriting modules/)."""
    if not course.gradebook.exists():
        shutil.copy2(Course(template).gradebook, course.gradebook)
        state.answer_keys.update({module: keys[module] for module in modules})
        return
    from nbgrader.api import Gradebook

    with Gradebook(course.db_url) as gradebook:
        known = {assignment.name for assignment in gradebook.assignments}
    for module in modules:
        if module in known and state.answer_keys.get(module) == keys[module]:
            continue
        if module in known and module in state.answer_keys:
            say(f"Kunci jawaban {module} berubah: buku nilai diperbarui dan kirimannya "
                "dinilai ulang.")
        _generate(course.config, [module], release=scratch / f"rilis-{module}")
        state.answer_keys[module] = keys[module]


def _to_grade(course: Course, state: State, force: bool,
              answer_keys: dict[str, str]) -> list[str]:
    """Submissions that are new, changed, graded with an older answer key, or forced."""
    keys = []
    for key, entry in sorted(state.entries.items()):
        if (entry.module not in answer_keys
                or not course.submission(entry.code, entry.module).is_file()):
            continue
        graded = course.graded(entry.code, entry.module)
        if (force or entry.graded_sha256 != entry.sha256 or not graded.is_file()
                or entry.key_sha256 != answer_keys.get(entry.module)):
            keys.append(key)
    return keys


def _record_graded(course: Course, config, outcomes: list[Outcome]) -> dict[str, str]:
    """Record every executed notebook in the main gradebook with nbgrader's grade-writing
    steps; returns the error text of each submission that could not be recorded."""
    errors = {}
    with steps.one_engine_per_database():
        for outcome in outcomes:
            if outcome.status != "selesai":
                continue
            error = _record_one(course, config, outcome.job)
            if error:
                errors[outcome.job.key] = error
    return errors


def _record_one(course: Course, config, job: Job) -> str:
    """Record one executed notebook; the error text when it could not be recorded."""
    target = course.graded(job.code, job.module)
    shutil.rmtree(target.parent, ignore_errors=True)
    try:
        steps.copy_module_files(config, course.solutions / job.module, target.parent)
        steps.record(config, job.graded_notebook, target, job.module, job.code, course.db_url,
                     steps.submission_timestamp(course.submission(job.code, job.module).parent))
    except Exception as error:  # noqa: BLE001 - reported per submission, batch goes on
        shutil.rmtree(target.parent, ignore_errors=True)
        return f"{type(error).__name__}: {error}"[-300:]
    return ""


def _record_zero(course: Course, code: str, module: str) -> None:
    from nbgrader.api import Gradebook

    stale = course.graded(code, module).parent
    if stale.exists():
        shutil.rmtree(stale)
    with Gradebook(course.db_url) as gradebook:
        gradebook.update_or_create_student(code)
        submission = gradebook.update_or_create_submission(module, code)
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                grade.auto_score = 0
                grade.manual_score = None
                grade.needs_manual_grade = False
        gradebook.db.commit()


def autograde(course: Course, state: State, limits: Limits | None = None, workers: int = 2,
              force: bool = False, say: Callable[[str], None] = print) -> GradeRun:
    """Grade what is new or changed since the last run; record grades and problems."""
    limits = limits or Limits()
    run = GradeRun()
    answer_keys = {module: course.answer_key(module) for module in course.modules}
    keys = _to_grade(course, state, force, answer_keys)
    run.skipped = sorted(set(state.entries) - set(keys))
    if not keys:
        say("Tidak ada kiriman baru atau berubah untuk dinilai.")
        return run
    with tempfile.TemporaryDirectory(prefix="humas-ai-nilai-") as scratch_name:
        scratch = Path(scratch_name)
        say("Menyiapkan kunci penilaian (tes tersembunyi) ...")
        start_workers()
        modules = sorted({state.entries[key].module for key in keys})
        template = build_template(course, scratch / "templat", modules)
        ensure_assignments(course, template, scratch, modules, state, answer_keys, say)
        jobs = []
        for index, key in enumerate(keys):
            entry = state.entries[key]
            job = Job(entry.code, entry.module, scratch / f"kiriman-{index:04d}")
            prepare(job, template, course.submission(entry.code, entry.module))
            jobs.append(job)
        say(f"Menilai {len(jobs)} kiriman, {workers} sekaligus ...")
        saved = guard.snapshot(course)
        tampered: dict[str, list[str]] = {}

        def done(outcome: Outcome, others: list[str]) -> None:
            repaired = guard.restore(course, saved)
            for key in [outcome.job.key, *others] if repaired else []:
                tampered.setdefault(key, []).extend(str(path) for path in repaired)
            run.seconds[outcome.job.key] = outcome.seconds
            say(f"  {outcome.job.key}: {outcome.status} ({outcome.seconds:.1f} detik)")

        outcomes = run_jobs(jobs, limits, workers, on_done=done)
        outcomes = _retry_failures(outcomes, limits, template, course, done, say)
        guard.restore(course, saved)
        _record(course, state, outcomes, limits, tampered, run, answer_keys)
        for outcome in outcomes:
            state.entries[outcome.job.key].key_sha256 = answer_keys[outcome.job.module]
    return run


def _retry_failures(outcomes: list[Outcome], limits: Limits, template: Path, course: Course,
                    done: Callable, say: Callable[[str], None]) -> list[Outcome]:
    """Grade once more, alone, what failed for a reason other than time (a busy laptop)."""
    retry = [o for o in outcomes if o.status in ("gagal", "berhenti")]
    if not retry:
        return outcomes
    say(f"Mengulang {len(retry)} kiriman yang gagal dinilai, satu per satu ...")
    again = []
    for outcome in retry:
        job = outcome.job
        shutil.rmtree(job.root)
        prepare(job, template, course.submission(job.code, job.module))
        again.append(job)
    redone = {o.job.key: o for o in run_jobs(again, limits, 1, on_done=done,
                                             long_jobs_make_room=False)}
    return [redone.get(o.job.key, o) for o in outcomes]


def _record(course: Course, state: State, outcomes: list[Outcome], limits: Limits,
            tampered: dict[str, list[str]], run: GradeRun,
            answer_keys: dict[str, str]) -> None:
    for outcome in outcomes:
        job, entry = outcome.job, state.entries[outcome.job.key]
        if entry.checks is None or entry.key_sha256 not in ("", answer_keys[job.module]):
            collect.check(course, entry)  # collected by an older kit, or a new release
        entry.notes = (scan.outcome_notes(read_notebook(job.graded_notebook), limits)
                       if outcome.status == "selesai" else [])
    errors = _record_graded(course, grading_config(course.config, limits), outcomes)
    for outcome in outcomes:
        job, entry = outcome.job, state.entries[outcome.job.key]
        if outcome.status == "selesai" and job.key not in errors:
            run.graded.append(job.key)
        else:
            if outcome.status == "selesai":
                outcome.status, outcome.error = "gagal", errors[job.key]
            _record_zero(course, job.code, job.module)
            error = (outcome.error or "").strip().splitlines()
            entry.notes.append(_FAILED[outcome.status].format(
                seconds=limits.notebook_timeout, error=error[-1] if error else "tanpa keterangan"))
            run.failed.append(job.key)
        entry.graded_sha256 = entry.sha256
    suspicious = {key for key in tampered if state.entries[key].suspicious}
    for key, paths in tampered.items():
        if key in suspicious or not suspicious:
            state.entries[key].notes.append(
                "mencoba mengubah atau menghapus file kursus di luar notebooknya "
                f"({len(set(paths))} file); semua sudah dipulihkan")
