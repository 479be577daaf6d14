"""Workshop agendas built from the minutes each module declares.

Every participant notebook in ``modules/NN-name/NN-name.ipynb`` carries its
timing in the notebook metadata ``kelas_ai_humas``::

    {"modul": "00-pengenalan", "judul": "...", "menit": 45, "tingkat": "pemula",
     "bagian": [{"judul": "1. Sel dan kernel", "menit": 6}, ...]}

:func:`plan` lays those sections out over one or two Raker days (opening,
coffee breaks, lunch, closing), and :func:`to_markdown` writes the Markdown
tables the trainer guide shows.  The book renders them at build time (see
``docs/_ext/agenda_directive.py``), so the agenda cannot drift from the
notebooks.  Trainers can print an agenda themselves::

    python -m humas_ai.agenda --hari 2 modules

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


def _cell_text(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def _is_exercise_heading(cell: dict) -> bool:
    return cell.get("cell_type") == "markdown" and any(
        line.startswith("### Latihan") for line in _cell_text(cell).splitlines()
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
                and heading in _cell_text(cell).splitlines()
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


class _Day:
    def __init__(self, first: bool, last: bool):
        self.rows: list[Row] = []
        self.clock = DAY_START
        self.breaks = list(BREAKS)
        self.closing = CLOSING_LAST if last else CLOSING_OTHER
        minutes, text = OPENING_FIRST if first else OPENING_NEXT
        self._add(minutes, text, "pembukaan")

    def _add(self, minutes: int, text: str, kind: str, **extra) -> None:
        self.rows.append(Row(self.clock, self.clock + minutes, text, kind, **extra))
        self.clock += minutes

    def _breaks_before(self, end: int) -> int:
        return sum(minutes for at, minutes, _ in self.breaks if at < end)

    def fits(self, minutes: int) -> bool:
        end = self.clock + minutes
        return end + self._breaks_before(end) + self.closing[0] <= DAY_END

    def add_section(self, module: Module, section: Section) -> None:
        # A break falls on the section boundary nearest to its due time.
        while self.breaks and self.clock + section.minutes / 2 > self.breaks[0][0]:
            _, minutes, text = self.breaks.pop(0)
            self._add(minutes, text, "istirahat")
        last = self.rows[-1]
        if last.kind == "modul" and last.module == module.name:
            self.rows[-1] = Row(
                last.start, last.end + section.minutes, last.activity, "modul", module.name,
                last.explain + section.explain, last.practice + section.practice,
            )
            self.clock += section.minutes
        else:
            self._add(
                section.minutes, module.label, "modul", module=module.name,
                explain=section.explain, practice=section.practice,
            )

    def close(self) -> list[Row]:
        minutes, text = self.closing
        self._add(minutes, text, "penutup")
        return self.rows


def plan(modules: list[Module], days: int = 1) -> Agenda:
    """Lay the modules out over ``days`` workshop days (1 or 2).

    Sections are never cut by a break.  A module may continue on the next day,
    but on the last day a module is only started if it can be finished; the
    modules that do not fit are listed as self-study after the workshop.
    """
    if days < 1:
        raise AgendaError("Jumlah hari pelatihan minimal 1.")
    agenda = Agenda(modules=list(modules))
    queue = list(modules)
    for number in range(days):
        last = number == days - 1
        day = _Day(first=number == 0, last=last)
        # Spread the work evenly: a day that is not the last starts no new module
        # once it holds its share of the minutes still to schedule.
        share = sum(section.minutes for module in queue for section in module.sections)
        share /= days - number
        scheduled = 0
        while queue:
            module = queue[0]
            if not last and scheduled >= share:
                break
            if last:
                needed = sum(section.minutes for section in module.sections)
                if not day.fits(needed):
                    break
            if not day.fits(module.sections[0].minutes):
                break
            done = 0
            for section in module.sections:
                if not day.fits(section.minutes):
                    break
                day.add_section(module, section)
                scheduled += section.minutes
                done += 1
            if done == len(module.sections):
                queue.pop(0)
            else:
                queue[0] = Module(
                    module.name, module.title, module.minutes, module.level,
                    module.sections[done:],
                )
                break
        agenda.days.append(day.close())
    agenda.homework = queue
    return agenda


# --------------------------------------------------------------------------- output


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}.{minutes % 60:02d}"


def to_markdown(agenda: Agenda) -> str:
    """The agenda as Markdown: one table per day, then self-study modules, then totals."""
    lines: list[str] = []
    for number, rows in enumerate(agenda.days, start=1):
        title = f"Hari {number}" if len(agenda.days) > 1 else "Jadwal"
        lines += [
            f"**{title}** ({_clock(rows[0].start)}–{_clock(rows[-1].end)})",
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
        prog="python -m humas_ai.agenda",
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
