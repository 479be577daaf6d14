"""Tests for humas_ai.coordination: near-identical posts from many accounts within minutes."""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.figure import Figure

from humas_ai.coordination import (
    CoordinationInputError,
    find_coordinated_groups,
    group_labels,
    jaccard,
    plot_coordination_timeline,
    plot_group_detail,
    shingles,
    similar_pairs,
    words,
)
from humas_ai.errors import HumasAIError

CAMPAIGN = ("Dinas PU cuma bisa pencitraan, anggaran jalan hilang entah ke mana, "
            "usut tuntas korupsi proyek jalan")
EDITS = [
    CAMPAIGN,
    CAMPAIGN + " #ViralKan 😡",
    CAMPAIGN.replace("cuma", "hanya"),
    "Setuju, " + CAMPAIGN.lower(),
    CAMPAIGN.replace(",", "", 1) + " 🔥",
    CAMPAIGN.replace("usut", "ayo usut"),
]


def posts_table(rows) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=["waktu", "akun", "teks"])
    table.insert(0, "id", [f"U{n:03d}" for n in range(len(table))])
    return table


def campaign(start="2025-03-10 09:00", accounts=6, step=4, prefix="buzzer"):
    begin = pd.Timestamp(start)
    return [(begin + pd.Timedelta(minutes=step * n), f"{prefix}_{n}", EDITS[n % len(EDITS)])
            for n in range(accounts)]


def test_words_drop_links_mentions_hashtags_and_emoji():
    assert words("Cek @dinas_pu https://x.co/abc #ViralKan jalan RUSAK!! 😡") == [
        "cek", "jalan", "rusak"]


def test_shingles_and_jaccard():
    assert shingles("jalan rusak parah", k=2) == {"jalan rusak", "rusak parah"}
    assert shingles("hadir", k=2) == {"hadir"}
    assert shingles("😡 !!", k=2) == frozenset()
    assert jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)
    assert jaccard(set(), set()) == 0.0
    with pytest.raises(CoordinationInputError):
        shingles("teks", k=0)


def test_finds_one_campaign_and_reports_it():
    table = posts_table(campaign())
    groups = find_coordinated_groups(table)
    assert len(groups) == 1
    row = groups.iloc[0]
    assert row["kelompok"] == "G-01"
    assert row["jumlah_akun"] == 6 and row["jumlah_unggahan"] == 6
    assert row["rentang_menit"] == 20
    assert row["contoh_teks"] == CAMPAIGN
    assert row["id_unggahan"] == list(table["id"])


def test_same_text_far_apart_in_time_is_not_a_group():
    table = posts_table(campaign(step=240))
    assert find_coordinated_groups(table, window_minutes=60).empty
    assert len(find_coordinated_groups(table, window_minutes=300)) == 1


def test_one_account_repeating_itself_is_not_coordination():
    rows = [(time, "satu_akun", text) for time, _account, text in campaign(accounts=8)]
    assert find_coordinated_groups(posts_table(rows)).empty


def test_short_identical_replies_are_ignored_unless_asked():
    begin = pd.Timestamp("2025-03-10 19:00")
    rows = [(begin + pd.Timedelta(minutes=n), f"warga_{n}", "hadir min") for n in range(20)]
    assert find_coordinated_groups(posts_table(rows)).empty
    assert len(find_coordinated_groups(posts_table(rows), min_words=1)) == 1


def test_fewer_accounts_than_the_minimum_is_not_reported():
    table = posts_table(campaign(accounts=4))
    assert find_coordinated_groups(table, min_accounts=5).empty
    assert len(find_coordinated_groups(table, min_accounts=4)) == 1


def test_different_messages_at_the_same_time_stay_apart():
    other = "Air PDAM di Sempaja mati dari subuh tandon kosong mohon mobil tangki dikirim"
    rows = campaign() + [(pd.Timestamp("2025-03-10 09:02") + pd.Timedelta(minutes=n),
                          f"warga_{n}", other.replace("subuh", f"subuh {n}")) for n in range(6)]
    groups = find_coordinated_groups(posts_table(rows))
    assert len(groups) == 2
    assert {len(ids) for ids in groups["id_unggahan"]} == {6}
    labels = group_labels(posts_table(rows), groups)
    assert labels.iloc[:6].nunique() == 1 and labels.iloc[6:].nunique() == 1
    assert labels.iloc[0] != labels.iloc[6]


def test_similar_pairs_match_a_brute_force_comparison():
    rows = campaign() + campaign("2025-03-10 09:30", prefix="lain") + [
        ("2025-03-10 09:10", "warga_x", "jalan poros rusak parah sekali mohon diperbaiki pak")]
    table = posts_table(rows)
    found = {(i, j) for i, j, _score in similar_pairs(table, threshold=0.5)}
    times = pd.to_datetime(table["waktu"])
    expected = set()
    for i in range(len(table)):
        for j in range(i + 1, len(table)):
            close = abs((times[i] - times[j]).total_seconds()) <= 3600
            apart = table["akun"][i] != table["akun"][j]
            if close and apart and jaccard(shingles(table["teks"][i]),
                                            shingles(table["teks"][j])) >= 0.5:
                expected.add((i, j))
    assert found == expected and expected


def test_bad_input_gets_an_indonesian_message():
    with pytest.raises(HumasAIError, match="Kolom 'akun'"):
        find_coordinated_groups(pd.DataFrame({"teks": ["a"], "waktu": ["2025-01-01"]}))
    with pytest.raises(CoordinationInputError, match="tidak terbaca"):
        find_coordinated_groups(posts_table([("kemarin", "a", "teks")]))
    with pytest.raises(CoordinationInputError, match="DataFrame"):
        find_coordinated_groups(["bukan tabel"])
    with pytest.raises(CoordinationInputError, match="threshold"):
        find_coordinated_groups(posts_table(campaign()), threshold=0)


def test_charts_are_figures_with_indonesian_labels():
    table = posts_table(campaign() + [("2025-03-11 10:00", "warga", "jalan rusak")])
    groups = find_coordinated_groups(table)
    figure = plot_coordination_timeline(table, groups)
    assert isinstance(figure, Figure)
    axes = figure.axes[0]
    assert axes.get_ylabel() == "jumlah unggahan"
    assert [text.get_text() for text in axes.texts] == ["G-01\n6 akun"]
    detail = plot_group_detail(table, groups, "G-01")
    assert "6 akun dalam 20 menit" in detail.axes[0].get_title()
    with pytest.raises(CoordinationInputError, match="G-01"):
        plot_group_detail(table, groups, "G-09")


def test_posts_without_an_id_column_are_named_by_their_row_label():
    table = posts_table(campaign()).drop(columns="id")
    groups = find_coordinated_groups(table)
    assert groups.iloc[0]["id_unggahan"] == list(range(6))
    assert (group_labels(table, groups) == "G-01").all()
    assert "6 akun" in plot_group_detail(table, groups, "G-01").axes[0].get_title()
