"""Small helpers shared by the personal-data detectors."""

from __future__ import annotations

import calendar
import re

# How far in front of a number a cue word ("NIK", "NIP") may stand.
CUE_WINDOW = 30


def word_set(words: str) -> frozenset[str]:
    """Build a set from a whitespace-separated word list (keeps long lists readable)."""
    return frozenset(words.split())


def valid_date(day: int, month: int, year: int | None = None) -> bool:
    """True when ``day``/``month`` exist (any year divisible by 4 counts as a leap year)."""
    if not 1 <= month <= 12:
        return False
    if year is None:
        year = 2000
    leap_probe = 2000 if year % 4 == 0 else 2001
    return 1 <= day <= calendar.monthrange(leap_probe, month)[1]


_CLAUSE_END = re.compile(r"[.!?\n](?=\s)|\n")


def clause_before(text: str, pos: int, limit: int = 80) -> str:
    """The text of the current sentence or line in front of ``pos`` (``limit`` chars at most)."""
    window = text[max(0, pos - limit) : pos]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


# A capitalised word that names an office or a business: what follows is theirs, not a person's.
OFFICE_RE = re.compile(
    r"(?-i:\b(?:Kantor|Sekretariat|Gedung|Balai|Dinas|Badan|Disdukcapil|Dukcapil|Samsat|"
    r"Bapenda|BPBD|BPJS|Puskesmas|RSUD|Polres|Polresta|Polsek|Kodim|PLN|PDAM|Perumda|"
    r"Diskominfo|Kominfo|Pemprov|Pemkot|Pemkab|Kecamatan|Kelurahan|Hotel|Toko|PT|CV|Kampus|"
    r"Universitas|Posko|Call\s+center|Hotline|Layanan|Setda|Setdaprov|Setdakab|Setdakot|"
    r"Bagian|Biro|DPRD|Bappeda|Inspektorat|Satpol|Kejaksaan|Pengadilan)\b)"
)

_HOME_RE = re.compile(
    r"\b(?:rumah(?!\s+(?:makan|sakit))|tinggal|domisili|kediaman|kos|kost|kontrakan|pribadi)\b",
    re.IGNORECASE,
)


# Lower-case words for an office or a business ("kantor kami di …", "resto ini di …").
_LOWER_OFFICE_RE = re.compile(
    r"\b(?:kantor|restoran|resto|rumah\s+makan|kafe|cafe|kedai|warung|toko|hotel|penginapan|"
    r"kafetaria|bengkel|salon|apotek|klinik|butik|gerai|cabang|outlet)\b"
)


def about_office(clause: str, lower_case: bool = False) -> bool:
    """True when ``clause`` names an office or business and no home or private line after it.

    With ``lower_case`` the plain words ``kantor``, ``resto``, ``toko`` … count too
    (``kantor kami di Jl. …``), unless the sentence mentions a home anywhere.
    """
    if lower_case and _LOWER_OFFICE_RE.search(clause) and not _HOME_RE.search(clause):
        return True
    offices = list(OFFICE_RE.finditer(clause))
    return bool(offices) and not _HOME_RE.search(clause, offices[-1].end())
