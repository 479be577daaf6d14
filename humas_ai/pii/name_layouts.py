"""Names found by the layout of a document: a table column headed ``Nama``, an attendance list.

``| No | Nama | NIK |`` then ``| 1 | Lukas Ajang | 64… |``: every cell under ``Nama`` is a
name. ``Hadir:`` or ``Peserta:`` followed by numbered or dashed lines: each line that
starts with capitalised words (not a role such as ``Kepala Bidang``) starts with a name.
These names have no cue word and need not be on any list of given names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NAME_HEADER_RE = re.compile(r"^\s*nama\b", re.IGNORECASE)
_CELL_NAME_RE = re.compile(
    r"(?:(?:[A-Z]\.|[A-Z][a-z]+(?:['-][A-Za-z]+)*|[A-Z]{2,})[ \t]?){1,5}"
)
_TITLE_RE = re.compile(
    r"(?:(?:H|Hj|Drs|Dra|Dr|dr|Ir|Prof|KH|Ny|Tn|Sdr|Sdri|Bpk|Ibu|Bapak)\.?[ \t]+)*"
)
_LIST_LABEL_RE = re.compile(
    r"(?im)^[ \t]*(?:hadir|peserta(?:\s+rapat)?|daftar\s+hadir|yang\s+hadir|anggota\s+tim|tim)"
    r"[^\n:]{0,30}:[ \t]*\n"
)
_LIST_ITEM_RE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]+")


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a ``|``-separated line, relative to the line."""
    bounds = [match.start() for match in re.finditer(r"\|", line)]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)]


def _name_in(text: str, start: int, end: int, stop: frozenset[str]) -> tuple[int, int] | None:
    """The name that fills ``text[start:end]`` (titles skipped), or None."""
    pos = start + len(text[start:end]) - len(text[start:end].lstrip())
    pos = _TITLE_RE.match(text, pos, end).end()
    match = _CELL_NAME_RE.match(text, pos, end)
    if not match:
        return None
    value = match.group().rstrip()
    words = [word.strip(".").lower() for word in value.split()]
    if not words or words[0] in stop or any(word in stop for word in words[:2]):
        return None
    return match.start(), match.start() + len(value)


def names_in_tables(text: str, stop: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Yield the cells under a ``Nama`` header of a ``|`` table."""
    column, offset = None, 0
    for line in text.split("\n"):
        cells = _cells(line) if line.count("|") >= 2 else []
        if not cells:
            column = None
        elif column is None:
            heads = [i for i, (a, b) in enumerate(cells) if _NAME_HEADER_RE.match(line[a:b])]
            column = heads[0] if heads else None
        elif column < len(cells) and not set(line) <= set("|-: \t"):
            a, b = cells[column]
            span = _name_in(text, offset + a, offset + b, stop)
            if span:
                yield span
        offset += len(line) + 1


def names_in_lists(text: str, stop: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Yield the names that open the items of a list under ``Hadir:`` or ``Peserta:``."""
    for label in _LIST_LABEL_RE.finditer(text):
        pos = label.end()
        while item := _LIST_ITEM_RE.match(text, pos):
            line_end = text.find("\n", item.end())
            line_end = len(text) if line_end < 0 else line_end
            end = min((i for i in (text.find(",", item.end(), line_end),
                                   text.find("(", item.end(), line_end)) if i >= 0),
                      default=line_end)
            span = _name_in(text, item.end(), end, stop)
            if span:
                yield span
            pos = line_end + 1
