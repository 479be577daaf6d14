"""A fake nbgrader exchange for the grading tests, filled by nbgrader's own ``submit``.

Submissions are made with nbgrader's ``ExchangeSubmit`` (the code behind ``nbgrader
submit`` and the Assignments panel), so their folders, names, timestamps and secrets are
exactly what a class server holds.  ``account`` is what ``--student`` would say; the
folder is then given to ``uid`` (the account that really submitted), as the class server's
file system would.
"""

from __future__ import annotations

import os
import pwd
import shutil
from pathlib import Path

from humas_ai.trainer.grading import nbgrader_adapter as adapter
from tests import grading_cases as cases
from tests.notebook_tools import MODULES

COURSE_ID = "kelas-ai-humas"


def free_uids(count: int, start: int = 61000) -> list[int]:
    """``count`` uids no user on this machine has."""
    found = []
    uid = start
    while len(found) < count:
        try:
            pwd.getpwuid(uid)
        except KeyError:
            found.append(uid)
        uid += 1
    return found


def give_to(folder: Path, uid: int) -> None:
    """Make ``uid`` own ``folder`` and everything in it (needs root)."""
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, uid, -1)


def new_exchange(root: Path, module: str = cases.MODULE) -> adapter.Exchange:
    """An exchange with ``module`` released (its ``outbound/``, as ``release_assignment``)."""
    exchange = adapter.Exchange(root, COURSE_ID)
    exchange.inbound.mkdir(parents=True)
    shutil.copytree(MODULES / module, exchange.course / "outbound" / module)
    return exchange


def home(root: Path, user: str) -> Path:
    """A participant's folder on the server (``~``), with the nbgrader cache in it."""
    folder = root / "home" / user
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _coursedir(account: str, module: str):
    from nbgrader.coursedir import CourseDirectory

    return CourseDirectory(course_id=COURSE_ID, assignment_id=module, student_id=account)


def submit(exchange: adapter.Exchange, user_home: Path, notebook: dict, account: str,
           module: str = cases.MODULE, uid: int | None = None) -> Path:
    """``nbgrader submit <module> --student=<account>`` from ``user_home``; returns the new
    inbound folder (given to ``uid`` when set)."""
    from nbgrader.auth import Authenticator
    from nbgrader.exchange.default import ExchangeSubmit

    cases.write(user_home / module / f"{module}.ipynb", notebook)
    before = set(exchange.inbound.iterdir())
    ExchangeSubmit(coursedir=_coursedir(account, module), authenticator=Authenticator(),
                   root=str(exchange.root), cache=str(user_home / ".nbgrader_cache"),
                   assignment_dir=str(user_home)).start()
    (folder,) = set(exchange.inbound.iterdir()) - before
    if uid is not None:
        give_to(folder, uid)
    return folder


def fetch_feedback(exchange: adapter.Exchange, user_home: Path, account: str,
                   module: str = cases.MODULE) -> list[Path]:
    """``nbgrader fetch_feedback`` as ``account`` in ``user_home``: the pages it fetched."""
    from nbgrader.auth import Authenticator
    from nbgrader.exchange.default import ExchangeFetchFeedback

    ExchangeFetchFeedback(coursedir=_coursedir(account, module), authenticator=Authenticator(),
                          root=str(exchange.root), cache=str(user_home / ".nbgrader_cache"),
                          assignment_dir=str(user_home)).start()
    return sorted((user_home / module / "feedback").rglob("*.html"))


def nbgrader_release_feedback(exchange: adapter.Exchange, config_file: Path, feedback: Path,
                              module: str = cases.MODULE) -> None:
    """``nbgrader release_feedback <module> --CourseDirectory.feedback_directory=<feedback>``
    in the course of ``config_file``."""
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.default import ExchangeReleaseFeedback

    config = adapter.load_config(config_file)
    config.CourseDirectory.feedback_directory = str(feedback)
    coursedir = CourseDirectory(config=config, course_id=COURSE_ID, assignment_id=module)
    ExchangeReleaseFeedback(coursedir=coursedir, authenticator=Authenticator(),
                            root=str(exchange.root)).start()
