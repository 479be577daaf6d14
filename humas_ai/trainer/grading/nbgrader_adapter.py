"""Every place the kit relies on nbgrader's or jupyter_client's internals, in one module.

nbgrader's public API (``Gradebook``, ``NbGraderAPI``, ``CourseDirectory``, its preprocessor
classes and their configurable traits) is used where it is needed.  What is *not* promised
by nbgrader's documentation is here, each item with a contract test in
``tests/test_nbgrader_contract.py`` that fails loudly when an nbgrader or jupyter_client
release changes it (see the upgrade checklist in DEVELOPING.md):

* the text nbgrader's ``LimitOutput`` appends when it cuts a stream (:data:`TRUNCATED`);
* the hidden-test delimiters, read from ``ClearHiddenTests``'s configuration;
* which of ``Autograde``'s configured steps write grades (:func:`writes_grades`);
* the resources dict nbgrader's converter builds per notebook (:func:`converter_resources`);
* ``nbgrader.api.create_engine``, replaced while a batch is recorded (:func:`shared_engines`);
* ``LocalProvisioner``'s process attributes (:func:`adopt_process`);
* ``CourseDirectory``'s default ``directory_structure`` (:data:`DIRECTORY_STRUCTURE`), with
  which :func:`course_layout` reads the course's folders from its config file;
* the filesystem exchange's layout (:class:`Exchange`): where submissions arrive, how their
  folders are named (:func:`submission_name`), the files ``submit`` writes beside the
  notebooks, and the name under which ``fetch_feedback`` looks for a feedback page
  (:func:`feedback_file_name`).

Importing this module is cheap: nbgrader is imported inside the functions that need it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

#: What nbgrader's ``LimitOutput`` puts in place of the lines it cuts from a stream (fixed
#: in its code, not configurable).
TRUNCATED = "... Output truncated ..."

#: nbgrader's default ``CourseDirectory.directory_structure`` (used when a config leaves it).
DIRECTORY_STRUCTURE = "{nbgrader_step}/{student_id}/{assignment_id}"

#: The kit's folders (``grader/nbgrader_config.py`` sets them all; these apply to a config
#: that leaves one unset), by nbgrader step.
KIT_FOLDERS = {"source": "solutions", "release": "modules", "submitted": "grader/submitted",
               "autograded": "grader/autograded", "feedback": "grader/feedback"}


def load_config(path: Path):
    """The traitlets ``Config`` of an ``nbgrader_config.py`` file, as nbgrader loads it."""
    from traitlets.config.loader import PyFileConfigLoader

    path = Path(path)
    return PyFileConfigLoader(path.name, path=str(path.parent)).load_config()


@dataclass(frozen=True)
class Layout:
    """A course's folders as its nbgrader config defines them."""

    root: Path
    folders: Mapping[str, str]  # nbgrader step ("source", "submitted", ...) -> folder
    structure: str  # CourseDirectory.directory_structure
    db_url: str

    def folder(self, step: str) -> Path:
        return self.root / self.folders[step]

    def notebook(self, step: str, module: str, code: str = ".") -> Path:
        """``<step folder>/<code>/<module>/<module>.ipynb`` (``code`` is ``.`` for the
        source and release steps, as in nbgrader): the kit's one notebook per module."""
        relative = self.structure.format(nbgrader_step=self.folders[step], student_id=code,
                                         assignment_id=module)
        return Path(os.path.normpath(self.root / relative)) / f"{module}.ipynb"


def course_layout(config_file: Path) -> Layout:
    """The folders of the course whose config is ``config_file`` (``<root>/grader/...``),
    read from its ``CourseDirectory`` section without importing nbgrader."""
    config_file = Path(config_file).resolve()
    section = load_config(config_file).CourseDirectory
    root = Path(section.get("root") or config_file.parent.parent).resolve()
    folders = {step: str(section.get(f"{step}_directory") or default)
               for step, default in KIT_FOLDERS.items()}
    db_url = section.get("db_url") or "sqlite:///" + (root / "grader" / "gradebook.db").as_posix()
    return Layout(root, folders, str(section.get("directory_structure") or DIRECTORY_STRUCTURE),
                  str(db_url))


def hidden_test_delimiters(config=None) -> tuple[str, str]:
    """(begin, end) of a hidden-test region, as configured for ``ClearHiddenTests``
    (nbgrader spells the traits ``begin_test_delimeter`` and ``end_test_delimeter``)."""
    from nbgrader.preprocessors import ClearHiddenTests

    step = ClearHiddenTests(config=config) if config is not None else ClearHiddenTests()
    return str(step.begin_test_delimeter), str(step.end_test_delimeter)


def default_autograde_steps() -> list:
    """nbgrader's default ``Autograde.autograde_preprocessors``."""
    from nbgrader.converters import Autograde

    return list(Autograde.autograde_preprocessors.default())


def limit_output_step():
    """nbgrader's ``LimitOutput`` class (the kit's output cap goes right after it)."""
    from nbgrader.preprocessors import LimitOutput

    return LimitOutput


def configured_steps(config) -> tuple[list, list]:
    """(sanitize steps, autograde steps) of nbgrader's ``Autograde`` under ``config``."""
    from nbgrader.converters import Autograde

    converter = Autograde(config=config)
    return list(converter.sanitize_preprocessors), list(converter.autograde_preprocessors)


def writes_grades(step) -> bool:
    """True for the autograde steps that write the gradebook (grades, late penalties),
    subclasses included; decided by class, never by class name."""
    from nbgrader.preprocessors import AssignLatePenalties, SaveAutoGrades

    return isinstance(step, type) and issubclass(step, (SaveAutoGrades, AssignLatePenalties))


def converter_resources(module: str, code: str, folder: Path, db_url: str) -> dict:
    """The resources nbgrader's converter gives its steps for ``<code>/<module>/<module>``
    (``BaseConverter.init_single_notebook_resources``), plus the kernel's folder."""
    return {
        "unique_key": module,
        "output_files_dir": f"{module}_files",
        "metadata": {"name": module, "path": str(folder)},
        "nbgrader": {"student": code, "assignment": module, "notebook": module,
                     "db_url": db_url},
    }


def course_db_url(config) -> str:
    """The gradebook URL nbgrader's ``CourseDirectory`` derives from ``config``."""
    from nbgrader.coursedir import CourseDirectory

    return CourseDirectory(config=config).db_url


@contextlib.contextmanager
def shared_engines() -> Iterator[None]:
    """While inside, every ``nbgrader.api.Gradebook`` opened on one database reuses one
    SQLAlchemy engine (nbgrader creates one per opening through its module-level
    ``create_engine``); the engines are disposed of on leaving."""
    from nbgrader import api

    create_engine = api.create_engine
    engines: dict[tuple, object] = {}

    def shared(url, **options):
        key = (str(url), tuple(sorted(options.items())))
        if key not in engines:
            engines[key] = create_engine(url, **options)
        return engines[key]

    api.create_engine = shared
    try:
        yield
    finally:
        api.create_engine = create_engine
        for engine in engines.values():
            engine.dispose()


def adopt_process(provisioner, process, cwd: str | None) -> None:
    """Make a ``LocalProvisioner`` manage ``process`` (a ``Popen``-like object whose pid
    leads its own process group), as its ``launch_kernel`` does with the one it starts."""
    provisioner.process, provisioner.pid = process, process.pid
    provisioner.pgid = process.pid
    provisioner.cwd = cwd or os.getcwd()


# ------------------------------------------------------------------ the exchange
#: What nbgrader's ``submit`` writes next to the notebooks of every submission.
TIMESTAMP_FILE = "timestamp.txt"
SECRET_FILE = "submission_secret.txt"


@dataclass(frozen=True)
class Exchange:
    """nbgrader's filesystem exchange of one course: ``<root>/<course_id>/`` with
    ``inbound/`` (one folder per submission), ``outbound/`` (releases) and ``feedback/``
    (released feedback pages, one per submitted notebook)."""

    root: Path
    course_id: str

    @property
    def course(self) -> Path:
        return self.root / self.course_id

    @property
    def inbound(self) -> Path:
        return self.course / "inbound"

    @property
    def feedback(self) -> Path:
        return self.course / "feedback"


@dataclass(frozen=True)
class SubmissionName:
    """What the name of an inbound folder says: who, which assignment, when (nbgrader's
    timestamp text)."""

    student: str
    assignment: str
    timestamp: str


def submission_name(name: str) -> SubmissionName | None:
    """An inbound folder's name ``<student>+<assignment>+<timestamp>[+<random>]`` read as
    nbgrader's ``collect`` reads it (split on the last three ``+``); None when it is not one."""
    parts = name.rsplit("+", 3)
    if len(parts) < 3 or not all(parts[:3]):
        return None
    return SubmissionName(parts[0], parts[1], parts[2])


def parse_timestamp(text: str) -> datetime:
    """nbgrader's timestamp text (``2026-12-04 09:15:00.123456 UTC``) as an aware datetime,
    parsed by nbgrader itself; ``ValueError`` when it is not one."""
    from nbgrader.utils import parse_utc

    try:
        return parse_utc(text.strip())
    except (ValueError, OverflowError) as error:
        raise ValueError(f"not an nbgrader timestamp: {text!r}") from error


def feedback_file_name(secret: str, notebook_id: str) -> str:
    """The file in the exchange's ``feedback/`` where ``fetch_feedback`` looks for the page
    of notebook ``notebook_id`` (its file name without ``.ipynb``) of the submission whose
    ``submission_secret.txt`` holds ``secret``."""
    from nbgrader.utils import notebook_hash

    return notebook_hash(secret=secret, notebook_id=notebook_id) + ".html"


def course_id(config_file: Path) -> str:
    """The ``CourseDirectory.course_id`` a course's config file sets (``""`` when unset)."""
    return str(load_config(config_file).CourseDirectory.get("course_id") or "")
