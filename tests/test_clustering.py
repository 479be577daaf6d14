"""Tests for humas_ai.clustering on small realistic issue sets."""

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import adjusted_rand_score
from threadpoolctl import threadpool_info

from humas_ai import clustering
from humas_ai.errors import HumasAIError

FLOOD = [
    "banjir merendam rumah warga di samarinda",
    "warga mengungsi karena banjir setinggi lutut",
    "drainase tersumbat, banjir lagi di jalan utama",
    "posko banjir dibuka bpbd untuk warga terdampak",
    "banjir surut, warga mulai membersihkan rumah",
    "hujan deras semalam, banjir di tiga kecamatan",
]
WATER = [
    "air pdam mati sudah tiga hari",
    "air pdam keruh dan berbau",
    "pdam menggilir distribusi air bersih",
    "tagihan air pdam naik tapi air sering mati",
    "warga beli air tandon karena pdam mati",
    "kapan air pdam normal kembali",
]
ID_CARDS = [
    "blanko ktp habis di disdukcapil",
    "antre rekam ktp elektronik sejak pagi",
    "ktp elektronik belum jadi sudah sebulan",
    "disdukcapil buka layanan ktp keliling",
    "cetak ktp elektronik butuh blanko baru",
    "pengurusan ktp dan kartu keluarga di disdukcapil",
]
TEXTS = FLOOD + WATER + ID_CARDS
TRUTH = [0] * 6 + [1] * 6 + [2] * 6


def test_cluster_texts_recovers_clear_issues():
    labels = clustering.cluster_texts(TEXTS, k=3)
    assert labels.shape == (18,)
    assert adjusted_rand_score(TRUTH, labels) == pytest.approx(1.0)


def test_cluster_texts_is_deterministic_for_a_seed():
    first = clustering.cluster_texts(TEXTS, k=3, random_state=7)
    np.testing.assert_array_equal(first, clustering.cluster_texts(TEXTS, k=3, random_state=7))


def test_embed_reuses_work_but_hands_out_independent_copies(monkeypatch):
    cleaned = []
    real = clustering.preprocess

    def counting(texts, **steps):
        cleaned.append(len(texts))
        return real(texts, **steps)

    monkeypatch.setattr(clustering, "preprocess", counting)
    texts = [f"{text} ({number})" for number, text in enumerate(TEXTS)]  # new to this process
    first = clustering.embed(texts)
    expected = first.copy()
    first[:] = 0  # a caller scribbling on its result must not reach the next caller
    second = clustering.embed(pd.Series(texts))
    assert cleaned == [len(texts)], "the same texts again are not cleaned again"
    np.testing.assert_allclose(second, expected)
    assert np.abs(second).sum() > 0


def test_k_none_chooses_and_explains(capsys):
    labels = clustering.cluster_texts(TEXTS, verbose=True)
    chosen = len(set(labels))
    assert f"Dipilih k = {chosen}: skor silhouette tertinggi" in capsys.readouterr().out
    assert 2 <= chosen <= 5  # 18 short texts: the silhouette is a rough guide here


def test_choose_k_marks_one_best_row():
    table = clustering.choose_k(TEXTS, k_range=range(2, 6))
    assert list(table["k"]) == [2, 3, 4, 5]
    assert table["terpilih"].sum() == 1
    best = table.loc[table["terpilih"], "silhouette"].item()
    assert best == table["silhouette"].max()


@pytest.mark.slow
def test_k_none_lands_near_the_true_number_of_news_issues():
    from humas_ai.data import load_dataset

    news = load_dataset("berita_isu")
    labels = clustering.cluster_texts(news["judul"] + ". " + news["ringkasan"])
    assert abs(len(set(labels)) - news["isu"].nunique()) <= 2


def test_top_terms_are_readable_unstemmed_words():
    terms = clustering.top_terms(TEXTS, TRUTH, n=3)
    assert "banjir" in terms[0]
    assert "pdam" in terms[1]
    assert "ktp" in terms[2]


def test_describe_clusters_with_sentiment_and_dates():
    sentiments = ["negatif"] * 4 + ["netral"] * 2 + ["negatif"] * 6 + ["positif"] * 6
    dates = pd.date_range("2025-01-01", periods=18, freq="7D")
    table = clustering.describe_clusters(TEXTS, TRUTH, sentiments=sentiments, dates=dates)
    assert list(table["jumlah"]) == [6, 6, 6]
    assert table.loc[0, "persen_negatif"] == pytest.approx(66.7)
    assert table.loc[1, "persen_negatif"] == pytest.approx(100.0)
    assert all(len(examples) == 3 for examples in table["contoh"])
    assert set(table.loc[0, "contoh"]) <= set(FLOOD)
    assert set(table["tren"]) <= {"naik", "turun", "stabil"}
    assert "puncak" in table.columns


def test_summarise_clusters_gives_lists_and_fractions_and_describe_shows_them():
    sentiments = ["negatif"] * 4 + ["netral"] * 2 + ["negatif"] * 6 + ["positif"] * 6
    summary = clustering.summarise_clusters(TEXTS, TRUTH, sentiments=sentiments, n_terms=3)
    assert summary.loc[0, "porsi"] == pytest.approx(1 / 3)
    assert summary.loc[0, "porsi_negatif"] == pytest.approx(4 / 6)
    assert summary.loc[2, "porsi_positif"] == pytest.approx(1.0)
    words = summary.loc[0, "kata_kunci"]
    assert isinstance(words, list) and len(words) == 3 and "banjir" in words
    shown = clustering.describe_clusters(TEXTS, TRUTH, sentiments=sentiments, n_terms=3)
    assert list(shown.columns) == ["jumlah", "persen", "kata_kunci", "contoh", "persen_negatif",
                                   "persen_netral", "persen_positif"]
    assert shown.loc[0, "persen"] == pytest.approx(33.3)
    assert shown.loc[0, "kata_kunci"] == ", ".join(words)
    assert shown.loc[0, "persen_negatif"] == pytest.approx(66.7)
    assert shown.loc[2, "persen_positif"] == pytest.approx(100.0)
    assert list(shown["contoh"]) == list(summary["contoh"])
    assert not hasattr(clustering, "as_summary"), "tools take the data, never a shown table"


def test_trend_detects_rising_issue():
    dates = pd.Series(pd.to_datetime(["2025-01-01", "2025-03-01"] + ["2025-12-20"] * 6))
    assert clustering._trend(dates) == "naik"


@pytest.mark.parametrize(
    ("texts", "k", "message"),
    [
        ([], 2, "kosong"),
        ("satu teks", 2, "daftar teks"),
        (["banjir", 3.5, "pdam"], 2, "bukan teks"),
        (["banjir lagi", "air mati"], 5, "lebih besar dari jumlah teks"),
        (["!!!", "123", "http://x.id"], 2, "Kurang dari dua teks"),
        (TEXTS, 0, "bilangan bulat positif"),
        (TEXTS, "tiga", "bilangan bulat positif"),
    ],
)
def test_bad_input_raises_indonesian_error(texts, k, message):
    with pytest.raises(clustering.ClusteringInputError, match=message) as error:
        clustering.cluster_texts(texts, k=k)
    assert isinstance(error.value, HumasAIError)


def test_too_few_texts_for_choosing_k():
    with pytest.raises(clustering.ClusteringInputError, match="terlalu sedikit"):
        clustering.cluster_texts(["banjir lagi", "air mati"])


def test_nan_texts_get_a_label_and_leave_the_grouping_of_the_others_alone():
    labels = clustering.cluster_texts(TEXTS + [None, float("nan")], k=3)
    assert len(labels) == 20
    assert set(labels) <= {0, 1, 2}
    assert labels[18] == labels[19], "two missing texts are the same (empty) text"
    assert adjusted_rand_score(TRUTH, labels[:18]) == pytest.approx(1.0)


def test_kmeans_runs_on_one_thread(monkeypatch):
    """k-means is pinned to one thread: on a busy laptop the per-core default was 30x slower."""
    seen = []

    class RecordingKMeans(clustering.KMeans):
        def fit_predict(self, X, y=None, sample_weight=None):
            seen.append([info["num_threads"] for info in threadpool_info()])
            return super().fit_predict(X, y, sample_weight=sample_weight)

    monkeypatch.setattr(clustering, "KMeans", RecordingKMeans)
    clustering.cluster_texts(TEXTS, k=3)
    assert seen and all(threads == 1 for call in seen for threads in call), seen
