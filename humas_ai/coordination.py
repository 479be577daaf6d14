"""Coordinated posting ("buzzer") detection: near-identical posts from many accounts at once.

A coordinated burst is one message pushed by many accounts within minutes,
with small edits so that it does not look copied (a swapped word, a hashtag,
an emoji).  :func:`find_coordinated_groups` finds such groups:

1. each post becomes a set of word shingles (``k`` consecutive words, after
   lower-casing and dropping links, mentions, hashtags, emoji and
   punctuation);
2. two posts from *different* accounts, at most ``window_minutes`` apart,
   are linked when the Jaccard similarity of their shingle sets is at least
   ``threshold``;
3. linked posts form groups (connected components); a group is reported
   when it holds at least ``min_accounts`` different accounts.

Why exact Jaccard and not MinHash/LSH: MinHash estimates the same Jaccard
similarity to avoid comparing every pair in collections of millions of
documents.  Here posts are only compared with posts inside the same time
window and only when they share a shingle (an inverted index), so the exact
computation stays fast for the tens of thousands of posts an agency exports
in a month (``bench/coordination.py`` measures it), gives the same answer on
every run, and needs no extra package.

Posts shorter than ``min_words`` words are skipped: "hadir", "mantap min"
or "terima kasih infonya" are written identically by many real people under
a live broadcast, and short text carries too little to tell a campaign from
a crowd.  That is a limit of the method: a campaign of one-word replies is
not found.

Finding a group is not proof of a paid campaign: a community may share one
announcement word for word.  It is a reason to look closer, and a reason
not to count the group's posts as many independent opinions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from humas_ai.errors import HumasAIError
from humas_ai.inputs import parse_times, require_columns
from humas_ai.report import STYLE

GROUP_COLUMNS = [
    "kelompok", "jumlah_akun", "jumlah_unggahan", "mulai", "selesai", "rentang_menit",
    "contoh_teks", "akun", "id_unggahan",
]
_NOISE = re.compile(r"https?://\S+|www\.\S+|[@#][\w.]+")
_WORD = re.compile(r"[^\W_]+")
ORGANIC_COLOUR, GROUP_COLOUR = "#9e9e9e", "#c62828"


class CoordinationInputError(HumasAIError):
    """The posts table cannot be used for coordination detection."""


def words(text: str) -> list[str]:
    """Lower-case words of a post, without links, mentions, hashtags, emoji and punctuation."""
    return _WORD.findall(_NOISE.sub(" ", str(text).lower()))


def shingles(text: str, k: int = 2) -> frozenset[str]:
    """The set of ``k``-word shingles of a post (the words themselves when it is shorter)."""
    if k < 1:
        raise CoordinationInputError("Panjang shingle k harus bilangan bulat 1 atau lebih.")
    tokens = words(text)
    if len(tokens) < k:
        return frozenset([" ".join(tokens)]) if tokens else frozenset()
    return frozenset(" ".join(tokens[i:i + k]) for i in range(len(tokens) - k + 1))


def jaccard(first: Iterable[str], second: Iterable[str]) -> float:
    """Jaccard similarity of two sets: shared elements divided by all distinct elements."""
    first, second = set(first), set(second)
    if not first and not second:
        return 0.0
    return len(first & second) / len(first | second)


def _check_posts(posts: pd.DataFrame, text: str, account: str, time: str) -> pd.Series:
    if not isinstance(posts, pd.DataFrame):
        raise CoordinationInputError(
            "Data unggahan harus berupa tabel (DataFrame), misalnya hasil "
            "load_dataset('linimasa_isu') atau read_comments('ekspor.csv')."
        )
    require_columns(posts, (text, account, time), CoordinationInputError,
                    "Sebutkan nama kolom teks, akun dan waktu, misalnya find_coordinated_groups("
                    "data, text='isi', account='nama_akun', time='tanggal').")
    return parse_times(posts, time, CoordinationInputError, "Waktu unggahan",
                       "Gunakan format seperti '2025-03-01 14:05' (tanggal dan jam).")


def similar_pairs(posts: pd.DataFrame, *, text: str = "teks", account: str = "akun",
                  time: str = "waktu", window_minutes: float = 60, threshold: float = 0.5,
                  k: int = 2, min_words: int = 6) -> list[tuple[int, int, float]]:
    """Pairs of row positions (i, j, jaccard) that are similar, close in time, from two accounts.

    Candidates are found through an inverted index (shingle -> posts), so
    only posts sharing at least one shingle inside the time window are compared.
    """
    if not 0 < threshold <= 1:
        raise CoordinationInputError("Ambang kemiripan (threshold) harus di antara 0 dan 1.")
    if window_minutes <= 0:
        raise CoordinationInputError("Jendela waktu (window_minutes) harus lebih dari 0 menit.")
    times = _check_posts(posts, text, account, time)
    minutes = ((times - pd.Timestamp("2000-01-01")).dt.total_seconds() / 60).to_numpy()
    accounts = posts[account].astype(str).to_numpy()
    sets = [shingles(value, k) if len(words(value)) >= min_words else frozenset()
            for value in posts[text].astype(str)]
    index: dict[str, list[int]] = defaultdict(list)
    for position in sorted(range(len(sets)), key=lambda row: (minutes[row], row)):
        for shingle in sets[position]:
            index[shingle].append(position)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in index.values():
        start = 0
        for end, j in enumerate(members):
            while minutes[j] - minutes[members[start]] > window_minutes:
                start += 1
            for i in members[start:end]:
                if accounts[i] != accounts[j]:
                    shared[(min(i, j), max(i, j))] += 1
    pairs = []
    for (i, j), common in shared.items():
        score = common / (len(sets[i]) + len(sets[j]) - common)
        if score >= threshold:
            pairs.append((i, j, score))
    return sorted(pairs)


def _components(size: int, pairs: list[tuple[int, int, float]]) -> list[list[int]]:
    parent = list(range(size))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j, _score in pairs:
        parent[root(i)] = root(j)
    members: dict[int, list[int]] = defaultdict(list)
    for node in sorted({n for i, j, _ in pairs for n in (i, j)}):
        members[root(node)].append(node)
    return list(members.values())


def find_coordinated_groups(posts: pd.DataFrame, *, text: str = "teks", account: str = "akun",
                            time: str = "waktu", id_column: str | None = "id",
                            window_minutes: float = 60, threshold: float = 0.5, k: int = 2,
                            min_words: int = 6, min_accounts: int = 5) -> pd.DataFrame:
    """Groups of near-identical posts from at least ``min_accounts`` accounts, close in time.

    Returns one row per group, earliest first: ``kelompok`` (G-01, G-02, ...),
    ``jumlah_akun``, ``jumlah_unggahan``, ``mulai``, ``selesai``,
    ``rentang_menit``, ``contoh_teks`` (the earliest post), ``akun`` (sorted
    list) and ``id_unggahan`` (values of ``id_column``, or row labels when it
    is ``None`` or absent).
    """
    if min_accounts < 2:
        raise CoordinationInputError(
            "min_accounts minimal 2: koordinasi butuh lebih dari satu akun."
        )
    pairs = similar_pairs(posts, text=text, account=account, time=time,
                          window_minutes=window_minutes, threshold=threshold, k=k,
                          min_words=min_words)
    times = pd.to_datetime(posts[time])
    ids = posts[id_column] if id_column and id_column in posts.columns else posts.index.to_series()
    rows = []
    for members in _components(len(posts), pairs):
        members = sorted(members, key=lambda row: (times.iloc[row], row))
        accounts = sorted(set(posts[account].astype(str).iloc[members]))
        if len(accounts) < min_accounts:
            continue
        start, end = times.iloc[members[0]], times.iloc[members[-1]]
        rows.append({
            "jumlah_akun": len(accounts), "jumlah_unggahan": len(members),
            "mulai": start, "selesai": end,
            "rentang_menit": int(round((end - start).total_seconds() / 60)),
            "contoh_teks": str(posts[text].iloc[members[0]]),
            "akun": accounts, "id_unggahan": [ids.iloc[row] for row in members],
        })
    rows.sort(key=lambda row: (row["mulai"], row["id_unggahan"][0]))
    for number, row in enumerate(rows, start=1):
        row["kelompok"] = f"G-{number:02d}"
    return pd.DataFrame(rows, columns=GROUP_COLUMNS)


def group_labels(posts: pd.DataFrame, groups: pd.DataFrame, id_column: str = "id") -> pd.Series:
    """For every post, the group it belongs to (``kelompok``), or an empty string."""
    owner = {post_id: row.kelompok for row in groups.itertuples() for post_id in row.id_unggahan}
    ids = posts[id_column] if id_column in posts.columns else posts.index.to_series()
    return pd.Series([owner.get(value, "") for value in ids], index=posts.index,
                     name="kelompok", dtype=str)


def plot_coordination_timeline(posts: pd.DataFrame, groups: pd.DataFrame, *, time: str = "waktu",
                               id_column: str = "id", freq: str = "D",
                               title: str = "Unggahan per hari: organik dan kelompok serupa"
                               ) -> Figure:
    """Posts per day, stacked: posts in a coordinated group (red) on top of the rest (grey).

    Each group is labelled above its day, so a reader sees how much of a
    peak is one message repeated by many accounts.
    """
    times = pd.to_datetime(posts[time])
    in_group = group_labels(posts, groups, id_column) != ""
    periods = times.dt.to_period(freq).dt.start_time
    organic = periods[~in_group].value_counts().sort_index()
    grouped = periods[in_group].value_counts().sort_index()
    index = organic.index.union(grouped.index).sort_values()
    organic, grouped = organic.reindex(index, fill_value=0), grouped.reindex(index, fill_value=0)
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(9, 4.2))
        width = 0.9 if freq == "D" else 5
        axes.bar(index, organic.to_numpy(), width=width, color=ORGANIC_COLOUR,
                 label="unggahan lain")
        axes.bar(index, grouped.to_numpy(), width=width, bottom=organic.to_numpy(),
                 color=GROUP_COLOUR, label="dalam kelompok unggahan serupa")
        for row in groups.itertuples():
            day = pd.Timestamp(row.mulai).to_period(freq).start_time
            height = organic.get(day, 0) + grouped.get(day, 0)
            axes.annotate(f"{row.kelompok}\n{row.jumlah_akun} akun", (day, height),
                          xytext=(0, 3), textcoords="offset points", ha="center", fontsize=7)
        axes.set_title(title, pad=28)
        axes.set_xlabel("tanggal")
        axes.set_ylabel("jumlah unggahan")
        axes.set_ylim(0, axes.get_ylim()[1] * 1.12)
        axes.xaxis.set_major_formatter(mdates.DateFormatter("%d/%m"))
        axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, frameon=False,
                    fontsize=9)
        figure.tight_layout()
    plt.close(figure)
    return figure


def plot_group_detail(posts: pd.DataFrame, groups: pd.DataFrame, group: str, *,
                      time: str = "waktu", account: str = "akun", id_column: str = "id") -> Figure:
    """Minute-by-minute timeline of one group: one row per account, one dot per post."""
    chosen = groups[groups["kelompok"] == group]
    if chosen.empty:
        known = ", ".join(groups["kelompok"]) or "(tidak ada kelompok)"
        raise CoordinationInputError(f"Kelompok '{group}' tidak ada. Kelompok yang ditemukan: "
                                     f"{known}.")
    ids = posts[id_column] if id_column in posts.columns else posts.index.to_series()
    members = posts[ids.isin(chosen.iloc[0]["id_unggahan"]).to_numpy()]
    times = pd.to_datetime(members[time])
    accounts = sorted(members[account].astype(str).unique(), key=lambda name: times[
        members[account].astype(str) == name].min())
    rows = {name: position for position, name in enumerate(accounts)}
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(7.5, max(3.0, 0.22 * len(accounts) + 1.2)))
        axes.scatter(times, [rows[name] for name in members[account].astype(str)],
                     color=GROUP_COLOUR, s=24)
        axes.set_yticks(range(len(accounts)), accounts, fontsize=7)
        axes.invert_yaxis()
        axes.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M"))
        axes.set_xlabel(f"jam, {times.min():%d/%m/%Y}")
        axes.set_ylabel("akun")
        axes.set_title(f"Kelompok {group}: {len(accounts)} akun dalam "
                       f"{int(chosen.iloc[0]['rentang_menit'])} menit")
        figure.tight_layout()
    plt.close(figure)
    return figure
