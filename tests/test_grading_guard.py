"""humas_ai.trainer.grading.guard: the course files are put back after participant code ran."""


import pytest

from humas_ai.trainer.grading import guard
from humas_ai.trainer.grading.course import Course


@pytest.fixture
def small_course(tmp_path):
    (tmp_path / "grader").mkdir()
    (tmp_path / "grader" / "nbgrader_config.py").write_text("c = get_config()\n")
    (tmp_path / "grader" / "gradebook.db").write_bytes(b"nilai")
    submitted = tmp_path / "grader" / "submitted" / "P01" / "m"
    submitted.mkdir(parents=True)
    (submitted / "m.ipynb").write_text("{}")
    (tmp_path / "solutions" / "m").mkdir(parents=True)
    (tmp_path / "solutions" / "m" / "m.ipynb").write_text("kunci")
    return Course(tmp_path)


def test_guard_puts_back_changed_and_deleted_files_and_removes_planted_ones(small_course):
    saved = guard.snapshot(small_course)
    small_course.gradebook.unlink()
    (small_course.solutions / "m" / "m.ipynb").write_text("dirusak")
    planted = small_course.submitted / "P99" / "m" / "m.ipynb"
    planted.parent.mkdir(parents=True)
    planted.write_text("{}")
    repaired = guard.restore(small_course, saved)
    assert small_course.gradebook.read_bytes() == b"nilai"
    assert (small_course.solutions / "m" / "m.ipynb").read_text() == "kunci"
    assert not planted.exists()
    assert len(repaired) == 3
    assert guard.restore(small_course, saved) == []
