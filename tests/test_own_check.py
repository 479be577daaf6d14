"""The own-data check: stratified sample, label file that survives restarts, honest figures."""

from __future__ import annotations

import os

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score

from humas_ai import own_check
from humas_ai.errors import HumasAIError
from humas_ai.own_check import LabelFile, OwnCheckError, draw_sample, evaluate, text_key


class WordModel:
    """Stands in for a fitted model: the first word of a text says what it predicts.

    ``pos``/``net``/``neg`` give that class with probability 0.9, ``ragu`` gives 0.4 at most.
    """

    classes_ = np.array(["negatif", "netral", "positif"])
    ROWS = {"neg": [0.9, 0.05, 0.05], "net": [0.05, 0.9, 0.05], "pos": [0.05, 0.05, 0.9],
            "ragu": [0.4, 0.3, 0.3]}

    def predict_proba(self, texts):
        return np.array([self.ROWS[text.split()[0]] for text in texts])


def comments(pos=40, net=30, neg=100, ragu=30) -> list[str]:
    return ([f"pos komentar {i}" for i in range(pos)] + [f"net komentar {i}" for i in range(net)]
            + [f"neg komentar {i}" for i in range(neg)]
            + [f"ragu komentar {i}" for i in range(ragu)])


# --------------------------------------------------------------------------- sampling


def test_sample_takes_an_equal_share_of_each_verdict_including_uncertain():
    sample = draw_sample(comments(), WordModel(), n=60)
    assert len(sample) == 60
    assert sample["strata"].value_counts().to_dict() == {
        "positif": 15, "netral": 15, "negatif": 15, "ragu-ragu": 15}
    assert list(sample.columns) == own_check.COLUMNS
    assert sample["no"].tolist() == list(range(1, 61))
    assert (sample["label"] == "").all()
    sizes = sample.groupby("strata")["jumlah_strata"].first().to_dict()
    assert sizes == {"positif": 40, "netral": 30, "negatif": 100, "ragu-ragu": 30}
    assert sample["teks"].is_unique
    assert all(sample["kunci"] == sample["teks"].map(text_key))


def test_sample_is_shuffled_and_the_same_for_the_same_seed():
    first = draw_sample(comments(), WordModel(), n=60, seed=7)
    again = draw_sample(comments(), WordModel(), n=60, seed=7)
    other = draw_sample(comments(), WordModel(), n=60, seed=8)
    assert first.equals(again)
    assert set(first["teks"]) != set(other["teks"])
    # the participant does not see the model's grouping: strata change often along the list
    changes = (first["strata"] != first["strata"].shift()).sum()
    assert changes > 20


def test_small_strata_give_their_share_to_the_others():
    sample = draw_sample(comments(pos=3, net=40, neg=40, ragu=0), WordModel(), n=30)
    assert sample["strata"].value_counts().to_dict() == {"positif": 3, "netral": 14,
                                                         "negatif": 13}


def test_sample_of_more_than_there_is_takes_everything_once():
    texts = comments(pos=2, net=2, neg=2, ragu=1) + ["pos komentar 0", None, "  ", float("nan")]
    sample = draw_sample(texts, WordModel(), n=100)
    assert len(sample) == 7
    assert sample["teks"].is_unique


def test_exclude_leaves_out_comments_labelled_before():
    first = draw_sample(comments(), WordModel(), n=40)
    second = draw_sample(comments(), WordModel(), n=40, exclude=first["kunci"])
    assert not set(first["kunci"]) & set(second["kunci"])


def test_given_strata_need_no_model():
    texts = ["a", "b", "c", "d"]
    sample = draw_sample(texts, strata=["positif", "negatif", "negatif", "negatif"], n=2)
    assert sorted(sample["strata"]) == ["negatif", "positif"]


@pytest.mark.parametrize("n", [0, -5, 2.5, "50", True])
def test_bad_sample_size_is_refused(n):
    with pytest.raises(OwnCheckError, match="bilangan bulat positif"):
        draw_sample(comments(), WordModel(), n=n)


def test_no_text_or_no_model_gets_an_indonesian_message():
    with pytest.raises(OwnCheckError, match="Tidak ada komentar berisi teks"):
        draw_sample([None, "", "  "], WordModel())
    with pytest.raises(OwnCheckError, match="bukan satu teks"):
        draw_sample("jalan rusak", WordModel())
    with pytest.raises(OwnCheckError, match="Berikan model"):
        draw_sample(["jalan rusak"])
    assert issubclass(OwnCheckError, HumasAIError)


# --------------------------------------------------------------------------- the label file


def test_every_label_is_on_disk_at_once_and_a_restart_resumes(tmp_path):
    path = tmp_path / "hasil" / "label_sendiri.csv"
    labels = LabelFile.open_or_create(path, comments(), WordModel(), n=20)
    assert path.is_file() and labels.done == 0 and labels.next_position() == 0
    labels.set_label(0, "negatif")
    labels.set_label(1, "Lewati")
    labels.set_label(2, "positif")
    # a new kernel: nothing in memory, only the file
    resumed = LabelFile.open_or_create(path, comments(), WordModel(), n=20)
    assert resumed.frame["label"].tolist()[:4] == ["negatif", "lewati", "positif", ""]
    assert resumed.done == 3 and resumed.next_position() == 3
    assert resumed.frame["waktu"][0] != ""
    assert resumed.frame["teks"].equals(labels.frame["teks"])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "Excel reads UTF-8 with a BOM"
    assert not list(path.parent.glob("*.sementara")), "no temporary file left behind"


def test_an_existing_file_is_never_redrawn(tmp_path):
    path = tmp_path / "label.csv"
    labels = LabelFile.open_or_create(path, comments(), WordModel(), n=10)
    labels.set_label(4, "netral")
    other = LabelFile.open_or_create(path, comments(pos=5, net=5, neg=5, ragu=5), WordModel(),
                                     n=50, seed=99)
    assert other.frame.equals(LabelFile.open(path).frame)
    assert other.frame.loc[4, "label"] == "netral" and len(other) == 10


def test_next_position_goes_on_after_the_current_one_then_wraps(tmp_path):
    labels = LabelFile.open_or_create(tmp_path / "l.csv", comments(), WordModel(), n=5)
    for position in (0, 1, 3):
        labels.set_label(position, "netral")
    assert labels.next_position(start=3) == 4
    labels.set_label(4, "netral")
    assert labels.next_position(start=4) == 2
    labels.set_label(2, "positif")
    assert labels.next_position() is None
    labels.set_label(2, "negatif")  # a label can be changed later
    assert LabelFile.open(tmp_path / "l.csv").frame.loc[2, "label"] == "negatif"


def test_a_failed_write_keeps_the_old_state_and_says_why(tmp_path, monkeypatch):
    labels = LabelFile.open_or_create(tmp_path / "l.csv", comments(), WordModel(), n=5)

    def locked(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(OwnCheckError, match="Excel"):
        labels.set_label(0, "positif")
    assert labels.frame.loc[0, "label"] == ""
    assert not list(tmp_path.glob("*.sementara"))
    monkeypatch.undo()
    labels.set_label(0, "positif")
    assert LabelFile.open(tmp_path / "l.csv").frame.loc[0, "label"] == "positif"


def test_bad_labels_and_positions_are_refused(tmp_path):
    labels = LabelFile.open_or_create(tmp_path / "l.csv", comments(), WordModel(), n=5)
    with pytest.raises(OwnCheckError, match="tidak dikenal"):
        labels.set_label(0, "marah")
    with pytest.raises(OwnCheckError, match="nomor 6"):
        labels.set_label(5, "positif")


def test_damaged_or_foreign_files_get_a_message_and_are_not_overwritten(tmp_path):
    foreign = tmp_path / "komentar.csv"
    foreign.write_text("teks,sentimen\njalan rusak,negatif\n", encoding="utf-8")
    with pytest.raises(OwnCheckError, match="bukan file label"):
        LabelFile.open_or_create(foreign, comments(), WordModel())
    assert foreign.read_text(encoding="utf-8").startswith("teks,sentimen")
    labels = LabelFile.open_or_create(tmp_path / "l.csv", comments(), WordModel(), n=3)
    labels.frame.loc[0, "label"] = "marah"
    labels.save()
    with pytest.raises(OwnCheckError, match="tidak dikenal: marah"):
        LabelFile.open(tmp_path / "l.csv")
    with pytest.raises(OwnCheckError, match="belum ada"):
        LabelFile.open(tmp_path / "tidak_ada.csv")
    with pytest.raises(OwnCheckError, match=".csv"):
        LabelFile.open_or_create(tmp_path / "label.xlsx", comments(), WordModel())


# --------------------------------------------------------------------------- evaluation


def label_frame(rows) -> pd.DataFrame:
    """A label file's frame from (text, stratum, stratum size, label) rows."""
    frame = pd.DataFrame(rows, columns=["teks", "strata", "jumlah_strata", "label"])
    frame.insert(0, "no", range(1, len(frame) + 1))
    frame.insert(1, "kunci", frame["teks"].map(text_key))
    frame["waktu"] = ""
    return frame[own_check.COLUMNS]


def test_a_model_that_is_always_right_scores_one_with_a_tight_interval():
    rows = [(f"{w} k{i}", s, 50, s) for i in range(10)
            for w, s in (("pos", "positif"), ("net", "netral"), ("neg", "negatif"))]
    result = evaluate(WordModel(), label_frame(rows))
    assert result.accuracy == 1 and result.accuracy_interval == (1.0, 1.0)
    assert result.macro_f1 == pytest.approx(1.0)
    assert result.n_labelled == result.n_confident == 30
    assert "Model yakin pada semua komentar itu." in result.summary()


def test_accuracy_is_weighted_by_how_many_comments_each_label_stands_for():
    # negatif stratum: 1000 comments, 10 labelled, 5 right; positif: 100 comments, 10 labelled,
    # all right.  Unweighted 75%; weighted (500 + 100) / 1100.
    rows = [(f"neg a{i}", "negatif", 1000, "negatif" if i < 5 else "netral") for i in range(10)]
    rows += [(f"pos b{i}", "positif", 100, "positif") for i in range(10)]
    result = evaluate(WordModel(), label_frame(rows))
    assert result.accuracy == pytest.approx(600 / 1100)
    truth = ["negatif" if i < 5 else "netral" for i in range(10)] + ["positif"] * 10
    expected = f1_score(truth, ["negatif"] * 10 + ["positif"] * 10, average="macro",
                        sample_weight=[100] * 10 + [10] * 10)
    assert result.macro_f1 == pytest.approx(expected)
    low, high = result.accuracy_interval
    assert low < result.accuracy < high
    assert low > 0.2 and high < 0.9


def test_uncertain_and_skipped_comments_are_not_counted_as_right_or_wrong():
    rows = [(f"neg a{i}", "negatif", 40, "negatif") for i in range(10)]
    rows += [(f"ragu b{i}", "ragu-ragu", 60, "positif") for i in range(10)]
    rows += [("pos c", "positif", 5, "lewati"), ("pos d", "positif", 5, "")]
    result = evaluate(WordModel(), label_frame(rows))
    assert result.accuracy == 1 and result.macro_f1 == 1, "classes never seen do not count"
    assert result.n_labelled == 20 and result.n_confident == 10
    assert result.n_skipped == 1 and result.n_unlabelled == 1
    assert result.uncertain_share == pytest.approx(0.6)
    assert result.table["benar"].isna().sum() == 10
    assert result.mistakes().empty
    assert "10 diberi label yakin oleh model; 10 lainnya ragu-ragu" in result.summary()
    assert result.per_class.loc["positif", "dilabeli_anda"] == 10


def test_mistakes_lists_the_confident_wrong_guesses():
    rows = [("neg a", "negatif", 5, "positif"), ("neg b", "negatif", 5, "negatif"),
            ("ragu c", "ragu-ragu", 5, "netral")]
    result = evaluate(WordModel(), label_frame(rows), labelled_by="penyusun kit (contoh)")
    assert result.mistakes()[["teks", "label", "prediksi"]].values.tolist() == [
        ["neg a", "positif", "negatif"]]
    assert "dilabeli penyusun kit (contoh):" in result.sentence()


def test_interval_is_reproducible_and_narrows_with_more_labels():
    def frame(k):
        rows = [(f"neg x{i}", "negatif", 500, "negatif" if i % 4 else "positif")
                for i in range(k)]
        rows += [(f"pos y{i}", "positif", 500, "positif" if i % 3 else "netral")
                 for i in range(k)]
        return label_frame(rows)

    small, large = evaluate(WordModel(), frame(12)), evaluate(WordModel(), frame(120))
    assert evaluate(WordModel(), frame(12)).accuracy_interval == small.accuracy_interval
    width = lambda r: r.accuracy_interval[1] - r.accuracy_interval[0]  # noqa: E731
    assert width(large) < width(small) / 2
    assert small.few and not large.few
    assert "rentangnya lebar" in small.summary()
    assert "rentangnya lebar" not in large.summary()
    assert "95 dari 100 kali" in large.summary()


def test_sentence_for_the_brief_states_the_figures_in_indonesian():
    rows = [(f"neg a{i}", "negatif", 40, "negatif" if i else "netral") for i in range(40)]
    rows += [(f"pos b{i}", "positif", 40, "positif") for i in range(40)]
    sentence = evaluate(WordModel(), label_frame(rows)).sentence()
    assert sentence.startswith("Ketepatan model diukur pada 80 komentar")
    assert "benar 99%" in sentence and "rentang 95%:" in sentence
    assert "macro-F1 0,66" in sentence, "netral: labelled once, never predicted: F1 0"
    assert "sedikit" not in sentence


def test_no_labels_yet_gets_a_message(tmp_path):
    labels = LabelFile.open_or_create(tmp_path / "l.csv", comments(), WordModel(), n=5)
    with pytest.raises(OwnCheckError, match="beri label dulu"):
        evaluate(WordModel(), labels)
    labels.set_label(0, "lewati")
    with pytest.raises(OwnCheckError, match="beri label dulu"):
        evaluate(WordModel(), tmp_path / "l.csv")


def test_all_uncertain_gets_a_message():
    rows = [(f"ragu a{i}", "ragu-ragu", 10, "positif") for i in range(5)]
    with pytest.raises(OwnCheckError, match="ragu-ragu pada semua"):
        evaluate(WordModel(), label_frame(rows))


# --------------------------------------------------------------------------- retraining

BASE = pd.DataFrame({
    "teks": ["jalan rusak parah", "banjir lagi kecewa", "pelayanan lambat sekali",
             "terima kasih petugas ramah", "pelayanan cepat mantap", "jalan mulus bagus",
             "jam berapa kantor buka", "di mana lokasi posko", "syaratnya apa saja"] * 2,
    "sentimen": ["negatif"] * 3 + ["positif"] * 3 + ["netral"] * 3 + ["negatif"] * 3
    + ["positif"] * 3 + ["netral"] * 3,
})


def test_retrain_learns_the_own_labels_and_is_not_scored_on_them():
    rows = [("galau kali bah tambang", "netral", 10, "negatif"),
            ("galau kali bah sawit", "netral", 10, "negatif"),
            ("sip mantul bah", "netral", 10, "positif"),
            ("sip mantul pian", "netral", 10, "lewati")]
    frame = label_frame(rows)
    model = own_check.retrain(frame, base=BASE)
    assert model.own_label_keys_ == frozenset(frame["kunci"][:3])
    assert list(model.predict(["galau kali bah"])) == ["negatif"]
    with pytest.raises(OwnCheckError, match="sudah dipakai untuk melatih"):
        evaluate(model, frame)


def test_retrain_refuses_empty_labels_and_bad_options():
    empty = label_frame([("jalan rusak", "negatif", 3, "lewati")])
    with pytest.raises(OwnCheckError, match="Belum ada komentar berlabel"):
        own_check.retrain(empty, base=BASE)
    full = label_frame([("jalan rusak", "negatif", 3, "negatif")])
    with pytest.raises(OwnCheckError, match="repeat"):
        own_check.retrain(full, base=BASE, repeat=0)
    with pytest.raises(OwnCheckError, match="kolom 'teks' dan 'sentimen'"):
        own_check.retrain(full, base=BASE.rename(columns={"teks": "text"}))


def test_retrain_starts_from_the_default_training_data(monkeypatch):
    from humas_ai import sentiment

    monkeypatch.setattr(sentiment, "default_training_data", lambda **_: BASE, raising=False)
    frame = label_frame([("galau kali bah", "netral", 3, "negatif")])
    model = own_check.retrain(frame, repeat=2)
    assert set(model.classes_) == {"positif", "netral", "negatif"}
    assert model.own_label_keys_ == frozenset(frame["kunci"])


def test_retrain_uses_the_shipped_models_local_words_without_the_corpora():
    from humas_ai import sentiment

    shipped = sentiment.load_model().local_words
    frame = label_frame([("galau kali bah", "netral", 3, "negatif")])
    model = own_check.retrain(frame, base=BASE)
    learned = model.named_steps["fitur"].named_transformers["leksikon"].local_words
    if sentiment.USE_LOCAL_WORDS:
        assert shipped and learned.keys() == shipped.keys()
        assert all((learned[kind] == shipped[kind]).all() for kind in shipped)
    else:
        assert learned is None


# --------------------------------------------------------------------------- the demo file


def test_demo_label_file_is_a_complete_valid_label_file_without_personal_data():
    from humas_ai.ethics import find_pii

    labels = LabelFile.open(own_check.demo_labels_path())
    frame = labels.frame
    assert len(frame) == own_check.DEFAULT_SIZE and labels.next_position() is None
    assert set(frame["label"]) <= set(own_check.CLASSES)
    assert set(frame["strata"]) <= set(own_check.STRATA)
    assert (frame["kunci"] == frame["teks"].map(text_key)).all()
    sizes = frame.groupby("strata")["jumlah_strata"].agg(["min", "max", "size"])
    assert (sizes["min"] == sizes["max"]).all() and (sizes["size"] <= sizes["max"]).all()
    assert not [text for text in frame["teks"] if find_pii(text)]


# --------------------------------------------------------------------------- the gap on real text


def test_public_gap_reads_the_public_samples_and_returns_only_figures(tmp_path):
    from pathlib import Path

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    from humas_ai import corpora

    fixture = Path(__file__).parent / "fixtures" / "korpus"
    model = make_pipeline(TfidfVectorizer(), LogisticRegression()).fit(
        BASE["teks"], BASE["sentimen"])
    table = own_check.public_gap(model, BASE["teks"][:9], BASE["sentimen"][:9], root=fixture,
                                 check=False)
    assert list(table.index) == list(own_check.PUBLIC_GAP_MEASURED.index)
    assert list(table.columns) == ["jumlah", "akurasi", "macro_f1"]
    public = [len(corpora.load_nusax_sentiment("indonesian", "test", root=fixture, check=False)),
              len(corpora.load_smsa("valid", root=fixture, check=False))]
    assert table["jumlah"].tolist() == [9, *public]
    assert table.loc["Komentar kita (data uji)", "akurasi"] == 1
    assert table[["akurasi", "macro_f1"]].stack().between(0, 1).all()
    with pytest.raises(corpora.CorpusMissingError):
        own_check.public_gap(model, ["x"], ["netral"], root=tmp_path / "kosong")


def test_measured_gap_is_what_module_02_model_scores_on_the_real_corpora():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import make_pipeline

    from humas_ai import corpora
    from humas_ai.data import load_dataset

    # The corpora are never committed; CI and the offline bundle have them (../shared beside a
    # checkout, or korpus/), so this runs there.  Elsewhere the stored figures stay unchecked.
    if corpora.locate("nusax-senti-indonesian") is None or corpora.locate("smsa") is None:
        pytest.skip("the public corpora are not on this computer (see humas_ai.corpora)")
    comments = load_dataset("komentar_publik")
    comments = comments[comments["jenis"] != "spam"]  # module 02 drops spam before training
    train, test = train_test_split(comments, test_size=0.2, stratify=comments["sentimen"],
                                   random_state=42)
    model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000)).fit(
        train["teks"], train["sentimen"])
    table = own_check.public_gap(model, test["teks"], test["sentimen"])
    pd.testing.assert_frame_equal(table, own_check.PUBLIC_GAP_MEASURED, check_dtype=False)


def test_retrain_refuses_to_train_a_weaker_model_without_the_corpora(monkeypatch):
    from humas_ai import corpora, sentiment

    def missing(**_options):
        raise corpora.CorpusMissingError("korpus tidak ada")

    monkeypatch.setattr(sentiment, "default_training_data", missing, raising=False)
    frame = label_frame([("galau kali bah", "netral", 3, "negatif")])
    with pytest.raises(OwnCheckError, match="korpus publik yang tidak ada di laptop ini"):
        own_check.retrain(frame)
