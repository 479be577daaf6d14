"""humas_ai.trainer.grading.course: the course folder, its paths and its roster."""

from pathlib import Path

import pytest

from humas_ai.trainer.grading.course import Course


@pytest.fixture
def course(tmp_path) -> Course:
    (tmp_path / "grader").mkdir()
    (tmp_path / "grader" / "nbgrader_config.py").write_text("c = get_config()\n")
    return Course(tmp_path)


def test_no_roster_file_means_no_roster(course):
    assert course.roster() is None


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_the_roster_is_read_whatever_separator_excel_used(course, separator):
    rows = ["Kode,Nama,Instansi", " p01 ,Ani Lestari,Diskominfo", "P02,Budi,", ",Tanpa kode,x"]
    text = "\ufeff" + "\n".join(row.replace(",", separator) for row in rows) + "\n"
    course.roster_file.write_text(text, encoding="utf-8")
    roster = course.roster()
    assert sorted(roster) == ["P01", "P02"]
    assert (roster["P01"].name, roster["P01"].agency) == ("Ani Lestari", "Diskominfo")
    assert roster["P02"].agency == ""


def test_a_name_with_a_comma_in_a_semicolon_roster_stays_whole(course):
    course.roster_file.write_text("kode;nama;instansi\nP01;Ani, S.Sos;Setda\n", encoding="utf-8")
    assert course.roster()["P01"].name == "Ani, S.Sos"


def test_a_roster_of_codes_only_is_read(course):
    course.roster_file.write_text("kode\nP01\nP02\n", encoding="utf-8")
    assert sorted(course.roster()) == ["P01", "P02"]


def test_course_folders_and_notebooks_come_from_the_nbgrader_config(tmp_path):
    (tmp_path / "grader").mkdir()
    (tmp_path / "grader" / "nbgrader_config.py").write_text(
        "c = get_config()\nc.CourseDirectory.submitted_directory = 'masuk'\n"
        "c.CourseDirectory.db_url = 'sqlite:////tmp/lain.db'\n", encoding="utf-8")
    course = Course(tmp_path)
    assert course.submission("P01", "m") == tmp_path / "masuk" / "P01" / "m" / "m.ipynb"
    assert course.graded("P01", "m") == tmp_path / "grader" / "autograded" / "P01" / "m" / "m.ipynb"
    assert course.release("m") == tmp_path / "modules" / "m" / "m.ipynb"
    assert course.source("m") == tmp_path / "solutions" / "m" / "m.ipynb"
    assert (course.db_url, course.gradebook) == ("sqlite:////tmp/lain.db", Path("/tmp/lain.db"))


def test_the_repository_config_gives_the_layout_its_docstring_describes():
    course = Course(Path(__file__).resolve().parents[1])
    assert course.submission("P01", "00-pengenalan").relative_to(course.root).as_posix() == (
        "grader/submitted/P01/00-pengenalan/00-pengenalan.ipynb")
    assert course.release("00-pengenalan").relative_to(course.root).as_posix() == (
        "modules/00-pengenalan/00-pengenalan.ipynb")
    assert course.gradebook == course.root / "grader" / "gradebook.db"
    assert course.feedback == course.root / "grader" / "feedback"
