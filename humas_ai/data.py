"""Reading agency exports and the bundled datasets.

:func:`read_comments` reads what a humas office actually exports from its
social-media tools or complaint channel: CSV with comma, semicolon or tab
separators (Indonesian Excel writes semicolons), in UTF-8, UTF-8 with BOM,
UTF-16 or Windows-1252, with or without lines of metadata above the header;
Excel ``.xlsx`` and old ``.xls`` workbooks (the sheet holding the comments is
found); JSON and JSON Lines from scraping tools (a list of records with a
``text``/``caption``/``comment`` field).  A date column (tweet-harvest's
``created_at``, Instagram ISO timestamps, ``DD/MM/YYYY``) is parsed into
``tanggal``.  Every problem raises :class:`DataError` with an Indonesian
message that says what to do.

:func:`load_dataset` and :func:`list_datasets` give the datasets that ship
with the kit (see ``datasets/DATASHEET-*.md``).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from humas_ai.errors import DataError
from humas_ai.inputs import field_counts, guess_separator, is_missing
from humas_ai.numbers import decimal
from humas_ai.paths import datasets_dir

#: Column names recognised as the comment text, in order of preference
#: (compared in lower case, with spaces and dashes read as underscores).
TEXT_COLUMN_NAMES = (
    "teks", "text", "komentar", "comment", "comments", "isi_komentar", "komentar_publik",
    "caption", "message", "pesan", "isi", "isi_pesan", "isi_aduan", "aduan", "laporan",
    "isi_laporan", "konten", "content", "ulasan", "review", "tweet", "full_text", "body",
    "keterangan", "judul", "comment_text", "commenttext", "isi_tanggapan", "tanggapan",
)
#: Words that mark a text column when no name matches exactly: ``Komentar Warga``,
#: ``Saran dan masukan untuk pelayanan`` (Google Forms). Short words must be a whole word.
TEXT_COLUMN_WORDS = (
    "komentar", "comment", "teks", "text", "pesan", "message", "aduan", "keluhan", "saran",
    "masukan", "tanggapan", "ulasan", "review", "laporan", "caption", "isi", "pendapat",
    "kritik", "konten", "content", "pertanyaan",
)
#: Column names recognised as the date, in order of preference; then any column whose
#: name contains ``tanggal``, ``tgl``, ``date``, ``waktu``, ``time`` or ``created``.
DATE_COLUMN_NAMES = (
    "tanggal", "tgl", "date", "created_at", "createdat", "timestamp", "create_time",
    "stempel_waktu", "waktu", "datetime", "published_at", "taken_at", "posted_at", "time",
)
_DATE_WORDS = ("tanggal", "tgl", "date", "waktu", "time", "created")
#: Hours added to times given with a zone (``+0000``, ``Z``): Kalimantan Timur is on WITA.
WITA_OFFSET_HOURS = 8
_DATE_FORMATS = (
    "%a %b %d %H:%M:%S %z %Y",  # tweet-harvest / X: Mon Jan 06 03:12:45 +0000 2025
    "ISO8601",  # Instagram and most APIs: 2025-01-06T03:12:45.000Z, Excel: 2025-01-06 00:00:00
    "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y",  # Indonesian exports, Google Forms
    "%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d-%m-%Y", "%d.%m.%Y",
    "%m/%d/%Y %H:%M:%S", "%m/%d/%Y",  # month first: only when day first does not fit
)
_DATE_MIN_SHARE = 0.8

CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
_ENCODINGS = ("utf-8-sig", "cp1252")


# --------------------------------------------------------------------------- reading files


def read_comments(path, text_column: str | None = None, verbose: bool = True) -> pd.DataFrame:
    """Read an exported comment file into a DataFrame with a ``teks`` column.

    ``text_column`` names the column that holds the comment text; when it is
    ``None`` the column is found by common names (:data:`TEXT_COLUMN_NAMES`).
    A column whose name *contains* a known word (``Komentar Warga``) is taken
    when no name matches exactly. The text column is renamed ``teks`` (its
    original name is kept in ``df.attrs["kolom_teks_asli"]``); other columns
    are kept as text.  In a workbook the first sheet with a text column is
    read (``df.attrs["lembar"]``).  When a date column is found and at least
    80% of it reads as dates, a column ``tanggal`` (datetime; times given
    with a zone are turned into WITA) is added at the end, or replaces a text
    column already called ``tanggal``; its source is in
    ``df.attrs["kolom_tanggal_asli"]``.  Rows whose text is empty are
    dropped and counted in ``df.attrs["baris_kosong_dibuang"]``.  With
    ``verbose`` a summary in Indonesian is printed.
    """
    path = _checked_path(path)
    suffix = path.suffix.lower()
    sheet = None
    if suffix in EXCEL_SUFFIXES:
        sheet, table, column = _read_workbook(path, text_column)
    else:
        table = _read_json(path) if suffix in JSON_SUFFIXES else _read_csv(path)
        table.columns = [str(column).strip() for column in table.columns]
        column = _find_text_column(table, text_column, path)
    texts = table[column].astype("string").str.strip()
    empty = texts.isna() | (texts == "")
    if table.empty:
        raise DataError(
            f"File '{path.name}' hanya berisi judul kolom, tanpa baris data. Ekspor ulang "
            "datanya dengan rentang tanggal yang berisi komentar."
        )
    if empty.all():
        raise DataError(
            f"Semua baris di kolom '{column}' pada file '{path.name}' kosong. "
            "Periksa apakah kolom teks yang dipilih sudah benar, atau sebutkan kolom lain "
            "dengan text_column='nama_kolom'."
        )
    result = table.loc[~empty].drop(columns=[column]).copy()
    result.insert(0, "teks", texts[~empty].astype(str))
    result = result.reset_index(drop=True)
    date_column, dates = _find_dates(result)
    if dates is not None:
        result["tanggal"] = dates
    result.attrs.update(kolom_teks_asli=column, baris_kosong_dibuang=int(empty.sum()),
                        kolom_tanggal_asli=date_column)
    if sheet is not None:
        result.attrs["lembar"] = sheet
    if verbose:
        print(_summary(path, sheet, column, len(result), int(empty.sum()), date_column))
    return result


def _summary(path: Path, sheet: str | None, column: str, rows: int, dropped: int,
             date_column: str | None) -> str:
    """The one-line Indonesian report of what was read (thousands written 1.234)."""
    where = f", lembar '{sheet}'" if sheet is not None else ""
    if date_column is None:
        when = "Tidak ada kolom tanggal yang terbaca."
    elif date_column == "tanggal":
        when = "Kolom 'tanggal' dibaca sebagai tanggal."
    else:
        when = f"Tanggal dibaca dari kolom '{date_column}' ke kolom 'tanggal'."
    count, empty = decimal(rows), decimal(dropped)
    return (f"Dibaca {count} komentar dari '{path.name}'{where} (kolom teks: '{column}'); "
            f"{empty} baris kosong dibuang. {when}")


def _checked_path(path) -> Path:
    path = Path(path)
    if not path.exists():
        raise DataError(
            f"File '{path}' tidak ditemukan. Periksa nama file dan foldernya; di Jupyter, "
            "klik kanan file di panel kiri lalu pilih 'Copy Path' dan tempelkan di sini."
        )
    if path.is_dir():
        raise DataError(f"'{path}' adalah folder, bukan file. Sebutkan nama filenya juga.")
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES | EXCEL_SUFFIXES | JSON_SUFFIXES:
        raise DataError(
            f"Format file '{path.name}' tidak didukung. Gunakan file .csv, .tsv, .txt, .xlsx, "
            ".xls, .json atau .jsonl (dari Excel: File > Save As > CSV UTF-8 atau Excel "
            "Workbook)."
        )
    if path.stat().st_size == 0:
        raise DataError(
            f"File '{path.name}' kosong (0 byte). Ekspor ulang data dari sumbernya, lalu "
            "pastikan file tersimpan sebelum dibaca."
        )
    return path


def _read_excel(path: Path) -> dict[str, pd.DataFrame]:
    """Every sheet of a workbook as text; ``.xls`` through xlrd, the rest through openpyxl."""
    old = path.suffix.lower() == ".xls"
    try:
        with warnings.catch_warnings(), open(os.devnull, "w") as quiet:
            warnings.simplefilter("ignore")  # pandas says the xlrd engine is deprecated
            options: dict[str, Any] = (
                {"engine": "xlrd", "engine_kwargs": {"logfile": quiet}} if old
                else {"engine": "openpyxl"}
            )
            sheets = pd.read_excel(path, dtype=str, sheet_name=None, **options)
    except Exception as error:  # openpyxl and xlrd raise many types for damaged files
        raise DataError(
            f"File Excel '{path.name}' tidak dapat dibuka ({type(error).__name__}). "
            "Buka file di Excel untuk memastikan tidak rusak, lalu simpan ulang sebagai .xlsx."
        ) from error
    if all(table.empty and len(table.columns) == 0 for table in sheets.values()):
        raise DataError(f"Semua lembar file '{path.name}' kosong. Periksa apakah file yang "
                        "dipilih sudah benar, lalu ekspor ulang datanya.")
    return sheets


def _read_workbook(path: Path, wanted: str | None) -> tuple[str, pd.DataFrame, str]:
    """Pick the first sheet that has the text column; say which sheets were looked at."""
    seen = []
    for name, table in _read_excel(path).items():
        table.columns = [str(column).strip() for column in table.columns]
        try:
            return str(name), table, _find_text_column(table, wanted, path)
        except DataError:
            columns = ", ".join(f"'{column}'" for column in table.columns) or "(kosong)"
            seen.append(f"lembar '{name}': {columns}")
    target = f"Kolom '{wanted}'" if wanted is not None else "Kolom teks"
    raise DataError(
        f"{target} tidak ditemukan di lembar mana pun pada file '{path.name}'. "
        f"Isi file: {'; '.join(seen)}. Sebutkan kolom yang berisi komentar, misalnya "
        "read_comments(path, text_column='nama_kolom')."
    )


def _json_records(value: Any) -> list | None:
    """The list of records in parsed JSON: the value itself or the first list inside a dict."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in ("data", "items", "comments", "results", "records", "tweets", "posts"):
            if isinstance(value.get(key), list):
                return value[key]
        for item in value.values():
            if isinstance(item, list) and item and isinstance(item[0], dict):
                return item
    return None


def _as_text(value: Any) -> Any:
    """A JSON value as text for the table; nested objects as JSON, missing stays missing."""
    if is_missing(value):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _read_json(path: Path) -> pd.DataFrame:
    """JSON (a list of records, or an object holding one) or JSON Lines (one record a line)."""
    text = _decode(path).strip()
    if not text:
        raise DataError(f"File '{path.name}' tidak berisi data. Ekspor ulang datanya.")
    try:
        parsed: Any = json.loads(text)
    except json.JSONDecodeError as error:
        if not (error.msg == "Extra data" or path.suffix.lower() in (".jsonl", ".ndjson")):
            raise _json_error(path, error.lineno) from error
        parsed = []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    parsed.append(json.loads(line))
                except json.JSONDecodeError as line_error:
                    raise _json_error(path, number) from line_error
    records = _json_records(parsed)
    if not records:
        raise DataError(
            f"File JSON '{path.name}' tidak berisi daftar komentar. Yang dapat dibaca: daftar "
            'rekaman seperti [{"text": "..."}, ...] (hasil alat scraping), atau JSON Lines '
            "dengan satu rekaman per baris. Periksa apakah file yang dipilih sudah benar."
        )
    if all(isinstance(record, str) for record in records):
        return pd.DataFrame({"teks": records})
    rows = [record for record in records if isinstance(record, dict)]
    table = pd.json_normalize(rows, max_level=1, sep="_")
    return table.apply(lambda column: column.map(_as_text)).astype(object)


def _json_error(path: Path, line: int) -> DataError:
    return DataError(
        f"File '{path.name}' bukan JSON yang rapi (kesalahan di baris {line}). Biasanya ada tanda "
        "kutip atau koma yang hilang karena file terpotong. Ekspor ulang datanya dari alat "
        "yang sama, dan jangan menyunting file itu dengan tangan."
    )


def _decode(path: Path) -> str:
    raw = path.read_bytes()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    for encoding in _ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DataError(
        f"Pengodean (encoding) file '{path.name}' tidak dikenali. Buka file di Excel lalu "
        "simpan ulang sebagai 'CSV UTF-8 (Comma delimited)'."
    )


def _read_csv(path: Path) -> pd.DataFrame:
    text = _decode(path)
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise DataError(f"File '{path.name}' tidak berisi data. Ekspor ulang datanya.")
    separator = guess_separator(lines)
    header = _header_line(lines, separator)
    try:
        table = pd.read_csv(
            io.StringIO(text), sep=separator, skiprows=header, dtype=str,
            keep_default_na=False, skip_blank_lines=True,
        )
    except (pd.errors.ParserError, csv.Error) as error:
        raise DataError(
            f"Isi file '{path.name}' tidak rapi sebagai tabel ({error}). Biasanya ada baris "
            "dengan jumlah kolom berbeda atau tanda kutip yang tidak tertutup. Buka file di "
            "Excel, periksa baris tersebut, lalu simpan ulang sebagai CSV."
        ) from error
    return table


def _header_line(lines: list[str], separator: str) -> int:
    """Index of the header: the first line with the usual number of fields.

    Exports often start with lines such as ``Diekspor dari ... pada ...``;
    those are skipped.
    """
    non_blank = [(index, line) for index, line in enumerate(lines[:50]) if line.strip()]
    counts = field_counts(lines, separator)
    usual = Counter(counts).most_common(1)[0][0]
    for (index, _), count in zip(non_blank, counts, strict=False):
        if count == usual:
            return index
    return 0


def _normalise_name(name: str) -> str:
    return name.strip().lower().replace(" ", "_").replace("-", "_")


def _find_text_column(table: pd.DataFrame, wanted: str | None, path: Path) -> str:
    columns = list(table.columns)
    by_name = {_normalise_name(column): column for column in columns}
    listed = ", ".join(f"'{column}'" for column in columns)
    if wanted is not None:
        if wanted in columns:
            return wanted
        if _normalise_name(wanted) in by_name:
            return by_name[_normalise_name(wanted)]
        raise DataError(
            f"Kolom '{wanted}' tidak ada di file '{path.name}'. Kolom yang ada: {listed}. "
            "Salin nama kolom persis seperti tertulis."
        )
    for name in TEXT_COLUMN_NAMES:
        if name in by_name:
            return by_name[name]
    contains = [column for column in columns
                if _has_text_word(column) and _looks_like_text(table[column])]
    if contains:
        return max(contains, key=lambda column: _mean_length(table[column]))
    raise DataError(
        f"Kolom teks tidak ditemukan di file '{path.name}'. Kolom yang ada: {listed}. "
        "Sebutkan kolom yang berisi komentar, misalnya read_comments(path, "
        "text_column='nama_kolom')."
    )


def _has_text_word(column: str) -> bool:
    """True when the name contains a word of :data:`TEXT_COLUMN_WORDS` (short ones whole)."""
    name = _normalise_name(column)
    words = set(re.split(r"[^a-z0-9]+", name))
    return any(word in words if len(word) < 5 else word in name for word in TEXT_COLUMN_WORDS)


def _filled(values: pd.Series) -> pd.Series:
    texts = values.dropna().astype(str).str.strip()
    return texts[texts != ""]


def _looks_like_text(values: pd.Series) -> bool:
    """Mostly words, not numbers: ``Jumlah Komentar`` is a count, not the comments."""
    texts = _filled(values)
    if texts.empty:
        return False
    return bool(texts.str.fullmatch(r"[\d.,\s%+-]+").mean() < 0.5)


def _mean_length(values: pd.Series) -> float:
    texts = _filled(values)
    return float(texts.str.len().mean()) if not texts.empty else 0.0


def _date_candidates(table: pd.DataFrame) -> list[str]:
    """Columns that may hold the date: known names first, then names containing a date word."""
    columns = [column for column in table.columns if column != "teks"]
    by_name = {_normalise_name(column): column for column in columns}
    ordered = [by_name[name] for name in DATE_COLUMN_NAMES if name in by_name]
    ordered += [column for column in columns if column not in ordered
                and any(word in _normalise_name(column) for word in _DATE_WORDS)]
    return ordered


def parse_dates(values: pd.Series) -> pd.Series | None:
    """Parse a column of dates, or return None when fewer than 80% of its values read.

    Tries, in order: X/tweet-harvest ``created_at``, ISO 8601 (Instagram,
    Excel), day-first ``DD/MM/YYYY`` and ``DD-MM-YYYY`` with or without a
    time, month-first last; a column of Unix seconds or milliseconds
    (TikTok) is read as such. Times with a zone are converted to WITA
    (UTC+8) and returned without a zone, like the others. Values that do not
    read become ``NaT``.
    """
    texts = values.astype("string").str.strip()
    filled = texts.notna() & (texts != "")
    if not filled.any():
        return None
    best: pd.Series | None = None
    best_share = 0.0
    for parsed in _date_attempts(texts.where(filled)):
        share = float(parsed[filled].notna().mean())
        if share > best_share:
            best, best_share = parsed, share
    return best if best_share >= _DATE_MIN_SHARE else None


def _date_attempts(texts: pd.Series) -> Iterator[pd.Series]:
    """Yield the column parsed with each known format (``NaT`` where it does not fit)."""
    filled = texts.dropna()
    if filled.str.fullmatch(r"\d{10}|\d{13}").all():
        unit = "s" if filled.str.len().iloc[0] == 10 else "ms"
        numbers = pd.to_numeric(texts, errors="coerce")
        yield _to_wita(pd.to_datetime(numbers, unit=unit, errors="coerce", utc=True))
        return
    for fmt in _DATE_FORMATS:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                parsed = pd.to_datetime(texts, format=fmt, errors="coerce")
            except (ValueError, TypeError):  # mixed time zones
                parsed = pd.to_datetime(texts, format=fmt, errors="coerce", utc=True)
        yield _to_wita(parsed)


def _to_wita(parsed: pd.Series) -> pd.Series:
    """Times with a zone become WITA without a zone; times without a zone stay as written."""
    if isinstance(parsed.dtype, pd.DatetimeTZDtype):
        parsed = parsed.dt.tz_convert("UTC").dt.tz_localize(None)
        parsed = parsed + pd.Timedelta(hours=WITA_OFFSET_HOURS)
    return parsed.astype("datetime64[ns]")


def _find_dates(table: pd.DataFrame) -> tuple[str | None, pd.Series | None]:
    """The first date column that reads, and its parsed values."""
    for column in _date_candidates(table):
        dates = parse_dates(table[column])
        if dates is not None:
            return column, dates
    return None, None


# --------------------------------------------------------------------------- bundled datasets


@dataclass(frozen=True)
class _Dataset:
    filename: str
    description: str
    kind: str = "csv"  # csv | export | json | folder | lines


_DATASETS: dict[str, _Dataset] = {
    "komentar_publik": _Dataset(
        "komentar_publik.csv",
        "Komentar publik di media sosial dan kanal pengaduan pemerintah daerah Kaltim, "
        "berlabel topik dan sentimen.",
    ),
    "berita_isu": _Dataset(
        "berita_isu.csv", "Berita singkat media daerah fiktif, berlabel isu."
    ),
    "data_pribadi_sintetis": _Dataset(
        "data_pribadi_sintetis.csv",
        "Teks pengaduan dan pesan berisi data pribadi fiktif, dengan anotasi letaknya.",
    ),
    "kasus_etika": _Dataset(
        "kasus_etika.json", "Skenario etika penggunaan AI untuk humas, dengan pembahasan.",
        kind="json",
    ),
    "fakta_siaran_pers": _Dataset(
        "fakta_siaran_pers", "Pasangan lembar fakta dan draf siaran pers buatan AI.",
        kind="folder",
    ),
    "contoh_ekspor_instansi": _Dataset(
        "contoh_ekspor_instansi.csv",
        "Contoh ekspor mentah komentar akun Pemkab (fiktif) untuk Modul 05, dibaca "
        "dengan read_comments.",
        kind="export",
    ),
    "linimasa_isu": _Dataset(
        "linimasa_isu.csv",
        "Linimasa media sosial fiktif (waktu, akun samaran, isu, sentimen) dengan lonjakan "
        "peristiwa dan kelompok unggahan terkoordinasi berlabel, untuk Modul 06.",
    ),
    "kamus_slang": _Dataset(
        "kamus_slang.csv", "Kamus kata gaul dan singkatan ke bentuk baku."
    ),
    "stopwords_tambahan": _Dataset(
        "stopwords_tambahan.txt", "Kata umum tambahan yang dibuang selain daftar Sastrawi.",
        kind="lines",
    ),
}

_DATE_COLUMNS = {"komentar_publik": ["tanggal"], "berita_isu": ["tanggal"]}
_DATETIME_COLUMNS = {"linimasa_isu": ["waktu"]}


def list_datasets() -> pd.DataFrame:
    """Table of the bundled datasets: name, description and whether the file is present."""
    root = datasets_dir()
    rows = [
        {"nama": name, "keterangan": spec.description, "tersedia": (root / spec.filename).exists()}
        for name, spec in _DATASETS.items()
    ]
    return pd.DataFrame(rows)


def dataset_path(name: str) -> Path:
    """Path of a bundled dataset file or folder (see :func:`list_datasets`)."""
    if name not in _DATASETS:
        names = ", ".join(f"'{known}'" for known in _DATASETS)
        raise DataError(f"Dataset '{name}' tidak dikenal. Pilih salah satu: {names}.")
    path = datasets_dir() / _DATASETS[name].filename
    if not path.exists():
        raise DataError(
            f"File dataset '{name}' tidak ditemukan di {path.parent}. Pasang ulang paket "
            "humas-ai atau ambil ulang folder datasets/ dari repositori."
        )
    return path


def load_dataset(name: str) -> Any:
    """Load a bundled dataset by name.

    CSV datasets come back as DataFrames (``tanggal`` parsed as dates; the
    raw agency export ``contoh_ekspor_instansi`` is read by :func:`read_comments`),
    ``kasus_etika`` as a list of dicts, ``fakta_siaran_pers`` as a dict of
    ``{pair_number: {"lembar_fakta": str, "draf_ai": str, "kunci": list}}``
    and ``stopwords_tambahan`` as a list of words.
    """
    path = dataset_path(name)
    kind = _DATASETS[name].kind
    if kind == "json":
        return json.loads(path.read_text(encoding="utf-8"))
    if kind == "folder":
        return _load_fact_pairs(path)
    if kind == "export":
        return read_comments(path, verbose=False)
    if kind == "lines":
        lines = path.read_text(encoding="utf-8").splitlines()
        return [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in _DATE_COLUMNS.get(name, []):
        table[column] = pd.to_datetime(table[column], format="%Y-%m-%d")
    for column in _DATETIME_COLUMNS.get(name, []):
        table[column] = pd.to_datetime(table[column], format="%Y-%m-%d %H:%M")
    return table


def _load_fact_pairs(folder: Path) -> dict[str, dict[str, Any]]:
    key = json.loads((folder / "kunci.json").read_text(encoding="utf-8"))
    pairs = {}
    for sheet in sorted(folder.glob("*-lembar-fakta.md")):
        number = sheet.name.split("-", 1)[0]
        pairs[number] = {
            "lembar_fakta": sheet.read_text(encoding="utf-8"),
            "draf_ai": (folder / f"{number}-draf-ai.md").read_text(encoding="utf-8"),
            "kunci": key.get(number, []),
        }
    return pairs
