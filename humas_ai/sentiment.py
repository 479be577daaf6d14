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
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.pipeline import FeatureUnion, Pipeline

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
    C: float = 4.0,
    class_weight: str | None = "balanced",
    random_state: int = 0,
) -> SentimentPipeline:
    """Return an unfitted sentiment model for raw texts and any set of 2+ labels.

    Options: ``stopwords`` and ``stemming`` (both off by default), ``char_ngrams``
    (character 2–5-grams beside words), ``C`` (less regularisation when
    larger) and ``class_weight``.
    """
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True,
                            token_pattern=r"(?u)\b[\w-]+\b")
    features = [("kata", words)]
    if char_ngrams:
        characters = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                     sublinear_tf=True, max_features=150_000)
        features.append(("huruf", characters))
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


@functools.cache
def train_default() -> SentimentPipeline:
    """The default model trained on all of ``komentar_publik`` (cached per process)."""
    from humas_ai.data import load_dataset

    comments = load_dataset("komentar_publik")
    return make_pipeline().fit(comments["teks"], comments["sentimen"])
