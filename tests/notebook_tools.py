"""Helpers for testing module notebooks: offline kernels and nbgrader in a temporary course.

:class:`Course` is a throw-away nbgrader course: a copy of ``solutions/`` and
of ``grader/nbgrader_config.py`` in a temporary folder (the config computes the
course root from its own location, so the copy points nbgrader at the copy).
Use it through the ``course`` fixture in ``tests/conftest.py``::

    def test_round_trip(course):
        course.release()
        course.submit("01-prapemrosesan-teks", "P01", solution_notebook("01-prapemrosesan-teks"))
        course.autograde("01-prapemrosesan-teks")
        assert course.score("01-prapemrosesan-teks", "P01") == (100.0, 100.0)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from humas_ai.trainer.grading.isolate import kernel_environment

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "solutions"
MODULES = ROOT / "modules"
CONFIG = ROOT / "grader" / "nbgrader_config.py"


def offline_env(base: dict | None = None) -> dict[str, str]:
    """Environment for kernels that must not reach the network (loopback stays open).

    The same environment the grader gives participants' kernels (proxies on a
    closed local port, one thread per numeric library, this environment's
    scripts such as nbgrader's `alembic` on PATH), plus no package index.
    """
    env = kernel_environment(dict(os.environ if base is None else base))
    env["PIP_NO_INDEX"] = "1"
    return env


def module_names() -> list[str]:
    """Assignment folders in solutions/ (``NN-name``), sorted."""
    folders = [path for path in SOLUTIONS.iterdir() if path.is_dir()]
    return sorted(path.name for path in folders if (path / f"{path.name}.ipynb").is_file())


def solution_notebook(module: str) -> Path:
    return SOLUTIONS / module / f"{module}.ipynb"


def release_notebook(module: str) -> Path:
    return MODULES / module / f"{module}.ipynb"


class Course:
    """An nbgrader course in ``root`` built from this repository's solutions and config."""

    def __init__(self, root: Path):
        self.root = Path(root)
        (self.root / "grader").mkdir(parents=True, exist_ok=True)
        shutil.copy2(CONFIG, self.root / "grader" / "nbgrader_config.py")
        shutil.copytree(SOLUTIONS, self.root / "solutions",
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))

    @property
    def modules(self) -> Path:
        return self.root / "modules"

    @property
    def db_url(self) -> str:
        return "sqlite:///" + (self.root / "grader" / "gradebook.db").as_posix()

    def nbgrader(self, *args: str) -> subprocess.CompletedProcess:
        """Run one nbgrader command in the course (offline); fail with its log if it fails."""
        result = subprocess.run(
            [sys.executable, "-m", "nbgrader", *args], cwd=self.root / "grader",
            env=offline_env(), capture_output=True, text=True, timeout=600,
        )
        if result.returncode != 0:
            raise AssertionError(f"nbgrader {' '.join(args)} failed:\n{result.stderr[-4000:]}")
        return result

    def release(self, database: bool = True) -> None:
        """What ``make release`` does, into this course (with a gradebook unless told not to)."""
        self.nbgrader("generate_assignment", "*", "--force", *(() if database else ("--no-db",)))

    def submit(self, module: str, participant: str, notebook: Path) -> Path:
        """Place ``notebook`` as ``participant``'s submission of ``module``."""
        target = self.root / "grader" / "submitted" / participant / module / f"{module}.ipynb"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(notebook, target)
        return target

    def autograde(self, module: str) -> subprocess.CompletedProcess:
        return self.nbgrader("autograde", module, "--force")

    def score(self, module: str, participant: str) -> tuple[float, float]:
        """(score, max_score) of one autograded submission, read from the gradebook."""
        from nbgrader.api import Gradebook

        with Gradebook(self.db_url) as gradebook:
            submission = gradebook.find_submission(module, participant)
            return submission.score, submission.max_score
