"""The Zero to JupyterHub values file (deploy/z2jh/) checked offline against the chart 4.4.0.

The chart's defaults and schema live in ../shared/reference/z2jh-4.4.0/ beside the clone (CI has
it).  When that folder is missing these tests fail with a message: they never skip.
"""

import importlib.util
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest
import yaml
from traitlets.config import Config

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy" / "z2jh"
VALUES = DEPLOY / "values.yaml"
TOOL = ROOT / "tools" / "check_z2jh_values.py"


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


checker = load_module("check_z2jh_values", TOOL)
MIB = 1024 * 1024
IDLE_SERVER_MIB, KERNEL_MAX_MIB = 125, 250  # measured in issue 20


@pytest.fixture(scope="module")
def chart():
    if not (checker.CHART / "values.schema.yaml").is_file():
        pytest.fail(
            f"Chart reference missing: {checker.CHART} must hold z2jh 4.4.0's values.yaml and "
            "values.schema.yaml (shared/ beside the repository, as in CI)."
        )
    return checker.CHART


@pytest.fixture(scope="module")
def values():
    return yaml.safe_load(VALUES.read_text(encoding="utf-8"))


def run(*args):
    return subprocess.run(
        [sys.executable, str(TOOL), *map(str, args)], capture_output=True, text=True, cwd=ROOT
    )


def broken_copy(tmp_path, change):
    data = yaml.safe_load(VALUES.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "values.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_shipped_values_validate_against_the_chart(chart):
    result = run(VALUES)
    assert result.returncode == 0, result.stderr
    assert "OK:" in result.stdout


def test_values_with_a_generated_allow_list_validate(chart, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("kode,nama,instansi\nP01,Ani,Diskominfo\nP02,,\nP10,Budi,\n", "utf-8")
    overlay = tmp_path / "peserta.yaml"
    result = run("--roster", roster, "--output", overlay, VALUES, overlay)
    assert result.returncode == 0, result.stderr
    merged = checker.helm_merge(
        checker.helm_merge(checker.chart_files(chart)[0], checker.load_yaml(VALUES)),
        checker.load_yaml(overlay),
    )
    auth = merged["hub"]["config"]["Authenticator"]
    assert auth["allowed_users"] == ["p01", "p02", "p10"]
    assert auth["admin_users"] == ["pelatih"]  # the overlay merges, it does not replace


def test_misspelled_key_is_rejected(chart, tmp_path):
    def misspell(data):
        data["singleuser"]["memroy"] = data["singleuser"].pop("memory")

    result = run(broken_copy(tmp_path, misspell))
    assert result.returncode == 1
    assert "memroy" in result.stderr and "GAGAL" in result.stderr


def test_wrong_type_is_rejected(chart, tmp_path):
    def wrong_type(data):
        data["cull"]["timeout"] = "sembilan puluh menit"

    result = run(broken_copy(tmp_path, wrong_type))
    assert result.returncode == 1
    assert "cull.timeout" in result.stderr


def test_extra_config_syntax_error_is_rejected(chart, tmp_path):
    def break_python(data):
        data["hub"]["extraConfig"]["20-rusak.py"] = "def hook(spawner)\n    return spawner\n"

    result = run(broken_copy(tmp_path, break_python))
    assert result.returncode == 1
    assert "hub.extraConfig.20-rusak.py" in result.stderr and "baris 1" in result.stderr


def test_missing_chart_reference_is_a_clear_error(tmp_path):
    result = run("--chart", tmp_path / "tidak-ada", VALUES)
    assert result.returncode == 2
    assert "Rujukan chart z2jh 4.4.0 tidak ditemukan" in result.stderr


def test_merge_works_like_helm():
    base = {"a": {"b": 1, "c": [1, 2]}, "d": "x", "e": 5}
    merged = checker.helm_merge(base, {"a": {"c": [3], "f": 2}, "e": None})
    assert merged == {"a": {"b": 1, "c": [3], "f": 2}, "d": "x"}
    assert base["a"]["c"] == [1, 2]  # the defaults are not changed


def test_roster_problems_are_explained(tmp_path):
    duplicate = tmp_path / "ganda.csv"
    duplicate.write_text("kode,nama\nP01,A\np01,B\n", "utf-8")
    with pytest.raises(checker.CheckError, match="lebih dari sekali"):
        checker.roster_usernames(duplicate)
    spaces = tmp_path / "spasi.csv"
    spaces.write_text("kode,nama\nP 01,A\n", "utf-8")
    with pytest.raises(checker.CheckError, match="Baris 2"):
        checker.roster_usernames(spaces)
    no_column = tmp_path / "tanpa-kode.csv"
    no_column.write_text("nama\nA\n", "utf-8")
    with pytest.raises(checker.CheckError, match="kolom 'kode'"):
        checker.roster_usernames(no_column)


def bytes_of(quantity):
    """Bytes of a KubeSpawner memory value: JupyterHub's K/M/G/T are powers of 1024."""
    text = str(quantity)
    factors = {"K": 1024, "M": MIB, "G": 1024 * MIB, "T": 1024 * 1024 * MIB}
    if text[-1] in factors:
        return float(text[:-1]) * factors[text[-1]]
    return float(text)


def test_memory_follows_the_measured_figures(values):
    memory = values["singleuser"]["memory"]
    # One idle server and the largest module kernel fit in the guarantee ...
    assert bytes_of(memory["guarantee"]) >= (IDLE_SERVER_MIB + KERNEL_MAX_MIB) * MIB
    # ... and two kernels plus nbgrader's validation kernel fit under the limit.
    assert bytes_of(memory["limit"]) >= (IDLE_SERVER_MIB + 3 * KERNEL_MAX_MIB) * MIB
    assert values["singleuser"]["cpu"]["guarantee"] <= values["singleuser"]["cpu"]["limit"]


def test_a_class_logging_in_at_once_is_provided_for(values):
    assert values["hub"]["config"]["KubeSpawner"]["http_timeout"] >= 240  # measured
    assert (
        values["singleuser"]["startTimeout"]
        > values["hub"]["config"]["KubeSpawner"]["http_timeout"]
    )
    assert values["hub"]["activeServerLimit"] >= 300
    scheduling = values["scheduling"]
    assert scheduling["userScheduler"]["enabled"] and scheduling["userPlaceholder"]["enabled"]
    assert scheduling["podPriority"]["enabled"]  # placeholders are only evicted with priorities
    assert values["prePuller"]["hook"]["enabled"] and values["prePuller"]["continuous"]["enabled"]
    assert values["cull"]["enabled"] and values["cull"]["timeout"] > 3600  # survives lunch


def test_trainer_hook_gives_admins_more_and_participants_nothing_extra(values):
    c = Config()
    exec(compile(values["hub"]["extraConfig"]["10-pelatih.py"], "10-pelatih.py", "exec"), {"c": c})
    hook = c.KubeSpawner.pre_spawn_hook
    trainer = types.SimpleNamespace(user=types.SimpleNamespace(admin=True), mem_limit=None)
    participant = types.SimpleNamespace(user=types.SimpleNamespace(admin=False), mem_limit=None)
    hook(trainer)
    hook(participant)
    assert bytes_of(trainer.mem_limit) > bytes_of(values["singleuser"]["memory"]["limit"])
    assert participant.mem_limit is None


def test_participant_config_has_assignments_but_no_trainer_tools(tmp_path):
    peserta_kelas = load_module("peserta_kelas", DEPLOY / "peserta_kelas.py")
    peserta_kelas.write(tmp_path)
    server = json.loads((tmp_path / "jupyter_server_config.json").read_text("utf-8"))
    page = json.loads((tmp_path / "labconfig" / "page_config.json").read_text("utf-8"))
    extensions = server["ServerApp"]["jpserver_extensions"]
    assert extensions["nbgrader.server_extensions.assignment_list"] is True
    assert extensions["nbgrader.server_extensions.formgrader"] is False
    assert server["LabApp"]["news_url"] is None  # the laptop configuration is kept
    disabled = page["disabledExtensions"]
    assert disabled["@jupyter/nbgrader"] is False
    assert disabled["@jupyter/nbgrader:formgrader"] is True
    assert disabled["@jupyter/nbgrader:create-assignment"] is True
    assert "@jupyter/nbgrader:assignment-list" not in disabled
    assert (tmp_path / "nbgrader_config.py").is_file()


def test_nbgrader_config_points_at_ngshare_from_the_values(values, monkeypatch):
    calls = []
    fake = types.ModuleType("ngshare_exchange")
    fake.configureExchange = lambda config, url: calls.append(url)
    monkeypatch.setitem(sys.modules, "ngshare_exchange", fake)
    for name, value in values["singleuser"]["extraEnv"].items():
        monkeypatch.setenv(name, value)
    c = Config()
    source = (DEPLOY / "nbgrader_config.py").read_text("utf-8")
    exec(compile(source, "nbgrader_config.py", "exec"), {"get_config": lambda: c})
    assert calls == [values["singleuser"]["extraEnv"]["NGSHARE_URL"]]
    assert c.CourseDirectory.course_id == values["singleuser"]["extraEnv"]["HUMAS_AI_KURSUS"]
    assert values["hub"]["services"]["ngshare"]["url"] in calls[0]


def test_image_recipe_matches_the_chart_and_keeps_answer_keys_out():
    recipe = (DEPLOY / "Dockerfile").read_text("utf-8")
    assert "ARG BASE_IMAGE=quay.io/jupyter/" in recipe and ":hub-5." in recipe
    assert '"jupyterhub>=5,<6"' in recipe
    assert "--no-deps ngshare_exchange" in recipe
    assert "peserta_kelas.py" in recipe and "JUPYTER_CONFIG_PATH" in recipe
    ignored = (DEPLOY / "Dockerfile.dockerignore").read_text("utf-8").split()
    assert "solutions" in ignored and ".venv" in ignored
