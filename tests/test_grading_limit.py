"""humas_ai.trainer.grading.limit: CapOutputSize keeps outputs small and safe for Formgrader."""


import nbformat
import pytest

from humas_ai.trainer.grading import scan
from humas_ai.trainer.grading.isolate import Limits
from humas_ai.trainer.grading.limit import CapOutputSize


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
