"""Workshop agendas: built from the modules' declared minutes, and they add up."""

import json
import re

import pytest

from humas_ai.trainer import agenda
from humas_ai.trainer.agenda import AgendaError, plan, read_module, read_modules, to_markdown
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


# --------------------------------------------------------------------------- consistency
# Each test below would have caught one contradiction of the old one-day agenda: titled
# 08.00-15.00 while the page said 16.00 and two coffee breaks (one shown), the ethics module
# sent to self-study with an hour left, and times such as 09.15-09.59.

TITLE = re.compile(r"^\*\*(Jadwal|Hari \d)\*\* \((\d\d)\.(\d\d)–(\d\d)\.(\d\d)\)$")
FACILITATION = ROOT / "docs" / "pelatih" / "fasilitasi.md"
AGENDA_PAGE = ROOT / "docs" / "pelatih" / "agenda.md"


def _tables(markdown):
    """(title start, title end, break line, rows) for each day table of ``markdown``."""
    days, current = [], None
    for line in markdown.splitlines():
        if match := TITLE.match(line):
            h1, m1, h2, m2 = (int(g) for g in match.groups()[1:])
            current = [h1 * 60 + m1, h2 * 60 + m2, "", []]
            days.append(current)
        elif current is not None and line.startswith("Rehat:"):
            current[2] = line
        elif current is not None and ROW.match(line):
            current[3].extend(_rows(line))
        elif line.startswith("**Dikerjakan"):
            current = None
    return days


@pytest.mark.parametrize("days", [1, 2])
def test_every_time_is_on_the_five_minute_grid(days):
    for rows in plan(read_modules(MODULES), days=days).days:
        for row in rows:
            assert row.start % 5 == 0 and row.end % 5 == 0, row
            assert row.minutes > 0, row


def test_odd_section_minutes_still_give_grid_times(tmp_path):
    _notebook(tmp_path, "00-a", [("1. A", 7), ("2. B", 11), ("3. C", 13), ("4. D", 16)])
    _notebook(tmp_path, "01-b", [(f"{n}. Bagian", 9) for n in range(1, 16)])
    _notebook(tmp_path, "02-c", [("1. A", 33), ("2. B", 29)])
    modules = read_modules(tmp_path)
    for days in (1, 2):
        result = plan(modules, days=days)
        for rows in result.days:
            assert all(row.start % 5 == 0 and row.end % 5 == 0 for row in rows), rows
        # A module's rows hold its minutes rounded up to the grid, never fewer.
        for module in modules:
            scheduled = sum(r.minutes for day in result.days for r in day
                            if r.module == module.name)
            if module.name not in {m.name for m in result.homework}:
                assert scheduled == -(-module.minutes // 5) * 5, module.name


@pytest.mark.parametrize("days", [1, 2])
def test_title_break_line_and_rows_agree(days):
    markdown = to_markdown(plan(read_modules(MODULES), days=days))
    tables = _tables(markdown)
    assert len(tables) == days
    for start, end, breaks, rows in tables:
        assert (start, end) == (rows[0][0], rows[-1][1])
        coffee = [row for row in rows if row[2] == "Rehat kopi"]
        meal = [row for row in rows if row[2].startswith("Ishoma")]
        if coffee:
            assert f"{len(coffee)} kali rehat kopi ({coffee[0][3]} menit)" in breaks, breaks
        else:
            assert "rehat kopi" not in breaks
        assert ("ishoma" in breaks) == bool(meal), breaks
        spare = sum(row[3] for row in rows if row[2].startswith("Waktu cadangan"))
        assert (f"Waktu cadangan: {spare} menit." in breaks) == bool(spare), breaks


def test_agenda_page_states_no_time_or_break_count_of_its_own():
    """The page's prose cannot contradict the generated tables: it states no clock time and
    no number of breaks (the generated line above each table says them)."""
    text = AGENDA_PAGE.read_text(encoding="utf-8")
    assert not re.findall(r"\b\d{1,2}[.:]\d\d\b", text)
    assert not re.search(r"\b(satu|dua|tiga|\d) (kali )?rehat", text, re.I)
    assert "```{agenda-kelas} 1" in text and "```{agenda-kelas} 2" in text


def _uncut_in_facilitation_notes():
    """Module numbers whose facilitation notes say their time must never be cut."""
    numbers, current = set(), None
    for line in FACILITATION.read_text(encoding="utf-8").splitlines():
        if match := re.match(r"^### Modul (\d\d)\b", line):
            current = match[1]
        elif current and "Jangan memotong waktu modul ini" in line:
            numbers.add(current)
    return numbers


def test_modules_the_notes_never_cut_are_required():
    uncut = _uncut_in_facilitation_notes()
    assert "04" in uncut
    assert uncut == {name.split("-", 1)[0] for name in agenda.REQUIRED_MODULES}


@pytest.mark.parametrize("days", [1, 2])
def test_required_modules_are_taught_whole_in_class(days):
    modules = read_modules(MODULES)
    result = plan(modules, days=days)
    assert not {m.name for m in result.homework} & set(agenda.REQUIRED_MODULES)
    for module in modules:
        if module.name in agenda.REQUIRED_MODULES:
            rows = [row for day in result.days for row in day if row.module == module.name]
            assert sum(row.minutes for row in rows) == module.minutes
            # Explanation (law and ethics concepts) is never traded for practice.
            assert sum(row.explain for row in rows) == sum(s.explain for s in module.sections)


def test_one_day_raker_teaches_ethics():
    markdown = to_markdown(plan(read_modules(MODULES), days=1))
    table, _, self_study = markdown.partition("**Dikerjakan mandiri")
    assert "| Modul 04: Etika" in table
    assert "Modul 04" not in self_study


def test_no_module_left_for_self_study_while_class_time_would_hold_it():
    modules = read_modules(MODULES)
    result = plan(modules, days=1)
    rows = result.days[-1]
    assert result.homework, "one day cannot hold every module"
    # The day is used to its end, and its spare time is shorter than any module left over.
    assert rows[-1].end == agenda.DAY_END
    spare = sum(row.minutes for row in rows if row.kind == "cadangan")
    assert spare < min(module.minutes for module in result.homework)
    # No coffee break sits directly before the closing.
    assert rows[-2].kind != "istirahat"


def test_required_module_is_scheduled_before_optional_ones_that_no_longer_fit(tmp_path):
    _notebook(tmp_path, "00-a", [("1. A", 120)])
    _notebook(tmp_path, "01-b", [("1. A", 150)])
    _notebook(tmp_path, "02-wajib", [("1. A", 60), ("2. B", 30)])
    result = plan(read_modules(tmp_path), days=1, required=("02-wajib",))
    names = [row.module for row in result.days[0] if row.kind == "modul"]
    assert "02-wajib" in names and "01-b" not in names
    assert [m.name for m in result.homework] == ["01-b"]


def test_required_module_that_cannot_fit_is_explained(tmp_path):
    _notebook(tmp_path, "00-a", [("1. A", 400)])
    with pytest.raises(AgendaError, match="wajib diajarkan utuh"):
        plan(read_modules(tmp_path), days=1, required=("00-a",))


def test_facilitation_timings_match_the_notebooks():
    """The per-module "Waktu (N menit)" lines of the facilitation notes are the notebooks'."""
    modules = {module.number: module for module in read_modules(MODULES)}
    current, checked = None, 0
    for line in FACILITATION.read_text(encoding="utf-8").splitlines():
        if match := re.match(r"^### Modul (\d\d)\b", line):
            current = match[1]
        elif current and (match := re.match(r"^\*\*Waktu \((\d+) menit\):\*\* (.+)$", line)):
            module = modules[current]
            assert int(match[1]) == module.minutes, current
            minutes = [int(part.rsplit(" ", 1)[1]) for part in match[2].rstrip(".").split(" · ")]
            assert minutes == [section.minutes for section in module.sections], current
            checked += 1
    assert checked >= 4


def test_two_days_teach_every_module_in_class():
    """A two-day Raker teaches all seven modules, module 06 included, within the day."""
    result = plan(read_modules(MODULES), days=2)
    assert not result.homework
    taught = {row.module for day in result.days for row in day if row.module}
    assert taught == {path.parent.name for path in MODULES.glob("*/*.ipynb")}
    assert all(day[-1].end <= agenda.DAY_END for day in result.days)
