"""What the kit remembers between runs: ``grader/penilaian/status.json``.

One entry per accepted submission (participant code × module) with where it came from,
its time and content hash, the notes found when it was collected (``checks``), the hash
last graded and the notes found while grading; plus the problems found while collecting
files that did not become an entry.  The entries are the one store of what is known about
a submission: feedback and the class report both read them.  Re-running a step reads and
rewrites this file, so the same input gives the same state and a late submission only adds
its own entry.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

#: ``Problem.kind`` of a submission rejected because its sender cannot be trusted.
REJECTED = "ditolak"


@dataclass
class Problem:
    """A file or submission the trainer should look at, with a reason in Indonesian."""

    origin: str
    reason: str
    code: str = ""
    module: str = ""
    kind: str = "kumpul"  # "kumpul" (collecting), "nilai" (grading) or REJECTED


@dataclass
class Entry:
    code: str
    module: str
    origin: str
    time: float
    sha256: str
    graded_sha256: str = ""
    notes: list[str] = field(default_factory=list)  # found while grading
    key_sha256: str = ""  # the answer key (Course.answer_key) it was last graded with
    #: found when collected (structure, suspicious code); None: not checked yet
    checks: list[str] | None = None
    suspicious: bool = False  # its code touches files, runs commands or waits for typing

    @property
    def all_notes(self) -> list[str]:
        """What the trainer and the participant should know about this submission."""
        return [*(self.checks or []), *self.notes]

    @property
    def key(self) -> str:
        return f"{self.code}/{self.module}"


@dataclass
class State:
    path: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: module -> the answer key the main gradebook's copy of that assignment was made from
    answer_keys: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> State:
        state = cls(Path(path))
        if state.path.is_file():
            data = json.loads(state.path.read_text(encoding="utf-8"))
            for item in data.get("kiriman", []):
                entry = Entry(**item)
                state.entries[entry.key] = entry
            # Problems of kind "nilai" were copies of entry notes (older versions of the kit).
            state.problems = [Problem(**item) for item in data.get("masalah", [])
                              if item.get("kind") != "nilai"]
            state.answer_keys = dict(data.get("kunci", {}))
        return state

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "kiriman": [asdict(self.entries[key]) for key in sorted(self.entries)],
            "masalah": [asdict(problem) for problem in self.problems],
            "kunci": dict(sorted(self.answer_keys.items())),
        }
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
        os.replace(temporary, self.path)

    def add_problem(self, problem: Problem) -> None:
        """Record a problem once (the same origin and reason are not repeated)."""
        if all((p.origin, p.reason, p.kind) != (problem.origin, problem.reason, problem.kind)
               for p in self.problems):
            self.problems.append(problem)

    def every_problem(self) -> list[Problem]:
        """The collecting problems, then the notes of every graded submission (kind "nilai")."""
        return [*self.problems,
                *(Problem(entry.origin, note, entry.code, entry.module, "nilai")
                  for _, entry in sorted(self.entries.items()) if entry.graded_sha256
                  for note in entry.all_notes)]
