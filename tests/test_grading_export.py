"""humas_ai.trainer.grading.export: the grade table, nilai.csv and nilai.xlsx."""


import math

import pandas as pd
import pytest

from humas_ai.trainer.grading.export import PENDING_COLUMN, export, grade_table, pending_text
from humas_ai.trainer.grading.results import Results
from tests import grading_cases as cases

MODULES = ["01-teks", "02-sentimen"]


@pytest.fixture
def results():
    people = {"P01": {"nama": "Siti Aminah", "instansi": "Diskominfo Samarinda"},
              "P02": {"nama": "Budi", "instansi": "Dinas Kesehatan"},
              "P03": {"nama": "", "instansi": ""}}
    return Results(MODULES, people,
                   scores={("P01", "01-teks"): 90.0, ("P01", "02-sentimen"): 62.4567,
                           ("P02", "02-sentimen"): 75.0},
                   max_scores={"01-teks": 100.0, "02-sentimen": 100.0},
                   pending={("P01", "02-sentimen"): 25.0, ("P02", "01-teks"): 12.5})


def test_one_row_per_participant_one_column_per_module_then_total_and_pending(results):
    table = grade_table(results)
    assert list(table.columns) == ["kode", "nama", "instansi", *MODULES, "total",
                                   PENDING_COLUMN]
    assert list(table["kode"]) == ["P01", "P02", "P03"]
    rows = table.set_index("kode")
    assert rows.loc["P01", "02-sentimen"] == 62.46  # two decimals
    assert rows.loc["P01", "total"] == pytest.approx(152.46)
    assert math.isnan(rows.loc["P02", "01-teks"])  # not submitted: empty, not 0
    assert rows.loc["P02", "total"] == 75.0
    assert rows.loc["P03", "total"] == 0.0 and rows.loc["P03", "nama"] == ""


def test_pending_answers_are_named_with_their_points_in_module_order(results):
    assert pending_text(results, "P01") == "02-sentimen (25 poin)"
    assert pending_text(results, "P02") == "01-teks (12.5 poin)"
    assert pending_text(results, "P03") == ""
    results.pending[("P01", "01-teks")] = 100.0
    assert pending_text(results, "P01") == "01-teks (100 poin); 02-sentimen (25 poin)"


def test_a_class_without_participants_gives_an_empty_table_with_the_columns():
    table = grade_table(Results(MODULES, {}))
    assert table.empty
    assert list(table.columns) == ["kode", "nama", "instansi", *MODULES, "total",
                                   PENDING_COLUMN]


def test_csv_opens_in_excel_and_both_files_hold_the_same_grades(results, tmp_path):
    csv_path, xlsx_path = export(results, tmp_path / "hasil" / "baru")
    assert (csv_path.name, xlsx_path.name) == ("nilai.csv", "nilai.xlsx")
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    from_csv = pd.read_csv(csv_path, encoding="utf-8-sig", keep_default_na=False)
    from_xlsx = pd.read_excel(xlsx_path, sheet_name="Nilai").astype(object).fillna("")
    for table in (from_csv, from_xlsx):
        rows = table.set_index("kode")
        assert rows.loc["P01", "nama"] == "Siti Aminah"
        assert float(rows.loc["P01", "total"]) == pytest.approx(152.46)
        assert rows.loc["P02", "01-teks"] == ""
        assert rows.loc["P01", PENDING_COLUMN] == "02-sentimen (25 poin)"


def test_exporting_again_replaces_the_files(results, tmp_path):
    export(results, tmp_path)
    results.scores[("P02", "01-teks")] = 50.0
    csv_path, _ = export(results, tmp_path)
    rows = pd.read_csv(csv_path, encoding="utf-8-sig").set_index("kode")
    assert rows.loc["P02", "01-teks"] == 50.0 and rows.loc["P02", "total"] == 125.0


def test_the_excel_columns_fit_the_longest_name(tmp_path):
    from openpyxl import load_workbook

    from humas_ai.trainer.grading.export import export

    _, xlsx = export(cases.small_class(), tmp_path)
    sheet = load_workbook(xlsx)["Nilai"]
    widths = {cell.value: sheet.column_dimensions[cell.column_letter].width
              for cell in sheet[1]}
    assert widths["nama"] >= len("Raden Ajeng Siti Nurhaliza Kusumawardhani")
    assert widths["instansi"] >= len("Diskominfo Kabupaten Kutai Kartanegara")
    assert widths[PENDING_COLUMN] >= len(PENDING_COLUMN)
    assert sheet.freeze_panes == "A2"
