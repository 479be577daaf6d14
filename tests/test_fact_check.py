"""Tests for humas_ai.fact_sheet and humas_ai.fact_check: a draft compared with its fact sheet."""

from __future__ import annotations

import pytest

from humas_ai.data import load_dataset
from humas_ai.errors import HumasAIError
from humas_ai.fact_check import check_draft
from humas_ai.fact_sheet import (
    FactSheetError,
    as_fact_sheet,
    fact_sheet_from_dict,
    parse_fact_sheet,
)

SHEET = """# Lembar Fakta 99: Pasar Murah di Samarinda

> Data rekaan.

## Kegiatan

| Unsur | Fakta |
|---|---|
| Hari, tanggal | Selasa, 18 Februari 2025 |
| Tempat | Lapangan Merdeka, Samarinda |
| Hadir | Wakil Wali Kota Samarinda, Kepala Bidang Perdagangan Dinas Perdagangan |

## Angka

| Uraian | Jumlah |
|---|---|
| Paket tersedia | 4.860 paket |
| Lama kegiatan | tujuh hari |
| Anggaran | Rp97,2 juta |
| Ikatan | penerima tidak otomatis mendapat paket berikutnya |

## Pernyataan (kutipan langsung)

- **Wakil Wali Kota Samarinda:** “Pasar murah ini untuk membantu warga, bukan untuk dijual lagi.”

## Catatan

- Jadwal berikutnya diumumkan di akun resmi.
"""

CLEAN = (
    "Pemerintah Kota Samarinda menggelar pasar murah di Lapangan Merdeka, Samarinda, pada "
    "Selasa, 18 Februari 2025. Sebanyak 4.860 paket disediakan selama 7 hari dengan anggaran "
    "Rp97,2 juta. “Pasar murah ini untuk membantu warga, bukan untuk dijual lagi,” kata Wakil "
    "Wali Kota Samarinda. Jadwal berikutnya diumumkan di akun resmi."
)


def kinds(report) -> list[str]:
    return report.findings["jenis"].tolist()


def only(report, kind: str):
    rows = report.findings[report.findings["jenis"] == kind]
    assert len(rows) == 1, report.findings.to_string()
    return rows.iloc[0]


def test_parse_fact_sheet_reads_title_tables_bullets_and_quotes():
    sheet = parse_fact_sheet(SHEET)
    assert sheet.title == "Pasar Murah di Samarinda"
    labels = [fact.label for fact in sheet.facts]
    assert "Hari, tanggal" in labels and "Unsur" not in labels and "Uraian" not in labels
    assert sheet.facts[0].section == "Kegiatan"
    assert sheet.facts[-1].value == "Jadwal berikutnya diumumkan di akun resmi."
    assert sheet.quotes[0].speaker == "Wakil Wali Kota Samarinda"
    assert sheet.quotes[0].text.startswith("Pasar murah ini")


def test_fact_sheet_from_dict_and_bad_input():
    sheet = fact_sheet_from_dict({"Tanggal": "Kamis, 15 Mei 2025"}, {"Camat": "“Kami siap.”"})
    assert sheet.lines() == ["Tanggal: Kamis, 15 Mei 2025", "Camat: “Kami siap.”"]
    assert as_fact_sheet(sheet) is sheet
    with pytest.raises(FactSheetError, match="kosong"):
        parse_fact_sheet("  ")
    with pytest.raises(FactSheetError, match="tidak ada data"):
        fact_sheet_from_dict({"Tempat": ""})
    with pytest.raises(HumasAIError, match="bertipe int"):
        as_fact_sheet(5)


def test_a_faithful_draft_has_no_findings():
    report = check_draft(CLEAN, SHEET)
    assert report.findings.empty, report.findings.to_string()


def test_changed_figure_is_found_with_its_span_and_sentence():
    draft = CLEAN.replace("4.860 paket", "4.900 paket")
    row = only(check_draft(draft, SHEET), "angka")
    assert row["teks"] == "4.900"
    assert draft[row["mulai"]:row["akhir"]] == "4.900"
    assert row["kalimat_ke"] == 2
    assert "4.860" in row["alasan"]


def test_wrong_weekday_for_a_correct_date():
    draft = CLEAN.replace("Selasa, 18 Februari 2025", "Rabu, 18 Februari 2025")
    row = only(check_draft(draft, SHEET), "tanggal")
    assert "Selasa" in row["alasan"] and row["teks"].startswith("Rabu")


def test_numeric_date_and_wrong_date():
    assert check_draft(CLEAN.replace("Selasa, 18 Februari 2025", "Selasa (18/2/2025)"),
                       SHEET).findings.empty
    row = only(check_draft(CLEAN.replace("18 Februari", "19 Februari"), SHEET), "tanggal")
    assert "19 Februari 2025" in row["alasan"]


def test_money_with_a_shifted_decimal_comma():
    row = only(check_draft(CLEAN.replace("Rp97,2 juta", "Rp972 juta"), SHEET), "uang")
    assert row["teks"] == "Rp972 juta"


def test_quote_given_to_a_promoted_official():
    draft = CLEAN.replace("kata Wakil Wali Kota Samarinda", "kata Wali Kota Samarinda")
    report = check_draft(draft, SHEET)
    row = report.findings[report.findings["teks"] == "Wali Kota Samarinda"].iloc[0]
    assert row["jenis"] == "nama_jabatan"
    assert "Wakil Wali Kota Samarinda" in row["alasan"]


def test_invented_and_altered_quotes():
    invented = CLEAN + " “Semua warga pasti kebagian paket murah tahun ini,” ujar Camat."
    report = check_draft(invented, SHEET)
    assert "kutipan" in kinds(report)
    altered = CLEAN.replace("bukan untuk dijual lagi", "bukan untuk dijual ke luar kota")
    row = only(check_draft(altered, SHEET), "kutipan")
    assert "ke luar kota" in row["alasan"]


def test_promoted_title_mentioned_outside_a_quote():
    draft = CLEAN + " Kepala Dinas Perdagangan juga meninjau stok."
    row = only(check_draft(draft, SHEET), "nama_jabatan")
    assert row["teks"] == "Kepala Dinas Perdagangan"


def test_unknown_place_and_sweeping_claim_and_dropped_negation():
    place = CLEAN.replace("di Lapangan Merdeka, Samarinda", "di Halaman Balai Kota")
    assert "tempat" in kinds(check_draft(place, SHEET))
    sweeping = CLEAN + " Seluruh warga sudah berbelanja."
    assert only(check_draft(sweeping, SHEET), "klaim")["teks"].lower() == "seluruh warga"
    flipped = CLEAN + " Penerima otomatis mendapat paket berikutnya."
    reasons = check_draft(flipped, SHEET).findings["alasan"]
    assert any("tidak otomatis" in reason for reason in reasons)


def test_number_words_are_compared_as_numbers():
    assert check_draft(CLEAN.replace("7 hari", "tujuh hari"), SHEET).findings.empty
    assert "angka" in kinds(check_draft(CLEAN.replace("7 hari", "sembilan hari"), SHEET))


def test_dropped_facts_are_listed():
    draft = CLEAN.replace(" Jadwal berikutnya diumumkan di akun resmi.", "")
    missing = check_draft(draft, SHEET).missing
    assert any("akun resmi" in fact for fact in missing["fakta"])
    changed = check_draft(CLEAN.replace("4.860", "4.900"), SHEET).missing
    assert any("4.860" in fact for fact in changed["fakta"])


def test_summary_is_indonesian_and_honest_about_limits():
    text = check_draft(CLEAN.replace("4.860", "4.900"), SHEET).summary()
    assert text.startswith("1 bagian draf tidak didukung")
    assert "nada" in text


def test_empty_draft_gets_a_message():
    with pytest.raises(HumasAIError, match="Draf kosong"):
        check_draft(" ", SHEET)


def test_finds_most_planted_errors_in_a_bundled_pair():
    pair = load_dataset("fakta_siaran_pers")["01"]
    report = check_draft(pair["draf_ai"], pair["lembar_fakta"])
    draft = pair["draf_ai"]
    found = 0
    for item in pair["kunci"]:
        start = draft.index(item["kalimat_draf"])
        end = start + len(item["kalimat_draf"])
        found += any(row.mulai < end and start < row.akhir for row in report.findings.itertuples())
    assert found >= 4
    for row in report.findings.itertuples():
        assert draft[row.mulai:row.akhir] == row.teks


def test_vague_quantity_is_checked_against_the_sheet_figure():
    report = check_draft("Ribuan paket disediakan. " + CLEAN, SHEET)
    assert report.findings.empty, report.findings.to_string()
    row = only(check_draft("Puluhan paket disediakan. " + CLEAN, SHEET), "angka")
    assert row["teks"] == "Puluhan paket" and "4.860" in row["alasan"]


def test_certainty_words_are_flagged():
    row = only(check_draft(CLEAN + " Harga dipastikan stabil.", SHEET), "klaim")
    assert row["teks"] == "dipastikan"


@pytest.mark.parametrize("number", ["03", "08", "11", "13"])
def test_bundled_faithful_drafts_raise_no_alarm(number):
    from humas_ai.data import dataset_path

    pair = load_dataset("fakta_siaran_pers")[number]
    draft = (dataset_path("fakta_siaran_pers") / f"{number}-draf-benar.md").read_text(
        encoding="utf-8")
    report = check_draft(draft, pair["lembar_fakta"])
    assert report.findings.empty, report.findings.to_string()


def test_fact_sheet_as_dict_and_place_after_di():
    sheet = {"Tanggal": "Selasa, 18 Februari 2025", "Tempat": "Lapangan Merdeka",
             "Paket": "4.860 paket"}
    draft = "Pasar murah digelar Selasa, 18 Februari 2025 di Lapangan Merdeka dengan 5.000 paket."
    report = check_draft(draft, sheet)
    assert report.findings["teks"].tolist() == ["5.000"]


def test_caption_and_reply_forms_raise_no_alarm_but_errors_still_show():
    caption = ("Pasar murah hadir lagi, Sobat Samarinda! 🛒 Selasa, 18 Februari 2025 di Lapangan "
               "Merdeka tersedia 4.860 paket. #PasarMurah #SamarindaKotaKita @pemkot")
    assert check_draft(caption, SHEET).findings.empty
    reply = ("Terima kasih atas laporan Bapak/Ibu. Stok pada Selasa, 18 Februari 2025 sebanyak "
             "4.860 paket. Salam, Admin LAPOR! Pemerintah Kota Samarinda.")
    assert check_draft(reply, SHEET).findings.empty
    wrong = reply.replace("4.860", "5.000")
    assert check_draft(wrong, SHEET).findings["teks"].tolist() == ["5.000"]


def test_html_marks_every_finding_and_escapes_the_draft():
    draft = "<b>Catatan</b> " + CLEAN.replace("4.860", "4.900").replace("Rp97,2", "Rp972")
    page = check_draft(draft, SHEET).to_html()
    assert page.count("<mark ") == 2
    assert "&lt;b&gt;Catatan" in page and "<b>Catatan" not in page
    assert "4.900<sup>1</sup></mark>" in page
    assert "Angka 4.900 tidak ada di lembar fakta." in page
