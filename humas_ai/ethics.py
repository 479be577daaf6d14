"""Personal-data (PII) detection and masking, and a simple fairness audit.

This module supports module 04 (*Etika & AI yang bertanggung jawab*). Under
UU No. 27 Tahun 2022 (Pelindungan Data Pribadi) a humas officer who quotes
public comments in a report must not expose citizens' personal data. The
functions here find and mask the most common identifiers in Indonesian text:

======== ==============================================================================
kind     what is found
======== ==============================================================================
NIK      16-digit population number, plain or grouped ``6472 0512 0589 0012``
KK       family card number: 16 digits introduced by ``KK`` or ``Kartu Keluarga``
NIP      civil servant number, 18 digits ``19850315 201001 1 002`` (also NI PPPK)
TELEPON  mobile ``0812-3456-7890`` / ``+62 812 …`` and landlines ``(0541) 7 123 456``
EMAIL    e-mail addresses
NPWP     tax number ``12.345.678.9-012.345`` or 15 digits after the word NPWP
PLAT     vehicle plates ``KT 1234 AB`` with a real Indonesian region code
ALAMAT   home addresses: ``Jl./Gg./Perum … No. 12 RT 05``, or after an ``Alamat:`` label
REKENING bank account numbers after a bank name or the word *rekening*
NAMA     private persons' names after a cue (``Bapak``, ``Bu``, ``a.n.``, ``saya``, ``Nama:``),
         before an academic degree (``Rina Marlina, S.Sos``) or in a signature block
======== ==============================================================================

Limits, stated honestly (participants should hear them too):

* The detector is rule-based (regular expressions plus a few checks). It is
  fast, explainable and works offline, but it only finds the formats it
  knows. Unusual spellings (``nol delapan satu dua …``, digits broken by
  emoji, an e-mail written as ``nama [at] gmail``) are missed.
* A name is only found after a cue word, before a degree or above a NIP in a
  signature. ``Budi Santoso mengeluh …`` with no ``Pak``/``Bu``/``a.n.`` in
  front is *not* detected; a role after a title (``Pak Gubernur``,
  ``Ibu Kepala Dinas``) is deliberately left alone.
* A NIK or NIP with no cue word is checked for a plausible structure (region
  code and birth date; birth and appointment date), which removes most random
  long numbers but cannot prove the number belongs to anyone. After the word
  ``NIK``/``KTP``/``KK``/``NIP`` the number is masked even when mistyped.
* An address needs a street marker and a house number (``Jl. … No. 12``) or
  an ``Alamat:`` label; a road named without a house number (``Jl. Juanda
  macet``) stays readable, but so does a home described only as ``RT 05``.
  An office address with a house number is masked too.
* Lower-case names (``sy bu hana``) are only taken after a naming cue such as
  ``nama saya``, ``a.n.`` or ``sy bu``; after ``Pak``/``Bu`` alone a name
  must be capitalised.
* Account numbers are only found next to a bank name or ``rekening``/``norek``.

So masking lowers the risk; it does not replace reading the text before it is
published. ``audit_by_group`` is the second tool of the module: it compares a
classifier's accuracy and macro-F1 across groups (for example kabupaten/kota)
to show where a model serves some citizens worse than others.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from humas_ai.errors import HumasAIError

__all__ = [
    "KINDS",
    "KIND_DESCRIPTIONS",
    "PLACEHOLDERS",
    "EthicsInputError",
    "PIISpan",
    "audit_by_group",
    "find_pii",
    "mask_pii",
]


class EthicsInputError(HumasAIError):
    """Input to the ethics helpers cannot be used (wrong type, lengths, missing values)."""


class PIISpan(NamedTuple):
    """One piece of personal data: ``text[start:end]`` is of type ``kind``."""

    start: int
    end: int
    kind: str


# Precedence order: when candidates overlap, the kind listed first wins.
KINDS: tuple[str, ...] = (
    "EMAIL", "NIP", "KK", "NIK", "NPWP", "REKENING", "TELEPON", "ALAMAT", "PLAT", "NAMA"
)

PLACEHOLDERS: dict[str, str] = {kind: f"[{kind}]" for kind in KINDS}

KIND_DESCRIPTIONS: dict[str, str] = {
    "NIK": "Nomor Induk Kependudukan: 16 angka di KTP, misalnya 6472 0512 0589 0012.",
    "KK": "Nomor Kartu Keluarga: 16 angka yang disebut bersama kata KK atau Kartu Keluarga.",
    "NIP": "Nomor Induk Pegawai ASN: 18 angka, misalnya 19850315 201001 1 002 (juga NI PPPK).",
    "ALAMAT": "Alamat rumah: Jl./Gg./Perum dengan nomor rumah dan RT/RW, atau isian 'Alamat:'.",
    "TELEPON": "Nomor HP atau telepon rumah/kantor, misalnya 0812-3456-7890 atau (0541) 7123456.",
    "EMAIL": "Alamat surel (e-mail), misalnya warga@contoh.id.",
    "NPWP": "Nomor Pokok Wajib Pajak, misalnya 12.345.678.9-012.345.",
    "PLAT": "Nomor polisi kendaraan, misalnya KT 1234 AB.",
    "REKENING": "Nomor rekening bank yang disebut bersama nama bank atau kata 'rekening'.",
    "NAMA": "Nama orang pribadi setelah sapaan atau perkenalan, misalnya 'Bu Siti', "
    "'a.n. Budi Santoso', 'saya Siti Aminah', atau sebelum gelar ('Rina, S.Sos').",
}

_PRIORITY = {kind: rank for rank, kind in enumerate(KINDS)}


def _word_set(words: str) -> frozenset[str]:
    """Build a set from a whitespace-separated word list (keeps long lists readable)."""
    return frozenset(words.split())


# ---------------------------------------------------------------------------
# EMAIL
# ---------------------------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_])?"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
    r"\.[A-Za-z]{2,}(?![\w@])"
)


def _find_email(text: str) -> Iterator[tuple[int, int]]:
    """Yield e-mail addresses, e.g. ``humas.kaltim@contoh.go.id``."""
    for match in _EMAIL_RE.finditer(text):
        yield match.span()


# ---------------------------------------------------------------------------
# NIK
# ---------------------------------------------------------------------------

# Province codes used in the first two digits of a NIK (Kemendagri).
_PROVINCE_CODES = _word_set(
    "11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 "
    "71 72 73 74 75 76 81 82 91 92 93 94 95 96"
)

# 16 digits, optionally grouped with single spaces, dots or hyphens; not part of a longer number.
_NIK_RE = re.compile(r"(?<![\d.,-])\d(?:[ .-]?\d){15}(?!\d)(?![.,-]\d)")
# 15 or 17 digits: a mistyped NIK, taken only right after a cue word.
_ID_TYPO_RE = re.compile(r"(?<![\d.,-])\d(?:[ .-]?\d){14,16}(?!\d)(?![.,-]\d)")
# The word in front of a number that says what it is ("NIK saya", "No. KK:", "KTP istri").
_ID_CUE_RE = re.compile(
    r"(?<![\w])(?P<kk>kk|kartu\s+keluarga)(?![\w])|(?<![\w])(?P<nik>nik|ktp|e-?ktp)(?![\w])",
    re.IGNORECASE,
)
_CUE_WINDOW = 30


def _valid_date(day: int, month: int, year: int | None = None) -> bool:
    """True when ``day``/``month`` exist (any year divisible by 4 counts as a leap year)."""
    if not 1 <= month <= 12:
        return False
    if year is None:
        year = 2000
    leap_probe = 2000 if year % 4 == 0 else 2001
    return 1 <= day <= calendar.monthrange(leap_probe, month)[1]


def _valid_nik(digits: str) -> bool:
    """Check the NIK structure: province, birth date (DD+40 for women), serial.

    ``6472051205890012`` → province 64 (Kalimantan Timur), regency 72,
    district 05, born 12-05-89, serial 0012: valid. ``6472055205890012`` is
    valid too (a woman: day 52 - 40 = 12). ``1234567890123456`` fails
    (month 78 does not exist).
    """
    if len(digits) != 16 or digits[:2] not in _PROVINCE_CODES or digits[12:] == "0000":
        return False
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if day > 40:
        day -= 40
    # The century is unknown; treat every year divisible by 4 as a leap year.
    return _valid_date(day, month, year)


def _id_cue(text: str, start: int) -> str | None:
    """Return "KK" or "NIK" for the nearest cue word in front of ``start``, or None.

    The cue must be close (30 characters) with no other digit in between:
    in ``KK 6472…, NIK kepala keluarga 6472…`` the second number is a NIK.
    """
    window = text[max(0, start - _CUE_WINDOW) : start]
    last_digit = max((i for i, c in enumerate(window) if c.isdigit()), default=-1)
    cues = list(_ID_CUE_RE.finditer(window, last_digit + 1))
    if not cues:
        return None
    return "KK" if cues[-1].group("kk") else "NIK"


def _find_id_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield 16-digit population numbers as NIK or KK.

    After ``NIK``/``KTP`` (or ``KK``/``Kartu Keluarga``) any 15–17 digits are
    taken, even mistyped ones: the writer says what the number is. Without a
    cue only a 16-digit number with a valid NIK structure is taken, as a NIK.
    """
    spans: list[tuple[int, int]] = []
    for match in _NIK_RE.finditer(text):
        cue = _id_cue(text, match.start())
        if cue is None and not _valid_nik(re.sub(r"\D", "", match.group())):
            continue
        spans.append(match.span())
        yield match.start(), match.end(), cue or "NIK"
    starts = [start for start, _ in spans]  # in text order, never overlapping
    for match in _ID_TYPO_RE.finditer(text):
        start, end = match.span()
        index = bisect.bisect_left(starts, end) - 1  # the last 16-digit span starting before end
        if index >= 0 and spans[index][1] > start:
            continue
        cue = _id_cue(text, start)
        if cue is not None:
            yield start, end, cue


def _find_nik(text: str) -> Iterator[tuple[int, int]]:
    """Yield NIKs such as ``6472 0512 0589 0012`` or ``6472.0512.0589.0012``."""
    for start, end, kind in _find_id_numbers(text):
        if kind == "NIK":
            yield start, end


def _find_kk(text: str) -> Iterator[tuple[int, int]]:
    """Yield family-card numbers: ``No. KK: 6472 0109 1122 0011``."""
    for start, end, kind in _find_id_numbers(text):
        if kind == "KK":
            yield start, end


# ---------------------------------------------------------------------------
# NIP
# ---------------------------------------------------------------------------

# 18 digits grouped as birth date (8), appointment month (6), sex (1), serial (3).
_NIP_RE = re.compile(
    r"(?<![\d.,-])\d{8}[ .-]?\d{6}[ .-]?\d[ .-]?\d{3}(?!\d)(?![.,-]\d)"
)
_NIP_CUE_RE = re.compile(
    r"(?<![\w])(?:nip|n\.i\.p|ni\s*pppk|nomor\s+induk\s+pegawai)(?![\w])\.?", re.IGNORECASE
)


def _valid_nip(digits: str, this_year: int | None = None) -> bool:
    """Check the NIP structure: birth date, appointment (TMT CPNS), sex digit, serial.

    ``198503152010011002``: born 15-03-1985, appointed 01-2010 (aged 24), man
    (1), serial 002: valid. The appointment must come at least 17 years after
    birth and not after next year; the serial is not 000.
    """
    this_year = this_year or date.today().year
    birth_year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    start_year, start_month = int(digits[8:12]), int(digits[12:14])
    if not 1940 <= birth_year <= this_year - 17 or not _valid_date(day, month, birth_year):
        return False
    if not birth_year + 17 <= start_year <= this_year + 1 or not 1 <= start_month <= 12:
        return False
    return digits[14] in "12" and digits[15:] != "000"


def _find_nip(text: str) -> Iterator[tuple[int, int]]:
    """Yield NIPs such as ``19850315 201001 1 002`` or ``198503152010011002``.

    After ``NIP``/``NI PPPK``/``Nomor Induk Pegawai`` any 18 digits are taken
    (an NI PPPK has 21 instead of a month); elsewhere the structure must hold.
    """
    for match in _NIP_RE.finditer(text):
        window = text[max(0, match.start() - _CUE_WINDOW) : match.start()]
        last_digit = max((i for i, c in enumerate(window) if c.isdigit()), default=-1)
        cued = _NIP_CUE_RE.search(window, last_digit + 1) is not None
        if cued or _valid_nip(re.sub(r"\D", "", match.group())):
            yield match.span()


# ---------------------------------------------------------------------------
# NPWP
# ---------------------------------------------------------------------------

_NPWP_FORMATTED_RE = re.compile(r"(?<![\d.])\d{2}\.\d{3}\.\d{3}\.\d[.-]\d{3}\.\d{3}(?![\d])")
_NPWP_CUE_RE = re.compile(r"\bNPWP\b[^\d\n]{0,25}?(?<!\d)(\d{15})(?!\d)", re.IGNORECASE)


def _find_npwp(text: str) -> Iterator[tuple[int, int]]:
    """Yield NPWPs: ``12.345.678.9-012.345``, or ``NPWP: 123456789012345``."""
    for match in _NPWP_FORMATTED_RE.finditer(text):
        yield match.span()
    for match in _NPWP_CUE_RE.finditer(text):
        yield match.span(1)


# ---------------------------------------------------------------------------
# REKENING
# ---------------------------------------------------------------------------

_BANK_NAMES = (
    r"bank\s?kaltimtara|bankaltimtara|kaltimtara|bank\s+kaltim|bri|bni|bsi|bca|btn|mandiri|"
    r"cimb(?:\s+niaga)?|danamon|permata|bjb|muamalat|ocbc(?:\s+nisp)?|panin|maybank|"
    r"bank\s+jatim|bank\s+mega|btpn|jenius|seabank|bank\s+jago|bank\s+syariah\s+indonesia"
)
_ACCOUNT_CUES = r"rekening|no\.?\s?rek\.?|norek|rek\."
_REKENING_RE = re.compile(
    rf"(?<![\w.])(?:{_ACCOUNT_CUES}|(?:bank\s+)?(?:{_BANK_NAMES}))(?![\w])"
    r"(?P<filler>[^\d\n]{0,30}?)"
    r"(?<![\d\w])(?P<number>\d(?:[ -]?\d){5,19})(?!\d)(?![.,/]\d)",
    re.IGNORECASE,
)
# Words between the cue and the number that show the number is something else.
_REKENING_BLOCKERS = re.compile(
    r"\b(?:rp|rupiah|telp|telepon|hp|wa|whatsapp|hubungi|tanggal|tgl|tahun|pukul|jam|"
    r"nik|npwp|kode|unit|cabang|kantor)\b",
    re.IGNORECASE,
)
_DATE_SHAPE = re.compile(r"\d{1,2}[-/ ]\d{1,2}[-/ ]\d{2,4}")


def _find_rekening(text: str) -> Iterator[tuple[int, int]]:
    """Yield account numbers after a cue: ``rekening BRI 0123-01-012345-50-1``.

    Also ``transfer ke Mandiri 1360012345678``, ``No. Rek: 712 345 6789``.
    The number needs at least 8 digits; a date or a money amount is skipped.
    """
    for match in _REKENING_RE.finditer(text):
        number = match.group("number")
        digits = re.sub(r"\D", "", number)
        if len(digits) < 8 or _DATE_SHAPE.fullmatch(number):
            continue
        if _REKENING_BLOCKERS.search(match.group("filler")):
            continue
        yield match.span("number")


# ---------------------------------------------------------------------------
# TELEPON
# ---------------------------------------------------------------------------

_SEP = r"(?:[ .-]|\s-\s)?"
# Not glued to a word or a '+', and not the tail of a longer grouped number.
_FREE = r"(?<![\w+])(?<!\d[ .-])"
_MOBILE_RE = re.compile(
    rf"(?:\(\+?62\){_SEP}|{_FREE}\+62{_SEP}|{_FREE}62{_SEP}|{_FREE}0)"
    rf"(?:\(8\d\d\)|8\d)(?:{_SEP}\d){{7,10}}(?!\d)"
)
_LANDLINE_RE = re.compile(
    rf"(?:\(0[2-79]\d{{1,2}}\)|{_FREE}0[2-79]\d{{1,2}}(?=[ .-])|{_FREE}\+62{_SEP}[2-79]\d{{1,2}})"
    rf"{_SEP}\d(?:{_SEP}\d){{4,7}}(?!\d)"
)


_TRAILING_SMALL_GROUP = re.compile(r" \d{1,2}$")


def _find_telepon(text: str) -> Iterator[tuple[int, int]]:
    """Yield phone numbers: ``0812-3456-7890``, ``+62 812 3456 7890``, ``(0541) 7 123 456``.

    A last group of one or two digits after a space is a separate number
    (``HP 0812 3456 7890 2 kali``) when the rest already has 12 digits.
    """
    for match in _MOBILE_RE.finditer(text):
        start, end = match.span()
        tail = _TRAILING_SMALL_GROUP.search(match.group())
        if tail and sum(c.isdigit() for c in match.group()[: tail.start()]) >= 12:
            end = start + tail.start()
        yield start, end
    for match in _LANDLINE_RE.finditer(text):
        yield match.span()


# ---------------------------------------------------------------------------
# PLAT
# ---------------------------------------------------------------------------

# Region codes of Indonesian vehicle plates (Korlantas).
_PLATE_REGIONS = _word_set(
    "A B D E F G H K L M N P R S T W Z "
    "AA AB AD AE AG BA BB BD BE BG BH BK BL BM BN BP "
    "DA DB DC DD DE DG DH DK DL DM DN DR DS DT EA EB ED "
    "KB KH KT KU PA PB"
)
_PLATE_RE = re.compile(
    r"(?<![\w/.-])(?P<region>[A-Za-z]{1,2})[ -]?(?P<digits>\d{1,4})[ -]?(?P<suffix>[A-Za-z]{1,3})"
    r"(?![\w-])"
)
# Trailing letters that are ordinary words or units, not plate series.
_PLATE_SUFFIX_STOP = _word_set(
    "rt rw no km kk kg ha jt rb wib wit m cm mm dan di ke ya yg ok th thn kab"
)


# A word right in front that says a plate follows ("plat kt 8812 ha", "nopol b 1942 kzl").
_PLATE_CUE_RE = re.compile(
    r"(?<![\w])(?:plat|pelat|nopol|no\.?\s?pol|nomor\s+polisi|tnkb)(?![\w])[^\w\n]{0,4}"
    r"(?:nomor\s+|no\.?\s*|motor\s+|mobil\s+)?(?:saya\s+|sy\s+)?$",
    re.IGNORECASE,
)


def _plate_case_ok(region: str, suffix: str, cued: bool) -> bool:
    """Accept ``KT 1234 AB`` or ``kt 1234 ab``; reject mixed case like ``B 2 Lantai``.

    After a cue word (``plat``, ``nopol``) a one-letter region may be lower case too.
    """
    both = region + suffix
    return both.isupper() or (both.islower() and (len(region) == 2 or cued))


def _find_plat(text: str) -> Iterator[tuple[int, int]]:
    """Yield plates such as ``KT 1234 AB``, ``KT1234AB``, ``kt 1234 ab``, ``B 1 RI``.

    A series that is also a common word or unit (``ha``, ``km``) is taken only
    right after ``plat``/``nopol``: ``plat kt 8812 ha``.
    """
    for match in _PLATE_RE.finditer(text):
        region, suffix = match.group("region"), match.group("suffix")
        if region.upper() not in _PLATE_REGIONS:
            continue
        cued = _PLATE_CUE_RE.search(text[max(0, match.start() - 25) : match.start()]) is not None
        if suffix.lower() in _PLATE_SUFFIX_STOP and not cued:
            continue
        if _plate_case_ok(region, suffix, cued):
            yield match.span()


# ---------------------------------------------------------------------------
# ALAMAT
# ---------------------------------------------------------------------------

_STREET = r"(?:jl|jln|jalan|gg|gang|perum|perumahan|komp|kompleks|komplek)"
_HOUSE_NUMBER = r"(?:no|nomor|nmr)\.?[ \t]*:?[ \t]*\d{1,4}(?:[ \t]?[a-z](?![a-z]))?(?![\d.,]\d)"
_RT_RW = r"(?:rt|rw)\.?[ \t]*:?[ \t]*\d{1,3}(?:[ \t]*/[ \t]*(?:rw\.?[ \t]*)?\d{1,3})?(?!\d)"
_HOUSE_TAIL = rf"(?:[ \t]*,?[ \t]*{_RT_RW})*"
# One word of a street or place name; a lower-case word ending a sentence ("macet.") is not.
_PLACE_WORD = r"(?-i:(?![a-z]{3,}[.](?:\s|$)))[^\s,;:|()\[\]!?]+[ \t]+"
# A street marker, up to seven name words (no comma, colon or line break), a house number.
_STREET_ADDRESS_RE = re.compile(
    rf"(?<![\w]){_STREET}(?![\w])\.?[ \t]*"
    rf"(?:{_PLACE_WORD}){{0,7}}?"
    rf"(?:blok[ \t]+[a-z0-9]{{1,4}}[ \t]*,?[ \t]*)?{_HOUSE_NUMBER}{_HOUSE_TAIL}",
    re.IGNORECASE,
)
# "Alamat: Kampung Long Bagun RT 03": a label, then up to eight words and a house-level part.
_ADDRESS_LABEL_RE = re.compile(
    r"(?<![\w])(?:alamat(?:[ \t]+(?:rumah|lengkap|domisili|tinggal|pelapor))?|domisili)"
    r"[ \t]*:[ \t]*"
    rf"(?P<value>(?:{_PLACE_WORD}){{0,8}}?"
    rf"(?:{_HOUSE_NUMBER}|{_RT_RW}){_HOUSE_TAIL})",
    re.IGNORECASE,
)


def _find_alamat(text: str) -> Iterator[tuple[int, int]]:
    """Yield home addresses: ``Jl. Gatot Subroto No. 12 RT 05``, ``Alamat: Desa X RT 03``.

    A street without a house number (``Jl. Juanda macet``) is a place, not an
    address, and stays; so do ``RT 05 RW 02`` alone and kelurahan or city names.
    """
    for match in _STREET_ADDRESS_RE.finditer(text):
        yield match.span()
    for match in _ADDRESS_LABEL_RE.finditer(text):
        yield match.span("value")


# ---------------------------------------------------------------------------
# NAMA
# ---------------------------------------------------------------------------

# "Nama pelapor:", "Nama orang tua:": labels of a person (not "Nama kapal:", "Nama media:").
_PERSON_LABELS = (
    r"lengkap|pelapor|pemohon|penerima|peserta|siswa|murid|anak|ayah|ibu(?:\s+kandung)?|"
    r"suami|istri|orang\s+tua|ortu|wali|pasien|pengadu|korban|saksi|kepala\s+keluarga|"
    r"penanggung\s+jawab|pemilik|warga|pegawai|pengirim|narahubung"
)
_NAME_CUE_RE = re.compile(
    r"(?<![\w.-])(?:(?P<title>bapak|bpk\.?|ibu|pak|bu|saudara|saudari|sdri?\.|sdr)"
    r"|(?P<formal>atas\s+nama)"
    rf"|(?P<named>a\.\s?n\.?|an\.|a/n|nama\s+saya|nama(?:[ \t]+(?:{_PERSON_LABELS}))?[ \t]*:"
    r"|(?:pelapor|pengirim|pemohon|penanggung\s+jawab)[ \t]*:"
    r"|(?:saya|sy|aku)\s+(?:bapak|ibu|pak|bu))"
    r"|(?P<self>saya|sy|aku))"
    r"(?![\w-])[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# An honorific or academic title in front of a name: skipped, not part of the name.
_NAME_TITLE_RE = re.compile(
    r"(?:H|Hj|Drs|Dra|Dr|dr|Ir|Prof|Ust|Ustz|KH|Ny|Nn|Tn|Sdr|Sdri|Bpk)\.(?=[ \t]*[A-Za-z])"
)
# An initial or a short form that is part of the name ("M. Yusuf", "Muh. Arsyad").
_NAME_INITIAL_RE = re.compile(r"(?:[A-Z]|Muh|Moh|Mhd)\.(?=[ \t]*[A-Za-z])")
_LOWER_INITIAL_RE = re.compile(r"[a-z]\.(?=[ \t]*[a-z])")
# A capitalised word ("Siti", "Nur'aini"); ALL-CAPS or lower case only after "Nama:" etc.
_CAP_WORD_RE = re.compile(r"[A-Z][a-z]+(?:['-][A-Za-z]+)*(?![\w'-])")
_CAP_OR_UPPER_WORD_RE = re.compile(r"(?:[A-Z][a-z]+(?:['-][A-Za-z]+)*|[A-Z]{2,})(?![\w'-])")
_LOWER_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?(?![\w'-])")
_GAP_RE = re.compile(r"[ \t]*")

# Words that show the cue introduces a role, an office or a group, not a private name.
_ROLE_WORDS = _word_set(
    """
    gubernur wagub wakil kepala kadis kabid kasi kasubbag kasubag kabag sekretaris sekda
    sekdes sekcam camat lurah bupati wabup wali walikota wawali kota presiden menteri ketua
    direktur dirut kapolres kapolresta kapolda kapolsek kasat kajari kaban kalak dandim
    danramil danrem kades desa rt rw dokter dr guru ustadz ustaz kyai kiai pendeta plt plh
    pj pjs staf petugas pejabat anggota dprd dewan pimpinan polisi satpam satpol bendahara
    panitia pengurus koordinator operator asisten inspektur narasumber
    pembina penata pengatur juru
    bapak ibu pak bu kalian sekalian semua semuanya yang hormat terhormat dan atau
    hamil menyusui melahirkan rumah tangga negara sendiri pribadi
    pemerintah pemprov pemkot pemkab masyarakat warga seluruh keluarga instansi lembaga
    perusahaan pt cv koperasi yayasan
    admin redaksi humas diskominfo dinas
    kelurahan kecamatan kabupaten provinsi jalan jl gang rumah sakit rsud puskesmas
    kami kita saya dia beliau
    """
)
# Words that end a name after "nama saya"/"Nama:" ("nama saya budi mau tanya",
# "NAMA SAYA DI KK SALAH").
_NAME_END_WORDS = _word_set(
    """
    mau ingin hendak dari dan di ke yang warga tinggal asal alamat mohon minta tolong
    pak bu mas mbak kak ini itu dengan sudah belum tidak nggak gak bisa untuk karena
    nik hp wa no nomor umur usia rt rw kelurahan kecamatan desa jalan jl
    ya yah iya ok oke dong deh sih nih tuh lho kok min bang trims makasih terima kasih
    sy dr yg utk krn tdk gk sdh blm bisa tlg
    """
)
# Words that follow "saya" but are no name ("Saya Setuju", "Saya Sangat Kecewa").
_SELF_NOT_NAME = _word_set(
    """
    setuju sangat sudah belum mau ingin sebagai selaku juga hanya tidak bukan adalah merasa
    minta mohon punya pernah masih baru sering lahir bekerja kerja orang anak salah satu
    akan bisa dapat harus perlu kira rasa pikir lihat dengar kecewa senang bangga terima
    lapor melapor melaporkan mengajukan menyampaikan mengucapkan berharap harap yakin percaya
    atas ada lagi sempat tadi kemarin cuma sih kan tanya nanya bertanya kirim kirimkan dukung
    mendukung sampaikan laporkan ucapkan heran bingung khawatir takut sedih marah kesal
    perhatikan lampirkan tunggu nunggu pulang datang pergi sakit bersama ikut sama
    bertanda tanda ucapan pengguna pelanggan peserta pelapor wali ortu penerima
    asli keluar langsung pindahan tahu baca memang emang kebetulan lancar aman
    """
)

_LOWER_NAME_STOP = _ROLE_WORDS | _NAME_END_WORDS
_SELF_STOP = _LOWER_NAME_STOP | _SELF_NOT_NAME
# Words that are names inside a name ("Sri Pertiwi") but not right after a title ("Ibu Pertiwi").
_NOT_FIRST_NAME = _word_set("pertiwi")


def _skip_titles(text: str, pos: int) -> int:
    """Move ``pos`` past honorific titles such as ``Drs. H.`` or ``Hj.``."""
    while match := _NAME_TITLE_RE.match(text, pos):
        pos = _GAP_RE.match(text, match.end()).end()
    return pos


def _name_span(text: str, pos: int, lower_ok: bool,
               stop: frozenset[str] | None = None) -> tuple[int, int] | None:
    """Return the span of 1–4 name words starting at ``pos`` (right after a cue), or None.

    After a title (``Bu``, ``Sdr.``) or ``atas nama`` words are capitalised
    (``Siti Rahmawati``). Honorific titles in front (``Drs. H.``, ``Hj.``,
    ``dr.``) are skipped and not part of the name; initials are
    (``M. Yusuf``). After a naming cue (``Nama:``, ``a.n.``, ``nama saya``,
    ``sy bu``) ALL-CAPS (``BUDI SANTOSO``) and, as people type in chats, lower
    case (``budi santoso``) are accepted too (``lower_ok``). Lower case is not
    taken after ``atas nama``, where it is usually a role: ``atas nama
    penerima``, ``atas nama pemerintah``. A role word (``Gubernur``,
    ``Kepala``) ends the name; as the first word it means there is no name.
    """
    pos = _skip_titles(text, pos)
    word_re, initial_re = _CAP_WORD_RE, _NAME_INITIAL_RE
    stop = stop if stop is not None else _ROLE_WORDS
    if lower_ok:
        word_re, stop = _CAP_OR_UPPER_WORD_RE, stop | _LOWER_NAME_STOP
        if text[pos : pos + 1].islower():
            word_re, initial_re = _LOWER_WORD_RE, _LOWER_INITIAL_RE
    start, end, words = pos, None, 0
    while words < 4:
        initial = initial_re.match(text, pos)
        if initial:
            pos = _GAP_RE.match(text, initial.end()).end()
            continue
        match = word_re.match(text, pos)
        word = match.group().lower() if match else ""
        if not word or word in stop or (end is None and word in _NOT_FIRST_NAME):
            break
        end, words = match.end(), words + 1
        gap = _GAP_RE.match(text, end)
        if gap.end() == end:
            break
        pos = gap.end()
    return None if end is None else (start, end)


def _self_name(text: str, pos: int) -> tuple[int, int] | None:
    """A capitalised name after ``saya``/``sy``: ``Saya Siti Aminah``, ``sy Rudi``.

    Lower case after ``saya`` is not taken: in ``saya jatuh dari motor`` or
    ``saya lancar`` the next word is a verb or an adjective far more often
    than a name (``nama saya budi`` is still found, through ``nama saya``).
    """
    pos = _skip_titles(text, pos)
    if text[pos : pos + 1].isupper():
        return _name_span(text, pos, lower_ok=False, stop=_SELF_STOP)
    return None


# "Rina Marlina, S.Sos" or "Saiful Anwar, M.Si": capitalised words right before a degree.
_DEGREE_RE = re.compile(
    r",[ \t]*(?:S|M|A|D|Ph)\.(?:[ \t]?[A-Z][A-Za-z]{0,3}\.?){1,3}(?![\w])"
)
_NAME_WORDS_BEFORE_RE = re.compile(
    r"(?:[A-Z][a-z]+(?:['-][A-Za-z]+)*[ \t]+|[A-Z]\.[ \t]*){0,3}[A-Z][a-z]+(?:['-][A-Za-z]+)*$"
)
# A signature: a name on its own line after "Salam,"/"Hormat saya," or above a NIP line.
_SIGN_OFF_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:salam|hormat\s+(?:saya|kami)|wassalam|ttd\.?)[ \t]*,?[ \t]*\n[ \t]*",
    re.IGNORECASE,
)
_ABOVE_NIP_RE = re.compile(
    r"(?m)^[ \t]*(?P<name>[^\n]{3,60})\n[ \t]*(?:NIP|NI\s*PPPK)\b", re.IGNORECASE
)


def _name_before_degree(text: str) -> Iterator[tuple[int, int]]:
    """Yield 1–4 capitalised words right before an academic degree (not role words)."""
    for degree in _DEGREE_RE.finditer(text):
        line_start = text.rfind("\n", 0, degree.start()) + 1
        line_start = max(line_start, degree.start() - 80)  # four words at most
        words = _NAME_WORDS_BEFORE_RE.search(text, line_start, degree.start())
        if not words:
            continue
        start = words.start()
        for word in re.finditer(r"[A-Za-z']+", words.group()):
            if word.group().lower() in _ROLE_WORDS:
                start = words.start() + word.end()
        start = _skip_titles(text, _GAP_RE.match(text, start).end())
        if start < degree.start() and text[start].isupper():
            yield start, degree.start()


def _name_in_signature(text: str) -> Iterator[tuple[int, int]]:
    """Yield the name line of a signature block (after ``Salam,``, or above ``NIP``)."""
    starts = [match.end() for match in _SIGN_OFF_RE.finditer(text)]
    starts += [match.start("name") for match in _ABOVE_NIP_RE.finditer(text)]
    for pos in starts:
        span = _name_span(text, pos, lower_ok=False)
        if span is None:
            continue
        after = text[span[1] : span[1] + 1]
        if after in ("", "\n", ",", " ") and text[span[0] : span[1]].count(" ") >= 1:
            yield span


def _find_nama(text: str) -> Iterator[tuple[int, int]]:
    """Yield names after a cue: ``Bu Siti Rahmawati``, ``a.n. Budi Santoso``, ``Saya Siti``.

    ``Pak Gubernur``, ``Ibu Kepala Dinas`` and ``Bapak/Ibu sekalian`` are not
    names: a role word right after the cue stops the match. Names before a
    degree (``Rina Marlina, S.Sos``) and in a signature block are found too.
    """
    for cue in _NAME_CUE_RE.finditer(text):
        title = cue.group("title")
        if title and title.isupper():  # "BPK" is an agency, "IBU KOTA" a headline
            continue
        if cue.group("self"):
            if cue.group("self").isupper():
                continue
            span = _self_name(text, cue.end())
        else:
            span = _name_span(text, cue.end(), lower_ok=cue.group("named") is not None)
        if span is not None:
            yield span
    yield from _name_before_degree(text)
    yield from _name_in_signature(text)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

_FINDERS: dict[str, Callable[[str], Iterator[tuple[int, int]]]] = {
    "EMAIL": _find_email,
    "NIP": _find_nip,
    "KK": _find_kk,
    "NIK": _find_nik,
    "NPWP": _find_npwp,
    "REKENING": _find_rekening,
    "TELEPON": _find_telepon,
    "ALAMAT": _find_alamat,
    "PLAT": _find_plat,
    "NAMA": _find_nama,
}


def _is_missing(value: Any) -> bool:
    """True for None, NaN and pandas' missing markers."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _normalise_kinds(kinds: Iterable[str] | str | None) -> frozenset[str]:
    """Validate ``kinds`` and return them upper-cased; None means every kind."""
    if kinds is None:
        return frozenset(KINDS)
    if isinstance(kinds, str):
        kinds = [kinds]
    try:
        wanted = [str(kind).strip().upper() for kind in kinds]
    except TypeError:
        raise EthicsInputError(
            f"Parameter kinds berisi {type(kinds).__name__}. Isi dengan daftar jenis data "
            f"pribadi, misalnya ['NIK', 'TELEPON'], atau biarkan kosong (None)."
        ) from None
    unknown = sorted(set(wanted) - set(KINDS))
    if unknown:
        raise EthicsInputError(
            f"Jenis data pribadi tidak dikenal: {', '.join(unknown)}. "
            f"Jenis yang tersedia: {', '.join(KINDS)}."
        )
    return frozenset(wanted)


def _resolve(candidates: list[PIISpan]) -> list[PIISpan]:
    """Keep non-overlapping spans; on overlap the higher-precedence kind wins."""
    ordered = sorted(candidates, key=lambda s: (_PRIORITY[s.kind], s.start, -(s.end - s.start)))
    starts: list[int] = []  # the kept spans, sorted by start; they never overlap
    kept: list[PIISpan] = []
    for span in ordered:
        index = bisect.bisect_left(starts, span.start)
        before_ok = index == 0 or kept[index - 1].end <= span.start
        after_ok = index == len(kept) or span.end <= kept[index].start
        if before_ok and after_ok:
            starts.insert(index, span.start)
            kept.insert(index, span)
    return kept


def find_pii(text: str, kinds: Iterable[str] | None = None) -> list[PIISpan]:
    """Find personal data in one text.

    Returns ``PIISpan(start, end, kind)`` tuples sorted by ``start``, never
    overlapping. Overlaps are resolved by precedence
    ``EMAIL > NIP > KK > NIK > NPWP > REKENING > TELEPON > ALAMAT > PLAT > NAMA`` over *all*
    kinds, then filtered to ``kinds``; so a NIK is never reported as a phone
    number even when only ``kinds=["TELEPON"]`` is asked for.

    >>> find_pii("Hubungi Bu Siti di 0812-3456-7890")
    [PIISpan(start=11, end=15, kind='NAMA'), PIISpan(start=19, end=33, kind='TELEPON')]

    None or NaN gives ``[]``; any other non-text value raises ``EthicsInputError``.
    """
    wanted = _normalise_kinds(kinds)
    if _is_missing(text):
        return []
    if not isinstance(text, str):
        raise EthicsInputError(
            f"find_pii menerima teks (str), tetapi Anda memberikan {type(text).__name__} "
            f"({text!r:.40}). Untuk satu kolom DataFrame, gunakan mask_pii(df['teks']) "
            f"atau df['teks'].apply(find_pii). Jika berupa angka, ubah dulu dengan str(nilai)."
        )
    candidates = [
        PIISpan(start, end, kind)
        for kind, finder in _FINDERS.items()
        for start, end in finder(text)
        if end > start
    ]
    return [span for span in _resolve(candidates) if span.kind in wanted]


def _mask_one(text: Any, kinds: frozenset[str]) -> Any:
    """Mask one value; missing values are returned unchanged."""
    if _is_missing(text):
        return text
    pieces, last = [], 0
    for start, end, kind in find_pii(text, kinds):
        pieces.append(text[last:start])
        pieces.append(PLACEHOLDERS[kind])
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def mask_pii(text: Any, kinds: Iterable[str] | None = None) -> Any:
    """Replace personal data by placeholders such as ``[NIK]`` and ``[TELEPON]``.

    Accepts one ``str``, a pandas ``Series`` (returns a Series with the same
    index, name and dtype; a categorical column comes back as text) or a
    list/tuple of texts (returns a list). Missing values (None/NaN) stay as
    they are.

    >>> mask_pii("NIK saya 6472 0512 0589 0012, HP 0812 3456 7890")
    'NIK saya [NIK], HP [TELEPON]'
    """
    wanted = _normalise_kinds(kinds)
    if isinstance(text, pd.Series):
        masked = [_mask_one(value, wanted) for value in text]
        keep_dtype = not isinstance(text.dtype, pd.CategoricalDtype)
        return pd.Series(
            masked, index=text.index, name=text.name, dtype=text.dtype if keep_dtype else object
        )
    if isinstance(text, list | tuple):
        return [_mask_one(value, wanted) for value in text]
    return _mask_one(text, wanted)


# ---------------------------------------------------------------------------
# Fairness audit
# ---------------------------------------------------------------------------

SMALL_GROUP = 30
_SMALL_GROUP_NOTE = "sampel kecil, hati-hati menyimpulkan"


def _as_array(values: Any, name: str) -> np.ndarray:
    """Turn a list/Series/array into a 1-D object array or raise an Indonesian error."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise EthicsInputError(
            f"{name} harus berupa daftar, Series atau array, bukan {type(values).__name__}. "
            f"Contoh: {name}=df['{name}']."
        )
    array = np.asarray(list(values), dtype=object)
    if array.ndim != 1:
        raise EthicsInputError(f"{name} harus satu kolom (1 dimensi), bukan tabel.")
    return array


def _check_audit_inputs(y_true: np.ndarray, y_pred: np.ndarray, groups: np.ndarray) -> None:
    """Raise EthicsInputError for unequal lengths, empty input, missing values or mixed labels."""
    lengths = {"y_true": len(y_true), "y_pred": len(y_pred), "groups": len(groups)}
    if len(set(lengths.values())) != 1:
        detail = ", ".join(f"{name}={n}" for name, n in lengths.items())
        raise EthicsInputError(
            f"Panjang data tidak sama ({detail}). Pastikan label asli, prediksi, dan "
            f"kelompok berasal dari baris yang sama."
        )
    if len(y_true) == 0:
        raise EthicsInputError("Data kosong: tidak ada baris untuk diaudit.")
    for name, values in (("groups", groups), ("y_true", y_true), ("y_pred", y_pred)):
        missing = int(sum(_is_missing(value) for value in values))
        if missing:
            raise EthicsInputError(
                f"{name} berisi {missing} nilai kosong (NaN/None). Isi atau buang baris "
                f"tersebut dulu, misalnya dengan df.dropna(subset=[...])."
            )
    if len({isinstance(label, str) for label in (*y_true, *y_pred)}) > 1:
        raise EthicsInputError(
            "Label asli dan prediksi harus sejenis: semuanya teks (misalnya 'positif') "
            "atau semuanya angka (misalnya 1). Samakan dulu, misalnya dengan .astype(str)."
        )


def _group_scores(group: Any, truth: list, pred: list) -> dict[str, Any]:
    """One audit row: size, accuracy and macro-F1 of one group."""
    # Imported here so that masking alone does not pay for loading scikit-learn.
    from sklearn.metrics import accuracy_score, f1_score

    return {
        "kelompok": group,
        "jumlah": len(truth),
        "akurasi": float(accuracy_score(truth, pred)),
        "f1_makro": float(f1_score(truth, pred, average="macro", zero_division=0)),
    }


def audit_by_group(y_true: Any, y_pred: Any, groups: Any) -> pd.DataFrame:
    """Compare accuracy and macro-F1 of predictions across groups.

    Returns one row per group with columns ``kelompok, jumlah, akurasi,
    f1_makro, selisih_f1_terbaik, catatan``, sorted worst macro-F1 first.
    ``selisih_f1_terbaik`` is the best group's macro-F1 minus this group's.
    Macro-F1 is computed per group over the labels that occur in that
    group (true or predicted), with 0 for a label never predicted correctly.
    Groups with fewer than 30 rows get ``catatan = "sampel kecil, hati-hati
    menyimpulkan"``.

    >>> table = audit_by_group(["pos", "neg"], ["pos", "pos"], ["Samarinda", "Berau"])
    >>> table[["kelompok", "akurasi"]]
        kelompok  akurasi
    0      Berau      0.0
    1  Samarinda      1.0
    """
    y_true_arr = _as_array(y_true, "y_true")
    y_pred_arr = _as_array(y_pred, "y_pred")
    groups_arr = _as_array(groups, "groups")
    _check_audit_inputs(y_true_arr, y_pred_arr, groups_arr)
    rows = []
    for group in pd.unique(groups_arr):
        mask = groups_arr == group
        rows.append(_group_scores(group, list(y_true_arr[mask]), list(y_pred_arr[mask])))
    table = pd.DataFrame(rows)
    table["selisih_f1_terbaik"] = table["f1_makro"].max() - table["f1_makro"]
    table["catatan"] = np.where(table["jumlah"] < SMALL_GROUP, _SMALL_GROUP_NOTE, "")
    table = table.sort_values(["f1_makro", "kelompok"], key=_sort_key, kind="stable")
    return table.reset_index(drop=True)


def _sort_key(column: pd.Series) -> pd.Series:
    """Sort numbers as numbers and group labels as text (labels may mix types)."""
    if column.name == "kelompok":
        return column.astype(str)
    return column
