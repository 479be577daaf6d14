"""Personal-data (PII) detection and masking, and a simple fairness audit.

This module supports module 04 (*Etika & AI yang bertanggung jawab*). Under
UU No. 27 Tahun 2022 (Pelindungan Data Pribadi) a humas officer who quotes
public comments in a report must not expose citizens' personal data. The
functions here find and mask the most common identifiers in Indonesian text:

======== ==============================================================================
kind     what is found
======== ==============================================================================
NIK      16-digit population number, plain or grouped ``6472 0512 0589 0012``
TELEPON  mobile ``0812-3456-7890`` / ``+62 812 …`` and landlines ``(0541) 7 123 456``
EMAIL    e-mail addresses
NPWP     tax number ``12.345.678.9-012.345`` or 15 digits after the word NPWP
PLAT     vehicle plates ``KT 1234 AB`` with a real Indonesian region code
REKENING bank account numbers after a bank name or the word *rekening*
NAMA     private persons' names after a cue (``Bapak``, ``Bu``, ``a.n.``, ``nama saya``)
======== ==============================================================================

Limits, stated honestly (participants should hear them too):

* The detector is rule-based (regular expressions plus a few checks). It is
  fast, explainable and works offline, but it only finds the formats it
  knows. Unusual spellings (``nol delapan satu dua …``, digits broken by
  emoji, an e-mail written as ``nama [at] gmail``) are missed.
* A name is only found after a cue word. ``Budi Santoso mengeluh …`` with no
  ``Pak``/``Bu``/``a.n.`` in front is *not* detected; a role after a title
  (``Pak Gubernur``, ``Ibu Kepala Dinas``) is deliberately left alone.
* A NIK is checked for a plausible structure (province code, birth date,
  serial), which removes most random 16-digit numbers but cannot prove the
  number belongs to anyone; a NIK mistyped in the date part stays visible.
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

import calendar
import re
from collections.abc import Callable, Iterable, Iterator
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
KINDS: tuple[str, ...] = ("EMAIL", "NIK", "NPWP", "REKENING", "TELEPON", "PLAT", "NAMA")

PLACEHOLDERS: dict[str, str] = {kind: f"[{kind}]" for kind in KINDS}

KIND_DESCRIPTIONS: dict[str, str] = {
    "NIK": "Nomor Induk Kependudukan: 16 angka di KTP, misalnya 6472 0512 0589 0012.",
    "TELEPON": "Nomor HP atau telepon rumah/kantor, misalnya 0812-3456-7890 atau (0541) 7123456.",
    "EMAIL": "Alamat surel (e-mail), misalnya warga@contoh.id.",
    "NPWP": "Nomor Pokok Wajib Pajak, misalnya 12.345.678.9-012.345.",
    "PLAT": "Nomor polisi kendaraan, misalnya KT 1234 AB.",
    "REKENING": "Nomor rekening bank yang disebut bersama nama bank atau kata 'rekening'.",
    "NAMA": "Nama orang pribadi setelah sapaan, misalnya 'Bu Siti' atau 'a.n. Budi Santoso'.",
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

# 16 digits, optionally grouped with single spaces or dots; not part of a longer number.
_NIK_RE = re.compile(r"(?<![\d.,])\d(?:[ .]?\d){15}(?!\d)(?![.,]\d)")


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
    if not 1 <= month <= 12:
        return False
    # The century is unknown; treat every year divisible by 4 as a leap year.
    days_in_month = calendar.monthrange(2000 + year if year % 4 == 0 else 2001, month)[1]
    return 1 <= day <= days_in_month


def _find_nik(text: str) -> Iterator[tuple[int, int]]:
    """Yield NIKs such as ``6472 0512 0589 0012`` or ``6472.0512.0589.0012``."""
    for match in _NIK_RE.finditer(text):
        if _valid_nik(re.sub(r"\D", "", match.group())):
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
    r"bank\s?kaltimtara|kaltimtara|bank\s+kaltim|bri|bni|bsi|bca|btn|mandiri|"
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


def _plate_case_ok(region: str, suffix: str) -> bool:
    """Accept ``KT 1234 AB`` or ``kt 1234 ab``; reject mixed case like ``B 2 Lantai``."""
    both = region + suffix
    return both.isupper() or (both.islower() and len(region) == 2)


def _find_plat(text: str) -> Iterator[tuple[int, int]]:
    """Yield plates such as ``KT 1234 AB``, ``KT1234AB``, ``kt 1234 ab``, ``B 1 RI``."""
    for match in _PLATE_RE.finditer(text):
        region, suffix = match.group("region"), match.group("suffix")
        if region.upper() not in _PLATE_REGIONS or suffix.lower() in _PLATE_SUFFIX_STOP:
            continue
        if _plate_case_ok(region, suffix):
            yield match.span()


# ---------------------------------------------------------------------------
# NAMA
# ---------------------------------------------------------------------------

_NAME_CUE_RE = re.compile(
    r"(?<![\w.-])(?:(?P<title>bapak|bpk\.?|ibu|pak|bu|saudara|saudari|sdri?\.|sdr)"
    r"|(?P<formal>atas\s+nama)"
    r"|(?P<named>a\.\s?n\.?|an\.|a/n|nama\s+saya|nama\s*:"
    r"|(?:saya|sy|aku)\s+(?:bapak|ibu|pak|bu)))"
    r"(?![\w-])[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# An initial or an honorific/academic abbreviation that belongs to the name ("M.", "Hj.", "Drs.").
_NAME_PREFIX_RE = re.compile(
    r"(?:[A-Z]|Hj|Drs|Dra|Dr|dr|Ir|Prof|Muh|Moh|Mhd|Ust|Ustz|KH)\.(?=[ \t]*[A-Za-z])"
)
# A capitalised word ("Siti", "Nur'aini"); ALL-CAPS or lower case only after "Nama:" etc.
_CAP_WORD_RE = re.compile(r"[A-Z][a-z]+(?:['-][A-Za-z]+)*(?![\w'-])")
_CAP_OR_UPPER_WORD_RE = re.compile(r"(?:[A-Z][a-z]+(?:['-][A-Za-z]+)*|[A-Z]{2,})(?![\w'-])")
_LOWER_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?(?![\w'-])")
_GAP_RE = re.compile(r"[ \t]*")

# Words that show the cue introduces a role, an office or a group, not a private name.
_ROLE_WORDS = _word_set(
    """
    gubernur wagub wakil kepala kadis kabid kasi kasubbag sekretaris sekda sekdes camat lurah
    bupati wabup wali walikota wawali kota presiden menteri ketua direktur dirut kapolres
    kapolda kapolsek dandim danramil kades desa rt rw dokter dr guru ustadz ustaz kyai kiai
    pendeta plt pj pjs staf petugas pejabat anggota dprd dewan pimpinan polisi satpam satpol
    bapak ibu pak bu kalian sekalian semua semuanya yang hormat terhormat dan atau
    hamil menyusui melahirkan rumah tangga negara sendiri
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


_LOWER_NAME_STOP = _ROLE_WORDS | _NAME_END_WORDS
# Words that are names inside a name ("Sri Pertiwi") but not right after a title ("Ibu Pertiwi").
_NOT_FIRST_NAME = _word_set("pertiwi")


def _name_span(text: str, pos: int, lower_ok: bool) -> tuple[int, int] | None:
    """Return the span of 1–4 name words starting at ``pos`` (right after a cue), or None.

    After a title (``Bu``, ``Sdr.``) or ``atas nama`` words are capitalised
    (``Siti Rahmawati``);
    initials and honorifics in front of a word are part of the name
    (``M. Yusuf``, ``Drs. H. Ahmad Yani``, ``dr. Rina``). After a naming cue
    (``Nama:``, ``a.n.``, ``nama saya``, ``sy bu``) ALL-CAPS (``BUDI SANTOSO``)
    and, as people type in chats, lower case (``budi santoso``) are accepted
    too (``lower_ok``). Lower case is not taken after ``atas nama``, where it is
    usually a role: ``atas nama penerima``, ``atas nama pemerintah``.
    A role word (``Gubernur``, ``Kepala``) ends the name; as the first word it
    means there is no name at all.
    """
    word_re, stop = _CAP_WORD_RE, _ROLE_WORDS
    if lower_ok:
        word_re, stop = _CAP_OR_UPPER_WORD_RE, _LOWER_NAME_STOP
        if text[pos : pos + 1].islower():
            word_re = _LOWER_WORD_RE
    start, end, words = pos, None, 0
    while words < 4:
        prefix = _NAME_PREFIX_RE.match(text, pos)
        if prefix:
            pos = _GAP_RE.match(text, prefix.end()).end()
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


def _find_nama(text: str) -> Iterator[tuple[int, int]]:
    """Yield names after a cue: ``Bu Siti Rahmawati``, ``a.n. Budi Santoso``.

    ``Pak Gubernur``, ``Ibu Kepala Dinas`` and ``Bapak/Ibu sekalian`` are not
    names: a role word right after the cue stops the match.
    """
    for cue in _NAME_CUE_RE.finditer(text):
        title = cue.group("title")
        if title and title.isupper():  # "BPK" is an agency, "IBU KOTA" a headline
            continue
        span = _name_span(text, cue.end(), lower_ok=cue.group("named") is not None)
        if span is not None:
            yield span


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

_FINDERS: dict[str, Callable[[str], Iterator[tuple[int, int]]]] = {
    "EMAIL": _find_email,
    "NIK": _find_nik,
    "NPWP": _find_npwp,
    "REKENING": _find_rekening,
    "TELEPON": _find_telepon,
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
    kept: list[PIISpan] = []
    for span in ordered:
        if all(span.end <= other.start or span.start >= other.end for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def find_pii(text: str, kinds: Iterable[str] | None = None) -> list[PIISpan]:
    """Find personal data in one text.

    Returns ``PIISpan(start, end, kind)`` tuples sorted by ``start``, never
    overlapping. Overlaps are resolved by precedence
    ``EMAIL > NIK > NPWP > REKENING > TELEPON > PLAT > NAMA`` over *all*
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
