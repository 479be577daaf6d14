"""Tests for humas_ai.data: reading real-looking exports and every bad input."""

import re

import pandas as pd
import pytest

from humas_ai import data
from humas_ai.errors import DataError, HumasAIError


def test_data_error_is_a_value_error():
    assert issubclass(DataError, HumasAIError)
    assert issubclass(DataError, ValueError)


def test_reads_comma_csv_and_drops_empty_rows(exports, capsys):
    table = data.read_comments(exports / "koma.csv")
    assert list(table.columns) == ["teks", "id", "tanggal", "platform"]
    assert table["teks"].tolist() == [
        "Jalan di Loa Janan rusak, kapan diperbaiki?",
        "Terima kasih Disdukcapil 👍",
    ]
    assert table.attrs == {"kolom_teks_asli": "komentar", "baris_kosong_dibuang": 1}
    assert "Dibaca 2 komentar" in capsys.readouterr().out


def test_reads_semicolon_csv_with_bom_and_spaced_column_name(exports):
    table = data.read_comments(exports / "titikkoma_bom.csv", verbose=False)
    assert table.attrs["kolom_teks_asli"] == "Isi Komentar"
    assert table["teks"].tolist() == ["Air PDAM keruh lagi 😡", "Pelayanan cepat, mantap"]
    assert "no" in table.columns  # the BOM is not glued to the first column name


def test_skips_metadata_lines_above_the_header(exports):
    table = data.read_comments(exports / "dengan_metadata.csv", verbose=False)
    assert table["teks"].tolist() == ["Banjir lagi; warga mengungsi", "Alhamdulillah sudah surut"]
    assert table["platform"].tolist() == ["tiktok", "x"]


def test_reads_tab_separated(exports):
    table = data.read_comments(exports / "tab.tsv", verbose=False)
    assert table["teks"].tolist() == ["Lampu jalan mati sebulan", "Kapan PPDB dibuka?"]


def test_reads_windows_1252(exports):
    table = data.read_comments(exports / "windows1252.csv", verbose=False)
    assert table["teks"][0] == "Pelayanan café kantor camat “ramah” sekali"


def test_reads_utf16_tab_export(tmp_path):
    path = tmp_path / "unicode_text.txt"
    path.write_text("tanggal\tpesan\n2025-01-01\tAir mati sejak pagi\n", encoding="utf-16")
    assert data.read_comments(path, verbose=False)["teks"].tolist() == ["Air mati sejak pagi"]


def test_reads_xlsx(tmp_path):
    path = tmp_path / "ekspor.xlsx"
    pd.DataFrame(
        {"Tanggal": ["2025-01-01", "2025-01-02", "2025-01-03"],
         "Message": ["Lampu PJU mati", None, "Terima kasih PLN"]}
    ).to_excel(path, index=False)
    table = data.read_comments(path, verbose=False)
    assert table["teks"].tolist() == ["Lampu PJU mati", "Terima kasih PLN"]
    assert table.attrs["baris_kosong_dibuang"] == 1


def test_explicit_text_column_is_case_insensitive(exports):
    table = data.read_comments(exports / "koma.csv", text_column="KOMENTAR", verbose=False)
    assert len(table) == 2


BAD_INPUTS = [
    ("tidak_ada.csv", None, "tidak ditemukan"),
    ("laporan.pdf", None, "tidak didukung"),
    ("kosong.csv", None, "kosong (0 byte)"),
    ("baris_kosong_saja.csv", None, "tidak berisi data"),
    ("encoding_rusak.csv", None, "encoding"),
    ("tanpa_kolom_teks.csv", None, "Kolom yang ada: 'id', 'tanggal', 'platform', 'jumlah_suka'"),
    ("semua_kosong.csv", None, "Semua baris"),
    ("hanya_header.csv", None, "hanya berisi judul kolom"),
    ("koma.csv", "ulasan", "Kolom 'ulasan' tidak ada"),
]


@pytest.mark.parametrize(("filename", "column", "message"), BAD_INPUTS)
def test_bad_input_raises_data_error_with_indonesian_message(exports, filename, column, message):
    with pytest.raises(DataError, match=re.escape(message)):
        data.read_comments(exports / filename, text_column=column, verbose=False)


def test_folder_and_old_excel_are_refused(exports, tmp_path):
    with pytest.raises(DataError, match="folder"):
        data.read_comments(exports, verbose=False)
    old = tmp_path / "lama.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    with pytest.raises(DataError, match=r"\.xlsx"):
        data.read_comments(old, verbose=False)


def test_damaged_xlsx_is_reported(tmp_path):
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DataError, match="tidak dapat dibuka"):
        data.read_comments(broken, verbose=False)


def test_ragged_csv_is_reported(tmp_path):
    ragged = tmp_path / "berantakan.csv"
    ragged.write_text('teks,a\n"kutip tidak ditutup,1\nx,2\n', encoding="utf-8")
    with pytest.raises(DataError, match="tidak rapi"):
        data.read_comments(ragged, verbose=False)


def test_input_file_is_never_modified(exports):
    path = exports / "titikkoma_bom.csv"
    before = path.read_bytes()
    data.read_comments(path, verbose=False)
    assert path.read_bytes() == before


def test_list_datasets_names_everything():
    table = data.list_datasets()
    assert {"komentar_publik", "berita_isu", "kamus_slang", "stopwords_tambahan"} <= set(
        table["nama"]
    )


def test_load_lexicons():
    slang = data.load_dataset("kamus_slang")
    assert list(slang.columns) == ["slang", "baku"]
    assert "tidak" in set(slang["baku"])
    assert "sih" in data.load_dataset("stopwords_tambahan")


def test_unknown_dataset_lists_the_known_ones():
    with pytest.raises(DataError, match="'komentar_publik'"):
        data.load_dataset("komentar")


def test_raw_agency_export_sample_loads_through_read_comments():
    table = data.load_dataset("contoh_ekspor_instansi")
    assert table.columns[0] == "teks"
    assert table.attrs["baris_kosong_dibuang"] > 0
