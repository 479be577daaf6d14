"""The assumptions humas_ai.trainer.grading.nbgrader_adapter makes about nbgrader and
jupyter_client.

Each test names one assumption; when an nbgrader or jupyter_client release breaks it, the
test fails here, by name, instead of grading going quietly wrong (DEVELOPING.md, upgrade
checklist)."""

import inspect
import json
from pathlib import Path

import nbformat
import pytest
from traitlets import List, Unicode
from traitlets.config import Config

from humas_ai.trainer.grading import nbgrader_adapter as adapter
from humas_ai.trainer.grading.feedback import hidden_descriptions


def test_hidden_test_delimiters_are_configurable_unicode_traits_of_clear_hidden_tests():
    from nbgrader.preprocessors import ClearHiddenTests

    for name in ("begin_test_delimeter", "end_test_delimeter"):
        trait = ClearHiddenTests.class_traits()[name]
        assert isinstance(trait, Unicode) and trait.metadata.get("config") is True, name
    assert adapter.hidden_test_delimiters() == ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
    config = Config()
    config.ClearHiddenTests.begin_test_delimeter = "MULAI TES RAHASIA"
    assert adapter.hidden_test_delimiters(config)[0] == "MULAI TES RAHASIA"


def test_feedback_reads_the_hidden_check_description_after_the_configured_delimiter(tmp_path):
    source = "x = 1\n### MULAI TES RAHASIA\n# hasilnya tepat 1\nassert x == 1\n### SELESAI\n"
    cell = nbformat.v4.new_code_cell(source, metadata={"nbgrader": {"grade_id": "a"}})
    path = tmp_path / "m.ipynb"
    path.write_text(json.dumps(nbformat.v4.new_notebook(cells=[cell])), encoding="utf-8")
    assert hidden_descriptions(path) == {}  # nbgrader's default delimiter is not there
    config = Config()
    config.ClearHiddenTests.begin_test_delimeter = "MULAI TES RAHASIA"
    assert hidden_descriptions(path, config) == {"a": "hasilnya tepat 1"}


def test_limit_output_appends_the_marker_the_kit_looks_for():
    from nbgrader.preprocessors import LimitOutput

    cell = nbformat.v4.new_code_cell("for i in range(50): print(i)")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout",
                                           text="\n".join(map(str, range(50))))]
    limited, _ = LimitOutput(max_lines=10).preprocess_cell(cell, {}, 0)
    assert adapter.TRUNCATED in limited.outputs[0]["text"]


def test_autograde_steps_are_configurable_lists_of_classes_with_the_grade_writers_in_them():
    from nbgrader.converters import Autograde
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        ClearHiddenTests,
        Execute,
        LimitOutput,
        SaveAutoGrades,
    )

    for name in ("sanitize_preprocessors", "autograde_preprocessors"):
        trait = Autograde.class_traits()[name]
        assert isinstance(trait, List) and trait.metadata.get("config") is True, name
    default = adapter.default_autograde_steps()
    assert all(isinstance(step, type) for step in default)
    assert {Execute, LimitOutput, SaveAutoGrades, AssignLatePenalties} <= set(default)
    assert adapter.limit_output_step() is LimitOutput
    sanitize, autograde = adapter.configured_steps(Config())
    assert autograde == default and sanitize
    assert [step for step in default if adapter.writes_grades(step)] == [SaveAutoGrades,
                                                                          AssignLatePenalties]

    class OwnSave(SaveAutoGrades):  # same class, another name: still writes grades
        pass

    assert adapter.writes_grades(OwnSave) and not adapter.writes_grades(ClearHiddenTests)
    assert not adapter.writes_grades("SaveAutoGrades")


def test_the_converter_builds_the_resources_the_kit_builds():
    from nbgrader.converters.base import BaseConverter

    code = inspect.getsource(BaseConverter.init_single_notebook_resources)
    ours = adapter.converter_resources("m", "P01", Path("x"), "sqlite://")
    for key in ("unique_key", "output_files_dir"):
        assert f"resources['{key}']" in code, key
    for key in ours["nbgrader"]:
        assert f"resources['nbgrader']['{key}']" in code, key
    assert ours["output_files_dir"] == "m_files" and "'%s_files'" in code


def test_gradebook_creates_its_engine_through_the_module_level_create_engine():
    from nbgrader import api

    assert callable(api.create_engine)
    assert "create_engine(" in inspect.getsource(api.Gradebook.__init__)


def test_the_gradebook_url_comes_from_course_directory():
    config = Config()
    config.CourseDirectory.db_url = "sqlite:////tmp/buku-nilai.db"
    assert adapter.course_db_url(config) == "sqlite:////tmp/buku-nilai.db"


def test_local_provisioner_keeps_its_process_in_the_attributes_the_kit_sets():
    from jupyter_client.provisioning import LocalProvisioner

    for name in ("process", "pid", "pgid", "cwd"):
        assert hasattr(LocalProvisioner, name), name
    launch = inspect.getsource(LocalProvisioner.launch_kernel)
    for name in ("self.process", "self.pid", "self.pgid", "self.cwd", "self.connection_info"):
        assert name in launch, name
    assert inspect.iscoroutinefunction(LocalProvisioner.launch_kernel)

    class Process:
        pid = 4321

    provisioner = LocalProvisioner.__new__(LocalProvisioner)
    adapter.adopt_process(provisioner, Process(), "/tmp")
    assert (provisioner.pid, provisioner.pgid, provisioner.cwd) == (4321, 4321, "/tmp")


def test_load_config_reads_an_nbgrader_config_file(tmp_path):
    path = tmp_path / "nbgrader_config.py"
    path.write_text("c = get_config()\nc.ClearHiddenTests.end_test_delimeter = 'AKHIR'\n",
                    encoding="utf-8")
    assert adapter.hidden_test_delimiters(adapter.load_config(path))[1] == "AKHIR"


@pytest.mark.parametrize("name", ["compute_checksum", "parse_utc", "find_all_files"])
def test_nbgrader_utils_the_kit_calls_exist(name):
    from nbgrader import utils

    assert callable(getattr(utils, name))


def test_the_kit_s_folder_defaults_are_nbgrader_s_directory_structure_and_the_repo_config():
    from nbgrader.coursedir import CourseDirectory

    assert CourseDirectory.class_traits()["directory_structure"].default() == (
        adapter.DIRECTORY_STRUCTURE)
    root = Path(__file__).resolve().parents[1]
    nbgrader = CourseDirectory(config=adapter.load_config(root / "grader" / "nbgrader_config.py"))
    layout = adapter.course_layout(root / "grader" / "nbgrader_config.py")
    assert layout.db_url == nbgrader.db_url
    for step, folder in adapter.KIT_FOLDERS.items():
        assert getattr(nbgrader, f"{step}_directory") == folder == layout.folders[step]
        assert layout.notebook(step, "m", "P01").parent == Path(
            nbgrader.format_path(folder, "P01", "m"))


# ------------------------------------------------------------------ the exchange
def test_submit_names_its_inbound_folder_the_way_the_kit_and_collect_read_it(tmp_path):
    """``nbgrader submit`` puts a submission in ``<root>/<course>/inbound/`` under
    ``<student>+<assignment>+<timestamp>+<random>`` with timestamp.txt and the submission
    secret beside the notebook; the kit reads the name as nbgrader's collect does."""
    from nbgrader.exchange.default import ExchangeCollect

    from tests import exchange_cases as ex
    from tests import grading_cases as cases

    exchange = ex.new_exchange(tmp_path / "exchange")
    folder = ex.submit(exchange, ex.home(tmp_path, "p01"), cases.untouched(), "p01")
    assert folder.parent == exchange.inbound
    assert {adapter.TIMESTAMP_FILE, adapter.SECRET_FILE, f"{cases.MODULE}.ipynb"} <= {
        path.name for path in folder.iterdir()}
    name = adapter.submission_name(folder.name)
    record = ExchangeCollect._path_to_record(ExchangeCollect(), str(folder))
    assert (name.student, name.assignment) == (record["username"], cases.MODULE) == (
        "p01", cases.MODULE)
    assert adapter.parse_timestamp(name.timestamp) == record["timestamp"]
    assert name.timestamp == (folder / adapter.TIMESTAMP_FILE).read_text()
    assert adapter.submission_name("a+b") is None
    with pytest.raises(ValueError):
        adapter.parse_timestamp("bukan waktu")


def test_fetch_feedback_finds_a_page_under_the_name_the_kit_gives_it(tmp_path):
    from tests import exchange_cases as ex
    from tests import grading_cases as cases

    exchange = ex.new_exchange(tmp_path / "exchange")
    user = ex.home(tmp_path, "p01")
    folder = ex.submit(exchange, user, cases.untouched(), "p01")
    secret = (folder / adapter.SECRET_FILE).read_text()
    exchange.feedback.mkdir()
    (exchange.feedback / adapter.feedback_file_name(secret, cases.MODULE)).write_text("ok")
    (fetched,) = ex.fetch_feedback(exchange, user, "p01")
    assert fetched.read_text() == "ok" and fetched.name == f"{cases.MODULE}.html"


def test_the_course_id_is_read_from_the_course_config():
    root = Path(__file__).resolve().parents[1]
    assert adapter.course_id(root / "grader" / "nbgrader_config.py") == "kelas-ai-humas"
