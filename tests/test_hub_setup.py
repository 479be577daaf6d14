"""The class server's setup script, piece by piece (fast; tests/test_hub.py runs it whole)."""

from __future__ import annotations

import ast
import dataclasses
import importlib.util
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import ROOT

DEPLOY = ROOT / "deploy" / "hub"


def _load_setup():
    spec = importlib.util.spec_from_file_location("server_kelas",
                                                  ROOT / "tools" / "hub" / "server_kelas.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


setup = _load_setup()


def _settings(tmp_path, **changes):
    return setup.Settings(prefix=str(tmp_path / "opt"), kelas=str(tmp_path / "kelas"),
                          trainers=["pelatih"], **changes)


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_roster_codes_become_lower_case_user_names(tmp_path, separator):
    roster = tmp_path / "roster.csv"
    rows = ["kode,nama,instansi", "P01,Ani,Diskominfo", "p02,,", ",Tanpa kode,", "P01,lagi,"]
    roster.write_text("\ufeff" + "\n".join(r.replace(",", separator) for r in rows) + "\n",
                      encoding="utf-8")
    assert setup.read_roster(roster) == ["p01", "p02"]


@pytest.mark.parametrize("bad", ["P-01", "01P", "p 1", "pé"])
def test_roster_codes_that_cannot_be_user_names_are_refused_in_indonesian(tmp_path, bad):
    roster = tmp_path / "roster.csv"
    roster.write_text(f"kode,nama\n{bad},x\n", encoding="utf-8")
    with pytest.raises(setup.SetupError, match="tidak dapat dipakai sebagai nama pengguna"):
        setup.read_roster(roster)


def test_missing_roster_says_how_to_make_one(tmp_path):
    with pytest.raises(setup.SetupError, match="roster_template.csv"):
        setup.read_roster(tmp_path / "roster.csv")


def test_trainer_names_are_checked():
    args = SimpleNamespace(pelatih="Pelatih, asisten2", prefix="/opt/x", kelas="/srv/x",
                           ip="127.0.0.1", port=8000, hub_port=8081, proxy_api_port=8001,
                           mulai_bersamaan=60)
    assert setup.settings_from(args).trainers == ["pelatih", "asisten2"]
    with pytest.raises(setup.SetupError, match="--pelatih"):
        setup.settings_from(SimpleNamespace(**{**vars(args), "pelatih": "pel-atih"}))


def test_participants_get_assignments_and_trainers_get_formgrader(tmp_path):
    settings = _settings(tmp_path)
    setup.write_lab_configs(settings)
    peserta = json.loads((settings.etc / "peserta" / "jupyter_server_config.json").read_text())
    page = json.loads((settings.etc / "peserta" / "labconfig" / "page_config.json").read_text())
    extensions = peserta["ServerApp"]["jpserver_extensions"]
    assert extensions["nbgrader.server_extensions.assignment_list"] is True
    assert extensions["nbgrader.server_extensions.formgrader"] is False
    assert page["disabledExtensions"]["@jupyter/nbgrader:formgrader"] is True
    assert page["disabledExtensions"]["@jupyter/nbgrader:create-assignment"] is True
    assert page["disabledExtensions"]["@jupyter/nbgrader"] is False
    pelatih = json.loads((settings.etc / "pelatih" / "jupyter_server_config.json").read_text())
    assert pelatih["ServerApp"]["jpserver_extensions"][
        "nbgrader.server_extensions.formgrader"] is True
    assert pelatih["ServerApp"]["tornado_settings"]["headers"][
        "Content-Security-Policy"] == "frame-ancestors 'self'"


def test_class_nbgrader_config_points_at_the_exchange(tmp_path):
    settings = _settings(tmp_path)
    setup.write_nbgrader_config(settings)
    from traitlets.config import Config

    namespace = {"get_config": lambda: namespace.setdefault("c", Config())}
    exec((settings.etc / "jupyter" / "nbgrader_config.py").read_text(), namespace)
    assert namespace["c"].Exchange.root == str(settings.exchange)
    assert namespace["c"].CourseDirectory.course_id == "kelas-ai-humas"


@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0, reason="chown needs root")
def test_exchange_has_nbgraders_permissions_and_belongs_to_the_trainer(tmp_path):
    settings = _settings(tmp_path)
    owner = SimpleNamespace(pw_uid=4242, pw_gid=4243)
    setup.make_exchange(settings, owner)
    setup.make_exchange(settings, owner)  # idempotent
    course = settings.exchange / "kelas-ai-humas"
    modes = {path.name: stat.S_IMODE(path.stat().st_mode)
             for path in [settings.exchange, course, *course.iterdir()]}
    assert modes == {"exchange": 0o1777, "kelas-ai-humas": 0o755, "outbound": 0o755,
                     "inbound": 0o1733, "feedback": 0o711}
    assert {p.stat().st_uid for p in [course, *course.iterdir()]} == {4242}


def test_hub_config_sets_what_a_whole_class_logging_in_needs():
    """Read without running (JupyterHub is not in the kit's environment)."""
    tree = ast.parse((DEPLOY / "jupyterhub_config.py").read_text(encoding="utf-8"))
    assigned = {ast.unparse(node.targets[0]): ast.unparse(node.value)
                for node in ast.walk(tree) if isinstance(node, ast.Assign)}
    assert assigned["c.Spawner.http_timeout"] == "S['http_timeout']"
    assert assigned["c.JupyterHub.concurrent_spawn_limit"] == "S['concurrent_spawn_limit']"
    assert "LocalFirstUseAuthenticator" in assigned["c.JupyterHub.authenticator_class"]
    assert "idle-culler" in assigned["c.JupyterHub.services"]
    assert "delete:servers" in assigned["c.JupyterHub.load_roles"]
    defaults = setup.Settings(prefix="/p", kelas="/k", trainers=["pelatih"])
    assert defaults.http_timeout >= 240 and defaults.ip == "127.0.0.1"


def test_locks_pin_jupyterhub_5_on_both_sides():
    def pins(path):
        return dict(line.split(";")[0].strip().split("==")
                    for line in path.read_text().splitlines()
                    if "==" in line and not line.startswith(("#", " ")))

    hub, single = pins(DEPLOY / "requirements.lock"), pins(DEPLOY / "singleuser.lock")
    assert hub["jupyterhub"].startswith("5.") and single["jupyterhub"] == hub["jupyterhub"]
    kit = pins(ROOT / "requirements.lock")
    for name in ("jupyterlab", "nbgrader", "notebook", "jupyter-server"):
        assert single[name] == kit[name], name
    package = json.loads((DEPLOY / "package.json").read_text())
    lock = json.loads((DEPLOY / "package-lock.json").read_text())
    proxy = package["dependencies"]["configurable-http-proxy"]
    assert lock["packages"]["node_modules/configurable-http-proxy"]["version"] == proxy


@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0, reason="useradd needs root")
def test_removing_a_class_deletes_its_accounts_homes_and_folder(tmp_path, monkeypatch):
    import pwd

    name = f"hs{os.getpid()}"
    subprocess.run(["userdel", "--remove", name], capture_output=True)
    subprocess.run([*setup.ADD_USER_CMD, name], check=True, capture_output=True)
    home = Path(pwd.getpwnam(name).pw_dir)
    settings = _settings(tmp_path, participants=[name])
    settings.trainers = [f"{name}x"]  # never created: skipped quietly
    setup.write_json(settings.etc / "hub" / "settings.json", dataclasses.asdict(settings))
    args = SimpleNamespace(kelas=settings.kelas, ya=False)
    try:
        setup.remove(args)  # without --ya: only says what it would delete
        assert home.is_dir() and settings.etc.is_dir()
        monkeypatch.setattr(setup, "running_processes", lambda uids: [1])
        with pytest.raises(setup.SetupError, match="Hentikan hub dulu"):
            setup.remove(SimpleNamespace(kelas=settings.kelas, ya=True))
        monkeypatch.undo()
        pid_file = settings.state / "jupyterhub.pid"
        pid_file.parent.mkdir(parents=True, exist_ok=True)
        pid_file.write_text(str(os.getpid()))  # a hub that is still running
        with pytest.raises(setup.SetupError, match="Hentikan hub dulu"):
            setup.remove(SimpleNamespace(kelas=settings.kelas, ya=True))
        pid_file.unlink()
        setup.remove(SimpleNamespace(kelas=settings.kelas, ya=True))
        with pytest.raises(KeyError):
            pwd.getpwnam(name)
        assert not home.exists() and not Path(settings.kelas).exists()
    finally:
        subprocess.run(["userdel", "--remove", name], capture_output=True)
