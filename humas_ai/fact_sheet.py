"""Fact sheets: the official record of an activity that a press text may draw on.

A fact sheet (*lembar fakta*) is written in Markdown as in
``datasets/fakta_siaran_pers/NN-lembar-fakta.md``: a ``#`` title, ``##``
sections holding two-column tables (``| Unsur | Fakta |``) or bullet
points, and a section of direct quotations written as
``- **Speaker title:** “quoted words”``.  :func:`parse_fact_sheet` reads that
into a :class:`FactSheet`; :func:`fact_sheet_from_dict` builds one from a
plain Python dict for a participant who types the facts in a notebook.

Both the prompt builder (:mod:`humas_ai.prompting`) and the fact checker
(:mod:`humas_ai.fact_check`) work from this one structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from humas_ai.errors import HumasAIError

_QUOTE_LINE = re.compile(r"^\s*[-*]\s*\*\*(?P<speaker>[^*]+?):?\*\*:?\s*(?P<text>.+)$")
_QUOTE_MARKS = re.compile(r"[“”\"]")


class FactSheetError(HumasAIError):
    """A fact sheet cannot be read."""


@dataclass(frozen=True)
class Fact:
    """One fact: the section it sits in, its label (``Tempat``) and value."""

    section: str
    label: str
    value: str

    def as_line(self) -> str:
        """The fact as one line of text, ``label: value`` (or the value alone)."""
        return f"{self.label}: {self.value}" if self.label else self.value


@dataclass(frozen=True)
class Quote:
    """A direct quotation and the title of the official who said it."""

    speaker: str
    text: str


@dataclass
class FactSheet:
    """Title, facts and quotations of one fact sheet, and its full text."""

    title: str
    facts: list[Fact] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    text: str = ""

    def lines(self) -> list[str]:
        """Every fact and quotation as one line each, in reading order."""
        return [fact.as_line() for fact in self.facts] + [
            f"{quote.speaker}: “{quote.text}”" for quote in self.quotes
        ]


def _clean(cell: str) -> str:
    return re.sub(r"\s+", " ", cell.replace("**", "")).strip()


def parse_fact_sheet(markdown: str) -> FactSheet:
    """Read a Markdown fact sheet (title, sections, tables, bullets, quotations)."""
    if not isinstance(markdown, str) or not markdown.strip():
        raise FactSheetError(
            "Lembar fakta kosong. Tempelkan isi lembar fakta (teks Markdown) atau baca filenya "
            "dengan Path('lembar-fakta.md').read_text(encoding='utf-8')."
        )
    title, section = "", ""
    sheet = FactSheet(title="", text=markdown)
    for raw in markdown.splitlines():
        line = raw.strip()
        if not line or line.startswith(">"):
            continue
        if line.startswith("# "):
            title = re.sub(r"^Lembar Fakta\s*\d*\s*:\s*", "", _clean(line[2:]), flags=re.I)
            continue
        if line.startswith("#"):
            section = _clean(line.lstrip("#"))
            continue
        if line.startswith("|"):
            cells = [_clean(cell) for cell in line.strip("|").split("|")]
            if all(set(cell) <= set("-: ") for cell in cells):
                continue
            if len(cells) >= 2 and cells[0].lower() in {"unsur", "uraian", "hal", "label"}:
                continue
            label, value = (cells[0], " | ".join(cells[1:])) if len(cells) >= 2 else ("", cells[0])
            sheet.facts.append(Fact(section, label, value))
            continue
        quote = _QUOTE_LINE.match(line)
        if quote and _QUOTE_MARKS.search(quote["text"]):
            text = _QUOTE_MARKS.sub("", quote["text"]).strip()
            sheet.quotes.append(Quote(_clean(quote["speaker"]).rstrip(":"), text))
            continue
        value = _clean(re.sub(r"^[-*]\s+", "", line))
        sheet.facts.append(Fact(section, "", value))
    sheet.title = title
    if not sheet.facts and not sheet.quotes:
        raise FactSheetError(
            "Lembar fakta tidak berisi fakta yang terbaca. Tulis fakta sebagai tabel "
            "'| Unsur | Fakta |' atau sebagai butir '- ...', dan kutipan sebagai "
            "'- **Jabatan:** “kutipan”'."
        )
    return sheet


def fact_sheet_from_dict(facts: dict[str, str], quotes: dict[str, str] | None = None,
                         title: str = "Lembar fakta") -> FactSheet:
    """Build a fact sheet from ``{label: value}`` and ``{speaker title: quotation}``."""
    if not isinstance(facts, dict) or not facts:
        raise FactSheetError(
            "Fakta harus berupa dict yang tidak kosong, misalnya "
            "{'Tanggal': 'Kamis, 15 Mei 2025', 'Tempat': 'Kantor Kecamatan Samarinda Utara'}."
        )
    sheet = FactSheet(title=title)
    for label, value in facts.items():
        if not str(value).strip():
            raise FactSheetError(
                f"Fakta '{label}' kosong. Isi nilainya, atau tulis 'tidak ada data' bila memang "
                "belum diketahui."
            )
        sheet.facts.append(Fact("", str(label).strip(), str(value).strip()))
    for speaker, text in (quotes or {}).items():
        sheet.quotes.append(Quote(str(speaker).strip(), _QUOTE_MARKS.sub("", str(text)).strip()))
    lines = [f"# {title}", ""] + [f"- {fact.as_line()}" for fact in sheet.facts]
    lines += [f"- **{quote.speaker}:** “{quote.text}”" for quote in sheet.quotes]
    sheet.text = "\n".join(lines) + "\n"
    return sheet


def as_fact_sheet(source) -> FactSheet:
    """Accept a :class:`FactSheet`, Markdown text or a ``{label: value}`` dict."""
    if isinstance(source, FactSheet):
        return source
    if isinstance(source, dict):
        return fact_sheet_from_dict(source)
    if isinstance(source, str):
        return parse_fact_sheet(source)
    raise FactSheetError(
        "Lembar fakta harus berupa teks Markdown, dict {label: nilai}, atau hasil "
        f"parse_fact_sheet(); yang diberikan bertipe {type(source).__name__}."
    )
