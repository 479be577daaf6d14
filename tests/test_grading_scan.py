"""humas_ai.trainer.grading.scan: notes on a submission's structure, suspicious code and outcome."""



from humas_ai.trainer.grading import scan
from humas_ai.trainer.grading.isolate import Limits
from tests import grading_cases as cases


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
