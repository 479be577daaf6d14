"""Workshop agendas: built from the modules' declared minutes, and they add up."""

import json
import re

import pytest

from humas_ai import agenda
from humas_ai.agenda import AgendaError, plan, read_module, read_modules, to_markdown
from tests.conftest import ROOT

MODULES = ROOT / "modules"
ROW = re.compile(r"^\| (\d\d)\.(\d\d)–(\d\d)\.(\d\d) \| (.+?) \| (\d+) \| (\d*) \| (\d*) \|$")
HOMEWORK_ROW = re.compile(r"^\| (Modul .+?) \| .+ \| (\d+) \|$")


def _notebook(tmp_path, name, parts, extra_cells=(), declared=None):
    cells = [{"cell_type": "markdown", "source": f"# {name}\n"}]
    for title, minutes in parts:
        cells.append({"cell_type": "markdown", "source": f"## {title} ({minutes} menit)\n"})
        cells.append({"cell_type": "code", "source": "x = 1\n"})
        cells.append({"cell_type": "markdown", "source": "### Latihan 1 — Coba (10 poin)\n"})
        cells.append({"cell_type": "code", "source": "y = 2\n"})
    cells.extend(extra_cells)
    info = {
        "modul": name, "judul": f"Judul {name}", "tingkat": "dasar",
        "menit": declared if declared is not None else sum(m for _, m in parts),
        "bagian": [{"judul": title, "menit": minutes} for title, minutes in parts],
    }
    folder = tmp_path / name
    folder.mkdir(parents=True)
    path = folder / f"{name}.ipynb"
    path.write_text(json.dumps({"cells": cells, "metadata": {"kelas_ai_humas": info},
                                "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    return path


def _rows(markdown):
    rows = []
    for line in markdown.splitlines():
        match = ROW.match(line)
        if match:
            h1, m1, h2, m2, activity, minutes, explain, practice = match.groups()
            start, end = int(h1) * 60 + int(m1), int(h2) * 60 + int(m2)
            rows.append((start, end, activity, int(minutes), explain, practice))
    return rows


@pytest.mark.parametrize("days", [1, 2])
def test_agenda_tables_add_up_to_the_module_minutes(days):
    modules = read_modules(MODULES)
    markdown = to_markdown(plan(modules, days=days))
    rows = _rows(markdown)
    in_class = sum(row[3] for row in rows if row[2].startswith("Modul "))
    homework = sum(int(m[2]) for line in markdown.splitlines()
                   if (m := HOMEWORK_ROW.match(line)))
    assert in_class + homework == sum(module.minutes for module in modules)
    for start, end, activity, minutes, explain, practice in rows:
        assert end - start == minutes, activity
        if activity.startswith("Modul "):
            assert int(explain) + int(practice) == minutes, activity
    # Per module, the rows (and the self-study table) hold exactly its declared minutes.
    for module in modules:
        scheduled = sum(row[3] for row in rows if row[2] == module.label)
        leftover = sum(int(m[2]) for line in markdown.splitlines()
                       if (m := HOMEWORK_ROW.match(line)) and m[1] == module.label)
        assert scheduled + leftover == module.minutes, module.name


def test_module_minutes_match_the_notebook_metadata():
    for path in sorted(MODULES.glob("*/*.ipynb")):
        info = json.loads(path.read_text(encoding="utf-8"))["metadata"]["kelas_ai_humas"]
        module = read_module(path)
        assert module.minutes == info["menit"]
        assert [s.title for s in module.sections] == [b["judul"] for b in info["bagian"]]


@pytest.mark.parametrize("days", [1, 2])
def test_days_are_ordered_within_working_hours_with_lunch(days):
    result = plan(read_modules(MODULES), days=days)
    assert len(result.days) == days
    for rows in result.days:
        assert rows[0].start == agenda.DAY_START and rows[0].kind == "pembukaan"
        assert rows[-1].kind == "penutup" and rows[-1].end <= agenda.DAY_END
        for before, after in zip(rows, rows[1:], strict=False):
            assert before.end == after.start
        if rows[-1].end > 13 * 60:
            assert any(row.kind == "istirahat" and row.minutes == 60 for row in rows)


def test_two_days_fit_more_than_one(tmp_path):
    for number in range(6):
        _notebook(tmp_path, f"0{number}-modul", [("1. A", 40), ("2. B", 40)])
    modules = read_modules(tmp_path)
    one, two = plan(modules, days=1), plan(modules, days=2)
    assert one.homework and not two.homework
    assert one.module_minutes() < two.module_minutes() == 480
    assert "Dikerjakan mandiri" in to_markdown(one)
    assert "Dikerjakan mandiri" not in to_markdown(two)


def test_last_day_does_not_start_a_module_it_cannot_finish(tmp_path):
    _notebook(tmp_path, "00-a", [("1. A", 200)])
    _notebook(tmp_path, "01-b", [("1. A", 100), ("2. B", 100)])
    result = plan(read_modules(tmp_path), days=1)
    assert [m.name for m in result.homework] == ["01-b"]
    assert all(row.module != "01-b" for row in result.days[0])


def test_breaks_fall_between_sections(tmp_path):
    _notebook(tmp_path, "00-a", [(f"{n}. Bagian", 25) for n in range(1, 11)])
    rows = plan(read_modules(tmp_path), days=1).days[0]
    boundaries = {agenda.DAY_START + 30 + 25 * n for n in range(11)}
    elapsed = 0
    for row in rows:
        if row.kind == "istirahat":
            assert agenda.DAY_START + 30 + elapsed in boundaries
        if row.kind == "modul":
            elapsed += row.minutes


def test_explanation_before_the_exercise_and_practice_after(tmp_path):
    path = _notebook(tmp_path, "00-a", [("1. A", 10)])
    section = read_module(path).sections[0]
    assert (section.explain, section.practice) == (5, 5)


def test_missing_section_heading_is_explained(tmp_path):
    path = _notebook(tmp_path, "00-a", [("1. A", 10)])
    notebook = json.loads(path.read_text())
    notebook["cells"][1]["source"] = "## 1. A (12 menit)\n"
    path.write_text(json.dumps(notebook))
    with pytest.raises(AgendaError, match="tidak ditemukan"):
        read_module(path)


def test_declared_total_must_match_the_sections(tmp_path):
    path = _notebook(tmp_path, "00-a", [("1. A", 10)], declared=15)
    with pytest.raises(AgendaError, match="tidak sama"):
        read_module(path)


def test_cli_prints_the_tables(capsys):
    assert agenda.main(["--hari", "2", str(MODULES)]) == 0
    out = capsys.readouterr().out
    assert "**Hari 1**" in out and "**Hari 2**" in out and "Modul 00" in out


def test_cli_reports_an_empty_folder(tmp_path, capsys):
    assert agenda.main([str(tmp_path)]) == 1
    assert "Tidak ada notebook modul" in capsys.readouterr().out
