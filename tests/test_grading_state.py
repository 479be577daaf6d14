"""humas_ai.trainer.grading.state: the one store of what is known about each submission."""

import json

from humas_ai.trainer.grading.state import State


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
