"""Reading agency exports and the bundled datasets.

:func:`read_comments` reads what a humas office actually exports from its
social-media tools or complaint channel: CSV with comma, semicolon or tab
separators (Indonesian Excel writes semicolons), in UTF-8, UTF-8 with BOM,
UTF-16 or Windows-1252, with or without lines of metadata above the header,
and Excel ``.xlsx`` files.  Every problem raises :class:`DataError` with an
Indonesian message that says what to do.

:func:`load_dataset` and :func:`list_datasets` give the datasets that ship
with the kit (see ``datasets/DATASHEET-*.md``).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from humas_ai.errors import DataError
from humas_ai.paths import datasets_dir

#: Column names recognised as the comment text, in order of preference
#: (compared in lower case, with spaces and dashes read as underscores).
TEXT_COLUMN_NAMES = (
    "teks", "text", "komentar", "comment", "comments", "isi_komentar", "komentar_publik",
    "caption", "message", "pesan", "isi", "isi_pesan", "isi_aduan", "aduan", "laporan",
    "isi_laporan", "konten", "content", "ulasan", "review", "tweet", "full_text", "body",
    "keterangan", "judul",
)

CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
_ENCODINGS = ("utf-8-sig", "cp1252")
_SEPARATORS = (";", ",", "\t", "|")


# --------------------------------------------------------------------------- reading files


def read_comments(path, text_column: str | None = None, verbose: bool = True) -> pd.DataFrame:
    """Read an exported comment file into a DataFrame with a ``teks`` column.

    ``text_column`` names the column that holds the comment text; when it is
    ``None`` the column is found by common names (:data:`TEXT_COLUMN_NAMES`).
    The text column is renamed ``teks`` (its original name is kept in
    ``df.attrs["kolom_teks_asli"]``); other columns are kept as text.  Rows
    whose text is empty are dropped and counted in
    ``df.attrs["baris_kosong_dibuang"]``.  With ``verbose`` a one-line
    summary in Indonesian is printed.
    """
    path = _checked_path(path)
    table = _read_excel(path) if path.suffix.lower() in EXCEL_SUFFIXES else _read_csv(path)
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
    result.attrs.update(kolom_teks_asli=column, baris_kosong_dibuang=int(empty.sum()))
    if verbose:
        print(
            f"Dibaca {len(result):,} komentar dari '{path.name}' (kolom teks: '{column}'); "
            f"{int(empty.sum()):,} baris kosong dibuang.".replace(",", ".")
        )
    return result


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
    if suffix == ".xls":
        raise DataError(
            f"File '{path.name}' berformat Excel lama (.xls). Buka di Excel lalu simpan ulang "
            "sebagai 'Excel Workbook (.xlsx)' atau 'CSV UTF-8'."
        )
    if suffix not in CSV_SUFFIXES | EXCEL_SUFFIXES:
        raise DataError(
            f"Format file '{path.name}' tidak didukung. Gunakan file .csv, .tsv, .txt atau "
            ".xlsx (dari Excel: File > Save As > CSV UTF-8 atau Excel Workbook)."
        )
    if path.stat().st_size == 0:
        raise DataError(
            f"File '{path.name}' kosong (0 byte). Ekspor ulang data dari sumbernya, lalu "
            "pastikan file tersimpan sebelum dibaca."
        )
    return path


def _read_excel(path: Path) -> pd.DataFrame:
    try:
        table = pd.read_excel(path, dtype=str, engine="openpyxl")
    except Exception as error:  # openpyxl raises many types for damaged files
        raise DataError(
            f"File Excel '{path.name}' tidak dapat dibuka ({type(error).__name__}). "
            "Buka file di Excel untuk memastikan tidak rusak, lalu simpan ulang sebagai .xlsx."
        ) from error
    if table.empty and len(table.columns) == 0:
        raise DataError(f"Lembar pertama file '{path.name}' kosong. Pindahkan data ke lembar "
                        "pertama atau simpan lembar yang berisi data sebagai file baru.")
    return table


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
    separator = _guess_separator(lines)
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


def _field_counts(lines: list[str], separator: str) -> list[int]:
    sample = [line for line in lines[:50] if line.strip()]
    return [len(row) for row in csv.reader(sample, delimiter=separator)]


def _guess_separator(lines: list[str]) -> str:
    """Choose the separator that splits the most lines into the same number of fields."""
    best, best_score = ",", (0, 0)
    for separator in _SEPARATORS:
        counts = _field_counts(lines, separator)
        if not counts:
            continue
        fields, frequency = Counter(counts).most_common(1)[0]
        score = (frequency if fields > 1 else 0, fields)
        if score > best_score:
            best, best_score = separator, score
    return best


def _header_line(lines: list[str], separator: str) -> int:
    """Index of the header: the first line with the usual number of fields.

    Exports often start with lines such as ``Diekspor dari ... pada ...``;
    those are skipped.
    """
    non_blank = [(index, line) for index, line in enumerate(lines[:50]) if line.strip()]
    counts = _field_counts(lines, separator)
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
    raise DataError(
        f"Kolom teks tidak ditemukan di file '{path.name}'. Kolom yang ada: {listed}. "
        "Sebutkan kolom yang berisi komentar, misalnya read_comments(path, "
        "text_column='nama_kolom')."
    )


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
