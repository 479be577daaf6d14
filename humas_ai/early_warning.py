"""Early warning for rising issues: daily negative counts against a trailing baseline.

For each issue, :func:`daily_counts` counts negative posts per day, and
:func:`find_alerts` asks of every day: *if the issue were as quiet as in the
previous* ``baseline_days`` *days, how likely is a count this high?*  When
that probability (the upper-tail p-value) is below ``alpha`` and the count
is at least ``min_count``, the day gets an alert.

Why this method.  Daily counts per issue are small (often 0 to 10).  The
common rule "mean plus two standard deviations" assumes a bell curve, which
small counts do not follow: with a mean of 2 it alerts on ordinary days, and
a few quiet days make the standard deviation tiny.  Counts of independent
events follow a Poisson distribution; real comment counts vary more than
that from day to day (weekends, news), so when the baseline's variance is
above its mean the negative binomial distribution is used instead, with its
two parameters estimated from the baseline (method of moments).  ``alpha``
is the tunable false-alarm rate: with ``alpha=0.01`` an issue whose rate
did not change alerts on about one day in a hundred (less when
``min_count`` also applies; ``bench/early_warning.py`` measures it).

Days that raised an alert are left out of later baselines, so that a crisis
does not become "normal" after two days.  The first ``min_history`` days
of each issue get no verdict (there is no baseline yet).

What it cannot do: it sees counts, not meaning.  A coordinated burst of
copied posts raises an alert as much as real anger (remove the groups found
by :mod:`humas_ai.coordination` first), and a slow rise over weeks moves the
baseline with it.  An alert is a reason to read the comments, not a verdict.
"""

from __future__ import annotations

import re

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from scipy import stats

from humas_ai.errors import HumasAIError
from humas_ai.inputs import parse_times, require_columns
from humas_ai.report import STYLE

ALERT_COLUMNS = [
    "tanggal", "isu", "jumlah", "rerata_dasar", "batas_atas", "p_nilai", "metode", "peringatan",
]
PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")
MEAN_FLOOR = 0.5


class EarlyWarningInputError(HumasAIError):
    """The counts or posts cannot be used for the early warning."""


def daily_counts(posts: pd.DataFrame, *, time: str = "waktu", issue: str = "isu",
                 sentiment: str | None = "sentimen", negative: str = "negatif") -> pd.DataFrame:
    """Negative posts per day (rows, every day of the period) and issue (columns).

    With ``sentiment=None`` every post is counted (for data already filtered).
    Days without posts are 0, not missing.
    """
    needed = [time, issue] + ([sentiment] if sentiment else [])
    require_columns(posts, needed, EarlyWarningInputError,
                    "Sebutkan nama kolomnya, misalnya daily_counts(data, time='tanggal', "
                    "issue='topik').")
    days = parse_times(posts, time, EarlyWarningInputError, "Tanggal",
                       "Perbaiki tanggalnya atau buang baris itu dulu.")
    days = days.dt.normalize()
    chosen = posts[sentiment].astype(str) == negative if sentiment else pd.Series(True, posts.index)
    table = pd.crosstab(days[chosen], posts.loc[chosen, issue].astype(str))
    every_day = pd.date_range(days.min(), days.max(), freq="D", name="tanggal")
    issues = sorted(posts[issue].astype(str).unique())
    table = table.reindex(index=every_day, columns=issues, fill_value=0).astype(int)
    table.columns.name = "isu"
    return table


def upper_tail(count: int, mean: float, variance: float) -> tuple[float, str]:
    """P(X >= count) under Poisson (variance <= mean) or negative binomial; and the method."""
    mean = max(mean, MEAN_FLOOR)
    if variance <= mean * 1.05:
        return float(stats.poisson.sf(count - 1, mean)), "poisson"
    size = mean * mean / (variance - mean)
    return float(stats.nbinom.sf(count - 1, size, size / (size + mean))), "binomial negatif"


def _threshold(mean: float, variance: float, alpha: float, min_count: int) -> int:
    """Smallest count that would raise an alert against this baseline."""
    mean = max(mean, MEAN_FLOOR)
    if variance <= mean * 1.05:
        edge = stats.poisson.isf(alpha, mean)
    else:
        size = mean * mean / (variance - mean)
        edge = stats.nbinom.isf(alpha, size, size / (size + mean))
    return max(int(edge) + 1, min_count)


def find_alerts(counts: pd.DataFrame, *, baseline_days: int = 14, alpha: float = 0.01,
                min_count: int = 5, min_history: int = 7, guard_days: int = 2) -> pd.DataFrame:
    """Judge every day of every issue against its trailing baseline.

    ``counts`` is the table of :func:`daily_counts` (days x issues).  Returns one
    row per day and issue (from the ``min_history``-th day on): ``tanggal``,
    ``isu``, ``jumlah``, ``rerata_dasar`` (baseline mean), ``batas_atas`` (the
    smallest count that would alert), ``p_nilai``, ``metode`` and
    ``peringatan`` (True on alert days).

    The baseline ends ``guard_days`` days before the day judged, so that the
    first days of a rise that is still below the threshold do not lift the
    baseline of the days that follow.
    """
    if not 0 < alpha < 1:
        raise EarlyWarningInputError(
            "alpha adalah peluang alarm palsu per hari, harus di antara 0 dan 1 (misalnya 0,01)."
        )
    if baseline_days < 3 or min_history < 3:
        raise EarlyWarningInputError("baseline_days dan min_history minimal 3 hari.")
    if guard_days < 0:
        raise EarlyWarningInputError("guard_days tidak boleh negatif (0 berarti tanpa jeda).")
    if not isinstance(counts, pd.DataFrame) or counts.empty:
        raise EarlyWarningInputError(
            "Tabel hitungan kosong. Buat dulu dengan daily_counts(data) dari data yang berisi "
            "komentar negatif."
        )
    rows = []
    for issue in counts.columns:
        series = counts[issue].to_numpy(dtype=int)
        usable = np.ones(len(series), dtype=bool)
        for day in range(len(series)):
            history = np.flatnonzero(usable[:max(day - guard_days, 0)])[-baseline_days:]
            if len(history) < min_history:
                continue
            window = series[history]
            mean, variance = float(window.mean()), float(window.var(ddof=1))
            p_value, method = upper_tail(int(series[day]), mean, variance)
            alert = bool(p_value < alpha and series[day] >= min_count)
            if alert:
                usable[day] = False
            rows.append({
                "tanggal": counts.index[day], "isu": issue, "jumlah": int(series[day]),
                "rerata_dasar": round(mean, 2),
                "batas_atas": _threshold(mean, variance, alpha, min_count),
                "p_nilai": p_value, "metode": method, "peringatan": alert,
            })
    return pd.DataFrame(rows, columns=ALERT_COLUMNS)


def plot_alerts(result: pd.DataFrame, counts: pd.DataFrame, issues: list[str] | None = None,
                title: str = "Peringatan dini: komentar negatif per hari") -> Figure:
    """Daily counts per issue (bars), the alert threshold (line) and alert days (red marks)."""
    issues = list(counts.columns) if issues is None else list(issues)
    unknown = [issue for issue in issues if issue not in counts.columns]
    if unknown:
        raise EarlyWarningInputError(
            f"Isu {unknown} tidak ada di tabel. Isu yang ada: {list(counts.columns)}."
        )
    with plt.rc_context(STYLE):
        figure, axes_list = plt.subplots(len(issues), 1, sharex=True, squeeze=False,
                                         figsize=(9, 1.6 * len(issues) + 1.0))
        for axes, issue in zip(axes_list[:, 0], issues, strict=True):
            judged = result[result["isu"] == issue]
            axes.bar(counts.index, counts[issue], width=0.9, color="#9e9e9e",
                     label="komentar negatif")
            axes.step(judged["tanggal"], judged["batas_atas"], where="mid", color="#1565c0",
                      linewidth=1, label="batas peringatan")
            hits = judged[judged["peringatan"]]
            axes.scatter(hits["tanggal"], hits["jumlah"] + 0.8, marker="v", color="#c62828",
                         s=30, zorder=3, label="peringatan")
            axes.set_ylabel(issue, rotation=0, ha="right", va="center")
            axes.spines[["top", "right"]].set_visible(False)
        axes_list[0, 0].set_title(title)
        axes_list[0, 0].legend(loc="upper left", ncols=3, frameon=False, fontsize=8,
                               bbox_to_anchor=(0, 1.02))
        axes_list[-1, 0].xaxis.set_major_formatter(mdates.DateFormatter("%d/%m"))
        axes_list[-1, 0].set_xlabel("tanggal")
        figure.tight_layout()
    plt.close(figure)
    return figure


def first_alerts(result: pd.DataFrame) -> pd.DataFrame:
    """The first day of each run of consecutive alert days, per issue, earliest first."""
    hits = result[result["peringatan"]].sort_values(["isu", "tanggal"])
    gap = hits.groupby("isu")["tanggal"].diff() != pd.Timedelta(days=1)
    return hits[gap].sort_values(["tanggal", "isu"]).reset_index(drop=True)


HOLDING_TEMPLATE = (
    "Kami mengetahui adanya keluhan warga tentang {isu} yang meningkat sejak {tanggal}. "
    "Saat ini [unit kerja yang menangani] sedang [langkah yang sudah dan sedang dilakukan]. "
    "Kami belum dapat menyampaikan [hal yang belum pasti, misalnya penyebab atau jadwal "
    "pemulihan] karena [alasannya]. "
    "Informasi berikutnya akan kami sampaikan paling lambat [hari dan jam] melalui "
    "[kanal resmi]. "
    "Warga yang terdampak dapat melapor melalui [kanal pengaduan, misalnya LAPOR!]. "
    "Terima kasih atas kesabaran dan laporan Anda."
)


#: Readable names for the issues of ``linimasa_isu`` (others: underscores become spaces).
ISSUE_NAMES = {
    "adminduk": "layanan administrasi kependudukan (KTP-el, KK, akta)",
    "air_bersih": "gangguan air bersih", "jalan": "jalan rusak", "bansos": "bantuan sosial",
    "kesehatan": "layanan kesehatan", "banjir": "banjir",
}


def holding_statement(alert: pd.Series | dict, issue_names: dict[str, str] | None = None) -> str:
    """A holding statement to fill in for an alert: what we know, what we do, when we say more.

    A holding statement is published quickly, before all facts are known:
    it acknowledges the concern, says what is being done and when the next
    update comes, and promises nothing that is not certain.  The parts in
    square brackets are for the officer to fill in; :func:`unfilled_parts`
    lists those still open.
    """
    issue = str(alert["isu"])
    names = {**ISSUE_NAMES, **(issue_names or {})}
    name = names.get(issue, issue.replace("_", " "))
    day = pd.Timestamp(alert["tanggal"])
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
    return HOLDING_TEMPLATE.format(isu=name, tanggal=f"{day.day} {months[day.month - 1]} "
                                                     f"{day.year}")


def unfilled_parts(statement: str) -> list[str]:
    """The ``[...]`` placeholders still present in a holding statement."""
    return PLACEHOLDER.findall(statement)
