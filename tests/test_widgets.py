"""The live sentiment tester: verdicts, updates, bad input and its fallback without widgets."""

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

from humas_ai.classroom.widgets import SentimentTester, sentiment_tester
from humas_ai.errors import HumasAIError

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


# --------------------------------------------------------------------------- own-data labeller


class WordModel:
    """First word decides: pos/net/neg with probability 0.9, ragu at most 0.4."""

    classes_ = ["negatif", "netral", "positif"]
    ROWS = {"neg": [0.9, 0.05, 0.05], "net": [0.05, 0.9, 0.05], "pos": [0.05, 0.05, 0.9],
            "ragu": [0.4, 0.3, 0.3]}

    def predict_proba(self, texts):
        return [self.ROWS[text.split()[0]] for text in texts]


OWN = [f"{word} komentar warga {i}" for word in ("pos", "net", "neg", "ragu") for i in range(8)]


def test_labeller_clicks_are_saved_at_once_and_a_new_kernel_resumes(tmp_path):
    from humas_ai.classroom.widgets import own_labeller
    from humas_ai.own_check import LabelFile

    path = tmp_path / "hasil" / "label_sendiri.csv"
    labeller = own_labeller(OWN, WordModel(), path, n=8)
    assert labeller.position == 0 and "0 dari 8" in labeller.header.value
    first = labeller.current_text()
    assert first in labeller.comment.value
    labeller.buttons["negatif"].click()
    labeller.buttons["lewati"].click()
    labeller.buttons["positif"].click()
    on_disk = LabelFile.open(path).frame
    assert on_disk["label"].tolist()[:4] == ["negatif", "lewati", "positif", ""]
    assert on_disk.loc[0, "teks"] == first
    assert labeller.progress.value == 3 and "Tersimpan: komentar 3 = positif" in \
        labeller.status.value
    # kernel restart: a new labeller on the same file, whatever texts it is given
    again = own_labeller(["neg lain sama sekali"], WordModel(), path, n=50)
    assert again.position == 3 and len(again.labels) == 8
    assert "3 dari 8" in again.header.value


def test_labeller_goes_back_to_change_a_label_and_finishes(tmp_path):
    from humas_ai.classroom.widgets import own_labeller
    from humas_ai.own_check import LabelFile

    path = tmp_path / "label.csv"
    labeller = own_labeller(OWN, WordModel(), path, n=4)
    assert labeller.back.disabled
    labeller.buttons["netral"].click()
    labeller.back.click()
    assert labeller.position == 0 and "label Anda sekarang: netral" in labeller.comment.value
    for _ in range(4):
        labeller.buttons["negatif"].click()
    assert labeller.position is None
    assert all(button.disabled for button in labeller.buttons.values())
    assert "Selesai" in labeller.comment.value
    assert LabelFile.open(path).frame["label"].tolist() == ["negatif"] * 4
    labeller.buttons["positif"].click()  # disabled in the browser; a stray call changes nothing
    assert LabelFile.open(path).frame["label"].tolist() == ["negatif"] * 4
    labeller.back.click()
    labeller.buttons["positif"].click()
    assert LabelFile.open(path).frame["label"].tolist() == ["negatif"] * 3 + ["positif"]


def test_labeller_shows_a_save_failure_and_keeps_the_comment(tmp_path, monkeypatch):
    import os

    from humas_ai.classroom.widgets import own_labeller

    labeller = own_labeller(OWN, WordModel(), tmp_path / "label.csv", n=4)

    def locked(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    labeller.buttons["positif"].click()
    assert labeller.position == 0 and labeller.labels.done == 0
    assert "Label belum tersimpan" in labeller.status.value and "Excel" in labeller.status.value


def test_labeller_escapes_comments_and_has_a_plain_fallback(tmp_path):
    from humas_ai.classroom.widgets import own_labeller

    texts = ["neg <b>jalan</b> rusak", "pos bagus"]
    labeller = own_labeller(texts, WordModel(), tmp_path / "label.csv", n=2)
    while labeller.current_text() != texts[0]:
        labeller.buttons["lewati"].click()
    assert "<b>jalan</b>" not in labeller.comment.value
    assert "&lt;b&gt;jalan&lt;/b&gt;" in labeller.comment.value
    data = labeller._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in data
    assert data["text/plain"].startswith("Cek di data Anda sendiri\n")
    assert "JupyterLab" in data["text/plain"] and texts[0] in data["text/plain"]
    assert "&lt;b&gt;" in data["text/html"]


def test_labeller_without_texts_or_file_gets_an_indonesian_message(tmp_path):
    from humas_ai.classroom.widgets import own_labeller

    with pytest.raises(HumasAIError, match="belum ada"):
        own_labeller(None, WordModel(), tmp_path / "label.csv")


def test_a_second_round_leaves_out_comments_labelled_before(tmp_path):
    from humas_ai.classroom.widgets import own_labeller
    from humas_ai.own_check import read_labels

    first = own_labeller(OWN, WordModel(), tmp_path / "label.csv", n=12)
    second = own_labeller(OWN, WordModel(), tmp_path / "label_2.csv", n=12,
                          exclude=read_labels(tmp_path / "label.csv")["kunci"])
    assert not set(first.labels.frame["teks"]) & set(second.labels.frame["teks"])
