"""The one-machine class server end to end, on loopback (tools/hub/server_kelas.py, deploy/hub/).

A hub with a trainer and three participants (throwaway Linux users, deleted afterwards with
their homes and processes): the trainer releases module 00 to nbgrader's exchange; each
participant logs in through the hub's login form, starts a server through the hub API,
fetches the module through the Assignments extension, runs it in a kernel through the Jupyter
server API and submits it through the extension.  One participant also submits as another
(``nbgrader submit --student=OTHER``).  The trainer grades from the exchange with
``humas-ai grade``, which must reject that submission and say so, and releases feedback that
every participant fetches through the extension.  Headless Chromium then looks at what a
participant and the trainer see (screenshots in /tmp/shots/hub/).

The software (hub, single-user environment, proxy) is installed by the setup script itself
into a cache folder and reused while the lock files and the kit are unchanged; the class
(users, exchange, configuration, hub state) is new for every run (tools/hub/kelas_uji.py).
"""

from __future__ import annotations

import csv
import os
import pwd
import stat
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tools" / "hub"))
import kelas_uji as kelas  # noqa: E402
from hub_client import HubError, Participant  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0,
                       reason="the class server needs Linux and root (it creates users)"),
]

MODULE, NOTEBOOK, PASSWORD = kelas.MODULE, kelas.NOTEBOOK, kelas.PASSWORD
SHOTS = Path("/tmp/shots/hub")


@pytest.fixture(scope="module")
def hub():
    with kelas.running_class(f"uh{os.getpid()}", participants=3) as running:
        yield running


def _login(hub, name):
    try:
        return kelas.login(hub, name)
    except HubError as error:
        pytest.fail(f"{error}\n{hub.log_tail()}")


def _status(user) -> str:
    return {a["assignment_id"]: a["status"] for a in user.assignments()}.get(MODULE, "")


# ---------------------------------------------------------------------------- the class day
@pytest.fixture(scope="module")
def released(hub):
    code, out = kelas.release(hub)
    assert code == 0, out
    return hub.sessions[hub.trainer]


@pytest.fixture(scope="module")
def submitted(hub, released):
    """Every participant fetches, runs, saves and submits module 00 through their server."""
    def day(name: str) -> dict:
        user = kelas.login(hub, name)
        before = _status(user)
        user.assignment_action("fetch", MODULE)
        fetched = _status(user)
        notebook = kelas.answer(user.read_notebook(NOTEBOOK), name.upper())
        errors = kelas.run_notebook(user, notebook)
        user.write_notebook(NOTEBOOK, notebook)
        user.assignment_action("submit", MODULE)
        return {"statuses": [before, fetched, _status(user)], "errors": errors}

    with ThreadPoolExecutor(max_workers=len(hub.participants)) as pool:
        try:
            return dict(zip(hub.participants, pool.map(day, hub.participants), strict=True))
        except HubError as error:
            pytest.fail(f"{error}\n{hub.log_tail()}")


@pytest.fixture(scope="module")
def impersonation(hub, submitted):
    """The last participant submits a copy claiming to be the first one, as nbgrader allows."""
    attacker, victim = hub.sessions[hub.participants[-1]], hub.participants[0]
    # A copy without answers: if grading took it, the victim's score would drop to nothing.
    copy = kelas.unanswer(kelas.set_code(attacker.read_notebook(NOTEBOOK), victim.upper()))
    attacker.write_notebook(NOTEBOOK, copy)
    return kelas.command(attacker, ["nbgrader", "submit", MODULE, f"--student={victim}"])


def test_participants_fetch_run_and_submit_through_their_servers(hub, submitted):
    for name, result in submitted.items():
        assert result["errors"] == [], f"{name}: {result['errors']}"
        assert result["statuses"] == ["released", "fetched", "submitted"], name
    for name in [hub.trainer, *hub.participants]:  # nobody reads another's work or the key
        assert stat.S_IMODE(os.stat(pwd.getpwnam(name).pw_dir).st_mode) == 0o700, name
    entries = list(hub.inbound.iterdir())
    assert sorted(p.name.split("+")[0] for p in entries) == sorted(hub.participants)
    for entry in entries:
        assert entry.stat().st_uid == pwd.getpwnam(entry.name.split("+")[0]).pw_uid


def test_impersonated_submission_lands_in_the_exchange_under_the_other_name(hub, impersonation):
    """nbgrader itself lets it through: grading must catch it."""
    code, out = impersonation
    assert code == 0, out
    victim, attacker = hub.participants[0], hub.participants[-1]
    claimed = [p for p in hub.inbound.iterdir() if p.name.startswith(f"{victim}+")]
    owners = sorted(pwd.getpwuid(p.stat().st_uid).pw_name for p in claimed)
    assert owners == sorted([victim, attacker])


@pytest.fixture(scope="module")
def graded(hub, impersonation):
    """The trainer grades from the exchange and releases feedback, in their own server."""
    trainer = hub.sessions[hub.trainer]
    return kelas.command(trainer, ["humas-ai", "grade", "--exchange", str(hub.exchange),
                                   "--kirim-umpan-balik"], "~/kelas-ai-humas")


def test_grading_from_the_exchange_rejects_the_impersonation_and_says_so(hub, graded):
    code, out = graded
    assert code == 0, out
    victim, attacker = hub.participants[0], hub.participants[-1]
    assert "Ditolak (1 kiriman" in out, out
    assert [line for line in out.splitlines() if victim in line and attacker in line], out
    workspace = hub.course() / "grader" / "penilaian"
    report = (workspace / "laporan-kelas.html").read_text(encoding="utf-8")
    assert attacker in report and victim in report
    with (workspace / "nilai.csv").open(encoding="utf-8-sig") as handle:
        totals = {row["kode"].lower(): float(row["total"]) for row in csv.DictReader(handle)}
    assert set(totals) == set(hub.participants)
    assert totals[victim] > 0, "the victim keeps the grade of their own submission"
    assert len(set(totals.values())) == 1, f"all answered the same: {totals}"


def test_participants_fetch_their_feedback_in_jupyterlab(hub, graded):
    for name in hub.participants:
        user = hub.sessions[name]
        user.assignment_action("fetch_feedback", MODULE)
        folders = user.listing(f"{MODULE}/feedback")
        pages = [f"{MODULE}/feedback/{folder}/{page}" for folder in folders
                 for page in user.listing(f"{MODULE}/feedback/{folder}")
                 if page.endswith(".html")]
        assert pages, f"{name}: no feedback page fetched"
        text = user.server_api("GET", f"api/contents/{pages[0]}",
                               params={"content": 1, "format": "text"}).json()["content"]
        assert name.upper() in text, f"{name} got someone else's feedback"


def test_the_terminal_finds_nbgrader_and_humas_ai_of_the_class_environment(hub, released):
    """The guide has the trainer type these commands in JupyterLab's terminal."""
    screen = hub.sessions[hub.trainer].terminal(
        "command -v nbgrader humas-ai; echo SELESAI-$((40+2))", "SELESAI-42")
    software = str(kelas.SOFTWARE / "user-env" / "bin")
    assert f"{software}/nbgrader" in screen and f"{software}/humas-ai" in screen, screen


# ---------------------------------------------------------------------------- in the browser
def _lab_as(browser, hub: kelas.Hub, name: str):
    """A fresh browser context that logs in through the hub's form and opens JupyterLab."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(f"{hub.base}/hub/login")
    page.fill("#username_input", name)
    page.fill("#password_input", PASSWORD)
    page.click("#login_submit")
    page.wait_for_url("**/user/**", timeout=120_000)
    page.goto(f"{hub.base}/user/{name}/lab")
    page.wait_for_selector("#jp-main-dock-panel", timeout=90_000)
    page.wait_for_selector(".jp-DirListing-item", timeout=60_000)
    page.wait_for_timeout(3_000)
    return context, page


def _nbgrader_menu(page) -> list[str]:
    if "Nbgrader" not in page.locator(".lm-MenuBar-itemLabel").all_inner_texts():
        return []
    page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
    items = [item.strip() for item in page.locator(".lm-Menu-itemLabel").all_inner_texts()]
    page.keyboard.press("Escape")
    return items


def test_participant_sees_assignments_but_no_trainer_tools(hub, submitted, browser):
    SHOTS.mkdir(parents=True, exist_ok=True)
    name = hub.participants[1]
    context, page = _lab_as(browser, hub, name)
    try:
        menu = _nbgrader_menu(page)
        page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
        page.locator(".lm-Menu-itemLabel", has_text="Assignment List").click()
        page.get_by_text(MODULE).first.wait_for(timeout=60_000)
        page.wait_for_timeout(2_000)
        page.screenshot(path=str(SHOTS / "peserta-assignments.png"))
        text = page.locator("body").inner_text()
        tabs = page.locator(".lm-TabBar-tab").evaluate_all(
            "tabs => tabs.map(tab => tab.getAttribute('title') || tab.textContent)")
        formgrader = requests.get(f"{hub.base}/user/{name}/formgrader",
                                  headers=hub.sessions[name].headers, timeout=30)
    finally:
        context.close()
    assert "Assignment List" in menu
    assert not [item for item in menu if "Formgrader" in item or "Course" in item]
    assert "Create Assignment" not in text and "Formgrader" not in text
    assert not [tab for tab in tabs if tab and "Create Assignment" in tab]
    assert formgrader.status_code == 404, "Formgrader's server extension stays off"


def test_trainer_sees_formgrader(hub, released, browser):
    SHOTS.mkdir(parents=True, exist_ok=True)
    context, page = _lab_as(browser, hub, hub.trainer)
    try:
        menu = _nbgrader_menu(page)
        page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
        page.locator(".lm-Menu-itemLabel").get_by_text("Formgrader", exact=True).click()
        grading = page.frame_locator("iframe").first
        grading.get_by_text(MODULE).first.wait_for(timeout=90_000)
        page.wait_for_timeout(2_000)
        page.screenshot(path=str(SHOTS / "pelatih-formgrader.png"))
        framed = grading.locator("body").inner_text()
    finally:
        context.close()
    assert "Manage Assignments" in framed
    assert "Formgrader" in menu
    assert "Assignment List" not in menu


# ---------------------------------------------------------------------------- accounts
def test_only_the_roster_and_the_trainers_can_log_in(hub, submitted):
    for stranger in ("orangasing", hub.participants[0] + "x"):
        with pytest.raises(HubError, match="login"):
            Participant(hub.base, stranger).login(PASSWORD)
    with pytest.raises(HubError, match="login"):
        Participant(hub.base, hub.participants[0]).login("sandi-yang-salah")


def test_a_forgotten_password_is_reset_by_deleting_and_adding_the_user_again(hub, submitted):
    """What the guide tells the trainer to do in /hub/admin (here through the same API)."""
    admin, name = hub.sessions[hub.trainer], hub.participants[1]
    forgetful = kelas.login(hub, name)
    forgetful.stop_server()
    for _ in range(60):
        if not admin.hub_api("GET", f"users/{name}").json()["servers"]:
            break
        time.sleep(1)
    assert admin.hub_api("DELETE", f"users/{name}").status_code == 204
    assert admin.hub_api("POST", f"users/{name}").status_code == 201
    again = Participant(hub.base, name)
    again.login("sandi-baru-sekali")
    with pytest.raises(HubError, match="login"):
        Participant(hub.base, name).login(PASSWORD)
    assert os.path.isdir(os.path.join(pwd.getpwnam(name).pw_dir, MODULE)), "work is kept"
