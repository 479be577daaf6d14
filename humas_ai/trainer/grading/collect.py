"""Collect submissions from zips and folders into nbgrader's ``grader/submitted``.

Every ``.ipynb`` is found however it was renamed or nested; the participant comes from
``KODE_PESERTA`` in the notebook and the module from its metadata and ``grade_id`` values,
never from the file name.  When a participant sent the same module twice the newest file
wins (file time, or the date stored in the zip).  Everything else is reported.  A kept
submission is compared with its release here, once (:func:`check`); grading only adds what
running it showed.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from humas_ai.classroom.identify import is_valid_code, module_of, participant_code, read_notebook
from humas_ai.trainer.grading import scan
from humas_ai.trainer.grading.course import Course
from humas_ai.trainer.grading.state import Entry, Problem, State

_SKIPPED_PARTS = {"__MACOSX", ".ipynb_checkpoints", ".git"}


@dataclass
class Incoming:
    """One file found in the input: where from, its bytes and its time (seconds)."""

    origin: str
    data: bytes
    time: float
    #: who sent it, when the source itself proves it (a class-server account whose files
    #: are its own); used when the notebook's KODE_PESERTA is missing or empty
    code: str = ""


@dataclass
class Candidate:
    incoming: Incoming
    code: str
    module: str
    notebook: dict  # the parsed notebook (each submission is parsed once)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.incoming.data).hexdigest()


@dataclass
class CollectResult:
    added: list[str]
    unchanged: list[str]
    problems: list[Problem]


def _skipped(parts: Iterable[str]) -> bool:
    return any(part in _SKIPPED_PARTS or part.startswith("._") for part in parts)


def _from_zip(path: Path) -> Iterator[Incoming]:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            parts = info.filename.replace("\\", "/").split("/")
            if info.is_dir() or _skipped(parts):
                continue
            time = datetime(*info.date_time).timestamp()
            yield Incoming(f"{path.name}:{info.filename}", archive.read(info), time)


def find_files(paths: Iterable[Path]) -> Iterator[Incoming | Problem]:
    """Every file in ``paths`` (zips, folders, single files), or a problem for unreadable ones."""
    for path in map(Path, paths):
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = file.relative_to(path)
                if _skipped(relative.parts):
                    continue
                if file.suffix.lower() == ".zip":
                    yield from find_files([file])
                else:
                    yield Incoming(str(file), file.read_bytes(), file.stat().st_mtime)
        elif path.is_file() and path.suffix.lower() == ".zip":
            try:
                yield from _from_zip(path)
            except zipfile.BadZipFile:
                yield Problem(str(path), "file zip rusak atau tidak lengkap; minta dikirim ulang")
        elif path.is_file():
            yield Incoming(str(path), path.read_bytes(), path.stat().st_mtime)
        else:
            yield Problem(str(path), "file atau folder ini tidak ditemukan")


def identify(incoming: Incoming, course: Course, roster: dict | None) -> Candidate | Problem:
    """Who sent this file and for which module, or why it cannot be graded."""
    origin = incoming.origin
    if not origin.lower().endswith(".ipynb"):
        return Problem(origin, "bukan file notebook (.ipynb); dilewati")
    if not incoming.data.strip():
        return Problem(origin, "file kosong (0 byte); kemungkinan notebook belum disimpan "
                               "atau pengiriman terputus; minta dikirim ulang")
    try:
        notebook = json.loads(incoming.data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return Problem(origin, "isi file rusak (bukan JSON yang sah, mungkin terpotong); "
                               "minta peserta menyimpan ulang dan mengirim lagi")
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        return Problem(origin, "file bukan notebook Jupyter yang sah (tidak ada daftar sel)")
    code = participant_code(notebook)
    if not code and incoming.code:
        code = incoming.code  # the source proves the sender; the notebook left it out
    if code is None:
        return Problem(origin, "tidak ada baris KODE_PESERTA di sel awal; cocokkan manual")
    if not code:
        return Problem(origin, "KODE_PESERTA kosong; tanyakan kode peserta pengirimnya")
    if not is_valid_code(code):
        return Problem(origin, f"KODE_PESERTA {code!r} tidak sah (pakai huruf dan angka)", code)
    module = module_of(notebook, course.modules)
    if module is None:
        return Problem(origin, "modul tidak dikenali (tidak ada sel latihan modul mana pun)",
                       code)
    if roster is not None and code not in roster:
        return Problem(origin, f"kode {code} tidak ada di daftar peserta (grader/roster.csv)",
                       code, module)
    return Candidate(incoming, code, module, notebook)


def collect(course: Course, paths: Iterable[Path], state: State) -> CollectResult:
    """Copy the newest notebook of every participant × module into grader/submitted."""
    return collect_found(course, find_files(paths), state)


def collect_found(course: Course, files: Iterable[Incoming | Problem],
                  state: State) -> CollectResult:
    """:func:`collect` for files already found (e.g. read from nbgrader's exchange)."""
    roster = course.roster()
    problems: list[Problem] = []
    newest: dict[str, Candidate] = {}
    for found in files:
        item = found if isinstance(found, Problem) else identify(found, course, roster)
        if isinstance(item, Problem):
            problems.append(item)
            continue
        key = f"{item.code}/{item.module}"
        current = newest.get(key)
        if current is None or (item.incoming.time, item.sha256) > (current.incoming.time,
                                                                   current.sha256):
            item, current = current, item
            newest[key] = current
        if item is not None and item.sha256 != current.sha256:
            problems.append(_duplicate(item.incoming.origin, current.incoming.origin,
                                       item.code, item.module))
    added, unchanged = [], []
    for key, candidate in sorted(newest.items()):
        entry = state.entries.get(key)
        if entry is not None and entry.sha256 == candidate.sha256:
            unchanged.append(key)
            continue
        if entry is not None and entry.time > candidate.incoming.time:
            problems.append(_duplicate(candidate.incoming.origin, entry.origin,
                                       candidate.code, candidate.module))
            unchanged.append(key)
            continue
        if entry is not None:
            problems.append(_duplicate(entry.origin, candidate.incoming.origin,
                                       candidate.code, candidate.module))
        _store(course, candidate)
        entry = Entry(candidate.code, candidate.module, candidate.incoming.origin,
                      candidate.incoming.time, candidate.sha256)
        check(course, entry, candidate.notebook)
        state.entries[key] = entry
        added.append(key)
    for problem in problems:
        state.add_problem(problem)
    return CollectResult(added, unchanged, problems)


def check(course: Course, entry: Entry, notebook: dict | None = None) -> None:
    """Compare the submission with its release once (structure, suspicious code) and keep
    the notes in ``entry``; ``notebook`` is the parsed submission (read from
    ``grader/submitted`` when not given)."""
    if notebook is None:
        notebook = read_notebook(course.submission(entry.code, entry.module))
    entry.checks, entry.suspicious = scan.submission_checks(
        notebook, read_notebook(course.release(entry.module)))


def _duplicate(older: str, kept: str, code: str, module: str) -> Problem:
    return Problem(older, f"kiriman ganda {code} untuk modul {module}; yang dinilai adalah "
                          f"kiriman terbaru ({kept})", code, module)


def _store(course: Course, candidate: Candidate) -> None:
    target = course.submission(candidate.code, candidate.module)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(candidate.incoming.data)
    stamp = datetime.fromtimestamp(candidate.incoming.time).astimezone()
    (target.parent / "timestamp.txt").write_text(stamp.isoformat(sep=" "), encoding="utf-8")
