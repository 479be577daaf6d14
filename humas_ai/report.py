"""Charts with Indonesian labels in one consistent style, and the issue brief.

Every ``plot_*`` function returns a matplotlib ``Figure`` and never changes
global matplotlib settings: the style is applied with ``rc_context`` inside
each call.  Colours are fixed per sentiment so a participant learns them once:
positif green, netral grey, negatif red.

:func:`issue_brief` turns a table of comments into a one-page HTML brief for a
head of office: key figures, charts, top issues with masked quotes, and a note
on method and limits. The file is self-contained (inline CSS, images as
``data:`` URIs, no scripts, no web addresses), so it opens offline, can be sent
by e-mail or WhatsApp and prints on one A4 page.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from humas_ai.errors import HumasAIError
from humas_ai.inputs import require_columns
from humas_ai.numbers import decimal, percent
from humas_ai.pages import figure_to_data_uri, render

SENTIMENT_COLOURS = {
    "positif": "#2e7d32", "netral": "#9e9e9e", "negatif": "#c62828",
    "positive": "#2e7d32", "neutral": "#9e9e9e", "negative": "#c62828",
    "ragu-ragu": "#f9a825",
}
SENTIMENT_ORDER = ["positif", "netral", "negatif", "ragu-ragu", "positive", "neutral",
                   "negative"]
_OTHER_COLOURS = ["#1565c0", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457", "#558b2f"]

STYLE = {
    "figure.figsize": (7.5, 4.2),
    "figure.dpi": 100,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.labelsize": 11,
    "font.size": 10,
    "font.family": "DejaVu Sans",
}


def sentiment_colours(labels: Sequence[str]) -> list[str]:
    """Colour for each label: fixed colours for sentiments, a palette otherwise."""
    colours, spare = [], iter(_OTHER_COLOURS * 4)
    for label in labels:
        colours.append(SENTIMENT_COLOURS.get(str(label).lower()) or next(spare))
    return colours


def order_labels(labels) -> list[str]:
    """Sentiment labels in the usual order (positif, netral, negatif), others after."""
    unique = list(dict.fromkeys(str(label) for label in labels))
    known = [label for label in SENTIMENT_ORDER if label in unique]
    return known + sorted(label for label in unique if label not in known)


def _new_axes(figsize=None):
    figure, axes = plt.subplots(figsize=figsize)
    return figure, axes


def _finish(figure: Figure) -> Figure:
    figure.tight_layout()
    plt.close(figure)  # the notebook shows the returned figure once, not twice
    return figure


def _thousands(number: float) -> str:
    return decimal(number)


def plot_sentiment_share(sentiments, title: str = "Sebaran sentimen komentar") -> Figure:
    """Horizontal bar chart of the number and share of each sentiment."""
    counts = pd.Series(sentiments).astype(str).value_counts()
    counts = counts.reindex(order_labels(counts.index))
    with plt.rc_context(STYLE):
        figure, axes = _new_axes((7.5, 0.6 * len(counts) + 1.6))
        bars = axes.barh(counts.index[::-1], counts.values[::-1],
                         color=sentiment_colours(counts.index[::-1]))
        total = counts.sum()
        for bar, value in zip(bars, counts.values[::-1], strict=True):
            axes.text(bar.get_width(), bar.get_y() + bar.get_height() / 2,
                      f"  {_thousands(value)} ({value / total:.0%})", va="center")
        axes.set_title(title)
        axes.set_xlabel("Jumlah komentar")
        axes.set_xlim(0, counts.max() * 1.3)
        return _finish(figure)


_LEGEND_PAD = 24  # points between the axes and the title, room for a one-line legend
_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                 "Des")


def _legend_on_top(axes, columns: int) -> None:
    """One-line legend between the axes and the title, so it never hides data."""
    axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=columns, frameon=False,
                borderaxespad=0.2, handlelength=1.2)


def _date_tick(value, _position=None) -> str:
    """Indonesian tick label: "Mar 2025" on the first of a month, else "14 Mar"."""
    moment = mdates.num2date(value)
    month = _SHORT_MONTHS[moment.month - 1]
    return f"{month} {moment.year}" if moment.day == 1 else f"{moment.day} {month}"


_PER_PERIOD = {"D": "Komentar per hari", "W": "Komentar per minggu",
               "MS": "Komentar per bulan", "M": "Komentar per bulan", "ME": "Komentar per bulan"}


def plot_sentiment_over_time(dates, sentiments, freq: str = "W",
                             title: str = "Sentimen dari waktu ke waktu") -> Figure:
    """Stacked area of comments per period (``freq``: "D", "W" or "MS") by sentiment."""
    frame = pd.DataFrame({"tanggal": pd.to_datetime(pd.Series(list(dates))),
                          "sentimen": pd.Series(list(sentiments)).astype(str)})
    table = (frame.groupby([pd.Grouper(key="tanggal", freq=freq), "sentimen"]).size()
             .unstack(fill_value=0))
    table = table[order_labels(table.columns)]
    with plt.rc_context(STYLE):
        figure, axes = _new_axes()
        axes.stackplot(table.index, table.T.values, labels=table.columns,
                       colors=sentiment_colours(table.columns), alpha=0.85)
        axes.set_title(title, pad=_LEGEND_PAD)
        axes.set_ylabel(_PER_PERIOD.get(freq, "Jumlah komentar"))
        _legend_on_top(axes, len(table.columns))
        axes.xaxis.set_major_formatter(FuncFormatter(_date_tick))
        figure.autofmt_xdate()
        return _finish(figure)


def plot_issues(names, sizes, negative_share=None,
                title: str = "Isu menurut jumlah komentar") -> Figure:
    """Bar chart of issue sizes; with ``negative_share`` the bar shows the negative part."""
    frame = pd.DataFrame({"isu": [textwrap.fill(str(name), 24) for name in names],
                          "jumlah": list(sizes)})
    if negative_share is not None:
        frame["negatif"] = np.asarray(list(negative_share), dtype=float) * frame["jumlah"]
    frame = frame.sort_values("jumlah")
    with plt.rc_context(STYLE):
        figure, axes = _new_axes((7.5, 0.45 * len(frame) + 1.6))
        axes.barh(frame["isu"], frame["jumlah"], color="#90a4ae", label="Semua komentar")
        if negative_share is not None:
            axes.barh(frame["isu"], frame["negatif"], color=SENTIMENT_COLOURS["negatif"],
                      label="Komentar negatif")
            _legend_on_top(axes, 2)
        axes.set_title(title, pad=_LEGEND_PAD if negative_share is not None else 6)
        axes.set_xlabel("Jumlah komentar")
        return _finish(figure)


def plot_confusion_matrix(matrix, labels, title: str = "Matriks kebingungan") -> Figure:
    """Confusion matrix with counts and row percentages; rows are the true labels."""
    matrix = np.asarray(matrix)
    with plt.rc_context(STYLE):
        figure, axes = _new_axes((5.2, 4.4))
        axes.imshow(matrix, cmap="Blues")
        row_totals = matrix.sum(axis=1, keepdims=True).clip(min=1)
        for (row, column), value in np.ndenumerate(matrix):
            dark = value > matrix.max() / 2
            axes.text(column, row, f"{value}\n({value / row_totals[row, 0]:.0%})",
                      ha="center", va="center", color="white" if dark else "black")
        axes.set_xticks(range(len(labels)), labels)
        axes.set_yticks(range(len(labels)), labels)
        axes.set_xlabel("Prediksi model")
        axes.set_ylabel("Label sebenarnya")
        axes.set_title(title)
        axes.spines[:].set_visible(False)
        return _finish(figure)


def plot_word_weights(table: pd.DataFrame, label: str,
                      title: str | None = None) -> Figure:
    """Bar chart of an explanation table (columns ``kata`` and ``pengaruh``)."""
    frame = table.sort_values("pengaruh")
    colours = [SENTIMENT_COLOURS.get(label, "#1565c0") if value > 0 else "#78909c"
               for value in frame["pengaruh"]]
    with plt.rc_context(STYLE):
        figure, axes = _new_axes((6.5, 0.35 * len(frame) + 1.4))
        axes.barh(frame["kata"], frame["pengaruh"], color=colours)
        axes.axvline(0, color="black", linewidth=0.8)
        axes.set_xlabel(f"Pengaruh terhadap peluang '{label}'")
        axes.set_title(title or f"Kata yang mendorong prediksi '{label}'")
        return _finish(figure)



# ---------------------------------------------------------------------------
# One-page issue brief (HTML)
# ---------------------------------------------------------------------------


_NAME_THE_COLUMN = "Sebutkan nama kolom yang benar, misalnya text_column='komentar'."


class ReportInputError(HumasAIError):
    """Input to the issue brief cannot be used (empty table, missing columns, bad path)."""


BRIEF_TITLE = "Ringkasan Isu Publik"
DISCLOSURE = "Laporan ini disusun dengan bantuan alat analisis otomatis"
NEGATIVE_LABELS = frozenset({"negatif", "negative", "neg"})
#: The label of comments the model was not sure about (see humas_ai.sentiment).
UNCERTAIN_LABEL = "ragu-ragu"
NOT_MEASURED = (
    "Ketepatan model sentimen pada data ini belum diukur: belum ada komentar yang diberi label "
    "oleh petugas untuk dibandingkan. Anggap porsi sentimen sebagai perkiraan yang belum "
    "diperiksa (lihat panduan Cek di data Anda sendiri)."
)
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
_DEFAULT_DATE_COLUMN = "tanggal"
_MAX_CHART_ISSUES = 8
_QUOTES_PER_ISSUE = 2
_QUOTE_CHARS = 200
_MIN_QUOTE_CHARS = 25
_LINK = re.compile(r"(?:[a-z][a-z0-9+.-]*:)?//\S+|\bwww\.\S+", re.IGNORECASE)


__all__ = ["figure_to_data_uri"]  # the kit's one figure-to-PNG helper, from humas_ai.pages


def issue_brief(comments: pd.DataFrame, *, title: str = BRIEF_TITLE,
                institution: str | None = None, period: str | None = None,
                issues: pd.DataFrame | None = None, text_column: str = "teks",
                sentiment_column: str = "sentimen",
                date_column: str | None = _DEFAULT_DATE_COLUMN,
                issue_column: str | None = None, n_issues: int = 3,
                reviewed_by: str | None = None, model_check=None,
                uncertain_threshold: float | None = None, path=None) -> str:
    """Build a one-page, offline HTML issue brief for a head of office.

    ``comments`` is a DataFrame with one row per comment: a text column
    (``text_column``), a sentiment label column (``sentiment_column``; the
    label ``negatif``/``negative`` counts as negative) and, optionally, a date
    column (``date_column``). If the default ``"tanggal"`` is absent, or
    ``date_column=None``, the time chart and the change against the previous
    period are left out. Rows with an empty text or no sentiment are not
    counted; the method note says how many.

    Issues come from one of two sources (or none; the brief then says so):

    * ``issue_column``: a column of ``comments`` naming each comment's issue,
      for example ``"topik"`` or a column of cluster names. Size, negative
      share and example quotes are computed from the comments.
    * ``issues``: the data returned by
      :func:`humas_ai.clustering.summarise_clusters`, one row per issue with at
      least ``jumlah``; optionally ``porsi_negatif`` (0-1), ``kata_kunci`` (list of
      words), ``contoh`` (list of example texts) and ``tren``.  A table shown for
      reading (:func:`~humas_ai.clustering.describe_clusters`: percentages, words
      joined) is refused with a message naming ``summarise_clusters``. The issue name is the
      ``nama`` or ``isu`` column if present, otherwise the index (cluster
      numbers are shown as "Klaster 3" with their first key words).

    Every quote passes through :func:`humas_ai.ethics.mask_pii` and is
    HTML-escaped. ``n_issues`` (1-5) is the number of top issues described
    (3 fit on one A4 page; 4-5 may need a second);
    ``reviewed_by`` names the officer who checked the brief (AI disclosure).

    The methods section states how well the sentiment labels were checked:
    ``model_check`` is the result of :func:`humas_ai.own_check.evaluate` (its
    figure on the participant's own labels is printed) or a sentence of your
    own; when ``None`` the brief says plainly that accuracy on this data was
    not measured.  Comments labelled ``ragu-ragu`` (the model was not sure)
    are counted as such, never forced into a class; their share is stated,
    with ``uncertain_threshold`` (the probability below which the model says
    ``ragu-ragu``) when given.
    Returns the HTML; with ``path`` it is also written there (UTF-8).
    """
    from humas_ai.ethics import mask_pii  # lazy: only the brief needs it

    _check_options(issues, issue_column, n_issues)
    checked = _model_check_sentence(model_check)
    frame, notes = _brief_frame(comments, text_column, sentiment_column, date_column,
                                issue_column)
    table = _issue_table(frame, issues, notes)
    if period is None and frame["tanggal"].notna().any():
        period = f"{_tanggal(frame['tanggal'].min())} – {_tanggal(frame['tanggal'].max())}"
    review = f"telah ditinjau oleh {reviewed_by}" if reviewed_by else \
        "perlu ditinjau petugas sebelum dibagikan"
    document = render(
        "issue_brief.html", title=title, institution=institution, period=period,
        boxes=_figure_boxes(frame, table), charts=_charts(frame, table),
        issues=_issue_cards(table, int(n_issues), mask_pii),
        points=[*_LIMITS, *_uncertain_notes(frame, uncertain_threshold), checked, *notes],
        disclosure=DISCLOSURE, review=review, made=_tanggal(pd.Timestamp.now()))
    if path is not None:
        _write_brief(document, path)
    return document


# -- input checks and preparation --------------------------------------------------


def _check_options(issues, issue_column, n_issues) -> None:
    if issues is not None and issue_column is not None:
        raise ReportInputError(
            "Pilih salah satu sumber isu: issue_column (nama kolom) atau issues "
            "(data dari summarise_clusters), jangan keduanya."
        )
    if isinstance(n_issues, bool) or not isinstance(n_issues, int | np.integer) \
            or not 1 <= n_issues <= 5:
        raise ReportInputError(f"n_issues harus bilangan bulat 1 sampai 5, bukan {n_issues!r}.")


def _model_check_sentence(model_check) -> str:
    if model_check is None:
        return NOT_MEASURED
    if isinstance(model_check, str) and model_check.strip():
        return model_check.strip()
    sentence = getattr(model_check, "sentence", None)
    if callable(sentence):
        return str(sentence())
    raise ReportInputError(
        "model_check harus hasil own_check.evaluate(...), satu kalimat tentang ketepatan model, "
        f"atau None (belum diukur), bukan {type(model_check).__name__}."
    )


def _uncertain_notes(frame: pd.DataFrame, threshold: float | None) -> list[str]:
    uncertain = int((frame["sentimen"].str.lower() == UNCERTAIN_LABEL).sum())
    if not uncertain:
        return []
    below = "" if threshold is None else \
        f" (peluang label terbaiknya di bawah {_persen(float(threshold))})"
    return [f"{_thousands(uncertain)} komentar ({_persen(uncertain / len(frame))}) diberi label "
            f"ragu-ragu karena model tidak cukup yakin{below}. Komentar itu tidak dipaksa masuk "
            "positif, netral, atau negatif; bacalah sendiri bila jumlahnya besar."]


def _brief_frame(comments, text_column: str, sentiment_column: str, date_column: str | None,
                 issue_column: str | None) -> tuple[pd.DataFrame, list[str]]:
    """Checked comments as columns teks, sentimen, negatif, tanggal, isu; plus notes."""
    if not isinstance(comments, pd.DataFrame):
        raise ReportInputError(
            f"issue_brief membutuhkan tabel (DataFrame) komentar, bukan "
            f"{type(comments).__name__}. Baca data Anda dulu, misalnya dengan read_comments()."
        )
    if comments.empty:
        raise ReportInputError(
            "Tabel komentar kosong (0 baris). Periksa file data atau filter yang Anda pakai."
        )
    wanted = [text_column, sentiment_column, issue_column]
    if date_column != _DEFAULT_DATE_COLUMN:
        wanted.append(date_column)
    require_columns(comments, [col for col in wanted if col is not None], ReportInputError,
                    _NAME_THE_COLUMN, "tabel komentar")
    comments = comments.reset_index(drop=True)
    texts = comments[text_column].astype("string").str.strip().fillna("")
    sentiments = comments[sentiment_column].astype("string").str.strip().fillna("")
    keep = (texts != "") & (sentiments != "")
    if not keep.any():
        raise ReportInputError(
            f"Semua teks di kolom {text_column!r} kosong atau tanpa label sentimen di kolom "
            f"{sentiment_column!r}. Tidak ada komentar yang bisa diringkas."
        )
    frame = pd.DataFrame({"teks": texts.astype(str), "sentimen": sentiments.astype(str),
                          "tanggal": _dates(comments, date_column)})
    frame["negatif"] = frame["sentimen"].str.lower().isin(NEGATIVE_LABELS)
    if issue_column is not None:
        frame["isu"] = comments[issue_column]
    notes = []
    if not keep.all():
        notes.append(f"{_thousands((~keep).sum())} baris tanpa teks atau tanpa label "
                     "sentimen tidak dihitung.")
    return frame[keep.to_numpy()], notes


def _dates(comments: pd.DataFrame, date_column: str | None) -> pd.Series:
    """Parsed dates (NaT where missing); ISO dates first, then day-first (31/12/2025)."""
    if date_column is None or date_column not in comments.columns:
        return pd.Series(pd.NaT, index=comments.index, dtype="datetime64[ns]")
    values = comments[date_column]
    if pd.api.types.is_datetime64_any_dtype(values):
        return values
    dates = pd.to_datetime(values, errors="coerce", format="ISO8601")
    rest = dates.isna() & values.notna()
    if rest.any():
        dates[rest] = pd.to_datetime(values[rest].astype(str), errors="coerce",
                                     format="mixed", dayfirst=True)
    if dates.isna().all():
        raise ReportInputError(
            f"Kolom tanggal {date_column!r} tidak berisi tanggal yang bisa dibaca. "
            "Perbaiki isinya (misalnya 2025-03-31) atau pakai date_column=None."
        )
    return dates


def _issue_table(frame: pd.DataFrame, issues, notes: list[str]) -> pd.DataFrame | None:
    """Issues as columns nama, jumlah, negatif (0-1 or NaN), kata_kunci (list of words), tren,
    contoh."""
    if "isu" in frame.columns:
        table = _issues_from_column(frame, notes)
    elif issues is not None:
        table = _issues_from_table(issues)
    else:
        return None
    table["porsi"] = table["jumlah"] / table["jumlah"].sum()
    return table.sort_values("jumlah", ascending=False, kind="stable").reset_index(drop=True)


def _issues_from_column(frame: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    labelled = frame[frame["isu"].notna() & (frame["isu"].astype(str).str.strip() != "")]
    if labelled.empty:
        raise ReportInputError("Kolom isu kosong untuk semua komentar. Isi label isunya "
                               "dulu atau buat isu dengan cluster_texts().")
    if len(labelled) < len(frame):
        notes.append(f"{_thousands(len(frame) - len(labelled))} komentar tanpa label isu "
                     "tidak masuk daftar isu.")
    names = labelled["isu"].astype(str).str.strip().str.replace("_", " ")
    groups = {str(name): group for name, group in labelled.groupby(names, sort=False)}
    return pd.DataFrame({
        "nama": list(groups),
        "jumlah": [len(group) for group in groups.values()],
        "negatif": [group["negatif"].mean() for group in groups.values()],
        "kata_kunci": [[] for _ in groups], "tren": "",
        "contoh": [_pick_quotes(group) for group in groups.values()],
    })


def _pick_quotes(group: pd.DataFrame) -> list[tuple[str, str]]:
    """Recent quotes, negative and other alternately, each with a sentiment/date tag."""
    ordered = group.sort_values("tanggal", ascending=False, na_position="last", kind="stable")
    ordered = ordered.drop_duplicates("teks")
    long_enough = ordered[ordered["teks"].str.len() >= _MIN_QUOTE_CHARS]
    ordered = long_enough if not long_enough.empty else ordered
    streams = [ordered[ordered["negatif"]], ordered[~ordered["negatif"]]]
    picked = []
    for position in range(_QUOTES_PER_ISSUE):
        for stream in streams[position % 2:] + streams[:position % 2]:
            rows = stream[~stream.index.isin([index for index, _ in picked])]
            if not rows.empty:
                picked.append((rows.index[0], rows.iloc[0]))
                break
    return [(row["teks"], _quote_tag(row)) for _, row in picked]


def _quote_tag(row: pd.Series) -> str:
    if pd.isna(row["tanggal"]):
        return row["sentimen"]
    return f"{row['sentimen']} · {_tanggal(row['tanggal'], short=True)}"


def _issues_from_table(issues) -> pd.DataFrame:
    if not isinstance(issues, pd.DataFrame) or issues.empty:
        raise ReportInputError("issues harus tabel (DataFrame) hasil summarise_clusters() "
                               "dengan minimal satu baris.")
    require_columns(issues, ["jumlah"], ReportInputError, _NAME_THE_COLUMN, "tabel isu (issues)")
    _refuse_a_shown_table(issues)
    keywords = (issues["kata_kunci"] if "kata_kunci" in issues.columns
                else pd.Series([[] for _ in issues.index], index=issues.index))
    negative = next((issues[f"porsi_{label}"] for label in sorted(NEGATIVE_LABELS)
                     if f"porsi_{label}" in issues.columns), None)
    return pd.DataFrame({
        "nama": _issue_names(issues, keywords),
        "jumlah": issues["jumlah"].astype(int).to_numpy(),
        "negatif": np.nan if negative is None else negative.astype(float).to_numpy(),
        "kata_kunci": list(keywords),
        "tren": issues.get("tren", pd.Series("", index=issues.index)).fillna("")
        .astype(str).to_numpy(),
        "contoh": [[(str(text), "") for text in _as_list(value)]
                   for value in issues.get("contoh", pd.Series(None, index=issues.index))],
    })


def _refuse_a_shown_table(issues: pd.DataFrame) -> None:
    """The brief reads data (shares 0-1, lists of words), never a table shown for reading."""
    shown = [column for column in issues.columns
             if column == "persen" or str(column).startswith("persen_")]
    if "kata_kunci" in issues.columns and any(isinstance(value, str)
                                              for value in issues["kata_kunci"]):
        shown.append("kata_kunci (teks)")
    if shown:
        raise ReportInputError(
            "issues berisi tabel tampilan dari describe_clusters (kolom "
            f"{', '.join(shown)}). Berikan datanya: summarise_clusters(...) dengan argumen "
            "yang sama; kolom nama isu boleh Anda tambahkan."
        )


def _issue_names(issues: pd.DataFrame, keywords: pd.Series) -> list[str]:
    for column in ("nama", "isu"):
        if column in issues.columns:
            return issues[column].astype(str).tolist()
    names = []
    for label, words in zip(issues.index, keywords, strict=True):
        if isinstance(label, int | np.integer):
            first = ", ".join(words[:3])
            names.append(f"Klaster {label}" + (f" ({first})" if first else ""))
        else:
            names.append(str(label))
    return names


def _as_list(value) -> list:
    if isinstance(value, list | tuple | np.ndarray | pd.Series):
        return [item for item in value if isinstance(item, str) and item.strip()]
    return [value] if isinstance(value, str) and value.strip() else []


# -- formatting ---------------------------------------------------------------------


def _tanggal(moment, short: bool = False) -> str:
    """Indonesian date: 31 Desember 2025, or 31 Des 2025 with ``short``."""
    month = MONTHS[moment.month - 1]
    return f"{moment.day} {month[:3] if short else month} {moment.year}"


def _persen(share: float) -> str:
    return percent(share)


def _quote(text: str, mask) -> str:
    """Masked first (so a cut never splits personal data), links replaced, shortened (the
    template escapes it).

    Links become ``[TAUTAN]`` so the brief never holds a web address (it stays offline
    and a link in a comment may lead to personal pages).
    """
    masked = _LINK.sub("[TAUTAN]", " ".join(str(mask(str(text))).split()))
    if len(masked) > _QUOTE_CHARS:
        masked = masked[:_QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
    return masked


# -- what the template shows (every value is escaped there) ---------------------------

#: The limits every brief states, before the notes of this one.
_LIMITS = (
    "Label sentimen dan isu dapat berasal dari klasifikasi otomatis yang bisa keliru, "
    "terutama pada sarkasme, sindiran, bahasa daerah, dan salah ketik. Baca contoh "
    "komentar sebelum menarik kesimpulan.",
    "Komentar di media sosial tidak mewakili seluruh warga: yang tercatat hanya orang "
    "yang aktif daring dan memilih berkomentar.",
    "Data pribadi dalam kutipan (NIK, nomor telepon, alamat surel, dan sejenisnya) disamarkan "
    "otomatis; penyamaran bisa terlewat, jadi baca ulang sebelum laporan dibagikan.",
)


def _figure_box(label: str, value: str, detail: str = "", css: str = "nilai") -> dict:
    return {"label": label, "value": value, "detail": detail, "css": css}


def _figure_boxes(frame: pd.DataFrame, table: pd.DataFrame | None) -> list[dict]:
    negative = int(frame["negatif"].sum())
    uncertain = int((frame["sentimen"].str.lower() == UNCERTAIN_LABEL).sum())
    detail = f"{_thousands(negative)} komentar negatif"
    if uncertain:
        detail += f"; {_persen(uncertain / len(frame))} ragu-ragu"
    boxes = [
        _figure_box("Jumlah komentar", _thousands(len(frame)), "dianalisis"),
        _figure_box("Porsi negatif", _persen(negative / len(frame)), detail),
    ]
    if table is None:
        boxes.append(_figure_box("Isu terbesar", "–", "isu belum dikelompokkan"))
    else:
        top = table.iloc[0]
        size = "nilai kecil" if len(top["nama"]) > 16 else "nilai"
        boxes.append(_figure_box("Isu terbesar", top["nama"],
                                 f"{_thousands(top['jumlah'])} komentar "
                                 f"({_persen(top['porsi'])} dari total)", size))
    boxes.append(_figure_box(*_change(frame)))
    return boxes


def _change(frame: pd.DataFrame) -> tuple[str, str, str]:
    """(label, value, detail) comparing the last 30 (or 7) days with the days before."""
    dates = frame["tanggal"].dropna()
    span = (dates.max() - dates.min()).days if not dates.empty else 0
    if dates.empty:
        return "Perubahan", "–", "tidak ada kolom tanggal"
    if span < 13:
        return "Perubahan", "–", "rentang tanggal kurang dari 2 minggu"
    days = 30 if span >= 59 else 7
    end, window = dates.max(), pd.Timedelta(days=days)
    recent = frame[(frame["tanggal"] > end - window) & (frame["tanggal"] <= end)]
    before = frame[(frame["tanggal"] > end - 2 * window) & (frame["tanggal"] <= end - window)]
    label = f"{days} hari terakhir"
    if before.empty:
        return label, _thousands(len(recent)), f"tidak ada komentar pada {days} hari sebelumnya"
    change = len(recent) / len(before) - 1
    direction = "naik" if change > 0 else "turun" if change < 0 else "sama"
    detail = f"{direction} {abs(change):.0%} dari {_thousands(len(before))} pada {days} hari " \
             "sebelumnya"
    if not recent.empty:
        points = 100 * (recent["negatif"].mean() - before["negatif"].mean())
        detail += (f"; porsi negatif {_persen(recent['negatif'].mean())} "
                   f"({points:+.0f} poin)")
    return label, f"{_thousands(len(recent))} komentar", detail.replace("sama 0%", "sama")


def _image(figure: Figure, alt: str, size: tuple[float, float]) -> dict:
    """The chart redrawn at ``size`` inches (same text scale for all), as a data URI."""
    figure.set_size_inches(*size)
    figure.tight_layout()
    return {"uri": figure_to_data_uri(figure), "alt": alt}


def _charts(frame: pd.DataFrame, table: pd.DataFrame | None) -> list[list[dict]]:
    """Left column: sentiment share and sentiment over time; right column: issues."""
    left = [_image(plot_sentiment_share(frame["sentimen"]), "Sebaran sentimen komentar",
                   (5, 0.35 * frame["sentimen"].nunique() + 1.2))]
    dated = frame.dropna(subset=["tanggal"])
    if not dated.empty:
        span = (dated["tanggal"].max() - dated["tanggal"].min()).days
        freq = "MS" if span > 120 else "W" if span > 21 else "D"
        left.append(_image(plot_sentiment_over_time(dated["tanggal"], dated["sentimen"], freq),
                           "Sentimen dari waktu ke waktu", (5, 2.8)))
    right = []
    if table is not None:
        shown = table.head(_MAX_CHART_ISSUES)
        title = "Isu menurut jumlah komentar" if len(table) == len(shown) else \
            f"{len(shown)} isu terbesar menurut jumlah komentar"
        negative = None if shown["negatif"].isna().any() else shown["negatif"]
        right.append(_image(plot_issues(shown["nama"], shown["jumlah"], negative, title),
                            "Isu menurut jumlah komentar dan porsi negatif",
                            (5, 0.4 * len(shown) + 1.4)))
    return [column for column in (left, right) if column]


def _issue_cards(table: pd.DataFrame | None, n_issues: int, mask) -> list[dict] | None:
    """The top issues with their figures, key words and masked quotes; None without issues."""
    if table is None:
        return None
    cards = []
    for issue in table.head(n_issues).itertuples():
        words = ", ".join(issue.kata_kunci[:5])
        cards.append({
            "name": issue.nama, "count": _thousands(issue.jumlah),
            "share": _persen(issue.porsi), "negative": _persen(issue.negatif),
            "trend": issue.tren, "keywords": _quote(words, mask) if words else "",
            "quotes": [{"text": _quote(text, mask), "tag": tag}
                       for text, tag in issue.contoh[:_QUOTES_PER_ISSUE]],
        })
    return cards


def _write_brief(document: str, path) -> None:
    target = Path(path)
    if target.is_dir():
        raise ReportInputError(f"{target} adalah folder. Berikan nama file, misalnya "
                               f"{target / 'ringkasan_isu.html'}.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(document, encoding="utf-8")
    except OSError as error:
        raise ReportInputError(f"Tidak bisa menulis {target}: {error.strerror or error}. "
                               "Pilih folder lain yang bisa Anda tulisi.") from error

