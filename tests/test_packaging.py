"""The built wheel carries the lexicons and data, and works outside the repository."""

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(target), str(ROOT)],
        check=True,
    )
    return next(target.glob("humas_ai-*.whl"))


def test_wheel_contains_lexicons_and_datasets(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ["kamus_slang.csv", "stopwords_tambahan.txt", "komentar_publik.csv"]:
        assert f"humas_ai/_datasets/{required}" in names
    assert not any("/sumber/" in name or "/build/" in name for name in names)


def test_installed_wheel_works_outside_the_repository(wheel, tmp_path):
    env_dir = tmp_path / "peserta-venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    # Reuse the already installed dependencies (not the editable humas_ai) to stay offline.
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([python, "-m", "pip", "install", "--no-deps", "-q", str(wheel)], check=True)
    script = (
        "import humas_ai, humas_ai.text as t, humas_ai.data as d\n"
        "print(humas_ai.__file__)\n"
        "print(t.preprocess('Pelayanan gak ribet bgt'))\n"
        "print(len(d.load_dataset('kamus_slang')) >= 400)\n"
        "print(len(d.load_dataset('komentar_publik')) > 0)\n"
    )
    result = subprocess.run(
        [python, "-c", script], cwd=tmp_path, check=True, capture_output=True, text=True
    )
    location, cleaned, lexicon_ok, dataset_ok = result.stdout.split("\n")[:4]
    assert location.startswith(str(env_dir))
    assert cleaned == "layan tidak rumit sangat"
    assert lexicon_ok == dataset_ok == "True"
