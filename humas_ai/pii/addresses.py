"""Detector for home addresses (``Jl. … No. 12 RT 05``, ``Alamat: …``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from humas_ai.pii.common import about_office, clause_before

# ---------------------------------------------------------------------------
# ALAMAT
# ---------------------------------------------------------------------------

_STREET = r"(?:jl|jln|jalan|gg|gang|perum|perumahan|komp|kompleks|komplek)"
_HOUSE_NUMBER = r"(?:no|nomor|nmr)\.?[ \t]*:?[ \t]*\d{1,4}(?:[ \t]?[a-z](?![a-z]))?(?![\d.,]\d)"
_RT_RW = r"(?:rt|rw)\.?[ \t]*:?[ \t]*\d{1,3}(?:[ \t]*/[ \t]*(?:rw\.?[ \t]*)?\d{1,3})?(?!\d)"
_HOUSE_TAIL = rf"(?:[ \t]*,?[ \t]*{_RT_RW})*"
# One word of a street or place name; a lower-case word ending a sentence ("macet.") is not.
# Nor is a lower-case function word: "Jalan di depan rumah No. 15" is a road, not a street name.
_PLACE_WORD = (
    r"(?-i:(?![a-z]{3,}[.](?:\s|$))"
    r"(?!(?:di|ke|dari|yang|depan|dekat|menuju|arah|sebelah|samping|belakang|rumah|dan|atau)\s))"
    r"[^\s,;:|()\[\]!?]+[ \t]+"
)
# A street marker, up to seven name words (no comma, colon or line break), a house number.
_STREET_ADDRESS_RE = re.compile(
    rf"(?<![\w]){_STREET}(?![\w])\.?[ \t]*"
    rf"(?:{_PLACE_WORD}){{0,7}}?"
    rf"(?:blok[ \t]+[a-z0-9]{{1,4}}[ \t]*,?[ \t]*)?{_HOUSE_NUMBER}{_HOUSE_TAIL}",
    re.IGNORECASE,
)
# "Alamat: RT 031, Kelurahan …": a neighbourhood, not a house.
_RT_ONLY_RE = re.compile(rf"{_RT_RW}{_HOUSE_TAIL}", re.IGNORECASE)
# "Alamat: Kampung Long Bagun RT 03": a label, then up to eight words and a house-level part.
_ADDRESS_LABEL_RE = re.compile(
    r"(?<![\w])(?:alamat(?:[ \t]+(?:rumah|lengkap|domisili|tinggal|pelapor))?|domisili)"
    r"[ \t]*:[ \t]*"
    rf"(?P<value>(?:{_PLACE_WORD}){{0,8}}?"
    rf"(?:{_HOUSE_NUMBER}|{_RT_RW}){_HOUSE_TAIL})",
    re.IGNORECASE,
)


def find_alamat(text: str) -> Iterator[tuple[int, int]]:
    """Yield home addresses: ``Jl. Gatot Subroto No. 12 RT 05``, ``Alamat: Desa X RT 03``.

    A street without a house number (``Jl. Juanda macet``) is a place, not an
    address, and stays; so do ``RT 05 RW 02`` alone (also after ``Alamat:``) and
    kelurahan or city names.
    The address of an office in the same sentence (``Kantor Kecamatan Loa Janan,
    Jl. Soekarno-Hatta No. 5``) stays too, unless a home is mentioned in between.
    """
    for match in _STREET_ADDRESS_RE.finditer(text):
        if not about_office(clause_before(text, match.start()), lower_case=True):
            yield match.span()
    for match in _ADDRESS_LABEL_RE.finditer(text):
        if not _RT_ONLY_RE.fullmatch(match.group("value")):
            yield match.span("value")



