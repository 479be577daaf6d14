"""Shared fixtures."""

import shutil
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


#: Flags for Debian's Chromium on a machine without a screen or outside network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_binary() -> str:
    """Debian's Chromium (never a downloaded browser); ``make test`` installs it."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    assert binary, "Chromium is missing: run tools/ensure-chromium (make test does this)"
    return binary


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium driven by Playwright, one per test module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_binary(),
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()
