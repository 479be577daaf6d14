"""humas_ai.trainer.grading.feedback: the feedback page of one participant for one module."""

import json

import pytest

from humas_ai.trainer.grading.course import Course
from humas_ai.trainer.grading.feedback import (
    WAITING,
    exercise_rows,
    exercise_titles,
    exercises,
    hidden_descriptions,
    render,
    write_feedback,
)
from humas_ai.trainer.grading.results import CellGrade, Results
from humas_ai.trainer.grading.state import Entry, State

HIDDEN = ("assert hitung([]) == 0\n### BEGIN HIDDEN TESTS\n# daftar kosong dan emoji\n"
          "assert hitung(['🙂']) == 1\n### END HIDDEN TESTS\n")


def _cell(kind, source, outputs=None, **nbgrader):
    cell = {"cell_type": kind, "source": source, "metadata": {"nbgrader": nbgrader}}
    if kind == "code":
        cell["outputs"] = outputs or []
    return cell


def _heading(text):
    return {"cell_type": "markdown", "metadata": {}, "source": text}


def _source():
    return {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        _heading("# Modul uji\n\n### Latihan 1 — Menghitung `komentar` (10 poin)"),
        _cell("code", "def hitung(x):\n    return len(x)", solution=True,
              grade_id="jawaban_hitung"),
        _cell("code", HIDDEN, grade=True, grade_id="tes_hitung", points=10),
        _heading("### Latihan 2 — Bagian ganda"),
        # Two graded cells under one heading: only their titles matter here, not their tests.
        _cell("code", "assert True", grade=True, grade_id="tes_a", points=5),
        _cell("code", "assert True", grade=True, grade_id="tes_b", points=5),
        _heading("### Refleksi (20 poin, dinilai pelatih)"),
        _cell("markdown", "TULIS JAWABAN ANDA DI SINI", grade=True, solution=True,
              grade_id="refleksi", points=20),
    ]}


def test_exercises_are_titled_by_the_heading_above_them_without_their_points():
    found = exercises(_source())
    assert [(e.grade_id, e.title, e.points, e.written) for e in found] == [
        ("tes_hitung", "Latihan 1 — Menghitung `komentar`", 10.0, False),
        ("tes_a", "Latihan 2 — Bagian ganda (bagian 1)", 5.0, False),
        ("tes_b", "Latihan 2 — Bagian ganda (bagian 2)", 5.0, False),
        ("refleksi", "Refleksi", 20.0, True),
    ]
    assert found[0].answers == ["jawaban_hitung"] and found[1].answers == []


def test_the_hidden_check_is_named_by_its_opening_comment_never_shown(tmp_path):
    path = tmp_path / "m.ipynb"
    path.write_text(json.dumps(_source()), encoding="utf-8")
    assert hidden_descriptions(path) == {"tes_hitung": "daftar kosong dan emoji"}


def _stream(text):
    return [{"output_type": "stream", "name": "stdout", "text": text}]


def _error(name, value):
    return [{"output_type": "error", "ename": name, "evalue": value, "traceback": []}]


@pytest.mark.parametrize(("outputs", "why"), [
    # the visible check passed, the hidden one failed: named, with the assertion's message
    (_stream("[LULUS] tes_hitung: bagus\n") + _error("AssertionError", "hasil 2, harus 1"),
     "Cek mandiri lulus, tetapi pemeriksaan tersembunyi gagal: daftar kosong dan emoji. "
     "Pesan: hasil 2, harus 1"),
    # ... or with the error when it was not an assertion
    (_stream("[LULUS] tes_hitung: bagus\n") + _error("TypeError", "len() of int"),
     "Cek mandiri lulus, tetapi pemeriksaan tersembunyi gagal: daftar kosong dan emoji. "
     "(TypeError: len() of int)"),
    # the visible check failed: its message, without the marker and the name
    (_stream("[GAGAL] tes_hitung: hitung([]) harus 0\n"), "hitung([]) harus 0"),
    # nothing printed: the error's last line
    (_error("NameError", "name 'hitung' is not defined"),
     "NameError: name 'hitung' is not defined"),
    ([], "sel tes tidak lulus"),
])
def test_a_failed_automatic_exercise_says_why(outputs, why):
    graded = {"cells": [_cell("code", "disembunyikan", outputs, grade=True,
                              grade_id="tes_hitung", points=10)]}
    results = Results(["m"], {"P01": {"nama": "", "instansi": ""}},
                      grades={("P01", "m"): {"tes_hitung": CellGrade(0.0, 10.0, False)}})
    rows = exercise_rows(graded, results, "P01", "m",
                         {"tes_hitung": "daftar kosong dan emoji"}, _source())
    assert (rows[0].status, rows[0].result, rows[0].why) == ("gagal", "gagal", why)
    assert "🙂" not in rows[0].why and "assert" not in rows[0].why


def test_written_answers_unanswered_and_waiting_are_told_apart():
    source = _source()
    results = Results(["m"], {"P01": {"nama": "", "instansi": ""}},
                      grades={("P01", "m"): {"refleksi": CellGrade(None, 20.0, True)}})
    rows = {r.title: r for r in exercise_rows(source, results, "P01", "m", {}, source)}
    assert (rows["Refleksi"].points, rows["Refleksi"].result) == ("–/20", WAITING)
    # an automatic exercise with no grade at all (not recorded) counts as failed with 0
    assert rows["Latihan 2 — Bagian ganda (bagian 1)"].points == "0/5"
    results.grades[("P01", "m")]["refleksi"] = CellGrade(0.0, 20.0, True)
    # the released text, unchanged (nbgrader's checksum of the cell still matches)
    from nbformat import from_dict
    from nbgrader.utils import compute_checksum

    released = source["cells"][-1]
    released["metadata"]["nbgrader"]["checksum"] = compute_checksum(from_dict(released))
    untouched = exercise_rows(source, results, "P01", "m", {}, source)[-1]
    assert (untouched.result, untouched.answer) == ("tidak dijawab", "")
    released["source"] = "Model keliru pada sarkasme."
    answered = exercise_rows(source, results, "P01", "m", {}, source)[-1]
    assert (answered.result, answered.answer) == ("dinilai pelatih",
                                                  "Model keliru pada sarkasme.")


def test_the_page_escapes_everything_the_participant_or_trainer_wrote():
    rows = exercise_rows(_source(), Results(["m"], {}), "P01", "m", {}, _source())
    rows[0].comment = 'Perhatikan <script>alert("x")</script> & emoji'
    page = render("P01", "Siti <b>", "m", None, 40.0, rows, ["kode <i>memakai</i> input()"])
    assert "<script>" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; emoji" in page
    assert "Nilai: belum dinilai" in page and "Peserta: Siti &lt;b&gt;" in page
    assert "Menghitung <code>komentar</code>" in page  # `code` in a title is shown as code
    assert "<li>kode &lt;i&gt;memakai&lt;/i&gt; input()</li>" in page
    assert page.count("<tr>") == 1 + len(rows) and page.endswith("</html>\n")


@pytest.fixture
def course(tmp_path):
    (tmp_path / "grader").mkdir()
    (tmp_path / "grader" / "nbgrader_config.py").write_text("c = get_config()\n")
    (tmp_path / "solutions" / "m").mkdir(parents=True)
    (tmp_path / "solutions" / "m" / "m.ipynb").write_text(json.dumps(_source()))
    return Course(tmp_path)


def test_one_page_per_graded_submission_in_nbgrader_s_feedback_folder(course):
    graded = course.autograded / "P01" / "m" / "m.ipynb"
    graded.parent.mkdir(parents=True)
    graded.write_text(json.dumps(_source()))
    state = State(course.workspace / "status.json")
    state.entries = {"P01/m": Entry("P01", "m", "a.ipynb", 0.0, "x", graded_sha256="x",
                                    notes=["sel tes diubah peserta (tes_a)"]),
                     "P02/m": Entry("P02", "m", "b.ipynb", 0.0, "y"),  # not graded yet
                     "P03/lama": Entry("P03", "lama", "c.ipynb", 0.0, "z", graded_sha256="z")}
    results = Results(["m"], {"P01": {"nama": "Siti", "instansi": ""}},
                      scores={("P01", "m"): 30.0}, max_scores={"m": 40.0},
                      grades={("P01", "m"): {"tes_hitung": CellGrade(10.0, 10.0, False)}})
    written = write_feedback(course, state, results)
    assert written == [course.feedback / "P01" / "m" / "m.html"]
    page = written[0].read_text(encoding="utf-8")
    assert "Umpan balik m — P01" in page and "Nilai: 30 dari 40" in page
    assert "sel tes diubah peserta (tes_a)" in page and "Peserta: Siti" in page
    assert "emoji" not in page  # the hidden check passed: not even its name is shown


def test_titles_for_the_class_report_have_no_backticks(course):
    assert exercise_titles(course)[("m", "tes_hitung")] == "Latihan 1 — Menghitung komentar"


def test_feedback_lists_written_answers_with_points_comments_and_titles():
    from humas_ai.trainer.grading.feedback import exercise_rows, render
    from humas_ai.trainer.grading.results import CellGrade

    source = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": "### Latihan 1 — Akurasi (20 poin)"},
        _cell("code", "x = 1", solution=True, grade_id="jawaban_akurasi"),
        _cell("code", "assert x", grade=True, grade_id="akurasi", points=20),
        {"cell_type": "markdown", "metadata": {},
         "source": "### Latihan 2 — Refleksi <b>model</b> (25 poin, dinilai pelatih)"},
        _cell("markdown", "TULIS JAWABAN", grade=True, solution=True,
              grade_id="refleksi", points=25),
        _cell("markdown", "TULIS JAWABAN", grade=True, solution=True,
              grade_id="refleksi_dua", points=5),
    ]}
    graded = {"cells": [
        *source["cells"][:4],
        _cell("markdown", "Model salah pada <sarkasme> & singkatan.", grade=True,
              solution=True, grade_id="refleksi", points=25),
        _cell("markdown", "Jawaban kedua", grade=True, solution=True, grade_id="refleksi_dua",
              points=5),
    ]}
    results = Results(["m"], {"P01": {"nama": "A", "instansi": ""}},
                      grades={("P01", "m"): {"akurasi": CellGrade(20.0, 20.0, False),
                                             "refleksi": CellGrade(17.5, 25.0, True),
                                             "refleksi_dua": CellGrade(None, 5.0, True)}},
                      comments={("P01", "m"): {"refleksi": "Contoh <nyata> bagus.",
                                               "jawaban_akurasi": "Rapi."}})
    rows = exercise_rows(graded, results, "P01", "m", {}, source)
    assert [(r.title, r.points, r.result) for r in rows] == [
        ("Latihan 1 — Akurasi", "20/20", "lulus"),
        ("Latihan 2 — Refleksi <b>model</b> (bagian 1)", "17,5/25", "dinilai pelatih"),
        ("Latihan 2 — Refleksi <b>model</b> (bagian 2)", "–/5", "menunggu penilaian pelatih"),
    ]
    assert rows[0].comment == "Rapi." and rows[1].comment == "Contoh <nyata> bagus."
    page = render("P01<", "A", "m", 37.5, 50.0, rows, [], pending=5.0)
    assert "<title>Umpan balik m — P01&lt;</title>" in page
    assert "Nilai: 37,5 dari 50" in page and "senilai 5 poin masih menunggu" in page
    assert "Model salah pada &lt;sarkasme&gt; &amp; singkatan." in page
    assert "Contoh &lt;nyata&gt; bagus." in page and "&lt;b&gt;model&lt;/b&gt;" in page
    assert "<b>" not in page and "<nyata>" not in page
