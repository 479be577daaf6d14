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
NAMA     persons' names after a cue (``Bapak``, ``Bu``, ``a.n.``, ``saya``, ``Nama:``),
         before an academic degree (``Rina Marlina, S.Sos``), in a signature block, or
         starting with a common Indonesian given name (``Slamet Riyadi mengeluh``)
======== ==============================================================================

Limits, stated honestly (participants should hear them too):

* The detector is rule-based (regular expressions plus a few checks). It is
  fast, explainable and works offline, but it only finds the formats it
  knows. Unusual spellings (``nol delapan satu dua …``, digits broken by
  emoji, an e-mail written as ``nama [at] gmail``) are missed.
* A name with no cue word, degree or signature around it is found when it
  starts with a given name from a written list (``humas_ai.pii.given_names``:
  ``Budi Santoso mengeluh``) or when the layout says it is a name (a table
  column headed ``Nama``, a list under ``Hadir:``); elsewhere a rare local
  name such as ``Tingang Lawai`` is missed. A street, building or place named after a person (``Jl.
  Ahmad Yani``, ``RSUD Abdul Wahab Sjahranie``) is left alone, and so is a
  role after a title (``Pak Gubernur``, ``Ibu Kepala Dinas``). Every person's
  name counts, also an official quoted in a press release: the masker cannot
  tell who is a public figure.
* A NIK or NIP with no cue word is checked for a plausible structure (region
  code and birth date; birth and appointment date), which removes most random
  long numbers but cannot prove the number belongs to anyone. After the word
  ``NIK``/``KTP``/``KK``/``NIP`` the number is masked even when mistyped.
* An address needs a street marker and a house number (``Jl. … No. 12``) or
  an ``Alamat:`` label; a road named without a house number (``Jl. Juanda
  macet``) stays readable, but so does a home described only as ``RT 05``.
* Contacts of an office are not personal data and stay: a mailbox such as
  ``ppid@…go.id``, a landline or a street address in a sentence that names
  the agency (``Kantor Kecamatan Loa Janan, Jl. Soekarno-Hatta No. 5``).
* Lower-case names (``sy bu hana``) are taken after a naming cue such as
  ``nama saya``, ``a.n.`` or ``sy bu``; after ``pak``/``bu``/``sy`` alone only
  when the word is a known given name (``pak darto``, not ``bu hamil``).
* Account numbers are only found next to a bank name or ``rekening``/``norek``.

So masking lowers the risk; it does not replace reading the text before it is
published. ``audit_by_group`` is the second tool of the module: it compares a
classifier's accuracy and macro-F1 across groups (for example kabupaten/kota)
to show where a model serves some citizens worse than others.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from humas_ai.errors import HumasAIError
from humas_ai.pii.addresses import find_alamat
from humas_ai.pii.names import find_nama
from humas_ai.pii.numbers import (
    find_email,
    find_kk,
    find_nik,
    find_nip,
    find_npwp,
    find_plat,
    find_rekening,
    find_telepon,
)

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
    "ALAMAT": "Alamat rumah: Jl./Gg./Perum dengan nomor rumah dan RT/RW, atau isian 'Alamat:'; "
    "alamat kantor dibiarkan.",
    "TELEPON": "Nomor HP atau telepon rumah/kantor, misalnya 0812-3456-7890 atau (0541) 7123456.",
    "EMAIL": "Alamat surel (e-mail) perorangan, misalnya warga@contoh.id; surel lembaga "
    "seperti ppid@…go.id dibiarkan.",
    "NPWP": "Nomor Pokok Wajib Pajak, misalnya 12.345.678.9-012.345.",
    "PLAT": "Nomor polisi kendaraan, misalnya KT 1234 AB.",
    "REKENING": "Nomor rekening bank yang disebut bersama nama bank atau kata 'rekening'.",
    "NAMA": "Nama orang setelah sapaan atau perkenalan, misalnya 'Bu Siti', "
    "'a.n. Budi Santoso', 'saya Siti Aminah', sebelum gelar ('Rina, S.Sos'), atau yang "
    "diawali nama depan yang umum ('Slamet Riyadi mengeluh').",
}

_PRIORITY = {kind: rank for rank, kind in enumerate(KINDS)}

# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

_FINDERS: dict[str, Callable[[str], Iterator[tuple[int, int]]]] = {
    "EMAIL": find_email,
    "NIP": find_nip,
    "KK": find_kk,
    "NIK": find_nik,
    "NPWP": find_npwp,
    "REKENING": find_rekening,
    "TELEPON": find_telepon,
    "ALAMAT": find_alamat,
    "PLAT": find_plat,
    "NAMA": find_nama,
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
