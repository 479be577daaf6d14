"""Checking the list of texts a participant passes to the analysis tools."""

from __future__ import annotations

import math

from humas_ai.errors import HumasAIError


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
        if item is None or (isinstance(item, float) and math.isnan(item)):
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
