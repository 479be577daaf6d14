"""Quality and speed of the analysis toolkit beside plain baselines, in one run.

    .venv/bin/python bench/quality.py

Sentiment: 5-fold cross-validated macro-F1 of ``sentiment.make_pipeline()``
on komentar_publik beside ``TfidfVectorizer() + LogisticRegression``.
Clustering: NMI and adjusted Rand of ``cluster_texts(k=true k)`` on
berita_isu beside ``TfidfVectorizer() + KMeans`` (scikit-learn defaults),
over five seeds, and the k that ``k=None`` chooses.  Speed: fit and
clustering time on one core, and peak memory of this process.
"""

from __future__ import annotations

import os
import resource
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the targets say

import numpy as np  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import adjusted_rand_score, f1_score  # noqa: E402
from sklearn.metrics import normalized_mutual_info_score as nmi  # noqa: E402
from sklearn.model_selection import StratifiedKFold, cross_val_predict  # noqa: E402
from sklearn.pipeline import make_pipeline as sk_pipeline  # noqa: E402

from humas_ai import clustering, sentiment  # noqa: E402
from humas_ai.data import load_dataset  # noqa: E402

SEEDS = range(5)


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def cross_validated_f1(model, texts, labels) -> float:
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    predicted = cross_val_predict(model, texts, labels, cv=folds)
    return f1_score(labels, predicted, average="macro")


def sentiment_report() -> None:
    comments = load_dataset("komentar_publik")
    texts, labels = comments["teks"].tolist(), comments["sentimen"].tolist()
    baseline = sk_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=2000))
    ours_f1 = cross_validated_f1(sentiment.make_pipeline(), texts, labels)
    base_f1 = cross_validated_f1(baseline, texts, labels)
    _, fit_seconds = timed(sentiment.make_pipeline().fit, texts, labels)
    print(f"sentiment ({len(texts):,} comments, 5-fold CV macro-F1)")
    print(f"  make_pipeline()            : {ours_f1:.3f}")
    print(f"  TF-IDF + LogisticRegression: {base_f1:.3f}")
    print(f"  difference                 : {ours_f1 - base_f1:+.3f}")
    print(f"  fit on all comments        : {fit_seconds:.1f} s (target < 10 s)")


def clustering_report() -> None:
    news = load_dataset("berita_isu")
    texts = (news["judul"] + ". " + news["ringkasan"]).tolist()
    truth = news["isu"].tolist()
    k = len(set(truth))
    ours, base, seconds = [], [], []
    for seed in SEEDS:
        labels, elapsed = timed(clustering.cluster_texts, texts, k=k, random_state=seed)
        ours.append((nmi(truth, labels), adjusted_rand_score(truth, labels)))
        seconds.append(elapsed)
        plain = KMeans(n_clusters=k, random_state=seed).fit_predict(
            TfidfVectorizer().fit_transform(texts))
        base.append((nmi(truth, plain), adjusted_rand_score(truth, plain)))
    ours, base = np.array(ours), np.array(base)
    chosen = clustering.choose_k(texts)
    chosen_k = int(chosen.loc[chosen["terpilih"], "k"].iloc[0])
    print(f"\nclustering ({len(texts):,} news items, true k = {k}, seeds {list(SEEDS)})")
    print(f"  cluster_texts  NMI {ours[:, 0].mean():.3f} (min {ours[:, 0].min():.3f})"
          f"  ARI {ours[:, 1].mean():.3f}")
    print(f"  TF-IDF+KMeans  NMI {base[:, 0].mean():.3f} (min {base[:, 0].min():.3f})"
          f"  ARI {base[:, 1].mean():.3f}")
    print(f"  NMI ratio      {ours[:, 0].mean() / base[:, 0].mean():.2f}x (target >= 1.5x)")
    print(f"  k=None chooses {chosen_k} (true {k})")
    print(f"  cluster_texts  {np.mean(seconds):.1f} s per run (target < 10 s)")


def main() -> None:
    sentiment_report()
    clustering_report()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
