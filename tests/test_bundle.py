"""The offline bundle installs with no index and runs module 00.

Builds a Linux-only bundle (one pip download of ~200 MiB; the Windows and macOS
wheels are not fetched in tests to keep CI time and network small), installs it
into a fresh virtual environment with ``install.sh`` (``pip --no-index``, pip's
own configuration and find-links switched off), then executes module 00's
participant notebook there: only the exercise cells (tagged ``raises-exception``)
may fail.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.notebook_tools import offline_env

pytestmark = pytest.mark.slow
sys.path.insert(0, str(ROOT / "tools"))
import build_bundle  # noqa: E402

RUN_NOTEBOOK = """
import json, sys
import nbformat
from nbclient import NotebookClient
path = sys.argv[1]
nb = nbformat.read(path, as_version=4)
NotebookClient(nb, timeout=300, allow_errors=True, resources={"metadata": {"path": sys.argv[2]}}
               ).execute()
failed = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"
          and any(o.get("output_type") == "error" for o in c.get("outputs", []))]
tagged = [i for i, c in enumerate(nb.cells) if "raises-exception" in c.metadata.get("tags", [])]
print(json.dumps({"failed": failed, "tagged": tagged}))
"""


def _sealed_env() -> dict[str, str]:
    """No network, no pip configuration from this machine, no extra find-links."""
    env = offline_env()
    for name in list(env):
        if name.startswith("PIP_") and name != "PIP_NO_INDEX":
            del env[name]
    env["PIP_CONFIG_FILE"] = os.devnull
    env.pop("VIRTUAL_ENV", None)
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundel") / "kelas-ai-humas-bundle"
    book = tmp_path_factory.mktemp("buku")
    (book / "index.html").write_text("<h1>Kelas AI Humas</h1>", encoding="utf-8")
    build_bundle.build(out, ["linux"], book, ROOT / "requirements.lock")
    return out


def test_bundle_layout(bundle):
    for name in ["install.sh", "mulai.sh", "README.txt", "requirements-linux.txt",
                 "buku/index.html", "modules/00-pengenalan/00-pengenalan.ipynb"]:
        assert (bundle / name).is_file(), name
    assert not (bundle / "solutions").exists()
    summary = json.loads((bundle / "bundle.json").read_text())
    assert summary["kit_wheel"].startswith("humas_ai-")
    assert (bundle / "wheels" / "umum" / summary["kit_wheel"]).is_file()
    pins = (bundle / "requirements-linux.txt").read_text().split()
    assert "pywinpty" not in " ".join(pins) and "appnope" not in " ".join(pins)
    assert all("==" in pin and ";" not in pin for pin in pins)


def test_markers_are_resolved_for_the_target_platform():
    lock = ROOT / "requirements.lock"
    windows = " ".join(build_bundle.resolve_lock(lock, "windows"))
    macos = " ".join(build_bundle.resolve_lock(lock, "macos"))
    assert "colorama==" in windows and "pywinpty==" in windows and "pexpect" not in windows
    assert "appnope==" in macos and "colorama" not in macos


def test_bundle_installs_offline_and_runs_module_00(bundle, tmp_path):
    env = _sealed_env()
    env["PYTHON"] = sys.executable
    result = subprocess.run(["sh", str(bundle / "install.sh")], capture_output=True, text=True,
                            env=env, timeout=1200)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Pemasangan selesai" in result.stdout
    python = bundle / ".venv" / "bin" / "python"
    located = subprocess.run([python, "-c", "import humas_ai; print(humas_ai.__file__)"],
                             capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
    assert located.stdout.startswith(str(bundle / ".venv"))
    notebook = bundle / "modules" / "00-pengenalan" / "00-pengenalan.ipynb"
    run = subprocess.run([python, "-c", RUN_NOTEBOOK, notebook, notebook.parent],
                         capture_output=True, text=True, env=env, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    outcome = json.loads(run.stdout.strip().splitlines()[-1])
    assert outcome["failed"], "the unanswered exercises should fail"
    assert set(outcome["failed"]) <= set(outcome["tagged"])


def test_bundle_notebooks_are_the_release_not_a_used_modules_folder(tmp_path, monkeypatch):
    """A trainer who tried the exercises in modules/ does not ship their answers: the
    bundle's notebooks are released afresh from solutions/ (downloads are not the point
    here and are skipped)."""
    course = tmp_path / "kursus"
    shutil.copytree(ROOT / "solutions", course / "solutions",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints", "hasil", "kumpulkan"))
    shutil.copytree(ROOT / "lab-config", course / "lab-config")
    (course / "grader").mkdir()
    shutil.copy2(ROOT / "grader" / "nbgrader_config.py", course / "grader")
    used = course / "modules" / "00-pengenalan" / "00-pengenalan.ipynb"
    used.parent.mkdir(parents=True)
    notebook = json.loads((ROOT / "modules" / "00-pengenalan" / "00-pengenalan.ipynb")
                          .read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code" and "raise NotImplementedError()" in "".join(cell["source"]):
            cell["source"] = 'jawaban = "JAWABAN_PELATIH_P07"'
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "P07\n"}]
    used.write_text(json.dumps(notebook), encoding="utf-8")
    (used.parent / "kumpulkan").mkdir()

    monkeypatch.setattr(build_bundle, "ROOT", course)
    monkeypatch.setattr(build_bundle, "download",
                        lambda pins, platform, target: target.mkdir(parents=True) or [])
    monkeypatch.setattr(build_bundle, "build_kit_wheel", lambda target: _fake_wheel(target))
    out = tmp_path / "bundel"
    build_bundle.build(out, ["linux"], None, ROOT / "requirements.lock")

    shipped = sorted(p.relative_to(out / "modules").as_posix()
                     for p in (out / "modules").rglob("*.ipynb"))
    assert shipped == sorted(p.relative_to(ROOT / "modules").as_posix()
                             for p in (ROOT / "modules").glob("*/*.ipynb"))
    text = (out / "modules" / "00-pengenalan" / "00-pengenalan.ipynb").read_text(encoding="utf-8")
    assert "JAWABAN_PELATIH_P07" not in text and "raise NotImplementedError()" in text
    assert not list((out / "modules").rglob("kumpulkan"))


def _fake_wheel(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    wheel = target / "humas_ai-0-py3-none-any.whl"
    wheel.write_bytes(b"")
    return wheel
