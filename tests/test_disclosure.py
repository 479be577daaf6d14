"""Tests for humas_ai.disclosure: the disclosure line and the AI-use log."""

from __future__ import annotations

import pytest

from humas_ai.disclosure import (
    LOG_COLUMNS,
    WHEN_TO_DISCLOSE,
    DisclosureInputError,
    disclosure_line,
    log_ai_use,
    read_ai_log,
)


def test_disclosure_lines_name_tool_checker_and_agency():
    line = disclosure_line("Diskominfo Kaltim", tool="ChatGPT", checked_by="Kabid IKP")
    assert line == ("Naskah ini disusun dengan bantuan ChatGPT, lalu diperiksa kebenarannya dan "
                    "disetujui oleh Kabid IKP Diskominfo Kaltim.")
    short = disclosure_line("Diskominfo Kaltim", style="media_sosial")
    assert len(short.split()) <= 15 and "AI" in short
    assert "petugas Diskominfo Kaltim" in disclosure_line("Diskominfo Kaltim", style="balasan")
    with pytest.raises(DisclosureInputError, match="media_sosial"):
        disclosure_line("Diskominfo Kaltim", style="pidato")
    with pytest.raises(DisclosureInputError, match="Nama instansi"):
        disclosure_line("  ")


def test_when_to_disclose_cites_the_guidance_modestly():
    assert "SE Menkominfo Nomor 9 Tahun 2023" in WHEN_TO_DISCLOSE
    assert "transparansi" in WHEN_TO_DISCLOSE and "bukan aturan bersanksi" in WHEN_TO_DISCLOSE


def test_log_appends_records_and_reads_them_back(tmp_path):
    path = tmp_path / "hasil" / "log.csv"
    assert read_ai_log(path).columns.tolist() == LOG_COLUMNS
    first = log_ai_use("siaran pers pasar murah", "ChatGPT", "Kasubbag Humas",
                       "hari pada tanggal diperbaiki", disclosed=True, when="2025-02-18",
                       path=path)
    log_ai_use("caption banjir", "Gemini", "admin", "tidak ada perubahan", disclosed=False,
               when="2025-03-10", path=path)
    table = read_ai_log(path)
    assert len(table) == 2
    assert table.iloc[0].to_dict() == first
    assert first["tanggal"] == "2025-02-18" and first["diungkapkan"] == "ya"
    assert table.iloc[1]["diungkapkan"] == "tidak"
    assert path.read_text(encoding="utf-8").count("tanggal,tugas") == 1


def test_log_refuses_empty_fields_and_foreign_files(tmp_path):
    path = tmp_path / "log.csv"
    with pytest.raises(DisclosureInputError, match="Pemeriksa"):
        log_ai_use("siaran pers", "ChatGPT", "", "tidak ada", disclosed=True, path=path)
    with pytest.raises(DisclosureInputError, match="True"):
        log_ai_use("siaran pers", "ChatGPT", "admin", "tidak ada", disclosed="ya", path=path)
    with pytest.raises(DisclosureInputError, match="tidak terbaca"):
        log_ai_use("siaran pers", "ChatGPT", "admin", "tidak ada", disclosed=True,
                   when="kemarin", path=path)
    assert not path.exists()
    other = tmp_path / "lain.csv"
    other.write_text("nama,nilai\nA,1\n", encoding="utf-8")
    with pytest.raises(DisclosureInputError, match="path="):
        log_ai_use("siaran pers", "ChatGPT", "admin", "tidak ada", disclosed=True, path=other)
    assert other.read_text(encoding="utf-8") == "nama,nilai\nA,1\n"
