"""Tests for humas_ai.sentiment: pipeline, evaluation, explanation, bad input."""

import pickle

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from sklearn.base import clone

from humas_ai import sentiment
from humas_ai.errors import HumasAIError

POSITIVE = [
    "pelayanan cepat dan ramah, terima kasih",
    "mantap jalannya sudah mulus sekarang",
    "terima kasih petugas sudah sigap",
    "bagus sekali programnya, sangat membantu warga",
    "salut sama petugas, kerja cepat",
    "alhamdulillah air sudah lancar lagi",
]
NEGATIVE = [
    "jalan rusak parah tidak pernah diperbaiki",
    "pelayanan lambat sekali, kecewa",
    "air mati terus, warga susah",
    "petugas tidak ramah dan lambat",
    "banjir lagi, drainase tidak pernah dibersihkan",
    "antre lama sekali, sistem error terus",
]
NEUTRAL = [
    "kapan pendaftaran dibuka?",
    "syaratnya apa saja ya min?",
    "jam berapa kantor buka hari sabtu?",
    "di mana lokasi posko terdekat?",
    "apakah bisa daftar online?",
    "berapa biaya pengurusan akta?",
]


@pytest.fixture(scope="module")
def corpus():
    texts = POSITIVE + NEGATIVE + NEUTRAL
    labels = ["positif"] * 6 + ["negatif"] * 6 + ["netral"] * 6
    return texts, labels


@pytest.fixture(scope="module")
def fitted(corpus):
    return sentiment.make_pipeline().fit(*corpus)


def test_pipeline_learns_three_classes(fitted):
    assert set(fitted.classes_) == {"positif", "netral", "negatif"}
    predicted = fitted.predict(["petugas lambat dan tidak ramah", "kapan kantor buka?"])
    assert list(predicted) == ["negatif", "netral"]


def test_pipeline_accepts_series_and_english_two_class_labels():
    texts = pd.Series(POSITIVE + NEGATIVE)
    labels = pd.Series(["positive"] * 6 + ["negative"] * 6)
    model = sentiment.make_pipeline(char_ngrams=False).fit(texts, labels)
    assert set(model.classes_) == {"positive", "negative"}
    assert model.predict_proba(["sangat membantu"]).shape == (1, 2)


def test_pipeline_is_cloneable_and_picklable(fitted, corpus):
    assert clone(fitted).get_params()["pra__stemming"] is False
    restored = pickle.loads(pickle.dumps(fitted))
    np.testing.assert_allclose(restored.predict_proba(corpus[0]), fitted.predict_proba(corpus[0]))


def test_missing_texts_are_treated_as_empty(fitted):
    assert len(fitted.predict(["jalan rusak", None, float("nan")])) == 3


@pytest.mark.parametrize(
    ("texts", "labels", "message"),
    [
        ([], [], "kosong"),
        ("satu teks saja", ["positif"], "daftar"),
        (["bagus", 5], ["positif", "negatif"], "bukan teks"),
        (["bagus", "jelek"], ["positif"], "tidak sama"),
        (["bagus", "jelek"], ["positif", "positif"], "minimal dua kelas"),
        (["bagus", "jelek"], ["positif", float("nan")], "label yang kosong"),
        (["https://x.id", "12345 !!!"], ["positif", "negatif"], "kosong setelah dibersihkan"),
    ],
)
def test_bad_input_raises_indonesian_error(texts, labels, message):
    with pytest.raises(sentiment.SentimentInputError, match=message) as error:
        sentiment.make_pipeline().fit(texts, labels)
    assert isinstance(error.value, HumasAIError)


class FixedModel:
    """Stands in for a fitted model: predicts what it is told to."""

    def __init__(self, predictions):
        self.predictions = predictions

    def predict(self, texts):
        return np.array(self.predictions[: len(texts)])


def test_evaluate_reports_macro_f1_table_and_plot():
    model = FixedModel(["negatif", "positif", "netral"])
    result = sentiment.evaluate(model, ["jalan rusak parah", "pelayanan ramah", "kapan buka?"],
                                ["negatif", "positif", "negatif"])
    assert list(result.per_class.index) == ["positif", "netral", "negatif"]
    assert result.confusion.loc["negatif"].sum() == 2
    assert result.confusion.loc["negatif", "netral"] == 1
    expected = np.mean([1.0, 0.0, 2 / 3])  # F1 per class: positif, netral, negatif
    assert result.macro_f1 == pytest.approx(expected)
    assert isinstance(result.figure, Figure)
    assert result.figure.axes[0].get_xlabel() == "Prediksi model"
    assert "Macro-F1" in repr(result)


def test_explain_names_the_words_behind_a_prediction(fitted):
    explanation = sentiment.explain(fitted, "petugas lambat, kecewa sekali")
    assert explanation.label == "negatif"
    assert explanation.probabilities.sum() == pytest.approx(1.0)
    top = explanation.for_class(top=3)
    assert set(top.columns) == {"kata", "pengaruh"}
    assert {"lambat", "kecewa"} & set(top["kata"])
    assert explanation.summary().startswith("Prediksi: negatif")
    assert isinstance(explanation.plot(), Figure)


@pytest.mark.parametrize("bad", ["", "   ", None, 12])
def test_explain_refuses_empty_or_non_text(fitted, bad):
    with pytest.raises(sentiment.SentimentInputError):
        sentiment.explain(fitted, bad)


@pytest.mark.slow
def test_default_model_is_trained_once_and_sensible():
    model = sentiment.train_default()
    assert sentiment.train_default() is model
    predicted = model.predict([
        "Terima kasih petugas Disdukcapil, pelayanannya cepat sekali",
        "jalan berlubang tidak pernah diperbaiki, parah",
        "syarat bikin KTP apa saja ya?",
    ])
    assert list(predicted) == ["positif", "negatif", "netral"]


class ProbabilityModel:
    """Stands in for a fitted model: returns the probabilities it is told to."""

    classes_ = np.array(["negatif", "netral", "positif"])

    def __init__(self, rows):
        self.rows = np.array(rows, dtype=float)

    def predict_proba(self, texts):
        return self.rows[: len(texts)]


def test_label_with_uncertainty_says_ragu_ragu_below_the_threshold():
    model = ProbabilityModel([[0.1, 0.1, 0.8], [0.4, 0.35, 0.25], [0.2, 0.5, 0.3]])
    texts = pd.Series(["bagus sekali", "entahlah", "kapan buka"], index=[10, 11, 12])
    result = sentiment.label_with_uncertainty(model, texts, threshold=0.5)
    assert list(result.columns) == ["sentimen", "keyakinan"]
    assert list(result.index) == [10, 11, 12]
    assert result["sentimen"].tolist() == ["positif", sentiment.UNCERTAIN, "netral"]
    assert result["keyakinan"].tolist() == pytest.approx([0.8, 0.4, 0.5])
    lenient = sentiment.label_with_uncertainty(model, list(texts), threshold=0.0)
    assert lenient["sentimen"].tolist() == ["positif", "negatif", "netral"]
    assert sentiment.UNCERTAIN == "ragu-ragu"
    assert 0 < sentiment.DEFAULT_THRESHOLD < 1


@pytest.mark.parametrize("threshold", [1.5, -0.1, "0.5", None, True])
def test_label_with_uncertainty_refuses_a_bad_threshold(threshold):
    with pytest.raises(sentiment.SentimentInputError, match="antara 0 dan 1"):
        sentiment.label_with_uncertainty(ProbabilityModel([[0.2, 0.3, 0.5]]), ["x"], threshold)


def test_label_with_uncertainty_on_a_fitted_pipeline(fitted):
    result = sentiment.label_with_uncertainty(fitted, ["petugas lambat, kecewa", None])
    assert len(result) == 2
    assert result["keyakinan"].between(0, 1).all()
    assert set(result["sentimen"]) <= {"positif", "netral", "negatif", sentiment.UNCERTAIN}
