"""Throughput of humas_ai.text.preprocess against a naive baseline, in one run.

    .venv/bin/python bench/preprocess.py [--docs 10000] [--baseline-docs 500]

The corpus is komentar_publik cycled to ``--docs`` comments, each copy with
its words shuffled (seeded) so no two documents are identical strings.  The
naive baseline compiles its regexes on every call and creates a new Sastrawi
stemmer for every document; it runs on the first ``--baseline-docs``
documents because it is slow.  The kit's caches are emptied first: every
document is new to it, so nothing is served from memory.  Prints docs/second
for both, the ratio, and the peak resident memory of this process.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import time

from humas_ai import text
from humas_ai.data import load_dataset


def corpus(size: int, seed: int = 0) -> list[str]:
    base = load_dataset("komentar_publik")["teks"].tolist()
    rng = random.Random(seed)
    docs = []
    while len(docs) < size:
        for comment in base:
            words = comment.split()
            if len(docs) >= len(base):
                rng.shuffle(words)
            docs.append(" ".join(words))
    return docs[:size]


def naive_preprocess(doc: str) -> str:
    """What a first attempt looks like: everything rebuilt for every document."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    doc = re.compile(r"https?://\S+|www\.\S+").sub(" ", doc.lower())
    doc = re.compile(r"@\w+").sub(" ", doc)
    doc = re.compile(r"[^a-z\s]").sub(" ", doc)
    doc = re.compile(r"([a-z])\1{2,}").sub(r"\1", doc)
    slang = text.load_slang.__wrapped__()
    tokens = [slang.get(token, token) for token in doc.split()]
    stopwords = set(StopWordRemoverFactory().get_stop_words())
    stemmer = StemmerFactory().create_stemmer()
    return " ".join(stemmer.stem(token) for token in tokens if token not in stopwords)


def rate(function, docs: list[str]) -> float:
    start = time.perf_counter()
    function(docs)
    return len(docs) / (time.perf_counter() - start)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--baseline-docs", type=int, default=500)
    args = parser.parse_args()
    docs = corpus(args.docs)
    for cache in (text.stem, text._preprocess_remembered):
        cache.cache_clear()  # every document is new to the kit, as in a participant's export
    ours = rate(text.preprocess, docs)
    ours_rss = peak_rss_mb()
    naive = rate(lambda batch: [naive_preprocess(doc) for doc in batch], docs[: args.baseline_docs])
    print(f"documents                 : {len(docs):,} (baseline: {args.baseline_docs:,})")
    print(f"humas_ai.text.preprocess  : {ours:,.0f} docs/s")
    print(f"naive baseline            : {naive:,.0f} docs/s")
    print(f"ratio                     : {ours / naive:,.1f}x")
    print(f"peak RSS after ours       : {ours_rss:,.0f} MB")
    print(f"peak RSS whole run        : {peak_rss_mb():,.0f} MB")
    print("targets                   : >= 5,000 docs/s, >= 10x baseline, peak RSS < 300 MB")


if __name__ == "__main__":
    main()
