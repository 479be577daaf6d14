"""One grading job: its limits, its throw-away course folder, and how it ended.

A job's course holds only what grading one submission needs: the course's nbgrader config,
a gradebook with the assignments and no participants (copied from the template course
:mod:`humas_ai.trainer.grading.autograde` builds), the module's source folder and the submission.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from humas_ai.trainer.grading.course import CONFIG, Course

#: Written by the grading process into the job's folder: success, error, log.
RESULT_FILE = "hasil.json"


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
    def course(self) -> Course:
        """The job's throw-away course (its folders come from its copy of the config)."""
        return Course(self.root)

    @property
    def submission(self) -> Path:
        return self.course.submission(self.code, self.module)

    @property
    def graded_notebook(self) -> Path:
        return self.course.graded(self.code, self.module)


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
    source = Course(template)
    (job.root / CONFIG).parent.mkdir(parents=True)
    shutil.copy2(source.config, job.root / CONFIG)
    course = job.course
    shutil.copy2(source.gradebook, course.gradebook)
    shutil.copytree(source.solutions / job.module, course.solutions / job.module)
    job.submission.parent.mkdir(parents=True)
    shutil.copy2(submission, job.submission)
