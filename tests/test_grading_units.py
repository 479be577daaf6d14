"""Small parts of the grading: the file guard, the submission scanner, the output cap, the
split of nbgrader's steps between the job and the recording."""

import json
import os
import sys
from pathlib import Path

import nbformat
import pytest

from humas_ai.trainer.grading import class_report, guard, scan, steps
from humas_ai.trainer.grading.course import Course
from humas_ai.trainer.grading.export import PENDING_COLUMN, grade_table
from humas_ai.trainer.grading.isolate import LONG_SECONDS, Limits, free_places, grading_config
from humas_ai.trainer.grading.limit import CapOutputSize
from humas_ai.trainer.grading.results import Results
from humas_ai.trainer.grading.state import State
from tests import grading_cases as cases


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


def test_scan_names_edited_deleted_and_moved_test_cells():
    released = cases.untouched()
    assert scan.structure_notes(cases.answered(), released) == []
    edited = scan.structure_notes(cases.tests_replaced_by_pass(released), released)
    assert any(note.startswith("sel tes diubah") for note in edited)
    deleted = scan.structure_notes(cases.tests_deleted(released), released)
    assert any(note.startswith("sel tes dihapus") for note in deleted)
    moved = scan.structure_notes(cases.first_test_moved_up(released), released)
    assert any("urutan" in note for note in moved)


def test_scan_flags_code_that_reaches_outside_the_notebook():
    notebook = cases.set_answer(cases.answered(), "jawaban_ubah_huruf_kecil",
                                "import shutil\nshutil.rmtree('/home/pelatih/kursus')")
    notes = scan.code_notes(notebook)
    assert any("menghapus file" in note for note in notes)
    assert any("di luar folder notebook" in note for note in notes)
    assert scan.code_notes(cases.answered()) == []


def test_scan_does_not_flag_the_course_s_own_code_in_an_untouched_release():
    module = "05-proyek-akhir"
    release = cases.untouched(module)
    assert scan.code_notes(release) != [], "module 05 shows a Windows path as an example"
    assert scan.code_notes(release, release) == []
    own = cases.set_answer(release, "jawaban_nama_isu", "import shutil\nshutil.rmtree('/x')")
    assert any("menghapus file" in note for note in scan.code_notes(own, release))


def test_outcome_notes_read_timeouts_and_memory_errors():
    graded = {"cells": [{"cell_type": "code", "metadata": {"nbgrader": {"grade_id": "a"}},
                         "outputs": [{"output_type": "error", "ename": "CellTimeoutError"}]},
                        {"cell_type": "code", "metadata": {},
                         "outputs": [{"output_type": "error", "ename": "MemoryError"}]}]}
    notes = scan.outcome_notes(graded, Limits(cell_timeout=7, memory_mb=512))
    assert notes[0].startswith("sel a melewati batas waktu 7 detik")
    assert "512 MB" in notes[1]


def test_output_cap_cuts_one_huge_line():
    cell = nbformat.v4.new_code_cell("print('x' * 10**6)")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="x" * 10**6)]
    capped, _ = CapOutputSize(max_chars=100).preprocess_cell(cell, {}, 0)
    assert len(capped.outputs[0]["text"]) < 200
    assert "dipotong" in capped.outputs[0]["text"]


def _displayed(data: dict):
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [nbformat.v4.new_output("execute_result", data=data, execution_count=1)]
    return cell


def test_output_cap_replaces_a_real_estimator_diagram_by_its_plain_text():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipeline = make_pipeline(TfidfVectorizer(), LogisticRegression())
    data = {"text/html": pipeline._repr_html_(), "text/plain": repr(pipeline)}
    capped, _ = CapOutputSize(max_chars=20000).preprocess_cell(_displayed(data), {}, 0)
    assert capped.outputs[0]["data"] == {"text/plain": repr(pipeline)}
    notes = scan.outcome_notes({"cells": [capped]}, Limits())
    assert notes == [], "a diagram shown as plain text is not a problem for the trainer"


def test_output_cap_never_cuts_markup_and_names_what_it_left_out():
    long_html = "<div><details><summary>x</summary>" + "<p>isi</p>" * 5000 + "</details></div>"
    capped, _ = CapOutputSize(max_chars=1000).preprocess_cell(
        _displayed({"text/html": long_html}), {}, 0)
    shown = capped.outputs[0]["data"]["text/html"]
    assert shown.startswith("<pre>[Keluaran text/html (") and shown.endswith("]</pre>")
    assert "<details" not in shown and "50.050 karakter" in shown
    notes = scan.outcome_notes({"cells": [capped]}, Limits())
    assert notes == ["keluaran sel kode ke-1 terlalu panjang dan dipotong"]


@pytest.mark.parametrize("markup", [
    "<script>fetch('/api/kernels', {method: 'POST'})</script><p>hai</p>",
    "<img src=x onerror=\"alert(1)\">",
    "<style>body {display: none}</style><p>hai</p>",
])
def test_output_cap_keeps_page_wide_markup_out_of_formgrader(markup):
    capped, _ = CapOutputSize().preprocess_cell(
        _displayed({"text/html": markup, "application/javascript": "alert(1)"}), {}, 0)
    data = capped.outputs[0]["data"]
    assert "application/javascript" not in data
    assert data["text/html"].startswith("<pre>[") and "<script" not in data["text/html"]
    assert "skrip atau gaya" in data["text/plain"]


def test_output_cap_keeps_small_tables_and_quiz_markup():
    import pandas as pd

    table = pd.DataFrame({"kota": ["Samarinda", "Balikpapan"], "jumlah": [3, 4]})
    data = {"text/html": table._repr_html_(), "text/plain": repr(table)}
    capped, _ = CapOutputSize().preprocess_cell(_displayed(dict(data)), {}, 0)
    assert capped.outputs[0]["data"] == data


@pytest.mark.parametrize(("running_for", "durations", "free"), [
    ([], [], 3),  # nothing runs: every place is free
    ([1.0, 2.0], [], 1),
    ([1.0, 2.0, 3.0], [], 0),  # all places taken by ordinary jobs
    ([LONG_SECONDS + 1, 1.0, 2.0], [], 1),  # one long job no longer holds a place
    ([8.0, 1.0, 2.0], [3.0, 3.0, 3.0], 0),  # ... but "long" means 3 x the usual time
    ([10.0, 1.0, 2.0], [3.0, 3.0, 3.0], 1),
    ([30.0, 30.0, 30.0, 1.0], [1.0], 2),
    ([30.0] * 5, [1.0], 1),  # never more than twice the places at once
    ([30.0] * 6, [1.0], 0),
])
def test_long_running_jobs_do_not_hold_a_grading_place(running_for, durations, free):
    now = 1000.0
    started = [now - seconds for seconds in running_for]
    assert free_places(started, now, durations, workers=3) == free


def test_a_retry_alone_stays_alone_however_long_it_runs():
    assert free_places([0.0], 1000.0, [1.0], workers=1, make_room=False) == 0
    assert free_places([0.0], 1000.0, [1.0], workers=1) == 1


def test_answers_waiting_for_the_trainer_are_listed_in_the_table_and_the_report(tmp_path):
    people = {code: {"nama": f"Peserta {code}", "instansi": "Dinas"} for code in ("P01", "P02")}
    results = Results(["02-a", "05-b"], people,
                      scores={("P01", "02-a"): 75.0, ("P02", "02-a"): 50.0},
                      pending={("P01", "02-a"): 25.0, ("P01", "05-b"): 100.0})
    table = grade_table(results).set_index("kode")
    assert table.loc["P01", PENDING_COLUMN] == "02-a (25 poin); 05-b (100 poin)"
    assert table.loc["P02", PENDING_COLUMN] == ""
    page = class_report.render(results, State(tmp_path / "status.json"))
    section = page.split("Menunggu penilaian manual")[1].split("<h2>")[0]
    assert "Formgrader" in section and "P01" in section and "P02" not in section
    empty = class_report.render(Results(["02-a"], people), State(tmp_path / "status.json"))
    assert "Tidak ada jawaban yang menunggu" in empty


def test_the_job_runs_every_nbgrader_step_but_the_ones_that_write_grades(tmp_path):
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        Execute,
        OverwriteCells,
        SaveAutoGrades,
    )

    config_file = tmp_path / "nbgrader_config.py"
    config_file.write_text("c = get_config()\n", encoding="utf-8")
    config = grading_config(config_file, Limits())
    job, recording = steps.job_steps(config), steps.recording_steps(config)
    assert recording == [SaveAutoGrades, AssignLatePenalties]
    assert not set(job) & set(recording)
    assert job.index(OverwriteCells) < job.index(Execute) < job.index(CapOutputSize)
    assert job[-1] is CheckCellMetadata


def test_submission_timestamp_reads_what_collect_writes_and_tolerates_rubbish(tmp_path):
    assert steps.submission_timestamp(tmp_path) is None
    (tmp_path / "timestamp.txt").write_text("2026-11-28 09:15:00+08:00", encoding="utf-8")
    stamp = steps.submission_timestamp(tmp_path)
    assert (stamp.hour, stamp.minute) == (1, 15)  # nbgrader keeps UTC
    (tmp_path / "timestamp.txt").write_text("kemarin sore", encoding="utf-8")
    assert steps.submission_timestamp(tmp_path) is None


def test_recording_openings_of_one_gradebook_share_one_engine(tmp_path, monkeypatch):
    from nbgrader import api

    # A new gradebook is stamped by nbgrader's `alembic` command, next to this Python.
    monkeypatch.setenv("PATH", os.pathsep.join([str(Path(sys.executable).parent),
                                                os.environ.get("PATH", "")]))
    url = f"sqlite:///{(tmp_path / 'gradebook.db').as_posix()}"
    with steps.one_engine_per_database():
        with api.Gradebook(url) as first:
            first.add_student("P01")
            engine = first.engine
        with api.Gradebook(url) as second:
            assert second.engine is engine
            assert [student.id for student in second.students] == ["P01"]
    with api.Gradebook(url) as after:
        assert after.engine is not engine
        assert [student.id for student in after.students] == ["P01"]


def _class(tmp_path):
    people = {"P01": {"nama": "Raden Ajeng Siti Nurhaliza Kusumawardhani", "instansi": "Dinas"},
              "P02": {"nama": "Budi", "instansi": "Diskominfo Kabupaten Kutai Kartanegara"},
              "P03": {"nama": "Ani", "instansi": "Dinas"}}
    return Results(["02-a"], people, max_scores={"02-a": 100.0},
                   scores={("P01", "02-a"): 100.0, ("P02", "02-a"): 72.5,
                           ("P03", "02-a"): 100.0},
                   pending={("P02", "02-a"): 12.5})


def test_class_report_counts_whole_participants_within_0_to_100_with_decimal_commas(tmp_path):
    import matplotlib.pyplot as plt

    results = _class(tmp_path)
    figure = class_report.score_figure(results)
    axis = figure.axes[0]
    bars = [patch for patch in axis.patches if patch.get_height() > 0]
    assert max(bar.get_x() + bar.get_width() for bar in bars) <= 100
    assert axis.get_xlim() == (0, 100)
    assert [bar.get_height() for bar in bars] == [1, 2]  # 72,5 and twice 100 (last bin)
    figure.canvas.draw()
    ticks = [label.get_text() for label in axis.get_yticklabels()]
    assert ticks and all(text.lstrip("−-").isdigit() for text in ticks), ticks
    plt.close(figure)
    page = class_report.render(results, State(tmp_path / "status.json"))
    assert "<td>90,8</td>" in page and "<td>12,5</td>" in page
    assert "90.8" not in page


def test_the_excel_columns_fit_the_longest_name(tmp_path):
    from openpyxl import load_workbook

    from humas_ai.trainer.grading.export import export

    _, xlsx = export(_class(tmp_path), tmp_path)
    sheet = load_workbook(xlsx)["Nilai"]
    widths = {cell.value: sheet.column_dimensions[cell.column_letter].width
              for cell in sheet[1]}
    assert widths["nama"] >= len("Raden Ajeng Siti Nurhaliza Kusumawardhani")
    assert widths["instansi"] >= len("Diskominfo Kabupaten Kutai Kartanegara")
    assert widths[PENDING_COLUMN] >= len(PENDING_COLUMN)
    assert sheet.freeze_panes == "A2"


def _cell(kind, source, **nbgrader):
    cell = {"cell_type": kind, "source": source, "metadata": {"nbgrader": nbgrader}}
    if kind == "code":
        cell["outputs"] = []
    return cell


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


def test_notes_found_while_grading_by_an_older_kit_are_not_kept_twice(tmp_path):
    path = tmp_path / "status.json"
    entry = {"code": "P01", "module": "m", "origin": "a.ipynb", "time": 0.0, "sha256": "x",
             "graded_sha256": "x", "notes": ["sel tes dihapus (t)"]}
    path.write_text(json.dumps({"kiriman": [entry], "masalah": [
        {"origin": "a.ipynb", "reason": "sel tes dihapus (t)", "code": "P01", "module": "m",
         "kind": "nilai"},
        {"origin": "b.zip", "reason": "file zip rusak", "kind": "kumpul"}]}), encoding="utf-8")
    state = State.load(path)
    assert [p.reason for p in state.problems] == ["file zip rusak"]
    assert [(p.reason, p.kind) for p in state.every_problem()] == [
        ("file zip rusak", "kumpul"), ("sel tes dihapus (t)", "nilai")]


def test_the_warm_up_cleans_texts_exactly_as_the_kit_s_tools_do(monkeypatch):
    from humas_ai import clustering, sentiment, text
    from humas_ai.trainer.grading import warm

    used = []
    real = text.preprocess

    def spy(texts, **steps):
        used.append({**steps})
        return real(texts, **steps)

    monkeypatch.setattr(clustering, "preprocess", spy)
    texts = ["jalan rusak di kampung", "jalanan berlubang parah", "banjir lagi di pasar",
             "air banjir masuk rumah"]
    labels = clustering.cluster_texts(texts, k=2, random_state=0)
    clustering.top_terms(texts, labels, 3)
    pre = sentiment.make_default_pipeline().named_steps["pra"]
    steps = warm.kit_preprocessing()
    for found in used:
        assert found in steps
    assert {key: pre.get_params()[key] for key in ("stopwords", "stemming")} == {
        "stopwords": False, "stemming": False}
    assert pre.get_params() in steps
