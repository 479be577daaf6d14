"""A throwaway class on the one-machine class server, for tests/test_hub.py and bench/hub.py.

Installs (through tools/hub/server_kelas.py, cached), creates the class with throwaway Linux
users, runs the hub on free loopback ports, and removes everything again: the hub and its
servers, every process of the throwaway users (by pid), the users with their homes and
groups, and the class folder.  Also: module 00 answered as a participant who got every
exercise right, and running it in a kernel of the participant's server.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests
from hub_client import HubError, Participant

ROOT = Path(__file__).resolve().parents[2]
SETUP = ROOT / "tools" / "hub" / "server_kelas.py"
# Software shared by runs; world-readable because the participants run it.
SOFTWARE = Path(os.environ.get("KELAS_HUB_UJI", "/var/tmp/kelas-ai-humas-uji")) / "opt"
MODULE = "00-pengenalan"
NOTEBOOK = f"{MODULE}/{MODULE}.ipynb"
PASSWORD = "sandi-uji-kelas"


@dataclass
class Hub:
    """A running class: its URL, folders, users and the logged-in clients."""

    base: str
    kelas: Path
    trainer: str
    participants: list[str]
    log: Path
    process: subprocess.Popen | None = None
    sessions: dict = field(default_factory=dict)

    @property
    def exchange(self) -> Path:
        return self.kelas / "exchange"

    @property
    def inbound(self) -> Path:
        return self.exchange / "kelas-ai-humas" / "inbound"

    def course(self) -> Path:
        return Path(pwd.getpwnam(self.trainer).pw_dir) / "kelas-ai-humas"

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def user_processes(name: str) -> list:
    import psutil

    try:
        uid = pwd.getpwnam(name).pw_uid
    except KeyError:
        return []
    return [p for p in psutil.process_iter(["uids"]) if p.info["uids"]
            and p.info["uids"].real == uid]


def delete_user(name: str) -> None:
    """Kill the user's processes (by pid), then delete the user with home and group."""
    import psutil

    try:
        pwd.getpwnam(name)
    except KeyError:
        return
    for _ in range(3):
        procs = user_processes(name)
        if not procs:
            break
        for proc in procs:
            with contextlib.suppress(psutil.NoSuchProcess):
                proc.kill()
        psutil.wait_procs(procs, timeout=10)
    subprocess.run(["userdel", "--remove", name], capture_output=True)


def write_roster(path: Path, participants: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["kode", "nama", "instansi"])
        writer.writerows([[p.upper(), f"Peserta Uji {p.upper()}", "Uji"] for p in participants])


def stop_process(process: subprocess.Popen) -> None:
    """Stop the hub's process group (the hub stops the proxy and the servers it started)."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def _wait_for_hub(base: str, process: subprocess.Popen, log: Path) -> None:
    for _ in range(120):
        if process.poll() is not None:
            raise HubError(f"hub berhenti saat mulai:\n{log.read_text(errors='replace')[-3000:]}")
        with contextlib.suppress(requests.ConnectionError):
            if requests.get(f"{base}/hub/api", timeout=2).ok:
                return
        time.sleep(0.5)
    raise HubError(f"hub tidak menjawab dalam 60 detik:\n{log.read_text(errors='replace')[-3000:]}")


@contextlib.contextmanager
def running_class(tag: str, participants: int, extra_setup: list[str] = ()):
    """Install (cached), set up a class of throwaway users named after ``tag``, run the hub.

    Yields a Hub; on exit removes the hub, the users (homes, processes) and the class folder,
    also when the setup failed half-way.
    """
    trainer = f"{tag}pel"
    names = [f"{tag}{i:02d}" for i in range(1, participants + 1)]
    kelas = Path(tempfile.mkdtemp(prefix="kelas-hub-uji-", dir="/var/tmp"))
    os.chmod(kelas, 0o755)
    roster = kelas / "roster.csv"
    write_roster(roster, names)
    ports = [free_port() for _ in range(3)]
    hub = None
    for name in [trainer, *names]:  # leftovers of a run that was killed
        delete_user(name)
    try:
        setup = subprocess.run(
            [sys.executable, str(SETUP), "pasang", "--prefix", str(SOFTWARE), "--kelas",
             str(kelas), "--roster", str(roster), "--pelatih", trainer, "--port", str(ports[0]),
             "--hub-port", str(ports[1]), "--proxy-api-port", str(ports[2]), *extra_setup],
            capture_output=True, text=True, timeout=1200)
        if setup.returncode != 0:
            raise HubError(f"pemasangan gagal:\n{setup.stdout}\n{setup.stderr}")
        log = kelas / "hub.log"
        with log.open("w") as out:
            process = subprocess.Popen([sys.executable, str(SETUP), "jalankan", "--kelas",
                                        str(kelas)], stdout=out, stderr=subprocess.STDOUT,
                                       start_new_session=True)
        hub = Hub(f"http://127.0.0.1:{ports[0]}", kelas, trainer, names, log, process)
        _wait_for_hub(hub.base, process, log)
        yield hub
    finally:
        if hub is not None and hub.process is not None:
            stop_process(hub.process)
        for name in [trainer, *names]:
            delete_user(name)
        shutil.rmtree(kelas, ignore_errors=True)


# ---------------------------------------------------------------------------- module 00
def source(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def solutions() -> dict[str, str]:
    """The answer of every solution cell of module 00 (a participant who got them right)."""
    notebook = json.loads((ROOT / "solutions" / MODULE / f"{MODULE}.ipynb").read_text("utf-8"))
    answers = {}
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution") and cell["cell_type"] == "code":
            answers[meta["grade_id"]] = "\n".join(
                line for line in source(cell).splitlines()
                if "BEGIN SOLUTION" not in line and "END SOLUTION" not in line)
    return answers


def set_code(notebook: dict, code: str) -> dict:
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code" and source(cell).startswith("KODE_PESERTA"):
            cell["source"] = f'KODE_PESERTA = "{code}"'
    return notebook


def answer(notebook: dict, code: str) -> dict:
    """The fetched notebook with the participant's code and answers typed in."""
    answers = solutions()
    for cell in notebook["cells"]:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell["source"] = answers[grade_id]
    return set_code(notebook, code)


def unanswer(notebook: dict) -> dict:
    """Every answer cell back to the stub (a copy that would score nothing)."""
    answers = solutions()
    for cell in notebook["cells"]:
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") in answers:
            cell["source"], cell["outputs"] = "raise NotImplementedError()", []
    return notebook


def run_notebook(user: Participant, notebook: dict, cell_limit: float = 300) -> list[str]:
    """Run every code cell in a kernel of the user's server, keep the outputs; the errors."""
    session, kernel = user.start_kernel(NOTEBOOK)
    cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    try:
        runs = user.run_cells(kernel, [source(c) for c in cells], cell_limit=cell_limit,
                              stop_on_error=False)
    finally:
        user.stop_session(session)
    for number, (cell, run) in enumerate(zip(cells, runs, strict=True), start=1):
        cell["outputs"], cell["execution_count"] = run.outputs, number
    return [f"{source(c)[:60]!r}: {r.error}" for c, r in zip(cells, runs, strict=True)
            if r.error]


def shell(user: Participant, code: str, limit: float = 600) -> tuple[str, str | None]:
    """Run Python in a fresh kernel of the user's own server (as in their terminal)."""
    reply = user.server_api("POST", "api/kernels", json={"name": "python3"}).json()
    try:
        runs = user.run_cells(reply["id"], [code], cell_limit=limit)
    finally:
        user.server_api("DELETE", f"api/kernels/{reply['id']}")
    text = "".join(o.get("text", "") or "\n".join(o.get("traceback", []))
                   for o in runs[0].outputs)
    return text, runs[0].error


def command(user: Participant, args: list[str], cwd: str = "~") -> tuple[int, str]:
    """A command run by the user inside their server (the JupyterLab terminal's equivalent)."""
    code = ("import os, subprocess\n"
            f"done = subprocess.run({args!r}, cwd=os.path.expanduser({cwd!r}),\n"
            "                      capture_output=True, text=True)\n"
            "print(done.returncode)\nprint(done.stdout)\nprint(done.stderr)\n")
    text, error = shell(user, code)
    if error:
        raise HubError(f"{' '.join(args)}: {error}\n{text}")
    first, _, rest = text.partition("\n")
    return int(first), rest


def login(hub: Hub, name: str, limit: float = 240) -> Participant:
    """Log the user in and have their server ready (once per user)."""
    if name not in hub.sessions:
        user = Participant(hub.base, name)
        user.login(PASSWORD)
        user.start_server()
        user.wait_ready(limit)
        hub.sessions[name] = user
    return hub.sessions[name]


def release(hub: Hub) -> tuple[int, str]:
    """The trainer makes module 00 from solutions/ and releases it, in their own server."""
    trainer = login(hub, hub.trainer)
    code, out = command(trainer, ["nbgrader", "generate_assignment", MODULE, "--force",
                                  "--no-db"], "~/kelas-ai-humas/grader")
    if code != 0:
        return code, out
    return command(trainer, ["nbgrader", "release_assignment", MODULE], "~/kelas-ai-humas/grader")
