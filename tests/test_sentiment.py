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
    predicted = fitted.predict(["jalan rusak", None, float("nan")])
    assert list(predicted) == [fitted.predict(["jalan rusak"])[0], *fitted.predict(["", ""])]
    np.testing.assert_allclose(fitted.predict_proba([None, float("nan")]),
                               fitted.predict_proba(["", ""]))
    assert set(predicted) <= set(fitted.classes_)


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
    best = fitted.predict_proba(["petugas lambat, kecewa", ""]).max(axis=1)
    np.testing.assert_allclose(result["keyakinan"], best)
    empty = sentiment.label_with_uncertainty(fitted, [""])
    assert result.iloc[1].tolist() == empty.iloc[0].tolist(), "a missing text counts as empty"
    assert set(result["sentimen"]) <= {"positif", "netral", "negatif", sentiment.UNCERTAIN}


# --------------------------------------------------------------------------- default model

KORPUS = __import__("pathlib").Path(__file__).parent / "fixtures" / "korpus"


@pytest.fixture
def fixture_checksums(monkeypatch):
    """The fixture corpora's own checksums stand in for the published ones."""
    from humas_ai import corpora

    for path in corpora.CHECKSUMS:
        if (KORPUS / path).is_file():
            monkeypatch.setitem(corpora.CHECKSUMS, path, corpora.sha256(KORPUS / path))


def test_sentiment_words_count_and_negation_flips():
    features = sentiment.SentimentWordFeatures(weight=1.0)
    rows = features.fit_transform(["pelayanan bagus ramah", "belum bagus lambat", "kapan buka"])
    rows = rows.toarray()
    assert rows[0].tolist() == pytest.approx([np.log(3), 0, 1, 0])
    assert rows[1].tolist() == pytest.approx([0, np.log(3), 0, 1])  # "belum bagus" is negative
    assert rows[2].tolist() == [0, 0, 0, 0]
    assert sentiment.SentimentWordFeatures(weight=2.0).transform(["bagus"]).toarray()[0, 2] == 2


def test_pipeline_counts_sentiment_words_unless_asked_not_to(corpus):
    union = sentiment.make_pipeline().named_steps["fitur"]
    assert [name for name, _ in union.transformer_list] == ["kata", "huruf", "leksikon"]
    plain = sentiment.make_pipeline(lexicon=False).named_steps["fitur"]
    assert "leksikon" not in dict(plain.transformer_list)
    model = sentiment.make_pipeline().fit(*corpus)
    assert model.predict(["petugasnya tidak ramah"])[0] == "negatif"  # negation flips "ramah"


def test_seen_columns_keep_features_of_two_texts_and_expand_back():
    from scipy import sparse

    counts = sparse.csr_matrix(np.array([[1, 0, 2, 0], [1, 0, 0, 0], [3, 0, 1, 1]],
                                        dtype=np.float32))
    kept = sentiment.SeenColumns(min_df=2).fit(counts)
    assert kept.columns_.tolist() == [0, 2]
    assert kept.transform(counts).toarray().tolist() == [[1, 2], [1, 0], [3, 1]]
    assert kept.transform(counts).dtype == np.float32
    assert kept.expand(np.array([[5.0, 7.0]])).tolist() == [[5, 0, 7, 0]]


def test_default_recipe_learns_only_repeated_features_in_float32(corpus):
    pipeline = sentiment.make_default_pipeline().fit(*corpus)
    features = pipeline[:-1].transform(corpus[0])
    assert features.dtype == np.float32  # half the memory of float64 while training
    assert features.shape[1] == len(pipeline.named_steps["kolom"].columns_)
    assert features.shape[1] < 2**18 + 2**19 + 4
    assert pipeline.named_steps["model"].coef_.shape == (3, features.shape[1])


def test_lexicon_polarity_maps_local_words_to_our_word_kinds(fixture_checksums):
    local = sentiment.lexicon_polarity(KORPUS, languages=("banjarese",))
    hashed = {kind: set(values.tolist()) for kind, values in local.items()}
    assert hashed == {"positif": {sentiment.word_hash("capat")},            # cepat
                      "negatif": {sentiment.word_hash("lawas"), sentiment.word_hash("kadap")},
                      "negasi": {sentiment.word_hash("kada")}}              # tidak
    assert all(values.dtype == np.int64 for values in local.values())  # numbers, no text
    words = sentiment.SentimentWordFeatures(weight=1.0, local_words=local)
    rows = words.transform(["pelayanan capat", "pelayanan kada capat", "kadap wan lawas"])
    assert rows.toarray()[:, 2:].tolist() == [[1, 0], [0, 1], [0, 1]]
    plain = sentiment.SentimentWordFeatures(weight=1.0).transform(["pelayanan capat"])
    assert plain.toarray().tolist() == [[0, 0, 0, 0]]


def test_exported_model_keeps_its_local_words(corpus, tmp_path):
    local = {"positif": np.array([sentiment.word_hash("capat")]),
             "negatif": np.array([sentiment.word_hash("kadap")]), "negasi": np.array([])}
    pipeline = sentiment.make_default_pipeline(local_words=local).fit(*corpus)
    sentiment.export_model(pipeline, tmp_path, {"dibuat": "2026-01-01"})
    loaded = sentiment.load_model(tmp_path)
    texts = ["pelayanan capat", "jalan kadap", "kapan buka"]
    np.testing.assert_allclose(loaded.predict_proba(texts), pipeline.predict_proba(texts),
                               atol=1e-5)


def test_training_data_leaves_spam_out(monkeypatch):
    from humas_ai import data as data_module

    table = pd.DataFrame({"teks": ["bagus", "promo slot gacor", "rusak"],
                          "sentimen": ["positif", "netral", "negatif"],
                          "jenis": ["biasa", "spam", "terkoordinasi"]})
    monkeypatch.setattr(data_module, "load_dataset", lambda name: table)
    assert sentiment.our_comments()["teks"].tolist() == ["bagus", "rusak"]
    training = sentiment.default_training_data(sources=("komentar",))
    assert training["teks"].tolist() == ["bagus", "rusak"]


def test_near_duplicates_finds_edited_copies_only():
    references = ["Pelayanan di kantor kelurahan cepat dan ramah sekali.",
                  "Jalan menuju pasar induk rusak berlubang sejak tahun lalu."]
    texts = ["pelayanan di kantor kelurahan cepat dan ramah sekali .",  # same words
             "jalan menuju pasar induk rusak sejak tahun lalu",           # edited copy
             "harga cabai di pasar naik lagi minggu ini"]                  # different
    assert sentiment.near_duplicates(texts, references).tolist() == [True, True, False]


def test_exported_model_gives_the_pipeline_probabilities(corpus, tmp_path):
    pipeline = sentiment.make_default_pipeline().fit(*corpus)
    sentiment.export_model(pipeline, tmp_path, {"dibuat": "2026-01-01"})
    loaded = sentiment.load_model(tmp_path)
    texts = corpus[0] + ["jalan tidak bagus, petugas lambat", "", "kapan dibuka pendaftaran?"]
    np.testing.assert_allclose(loaded.predict_proba(texts), pipeline.predict_proba(texts),
                               atol=1e-5)
    assert list(loaded.classes_) == list(pipeline.classes_)
    assert list(loaded.predict(texts)) == list(pipeline.predict(texts))
    with np.load(tmp_path / "bobot.npz", allow_pickle=False) as data:  # numbers only, no text
        assert all(data[key].dtype.kind in "fiU" for key in data.files)
    assert loaded.provenance["sha256_bobot"] == corpora_sha256(tmp_path / "bobot.npz")


def corpora_sha256(path):
    from humas_ai import corpora

    return corpora.sha256(path)


def test_missing_model_folder_says_how_to_rebuild(tmp_path):
    with pytest.raises(sentiment.SentimentInputError, match="build_default_model"):
        sentiment.load_model(tmp_path)


def test_training_data_without_corpora_warns_and_uses_our_comments(monkeypatch, tmp_path):
    from humas_ai import corpora

    monkeypatch.delenv(corpora.ENV_FOLDER, raising=False)
    monkeypatch.setenv(corpora.ENV_DATA_HOME, str(tmp_path))
    monkeypatch.setattr(corpora, "_bundle_copy", lambda: tmp_path / "b")
    monkeypatch.setattr(corpora, "_checkout_copy", lambda: tmp_path / "c")
    with pytest.warns(UserWarning, match="Korpus publik tidak ditemukan"):
        data = sentiment.default_training_data()
    assert set(data["sumber"]) == {"komentar_publik"}
    with pytest.raises(corpora.CorpusMissingError):
        sentiment.default_training_data(strict=True)


def test_training_data_from_the_corpora_keeps_test_sentences_out(fixture_checksums):
    data = sentiment.default_training_data(KORPUS, sources=("korpus",), strict=True,
                                           languages=("indonesian", "banjarese"),
                                           exclude_ids=[1])
    assert set(data["sumber"]) == {"smsa", "nusax"}
    assert list(data.columns) == ["teks", "sentimen", "sumber", "bahasa"]
    # fixture: 4 SmSA train sentences, none a copy of a NusaX test sentence
    assert (data["sumber"] == "smsa").sum() == 4
    nusax = data[data["sumber"] == "nusax"]
    assert set(nusax["bahasa"]) == {"indonesian", "banjarese"}
    assert not nusax["teks"].str.contains("kantor kelurahan|kalurahan").any()  # id 1 left out
    assert not nusax["teks"].str.contains("jembatan|Posko").any()  # no test sentence


def test_shipped_model_is_loaded_with_its_provenance():
    model = sentiment.train_default()
    assert isinstance(model, sentiment.DefaultSentimentModel)
    details = model.provenance
    assert details["versi"]["scikit-learn"] and details["dibuat"]
    assert details["data_latih"]["komentar_publik/campuran"] > 2000
    assert details["data_latih"]["smsa/indonesian"] > 10_000
    assert {"nusax/banjarese", "nusax/buginese", "nusax/javanese", "nusax/ngaju"} \
        <= set(details["data_latih"])
    assert details["sha256_bobot"] == corpora_sha256(sentiment.MODEL_DIR / "bobot.npz")
    size = sum(path.stat().st_size for path in sentiment.MODEL_DIR.iterdir())
    assert size < 6 * 2**20


def test_default_model_reads_local_languages_and_says_when_unsure():
    model = sentiment.train_default()
    result = sentiment.label_with_uncertainty(model, [
        "pelayanan di kantor camat bagus banar, tarima kasih",   # Banjar: positive
        "jalan kampung kami rusak parah, kada dibaiki",          # Banjar: negative
        "ok",
    ])
    assert result["sentimen"].tolist()[:2] == ["positif", "negatif"]
    assert result["keyakinan"].between(0, 1).all()
    explanation = sentiment.explain(model, "petugas lambat, kecewa sekali")
    assert explanation.label == "negatif"


def test_model_card_is_printed_and_matches_the_book(capsys):
    sentiment.model_card()
    printed = capsys.readouterr().out
    assert "Kartu model" in printed and "ragu-ragu" in printed
    assert sentiment.train_default().provenance["dibuat"] in printed
    book = __import__("pathlib").Path(__file__).parent.parent / "docs" / "kartu-model.md"
    assert book.read_text(encoding="utf-8") == \
        (sentiment.MODEL_DIR / "kartu-model.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_build_default_model_from_a_corpus_folder(tmp_path, fixture_checksums):
    model = sentiment.build_default_model(tmp_path, KORPUS,
                                          languages=("indonesian", "banjarese"))
    assert (tmp_path / "bobot.npz").is_file()
    assert model.provenance["data_latih"]["nusax/banjarese"] == 4
    assert "smsa" in model.provenance["korpus"]
    assert list(model.predict(["pelayanan ramah dan cepat"])) == ["positif"]


def test_the_loaded_default_model_cleans_texts_with_the_recipe_s_own_step(monkeypatch):
    from humas_ai.text import TextPreprocessor

    text = "Pelayanan lambat sekali 😡"
    expected = list(sentiment.load_model().predict([text]))
    seen = []
    recipe = sentiment.make_default_pipeline

    class Recording(TextPreprocessor):
        def transform(self, texts):
            seen.extend(texts)
            return super().transform(texts)

    def recording_recipe(**options):
        pipeline = recipe(**options)
        pipeline.steps[0] = ("pra", Recording(**pipeline.named_steps["pra"].get_params()))
        return pipeline

    monkeypatch.setattr(sentiment, "make_default_pipeline", recording_recipe)
    assert list(sentiment.load_model().predict([text])) == expected
    assert seen == [text], "one definition: the recipe's own step cleans the loaded model's input"
