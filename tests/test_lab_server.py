"""The README's first command serves modules/ in JupyterLab with humas_ai importable."""

import contextlib
import json
import os
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
        for _ in range(120):
            try:
                if requests.get(f"{base}/api/status", params={"token": TOKEN}, timeout=2).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.5)
        else:
            pytest.fail(f"make {target} did not start a server within 60 s")
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def lab_server():
    with _make_server("lab") as base:
        yield base


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
def test_make_formgrader_serves_the_course_to_nbgraders_formgrader(tmp_path):
    from tests.notebook_tools import Course, module_names

    course = Course(tmp_path / "kursus")
    with _make_server("formgrader", f"KURSUS={course.root}") as base:
        reply = requests.get(f"{base}/formgrader/api/assignments", params={"token": TOKEN},
                             timeout=60)
    assert reply.ok, reply.text[:500]
    assert set(module_names()) <= {assignment["name"] for assignment in reply.json()}
