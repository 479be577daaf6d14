"""The README's first command serves modules/ in JupyterLab with humas_ai importable.

The browser tests look at what people see, in the headless Chromium the book tests use:
the participant's JupyterLab shows the course only (no nbgrader menu or panels, no news
pop-up, no error dialog); the trainer's shows the grading tools without the exchange panels.
"""

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import time
import uuid

import pytest
import requests
import websocket

from tests.conftest import ROOT

TOKEN = "uji-kelas-ai-humas"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def _make_server(target: str, *variables: str):
    """``make TARGET HEADLESS=1 PORT=...`` running; yields its base URL."""
    port = _free_port()
    env = {**os.environ, "JUPYTER_TOKEN": TOKEN, "JUPYTER_PLATFORM_DIRS": "1"}
    process = subprocess.Popen(
        ["make", "--no-print-directory", target, "HEADLESS=1", f"PORT={port}", *variables],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, f"make {target} did not start a server within 60 s")
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def _wait_until_up(base: str, failure: str) -> None:
    """Poll the server's status for up to 60 s; fail the test with ``failure`` otherwise."""
    for _ in range(120):
        try:
            if requests.get(f"{base}/api/status", params={"token": TOKEN}, timeout=2).ok:
                return
        except requests.ConnectionError:
            time.sleep(0.5)
    pytest.fail(failure)


@pytest.fixture(scope="module")
def lab_server():
    with _make_server("lab") as base:
        yield base


def _open_lab(browser, url: str):
    """A page showing JupyterLab at ``url``, settled (late pop-ups have had time to come)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(url)
    page.wait_for_selector("#jp-main-dock-panel", timeout=90_000)
    page.wait_for_selector(".jp-DirListing-item", timeout=60_000)
    page.wait_for_timeout(5_000)
    return page


def _what_is_shown(page) -> dict:
    return {
        "menus": page.locator(".lm-MenuBar-itemLabel").all_inner_texts(),
        "side_panels": page.locator(".lm-TabBar-tab").evaluate_all(
            "tabs => tabs.map(tab => tab.getAttribute('title') || tab.textContent)"),
        "dialogs": page.locator(".jp-Dialog").all_inner_texts(),
        "notifications": page.locator(".Toastify__toast").all_inner_texts(),
        "text": page.locator("body").inner_text(),
    }


def _run_in_kernel(base: str, kernel_id: str, code: str) -> str:
    url = base.replace("http", "ws", 1) + f"/api/kernels/{kernel_id}/channels?token={TOKEN}"
    connection = websocket.create_connection(url, timeout=60)
    msg_id = uuid.uuid4().hex
    connection.send(json.dumps({
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "uji",
                   "session": uuid.uuid4().hex, "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell",
        "content": {"code": code, "silent": False, "store_history": False,
                    "user_expressions": {}, "allow_stdin": False},
    }))
    output = []
    try:
        while True:
            message = json.loads(connection.recv())
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if message["msg_type"] == "stream":
                output.append(message["content"]["text"])
            elif message["msg_type"] == "error":
                output.append("\n".join(message["content"]["traceback"]))
            elif message["content"].get("execution_state") == "idle":
                return "".join(output)
    finally:
        connection.close()


@pytest.mark.slow
def test_lab_serves_modules_and_kernel_imports_humas_ai(lab_server):
    page = requests.get(f"{lab_server}/lab", params={"token": TOKEN}, timeout=10)
    assert page.status_code == 200
    contents = requests.get(f"{lab_server}/api/contents", params={"token": TOKEN}, timeout=10)
    names = {item["name"] for item in contents.json()["content"]}
    assert names == {path.name for path in (ROOT / "modules").iterdir()
                     if not path.name.startswith(".")}
    kernel = requests.post(f"{lab_server}/api/kernels", params={"token": TOKEN},
                           json={"name": "python3"}, timeout=30).json()
    try:
        output = _run_in_kernel(
            lab_server, kernel["id"],
            "import humas_ai, humas_ai.text as t\n"
            "print(humas_ai.__version__, t.clean_text('OKE!!'))",
        )
    finally:
        requests.delete(f"{lab_server}/api/kernels/{kernel['id']}", params={"token": TOKEN},
                        timeout=30)
    assert output.strip() == "0.1.0 oke"


@pytest.mark.slow
def test_make_formgrader_serves_the_course_to_nbgraders_formgrader(tmp_path, browser):
    from tests.notebook_tools import Course, module_names

    course = Course(tmp_path / "kursus")
    with _make_server("formgrader", f"KURSUS={course.root}") as base:
        reply = requests.get(f"{base}/formgrader/api/assignments", params={"token": TOKEN},
                             timeout=60)
        page = _open_lab(browser, f"{base}/lab?token={TOKEN}")
        try:
            shown = _what_is_shown(page)
            page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
            grading_menu = page.locator(".lm-Menu-itemLabel").all_inner_texts()
        finally:
            page.close()
    assert reply.ok, reply.text[:500]
    assert set(module_names()) <= {assignment["name"] for assignment in reply.json()}
    assert "Formgrader" in [item.strip() for item in grading_menu]
    assert not [item for item in grading_menu
                if "Assignment List" in item or "Courses" in item]
    assert shown["dialogs"] == [] and shown["notifications"] == []


@pytest.mark.slow
def test_participant_lab_shows_the_course_only(lab_server, browser):
    page = _open_lab(browser, f"{lab_server}/lab/tree/00-pengenalan/00-pengenalan.ipynb"
                              f"?token={TOKEN}")
    try:
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
        page.wait_for_timeout(3_000)
        shown = _what_is_shown(page)
    finally:
        page.close()
    assert "Modul 00" in shown["text"], "the module notebook should be open"
    assert "Nbgrader" not in shown["menus"]
    assert not [tab for tab in shown["side_panels"]
                if "Nbgrader" in tab or "Extension Manager" in tab]
    for trainer_word in ("Create Assignment", "Assignment List", "Formgrader", "Validate"):
        assert trainer_word not in shown["text"]
    assert shown["dialogs"] == []
    assert shown["notifications"] == [], "no news pop-up or error notification"
    lab_page = requests.get(f"{lab_server}/lab", params={"token": TOKEN}, timeout=10).text
    config = json.loads(re.search(r'id="jupyter-config-data"[^>]*>(.*?)</script>', lab_page,
                                  re.S).group(1))
    assert config["news"] == {"disabled": True}, "the participant's lab must not fetch news"
    extensions = requests.get(f"{lab_server}/formgrader/api/assignments",
                              params={"token": TOKEN}, timeout=10)
    assert extensions.status_code == 404, "nbgrader's server extensions stay off"


@contextlib.contextmanager
def _participant_lab(root):
    """The participant's JupyterLab (same settings as ``make lab``) serving ``root``."""
    port = _free_port()
    env = {**os.environ, "JUPYTER_TOKEN": TOKEN, "JUPYTER_PLATFORM_DIRS": "1",
           "JUPYTER_CONFIG_PATH": str(ROOT / "lab-config" / "peserta")}
    command = [str(ROOT / ".venv" / "bin" / "jupyter"), "lab", f"--ServerApp.root_dir={root}",
               "--no-browser", f"--port={port}", "--ServerApp.port_retries=0"]
    if os.geteuid() == 0:
        command.append("--allow-root")
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, "JupyterLab did not start within 60 s")
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


@pytest.mark.slow
def test_a_quiz_in_jupyterlab_reveals_nothing_before_a_click(tmp_path, browser):
    import nbformat

    from humas_ai.classroom.quiz import read_bank

    question, options = read_bank("00")["00-1"]
    right = [index for index, (_, correct, _) in enumerate(options) if correct][0]
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    notebook.cells = [
        nbformat.v4.new_code_cell('from humas_ai.classroom.quiz import kuis\n\nkuis("00-1")')]
    nbformat.write(notebook, tmp_path / "kuis.ipynb")
    with _participant_lab(tmp_path) as base:
        page = _open_lab(browser, f"{base}/lab/tree/kuis.ipynb?token={TOKEN}")
        try:
            page.wait_for_selector(".jp-Notebook .jp-Cell .cm-content", timeout=60_000)
            page.locator(".jp-Notebook .jp-Cell .cm-content").first.click()
            page.keyboard.press("Shift+Enter")
            buttons = page.locator(".jp-OutputArea-output button")
            buttons.first.wait_for(timeout=90_000)
            before = page.locator(".jp-OutputArea").first.inner_text()
            labels = buttons.all_inner_texts()
            buttons.nth(right).click()
            page.get_by_text("Benar.", exact=False).first.wait_for(timeout=30_000)
            after = page.locator(".jp-OutputArea").first.inner_text()
            page.screenshot(path=str(tmp_path / "kuis.png"))
        finally:
            page.close()
    assert question in before
    assert [label.split(". ", 1)[1] for label in labels] == [text for text, _, _ in options]
    assert "Benar" not in before and "Belum tepat" not in before
    for _, _, why in options:
        assert why not in before, "an explanation was visible before any click"
    assert f"Benar. {options[right][2]}" in after


@pytest.mark.slow
def test_the_html_fallback_of_a_quiz_shows_an_explanation_only_after_a_click(browser):
    from humas_ai.classroom.quiz import kuis, read_bank

    _, options = read_bank("02")["02-1"]
    widget = kuis("02-1")
    fallback = widget._repr_mimebundle_()["text/html"]
    widget.close()
    page = browser.new_page()
    try:
        page.set_content(f"<html><body>{fallback}</body></html>")
        hidden = [page.get_by_text(why, exact=False).is_visible() for _, _, why in options]
        page.locator("summary").nth(1).click()
        shown = page.get_by_text(options[1][2], exact=False).is_visible()
    finally:
        page.close()
    assert hidden == [False] * len(options)
    assert shown
