"""Tests for humas_ai.prompting: briefs for a generative AI built from a fact sheet."""

from __future__ import annotations

import pytest

from humas_ai.data import load_dataset
from humas_ai.fact_sheet import parse_fact_sheet
from humas_ai.prompting import (
    ELEMENTS,
    NO_DATA,
    TASKS,
    PromptInputError,
    build_prompt,
    check_prompt,
    missing_from_prompt,
)

SHEET = load_dataset("fakta_siaran_pers")["06"]["lembar_fakta"]


@pytest.mark.parametrize("task", ["siaran_pers", "caption_instagram"])
def test_built_prompt_carries_every_fact_quote_and_rule(task):
    prompt = build_prompt(task, SHEET, instansi="Dinas Perdagangan Kota Balikpapan")
    assert missing_from_prompt(prompt, SHEET) == []
    assert "Dinas Perdagangan Kota Balikpapan" in prompt
    assert NO_DATA in prompt
    assert TASKS[task].length in prompt
    sheet = parse_fact_sheet(SHEET)
    assert sheet.title in prompt and "Lembar Fakta 06" not in prompt


def test_lapor_reply_needs_the_complaint_and_masks_personal_data():
    with pytest.raises(PromptInputError, match="complaint"):
        build_prompt("balasan_lapor", SHEET)
    prompt = build_prompt("balasan_lapor", SHEET,
                          complaint="Stok habis jam 9. Hubungi saya 0812-3456-7890.")
    assert "0812-3456-7890" not in prompt and "[TELEPON]" in prompt
    assert "Jangan menjanjikan" in prompt
    assert missing_from_prompt(prompt, SHEET) == []


def test_overrides_replace_the_task_defaults():
    prompt = build_prompt("siaran_pers", SHEET, audience="kepala desa", tone="hangat",
                          length="100 kata", extra_rules=["Sebut kanal LAPOR!."])
    assert "KHALAYAK: kepala desa." in prompt and "NADA: hangat." in prompt
    assert "PANJANG: 100 kata." in prompt and "Sebut kanal LAPOR!." in prompt


def test_sheet_without_quotes_tells_the_model_not_to_quote():
    prompt = build_prompt("caption_instagram", {"Tanggal": "Selasa, 18 Februari 2025"})
    assert "Jangan memuat kutipan langsung" in prompt


def test_a_thin_prompt_is_missing_every_element():
    missing = missing_from_prompt("Buatkan siaran pers pasar murah yang bagus.")
    assert set(missing) == set(ELEMENTS)
    quoted = "Tulis berita sebagai bentuk laporan, dengan kutipan kata Wakil Wali Kota."
    assert {"peran", "panjang"} <= set(missing_from_prompt(quoted))


def test_a_hand_written_prompt_is_accepted_when_complete():
    prompt = (
        "Anda adalah admin media sosial Pemkot. Khalayak: warga muda. Nada: ramah. "
        "Panjang: 80 kata. Gunakan hanya fakta berikut: Selasa, 18 Februari 2025. "
        "Jangan mengarang kutipan. Jangan menambah angka. Jangan menambah nama. "
        "Kalau informasinya tidak ada, tulis tidak ada data."
    )
    table = check_prompt(prompt, required_facts=["Selasa, 18 Februari 2025"])
    assert table["ada"].all(), table[~table["ada"]]


def test_a_dropped_fact_is_reported_with_advice():
    prompt = build_prompt("siaran_pers", SHEET).replace("4.860 paket", "4.900 paket")
    table = check_prompt(prompt, SHEET)
    row = table[~table["ada"]]
    assert row["unsur"].tolist() == ["fakta: 4.860 paket"]
    assert "persis" in row["saran"].iloc[0]


def test_bad_input_gets_indonesian_messages():
    with pytest.raises(PromptInputError, match="'siaran_pers'"):
        build_prompt("pidato", SHEET)
    with pytest.raises(PromptInputError, match="kosong"):
        check_prompt("   ")
