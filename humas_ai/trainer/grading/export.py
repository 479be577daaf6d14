"""Grades to CSV and Excel: one row per participant, one column per module, and the total."""

from __future__ import annotations

from pathlib import Path

from humas_ai.trainer.grading.results import Results

NOT_SUBMITTED = ""
PENDING_COLUMN = "menunggu_penilaian_manual"


def pending_text(results: Results, code: str) -> str:
    """``"02-klasifikasi-sentimen (25 poin); 05-proyek-akhir (100 poin)"``, or ``""``."""
    return "; ".join(f"{module} ({results.pending[(code, module)]:g} poin)"
                     for module in results.modules if (code, module) in results.pending)


def grade_table(results: Results):
    """A pandas DataFrame: kode, nama, instansi, one column per module, total, and the
    answers still waiting for the trainer (their points are not in the scores yet)."""
    import pandas as pd

    rows = []
    for code, info in results.participants.items():
        row = {"kode": code, "nama": info["nama"], "instansi": info["instansi"]}
        for module in results.modules:
            score = results.scores.get((code, module))
            row[module] = round(score, 2) if score is not None else None
        row["total"] = round(results.total(code), 2)
        row[PENDING_COLUMN] = pending_text(results, code)
        rows.append(row)
    columns = ["kode", "nama", "instansi", *results.modules, "total", PENDING_COLUMN]
    return pd.DataFrame(rows, columns=columns)


def export(results: Results, folder: Path) -> tuple[Path, Path]:
    """Write ``nilai.csv`` and ``nilai.xlsx`` into ``folder``; return both paths."""
    import pandas as pd

    folder.mkdir(parents=True, exist_ok=True)
    table = grade_table(results)
    csv_path, xlsx_path = folder / "nilai.csv", folder / "nilai.xlsx"
    table.to_csv(csv_path, index=False, encoding="utf-8-sig")
    with pd.ExcelWriter(xlsx_path, engine="openpyxl") as writer:
        table.to_excel(writer, index=False, sheet_name="Nilai")
        fit_columns(writer.sheets["Nilai"], table)
    return csv_path, xlsx_path


def fit_columns(sheet, table, widest: int = 60) -> None:
    """Columns as wide as their longest value (names are not cut), header row frozen."""
    from openpyxl.utils import get_column_letter

    for index, column in enumerate(table.columns, start=1):
        values = [str(column), *("" if value is None or value != value else str(value)
                                 for value in table[column])]
        width = min(widest, max(len(value) for value in values) + 2)
        sheet.column_dimensions[get_column_letter(index)].width = max(width, 6)
    sheet.freeze_panes = "A2"
