"""Autograde every new or changed submission, each in isolation, then record the grades.

1. A template course (sources + a gradebook with the assignments and their hidden tests,
   no participants) is built once per run with ``nbgrader generate_assignment``; the main
   gradebook gets the assignments it lacks the same way (its release goes to a temporary
   folder, so ``modules/`` is never touched).
2. Every submission is graded by :mod:`humas_ai.grading.isolate` in its own copy of the
   template, several at a time; the course files are guarded meanwhile.
3. The executed notebooks are recorded in the main gradebook one by one with nbgrader's
   own autograde, minus the execution step: the participant's code never runs there.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from humas_ai.grading import guard, scan
from humas_ai.grading.course import Course, CourseError
from humas_ai.grading.isolate import (
    Job,
    Limits,
    Outcome,
    autograde_one,
    grading_config,
    kernel_environment,
    prepare,
    run_jobs,
)
from humas_ai.grading.state import Problem, State

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


def _nbgrader(course_root: Path, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "nbgrader", *args], cwd=course_root / "grader",
        env=kernel_environment(dict(__import__("os").environ)), capture_output=True, text=True,
        timeout=900,
    )
    if result.returncode != 0:
        raise CourseError("nbgrader gagal menyiapkan tugas:\n" + result.stderr[-3000:])


def build_template(course: Course, folder: Path, modules: list[str]) -> Path:
    """A course copy whose gradebook has ``modules`` (with hidden tests) and no participant."""
    (folder / "grader").mkdir(parents=True)
    shutil.copy2(course.config, folder / "grader" / "nbgrader_config.py")
    for module in modules:
        shutil.copytree(course.solutions / module, folder / "solutions" / module,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    _nbgrader(folder, "generate_assignment", "*", "--force")
    return folder


def ensure_assignments(course: Course, template: Path, scratch: Path, modules: list[str],
                       state: State, keys: dict[str, str],
                       say: Callable[[str], None] = print) -> None:
    """Give the main gradebook every module it lacks, and renew those whose answer key
    changed since it was made (never rewriting modules/)."""
    if not course.gradebook.exists():
        shutil.copy2(template / "grader" / "gradebook.db", course.gradebook)
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
        release = (scratch / f"rilis-{module}").as_posix()
        _nbgrader(course.root, "generate_assignment", module, "--force",
                  f"--CourseDirectory.release_directory={release}")
        state.answer_keys[module] = keys[module]


def _to_grade(course: Course, state: State, force: bool,
              answer_keys: dict[str, str]) -> list[str]:
    """Submissions that are new, changed, graded with an older answer key, or forced."""
    keys = []
    for key, entry in sorted(state.entries.items()):
        if (entry.module not in answer_keys
                or not course.submission(entry.code, entry.module).is_file()):
            continue
        graded = course.autograded / entry.code / entry.module / f"{entry.module}.ipynb"
        if (force or entry.graded_sha256 != entry.sha256 or not graded.is_file()
                or entry.key_sha256 != answer_keys.get(entry.module)):
            keys.append(key)
    return keys


def _merge_config(course: Course, limits: Limits, staging: Path):
    from nbconvert.preprocessors import ClearMetadataPreprocessor
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        DeduplicateIds,
        LimitOutput,
        OverwriteCells,
        OverwriteKernelspec,
        SaveAutoGrades,
    )

    from humas_ai.grading.limit import CapOutputSize

    return grading_config(
        course.config, limits,
        CourseDirectory__submitted_directory=staging.as_posix(),
        Autograde__sanitize_preprocessors=[DeduplicateIds, OverwriteKernelspec, OverwriteCells,
                                           CheckCellMetadata],
        Autograde__autograde_preprocessors=[ClearMetadataPreprocessor, LimitOutput,
                                            CapOutputSize, SaveAutoGrades,
                                            AssignLatePenalties, CheckCellMetadata],
    )


def _stage(course: Course, job: Job, staging: Path) -> None:
    """Put the executed notebook (and the submission's timestamp) where nbgrader reads it."""
    target = staging / job.code / job.module
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(job.graded_notebook, target / f"{job.module}.ipynb")
    stamp = course.submission(job.code, job.module).parent / "timestamp.txt"
    if stamp.is_file():
        shutil.copy2(stamp, target / "timestamp.txt")


def _merge_staged(course: Course, config, outcomes: list[Outcome]) -> dict[str, str]:
    """Record every staged notebook in the main gradebook, one nbgrader run per module.

    nbgrader grades each participant of the run on its own and removes the output of one
    that fails, so a notebook that is in ``autograded/`` afterwards was recorded.  Returns
    the error text of each submission that was not.
    """
    staged: dict[str, list[Job]] = {}
    for outcome in outcomes:
        if outcome.status == "selesai":
            staged.setdefault(outcome.job.module, []).append(outcome.job)
    errors = {}
    for module, jobs in sorted(staged.items()):
        for job in jobs:
            shutil.rmtree(course.autograded / job.code / module, ignore_errors=True)
        result = autograde_one(config, module, "*")
        for job in jobs:
            if not (course.autograded / job.code / module / f"{module}.ipynb").is_file():
                errors[job.key] = str(result.get("error") or result.get("log") or "")[-300:]
    return errors


def _record_zero(course: Course, code: str, module: str) -> None:
    from nbgrader.api import Gradebook

    stale = course.autograded / code / module
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


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


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
        _record(course, state, outcomes, limits, scratch, tampered, run)
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
    redone = {o.job.key: o for o in run_jobs(again, limits, 1, on_done=done)}
    return [redone.get(o.job.key, o) for o in outcomes]


def _record(course: Course, state: State, outcomes: list[Outcome], limits: Limits,
            scratch: Path, tampered: dict[str, list[str]], run: GradeRun) -> None:
    staging = scratch / "hasil"
    suspicious = {}
    releases = {module: _read_json(course.root / "modules" / module / f"{module}.ipynb")
                for module in {outcome.job.module for outcome in outcomes}}
    for outcome in outcomes:
        job = outcome.job
        submitted = _read_json(course.submission(job.code, job.module))
        released = releases[job.module]
        notes = scan.structure_notes(submitted, released) if released else []
        code_flags = scan.code_notes(submitted)
        suspicious[job.key] = bool(code_flags)
        notes += code_flags
        if outcome.status == "selesai":
            notes += scan.outcome_notes(_read_json(job.graded_notebook), limits)
            _stage(course, job, staging)
        state.entries[job.key].notes = notes
    errors = _merge_staged(course, _merge_config(course, limits, staging), outcomes)
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
    for key, paths in tampered.items():
        if suspicious.get(key) or not any(suspicious.get(k) for k in tampered):
            state.entries[key].notes.append(
                "mencoba mengubah atau menghapus file kursus di luar notebooknya "
                f"({len(set(paths))} file); semua sudah dipulihkan")
    for outcome in outcomes:
        key = outcome.job.key
        entry = state.entries[key]
        state.clear_problems("nilai", key)
        for note in entry.notes:
            state.add_problem(Problem(entry.origin, note, entry.code, entry.module, "nilai"))
