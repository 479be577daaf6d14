"""humas-ai grade end to end: honest and misbehaving submissions of module 00 in one batch."""

import json
import os
import sqlite3
import time
import zipfile

import pytest

from humas_ai.trainer.cli import main
from humas_ai.trainer.grading.course import Course
from humas_ai.trainer.grading.state import State
from tests import grading_cases as cases

MODULE = cases.MODULE
FAST = ["--batas-sel", "8", "--batas-notebook", "90", "--batas-memori", "2048"]
ANSWER = "jawaban_ubah_huruf_kecil"

#: code -> expected score of the honest (or harmlessly odd) submissions.
EXPECTED = {
    "P01": 100, "P02": 90, "P03": 0, "P04": 0, "P05": 100, "P06": 90, "P07": 100,
    "P08": 90, "P09": 90, "P10": 100, "P11": 90, "P12": 90,
}


def _build(course_root, inbox):
    """Write every case into ``inbox`` (a folder and a zip); return the hostile paths."""
    perfect = cases.answered()
    gradebook = course_root / "grader" / "gradebook.db"
    config = course_root / "grader" / "nbgrader_config.py"
    other = course_root / "grader" / "submitted" / "P01" / MODULE / f"{MODULE}.ipynb"
    hostile = (
        "import os, shutil\n"
        "for name in os.listdir('.'):\n"
        "    if os.path.isfile(name): os.remove(name)\n"
        f"for path in [{str(gradebook)!r}, {str(config)!r}]:\n"
        "    if os.path.exists(path): os.remove(path)\n"
        f"shutil.rmtree({str(course_root / 'solutions')!r}, ignore_errors=True)\n"
        f"contekan = open({str(other)!r}).read() if os.path.exists({str(other)!r}) else ''\n"
        "keluhan = 'x'\n"
    )
    notebooks = {
        "dari_wa/P01 final.ipynb": cases.with_code(perfect, "p01"),
        "P02.ipynb": cases.with_code(cases.answered(skip=(ANSWER,)), "P02"),
        "Untitled.ipynb": cases.with_code(cases.untouched(), "P03"),
        "P04.ipynb": cases.with_code(cases.tests_replaced_by_pass(cases.untouched()), "P04"),
        "P05.ipynb": cases.with_code(cases.tests_deleted(perfect), "P05"),
        "P06.ipynb": cases.with_code(cases.first_test_moved_up(perfect), "P06"),
        "P07.ipynb": cases.with_code(cases.old_format_other_kernel(perfect), "P07"),
        "P08.ipynb": cases.with_code(cases.set_answer(perfect, ANSWER, "while True:\n    pass"),
                                     "P08"),
        "P09.ipynb": cases.with_code(cases.set_answer(
            perfect, ANSWER, "tumpukan = 'x' * (64 * 1024**3)  # 64 GB sekaligus"), "P09"),
        "P10.ipynb": cases.with_code(cases.append_to_answer(
            perfect, ANSWER, "print('x' * 3_000_000)"), "P10"),
        "P11.ipynb": cases.with_code(cases.set_answer(perfect, ANSWER, "keluhan = input('?')"),
                                     "P11"),
        "P12.ipynb": cases.with_code(cases.set_answer(perfect, ANSWER, hostile), "P12"),
        "tanpa_kode.ipynb": cases.untouched(),
        "bukan_peserta.ipynb": cases.with_code(perfect, "X99"),
    }
    for name, notebook in notebooks.items():
        cases.write(inbox / name, notebook)
    older = cases.write(inbox / "lama" / "P01.ipynb",
                        cases.with_code(cases.answered(skip=(ANSWER,)), "P01"))
    os.utime(older, (time.time() - 3600, time.time() - 3600))
    (inbox / "rusak.ipynb").write_text('{"cells": [', encoding="utf-8")
    (inbox / "kosong.ipynb").write_bytes(b"")
    (inbox / "catatan.txt").write_text("bukan notebook", encoding="utf-8")
    with zipfile.ZipFile(inbox / "kiriman.zip", "w") as archive:
        for name in ("P02.ipynb", "Untitled.ipynb"):
            archive.write(inbox / name, f"folder/{name}")
            (inbox / name).unlink()


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """One batch graded by `humas-ai grade`: (course, inbox, exit code, solution bytes)."""
    from tests.notebook_tools import MODULES
    from tests.notebook_tools import Course as TestCourse

    root = tmp_path_factory.mktemp("kelas") / "kursus"
    TestCourse(root)
    import shutil

    shutil.copytree(MODULES, root / "modules")
    roster = "kode,nama,instansi\n" + "".join(f"P{i:02d},Peserta {i},Dinas\n" for i in range(1, 14))
    (root / "grader" / "roster.csv").write_text(roster, encoding="utf-8")
    inbox = root.parent / "masuk"
    _build(root, inbox)
    solutions = {p: p.read_bytes() for p in (root / "solutions").rglob("*") if p.is_file()}
    code = main(["--kursus", str(root), "grade", str(inbox), *FAST])
    return Course(root), inbox, code, solutions


def _scores(course):
    from nbgrader.api import Gradebook

    with Gradebook(course.db_url) as gradebook:
        return {s.student_id: s.score for s in gradebook.find_assignment(MODULE).submissions}


def _problems(course):
    return State.load(course.workspace / "status.json").every_problem()


@pytest.mark.slow
def test_every_submission_gets_exactly_its_expected_score(graded):
    course, _, code, _ = graded
    assert code == 0
    assert _scores(course) == EXPECTED


@pytest.mark.slow
def test_the_course_files_are_intact_after_hostile_code(graded):
    course, _, _, solutions = graded
    assert {p: p.read_bytes() for p in course.solutions.rglob("*") if p.is_file()} == solutions
    assert course.config.is_file()
    with sqlite3.connect(course.gradebook) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    perfect = json.loads(course.submission("P01", MODULE).read_text(encoding="utf-8"))
    assert perfect["cells"][2]["source"].startswith('KODE_PESERTA = "p01"')
    assert sorted(p.name for p in course.submitted.iterdir()) == sorted(EXPECTED)


@pytest.mark.slow
@pytest.mark.parametrize("origin, words", [
    ("rusak.ipynb", "bukan JSON"),
    ("kosong.ipynb", "0 byte"),
    ("catatan.txt", "bukan file notebook"),
    ("tanpa_kode.ipynb", "KODE_PESERTA kosong"),
    ("bukan_peserta.ipynb", "tidak ada di daftar peserta"),
    ("lama/P01.ipynb", "kiriman ganda"),
    ("P04.ipynb", "sel tes diubah"),
    ("P05.ipynb", "sel tes dihapus"),
    ("P06.ipynb", "urutan sel"),
    ("P07.ipynb", "kernel notebook python3-lokal"),
    ("P07.ipynb", "format notebook 4.0"),
    ("P08.ipynb", "batas waktu"),
    ("P09.ipynb", "memori"),
    ("P10.ipynb", "dipotong"),
    ("P11.ipynb", "input()"),
    ("P12.ipynb", "menghapus file"),
    ("P12.ipynb", "di luar folder notebook"),
])
def test_every_bad_case_is_named_with_a_reason_in_the_report(graded, origin, words):
    course, _, _, _ = graded
    reasons = [p.reason for p in _problems(course) if p.origin.endswith(origin)]
    assert any(words in reason for reason in reasons), (origin, reasons)
    report = (course.workspace / "laporan-kelas.html").read_text(encoding="utf-8")
    assert origin.split("/")[-1] in report


@pytest.mark.slow
def test_outputs_one_row_per_participant_and_feedback_hides_hidden_tests(graded):
    import pandas as pd

    course, _, _, _ = graded
    table = pd.read_csv(course.workspace / "nilai.csv")
    assert list(table["kode"]) == [f"P{i:02d}" for i in range(1, 14)]
    assert table.set_index("kode").loc["P02", MODULE] == 90
    assert pd.isna(table.set_index("kode").loc["P13", MODULE])
    page = (course.feedback / "P02" / MODULE / f"{MODULE}.html").read_text(encoding="utf-8")
    assert "Latihan 1 — Huruf kecil dan panjang keluhan" in page and "gagal" in page
    assert "ubah_huruf_kecil" not in page, "exercises are named as participants know them"
    assert "BEGIN HIDDEN" not in page and "assert " not in page
    report = (course.workspace / "laporan-kelas.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in report and "P13" in report


@pytest.mark.slow
def test_graded_notebooks_skip_the_summary_and_the_packing_and_keep_the_timestamp(graded):
    from nbgrader.api import Gradebook

    from humas_ai.classroom.selfcheck import SKIPPED_WHILE_GRADING
    from humas_ai.trainer.grading import steps

    course, _, _, _ = graded
    notebook = json.loads((course.autograded / "P01" / MODULE / f"{MODULE}.ipynb")
                          .read_text(encoding="utf-8"))
    printed = "".join("".join(output.get("text", "")) for cell in notebook["cells"]
                      for output in cell.get("outputs", []))
    assert SKIPPED_WHILE_GRADING in printed and "tidak ada yang disalin" in printed
    assert "Ringkasan pemeriksaan:" not in printed
    stamp = steps.submission_timestamp(course.submission("P01", MODULE).parent)
    with Gradebook(course.db_url) as gradebook:
        assert gradebook.find_submission(MODULE, "P01").timestamp == stamp.replace(tzinfo=None)


@pytest.mark.slow
def test_regrading_the_same_folder_changes_nothing_and_a_late_one_is_added_alone(graded,
                                                                                 capsys):
    course, inbox, _, _ = graded
    before = (course.workspace / "nilai.csv").read_bytes()
    capsys.readouterr()
    assert main(["--kursus", str(course.root), "grade", str(inbox), *FAST]) == 0
    assert "Dinilai: 0," in capsys.readouterr().out
    assert (course.workspace / "nilai.csv").read_bytes() == before
    late = inbox.parent / "terlambat"
    cases.write(late / "x.ipynb", cases.with_code(cases.answered(), "P13"))
    assert main(["--kursus", str(course.root), "grade", str(late), *FAST]) == 0
    assert "Dinilai: 1," in capsys.readouterr().out
    assert _scores(course) == {**EXPECTED, "P13": 100}


@pytest.mark.slow
def test_a_changed_answer_key_regrades_that_module_without_being_asked(graded, capsys):
    """Runs last: it changes the course's answer key."""
    from humas_ai.trainer.grading.results import read_results

    course, inbox, _, _ = graded
    state = State.load(course.workspace / "status.json")
    before_cell = read_results(course, state).cells[(MODULE, "ubah_huruf_kecil")]
    before = _scores(course)
    source = course.solutions / MODULE / f"{MODULE}.ipynb"
    notebook = json.loads(source.read_text(encoding="utf-8"))
    cell = next(c for c in notebook["cells"]
                if c["metadata"].get("nbgrader", {}).get("grade_id") == "ubah_huruf_kecil")
    lines = "".join(cell["source"]).splitlines(keepends=True)
    end = next(i for i, line in enumerate(lines) if "END HIDDEN TESTS" in line)
    cell["source"] = "".join(lines[:end] + ["assert False, 'kunci baru'\n"] + lines[end:])
    source.write_text(json.dumps(notebook, ensure_ascii=False, indent=1), encoding="utf-8")
    capsys.readouterr()
    assert main(["--kursus", str(course.root), "grade", str(inbox), *FAST]) == 0
    out = capsys.readouterr().out
    assert f"Kunci jawaban {MODULE} berubah" in out and f"Dinilai: {len(before)}," in out
    lost = {code: before_cell.get(code, (0, 0))[0] for code in before}
    assert _scores(course) == {code: score - lost[code] for code, score in before.items()}
    assert any(lost.values())
