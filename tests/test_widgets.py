"""The live sentiment tester: verdicts, updates, bad input and its fallback without widgets."""

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

from humas_ai.errors import HumasAIError
from humas_ai.widgets import SentimentTester, sentiment_tester

TEXTS = [
    "jalan rusak parah", "banjir lagi kapan diperbaiki", "pelayanan lambat sekali",
    "air mati terus", "terima kasih petugas ramah", "pelayanan cepat mantap",
    "jalan sudah mulus terima kasih", "petugas sigap bagus", "jam berapa kantor buka",
    "di mana lokasi posko", "syaratnya apa saja", "kapan jadwal vaksin",
]
LABELS = ["negatif"] * 4 + ["positif"] * 4 + ["netral"] * 4


@pytest.fixture(scope="module")
def model():
    return make_pipeline(TfidfVectorizer(), LogisticRegression()).fit(TEXTS, LABELS)


def test_shows_prediction_probabilities_and_words_for_the_example(model):
    tester = sentiment_tester(model, example="pelayanan lambat, jalan rusak")
    lines = tester.lines()
    assert lines[0] == "Komentar: “pelayanan lambat, jalan rusak”"
    assert lines[1].startswith("Prediksi: negatif (peluang ")
    assert "'rusak'" in lines[1] or "'lambat'" in lines[1]
    # the usual order: positif, netral, negatif
    assert lines[2].startswith("Peluang per kelas: positif ")
    assert "Prediksi: negatif" in tester.result.value


def test_typing_or_clicking_updates_the_result(model):
    tester = sentiment_tester(model)
    tester.box.value = "terima kasih, petugasnya ramah"
    assert "Prediksi: positif" in tester.result.value
    tester.result.value = ""
    tester.button.click()
    assert "Prediksi: positif" in tester.result.value


def test_empty_text_asks_for_a_comment_instead_of_failing(model):
    tester = sentiment_tester(model)
    tester.box.value = "   "
    assert "Ketik sebuah komentar" in tester.result.value
    assert tester.lines("") == tester.lines("\n") == [tester.lines("  ")[0]]


def test_model_errors_become_a_message(model):
    class Broken:
        classes_ = ["negatif", "positif"]

        def predict_proba(self, texts):
            raise RuntimeError("rusak di dalam")

    tester = SentimentTester(Broken(), example="jalan rusak")
    assert tester.lines() == [
        "Model tidak dapat menilai komentar ini (RuntimeError: rusak di dalam)."
    ]


def test_comment_text_is_escaped_in_html(model):
    tester = sentiment_tester(model, example="<b>jalan</b> rusak")
    assert "<b>jalan</b>" not in tester.result.value
    assert "&lt;b&gt;jalan&lt;/b&gt;" in tester.result.value
    assert "&lt;b&gt;" in tester.html()


def test_readable_fallback_where_widgets_cannot_render(model):
    data = sentiment_tester(model, example="jalan rusak parah")._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in data
    plain = data["text/plain"]
    assert plain.startswith("Penguji sentimen langsung\nKomentar: “jalan rusak parah”\nPrediksi:")
    assert "JupyterLab" in plain
    assert "Prediksi:" in data["text/html"]


def test_unfitted_model_gets_an_indonesian_message():
    with pytest.raises(HumasAIError, match="belum dilatih"):
        sentiment_tester(make_pipeline(TfidfVectorizer(), LogisticRegression()))


def test_model_without_probabilities_gets_an_indonesian_message():
    svm = make_pipeline(TfidfVectorizer(), LinearSVC()).fit(TEXTS, LABELS)
    with pytest.raises(HumasAIError, match="predict_proba"):
        sentiment_tester(svm)
