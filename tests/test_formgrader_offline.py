"""Formgrader's grading page works in a room without internet.

nbgrader's grading page asks a CDN for MathJax 2 and its script (formgrade.js) stops at
``MathJax.Hub...`` when that fails: no keyboard shortcuts (Tab between score boxes,
Ctrl+. to the next submission) and no scrolling to the selected box.  ``make formgrader``
gives the page a local stand-in (lab-config/pelatih).  Here the browser may reach the
local server only; every other request is aborted, as in a hotel room without internet.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from urllib.parse import urlparse

import pytest
import requests
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests import grading_cases as cases
from tests.notebook_tools import ROOT
from tests.notebook_tools import Course as CourseCopy
from tests.test_lab_server import TOKEN, _make_server

MODULE = "00-pengenalan"
#: Screenshots of the page (git-ignored), as the book tests keep theirs.
SHOTS = ROOT / "_build" / "screenshots"


@pytest.fixture(scope="module")
def graded_course(tmp_path_factory) -> Path:
    """A course where two participants' module 00 has been autograded by nbgrader."""
    root = tmp_path_factory.mktemp("luring") / "kursus"
    course = CourseCopy(root)
    course.release()
    inbox = root.parent / "masuk"
    for code, notebook in (("P01", cases.solution(MODULE)),
                           ("P02", cases.partly_answered(MODULE))):
        course.submit(MODULE, code, cases.write(inbox / f"{code}.ipynb", notebook))
    course.autograde(MODULE)
    return root


def _offline_page(browser, base: str):  # noqa: F811
    """A page that reaches the local server only; returns it and the lists it fills."""
    page = browser.new_page(viewport={"width": 1300, "height": 900},
                            extra_http_headers={"Authorization": f"token {TOKEN}"})
    local = urlparse(base).netloc
    blocked: list[str] = []
    errors: list[str] = []

    def route(request_route):
        url = request_route.request.url
        if urlparse(url).netloc == local or url.startswith(("data:", "blob:")):
            request_route.continue_()
        else:
            blocked.append(url)
            request_route.abort("internetdisconnected")

    page.route("**/*", route)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return page, blocked, errors


def _focused(page) -> dict:
    return page.evaluate(
        """() => {
            const boxes = Array.from(document.querySelectorAll('.tabbable'));
            const active = document.activeElement;
            return {index: boxes.indexOf(active), boxes: boxes.length,
                    classes: active ? active.className : null};
        }""")


def _settle(page, condition: str) -> None:
    """Wait until ``condition`` holds; the assertions after the wait say what went wrong."""
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(condition, timeout=20_000)


@pytest.mark.slow
def test_the_grading_page_works_without_internet(graded_course, browser):  # noqa: F811
    with _make_server("formgrader", f"KURSUS={graded_course}") as base:
        submissions = requests.get(
            f"{base}/formgrader/api/submitted_notebooks/{MODULE}/{MODULE}",
            headers={"Authorization": f"token {TOKEN}"}, timeout=60).json()
        # Formgrader's order (by id): Ctrl+. goes from the first to the second.
        first_id, second_id = sorted(item["id"] for item in submissions)
        page, blocked, errors = _offline_page(browser, base)
        try:
            page.goto(f"{base}/formgrader/submissions/{first_id}/")
            page.wait_for_function(
                "window.formgrader && formgrader.grades && formgrader.grades.loaded"
                " && formgrader.comments.loaded", timeout=60_000)
            # Once the page has settled, the selected box (the first one) has the focus.
            _settle(page, "document.activeElement"
                          " && document.activeElement.classList.contains('tabbable')")
            first = _focused(page)
            page.keyboard.press("Tab")
            page.wait_for_timeout(700)
            second = _focused(page)
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / "formgrader-luring.png"))
            shown = page.locator("body").inner_text()
            page.keyboard.press("Control+.")
            _settle(page, f"location.pathname.includes('/submissions/{second_id}/')")
            after_shortcut = page.url
        finally:
            page.close()
    assert errors == [], errors
    assert blocked == [], f"the page asked the internet for {blocked}"
    assert first["boxes"] >= 2 and first["index"] == 0, first
    assert second["index"] == 1, (first, second)
    # Ctrl+. opens the same box of the next submission.
    assert f"/submissions/{second_id}/" in after_shortcut, after_shortcut
    # The page is the participant's notebook, shown although nothing outside was reached.
    assert MODULE in shown and "Submission 1 / 2" in shown, shown[:300]
