"""Shared fixtures."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def exports() -> Path:
    """Folder of small agency-export files, good and bad."""
    return FIXTURES / "ekspor"


@pytest.fixture
def course(tmp_path):
    """A temporary nbgrader course with this repository's solutions and config."""
    from tests.notebook_tools import Course

    return Course(tmp_path / "kursus")
