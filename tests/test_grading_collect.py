"""humas_ai.trainer.grading.collect: finding, identifying and de-duplicating submissions
(no grading)."""

import json
import os
import time
import zipfile

import pytest

from humas_ai.trainer.grading.collect import collect
from humas_ai.trainer.grading.course import Course
from humas_ai.trainer.grading.state import State
from tests import grading_cases as cases

MODULE = cases.MODULE


@pytest.fixture
def course(tmp_path):
    from tests.notebook_tools import Course as TestCourse

    TestCourse(tmp_path / "kursus")
    (tmp_path / "kursus" / "grader" / "roster.csv").write_text(
        "kode;nama;instansi\nP01;Ani;Diskominfo\nP02;Budi;Setda\n", encoding="utf-8")
    return Course(tmp_path / "kursus")


def _state(course):
    return State.load(course.workspace / "status.json")


def test_identifies_by_content_not_file_name_and_reports_the_rest(course, tmp_path):
    inbox = tmp_path / "masuk"
    cases.write(inbox / "a" / "b" / "Untitled (1).ipynb", cases.with_code(cases.untouched(), "p01"))
    cases.write(inbox / "asing.ipynb", cases.with_code(cases.untouched(), "Z9"))
    cases.write(inbox / "kosong_kode.ipynb", cases.untouched())
    cases.write(inbox / "lain.ipynb", {"cells": [], "metadata": {}, "nbformat": 4,
                                       "nbformat_minor": 5})
    (inbox / "nol.ipynb").write_bytes(b"")
    (inbox / "rusak.ipynb").write_text("{", encoding="utf-8")
    (inbox / "foto.jpg").write_bytes(b"\xff\xd8")
    state = _state(course)
    result = collect(course, [inbox], state)
    assert result.added == [f"P01/{MODULE}"]
    assert course.submission("P01", MODULE).read_bytes() == (
        inbox / "a" / "b" / "Untitled (1).ipynb").read_bytes()
    reasons = {os.path.basename(p.origin): p.reason for p in result.problems}
    assert "daftar peserta" in reasons["asing.ipynb"]
    assert "kosong" in reasons["kosong_kode.ipynb"]
    assert "KODE_PESERTA" in reasons["lain.ipynb"]
    assert "0 byte" in reasons["nol.ipynb"]
    assert "JSON" in reasons["rusak.ipynb"]
    assert "bukan file notebook" in reasons["foto.jpg"]


def test_newest_wins_by_zip_date_and_file_time(course, tmp_path):
    inbox = tmp_path / "masuk"
    old = cases.with_code(cases.untouched(), "P02")
    new = cases.with_code(cases.answered(), "P02")
    with zipfile.ZipFile(tmp_path / "wa.zip", "w") as archive:
        archive.writestr(zipfile.ZipInfo("lama.ipynb", (2024, 1, 1, 8, 0, 0)),
                         json.dumps(old))
    newer = cases.write(inbox / "baru.ipynb", new)
    os.utime(newer, (time.time(), time.time()))
    result = collect(course, [tmp_path / "wa.zip", inbox], _state(course))
    assert result.added == [f"P02/{MODULE}"]
    assert course.submission("P02", MODULE).read_bytes() == newer.read_bytes()
    assert any("kiriman ganda" in p.reason and p.origin.endswith("lama.ipynb")
               for p in result.problems)


def test_collecting_twice_changes_nothing_and_a_later_file_replaces(course, tmp_path):
    inbox = tmp_path / "masuk"
    first = cases.write(inbox / "x.ipynb", cases.with_code(cases.untouched(), "P01"))
    os.utime(first, (time.time() - 100, time.time() - 100))
    state = _state(course)
    collect(course, [inbox], state)
    state.save()
    state = _state(course)
    again = collect(course, [inbox], state)
    assert again.added == [] and again.unchanged == [f"P01/{MODULE}"]
    late = cases.write(tmp_path / "susulan" / "y.ipynb", cases.with_code(cases.answered(), "P01"))
    assert collect(course, [tmp_path / "susulan"], state).added == [f"P01/{MODULE}"]
    assert course.submission("P01", MODULE).read_bytes() == late.read_bytes()
    assert len(state.entries) == 1


def test_a_kept_submission_is_compared_with_its_release_once_when_collected(course, tmp_path):
    release = course.release(MODULE)
    cases.write(release, cases.untouched())
    inbox = tmp_path / "masuk"
    deleted = cases.with_code(cases.tests_deleted(cases.untouched()), "P01")
    cases.write(inbox / "P01.ipynb", cases.set_answer(
        deleted, "jawaban_ubah_huruf_kecil", "import os\nos.system('ls')"))
    cases.write(inbox / "P02.ipynb", cases.with_code(cases.answered(), "P02"))
    state = _state(course)
    collect(course, [inbox], state)
    flagged, clean = state.entries[f"P01/{MODULE}"], state.entries[f"P02/{MODULE}"]
    assert any(note.startswith("sel tes dihapus") for note in flagged.checks)
    assert "kode menjalankan perintah sistem" in flagged.checks
    assert flagged.suspicious and not clean.suspicious
    assert clean.checks == [] and flagged.notes == clean.notes == []
    # the notes travel with the entry through status.json, and reach the report only
    # once the submission is graded (the collecting problems are kept apart)
    state.save()
    again = _state(course)
    assert again.entries[f"P01/{MODULE}"].checks == flagged.checks
    assert not any(p.kind == "nilai" for p in again.every_problem())
    again.entries[f"P01/{MODULE}"].graded_sha256 = flagged.sha256
    reasons = [p.reason for p in again.every_problem() if p.kind == "nilai"]
    assert reasons == flagged.checks
