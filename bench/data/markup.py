"""The inline markup the annotated PII sets are written in, shared by their writer scripts.

A text marks each personal-data span as ``[[KIND:text]]``; ``NAMA0`` is a name the writer
did not introduce with a cue word (stored as ``NAMA`` with ``isyarat: false``).  ``parse``
strips the markup and computes the offsets (Python slice semantics), ``write`` writes the
``id, teks, anotasi`` CSV that ``bench/pii.py`` reads.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

MARK = re.compile(r"\[\[(NAMA0|[A-Z]+):(.+?)\]\]", re.S)
KINDS = {"NIK", "KK", "NIP", "PLAT", "NAMA", "ALAMAT", "TELEPON", "EMAIL", "REKENING", "NPWP"}


def _span(kind: str, value: str, start: int) -> dict:
    item = {"mulai": start, "akhir": start + len(value), "jenis": kind, "teks": value}
    if kind in ("NAMA", "NAMA0"):
        item["jenis"] = "NAMA"
        item["isyarat"] = kind == "NAMA"
    if item["jenis"] not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    return item


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip the markup and return the plain text with its annotations."""
    parts: list[str] = []
    spans: list[dict] = []
    cursor = length = 0
    for match in MARK.finditer(marked):
        before = marked[cursor : match.start()]
        parts.append(before)
        length += len(before)
        spans.append(_span(match.group(1), match.group(2), length))
        parts.append(match.group(2))
        length += len(match.group(2))
        cursor = match.end()
    parts.append(marked[cursor:])
    text = "".join(parts)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup in {marked[:60]!r}")
    for item in spans:
        if text[item["mulai"] : item["akhir"]] != item["teks"]:
            raise ValueError(f"bad offsets for {item!r}")
        if item["teks"] != item["teks"].strip():
            raise ValueError(f"span with outer spaces: {item!r}")
    return text, spans


def write(out: Path, prefix: str, texts: Iterable[str],
          check: Callable[[dict], None] | None = None) -> list[list[dict]]:
    """Write ``id, teks, anotasi`` rows (ids ``<prefix>001`` …); ``check`` sees every span."""
    written = []
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "teks", "anotasi"])
        for number, marked in enumerate(texts, start=1):
            text, spans = parse(marked)
            for item in spans if check else ():
                check(item)
            writer.writerow([f"{prefix}{number:03d}", text, json.dumps(spans, ensure_ascii=False)])
            written.append(spans)
    return written
