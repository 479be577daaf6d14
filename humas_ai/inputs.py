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
