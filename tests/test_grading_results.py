"""humas_ai.trainer.grading.results: the grades read back into one Results table, as the
table and the report show them."""



from humas_ai.trainer.grading import class_report
from humas_ai.trainer.grading.export import PENDING_COLUMN, grade_table
from humas_ai.trainer.grading.results import Results
from humas_ai.trainer.grading.state import State


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


def test_everyone_on_the_roster_or_with_a_submission_is_listed_before_any_grading(tmp_path):
    import json

    from humas_ai.trainer.grading.course import Course
    from humas_ai.trainer.grading.results import read_results
    from humas_ai.trainer.grading.state import Entry

    (tmp_path / "grader").mkdir()
    (tmp_path / "grader" / "nbgrader_config.py").write_text("c = get_config()\n")
    (tmp_path / "grader" / "roster.csv").write_text("kode;nama;instansi\nP01;Ani;Setda\n",
                                                    encoding="utf-8")
    (tmp_path / "solutions" / "02-a").mkdir(parents=True)
    (tmp_path / "solutions" / "02-a" / "02-a.ipynb").write_text(
        json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    state = State(tmp_path / "status.json")
    state.entries = {"P07/02-a": Entry("P07", "02-a", "a.ipynb", 0.0, "x")}
    results = read_results(Course(tmp_path), state)
    assert results.modules == ["02-a"]
    assert results.participants == {"P01": {"nama": "Ani", "instansi": "Setda"},
                                    "P07": {"nama": "", "instansi": ""}}
    assert results.scores == {} and results.total("P01") == 0.0


def test_a_participant_s_total_adds_the_modules_they_were_graded_in():
    results = Results(["01-a", "02-b", "03-c"], {"P01": {}, "P02": {}},
                      scores={("P01", "01-a"): 80.0, ("P01", "03-c"): 12.5,
                              ("P02", "02-b"): 40.0, ("P01", "99-lama"): 100.0})
    assert results.total("P01") == 92.5, "a module no longer in the course does not count"
    assert results.total("P02") == 40.0
