"""What the kit remembers between runs: ``grader/penilaian/status.json``.

One entry per accepted submission (participant code × module) with where it came from,
its time and content hash, the hash last graded and the notes found while grading; plus
the problems found while collecting.  Re-running a step reads and rewrites this file, so
the same input gives the same state and a late submission only adds its own entry.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Problem:
    """A file or submission the trainer should look at, with a reason in Indonesian."""

    origin: str
    reason: str
    code: str = ""
    module: str = ""
    kind: str = "kumpul"  # "kumpul" (collecting) or "nilai" (grading)


@dataclass
class Entry:
    code: str
    module: str
    origin: str
    time: float
    sha256: str
    graded_sha256: str = ""
    notes: list[str] = field(default_factory=list)
    key_sha256: str = ""  # the answer key (Course.answer_key) it was last graded with

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
            state.problems = [Problem(**item) for item in data.get("masalah", [])]
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

    def clear_problems(self, kind: str, key: str | None = None) -> None:
        """Forget problems of one kind (optionally of one submission) before finding them anew."""
        self.problems = [
            p for p in self.problems
            if p.kind != kind or (key is not None and f"{p.code}/{p.module}" != key)
        ]
