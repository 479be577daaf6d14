"""Checking the list of texts a participant passes to the analysis tools, and guessing how
the lines of a CSV file are separated (the participant's exports, the trainer's roster)."""

from __future__ import annotations

import csv
import math
from collections import Counter

from humas_ai.errors import HumasAIError

#: The separators a CSV file from Excel, a spreadsheet or a platform export may use.
SEPARATORS = (";", ",", "\t", "|")


def is_missing(value: object) -> bool:
    """True for an empty cell as tables hold it: ``None``, NaN, pandas' ``NA`` and ``NaT``.

    Text, numbers and collections (a list, a column) are never missing themselves.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    if isinstance(value, str | bytes | int):
        return False
    import pandas as pd  # lazy: only values that are neither text nor plain numbers need it

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a collection: pd.isna answers per item
        return False


def text_list(texts, error: type[HumasAIError] = HumasAIError) -> list[str]:
    """Return ``texts`` as a list of str; None/NaN become ``""``.

    A single string, an empty collection or a non-text item raises ``error``
    with an Indonesian message that says what to pass instead.
    """
    if isinstance(texts, str):
        raise error(
            "Yang diberikan adalah satu teks (str), padahal yang diminta daftar teks. "
            f"Bungkus dengan kurung siku: [{texts[:30]!r}], atau berikan kolom seperti df['teks']."
        )
    items = list(texts)
    if not items:
        raise error("Daftar teks kosong. Berikan minimal beberapa teks.")
    result = []
    for position, item in enumerate(items):
        if is_missing(item):
            result.append("")
        elif isinstance(item, str):
            result.append(item)
        else:
            raise error(
                f"Isi ke-{position} bukan teks melainkan {type(item).__name__} ({item!r}). "
                "Pastikan Anda memberikan kolom teks, misalnya df['teks'], bukan kolom angka."
            )
    return result


def require_columns(frame, wanted, error: type[HumasAIError], hint: str,
                    where: str = "") -> None:
    """Raise ``error`` naming the columns of ``wanted`` that ``frame`` lacks, and those it has."""
    missing = [column for column in wanted if column not in frame.columns]
    if not missing:
        return
    shown = ", ".join(repr(str(column)) for column in frame.columns) or "(tidak ada kolom)"
    place = f" di {where}" if where else ""
    raise error(f"Kolom {', '.join(repr(str(column)) for column in missing)} tidak ada{place}. "
                f"Kolom yang ada: {shown}. {hint}")


def parse_times(frame, column: str, error: type[HumasAIError], what: str, advice: str):
    """``frame[column]`` as datetimes; the first empty or unreadable row raises ``error``."""
    import pandas as pd

    times = pd.to_datetime(frame[column], errors="coerce")
    if times.isna().any():
        row = frame.index[times.isna()][0]
        raise error(f"{what} pada baris {row} kosong atau tidak terbaca: "
                    f"{frame.loc[row, column]!r}. {advice}")
    return times


def field_counts(lines: list[str], separator: str) -> list[int]:
    """How many fields each of the first 50 non-blank ``lines`` has, split by ``separator``."""
    sample = [line for line in lines[:50] if line.strip()]
    return [len(row) for row in csv.reader(sample, delimiter=separator)]


def guess_separator(lines: list[str]) -> str:
    """Choose the separator that splits the most lines into the same number of fields
    (``","`` when none splits a line)."""
    best, best_score = ",", (0, 0)
    for separator in SEPARATORS:
        counts = field_counts(lines, separator)
        if not counts:
            continue
        fields, frequency = Counter(counts).most_common(1)[0]
        score = (frequency if fields > 1 else 0, fields)
        if score > best_score:
            best, best_score = separator, score
    return best
