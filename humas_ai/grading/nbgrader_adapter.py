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
* ``LocalProvisioner``'s process attributes (:func:`adopt_process`).

Importing this module is cheap: nbgrader is imported inside the functions that need it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

#: What nbgrader's ``LimitOutput`` puts in place of the lines it cuts from a stream (fixed
#: in its code, not configurable).
TRUNCATED = "... Output truncated ..."


def load_config(path: Path):
    """The traitlets ``Config`` of an ``nbgrader_config.py`` file, as nbgrader loads it."""
    from traitlets.config.loader import PyFileConfigLoader

    path = Path(path)
    return PyFileConfigLoader(path.name, path=str(path.parent)).load_config()


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
