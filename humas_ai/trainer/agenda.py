"""Workshop agendas built from the minutes each module declares.

Every participant notebook in ``modules/NN-name/NN-name.ipynb`` carries its
timing in the notebook metadata ``kelas_ai_humas``::

    {"modul": "00-pengenalan", "judul": "...", "menit": 45, "tingkat": "pemula",
     "bagian": [{"judul": "1. Sel dan kernel", "menit": 6}, ...]}

:func:`plan` lays those sections out over one or two Raker days (opening,
coffee breaks, lunch, closing) on a 5-minute grid, always keeping the ethics
module whole, and :func:`to_markdown` writes the Markdown tables the trainer
guide shows, each with a line naming its breaks counted from its own rows.  The
book renders them at build time (see ``docs/_ext/kelas_book.py``), so the agenda
cannot drift from the notebooks.  Trainers can print an agenda themselves::

    python -m humas_ai.trainer.agenda --hari 2 modules

Each section's minutes are split into *penjelasan* (the trainer explains and
demonstrates; everything before the section's first ``### Latihan`` heading)
and *praktik* (participants work on their own; from that heading on), in
proportion to the number of notebook cells on each side.  A project module
(graded, but without any ``### Latihan`` heading, such as the capstone) is
practice throughout, except its first section (*Persiapan*).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from humas_ai.classroom.identify import cell_source
from humas_ai.errors import HumasAIError

METADATA_KEY = "kelas_ai_humas"

#: The day runs 08.00–16.00: seven hours of sessions (coffee breaks included)
#: plus one hour for lunch and prayers.
DAY_START = 8 * 60
DAY_END = 16 * 60
#: (time it is due, minutes, activity)
BREAKS = (
    (10 * 60, 15, "Rehat kopi"),
    (12 * 60, 60, "Ishoma (istirahat, salat, makan siang)"),
    (14 * 60 + 30, 15, "Rehat kopi"),
)
OPENING_FIRST = (30, "Pembukaan: sambutan, perkenalan, pembagian kode peserta, cek laptop")
OPENING_NEXT = (15, "Rekap hari sebelumnya dan tanya jawab")
CLOSING_LAST = (30, "Penutup: pengumpulan notebook, evaluasi, rencana tindak lanjut")
CLOSING_OTHER = (15, "Refleksi hari ini dan pengumpulan notebook")


class AgendaError(HumasAIError):
    """The module notebooks do not carry usable timing metadata."""


@dataclass(frozen=True)
class Section:
    """One timed section of a module notebook."""

    title: str
    minutes: int
    explain: int
    practice: int


@dataclass(frozen=True)
class Module:
    """A module notebook's declared timing."""

    name: str
    title: str
    minutes: int
    level: str
    sections: tuple[Section, ...]

    @property
    def number(self) -> str:
        return self.name.split("-", 1)[0]

    @property
    def label(self) -> str:
        return f"Modul {self.number}: {self.title}"


@dataclass(frozen=True)
class Row:
    """One line of an agenda table."""

    start: int
    end: int
    activity: str
    kind: str  # "pembukaan", "modul", "istirahat" or "penutup"
    module: str = ""
    explain: int = 0
    practice: int = 0

    @property
    def minutes(self) -> int:
        return self.end - self.start


@dataclass
class Agenda:
    """Rows per day, plus the modules left for self-study after the workshop."""

    days: list[list[Row]] = field(default_factory=list)
    homework: list[Module] = field(default_factory=list)
    modules: list[Module] = field(default_factory=list)

    def module_minutes(self) -> int:
        """Minutes of module work scheduled in the days."""
        return sum(row.minutes for day in self.days for row in day if row.kind == "modul")


# --------------------------------------------------------------------------- reading


def _is_exercise_heading(cell: dict) -> bool:
    return cell.get("cell_type") == "markdown" and any(
        line.startswith("### Latihan") for line in cell_source(cell).splitlines()
    )


def _split_sections(cells: list[dict], parts: list[dict], path: Path) -> tuple[Section, ...]:
    project = not any(_is_exercise_heading(cell) for cell in cells)
    headings = [f"## {part['judul']} ({part['menit']} menit)" for part in parts]
    starts: list[int] = []
    for heading in headings:
        found = next(
            (
                index
                for index, cell in enumerate(cells)
                if cell.get("cell_type") == "markdown"
                and heading in cell_source(cell).splitlines()
            ),
            None,
        )
        if found is None:
            raise AgendaError(
                f"Judul bagian '{heading}' tidak ditemukan di {path.name}. "
                "Samakan judul bagian di notebook dengan metadata kelas_ai_humas."
            )
        starts.append(found)
    sections = []
    for number, part in enumerate(parts):
        end = starts[number + 1] if number + 1 < len(parts) else len(cells)
        block = cells[starts[number] : max(end, starts[number] + 1)]
        first_exercise = next(
            (index for index, cell in enumerate(block) if _is_exercise_heading(cell)),
            len(block),
        )
        minutes = int(part["menit"])
        if project:
            practice = minutes if number > 0 else 0
        else:
            practice = round(minutes * (len(block) - first_exercise) / len(block))
        sections.append(Section(part["judul"], minutes, minutes - practice, practice))
    return tuple(sections)


def read_module(path: str | Path) -> Module:
    """Read the timing of one module notebook."""
    path = Path(path)
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise AgendaError(f"Notebook {path} tidak dapat dibaca: {error}") from error
    info = notebook.get("metadata", {}).get(METADATA_KEY)
    if not info or not info.get("bagian"):
        raise AgendaError(
            f"Notebook {path.name} tidak memiliki metadata '{METADATA_KEY}' dengan daftar bagian."
        )
    sections = _split_sections(notebook.get("cells", []), info["bagian"], path)
    total = sum(section.minutes for section in sections)
    if total != int(info["menit"]):
        raise AgendaError(
            f"Di {path.name}, jumlah menit per bagian ({total}) tidak sama dengan "
            f"menit modul ({info['menit']})."
        )
    return Module(
        name=info.get("modul", path.stem),
        title=info["judul"],
        minutes=total,
        level=info.get("tingkat", ""),
        sections=sections,
    )


def read_modules(folder: str | Path) -> list[Module]:
    """Read every ``NN-name/NN-name.ipynb`` under ``folder``, in module order."""
    folder = Path(folder)
    paths = sorted(
        path for path in folder.glob("*/*.ipynb") if path.stem == path.parent.name
    )
    if not paths:
        raise AgendaError(f"Tidak ada notebook modul di folder {folder}.")
    return [read_module(path) for path in paths]


# --------------------------------------------------------------------------- planning

#: Every clock time in an agenda is a multiple of this many minutes.
GRID = 5
#: Modules a Raker never leaves out or shortens, however short it is: the ethics module
#: covers the agency's legal duties (UU No. 27/2022); see docs/pelatih/fasilitasi.md.
REQUIRED_MODULES = ("04-etika-ai",)
#: A break due this soon after the last module of the day starts right away.
BREAK_SLACK = 30
BUFFER = "Waktu cadangan: menyelesaikan latihan yang tertinggal dan tanya jawab"


def _round_up(minutes: int) -> int:
    return -(-minutes // GRID) * GRID


def _snap(offset: float, total: int) -> int:
    """A point ``offset`` minutes into a module of ``total`` minutes, on the 5-minute grid."""
    if offset <= 0:
        return 0
    if offset >= total:
        return total
    return min(max(GRID * round(offset / GRID), GRID), total - GRID)


def _padded(module: Module) -> Module:
    """``module`` lengthened to a multiple of GRID minutes (extra minutes are practice)."""
    extra = _round_up(module.minutes) - module.minutes
    if not extra:
        return module
    last = module.sections[-1]
    sections = (*module.sections[:-1],
                Section(last.title, last.minutes + extra, last.explain, last.practice + extra))
    return Module(module.name, module.title, module.minutes + extra, module.level, sections)


@dataclass
class _Segment:
    """The module row being filled: where it started, in clock and in module minutes."""

    index: int
    module: Module
    snapped_start: int
    offset: float
    explain: float = 0
    practice: float = 0


class _Day:
    def __init__(self, first: bool, last: bool):
        self.rows: list[Row] = []
        self.clock = DAY_START
        self.breaks = list(BREAKS)
        self.closing = CLOSING_LAST if last else CLOSING_OTHER
        self.segment: _Segment | None = None
        minutes, text = OPENING_FIRST if first else OPENING_NEXT
        self._add(minutes, text, "pembukaan")

    def _add(self, minutes: int, text: str, kind: str) -> None:
        self.rows.append(Row(self.clock, self.clock + minutes, text, kind))
        self.clock += minutes
        self.segment = None

    def _breaks_before(self, end: int) -> int:
        return sum(minutes for at, minutes, _ in self.breaks if at < end)

    def end_of(self, module: Module, start: float, end: float) -> int:
        """The clock when ``module`` (now at ``start`` of its minutes) reaches ``end``."""
        if self.segment is not None and self.segment.module.name == module.name:
            return self.rows[-1].start + _snap(end, module.minutes) - self.segment.snapped_start
        return self.clock + _snap(end, module.minutes) - _snap(start, module.minutes)

    def fits(self, end: int) -> bool:
        """Whether work ending at ``end`` still leaves room for due breaks and the closing."""
        return end + self._breaks_before(end) + self.closing[0] <= DAY_END

    def add_section(self, module: Module, offset: float, section: Section) -> None:
        """Add ``section``, which starts ``offset`` minutes into ``module``."""
        # A break falls on the section boundary nearest to its due time.
        while self.breaks and self.clock + section.minutes / 2 > self.breaks[0][0]:
            _, minutes, text = self.breaks.pop(0)
            self._add(minutes, text, "istirahat")
        segment = self.segment
        if segment is None or segment.module.name != module.name:
            snapped = _snap(offset, module.minutes)
            self.rows.append(Row(self.clock, self.clock, module.label, "modul", module.name))
            segment = self.segment = _Segment(len(self.rows) - 1, module, snapped, offset)
        segment.explain += section.explain
        segment.practice += section.practice
        exact = segment.explain + segment.practice
        start = self.rows[segment.index].start
        minutes = _snap(segment.offset + exact, module.minutes) - segment.snapped_start
        explain = round(segment.explain * minutes / exact) if exact else 0
        self.rows[segment.index] = Row(start, start + minutes, module.label, "modul",
                                       module.name, explain, minutes - explain)
        self.clock = start + minutes

    def fill(self) -> None:
        """Hold the rest of the day as spare time, with the breaks still due."""
        end = DAY_END - self.closing[0]
        for due, minutes, text in self.breaks:
            if due + minutes > end:
                break
            if due - self.clock > BREAK_SLACK:
                self._add(due - self.clock, BUFFER, "cadangan")
            self._add(minutes, text, "istirahat")
        self.breaks = []
        if end - self.clock >= GRID:
            self._add(end - self.clock, BUFFER, "cadangan")

    def close(self) -> list[Row]:
        minutes, text = self.closing
        self._add(minutes, text, "penutup")
        # A stretch shorter than the grid can round away to nothing.
        return [row for row in self.rows if row.minutes > 0]


def plan(modules: list[Module], days: int = 1,
         required: tuple[str, ...] = REQUIRED_MODULES) -> Agenda:
    """Lay the modules out over ``days`` workshop days (1 or 2).

    Every time is on a 5-minute grid (a module's minutes are rounded up to it).  Sections
    are never cut by a break.  A module may continue on the next day, but on the last day
    a module is only started if it can be finished.  The ``required`` modules are always
    scheduled in full; other modules are scheduled in order while they fit next to them, and
    those that do not fit are listed as self-study after the workshop.  A last day that
    leaves modules for self-study still runs the whole day: what is left is spare time.
    """
    if days < 1:
        raise AgendaError("Jumlah hari pelatihan minimal 1.")
    agenda = Agenda(modules=list(modules))
    queue = [_padded(module) for module in modules]
    done: dict[str, float] = {}
    skipped: list[Module] = []

    def left(module: Module) -> float:
        return module.minutes - done.get(module.name, 0)

    for number in range(days):
        last = number == days - 1
        day = _Day(first=number == 0, last=last)
        # Spread the work evenly: a day that is not the last starts no new module
        # once it holds its share of the minutes still to schedule.
        share = sum(left(module) for module in queue) / (days - number)
        scheduled = 0.0
        while queue:
            module = queue[0]
            offset = done.get(module.name, 0)
            if not last and scheduled >= share:
                break
            if last:
                later = sum(left(m) for m in queue[1:] if m.name in required)
                end = day.end_of(module, offset, module.minutes)
                if not day.fits(end + later) and module.name not in required:
                    skipped.append(queue.pop(0))
                    continue
                if not day.fits(end):
                    raise AgendaError(
                        f"{module.label} wajib diajarkan utuh tetapi tidak muat dalam {days} "
                        "hari. Tambah hari pelatihan atau perpendek modul lain."
                    )
            position = 0.0
            finished = True
            for section in module.sections:
                if position + section.minutes <= offset:
                    position += section.minutes
                    continue
                if not day.fits(day.end_of(module, position, position + section.minutes)):
                    finished = False
                    break
                day.add_section(module, position, section)
                position += section.minutes
                scheduled += section.minutes
                done[module.name] = position
            if not finished:
                break
            queue.pop(0)
        if last and (queue or skipped):
            day.fill()
        agenda.days.append(day.close())
    originals = {module.name: module for module in modules}
    homework = []
    for module in sorted(skipped + queue, key=lambda m: [x.name for x in modules].index(m.name)):
        offset = done.get(module.name, 0)
        position = 0.0
        sections = []
        for section in originals[module.name].sections:
            if position >= offset:
                sections.append(section)
            position += section.minutes
        homework.append(Module(module.name, module.title, module.minutes, module.level,
                               tuple(sections)))
    agenda.homework = homework
    return agenda


# --------------------------------------------------------------------------- output


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}.{minutes % 60:02d}"


def describe(rows: list[Row]) -> str:
    """One line naming the day's breaks and spare time, counted from its rows."""
    coffee = [row for row in rows if row.kind == "istirahat" and row.minutes < 60]
    meal = [row for row in rows if row.kind == "istirahat" and row.minutes >= 60]
    parts = []
    if coffee:
        parts.append(f"{len(coffee)} kali rehat kopi ({coffee[0].minutes} menit)")
    if meal:
        parts.append(f"ishoma {meal[0].minutes} menit")
    spare = sum(row.minutes for row in rows if row.kind == "cadangan")
    text = "Rehat: " + (" dan ".join(parts) if parts else "tidak ada") + "."
    if spare:
        text += f" Waktu cadangan: {spare} menit."
    return text


def to_markdown(agenda: Agenda) -> str:
    """The agenda as Markdown: one table per day, then self-study modules, then totals."""
    lines: list[str] = []
    for number, rows in enumerate(agenda.days, start=1):
        title = f"Hari {number}" if len(agenda.days) > 1 else "Jadwal"
        lines += [
            f"**{title}** ({_clock(rows[0].start)}–{_clock(rows[-1].end)})",
            "",
            describe(rows),
            "",
            "| Waktu | Kegiatan | Menit | Penjelasan | Praktik |",
            "|---|---|--:|--:|--:|",
        ]
        for row in rows:
            split = ("", "")
            if row.kind == "modul":
                split = (str(row.explain), str(row.practice))
            lines.append(
                f"| {_clock(row.start)}–{_clock(row.end)} | {row.activity} | {row.minutes} "
                f"| {split[0]} | {split[1]} |"
            )
        lines.append("")
    if agenda.homework:
        lines += [
            "**Dikerjakan mandiri setelah pelatihan** (tidak cukup waktu di kelas)",
            "",
            "| Modul | Bagian | Menit |",
            "|---|---|--:|",
        ]
        for module in agenda.homework:
            parts = ", ".join(section.title for section in module.sections)
            minutes = sum(section.minutes for section in module.sections)
            lines.append(f"| {module.label} | {parts} | {minutes} |")
        lines.append("")
    total = sum(module.minutes for module in agenda.modules)
    scheduled = agenda.module_minutes()
    explain = sum(row.explain for day in agenda.days for row in day)
    practice = sum(row.practice for day in agenda.days for row in day)
    lines.append(
        f"Waktu modul di kelas: {scheduled} dari {total} menit "
        f"({explain} menit penjelasan, {practice} menit praktik)."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m humas_ai.trainer.agenda",
        description="Cetak agenda Raker (tabel Markdown) dari metadata notebook modul.",
    )
    parser.add_argument("folder", nargs="?", default="modules", help="folder modul peserta")
    parser.add_argument("--hari", type=int, default=1, choices=[1, 2], help="jumlah hari")
    args = parser.parse_args(argv)
    try:
        print(to_markdown(plan(read_modules(args.folder), days=args.hari)), end="")
    except AgendaError as error:
        print(error)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
