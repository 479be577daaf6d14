"""Submissions from the class server, checked for identity; feedback released back to it.

Two layouts come from the class server (both defined in :mod:`nbgrader_adapter`):

* nbgrader's exchange, where ``nbgrader submit`` puts every submission in a folder of its
  own, ``<root>/<course_id>/inbound/<account>+<module>+<timestamp>+<random>/``;
* a folder nbgrader collected into, ``<account>/<module>/`` with ``timestamp.txt``.

Every submission is checked before anything is graded (:mod:`identity`): files owned by
another account than the one the folder names (exchange only: a collected copy belongs to
whoever collected it), or a ``KODE_PESERTA`` naming someone else, reject it with the
reason.  When the owners prove the account, a notebook whose ``KODE_PESERTA`` was left
empty is taken as that account's.  Of the trusted submissions of one account and module
the newest is passed on to collecting (:func:`collect.collect_found`); the older ones are
reported as ignored.  A rejected submission is never graded, so it cannot replace a
trusted one.  Reading changes nothing in the exchange.

:func:`release_feedback` puts each graded participant's feedback page where nbgrader's
``fetch_feedback`` looks for it, so participants get it in JupyterLab's Assignments panel.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from humas_ai.classroom.identify import normalise_code
from humas_ai.trainer.grading import nbgrader_adapter as nbgrader
from humas_ai.trainer.grading.collect import Incoming, find_files
from humas_ai.trainer.grading.course import Course, CourseError
from humas_ai.trainer.grading.identity import OwnerOf, code_problem, owner_problem
from humas_ai.trainer.grading.state import REJECTED, Problem, State


@dataclass
class Submission:
    """One submission folder and what its place says about it."""

    folder: Path
    account: str  # the class-server account the folder name claims
    module: str
    time: float  # seconds, from nbgrader's timestamp
    from_exchange: bool  # False: a copy nbgrader collected (its owner says nothing)

    @property
    def code(self) -> str:
        return normalise_code(self.account)


@dataclass
class Reading:
    """What the class server's folders hold: the notebooks (and problems) for collecting,
    and the trusted submission chosen for every account and module."""

    files: list[Incoming | Problem] = field(default_factory=list)
    chosen: list[tuple[Submission, list[Incoming]]] = field(default_factory=list)

    @property
    def rejected(self) -> list[Problem]:
        return [item for item in self.files if isinstance(item, Problem)
                and item.kind == REJECTED]

    def extend(self, other: Reading) -> None:
        self.files.extend(other.files)
        self.chosen.extend(other.chosen)


# ------------------------------------------------------------------ where submissions are
def find_exchange(path: Path, course_id: str) -> nbgrader.Exchange | None:
    """The exchange at ``path``: its root (holding ``<course_id>/inbound``) or the course's
    folder in it (holding ``inbound``); None when ``path`` is neither."""
    path = Path(path)
    if (path / course_id / "inbound").is_dir():
        return nbgrader.Exchange(path, course_id)
    if (path / "inbound").is_dir():
        return nbgrader.Exchange(path.parent, path.name)
    return None


def is_collected(path: Path) -> bool:
    """True when ``path`` looks like a folder nbgrader collected into
    (``<account>/<module>/timestamp.txt``)."""
    return Path(path).is_dir() and any(Path(path).glob(f"*/*/{nbgrader.TIMESTAMP_FILE}"))


def inbound_submissions(exchange: nbgrader.Exchange) -> Iterator[Submission | Problem]:
    """Every submission folder in the exchange's ``inbound/``, or why one is not."""
    try:
        folders = sorted(exchange.inbound.iterdir())
    except OSError as error:
        raise CourseError(f"Folder {exchange.inbound} tidak dapat dibaca ({error.strerror}). "
                          "Jalankan perintah ini sebagai pelatih pemilik exchange.") from error
    for folder in folders:
        name = nbgrader.submission_name(folder.name)
        if not folder.is_dir() or name is None:
            yield Problem(str(folder), "bukan folder kiriman nbgrader "
                                       "(<akun>+<modul>+<waktu>); dilewati")
            continue
        try:
            time = nbgrader.parse_timestamp(name.timestamp).timestamp()
        except ValueError:
            yield Problem(str(folder), "waktu kiriman di nama folder tidak terbaca; dilewati",
                          normalise_code(name.student), name.assignment)
            continue
        yield Submission(folder, name.student, name.assignment, time, from_exchange=True)


def collected_submissions(root: Path) -> Iterator[Submission]:
    """Every ``<account>/<module>/`` folder under ``root`` that nbgrader collected into."""
    for stamp in sorted(Path(root).glob(f"*/*/{nbgrader.TIMESTAMP_FILE}")):
        folder = stamp.parent
        try:
            time = nbgrader.parse_timestamp(stamp.read_text(encoding="utf-8")).timestamp()
        except (OSError, ValueError):
            time = stamp.stat().st_mtime
        yield Submission(folder, folder.parent.name, folder.name, time, from_exchange=False)


# ------------------------------------------------------------------ checking them
def _notebooks(submission: Submission) -> list[Incoming]:
    """The notebooks at the top of the submission, timed by its nbgrader timestamp (the
    ones in subfolders, such as the copy a module's last cell leaves in ``kumpulkan/``, are
    not the submission: ``fetch_feedback`` never looks there either)."""
    return [Incoming(str(path), path.read_bytes(), submission.time)
            for path in sorted(submission.folder.glob("*.ipynb"))
            if path.is_file() and not path.name.startswith(".")]


def distrust(submission: Submission, notebooks: list[Incoming],
             owner_of: OwnerOf | None) -> str | None:
    """Why ``submission`` cannot be trusted to be from its account, or None.

    Its folder and every file in it must belong to that account (exchange only, unless
    ``owner_of`` is None), and no notebook may name another participant."""
    if submission.from_exchange and owner_of is not None:
        paths = [submission.folder, *sorted(submission.folder.rglob("*"))]
        reason = owner_problem(submission.account, paths, owner_of)
        if reason:
            return reason
    for incoming in notebooks:
        try:
            notebook = json.loads(incoming.data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            continue  # collecting reports a broken notebook
        reason = code_problem(submission.account, notebook) if isinstance(notebook,
                                                                          dict) else None
        if reason:
            return reason
    return None


def read(submissions: Iterable[Submission | Problem], owner_of: OwnerOf | None) -> Reading:
    """Check every submission; keep the newest trusted one per account and module."""
    reading = Reading()
    trusted: dict[tuple[str, str], list[tuple[Submission, list[Incoming]]]] = {}
    for item in submissions:
        if isinstance(item, Problem):
            reading.files.append(item)
            continue
        notebooks = _notebooks(item)
        reason = distrust(item, notebooks, owner_of)
        if reason:
            reading.files.append(Problem(str(item.folder), reason, item.code, item.module,
                                         REJECTED))
        elif not notebooks:
            reading.files.append(Problem(str(item.folder), "kiriman ini tidak berisi notebook "
                                         "(.ipynb); dilewati", item.code, item.module))
        else:
            if item.from_exchange and owner_of is not None:  # the account is proven
                notebooks = [replace(notebook, code=item.code) for notebook in notebooks]
            trusted.setdefault((item.code, item.module), []).append((item, notebooks))
    for (code, module), found in sorted(trusted.items()):
        found.sort(key=lambda pair: (pair[0].time, pair[0].folder.name))
        newest, notebooks = found[-1]
        reading.chosen.append((newest, notebooks))
        reading.files.extend(notebooks)
        reading.files.extend(  # worded the same whatever came later: reported once
            Problem(str(older.folder), f"kiriman lama {code} untuk modul {module} diabaikan; "
                    "yang dinilai kiriman terbarunya", code, module)
            for older, _ in found[:-1])
    return reading


def gather(paths: Iterable[Path], course_id: str, owner_of: OwnerOf | None) -> Reading:
    """Everything in ``paths``: an exchange or a collected folder read with the identity
    checks, anything else (zips, folders, notebooks) as :func:`collect.find_files` finds it."""
    reading, plain = Reading(), []
    for path in map(Path, paths):
        exchange = find_exchange(path, course_id) if path.is_dir() else None
        if exchange is not None:
            reading.extend(read(inbound_submissions(exchange), owner_of))
        elif is_collected(path):
            reading.extend(read(collected_submissions(path), owner_of))
        else:
            plain.append(path)
    reading.files.extend(find_files(plain))
    return reading


# ------------------------------------------------------------------ feedback
def _publish(page: Path, target: Path) -> None:
    """Copy ``page`` to ``target`` readable by everyone, replacing it in one step."""
    target.parent.mkdir(mode=0o755, parents=True, exist_ok=True)
    temporary = target.with_name(target.stem + "-tmp.html")
    temporary.write_bytes(page.read_bytes())
    os.chmod(temporary, 0o644)
    os.replace(temporary, target)


def graded_pages(course: Course, state: State,
                 reading: Reading) -> Iterator[tuple[Submission, str, Path]]:
    """(submission, notebook id, the kit's feedback page) of every graded notebook of the
    chosen submissions that nbgrader can release feedback for (it has a submission secret;
    nbgrader before 0.7 wrote none)."""
    graded = {(entry.code, entry.sha256): entry for entry in state.entries.values()
              if entry.graded_sha256 and entry.graded_sha256 == entry.sha256}
    for submission, notebooks in reading.chosen:
        if not (submission.folder / nbgrader.SECRET_FILE).is_file():
            continue
        for incoming in notebooks:
            entry = graded.get((submission.code, hashlib.sha256(incoming.data).hexdigest()))
            page = course.feedback_page(entry.code, entry.module) if entry else None
            if page is not None and page.is_file():
                yield submission, Path(incoming.origin).stem, page


def release_feedback(course: Course, state: State, exchange: nbgrader.Exchange,
                     owner_of: OwnerOf | None) -> list[Path]:
    """Put the feedback page of every graded, trusted exchange submission where
    ``fetch_feedback`` finds it; returns the files written."""
    written = []
    reading = read(inbound_submissions(exchange), owner_of)
    for submission, notebook_id, page in graded_pages(course, state, reading):
        secret = (submission.folder / nbgrader.SECRET_FILE).read_text(encoding="utf-8")
        target = exchange.feedback / nbgrader.feedback_file_name(secret, notebook_id)
        _publish(page, target)
        written.append(target)
    return written


def staging_folder(course: Course) -> Path:
    """Where :func:`stage_feedback` prepares feedback for nbgrader's ``release_feedback``
    (its ``CourseDirectory.feedback_directory`` for that command)."""
    return course.workspace / "umpan-balik-nbgrader"


def stage_feedback(course: Course, state: State, reading: Reading) -> list[Path]:
    """Prepare feedback for nbgrader's own ``release_feedback`` (the way out through an
    exchange the kit cannot write, such as ngshare): ``<account>/<module>/`` under
    :func:`staging_folder`, named as the exchange knows the participant, with the graded
    page under the submitted notebook's name and the submission's ``timestamp.txt`` and
    ``submission_secret.txt``.  Returns the pages staged."""
    staged = []
    for submission, notebook_id, page in graded_pages(course, state, reading):
        folder = staging_folder(course) / submission.account / submission.module
        folder.mkdir(parents=True, exist_ok=True)
        for name in (nbgrader.TIMESTAMP_FILE, nbgrader.SECRET_FILE):
            shutil.copyfile(submission.folder / name, folder / name)
        shutil.copyfile(page, folder / f"{notebook_id}.html")
        staged.append(folder / f"{notebook_id}.html")
    return staged
