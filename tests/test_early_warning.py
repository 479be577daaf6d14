"""Tests for humas_ai.early_warning: daily negative counts, alerts, chart, holding statement."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from scipy import stats

from humas_ai.early_warning import (
    EarlyWarningInputError,
    daily_counts,
    find_alerts,
    first_alerts,
    holding_statement,
    plot_alerts,
    unfilled_parts,
    upper_tail,
)


def counts_table(values, issue="banjir", start="2025-03-01") -> pd.DataFrame:
    index = pd.date_range(start, periods=len(values), freq="D", name="tanggal")
    return pd.DataFrame({issue: values}, index=index)


def test_daily_counts_fill_quiet_days_with_zero_and_keep_only_negatives():
    posts = pd.DataFrame({
        "waktu": ["2025-03-01 08:00", "2025-03-01 21:00", "2025-03-03 07:00", "2025-03-03 09:00"],
        "isu": ["banjir", "banjir", "jalan", "banjir"],
        "sentimen": ["negatif", "positif", "negatif", "negatif"],
    })
    table = daily_counts(posts)
    assert list(table.columns) == ["banjir", "jalan"]
    assert table.index.tolist() == list(pd.date_range("2025-03-01", "2025-03-03"))
    assert table["banjir"].tolist() == [1, 0, 1]
    assert table["jalan"].tolist() == [0, 0, 1]
    assert daily_counts(posts, sentiment=None)["banjir"].tolist() == [2, 0, 1]


def test_upper_tail_is_poisson_or_negative_binomial():
    p_value, method = upper_tail(7, 2.0, 2.0)
    assert method == "poisson"
    assert p_value == pytest.approx(stats.poisson.sf(6, 2.0))
    p_wide, method = upper_tail(7, 2.0, 6.0)
    assert method == "binomial negatif"
    assert p_wide > p_value  # overdispersed baseline: a high day is less surprising


def test_a_clear_burst_alerts_on_its_first_day_and_quiet_days_do_not():
    values = [2, 3, 1, 2, 2, 3, 2, 1, 2, 3, 2, 2, 1, 3, 2, 12, 15, 9, 2, 3]
    result = find_alerts(counts_table(values))
    alerts = result[result["peringatan"]]["tanggal"].dt.day.tolist()
    assert alerts[0] == 16
    assert set(alerts) <= {16, 17, 18}
    first = first_alerts(result)
    assert first["tanggal"].dt.day.tolist() == [16]


def test_min_count_stops_alerts_on_tiny_numbers():
    values = [0] * 14 + [4]
    assert not find_alerts(counts_table(values), min_count=5)["peringatan"].any()
    assert find_alerts(counts_table(values), min_count=2)["peringatan"].any()


def test_alert_days_stay_out_of_the_baseline():
    values = [2] * 14 + [12] * 8
    result = find_alerts(counts_table(values), guard_days=0)
    assert result[result["jumlah"] == 12]["peringatan"].all()
    assert (result["rerata_dasar"] == 2.0).all()


def test_alpha_is_the_false_alarm_rate_on_a_stable_poisson_series():
    rng = np.random.default_rng(7)
    values = rng.poisson(4, size=1200)
    rates = {}
    for alpha in (0.05, 0.01):
        result = find_alerts(counts_table(values), alpha=alpha, min_count=0)
        rates[alpha] = result["peringatan"].mean()
    assert rates[0.05] > rates[0.01]
    assert rates[0.01] < 0.03
    assert rates[0.05] < 0.10


def test_threshold_is_the_smallest_alerting_count():
    values = [2, 3, 1, 2, 2, 3, 2, 1, 2, 3, 2, 2, 1, 3, 2, 0]
    row = find_alerts(counts_table(values)).iloc[-1]
    above = find_alerts(counts_table(values[:-1] + [int(row["batas_atas"])])).iloc[-1]
    below = find_alerts(counts_table(values[:-1] + [int(row["batas_atas"]) - 1])).iloc[-1]
    assert above["peringatan"] and not below["peringatan"]


def test_bad_settings_and_input_get_indonesian_messages():
    with pytest.raises(EarlyWarningInputError, match="alpha"):
        find_alerts(counts_table([1] * 20), alpha=5)
    with pytest.raises(EarlyWarningInputError, match="kosong"):
        find_alerts(pd.DataFrame())
    with pytest.raises(EarlyWarningInputError, match="Kolom 'isu'"):
        daily_counts(pd.DataFrame({"waktu": ["2025-01-01"], "sentimen": ["negatif"]}))
    with pytest.raises(EarlyWarningInputError, match="tidak terbaca"):
        daily_counts(pd.DataFrame({"waktu": ["besok"], "isu": ["a"], "sentimen": ["negatif"]}))


def test_chart_marks_the_alerts():
    counts = counts_table([2, 3, 1, 2, 2, 3, 2, 1, 2, 3, 2, 2, 1, 3, 2, 12, 2, 3])
    result = find_alerts(counts)
    figure = plot_alerts(result, counts)
    assert isinstance(figure, Figure)
    axes = figure.axes[0]
    marks = axes.collections[-1].get_offsets()
    assert len(marks) == int(result["peringatan"].sum()) == 1
    assert axes.get_ylabel() == "banjir"
    with pytest.raises(EarlyWarningInputError, match="jalan"):
        plot_alerts(result, counts, issues=["jalan"])


def test_holding_statement_names_issue_and_date_and_lists_parts_to_fill():
    alert = {"isu": "air_bersih", "tanggal": pd.Timestamp("2025-04-08")}
    text = holding_statement(alert)
    assert "gangguan air bersih" in text and "8 April 2025" in text
    parts = unfilled_parts(text)
    assert "[kanal resmi]" in parts and len(parts) >= 5
    filled = text
    for part in parts:
        filled = filled.replace(part, "diisi", 1)
    assert unfilled_parts(filled) == []
    named = holding_statement(alert, {"air_bersih": "gangguan air PDAM"})
    assert "gangguan air PDAM" in named
    assert "banjir rob" in holding_statement({"isu": "banjir_rob", "tanggal": "2025-04-08"})
