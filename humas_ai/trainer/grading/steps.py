"""nbgrader's autograde steps, split between the grading job and the recording.

``nbgrader autograde`` runs two lists of preprocessors over a submission: the
*sanitize* steps (clear outputs, restore test cells from the gradebook, check the cell
metadata) and the *autograde* steps (execute, limit the output, save the grades, assign
late penalties).  Its converter also creates the participant and the submission in the
gradebook and copies the module's other files next to the notebook.

The kit runs the same preprocessors, taken from the course's own nbgrader configuration,
in two places:

* the grading job (:func:`grade`) runs every step except the ones that write grades, in
  its throw-away course, with ``NBGRADER_EXECUTION=autograde`` set as nbgrader sets it;
* the recording (:func:`record`) runs only the steps that write grades, on the executed
  notebook, against the main gradebook.

So the participant's code never runs where the real gradebook is, and nbgrader's
bookkeeping (opening the gradebook, creating the submission) is done once per notebook
instead of twice.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from humas_ai.trainer.grading import nbgrader_adapter as nbgrader


def job_steps(config) -> list:
    """nbgrader's sanitize and autograde steps without the ones that write grades."""
    sanitize, autograde = nbgrader.configured_steps(config)
    return sanitize + [step for step in autograde if not nbgrader.writes_grades(step)]


def recording_steps(config) -> list:
    """The steps of nbgrader's autograde that write grades, in nbgrader's order."""
    _, autograde = nbgrader.configured_steps(config)
    return [step for step in autograde if nbgrader.writes_grades(step)]


def run_steps(config, steps: list, source: Path, target: Path, module: str, code: str,
              db_url: str) -> None:
    """Run ``steps`` over the notebook ``source`` as nbgrader's converter would and write
    the result to ``target``; a kernel, if a step starts one, works in ``target``'s folder.

    The steps are called one after another on the notebook as read, as nbconvert documents
    for preprocessors; its exporter would first copy the whole notebook, which costs time
    and, for a huge submission, memory.  The result is validated once, as the exporter
    does, and an invalid notebook is an error.
    """
    import nbformat

    with open(source, encoding="utf-8") as stream:
        notebook = nbformat.read(stream, as_version=4)
    resources = nbgrader.converter_resources(module, code, target.parent, db_url)
    target.parent.mkdir(parents=True, exist_ok=True)
    for step in steps:
        notebook, resources = step(config=config)(notebook, resources)
    nbformat.validate(notebook, relax_add_props=True)
    target.write_text(nbformat.v4.writes(notebook) + "\n", encoding="utf-8")


def copy_module_files(config, source_folder: Path, target_folder: Path) -> None:
    """Copy the module's files other than notebooks, as nbgrader's autograde does."""
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.utils import find_all_files

    ignore = list(CourseDirectory(config=config).ignore) + ["*.ipynb"]
    for name in find_all_files(str(source_folder), ignore):
        target = target_folder / Path(name).relative_to(source_folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(name, target)


def grade(config, submission: Path, graded: Path, module: str, code: str, db_url: str,
          source_folder: Path) -> None:
    """The job's part: restore the test cells, execute, limit the output; no grades."""
    copy_module_files(config, source_folder, graded.parent)
    os.environ["NBGRADER_EXECUTION"] = "autograde"
    try:
        run_steps(config, job_steps(config), submission, graded, module, code, db_url)
    finally:
        os.environ.pop("NBGRADER_EXECUTION", None)


def record(config, executed: Path, target: Path, module: str, code: str, db_url: str,
           timestamp: datetime | None) -> None:
    """The recording's part: the participant and submission in the gradebook, then
    nbgrader's grade-writing steps over the executed notebook, written to ``target``."""
    from nbgrader.api import Gradebook

    with Gradebook(db_url) as gradebook:
        gradebook.update_or_create_student(code)
        if timestamp is None:
            gradebook.update_or_create_submission(module, code)
        else:
            gradebook.update_or_create_submission(module, code, timestamp=timestamp)
    run_steps(config, recording_steps(config), executed, target, module, code, db_url)


def submission_timestamp(folder: Path) -> datetime | None:
    """The time in the submission folder's ``timestamp.txt``, parsed as nbgrader parses it;
    ``None`` when there is none or it cannot be read."""
    from nbgrader.utils import parse_utc

    try:
        text = (folder / "timestamp.txt").read_text(encoding="utf-8").strip()
        return parse_utc(text) if text else None
    except (OSError, ValueError):
        return None


@contextlib.contextmanager
def one_engine_per_database() -> Iterator[None]:
    """While recording a batch, let nbgrader's gradebook openings share one database engine.

    nbgrader opens the gradebook anew in every step that writes grades (three times per
    notebook), and each opening creates a SQLAlchemy engine, which compiles every query
    again.  Here the openings of one database reuse one engine, so each query is compiled
    once per batch; closing a gradebook still closes its connections.
    """
    with nbgrader.shared_engines():
        yield
