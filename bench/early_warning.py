"""Benchmark the early warning on the known event bursts of ``linimasa_isu``.

Run from the repository root::

    .venv/bin/python bench/early_warning.py [--alpha 0.01] [--sweep]

The dataset marks the extra negative posts of nine known events
(``lonjakan_peristiwa`` P01…P09, each a few days on one issue).  For
``humas_ai.early_warning.find_alerts`` it prints, per event, how many days
after the event's first day the first alert fires (0 = on the first day;
"terlewat" = no alert during the event), and the false alerts (alert days of
an issue outside its events) per 100 judged issue-days.

It does so twice: on every negative post, and after removing the groups that
``humas_ai.coordination.find_coordinated_groups`` finds (copied posts from
many accounts), because a coordinated burst raises an alert as much as a
real event.  ``--sweep`` repeats the summary for several values of alpha,
the tunable false-alarm rate.  ``guard_days=2`` and ``alpha=0.01`` were
chosen on this dataset; ``--seeds N`` rebuilds the timeline in memory with N
other seeds of ``datasets/build/linimasa_isu.py`` (same event days, other
random counts and posts) and prints the figures for each, as a check that
the choice was not fitted to one draw.  The generator and the method were written by
the same team: read the figures as "the method finds bursts of this size",
not as a promise on real data.
"""

from __future__ import annotations

import argparse

import pandas as pd
from _linimasa import rebuilt  # bench/ is on sys.path when a bench runs

from humas_ai.coordination import find_coordinated_groups, group_labels
from humas_ai.data import load_dataset
from humas_ai.early_warning import daily_counts, find_alerts


def events(posts: pd.DataFrame) -> pd.DataFrame:
    marked = posts[posts["lonjakan_peristiwa"] != ""]
    table = marked.groupby("lonjakan_peristiwa").agg(
        isu=("isu", "first"), mulai=("waktu", "min"), selesai=("waktu", "max"))
    table["mulai"] = table["mulai"].dt.normalize()
    table["selesai"] = table["selesai"].dt.normalize()
    return table


def evaluate(result: pd.DataFrame, known: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    delays, inside = [], pd.Series(False, index=result.index)
    for event, row in known.iterrows():
        window = (result["isu"] == row["isu"]) & result["tanggal"].between(row["mulai"],
                                                                           row["selesai"])
        inside |= window
        hits = result[window & result["peringatan"]]
        delay = (hits["tanggal"].min() - row["mulai"]).days if len(hits) else None
        delays.append({"peristiwa": event, "isu": row["isu"], "mulai": row["mulai"].date(),
                       "lama_hari": (row["selesai"] - row["mulai"]).days + 1,
                       "hari_sampai_peringatan": delay})
    false = int((result["peringatan"] & ~inside).sum())
    judged_quiet = int((~inside).sum())
    table = pd.DataFrame(delays)
    found = table["hari_sampai_peringatan"].dropna()
    return table, {
        "detected": len(found), "events": len(table),
        "mean_delay": float(found.mean()) if len(found) else float("nan"),
        "max_delay": int(found.max()) if len(found) else None,
        "false_alerts": false, "issue_days": len(result),
        "false_per_100": 100 * false / judged_quiet if judged_quiet else 0.0,
    }


def mean_plus_two_sd(counts: pd.DataFrame, baseline_days: int = 14, guard_days: int = 2,
                     min_history: int = 7) -> pd.DataFrame:
    """The common first attempt: alert when a day is above mean + 2 standard deviations."""
    rows = []
    for issue in counts.columns:
        series = counts[issue]
        for day in range(len(series)):
            window = series.iloc[max(day - guard_days - baseline_days, 0):max(day - guard_days, 0)]
            if len(window) < min_history:
                continue
            edge = window.mean() + 2 * window.std(ddof=1)
            rows.append({"tanggal": counts.index[day], "isu": issue,
                         "peringatan": bool(series.iloc[day] > edge)})
    return pd.DataFrame(rows)


def summary_line(figures: dict) -> str:
    return (f"peristiwa terdeteksi {figures['detected']}/{figures['events']}, rata-rata "
            f"{figures['mean_delay']:.2f} hari sejak awal (paling lama {figures['max_delay']}), "
            f"alarm palsu {figures['false_alerts']} = {figures['false_per_100']:.2f} per 100 "
            f"hari-isu di luar peristiwa ({figures['issue_days']} hari-isu dinilai)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alpha", type=float, default=0.01)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--seeds", type=int, default=0)
    args = parser.parse_args()
    posts = load_dataset("linimasa_isu")
    known = events(posts)
    groups = find_coordinated_groups(posts)
    cleaned = posts[group_labels(posts, groups) == ""]
    settings = {"alpha": args.alpha, "baseline_days": 14, "min_count": 5, "min_history": 7,
                "guard_days": 2}
    print(f"setelan: {settings}")
    for label, data in (("semua komentar negatif", posts),
                        (f"tanpa {len(groups)} kelompok unggahan serupa", cleaned)):
        result = find_alerts(daily_counts(data), **settings)
        table, figures = evaluate(result, known)
        print(f"\n[{label}]")
        print(table.to_string(index=False, na_rep="terlewat"))
        print(summary_line(figures))
    for seed in range(1, args.seeds + 1):
        other = rebuilt(seed)
        other = other[group_labels(other, find_coordinated_groups(other)) == ""]
        _table, f = evaluate(find_alerts(daily_counts(other), **settings), events(other))
        print(f"seed {seed}: " + summary_line(f))
    naive = mean_plus_two_sd(daily_counts(cleaned))
    print("\n[pembanding: rerata + 2 simpangan baku, tanpa kelompok unggahan serupa]")
    print(summary_line(evaluate(naive, known)[1]))
    if args.sweep:
        print("\nalpha    terdeteksi  rata2_hari  alarm_palsu/100 (tanpa kelompok serupa)")
        counts = daily_counts(cleaned)
        for alpha in (0.05, 0.02, 0.01, 0.005, 0.001):
            _table, f = evaluate(find_alerts(counts, **{**settings, "alpha": alpha}), known)
            print(f"{alpha:<8} {f['detected']}/{f['events']}         {f['mean_delay']:.2f}"
                  f"        {f['false_per_100']:.2f}")


if __name__ == "__main__":
    main()
