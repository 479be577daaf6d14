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


def test_wheel_carries_each_part_with_its_data_and_entry_points(wheel):
    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())
    for required in ["humas_ai/classroom/quizzes/00.json", "humas_ai/templates/feedback.html",
                     "humas_ai/model_sentimen/model.json", "humas_ai/trainer/grading/warm.py",
                     "humas_ai/classroom/start.py"]:
        assert required in names
    entry_points = next(name for name in names if name.endswith(".dist-info/entry_points.txt"))
    declared = archive.read(entry_points).decode()
    assert "humas-ai = humas_ai.trainer.cli:main" in declared
    assert "humas-ai-warm = humas_ai.trainer.grading.warm:WarmProvisioner" in declared


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
        "from humas_ai.classroom.quiz import read_bank\n"
        "print(len(read_bank('00')) > 0)\n"
    )
    result = subprocess.run(
        [python, "-c", script], cwd=tmp_path, check=True, capture_output=True, text=True
    )
    location, cleaned, lexicon_ok, dataset_ok, quiz_ok = result.stdout.split("\n")[:5]
    assert location.startswith(str(env_dir))
    assert cleaned == "layan tidak rumit sangat"
    assert lexicon_ok == dataset_ok == quiz_ok == "True"
