"""Grouping texts into issues and describing the groups.

:func:`cluster_texts` turns texts into TF-IDF vectors of stemmed words
without stopwords, reduces them with latent semantic analysis (truncated
SVD, which merges words that occur together, such as "banjir", "genangan"
and "drainase") and groups them with k-means.  With ``k=None`` it picks the
number of groups with the best silhouette score; :func:`choose_k` shows the
scores so you can see why, and decide differently when the groups are not
useful for your work.

:func:`summarise_clusters` gives one row per group as data (shares 0-1, lists of words):
size, top terms, three representative texts and, when given, the sentiment mix and the
trend; :func:`describe_clusters` gives the same table for reading (percentages, words
joined).  Other tools (:func:`humas_ai.report.issue_brief`) take the data, never the
table shown.
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Normalizer
from threadpoolctl import threadpool_limits

from humas_ai.errors import HumasAIError
from humas_ai.inputs import text_list
from humas_ai.text import preprocess

#: Range of k tried when ``k=None`` (capped by the number of texts).
K_RANGE = range(2, 16)


class ClusteringInputError(HumasAIError):
    """Texts or settings given to the clustering tools cannot be used."""


#: How texts are preprocessed to group them (stems, so "jalan" and "jalanan" meet) and to
#: name a group's top terms (whole words a reader recognises).
GROUPING_STEPS = {"stopwords": True, "stemming": True}
TERMS_STEPS = {"stopwords": True, "stemming": False}


def _check_texts(texts) -> list[str]:
    return text_list(texts, ClusteringInputError)


def _prepared(texts: list[str]) -> list[str]:
    cleaned = preprocess(texts, **GROUPING_STEPS)
    if sum(bool(text) for text in cleaned) < 2:
        raise ClusteringInputError(
            "Kurang dari dua teks yang masih berisi kata setelah dibersihkan. "
            "Periksa apakah kolom teks yang dipilih sudah benar."
        )
    return cleaned


#: LSA dimensions for grouping, and a coarser view for choosing k (the
#: silhouette keeps rising with k in finer views).  Measured in bench/quality.py.
COMPONENTS = 20
COMPONENTS_FOR_K = 10


def _vectoriser(n_texts: int, random_state: int, components: int) -> Pipeline:
    components = max(2, min(components, n_texts // 4))
    return Pipeline([
        ("tfidf", TfidfVectorizer(sublinear_tf=True, min_df=2 if n_texts >= 50 else 1,
                                  max_df=0.5 if n_texts >= 50 else 1.0)),
        ("lsa", TruncatedSVD(n_components=components, random_state=random_state)),
        ("norm", Normalizer(copy=False)),
    ])


def embed(texts, random_state: int = 0, components: int = COMPONENTS) -> np.ndarray:
    """The document vectors :func:`cluster_texts` groups (LSA of TF-IDF, unit length).

    A lesson groups the same texts many times (several k, several seeds); the last few
    results are kept, and every call gets its own copy.
    """
    return _embed(tuple(_check_texts(texts)), random_state, components).copy()


@functools.lru_cache(maxsize=8)
def _embed(texts: tuple[str, ...], random_state: int, components: int) -> np.ndarray:
    prepared = _prepared(list(texts))
    vectoriser = _vectoriser(len(prepared), random_state, components)
    components = vectoriser.named_steps["lsa"].n_components
    n_terms = len(vectoriser.named_steps["tfidf"].fit(prepared).vocabulary_)
    if n_terms <= components:
        vectoriser.set_params(lsa__n_components=max(1, n_terms - 1))
    return vectoriser.fit_transform(prepared)


def _kmeans(vectors: np.ndarray, k: int, random_state: int) -> np.ndarray:
    """k-means on one thread: for a few thousand texts that is fast, while scikit-learn's
    default of one OpenMP thread per core can be 10-30 times slower on a laptop whose cores
    are busy with other work (measured: 826 news, k = 4-14, 2.4 s against 70 s)."""
    model = KMeans(n_clusters=k, n_init=10, random_state=random_state)
    with threadpool_limits(limits=1):
        return model.fit_predict(vectors)


def choose_k(texts, k_range=K_RANGE, random_state: int = 0) -> pd.DataFrame:
    """Silhouette score for each k in ``k_range``; the row with the best score is marked.

    The silhouette (from -1 to 1) is high when texts are close to their own
    group and far from the others.  It is a guide, not a verdict: a humas
    officer also asks whether each group is an issue they can act on.
    """
    vectors = embed(texts, random_state, COMPONENTS_FOR_K)
    candidates = [k for k in k_range if 2 <= k < len(vectors)]
    if not candidates:
        raise ClusteringInputError(
            f"Teks terlalu sedikit ({len(vectors)}) untuk dikelompokkan. Butuh minimal 3 teks."
        )
    scores = [silhouette_score(vectors, _kmeans(vectors, k, random_state), random_state=0)
              for k in candidates]
    table = pd.DataFrame({"k": candidates, "silhouette": scores})
    table["terpilih"] = table["silhouette"] == table["silhouette"].max()
    return table


def cluster_texts(texts, k: int | None = None, random_state: int = 0,
                  verbose: bool = False) -> np.ndarray:
    """One integer group label (0..k-1) per text.

    With ``k=None`` the number of groups is chosen by :func:`choose_k`
    (``verbose=True`` prints the reason).  Empty texts still get a label but
    carry no information.
    """
    texts = _check_texts(texts)
    if k is None:
        table = choose_k(texts, random_state=random_state)
        k = int(table.loc[table["terpilih"], "k"].iloc[0])
        if verbose:
            best = table["silhouette"].max()
            print(f"Dipilih k = {k}: skor silhouette tertinggi ({best:.3f}) di antara "
                  f"k = {table['k'].min()}–{table['k'].max()}.")
    if not isinstance(k, int | np.integer) or isinstance(k, bool) or k < 1:
        raise ClusteringInputError(f"k harus bilangan bulat positif, bukan {k!r}.")
    if k > len(texts):
        raise ClusteringInputError(
            f"k = {k} lebih besar dari jumlah teks ({len(texts)}). Pilih k yang lebih kecil."
        )
    return _kmeans(embed(texts, random_state), int(k), random_state)


def top_terms(texts, labels, n: int = 8) -> dict[int, list[str]]:
    """The ``n`` words with the highest average TF-IDF weight in each group.

    Words are shown unstemmed (easier to read) with stopwords removed.
    """
    texts, labels = _check_texts(texts), np.asarray(list(labels))
    if len(labels) != len(texts):
        raise ClusteringInputError(
            f"Jumlah label ({len(labels)}) tidak sama dengan jumlah teks ({len(texts)})."
        )
    cleaned = preprocess(texts, **TERMS_STEPS)
    vectoriser = TfidfVectorizer(sublinear_tf=True, min_df=1, token_pattern=r"(?u)\b[\w-]{2,}\b")
    matrix = vectoriser.fit_transform(cleaned)
    vocabulary = np.array(vectoriser.get_feature_names_out())
    result = {}
    for label in sorted(set(labels.tolist())):
        mean = np.asarray(matrix[labels == label].mean(axis=0)).ravel()
        result[int(label)] = vocabulary[np.argsort(-mean)[:n]].tolist()
    return result


def representative_texts(texts, labels, n: int = 3, random_state: int = 0) -> dict[int, list]:
    """The ``n`` texts closest to the centre of each group."""
    texts, labels = _check_texts(texts), np.asarray(list(labels))
    vectors = embed(texts, random_state)
    result = {}
    for label in sorted(set(labels.tolist())):
        members = np.flatnonzero(labels == label)
        centre = vectors[members].mean(axis=0)
        closest = members[np.argsort(-(vectors[members] @ centre))[:n]]
        result[int(label)] = [texts[index] for index in closest]
    return result


def _trend(dates: pd.Series) -> str:
    """'naik', 'turun' or 'stabil': the last quarter of the period against the one before."""
    if dates.empty:
        return "-"
    start, end = dates.min(), dates.max()
    span = (end - start) / 4
    if span.days < 7:
        return "stabil"
    recent = (dates > end - span).sum()
    before = ((dates > end - 2 * span) & (dates <= end - span)).sum()
    if recent >= 1.5 * max(before, 1):
        return "naik"
    if before >= 1.5 * max(recent, 1):
        return "turun"
    return "stabil"


def summarise_clusters(texts, labels, sentiments=None, dates=None, n_terms: int = 8,
                       n_examples: int = 3, random_state: int = 0) -> pd.DataFrame:
    """One row per group, as data: ``jumlah``, ``porsi`` (0-1), ``kata_kunci`` (a list of
    words), ``contoh`` (a list of texts); ``sentiments`` adds one ``porsi_<label>`` column
    (0-1) per sentiment label, ``dates`` adds ``puncak`` (the week with most texts) and
    ``tren``.  :func:`describe_clusters` shows the same for reading."""
    texts, labels = _check_texts(texts), np.asarray(list(labels))
    terms = top_terms(texts, labels, n_terms)
    examples = representative_texts(texts, labels, n_examples, random_state)
    frame = pd.DataFrame({"klaster": labels})
    table = frame.groupby("klaster").size().rename("jumlah").to_frame()
    table["porsi"] = table["jumlah"] / len(labels)
    table["kata_kunci"] = [list(terms[int(label)]) for label in table.index]
    table["contoh"] = [examples[int(label)] for label in table.index]
    if sentiments is not None:
        frame["sentimen"] = [str(value) for value in sentiments]
        mix = pd.crosstab(frame["klaster"], frame["sentimen"], normalize="index")
        for column in mix.columns:
            table[f"porsi_{column}"] = mix[column]
    if dates is not None:
        frame["tanggal"] = pd.to_datetime(pd.Series(list(dates)))
        grouped = frame.groupby("klaster")["tanggal"]
        table["puncak"] = grouped.agg(
            lambda values: values.dt.to_period("W").mode().iloc[0].start_time.date()
        )
        table["tren"] = grouped.agg(_trend)
    return table.sort_values("jumlah", ascending=False)


def describe_clusters(texts, labels, sentiments=None, dates=None, n_terms: int = 8,
                      n_examples: int = 3, random_state: int = 0) -> pd.DataFrame:
    """One row per group: size, top terms, examples, and optionally sentiment mix and trend,
    for reading in a notebook (:func:`summarise_clusters` shown by :func:`for_reading`).

    ``sentiments`` adds one ``persen_<label>`` column per sentiment label;
    ``dates`` adds ``puncak`` (the week with most texts) and ``tren``.
    """
    return for_reading(summarise_clusters(texts, labels, sentiments, dates, n_terms,
                                          n_examples, random_state))


def for_reading(summary: pd.DataFrame) -> pd.DataFrame:
    """A :func:`summarise_clusters` table for people: shares as ``persen`` (0-100, one
    decimal) and key words joined with ", "."""
    table = pd.DataFrame(index=summary.index)
    for column in summary.columns:
        if column == "porsi":
            table["persen"] = (100 * summary["jumlah"] / summary["jumlah"].sum()).round(1)
        elif column.startswith("porsi_"):
            table["persen_" + column.removeprefix("porsi_")] = (summary[column] * 100).round(1)
        elif column == "kata_kunci":
            table[column] = [", ".join(words) for words in summary[column]]
        else:
            table[column] = summary[column]
    return table
