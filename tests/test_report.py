"""Tests for humas_ai.report: the charts and the one-page HTML issue brief."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser

import matplotlib
import matplotlib.colors as mcolors
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure

from humas_ai import report
from humas_ai.errors import HumasAIError
from humas_ai.report import (
    ReportInputError,
    figure_to_data_uri,
    issue_brief,
    plot_confusion_matrix,
    plot_issues,
    plot_sentiment_over_time,
    plot_sentiment_share,
    plot_word_weights,
)

RED, GREEN, GREY = "#c62828", "#2e7d32", "#9e9e9e"
NIK, PHONE, EMAIL = "6472051205890012", "0812-3456-7890", "budi.santoso@contoh.id"
PII_COMMENT = (f"Rumah kami kebanjiran lagi, tolong hubungi saya di {PHONE}, "
               f"NIK {NIK}, email {EMAIL}")


def hexes(colours) -> list[str]:
    return [mcolors.to_hex(colour) for colour in colours]


def without_images(document: str) -> str:
    """The document with the base64 image data removed (it could hold any 4 digits)."""
    return re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "data:", document)


def visible_text(document: str) -> str:
    """The text a reader sees, tags removed and whitespace collapsed."""

    class Collector(HTMLParser):
        def __init__(self):
            super().__init__()
            self.parts, self.skip = [], False

        def handle_starttag(self, tag, attrs):
            self.skip = tag in ("style", "title")

        def handle_endtag(self, tag):
            self.skip = False

        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data)

    collector = Collector()
    collector.feed(document)
    return " ".join(" ".join(collector.parts).split())


@pytest.fixture
def comments() -> pd.DataFrame:
    """Ten comments, hand-counted: 5 negative; banjir 6 (4 negative), jalan 3 (1), air 1 (0).

    Last 30 days (after 1 March): 6 comments, 3 negative. The 30 days before: 3, 1 negative.
    """
    rows = [
        ("2025-01-01", "banjir", "negatif", "Air sungai naik sampai ke teras, pompa tidak jalan"),
        ("2025-02-10", "banjir", "negatif", "Drainase di kampung kami mampet sejak bulan lalu"),
        ("2025-02-15", "jalan", "positif", "Terima kasih jalan poros sudah mulus diaspal"),
        ("2025-02-20", "jalan", "netral", "Perbaikan jalan di km 5 sampai kapan ya pak?"),
        ("2025-03-05", "banjir", "negatif", "Tiap hujan deras pasti banjir, tidak ada solusi"),
        ("2025-03-10", "banjir", "netral", "Posko banjir kelurahan buka sampai jam berapa?"),
        ("2025-03-20", "jalan", "negatif", "Lubang di jalan provinsi makin besar, bahaya motor"),
        ("2025-03-25", "banjir", "negatif", PII_COMMENT),
        ("2025-03-31", "banjir", "positif", "Petugas BPBD sigap membantu evakuasi warga, mantap"),
        ("2025-03-31", "air_bersih", "positif", "Air PDAM sekarang lancar tiap pagi, terima kasih"),
    ]
    frame = pd.DataFrame(rows, columns=["tanggal", "topik", "sentimen", "teks"])
    frame["tanggal"] = pd.to_datetime(frame["tanggal"])
    return frame


@pytest.fixture
def cluster_table() -> pd.DataFrame:
    """The data summarise_clusters returns (shares 0-1, lists of words), written by hand."""
    table = pd.DataFrame({
        "jumlah": [7, 3],
        "porsi": [0.7, 0.3],
        "kata_kunci": [["banjir", "air", "rumah", "sungai", "pompa"], ["jalan", "lubang", "aspal"]],
        "contoh": [[PII_COMMENT, "Banjir lagi banjir lagi, kapan normalisasi sungai?"],
                   ["Jalan berlubang dekat sekolah belum juga ditambal"]],
        "porsi_negatif": [4 / 7, 1 / 3],
        "porsi_netral": [1 / 7, 1 / 3],
        "porsi_positif": [2 / 7, 1 / 3],
        "tren": ["naik", "stabil"],
    }, index=pd.Index([0, 1], name="klaster"))
    return table


# -- charts -----------------------------------------------------------------------------


def test_sentiment_share_labels_and_fixed_colours():
    figure = plot_sentiment_share(["negatif", "positif", "negatif", "netral"])
    axes = figure.axes[0]
    assert isinstance(figure, Figure)
    assert axes.get_title() == "Sebaran sentimen komentar"
    assert axes.get_xlabel() == "Jumlah komentar"
    names = [label.get_text() for label in axes.get_yticklabels()]
    colours = dict(zip(names, hexes(bar.get_facecolor() for bar in axes.patches), strict=True))
    assert colours == {"negatif": RED, "netral": GREY, "positif": GREEN}
    widths = dict(zip(names, (bar.get_width() for bar in axes.patches), strict=True))
    assert widths == {"negatif": 2, "netral": 1, "positif": 1}
    assert any("2 (50%)" in text.get_text() for text in axes.texts)


def test_sentiment_share_english_labels_use_the_same_colours():
    axes = plot_sentiment_share(["negative", "positive", "neutral"]).axes[0]
    names = [label.get_text() for label in axes.get_yticklabels()]
    colours = dict(zip(names, hexes(bar.get_facecolor() for bar in axes.patches), strict=True))
    assert colours == {"negative": RED, "neutral": GREY, "positive": GREEN}
    assert axes.get_xlabel() == "Jumlah komentar"


@pytest.mark.parametrize("labels", [("positif", "negatif"), ("positive", "negative")])
def test_sentiment_over_time_labels_colours_and_months(labels):
    dates = pd.to_datetime(["2025-01-05", "2025-02-10", "2025-03-15", "2025-05-20"])
    figure = plot_sentiment_over_time(dates, [labels[0], labels[1], labels[1], labels[0]],
                                      freq="MS")
    axes = figure.axes[0]
    assert axes.get_title() == "Sentimen dari waktu ke waktu"
    assert axes.get_ylabel() == "Komentar per bulan"
    areas = [item for item in axes.collections if isinstance(item, PolyCollection)]
    assert [hexes(area.get_facecolor())[0] for area in areas] == [GREEN, RED]
    assert [text.get_text() for text in axes.get_legend().get_texts()] == list(labels)
    figure.canvas.draw()
    ticks = " ".join(label.get_text() for label in axes.get_xticklabels())
    assert "Mei" in ticks or "Mar" in ticks
    assert not re.search(r"\b(May|Aug|Oct|Dec)\b", ticks)


def test_sentiment_over_time_weekly_label():
    dates = pd.date_range("2025-01-01", periods=20, freq="D")
    axes = plot_sentiment_over_time(dates, ["netral"] * 20).axes[0]
    assert axes.get_ylabel() == "Komentar per minggu"


def test_issues_chart_sizes_and_negative_part():
    axes = plot_issues(["banjir", "jalan"], [10, 4], [0.5, 0.25]).axes[0]
    assert axes.get_title() == "Isu menurut jumlah komentar"
    assert axes.get_xlabel() == "Jumlah komentar"
    red = [bar.get_width() for bar in axes.patches if mcolors.to_hex(bar.get_facecolor()) == RED]
    assert sorted(red) == [1.0, 5.0]
    assert [text.get_text() for text in axes.get_legend().get_texts()] == [
        "Semua komentar", "Komentar negatif"]


def test_issues_chart_without_negative_share_has_no_legend():
    axes = plot_issues([0, 1, 2], [3, 2, 1]).axes[0]
    assert axes.get_legend() is None
    assert len(axes.patches) == 3


def test_confusion_matrix_labels_and_row_percentages():
    figure = plot_confusion_matrix([[3, 1], [0, 4]], ["negatif", "positif"])
    axes = figure.axes[0]
    assert axes.get_xlabel() == "Prediksi model"
    assert axes.get_ylabel() == "Label sebenarnya"
    assert axes.get_title() == "Matriks kebingungan"
    texts = {text.get_text() for text in axes.texts}
    assert {"3\n(75%)", "1\n(25%)", "0\n(0%)", "4\n(100%)"} <= texts


def test_word_weights_colours_by_direction():
    table = pd.DataFrame({"kata": ["rusak", "mantap"], "pengaruh": [0.8, -0.5]})
    axes = plot_word_weights(table, "negatif").axes[0]
    assert axes.get_xlabel() == "Pengaruh terhadap peluang 'negatif'"
    assert axes.get_title() == "Kata yang mendorong prediksi 'negatif'"
    colours = {label.get_text(): mcolors.to_hex(bar.get_facecolor())
               for label, bar in zip(axes.get_yticklabels(), axes.patches, strict=True)}
    assert colours["rusak"] == RED
    assert colours["mantap"] != RED


def test_charts_do_not_change_global_rcparams(comments):
    # Unusual values the chart style would overwrite if it leaked out of rc_context.
    sentinel = {"font.size": 7.0, "figure.figsize": [3.0, 2.0], "axes.titlesize": 5.0,
                "axes.spines.top": True, "figure.dpi": 50.0}
    with matplotlib.rc_context(sentinel):
        before = dict(matplotlib.rcParams)
        plot_sentiment_share(["positif"])
        plot_sentiment_over_time(comments["tanggal"], comments["sentimen"])
        plot_issues(["a"], [1], [0.5])
        plot_confusion_matrix(np.eye(2, dtype=int), ["a", "b"])
        plot_word_weights(pd.DataFrame({"kata": ["x"], "pengaruh": [1.0]}), "positif")
        issue_brief(comments, issue_column="topik")
        assert dict(matplotlib.rcParams) == before


def test_figure_to_data_uri_is_a_png():
    uri = figure_to_data_uri(plot_sentiment_share(["positif", "negatif"]))
    prefix = "data:image/png;base64,"
    assert uri.startswith(prefix)
    assert base64.b64decode(uri[len(prefix):]).startswith(b"\x89PNG\r\n\x1a\n")


# -- issue brief: content -------------------------------------------------------------------


def test_brief_has_all_sections(comments):
    document = issue_brief(comments, title="Ringkasan Isu Maret", institution="Diskominfo Kaltim",
                           issue_column="topik")
    text = visible_text(document)
    for expected in ["Diskominfo Kaltim", "Ringkasan Isu Maret",
                     "Periode: 1 Januari 2025 – 31 Maret 2025", "Jumlah komentar",
                     "Porsi negatif", "Isu terbesar", "30 hari terakhir", "Isu utama",
                     "Metode dan keterbatasan", "sarkasme", "tidak mewakili seluruh warga",
                     "disamarkan", report.DISCLOSURE, "Dibuat pada"]:
        assert expected in text, expected
    assert document.count('<img src="data:image/png;base64,') == 3
    assert document.startswith("<!DOCTYPE html>") and '<html lang="id">' in document
    assert "@media print" in document and "size: A4" in document


def test_brief_numbers_are_right(comments):
    text = visible_text(issue_brief(comments, issue_column="topik"))
    assert "Jumlah komentar 10 dianalisis" in text
    assert "Porsi negatif 50% 5 komentar negatif" in text
    assert "Isu terbesar banjir 6 komentar (60% dari total)" in text
    assert ("30 hari terakhir 6 komentar naik 100% dari 3 pada 30 hari sebelumnya; "
            "porsi negatif 50% (+17 poin)") in text
    assert "1. banjir 6 komentar (60%) · negatif 67%" in text
    assert "2. jalan 3 komentar (30%) · negatif 33%" in text
    assert "3. air bersih 1 komentar (10%) · negatif 0%" in text


def test_brief_quotes_mix_negative_and_other_with_tags(comments):
    text = visible_text(issue_brief(comments, issue_column="topik", n_issues=1))
    banjir = text.split("1. banjir", 1)[1].split("Metode dan keterbatasan")[0]
    assert "negatif · 25 Mar 2025" in banjir
    assert "Petugas BPBD sigap membantu evakuasi warga" in banjir
    assert "positif · 31 Mar 2025" in banjir
    assert "2. jalan" not in text


def test_brief_masks_personal_data_in_quotes(comments):
    document = without_images(issue_brief(comments, issue_column="topik"))
    for raw in (NIK, PHONE, EMAIL, "0812", "budi"):
        assert raw not in document
    for placeholder in ("[TELEPON]", "[NIK]", "[EMAIL]"):
        assert placeholder in document


def test_brief_masks_examples_from_cluster_table(comments, cluster_table):
    document = issue_brief(comments, issues=cluster_table)
    assert NIK not in document and PHONE not in document and EMAIL not in document
    assert "[NIK]" in document


def test_brief_sends_every_quote_through_mask_pii(comments, monkeypatch):
    import humas_ai.ethics

    monkeypatch.setattr(humas_ai.ethics, "mask_pii", lambda text: "DISAMARKAN-UJI")
    document = issue_brief(comments, issue_column="topik")
    assert document.count("“DISAMARKAN-UJI”") == 5  # banjir 2, jalan 2, air bersih 1
    assert "Drainase" not in document and "Lubang" not in document


def test_brief_escapes_html_in_comments_and_titles(comments):
    comments.loc[7, "teks"] = 'Banjir <script>alert("x")</script> & <b>tebal</b> di RT 05'
    comments.loc[comments["topik"] == "jalan", "topik"] = "jalan <rusak>"
    document = issue_brief(comments, issue_column="topik", title="Isu <Maret> & banjir",
                           institution="Dinas <Kominfo>")
    assert "<script" not in document.lower()
    assert "<b>tebal" not in document and "<rusak>" not in document
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;tebal" in document
    assert "Isu &lt;Maret&gt; &amp; banjir" in document
    assert "Dinas &lt;Kominfo&gt;" in document
    assert "jalan &lt;rusak&gt;" in document


def test_brief_is_offline_and_self_contained(comments):
    comments.loc[7, "teks"] = "Info banjir lengkap di https://contoh.go.id/banjir dan //cdn.x/y"
    document = issue_brief(comments, issue_column="topik", institution="Diskominfo")
    lowered = document.lower()
    for forbidden in ("http://", "https://", "//cdn", "<script", "@import", "url(http",
                      "<link", "@font-face", "<iframe"):
        assert forbidden not in lowered, forbidden
    targets = re.findall(r'(?:src|href)\s*=\s*"([^"]*)"', document)
    assert targets and all(target.startswith("data:") for target in targets)
    assert "url(" not in lowered
    assert "[TAUTAN]" in document


def test_brief_from_cluster_data(comments, cluster_table):
    text = visible_text(issue_brief(comments, issues=cluster_table, n_issues=2))
    assert "1. Klaster 0 (banjir, air, rumah) 7 komentar (70%) · negatif 57% · tren naik" in text
    assert "Kata kunci: banjir, air, rumah, sungai, pompa" in text
    assert "2. Klaster 1 (jalan, lubang, aspal) 3 komentar (30%) · negatif 33%" in text
    assert "Banjir lagi banjir lagi" in text


def test_brief_from_real_cluster_data_names_its_key_words(comments):
    from humas_ai.clustering import summarise_clusters

    labels = [0 if topic == "banjir" else 1 for topic in comments["topik"]]
    data = summarise_clusters(comments["teks"], labels, comments["sentimen"], n_terms=3)
    text = visible_text(issue_brief(comments, issues=data, n_issues=2))
    words = ", ".join(data.loc[0, "kata_kunci"])
    assert f"Kata kunci: {words}" in text
    assert "1. Klaster 0 (" in text and "6 komentar (60%) · negatif 67%" in text


def test_a_table_shown_for_reading_is_refused_with_the_function_to_use(comments, cluster_table):
    from humas_ai.clustering import for_reading

    with pytest.raises(ReportInputError, match=r"summarise_clusters.*nama isu"):
        issue_brief(comments, issues=for_reading(cluster_table))


def test_brief_uses_named_clusters(comments, cluster_table):
    named = cluster_table.rename(index={0: "Banjir musiman", 1: "Jalan rusak"})
    text = visible_text(issue_brief(comments, issues=named))
    assert "Isu terbesar Banjir musiman" in text
    assert "2. Jalan rusak" in text


def test_brief_with_english_labels_and_no_dates(comments):
    english = comments.assign(sentiment=comments["sentimen"].map(
        {"positif": "positive", "negatif": "negative", "netral": "neutral"}))
    document = issue_brief(english.drop(columns=["tanggal", "sentimen"]),
                           sentiment_column="sentiment", issue_column="topik")
    text = visible_text(document)
    assert "Porsi negatif 50%" in text
    assert "Perubahan – tidak ada kolom tanggal" in text
    assert "Periode" not in text
    assert document.count("<img ") == 2  # share and issues, no time chart


def test_brief_without_issues_says_so(comments):
    document = issue_brief(comments, date_column=None)
    text = visible_text(document)
    assert "Komentar belum dikelompokkan per isu." in text
    assert "Isu terbesar – isu belum dikelompokkan" in text
    assert document.count("<img ") == 1


def test_brief_skips_empty_rows_and_says_how_many(comments):
    padded = pd.concat([comments, pd.DataFrame({"teks": ["  ", None], "sentimen": ["negatif",
                                                "positif"], "topik": ["banjir", "banjir"]})])
    text = visible_text(issue_brief(padded, issue_column="topik"))
    assert "Jumlah komentar 10" in text
    assert "2 baris tanpa teks atau tanpa label sentimen tidak dihitung." in text


def test_brief_reads_text_dates_iso_and_day_first(comments):
    comments["tanggal"] = comments["tanggal"].dt.strftime("%Y-%m-%d")
    comments.loc[0, "tanggal"] = "01/01/2025"
    text = visible_text(issue_brief(comments))
    assert "Periode: 1 Januari 2025 – 31 Maret 2025" in text


def test_brief_review_disclosure(comments):
    pending = visible_text(issue_brief(comments))
    assert f"{report.DISCLOSURE} dan perlu ditinjau petugas sebelum dibagikan." in pending
    done = visible_text(issue_brief(comments, reviewed_by="Sari, Pranata Humas"))
    assert f"{report.DISCLOSURE} dan telah ditinjau oleh Sari, Pranata Humas." in done


def test_brief_says_plainly_when_model_accuracy_was_not_measured(comments):
    text = visible_text(issue_brief(comments))
    assert "Ketepatan model sentimen pada data ini belum diukur" in text


def test_brief_states_the_figure_measured_on_own_labels(comments):
    from humas_ai import own_check

    class Model:
        classes_ = ["negatif", "positif"]

        def predict_proba(self, texts):
            return [[0.9, 0.1] if "rusak" in text else [0.1, 0.9] for text in texts]

    rows = [(f"jalan rusak {i}", "negatif", 40, "negatif") for i in range(20)]
    rows += [(f"bagus {i}", "positif", 40, "positif" if i else "negatif") for i in range(20)]
    labels = pd.DataFrame(rows, columns=["teks", "strata", "jumlah_strata", "label"])
    labels = labels.assign(no=range(1, 41), kunci=labels["teks"].map(own_check.text_key),
                           waktu="")
    result = own_check.evaluate(Model(), labels)
    text = visible_text(issue_brief(comments, model_check=result))
    assert "Ketepatan model diukur pada 40 komentar data ini yang dilabeli petugas" in text
    assert "model benar 98% (rentang 95%:" in text
    assert "belum diukur" not in text
    own = visible_text(issue_brief(comments, model_check="Diperiksa oleh <tim> humas."))
    assert "Diperiksa oleh <tim> humas." in own
    with pytest.raises(ReportInputError, match="model_check"):
        issue_brief(comments, model_check=0.8)


def test_brief_reports_uncertain_comments_instead_of_forcing_a_label(comments):
    comments.loc[[1, 5, 8], "sentimen"] = "ragu-ragu"
    document = issue_brief(comments, issue_column="topik", uncertain_threshold=0.55)
    text = visible_text(document)
    assert "Porsi negatif 40% 4 komentar negatif; 30% ragu-ragu" in text
    assert ("3 komentar (30%) diberi label ragu-ragu karena model tidak cukup yakin (peluang "
            "label terbaiknya di bawah 55%)") in text
    assert "tidak dipaksa masuk positif, netral, atau negatif" in text
    no_threshold = visible_text(issue_brief(comments))
    assert "tidak cukup yakin. Komentar itu" in no_threshold
    assert "ragu-ragu" not in visible_text(issue_brief(comments.drop(index=[1, 5, 8])))


def test_uncertain_has_its_own_colour_after_the_three_sentiments():
    figure = plot_sentiment_share(["ragu-ragu", "negatif", "positif", "netral", "negatif"])
    labels = [tick.get_text() for tick in figure.axes[0].get_yticklabels()]
    assert labels == ["ragu-ragu", "negatif", "netral", "positif"]  # drawn bottom-up
    colours = hexes(bar.get_facecolor() for bar in figure.axes[0].patches)
    assert colours[0] == report.SENTIMENT_COLOURS["ragu-ragu"]
    assert len(set(report.SENTIMENT_COLOURS[label]
                   for label in ("positif", "netral", "negatif", "ragu-ragu"))) == 4


def test_brief_writes_utf8_file_and_creates_folders(comments, tmp_path):
    target = tmp_path / "laporan" / "maret" / "ringkasan.html"
    document = issue_brief(comments, issue_column="topik", path=target)
    assert target.read_text(encoding="utf-8") == document
    assert "–" in document  # non-ASCII survives


def test_brief_refuses_to_overwrite_a_folder(comments, tmp_path):
    (tmp_path / "isi.txt").write_text("jangan hilang", encoding="utf-8")
    with pytest.raises(ReportInputError, match="adalah folder"):
        issue_brief(comments, path=tmp_path)
    assert (tmp_path / "isi.txt").read_text(encoding="utf-8") == "jangan hilang"


# -- issue brief: bad input -------------------------------------------------------------


def test_error_type_is_humas_error():
    assert issubclass(ReportInputError, HumasAIError)
    assert issubclass(ReportInputError, ValueError)


def test_empty_table_is_refused():
    with pytest.raises(ReportInputError, match="kosong"):
        issue_brief(pd.DataFrame(columns=["teks", "sentimen"]))


def test_missing_columns_lists_the_columns_found():
    frame = pd.DataFrame({"komentar": ["jalan rusak parah"], "label": ["negatif"]})
    with pytest.raises(ReportInputError) as caught:
        issue_brief(frame)
    message = str(caught.value)
    assert "'teks'" in message and "'sentimen'" in message
    assert "Kolom yang ada: 'komentar', 'label'" in message


def test_missing_issue_and_date_columns_are_named(comments):
    with pytest.raises(ReportInputError, match="'kategori'.*Kolom yang ada"):
        issue_brief(comments, issue_column="kategori")
    with pytest.raises(ReportInputError, match="'waktu'"):
        issue_brief(comments, date_column="waktu")


def test_all_texts_empty_is_refused():
    frame = pd.DataFrame({"teks": ["", "   ", None], "sentimen": ["negatif"] * 3})
    with pytest.raises(ReportInputError, match="kosong"):
        issue_brief(frame)


def test_not_a_dataframe_is_refused():
    with pytest.raises(ReportInputError, match="DataFrame"):
        issue_brief(["jalan rusak"])


def test_two_issue_sources_are_refused(comments, cluster_table):
    with pytest.raises(ReportInputError, match="salah satu"):
        issue_brief(comments, issues=cluster_table, issue_column="topik")


@pytest.mark.parametrize("n_issues", [0, 6, 2.5, True])
def test_bad_number_of_issues_is_refused(comments, n_issues):
    with pytest.raises(ReportInputError, match="n_issues"):
        issue_brief(comments, issue_column="topik", n_issues=n_issues)


def test_unreadable_dates_are_refused(comments):
    comments["tanggal"] = "kemarin"
    with pytest.raises(ReportInputError, match="tanggal"):
        issue_brief(comments)


def test_cluster_table_without_sizes_is_refused(comments, cluster_table):
    with pytest.raises(ReportInputError, match="'jumlah'.*Kolom yang ada: 'porsi'"):
        issue_brief(comments, issues=cluster_table.drop(columns="jumlah"))


def test_issue_column_all_empty_is_refused(comments):
    comments["topik"] = None
    with pytest.raises(ReportInputError, match="Kolom isu kosong"):
        issue_brief(comments, issue_column="topik")


# -- end to end ---------------------------------------------------------------------------


def test_brief_from_bundled_comments(tmp_path):
    from humas_ai.data import load_dataset

    data = load_dataset("komentar_publik")
    target = tmp_path / "ringkasan.html"
    document = issue_brief(data, institution="Diskominfo Provinsi Kalimantan Timur",
                           issue_column="topik", path=target)
    text = visible_text(document)
    negative = (data["sentimen"] == "negatif").mean()
    top = data["topik"].value_counts()
    assert f"Jumlah komentar {len(data):,}".replace(",", ".") in text
    assert f"Porsi negatif {100 * negative:.0f}%" in text
    assert f"Isu terbesar {top.index[0].replace('_', ' ')}" in text
    assert text.count("komentar (") >= 3
    assert document.count("<blockquote>") == 6
    assert target.stat().st_size < 400_000
