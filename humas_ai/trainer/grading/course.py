"""The course folder a trainer grades in: where things are, which modules exist, the roster.

The course root is the folder holding ``grader/nbgrader_config.py`` (the repository root, or
a copy of it).  Everything the grading writes stays under ``grader/``.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from humas_ai.classroom.identify import grade_ids, normalise_code
from humas_ai.inputs import guess_separator
from humas_ai.trainer.grading.nbgrader_adapter import Layout, course_layout

CONFIG = Path("grader") / "nbgrader_config.py"


class CourseError(Exception):
    """A problem with the course folder, explained in Indonesian for the trainer."""


def find_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` (default: here) with grader/nbgrader_config.py."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG).is_file():
            return folder
    raise CourseError(
        f"Folder kursus tidak ditemukan dari {here}: tidak ada grader/nbgrader_config.py. "
        "Jalankan perintah ini di dalam folder Kelas AI Humas, atau beri --kursus FOLDER."
    )


@dataclass(frozen=True)
class Participant:
    code: str
    name: str = ""
    agency: str = ""


@dataclass
class Course:
    """Paths and facts of one course folder."""

    root: Path

    def __post_init__(self):
        self.root = Path(self.root).resolve()
        if not (self.root / CONFIG).is_file():
            raise CourseError(f"{self.root} bukan folder kursus: tidak ada {CONFIG.as_posix()}.")

    # ------------------------------------------------------------------ paths
    @cached_property
    def layout(self) -> Layout:
        """nbgrader's folders of this course, read from its config."""
        return course_layout(self.config)

    @property
    def grader(self) -> Path:
        return self.root / "grader"

    @property
    def config(self) -> Path:
        return self.root / CONFIG

    @property
    def solutions(self) -> Path:
        return self.layout.folder("source")

    @property
    def submitted(self) -> Path:
        return self.layout.folder("submitted")

    @property
    def autograded(self) -> Path:
        return self.layout.folder("autograded")

    @property
    def feedback(self) -> Path:
        return self.layout.folder("feedback")

    @property
    def db_url(self) -> str:
        return self.layout.db_url

    @property
    def gradebook(self) -> Path:
        return Path(self.db_url.removeprefix("sqlite:///"))

    @property
    def workspace(self) -> Path:
        """Where the kit keeps its own state and reports (``grader/penilaian``)."""
        return self.grader / "penilaian"

    @property
    def roster_file(self) -> Path:
        return self.grader / "roster.csv"

    def source(self, module: str) -> Path:
        """The module's source notebook (solutions and hidden tests)."""
        return self.layout.notebook("source", module)

    def release(self, module: str) -> Path:
        """The module's notebook as released to participants."""
        return self.layout.notebook("release", module)

    def submission(self, code: str, module: str) -> Path:
        return self.layout.notebook("submitted", module, code)

    def graded(self, code: str, module: str) -> Path:
        """The participant's notebook as graded (nbgrader's autograded folder)."""
        return self.layout.notebook("autograded", module, code)

    def feedback_page(self, code: str, module: str) -> Path:
        """The participant's feedback page (``grader/feedback/<kode>/<modul>/<modul>.html``)."""
        return self.layout.notebook("feedback", module, code).with_suffix(".html")

    # ------------------------------------------------------------------ modules
    @cached_property
    def modules(self) -> dict[str, list[str]]:
        """Every module in solutions/ with the grade_id values of its source notebook."""
        found = {}
        for folder in sorted(p for p in self.solutions.glob("*") if p.is_dir()):
            notebook = self.source(folder.name)
            if notebook.is_file():
                found[folder.name] = grade_ids(json.loads(notebook.read_text(encoding="utf-8")))
        return found

    def answer_key(self, module: str) -> str:
        """SHA-256 of the module's source folder (exercises, tests, hidden tests)."""
        digest = hashlib.sha256()
        folder = self.solutions / module
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            relative = path.relative_to(folder)
            if {".ipynb_checkpoints", "__pycache__"} & set(relative.parts):
                continue
            digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        return digest.hexdigest()

    # ------------------------------------------------------------------ roster
    def roster(self) -> dict[str, Participant] | None:
        """The roster (``kode,nama,instansi``) by code, or ``None`` when there is none."""
        if not self.roster_file.is_file():
            return None
        with self.roster_file.open(encoding="utf-8-sig", newline="") as handle:
            separator = guess_separator(handle.read(8192).splitlines())
            handle.seek(0)
            rows = list(csv.DictReader(handle, delimiter=separator))
        roster = {}
        for row in rows:
            row = {str(key).strip().lower(): (value or "").strip() for key, value in row.items()}
            code = normalise_code(row.get("kode"))
            if code:
                roster[code] = Participant(code, row.get("nama", ""), row.get("instansi", ""))
        return roster
