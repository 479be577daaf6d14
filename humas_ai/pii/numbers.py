"""Detectors for numbers and codes: e-mail, NIK/KK, NIP, NPWP, account, phone and plate.

Each ``find_*`` function takes one text and yields ``(start, end)`` spans;
``find_id_numbers`` yields ``(start, end, kind)`` because one pattern serves NIK and KK.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from datetime import date

from humas_ai.pii.common import CUE_WINDOW, about_office, clause_before, valid_date, word_set

# ---------------------------------------------------------------------------
# EMAIL
# ---------------------------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_])?"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
    r"\.[A-Za-z]{2,}(?![\w@])"
)


# The mailbox of an office, not of a person: a function name on a government or school domain.
_OFFICE_MAILBOX_RE = re.compile(
    r"(?:humas|info|informasi|admin|ppid|pengaduan|layanan|pelayanan|cs|sekretariat|setda|"
    r"redaksi|diskominfo|kominfo|kontak|contact|halo|helpdesk|support|surat|persuratan|"
    r"office|kantor|tu|akademik|bpbd|dukcapil|disdukcapil|samsat|dishub|dinsos|dinkes|disdik|"
    r"bappeda|bapenda|pupr|dlh|setda|pemprov|pemkot|pemkab|rsud|puskesmas|bkd|bkpsdm)[\w.-]*"
    r"@[\w.-]+\.(?:go|ac|sch|mil|desa)\.id",
    re.IGNORECASE,
)


def find_email(text: str) -> Iterator[tuple[int, int]]:
    """Yield e-mail addresses, e.g. ``budi.santoso@gmail.com``.

    An office mailbox (``humas@kaltimprov.go.id``, ``ppid@samarindakota.go.id``) is
    not personal data and stays; a person's address on the same domain is masked.
    """
    for match in _EMAIL_RE.finditer(text):
        if not _OFFICE_MAILBOX_RE.fullmatch(match.group()):
            yield match.span()


# ---------------------------------------------------------------------------
# NIK
# ---------------------------------------------------------------------------

# Province codes used in the first two digits of a NIK (Kemendagri).
_PROVINCE_CODES = word_set(
    "11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 "
    "71 72 73 74 75 76 81 82 91 92 93 94 95 96"
)

# 16 digits, optionally grouped with single spaces, dots or hyphens; not part of a longer number.
_NIK_RE = re.compile(r"(?<![\d.,-])\d(?:[ .-]?\d){15}(?!\d)(?![.,-]\d)")
# 15 or 17 digits: a mistyped NIK, taken only right after a cue word.
_ID_TYPO_RE = re.compile(r"(?<![\d.,-])\d(?:[ .-]?\d){14,16}(?!\d)(?![.,-]\d)")
# The word in front of a number that says what it is ("NIK saya", "No. KK:", "KTP istri").
_ID_CUE_RE = re.compile(
    r"(?<![\w])(?P<kk>kk|kartu\s+keluarga)(?![\w])|(?<![\w])(?P<nik>nik|ktp|e-?ktp)(?![\w])"
    r"|(?<![\w])(?P<npwp>npwp)(?![\w])",
    re.IGNORECASE,
)


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
    return valid_date(day, month, year)


def _id_cue(text: str, start: int) -> str | None:
    """Return "KK", "NIK" or "NPWP" for the nearest cue word in front of ``start``, or None.

    The cue must be close (30 characters) with no other digit in between:
    in ``KK 6472…, NIK kepala keluarga 6472…`` the second number is a NIK.
    """
    window = text[max(0, start - CUE_WINDOW) : start]
    last_digit = max((i for i, c in enumerate(window) if c.isdigit()), default=-1)
    cues = list(_ID_CUE_RE.finditer(window, last_digit + 1))
    if not cues:
        return None
    return next(kind.upper() for kind, value in cues[-1].groupdict().items() if value)


def _find_id_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield 16-digit population numbers as NIK or KK.

    After ``NIK``/``KTP`` (or ``KK``/``Kartu Keluarga``) any 15–17 digits are
    taken, even mistyped ones: the writer says what the number is. Without a
    cue only a 16-digit number with a valid NIK structure is taken, as a NIK.
    """
    spans: list[tuple[int, int]] = []
    for match in _NIK_RE.finditer(text):
        cue = _id_cue(text, match.start())
        if cue == "NPWP" or (cue is None and not _valid_nik(re.sub(r"\D", "", match.group()))):
            continue  # (the 16-digit NPWP equals the holder's NIK but is written as an NPWP)
        spans.append(match.span())
        yield match.start(), match.end(), cue or "NIK"
    starts = [start for start, _ in spans]  # in text order, never overlapping
    for match in _ID_TYPO_RE.finditer(text):
        start, end = match.span()
        index = bisect.bisect_left(starts, end) - 1  # the last 16-digit span starting before end
        if index >= 0 and spans[index][1] > start:
            continue
        cue = _id_cue(text, start)
        if cue in ("NIK", "KK"):
            yield start, end, cue


def find_nik(text: str) -> Iterator[tuple[int, int]]:
    """Yield NIKs such as ``6472 0512 0589 0012`` or ``6472.0512.0589.0012``."""
    for start, end, kind in _find_id_numbers(text):
        if kind == "NIK":
            yield start, end


def find_kk(text: str) -> Iterator[tuple[int, int]]:
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
    if not 1940 <= birth_year <= this_year - 17 or not valid_date(day, month, birth_year):
        return False
    if not birth_year + 17 <= start_year <= this_year + 1 or not 1 <= start_month <= 12:
        return False
    return digits[14] in "12" and digits[15:] != "000"


def find_nip(text: str) -> Iterator[tuple[int, int]]:
    """Yield NIPs such as ``19850315 201001 1 002`` or ``198503152010011002``.

    After ``NIP``/``NI PPPK``/``Nomor Induk Pegawai`` any 18 digits are taken
    (an NI PPPK has 21 instead of a month); elsewhere the structure must hold.
    """
    for match in _NIP_RE.finditer(text):
        window = text[max(0, match.start() - CUE_WINDOW) : match.start()]
        last_digit = max((i for i, c in enumerate(window) if c.isdigit()), default=-1)
        cued = _NIP_CUE_RE.search(window, last_digit + 1) is not None
        if cued or _valid_nip(re.sub(r"\D", "", match.group())):
            yield match.span()


# ---------------------------------------------------------------------------
# NPWP
# ---------------------------------------------------------------------------

_NPWP_FORMATTED_RE = re.compile(r"(?<![\d.])\d{2}\.\d{3}\.\d{3}\.\d[.-]\d{3}\.\d{3}(?![\d])")
# After the word NPWP: 15 digits, or the 16-digit NPWP (the holder's NIK), plain or grouped.
_NPWP_CUE_RE = re.compile(
    r"\bNPWP\b[^\d\n]{0,25}?(?<![\d.,-])(\d(?:[ .-]?\d){14,15})(?!\d)(?![.,-]\d)",
    re.IGNORECASE,
)


def find_npwp(text: str) -> Iterator[tuple[int, int]]:
    """Yield NPWPs: ``12.345.678.9-012.345``, ``NPWP: 123456789012345``, or 16 digits after NPWP."""
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


def find_rekening(text: str) -> Iterator[tuple[int, int]]:
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
# "WhatsApp pengaduan Disdukcapil 0811-…": an agency's own line, given as a channel.
_CHANNEL_RE = re.compile(
    r"\b(?:wa|whatsapp|hotline|call\s*center|pengaduan|layanan|kontak\s+resmi|nomor\s+resmi)\b",
    re.IGNORECASE,
)
# Words that put a person on the line: then the number is theirs and is masked.
_PERSON_ON_LINE_RE = re.compile(
    r"\b(?:pak|bu|bapak|ibu|mas|mbak|kak|bang|sdri?|saudara|saudari|saya|sy|aku|an|a\.n|"
    r"atas\s+nama|petugas|staf|pegawai|narahubung|pribadi)\b",
    re.IGNORECASE,
)


def _agency_line(clause: str) -> bool:
    """True for a mobile number given as an agency's channel, with no person in the sentence."""
    return (about_office(clause) and _CHANNEL_RE.search(clause) is not None
            and _PERSON_ON_LINE_RE.search(clause) is None)


def find_telepon(text: str) -> Iterator[tuple[int, int]]:
    """Yield phone numbers: ``0812-3456-7890``, ``+62 812 3456 7890``, ``(0541) 7 123 456``.

    A last group of one or two digits after a space is a separate number
    (``HP 0812 3456 7890 2 kali``) when the rest already has 12 digits. A landline
    in a sentence about an office (``hubungi Disdukcapil di 0541-661122``) is the
    office's number and stays; so does a mobile number given as an agency's
    channel (``WhatsApp pengaduan Disdukcapil 0811-…``) when no person is named
    in the sentence.
    """
    for match in _MOBILE_RE.finditer(text):
        start, end = match.span()
        if _agency_line(clause_before(text, start)):
            continue
        tail = _TRAILING_SMALL_GROUP.search(match.group())
        if tail and sum(c.isdigit() for c in match.group()[: tail.start()]) >= 12:
            end = start + tail.start()
        yield start, end
    for match in _LANDLINE_RE.finditer(text):
        if not about_office(clause_before(text, match.start())):
            yield match.span()


# ---------------------------------------------------------------------------
# PLAT
# ---------------------------------------------------------------------------

# Region codes of Indonesian vehicle plates (Korlantas).
_PLATE_REGIONS = word_set(
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
_PLATE_SUFFIX_STOP = word_set(
    "rt rw no km kk kg ha jt rb wib wit m cm mm dan di ke ya yg ok th thn kab"
)


# A word right in front that says a plate follows ("plat kt 8812 ha", "nopol b 1942 kzl").
_PLATE_CUE_RE = re.compile(
    r"(?<![\w])(?:plat|pelat|nopol|no\.?\s?pol|nomor\s+polisi|tnkb)(?![\w])[^\w\n]{0,4}"
    r"(?:nomor\s+|no\.?\s*|motor\s+|mobil\s+)?(?:saya\s+|sy\s+)?$",
    re.IGNORECASE,
)


def _full_upper_plate(match: re.Match) -> bool:
    """``KT 4363 M``: two-letter region, three or four digits, all upper case."""
    region, suffix = match.group("region"), match.group("suffix")
    return len(region) == 2 and len(match.group("digits")) >= 3 and (region + suffix).isupper()


def _plate_case_ok(region: str, suffix: str, cued: bool, digits: str) -> bool:
    """Accept ``KT 1234 AB`` or ``kt 1234 ab``; reject mixed case like ``B 2 Lantai``.

    A one-letter region may be lower case after a cue word (``plat``, ``nopol``), or
    with three or more digits and a series of two or three letters (``b 1942 kzl``,
    not ``t4 nya``).
    """
    both = region + suffix
    if both.isupper():
        return True
    plate_like = cued or (len(digits) >= 3 and len(suffix) >= 2)
    return both.islower() and (len(region) == 2 or plate_like)


def find_plat(text: str) -> Iterator[tuple[int, int]]:
    """Yield plates such as ``KT 1234 AB``, ``KT1234AB``, ``kt 1234 ab``, ``B 1 RI``.

    A series that is also a common word or unit (``ha``, ``km``) is taken only
    right after ``plat``/``nopol``: ``plat kt 8812 ha``.
    """
    for match in _PLATE_RE.finditer(text):
        region, suffix = match.group("region"), match.group("suffix")
        if region.upper() not in _PLATE_REGIONS:
            continue
        cued = _PLATE_CUE_RE.search(text[max(0, match.start() - 25) : match.start()]) is not None
        if suffix.lower() in _PLATE_SUFFIX_STOP and not (cued or _full_upper_plate(match)):
            continue
        if _plate_case_ok(region, suffix, cued, match.group("digits")):
            yield match.span()


