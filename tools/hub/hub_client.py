"""A participant's browser, reduced to HTTP: log in to the class hub, start a server, use nbgrader's
Assignments extension and run a notebook in a kernel through the Jupyter server API.

Used by tests/test_hub.py and bench/hub.py (loopback only).  Needs ``requests`` and
``websocket-client`` (both in the kit's development environment).
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field

import requests
import websocket

COURSE_ID = "kelas-ai-humas"


class HubError(Exception):
    """Something a participant would have seen go wrong (kept short, for reports)."""


@dataclass
class CellRun:
    """What one code cell did: its outputs as nbformat dicts and the error name if any."""

    outputs: list = field(default_factory=list)
    error: str | None = None


class Participant:
    """One hub user driven over HTTP: cookies for login, then an API token for the rest."""

    def __init__(self, base: str, name: str, timeout: float = 30):
        self.base = base.rstrip("/")
        self.name = name
        self.timeout = timeout
        self.http = requests.Session()
        self.token: str | None = None

    # ------------------------------------------------------------------ hub
    def login(self, password: str) -> None:
        """Log in through the hub's login form (FirstUse: the first password sets it)."""
        self.http.get(f"{self.base}/hub/login", timeout=self.timeout)
        xsrf = self.http.cookies.get("_xsrf", "")
        reply = self.http.post(f"{self.base}/hub/login", timeout=self.timeout,
                               data={"username": self.name, "password": password, "_xsrf": xsrf},
                               allow_redirects=False)
        if reply.status_code != 302:
            raise HubError(f"login {self.name}: HTTP {reply.status_code}")
        # Logging in starts a session with a new XSRF cookie.
        xsrf = reply.cookies.get("_xsrf") or xsrf
        reply = self.http.post(f"{self.base}/hub/api/users/{self.name}/tokens",
                               headers={"X-XSRFToken": xsrf}, json={"note": "klien uji"},
                               timeout=self.timeout)
        if reply.status_code != 201:
            raise HubError(f"token {self.name}: HTTP {reply.status_code} {reply.text[:200]}")
        self.token = reply.json()["token"]

    @property
    def headers(self) -> dict:
        return {"Authorization": f"token {self.token}"}

    def hub_api(self, method: str, path: str, **kwargs) -> requests.Response:
        return self.http.request(method, f"{self.base}/hub/api/{path}", headers=self.headers,
                                 timeout=self.timeout, **kwargs)

    def start_server(self) -> None:
        reply = self.hub_api("POST", f"users/{self.name}/server")
        if reply.status_code not in (201, 202, 400):
            raise HubError(f"start {self.name}: HTTP {reply.status_code} {reply.text[:200]}")

    def wait_ready(self, limit: float) -> float:
        """Seconds until the hub reports the server ready; HubError after ``limit`` seconds."""
        start = time.monotonic()
        while time.monotonic() - start < limit:
            server = self.hub_api("GET", f"users/{self.name}").json().get("servers", {}).get("")
            if server and server.get("ready"):
                return time.monotonic() - start
            if server is None and time.monotonic() - start > 5:
                raise HubError(f"server {self.name} berhenti saat dimulai")
            time.sleep(1)
        raise HubError(f"server {self.name} tidak siap dalam {limit:.0f} detik")

    def stop_server(self) -> None:
        self.hub_api("DELETE", f"users/{self.name}/server")

    # ------------------------------------------------------------------ single-user server
    def url(self, path: str) -> str:
        return f"{self.base}/user/{self.name}/{path.lstrip('/')}"

    def server_api(self, method: str, path: str, **kwargs) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        reply = self.http.request(method, self.url(path), headers=self.headers, **kwargs)
        if reply.status_code >= 400:
            raise HubError(f"{method} {path} ({self.name}): HTTP {reply.status_code} "
                           f"{reply.text[:300]}")
        return reply

    def assignments(self) -> list[dict]:
        """nbgrader's Assignments panel list (released, fetched, submitted)."""
        reply = self.server_api("GET", "assignments", params={"course_id": COURSE_ID}).json()
        if not reply.get("success"):
            raise HubError(f"daftar tugas {self.name}: {str(reply.get('value'))[-300:]}")
        return reply["value"]

    def assignment_action(self, action: str, assignment: str) -> dict:
        """The panel's Fetch / Submit / Fetch Feedback buttons."""
        reply = self.server_api("POST", f"assignments/{action}", timeout=120,
                                data={"course_id": COURSE_ID, "assignment_id": assignment})
        body = reply.json()
        if not body.get("success"):
            raise HubError(f"{action} {assignment} ({self.name}): {str(body.get('value'))[-400:]}")
        return body

    def read_notebook(self, path: str) -> dict:
        return self.server_api("GET", f"api/contents/{path}", params={"content": 1}).json()[
            "content"]

    def write_notebook(self, path: str, notebook: dict) -> None:
        self.server_api("PUT", f"api/contents/{path}",
                        json={"type": "notebook", "format": "json", "content": notebook})

    def listing(self, path: str) -> list[str]:
        reply = self.server_api("GET", f"api/contents/{path}", params={"content": 1}).json()
        return [item["name"] for item in reply["content"]]

    # ------------------------------------------------------------------ terminals
    def terminal(self, command: str, marker: str, limit: float = 60) -> str:
        """Type ``command`` in a new JupyterLab terminal; its screen once ``marker`` shows."""
        name = self.server_api("POST", "api/terminals").json()["name"]
        ws_url = self.url(f"terminals/websocket/{name}").replace("http", "ws", 1)
        ws = websocket.create_connection(ws_url, timeout=limit,
                                         header=[f"Authorization: token {self.token}"])
        screen, deadline = "", time.monotonic() + limit
        try:
            ws.send(json.dumps(["stdin", command + "\r"]))
            while marker not in screen.split(command, 1)[-1] and time.monotonic() < deadline:
                kind, *data = json.loads(ws.recv())
                if kind == "stdout":
                    screen += data[0]
        finally:
            ws.close()
            self.server_api("DELETE", f"api/terminals/{name}")
        return screen

    # ------------------------------------------------------------------ kernels
    def start_kernel(self, notebook_path: str) -> tuple[str, str]:
        """A session for the notebook (kernel in its folder); returns (session id, kernel id)."""
        reply = self.server_api("POST", "api/sessions", timeout=120, json={
            "path": notebook_path, "name": notebook_path.rsplit("/", 1)[-1], "type": "notebook",
            "kernel": {"name": "python3"}}).json()
        return reply["id"], reply["kernel"]["id"]

    def stop_session(self, session_id: str) -> None:
        self.server_api("DELETE", f"api/sessions/{session_id}")

    def run_cells(self, kernel_id: str, sources: list[str], cell_limit: float = 300,
                  stop_on_error: bool = True) -> list[CellRun]:
        """Execute code in the kernel over its websocket, as JupyterLab does."""
        ws_url = self.url(f"api/kernels/{kernel_id}/channels").replace("http", "ws", 1)
        ws = websocket.create_connection(f"{ws_url}?session_id={uuid.uuid4().hex}",
                                         header=[f"Authorization: token {self.token}"],
                                         timeout=cell_limit)
        runs = []
        try:
            for source in sources:
                run = _execute(ws, source, cell_limit)
                runs.append(run)
                if run.error and stop_on_error:
                    break
        finally:
            ws.close()
        return runs


def _message(code: str) -> dict:
    msg_id = uuid.uuid4().hex
    return {"header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "",
                       "session": uuid.uuid4().hex, "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True,
                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}


def _output(msg: dict) -> dict | None:
    """The nbformat output of one iopub message (None for status and the like)."""
    kind, content = msg["msg_type"], msg["content"]
    if kind == "stream":
        return {"output_type": "stream", "name": content["name"], "text": content["text"]}
    if kind in ("display_data", "execute_result"):
        out = {"output_type": kind, "data": content["data"], "metadata": content["metadata"]}
        if kind == "execute_result":
            out["execution_count"] = content["execution_count"]
        return out
    if kind == "error":
        return {"output_type": "error", "ename": content["ename"], "evalue": content["evalue"],
                "traceback": content["traceback"]}
    return None


def _execute(ws, code: str, limit: float) -> CellRun:
    request = _message(code)
    msg_id = request["header"]["msg_id"]
    ws.send(json.dumps(request))
    run, idle, replied = CellRun(), False, False
    deadline = time.monotonic() + limit
    while not (idle and replied):
        if time.monotonic() > deadline:
            raise HubError(f"sel tidak selesai dalam {limit:.0f} detik")
        msg = json.loads(ws.recv())
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        if msg["channel"] == "shell" and msg["msg_type"] == "execute_reply":
            replied = True
            if msg["content"]["status"] == "error":
                run.error = msg["content"].get("ename", "error")
        elif msg["channel"] == "iopub":
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                idle = True
            elif (out := _output(msg)) is not None:
                run.outputs.append(out)
    return run
