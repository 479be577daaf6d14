"""Sentiment classification of public comments.

:func:`make_pipeline` builds an unfitted scikit-learn estimator that takes
raw texts and any label set with two or more classes::

    model = make_pipeline()
    model.fit(train_texts, train_labels)
    model.predict(["jalan rusak lagi, kapan diperbaiki?"])

Design, chosen to generalise beyond the bundled data: our Indonesian
cleaning and slang normalisation, but without stopword removal (question
words such as "kapan" and "apakah" and function words such as "sudah" carry
sentiment: removing them cost 0.10 macro-F1 in ``bench/quality.py``) and
without stemming (Sastrawi over-stems informal words), word
unigrams and bigrams (so "tidak bagus" is a feature of its own) joined with
character n-grams inside word boundaries (robust to typos, repeated letters
and spelling variants that the slang lexicon does not know), and a
class-balanced logistic regression, which also gives probabilities for the
live tester.

:func:`evaluate` reports macro-F1, per-class scores and the confusion matrix;
:func:`explain` shows which words pushed one prediction, by removing each
word in turn and measuring how the probabilities change (it works for any
pipeline that has ``predict_proba``).
"""

from __future__ import annotations

import functools
import json
import math
import re
import warnings
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import normalize

from humas_ai import report
from humas_ai.errors import HumasAIError
from humas_ai.inputs import text_list
from humas_ai.text import TextPreprocessor, clean_text, tokenize


class SentimentInputError(HumasAIError):
    """Texts or labels given to the sentiment tools cannot be used."""


def check_texts(texts) -> list[str]:
    """Return ``texts`` as a list of str; None/NaN become ``""``; other types are refused."""
    return text_list(texts, SentimentInputError)


def check_labels(labels, count: int) -> list[str]:
    """Labels as strings, same length as the texts, at least two classes, no missing."""
    values = list(labels)
    if len(values) != count:
        raise SentimentInputError(
            f"Jumlah label ({len(values)}) tidak sama dengan jumlah teks ({count}). "
            "Ambil teks dan label dari tabel yang sama, misalnya df['teks'] dan df['sentimen']."
        )
    if any(value is None or (isinstance(value, float) and math.isnan(value)) for value in values):
        raise SentimentInputError(
            "Ada label yang kosong (NaN). Buang baris tanpa label dulu, misalnya "
            "df = df.dropna(subset=['sentimen'])."
        )
    values = [str(value) for value in values]
    if len(set(values)) < 2:
        raise SentimentInputError(
            f"Semua label sama ('{values[0]}'). Model butuh contoh dari minimal dua kelas, "
            "misalnya positif dan negatif."
        )
    return values


class SentimentPipeline(Pipeline):
    """A scikit-learn ``Pipeline`` that checks its input and explains problems in Indonesian."""

    def fit(self, X, y=None, **params):
        texts = check_texts(X)
        labels = check_labels(y, len(texts))
        if not any(clean_text(text) for text in texts):
            raise SentimentInputError(
                "Semua teks kosong setelah dibersihkan (hanya tautan, angka, atau tanda baca). "
                "Periksa apakah kolom teks yang dipilih sudah benar."
            )
        return super().fit(texts, labels, **params)

    def predict(self, X, **params):
        return super().predict(check_texts(X), **params)

    def predict_proba(self, X, **params):
        return super().predict_proba(check_texts(X), **params)


def make_pipeline(
    *,
    stopwords: bool = False,
    stemming: bool = False,
    char_ngrams: bool = True,
    lexicon: bool = True,
    C: float = 4.0,
    class_weight: str | None = "balanced",
    random_state: int = 0,
) -> SentimentPipeline:
    """Return an unfitted sentiment model for raw texts and any set of 2+ labels.

    Options: ``stopwords`` and ``stemming`` (both off by default), ``char_ngrams``
    (character 2–5-grams beside words), ``lexicon`` (counts of the positive and
    negative words of :data:`POSITIVE_WORDS` and :data:`NEGATIVE_WORDS`, see
    :class:`SentimentWordFeatures`), ``C`` (less regularisation when larger) and
    ``class_weight``.
    """
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True,
                            token_pattern=r"(?u)\b[\w-]+\b")
    features = [("kata", words)]
    if char_ngrams:
        characters = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                     sublinear_tf=True, max_features=150_000)
        features.append(("huruf", characters))
    if lexicon:
        features.append(("leksikon", SentimentWordFeatures(DEFAULT_LEXICON_WEIGHT)))
    return SentimentPipeline([
        ("pra", TextPreprocessor(stopwords=stopwords, stemming=stemming)),
        ("fitur", FeatureUnion(features)),
        ("model", LogisticRegression(C=C, class_weight=class_weight, max_iter=3000,
                                     random_state=random_state)),
    ])


@dataclass
class Evaluation:
    """Scores of a fitted model on labelled texts."""

    macro_f1: float
    per_class: pd.DataFrame
    confusion: pd.DataFrame
    figure: Figure

    def _repr_html_(self) -> str:
        return (f"<p><b>Macro-F1: {self.macro_f1:.3f}</b></p>"
                + self.per_class.to_html(float_format="{:.3f}".format))

    def __repr__(self) -> str:
        return f"Macro-F1: {self.macro_f1:.3f}\n{self.per_class.round(3).to_string()}"


def evaluate(model, texts, labels) -> Evaluation:
    """Macro-F1, precision/recall/F1 per class, the confusion matrix and its plot."""
    texts = check_texts(texts)
    truth = [str(label) for label in labels]
    if len(truth) != len(texts):
        check_labels(truth, len(texts))
    predicted = [str(label) for label in model.predict(texts)]
    classes = report.order_labels(list(truth) + list(predicted))
    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=classes, zero_division=0
    )
    per_class = pd.DataFrame(
        {"presisi": precision, "recall": recall, "f1": f1, "jumlah": support}, index=classes
    )
    per_class.index.name = "kelas"
    matrix = confusion_matrix(truth, predicted, labels=classes)
    confusion = pd.DataFrame(matrix, index=classes, columns=classes)
    confusion.index.name, confusion.columns.name = "sebenarnya", "prediksi"
    macro = f1_score(truth, predicted, labels=classes, average="macro", zero_division=0)
    return Evaluation(float(macro), per_class, confusion,
                      report.plot_confusion_matrix(matrix, classes))


@dataclass
class Explanation:
    """Why the model predicted ``label`` for ``text``."""

    text: str
    label: str
    probabilities: pd.Series
    words: pd.DataFrame  # columns: kata, then one column per class (change in probability)

    def for_class(self, label: str | None = None, top: int = 8) -> pd.DataFrame:
        """The words that moved the probability of ``label`` most, largest effect first."""
        label = label or self.label
        table = self.words[["kata", label]].rename(columns={label: "pengaruh"})
        return table.reindex(table["pengaruh"].abs().sort_values(ascending=False).index).head(top)

    def plot(self, label: str | None = None, top: int = 8) -> Figure:
        label = label or self.label
        return report.plot_word_weights(self.for_class(label, top), label)

    def summary(self, top: int = 3) -> str:
        """A sentence a non-programmer can read."""
        share = self.probabilities[self.label]
        pushing = self.for_class(top=top)
        pushing = pushing[pushing["pengaruh"] > 0]["kata"].tolist()
        words = ", ".join(f"'{word}'" for word in pushing) or "tidak ada kata yang menonjol"
        return (f"Prediksi: {self.label} (peluang {share:.0%}). "
                f"Kata yang paling mendorong ke arah '{self.label}': {words}.")

    def __repr__(self) -> str:
        return self.summary()


def explain(model, text: str) -> Explanation:
    """Explain one prediction by leaving each word out and re-scoring the text.

    The effect of a word is how much the probability of each class drops
    (positive number) or rises (negative number) when that word is removed.
    """
    if not isinstance(text, str) or not text.strip():
        raise SentimentInputError("Berikan satu komentar berupa teks yang tidak kosong.")
    words = list(dict.fromkeys(tokenize(clean_text(text))))
    variants = [text] + [_without(text, word) for word in words]
    probabilities = np.asarray(model.predict_proba(variants))
    classes = [str(label) for label in model.classes_]
    full = probabilities[0]
    effects = pd.DataFrame(full - probabilities[1:], columns=classes)
    effects.insert(0, "kata", words)
    label = classes[int(full.argmax())]
    return Explanation(text, label, pd.Series(full, index=classes), effects)


def _without(text: str, word: str) -> str:
    cleaned = tokenize(clean_text(text))
    return " ".join(token for token in cleaned if token != word)


#: The label given when the model is not sure enough (see :func:`label_with_uncertainty`).
UNCERTAIN = "ragu-ragu"
#: Below this probability of its best class the default model's label is not trusted.
DEFAULT_THRESHOLD = 0.55
#: Regularisation of the default model and the weight of its sentiment-word counts.
DEFAULT_C = 1.0
DEFAULT_LEXICON_WEIGHT = 2.0
#: A hashed feature must occur in this many training texts to get a weight.
DEFAULT_MIN_DF = 2


def label_with_uncertainty(model, texts, threshold: float = DEFAULT_THRESHOLD) -> pd.DataFrame:
    """Label each text, or say :data:`UNCERTAIN` when the model's best probability is too low.

    Returns a table with ``sentimen`` (a class of the model, or ``"ragu-ragu"`` when the
    highest probability is below ``threshold``) and ``keyakinan`` (that highest
    probability, 0-1).  A pandas Series keeps its index, so the result lines up with the
    rows it came from::

        df[["sentimen", "keyakinan"]] = label_with_uncertainty(model, df["teks"])
    """
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) \
            or not 0 <= threshold <= 1:
        raise SentimentInputError(
            f"Ambang keyakinan harus angka antara 0 dan 1, bukan {threshold!r}. "
            f"Contoh: threshold={DEFAULT_THRESHOLD}."
        )
    index = texts.index if isinstance(texts, pd.Series) else None
    checked = check_texts(texts)
    probabilities = np.asarray(model.predict_proba(checked), dtype=float)
    classes = np.asarray([str(label) for label in model.classes_], dtype=object)
    best = probabilities.argmax(axis=1)
    confidence = probabilities[np.arange(len(checked)), best]
    labels = np.where(confidence >= threshold, classes[best], UNCERTAIN)
    return pd.DataFrame({"sentimen": labels, "keyakinan": confidence}, index=index)


# --------------------------------------------------------------------------- default model
#
# The model participants apply to their own comments.  It is learned from public,
# human-labelled corpora (IndoNLU SmSA; NusaX-Senti in Indonesian, English and ten local
# languages) together with our written comments (komentar_publik), with the same
# preprocessing as make_pipeline() plus a small sentiment-word prior written by us
# (:data:`POSITIVE_WORDS`, :data:`NEGATIVE_WORDS`) that carries across domains: measured in
# bench/real_text.py, it is what lifts transfer between the corpora and our comments.
#
# What ships is a compact artefact in humas_ai/model_sentimen/ (no pickle, no text): the
# features are hashed, so the file holds only numbers (the idf and the weights of the
# features seen in training) and its provenance (model.json).  Every laptop loads the same
# model without any corpus; build_default_model() reproduces it from the corpora.

#: Evaluative words (our own list) counted by :class:`SentimentWordFeatures`.
_POSITIVE = """
    baik bagus mantap mantul keren hebat salut puas senang gembira bahagia suka cinta sayang
    terima kasih makasih trims apresiasi bangga sukses berhasil lancar cepat sigap tanggap
    ramah sopan bersih rapi nyaman aman tertib indah cantik megah enak lezat nikmat murah
    terjangkau mudah praktis membantu bermanfaat berguna manfaat bantu mulus jelas transparan
    profesional amanah jujur adil semangat luar biasa top juara istimewa memuaskan menyenangkan
    rekomendasi recommended oke ok sempurna maju berkembang meningkat peduli perhatian
    responsif solutif inovatif kreatif asri sejuk segar ramai lengkap luas strategis mewah
    terbaik favorit alhamdulillah syukur beruntung untung hemat gratis membanggakan
    menginspirasi inspiratif setuju dukung mendukung lanjutkan pertahankan sehat pulih tuntas
    selesai beres harmonis rukun damai senyum tertawa hangat bersahabat efektif efisien akurat
    tepat tangkas gesit cekatan menarik seru asyik asik lucu cocok pas kualitas berkualitas
    terpercaya sabar lembut empuk gurih renyah wangi harum modern elegan unik keren
    menakjubkan mengagumkan positif mantab top-markotop rekomendasikan puji memuji pujian
    menang kemenangan prestasi terbantu tersenyum ceria
"""
_NEGATIVE = """
    buruk jelek parah kecewa mengecewakan kesal marah sedih benci rusak hancur bobrok lambat
    lelet lama telat terlambat macet mati padam bau kotor jorok kumuh bising berisik mahal
    mahalnya sulit susah ribet rumit repot bingung kacau semrawut berantakan gagal bohong dusta
    tipu penipuan korupsi pungli pungutan suap curang lalai abai cuek acuh kasar sombong judes
    galak jutek malas percuma sia-sia mubazir boros bahaya berbahaya rawan takut khawatir cemas
    resah keluh mengeluh keluhan protes komplain sampah banjir longsor berlubang lubang retak
    bocor mogok gangguan error antre antri mengantre lapar miskin sakit menderita sengsara rugi
    merugikan dirugikan ditipu hilang dicuri maling kriminal tidak becus amburadul asal-asalan
    menyesal nyesel kapok payah lemah kurang hambar basi keras pahit panas sempit sesak penuh
    pengap gelap sepi menyebalkan keterlaluan seenaknya diskriminasi zalim janji palsu
    pencitraan omong kosong menyedihkan membosankan bosan kecewanya buruknya jeleknya kotornya
    negatif alot amis asin lembek hangus cacat palsu tertipu menipu kecelakaan tewas meninggal
    korban bencana kebakaran musibah kerusuhan ricuh kecam mengecam kritik tolak menolak
    gugat sengketa ancam ancaman terancam penipu pelecehan kekerasan pembunuhan narkoba
    ditangkap tersangka terdakwa kalah merosot anjlok defisit utang krisis inflasi
    pengangguran stres frustrasi jengkel sebal muak capek lelah ngantuk tersiksa
"""
POSITIVE_WORDS: frozenset[str] = frozenset(_POSITIVE.split())
NEGATIVE_WORDS: frozenset[str] = frozenset(_NEGATIVE.split())
#: A word right after one of these counts for the opposite side ("tidak bagus").
NEGATORS: frozenset[str] = frozenset(
    {"tidak", "tak", "bukan", "belum", "jangan", "kurang", "tanpa", "enggak", "gak", "nggak"})

MODEL_DIR = Path(__file__).resolve().parent / "model_sentimen"
_WEIGHTS = "bobot.npz"
_PROVENANCE = "model.json"
_WORD_FEATURES = 2**18
_CHAR_FEATURES = 2**19


def word_hash(word: str) -> int:
    """A stable number for a word (CRC-32), so word lists can ship as numbers, not text."""
    return zlib.crc32(word.encode("utf-8"))


#: The three kinds of word :class:`SentimentWordFeatures` knows.
WORD_KINDS = ("positif", "negatif", "negasi")


class SentimentWordFeatures(TransformerMixin, BaseEstimator):
    """Counts of positive and negative words (negation flips a word), scaled by ``weight``.

    Input: preprocessed texts (words separated by spaces).  Output, per text:
    log(1 + positives), log(1 + negatives), positives > negatives, negatives > positives.

    The words are :data:`POSITIVE_WORDS`, :data:`NEGATIVE_WORDS` and :data:`NEGATORS`,
    plus, when given, ``local_words``: for each kind of :data:`WORD_KINDS`, the
    :func:`word_hash` of more words (local-language words from the NusaX lexicons whose
    Indonesian translation is of that kind, see :func:`lexicon_polarity`).
    """

    def __init__(self, weight: float = 2.0, local_words: dict | None = None):
        self.weight = weight
        self.local_words = local_words

    def fit(self, texts, y=None):
        return self

    def _kinds(self) -> dict[str, frozenset[int]]:
        local = self.local_words or {}
        return {kind: frozenset(int(value) for value in local.get(kind, ()))
                for kind in WORD_KINDS}

    def transform(self, texts):
        local = self._kinds()
        cache: dict[str, tuple[int, bool]] = {}

        def kind(token: str) -> tuple[int, bool]:  # (1 positive / -1 negative / 0, negator?)
            if token not in cache:
                hashed = word_hash(token) if self.local_words else None
                polarity = (1 if token in POSITIVE_WORDS else -1 if token in NEGATIVE_WORDS
                            else 0 if hashed is None else 1 if hashed in local["positif"]
                            else -1 if hashed in local["negatif"] else 0)
                negator = token in NEGATORS or (hashed is not None and hashed in local["negasi"])
                cache[token] = (polarity, negator)
            return cache[token]

        rows = np.zeros((len(texts), 4), dtype=np.float32)
        for row, text in enumerate(texts):
            kinds = [kind(token) for token in text.split()]
            positive = negative = 0
            for position, (polarity, _) in enumerate(kinds):
                if position > 0 and kinds[position - 1][1]:
                    polarity = -polarity
                positive += polarity == 1
                negative += polarity == -1
            rows[row] = (np.log1p(positive), np.log1p(negative), positive > negative,
                         negative > positive)
        return sparse.csr_matrix(rows * self.weight)


def lexicon_polarity(root=None, languages=None) -> dict[str, np.ndarray]:
    """Hashed local-language words whose Indonesian translation is positive, negative or a
    negator, from the NusaX word lexicons (``languages``: all of them by default).

    A word that is already Indonesian in our lists, a multi-word entry and a word whose
    translations disagree are left out.  Only numbers are returned (:func:`word_hash`), so
    the result can ship inside the model without the lexicons' text.
    """
    from humas_ai import corpora

    found: dict[str, set[str]] = {}
    for language in corpora.LEXICON_LANGUAGES if languages is None else languages:
        table = corpora.load_lexicon(language, root=root)
        for local, indonesian in zip(table["lokal"], table["indonesia"], strict=True):
            kind = _indonesian_kind(indonesian)
            if kind and len(local.split()) == 1:
                found.setdefault(local, set()).add(kind)
    known = POSITIVE_WORDS | NEGATIVE_WORDS | NEGATORS
    return {kind: np.array(sorted(word_hash(word) for word, kinds in found.items()
                                  if kinds == {kind} and word not in known), dtype=np.int64)
            for kind in WORD_KINDS}


def _indonesian_kind(phrase: str) -> str | None:
    """'positif', 'negatif' or 'negasi' for a translation in our lists ("tidak baik" flips)."""
    words = phrase.split()
    if len(words) == 1 and words[0] in NEGATORS:
        return "negasi"
    row = SentimentWordFeatures(weight=1.0).transform([" ".join(words)]).toarray()[0]
    return "positif" if row[2] else "negatif" if row[3] else None


class SeenColumns(TransformerMixin, BaseEstimator):
    """Keep only the feature columns found in at least ``min_df`` training texts.

    Hashing gives 2**18 + 2**19 columns, most of them empty; the classifier learns (and
    the optimiser keeps its history) only for the columns kept here, which cuts the memory
    and time of training.  ``columns_`` are the kept column numbers, in order.
    """

    def __init__(self, min_df: int = 2):
        self.min_df = min_df

    def fit(self, X, y=None):
        X = sparse.csr_matrix(X)
        counts = np.bincount(X.indices, minlength=X.shape[1])
        self.columns_ = np.flatnonzero(counts >= self.min_df).astype(np.int64)
        self.n_columns_in_ = X.shape[1]
        return self

    def transform(self, X):
        return sparse.csr_matrix(X)[:, self.columns_]

    def expand(self, coef: np.ndarray) -> np.ndarray:
        """Weights of the kept columns put back at their full-width positions (zeros elsewhere)."""
        full = np.zeros((coef.shape[0], self.n_columns_in_), dtype=coef.dtype)
        full[:, self.columns_] = coef
        return full


def _hashers() -> tuple[HashingVectorizer, HashingVectorizer]:
    words = HashingVectorizer(ngram_range=(1, 2), token_pattern=r"(?u)\b[\w-]+\b",
                              n_features=_WORD_FEATURES, alternate_sign=False, norm=None,
                              dtype=np.float32)
    characters = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5),
                                   n_features=_CHAR_FEATURES, alternate_sign=False, norm=None,
                                   dtype=np.float32)
    return words, characters


def make_default_pipeline(*, C: float = DEFAULT_C, lexicon_weight: float = DEFAULT_LEXICON_WEIGHT,
                          min_df: int = DEFAULT_MIN_DF, local_words: dict | None = None,
                          random_state: int = 0) -> SentimentPipeline:
    """The unfitted recipe of the default model (hashed words and characters + word prior).

    ``local_words``: hashed local-language sentiment words (:func:`lexicon_polarity`).
    """
    words, characters = _hashers()
    tfidf = functools.partial(TfidfTransformer, sublinear_tf=True)
    return SentimentPipeline([
        ("pra", TextPreprocessor(stopwords=False, stemming=False)),
        ("fitur", FeatureUnion([
            ("kata", Pipeline([("hash", words), ("idf", tfidf())])),
            ("huruf", Pipeline([("hash", characters), ("idf", tfidf())])),
            ("leksikon", SentimentWordFeatures(lexicon_weight, local_words)),
        ])),
        ("kolom", SeenColumns(min_df=min_df)),
        ("model", LogisticRegression(C=C, class_weight="balanced", max_iter=3000,
                                     random_state=random_state)),
    ])


#: Whether the default model counts local-language sentiment words from the NusaX lexicons
#: (chosen on the NusaX valid sets in bench/real_text.py's notes, see docs/kartu-model.md).
USE_LOCAL_WORDS = True


def default_recipe(local_words: dict | None = None) -> SentimentPipeline:
    """The recipe :func:`build_default_model` trains: :func:`make_default_pipeline` with the
    local-language words of :func:`lexicon_polarity` when :data:`USE_LOCAL_WORDS`."""
    return make_default_pipeline(local_words=local_words if USE_LOCAL_WORDS else None)


# --------------------------------------------------------------------------- training data

#: NusaX languages the default model learns from (train and valid splits; test held out).
TRAINING_LANGUAGES = ("indonesian", "english", "acehnese", "balinese", "banjarese", "buginese",
                      "javanese", "madurese", "minangkabau", "ngaju", "sundanese", "toba_batak")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def near_duplicates(texts, references, min_overlap: float = 0.3) -> np.ndarray:
    """Which ``texts`` repeat one of ``references``: the same words, or a word overlap
    (Jaccard on the words rarer than 50 references) of at least ``min_overlap``.

    NusaX was translated from SmSA sentences, so SmSA holds (edited) copies of NusaX test
    sentences; they are left out of training to keep the NusaX test sets unseen.
    """
    reference_sets = [set(_words(text)) for text in references]
    exact = {" ".join(_words(text)) for text in references}
    index: dict[str, set[int]] = {}
    for number, words in enumerate(reference_sets):
        for word in words:
            index.setdefault(word, set()).add(number)
    flags = []
    for text in texts:
        words = set(_words(text))
        if " ".join(_words(text)) in exact:
            flags.append(True)
            continue
        counts = Counter(number for word in words if len(index.get(word, ())) < 50
                         for number in index.get(word, ()))
        flags.append(any(shared / len(words | reference_sets[number]) >= min_overlap
                         for number, shared in counts.items()))
    return np.array(flags, dtype=bool)


def default_training_data(root=None, *, sources=("korpus", "komentar"),
                          languages=TRAINING_LANGUAGES, exclude_ids=None,
                          strict: bool = False) -> pd.DataFrame:
    """What the default model learns from: columns ``teks``, ``sentimen``, ``sumber``, ``bahasa``.

    ``"korpus"``: IndoNLU SmSA train and NusaX-Senti train and valid in every language of
    :data:`TRAINING_LANGUAGES`; SmSA sentences that repeat a NusaX test sentence are left
    out (:func:`near_duplicates`), so the NusaX test sets stay unseen in every language.
    ``languages`` chooses the NusaX languages; ``exclude_ids`` leaves out more NusaX ids.
    ``"komentar"``: our komentar_publik, without spam (:func:`our_comments`).
    Without the corpora on this computer: ``strict`` raises
    :class:`humas_ai.corpora.CorpusMissingError`; otherwise a warning, and only our comments.
    """
    from humas_ai import corpora

    parts = []
    if "korpus" in sources:
        try:
            parts += _corpus_parts(root, languages, set(exclude_ids or ()))
        except corpora.CorpusMissingError:
            if strict:
                raise
            warnings.warn("Korpus publik tidak ditemukan: data latih hanya komentar_publik. "
                          "Lihat humas_ai.corpora.fetch() untuk mendapatkan korpus.",
                          stacklevel=2)
    if "komentar" in sources:
        comments = our_comments()
        parts.append(pd.DataFrame({"teks": comments["teks"], "sentimen": comments["sentimen"],
                                   "sumber": "komentar_publik", "bahasa": "campuran"}))
    if not parts:
        raise SentimentInputError("Pilih sumber data latih: 'korpus', 'komentar' atau keduanya.")
    return pd.concat(parts, ignore_index=True)


def our_comments() -> pd.DataFrame:
    """``komentar_publik`` without the rows marked as spam (column ``jenis``, when present).

    Spam (advertising, links to online gambling) has no opinion about the agency, so the
    default model neither learns from it nor is scored on it.
    """
    from humas_ai.data import load_dataset

    comments = load_dataset("komentar_publik")
    if "jenis" in comments.columns:
        comments = comments[comments["jenis"] != "spam"].reset_index(drop=True)
    return comments


def _corpus_parts(root, languages, exclude_ids: set[int]) -> list[pd.DataFrame]:
    from humas_ai import corpora

    test = corpora.load_nusax_sentiment("indonesian", "test", root=root)
    smsa = corpora.load_smsa("train", root=root)
    smsa = smsa[~near_duplicates(smsa["teks"], test["teks"])]
    parts = [smsa.assign(sumber="smsa", bahasa="indonesian")]
    for language in languages:
        for split in ("train", "valid"):
            table = corpora.load_nusax_sentiment(language, split, root=root)
            table = table[~table["id"].isin(exclude_ids)]
            parts.append(table[["teks", "sentimen"]].assign(sumber="nusax", bahasa=language))
    return parts


# --------------------------------------------------------------------------- the artefact


class DefaultSentimentModel:
    """The shipped default model: hashed features, idf and weights read from an ``.npz``.

    Behaves like a fitted pipeline for the kit: ``predict``, ``predict_proba``,
    ``classes_`` (so :func:`explain`, :func:`evaluate`, :func:`label_with_uncertainty`
    and the tester widget work); ``provenance`` says what it learned from.
    """

    def __init__(self, arrays: dict[str, np.ndarray], provenance: dict):
        self.classes_ = np.array([str(label) for label in arrays["classes"]], dtype=object)
        self.provenance = provenance
        self._pre = make_default_pipeline().named_steps["pra"]  # the recipe's, not a copy
        self._words, self._characters = _hashers()
        local = {kind: arrays[f"leksikon_{kind}"] for kind in WORD_KINDS
                 if f"leksikon_{kind}" in arrays}
        self._lexicon = SentimentWordFeatures(float(arrays["lexicon_weight"]), local or None)
        #: the hashed local-language words the model learned with (``None`` if none), so a
        #: retrain on a laptop without the corpora uses the same recipe (:func:`default_recipe`)
        self.local_words = local or None
        blocks, weights = [], []
        for name, size in (("kata", _WORD_FEATURES), ("huruf", _CHAR_FEATURES)):
            idf = np.full(size, float(arrays[f"{name}_idf_unseen"]), dtype=np.float64)
            idf[arrays[f"{name}_index"]] = arrays[f"{name}_idf"]
            coef = np.zeros((len(self.classes_), size), dtype=np.float64)
            coef[:, arrays[f"{name}_index"]] = arrays[f"{name}_coef"]
            blocks.append(idf)
            weights.append(coef)
        self._idf = blocks
        self._coef = sparse.csr_matrix(np.hstack(weights + [arrays["leksikon_coef"]]).T)
        self._intercept = np.asarray(arrays["intercept"], dtype=np.float64)

    def _features(self, texts):
        cleaned = self._pre.transform(check_texts(texts))
        blocks = []
        for hasher, idf in zip((self._words, self._characters), self._idf, strict=True):
            counts = hasher.transform(cleaned).tocsr().astype(np.float64)
            counts.data = np.log(counts.data) + 1.0
            blocks.append(normalize(counts @ sparse.diags(idf)))
        blocks.append(self._lexicon.transform(cleaned))
        return sparse.hstack(blocks).tocsr()

    def decision_function(self, texts) -> np.ndarray:
        return (self._features(texts) @ self._coef).toarray() + self._intercept

    def predict_proba(self, texts) -> np.ndarray:
        scores = self.decision_function(texts)
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, texts) -> np.ndarray:
        return self.classes_[self.predict_proba(texts).argmax(axis=1)]

    def __repr__(self) -> str:
        return (f"DefaultSentimentModel(kelas={list(self.classes_)}, "
                f"dilatih={self.provenance.get('dibuat', '?')})")


def export_model(pipeline: SentimentPipeline, folder, provenance: dict) -> Path:
    """Write a fitted :func:`make_default_pipeline` as ``bobot.npz`` + ``model.json``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    union = pipeline.named_steps["fitur"]
    model = pipeline.named_steps["model"]
    full_coef = pipeline.named_steps["kolom"].expand(model.coef_)
    arrays: dict[str, np.ndarray] = {"classes": np.array(model.classes_, dtype=str),
                                     "intercept": model.intercept_.astype(np.float64)}
    start = 0
    for name, size in (("kata", _WORD_FEATURES), ("huruf", _CHAR_FEATURES)):
        idf = union.named_transformers[name].named_steps["idf"].idf_
        coef = full_coef[:, start:start + size]
        # Every column met in training keeps its idf (it counts in the l2 norm of a text
        # even without a weight); the others share the idf of an unseen feature.
        seen = np.flatnonzero((np.abs(coef).max(axis=0) > 0) | (idf < idf.max()))
        arrays[f"{name}_index"] = seen.astype(np.int32)
        arrays[f"{name}_idf"] = idf[seen].astype(np.float32)
        arrays[f"{name}_idf_unseen"] = np.float64(idf.max())
        arrays[f"{name}_coef"] = coef[:, seen].astype(np.float32)
        start += size
    arrays["leksikon_coef"] = full_coef[:, start:].T.astype(np.float64).T
    words = union.named_transformers["leksikon"]
    arrays["lexicon_weight"] = np.float64(words.weight)
    for kind, hashes in (words.local_words or {}).items():
        arrays[f"leksikon_{kind}"] = np.asarray(hashes, dtype=np.int64)
    weights = folder / _WEIGHTS
    np.savez_compressed(weights, **arrays)
    provenance = dict(provenance, berkas_bobot=_WEIGHTS, sha256_bobot=_sha256(weights))
    (folder / _PROVENANCE).write_text(json.dumps(provenance, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    return folder


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_model(folder=None) -> DefaultSentimentModel:
    """Read a model written by :func:`export_model` (the shipped one by default)."""
    folder = Path(folder) if folder is not None else MODEL_DIR
    weights, provenance = folder / _WEIGHTS, folder / _PROVENANCE
    if not weights.is_file() or not provenance.is_file():
        raise SentimentInputError(
            f"Model sentimen bawaan tidak ditemukan di {folder}. Pasang ulang paket humas-ai, "
            "atau bangun ulang modelnya dengan humas_ai.sentiment.build_default_model()."
        )
    details = json.loads(provenance.read_text(encoding="utf-8"))
    with np.load(weights, allow_pickle=False) as data:
        arrays = {key: data[key] for key in data.files}
    return DefaultSentimentModel(arrays, details)


def build_default_model(folder=None, root=None, *, sources=("korpus", "komentar"),
                        languages=TRAINING_LANGUAGES, exclude_ids=None) -> DefaultSentimentModel:
    """Train the default recipe on :func:`default_training_data` and write it to ``folder``.

    This is how ``humas_ai/model_sentimen`` was made (``folder=None`` overwrites it)::

        python -c "from humas_ai.sentiment import build_default_model; build_default_model()"

    It needs the public corpora (see :mod:`humas_ai.corpora`) and takes tens of seconds.
    """
    import platform

    import sklearn

    from humas_ai import __version__, corpora

    data = default_training_data(root, sources=sources, languages=languages,
                                 exclude_ids=exclude_ids, strict=True)
    lexicons = [language for language in languages if language in corpora.LEXICON_LANGUAGES]
    local_words = lexicon_polarity(root, lexicons) if "korpus" in sources and USE_LOCAL_WORDS \
        else None
    pipeline = default_recipe(local_words).fit(data["teks"], data["sentimen"])
    rows = data.groupby(["sumber", "bahasa"]).size()
    used = sorted({"smsa"} | {f"nusax-senti-{lang}" for lang in languages}
                  | {f"nusax-lexicon-{lang}" for lang in lexicons if local_words}) \
        if "korpus" in sources else []
    provenance = {
        "nama": "model sentimen bawaan Kelas AI Humas",
        "dibuat": datetime.now(UTC).strftime("%Y-%m-%d"),
        "versi": {"humas_ai": __version__, "scikit-learn": sklearn.__version__,
                  "numpy": np.__version__, "python": platform.python_version()},
        "resep": {"C": DEFAULT_C, "bobot_leksikon": DEFAULT_LEXICON_WEIGHT,
                  "min_df": DEFAULT_MIN_DF,
                  "fitur": "kata 1-2 gram (2^18 hash) + huruf 2-5 gram (2^19 hash), "
                           "TF-IDF sublinear, hanya fitur yang muncul di >= 2 teks latih; "
                           "hitungan kata positif/negatif (daftar kita + kata daerah dari "
                           "leksikon NusaX yang terjemahannya ada di daftar itu)",
                  "kata_daerah": {kind: len(hashes)
                                  for kind, hashes in (local_words or {}).items()}},
        "data_latih": {f"{source}/{language}": int(count)
                       for (source, language), count in rows.items()},
        "korpus": {name: {"lisensi": corpora.get(name).licence,
                          "sumber": corpora.get(name).source,
                          "sha256": {path: corpora.CHECKSUMS[path]
                                     for path in corpora.get(name).files}}
                   for name in used},
        "tidak_dilatih": "NusaX-Senti test (semua bahasa, beserta kalimat SmSA yang sama "
                         "dengannya) dan SmSA valid",
    }
    target = MODEL_DIR if folder is None else folder
    export_model(pipeline, target, provenance)
    return load_model(target)


@functools.cache
def train_default() -> DefaultSentimentModel:
    """The default sentiment model (loaded once per process from ``humas_ai/model_sentimen``).

    Learned from public corpora and our comments (see :func:`model_card`); no corpus and
    no network are needed to load it.
    """
    return load_model()


def model_card() -> None:
    """Print the model card of the default model (in Indonesian; also a page of the book)."""
    card = MODEL_DIR / "kartu-model.md"
    if not card.is_file():
        raise SentimentInputError(f"Kartu model tidak ditemukan di {card}. Pasang ulang paket "
                                  "humas-ai.")
    print(card.read_text(encoding="utf-8"))
