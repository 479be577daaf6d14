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
    assert table.attrs == {"kolom_teks_asli": "komentar", "baris_kosong_dibuang": 1,
                           "kolom_tanggal_asli": "tanggal"}
    assert table["tanggal"].tolist() == [pd.Timestamp("2025-01-02"), pd.Timestamp("2025-01-03")]
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
    assert table["teks"].tolist() == ["Jalan di Loa Janan rusak, kapan diperbaiki?",
                                      "Terima kasih Disdukcapil 👍"]
    chosen = data.read_comments(exports / "koma.csv", text_column="Platform", verbose=False)
    assert chosen["teks"].tolist() == ["facebook", "instagram", "instagram"]


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
    ("json_bukan_daftar.json", None, "tidak berisi daftar komentar"),
    ("json_rusak.json", None, "bukan JSON yang rapi (kesalahan di baris 2)"),
    ("rusak.xls", None, "File Excel 'rusak.xls' tidak dapat dibuka"),
    ("lembar_kedua.xlsx", "Tanggapan", "Kolom 'Tanggapan' tidak ditemukan di lembar mana pun"),
]


@pytest.mark.parametrize(("filename", "column", "message"), BAD_INPUTS)
def test_bad_input_raises_data_error_with_indonesian_message(exports, filename, column, message):
    with pytest.raises(DataError, match=re.escape(message)):
        data.read_comments(exports / filename, text_column=column, verbose=False)


def test_folder_is_refused(exports):
    with pytest.raises(DataError, match="folder"):
        data.read_comments(exports, verbose=False)


# --------------------------------------------------------------------------- what agencies export


def test_reads_tweet_harvest_csv_and_its_created_at_in_wita(exports, capsys):
    table = data.read_comments(exports / "tweet_harvest.csv")
    assert table.attrs["kolom_teks_asli"] == "full_text"
    assert table["teks"].str.startswith(("@pemkab_contoh jalan", "Terima kasih BPBD")).all()
    # "Mon Jan 06 03:12:45 +0000 2025" is UTC; Kalimantan Timur reads it 8 hours later.
    assert table["tanggal"].tolist() == [pd.Timestamp("2025-01-06 11:12:45"),
                                         pd.Timestamp("2025-01-07 00:30:00")]
    assert table.attrs["kolom_tanggal_asli"] == "created_at"
    assert "created_at" in table.columns  # the original column is kept
    assert "Tanggal dibaca dari kolom 'created_at'" in capsys.readouterr().out


def test_reads_scraper_json_records_with_nested_fields(exports):
    table = data.read_comments(exports / "instagram_komentar.json", verbose=False)
    assert table["teks"].tolist() == [
        "Min, kapan pendaftaran beasiswa Kaltim Tuntas dibuka?",
        "Pelayanan Disdukcapil makin cepat, mantap 👍",
    ]
    assert table.attrs["baris_kosong_dibuang"] == 1
    assert table["ownerUsername"].tolist() == ["mahasiswa_unmul", "ibu_pkk_bontang"]
    assert table["owner_id"].tolist() == ["700001", "700003"]  # one nested level flattened
    assert table["likesCount"].tolist() == ["5", "12"]  # kept as text, like CSV columns
    assert table["tanggal"].tolist() == [pd.Timestamp("2025-01-06 11:12:45"),
                                         pd.Timestamp("2025-01-08 07:30:00")]


def test_reads_json_lines_with_unix_seconds(exports):
    table = data.read_comments(exports / "tiktok_komentar.jsonl", verbose=False)
    assert table.attrs["kolom_teks_asli"] == "comment"
    assert table["tanggal"].tolist() == [pd.Timestamp("2025-01-06 11:12:45"),
                                         pd.Timestamp("2025-01-07 11:12:45")]


@pytest.mark.parametrize(
    "content",
    [
        '{"data": [{"caption": "Banjir di Sempaja"}, {"caption": "Sudah surut"}]}',
        '{"caption": "Banjir di Sempaja"}\n{"caption": "Sudah surut"}\n',  # .json holding lines
        '["Banjir di Sempaja", "Sudah surut"]',
    ],
)
def test_json_shapes_from_other_tools(tmp_path, content):
    path = tmp_path / "ekspor.json"
    path.write_text(content, encoding="utf-8")
    table = data.read_comments(path, verbose=False)
    assert table["teks"].tolist() == ["Banjir di Sempaja", "Sudah surut"]
    assert "tanggal" not in table.columns


def test_reads_old_xls(exports, capsys):
    table = data.read_comments(exports / "lama.xls")
    assert table["teks"].tolist() == [
        "Drainase di Sempaja mampet lagi, mohon dibersihkan",
        "Terima kasih, jalan poros sudah mulus 👍",
    ]
    assert table.attrs["baris_kosong_dibuang"] == 1
    # 06/01/2025 is 6 January (day first), 13/01/2025 could not be month first anyway.
    assert table["tanggal"].tolist() == [pd.Timestamp("2025-01-06"), pd.Timestamp("2025-01-13")]
    assert "lembar 'Komentar'" in capsys.readouterr().out


def test_workbook_comments_on_the_second_sheet_are_found_and_named(exports, capsys):
    table = data.read_comments(exports / "lembar_kedua.xlsx")
    assert table.attrs["lembar"] == "Data Komentar"
    assert table.attrs["kolom_teks_asli"] == "Isi Komentar"
    assert len(table) == 3
    assert table["tanggal"].iloc[0] == pd.Timestamp("2025-01-06 08:15")
    assert "lembar 'Data Komentar'" in capsys.readouterr().out


def test_workbook_with_a_text_column_nowhere_lists_every_sheet(tmp_path):
    path = tmp_path / "angka.xlsx"
    with pd.ExcelWriter(path) as writer:
        summary = pd.DataFrame({"Periode": ["Jan"], "Jumlah": ["3"]})
        summary.to_excel(writer, sheet_name="Ringkasan", index=False)
        accounts = pd.DataFrame({"Akun": ["a"], "Suka": ["4"]})
        accounts.to_excel(writer, sheet_name="Data", index=False)
    with pytest.raises(DataError, match="lembar 'Ringkasan': 'Periode', 'Jumlah'; lembar 'Data'"):
        data.read_comments(path, verbose=False)


def test_column_name_containing_a_known_word_and_not_a_count(exports):
    table = data.read_comments(exports / "komentar_warga.csv", verbose=False)
    assert table.attrs["kolom_teks_asli"] == "Komentar Warga"  # not 'Jumlah Komentar'
    assert table["teks"].iloc[0] == "Samsat keliling ke Loa Kulu kapan lagi?"
    assert table["tanggal"].tolist()[-1] == pd.Timestamp("2025-02-01")


def test_google_forms_question_as_column_name(exports):
    table = data.read_comments(exports / "formulir_google.csv", verbose=False)
    assert table.attrs["kolom_teks_asli"] == "Saran dan masukan untuk pelayanan informasi publik"
    assert table.attrs["kolom_tanggal_asli"] == "Stempel waktu"
    assert table["tanggal"].tolist() == [pd.Timestamp("2025-01-06 10:15:32"),
                                         pd.Timestamp("2025-01-07 08:02:10")]


def test_unreadable_date_column_is_left_as_text(exports, capsys):
    table = data.read_comments(exports / "tanggal_tak_terbaca.csv")
    assert table["tanggal"].tolist() == ["kemarin", "minggu lalu"]
    assert table.attrs["kolom_tanggal_asli"] is None
    assert "Tidak ada kolom tanggal yang terbaca" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["31/01/2025", "01/02/2025"], ["2025-01-31", "2025-02-01"]),  # day first
        (["01/31/2025", "02/28/2025"], ["2025-01-31", "2025-02-28"]),  # month first if it must
        (["2025-01-06T03:12:45+0000"], ["2025-01-06 11:12:45"]),
        (["2025-01-06T11:12:45+08:00", "2025-01-06T03:12:45Z"],
         ["2025-01-06 11:12:45", "2025-01-06 11:12:45"]),  # mixed zones
        (["1736133165000"], ["2025-01-06 11:12:45"]),  # milliseconds
        (["06-01-2025 10:15", "", None], ["2025-01-06 10:15", None, None]),
    ],
)
def test_parse_dates_formats(values, expected):
    parsed = data.parse_dates(pd.Series(values, dtype=object))
    assert [None if pd.isna(value) else value for value in parsed] == [
        None if value is None else pd.Timestamp(value) for value in expected
    ]


def test_parse_dates_refuses_a_column_that_is_mostly_not_dates():
    assert data.parse_dates(pd.Series(["06/01/2025", "kemarin", "lusa"])) is None
    assert data.parse_dates(pd.Series(["", None])) is None


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


def test_workbook_with_only_empty_sheets_is_reported(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "kosong.xlsx"
    Workbook().save(path)
    with pytest.raises(DataError, match="Semua lembar file 'kosong.xlsx' kosong"):
        data.read_comments(path, verbose=False)
