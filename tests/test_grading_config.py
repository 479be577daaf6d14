"""humas_ai.trainer.grading.config: the nbgrader config of one grading job."""

import pytest

from humas_ai.trainer.grading.config import grading_config
from humas_ai.trainer.grading.job import Limits
from humas_ai.trainer.grading.limit import CapOutputSize


@pytest.fixture
def course_config(tmp_path):
    path = tmp_path / "nbgrader_config.py"
    path.write_text("c = get_config()\nc.CourseDirectory.course_id = 'kelas-uji'\n"
                    "c.Execute.timeout = 999\n", encoding="utf-8")
    return path


def test_the_kit_s_limits_win_over_the_course_file_and_the_course_settings_stay(course_config):
    limits = Limits(cell_timeout=7, output_lines=12, output_chars=345)
    config = grading_config(course_config, limits)
    assert config.CourseDirectory.course_id == "kelas-uji"
    assert config.Execute.timeout == 7
    assert config.Execute.allow_errors is True and config.Execute.interrupt_on_timeout is True
    assert config.LimitOutput.max_lines == 12
    assert config.CapOutputSize.max_chars == 345
    assert config.OverwriteCells.add_missing_cells is True


def test_the_size_cap_runs_once_right_after_nbgrader_s_output_limit(course_config):
    from nbgrader.preprocessors import LimitOutput

    chain = list(grading_config(course_config, Limits()).Autograde.autograde_preprocessors)
    assert chain.count(CapOutputSize) == 1
    assert chain.index(CapOutputSize) == chain.index(LimitOutput) + 1
    again = grading_config(course_config, Limits(),
                           Autograde__autograde_preprocessors=chain).Autograde
    assert list(again.autograde_preprocessors).count(CapOutputSize) == 1


def test_overrides_name_a_section_and_a_setting(course_config):
    config = grading_config(course_config, Limits(), Execute__timeout=3,
                            CourseDirectory__course_id="lain")
    assert (config.Execute.timeout, config.CourseDirectory.course_id) == (3, "lain")
