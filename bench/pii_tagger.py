"""Experiment: can a small learned tagger find names that have no cue word?

Run from the repository root (needs the public corpora, read offline)::

    .venv/bin/python bench/pii_tagger.py [--root ../shared/data/public-corpora]

Trains a token classifier (logistic regression on hashed word, affix, shape and
context features; no word list is stored) on the train splits of NERGrit (cased)
and NERP (lower case), IndoNLU's named-entity corpora, to tell person tokens from
the rest. It prints:

1. person-entity precision/recall/F1 on NERGrit valid (exact span match);
2. on ``bench/data/pii_heldout_pemerintahan.csv``: NAMA precision/recall of the
   rules alone, and of the rules plus the tagger's spans (IoU >= 0.8, as
   ``bench/pii.py``), for several probability thresholds;
3. the size of the model if it were shipped.

Nothing is written: the decision to ship or not is made from these figures.
Decision (issue 16): not shipped. On NERGrit valid the tagger finds person
entities with F1 about 0.5; on the government texts it adds at most two of the
15 cue-less names, and only at a threshold (0.95) that was read off that same
held-out set, while every lower threshold costs precision. Names without a cue
are found instead by a written list of common Indonesian given names
(``humas_ai/pii/given_names.py``, ``known_names.py``): small, explainable,
offline, with no corpus text in it. A rare local name not on the list stays a
stated limit of ``mask_pii``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from pii import load, match_spans, prf  # noqa: E402

from humas_ai import corpora  # noqa: E402
from humas_ai.ethics import find_pii  # noqa: E402

HELDOUT = ROOT / "bench" / "data" / "pii_heldout_pemerintahan.csv"
TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
N_FEATURES = 2**18


def shape(word: str) -> str:
    """Xx, XX, x, d, or mixed."""
    if word.isdigit():
        return "d"
    if word.istitle():
        return "Xx"
    if word.isupper():
        return "XX"
    if word.islower():
        return "x"
    return "mix"


def token_features(words: list[str], i: int) -> list[str]:
    """String features of token ``i`` for the hasher."""
    word = words[i]
    low = word.lower()
    feats = [f"w={low}", f"s3={low[-3:]}", f"p3={low[:3]}", f"sh={shape(word)}",
             f"first={i == 0}", f"len={min(len(word), 10)}"]
    for offset in (-2, -1, 1, 2):
        j = i + offset
        if 0 <= j < len(words):
            feats += [f"{offset}w={words[j].lower()}", f"{offset}sh={shape(words[j])}"]
        else:
            feats.append(f"{offset}pad")
    feats.append(f"sh-1+0={shape(words[i - 1]) if i else 'pad'}|{shape(word)}")
    return feats


def sentence_matrix(sentences: list[list[str]]):
    """Hashed feature rows for every token of every sentence."""
    rows = [token_features(words, i) for words in sentences for i in range(len(words))]
    return FeatureHasher(n_features=N_FEATURES, input_type="string").transform(rows)


def person_runs(flags: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of True as (first, last+1) token indices."""
    runs, start = [], None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    return runs


def gold_runs(tags: list[str]) -> list[tuple[int, int]]:
    """PERSON entities from BIO tags."""
    runs, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "B-PERSON" or (tag == "I-PERSON" and start is None):
            if start is not None:
                runs.append((start, i))
            start = i
        elif tag != "I-PERSON" and start is not None:
            runs.append((start, i))
            start = None
    return runs


def train(root):
    """NERGrit (cased) and NERP (lower case) train splits: PERSON / PPL tokens against the rest."""
    data = corpora.load_ner("nergrit", "train", root=root) + corpora.load_ner(
        "nerp", "train", root=root)
    words = [[token for token, _ in sentence] for sentence in data]
    labels = [tag.endswith(("PERSON", "PPL")) for sentence in data for _, tag in sentence]
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(sentence_matrix(words), labels)
    return model


def valid_scores(model, root, threshold: float) -> tuple[float, float, float]:
    data = corpora.load_ner("nergrit", "valid", root=root)
    words = [[token for token, _ in sentence] for sentence in data]
    proba = model.predict_proba(sentence_matrix(words))[:, 1]
    counter, offset = Counter(), 0
    for sentence, tokens in zip(data, words, strict=True):
        flags = list(proba[offset : offset + len(tokens)] >= threshold)
        offset += len(tokens)
        gold = set(gold_runs([tag for _, tag in sentence]))
        pred = set(person_runs(flags))
        counter["tp"] += len(gold & pred)
        counter["fp"] += len(pred - gold)
        counter["fn"] += len(gold - pred)
    return prf(counter)


def tagger_spans(model, text: str, threshold: float) -> list[tuple[int, int, str]]:
    """Capitalised person runs of the tagger as character spans."""
    spans = []
    for line_match in re.finditer(r"[^\n]+", text):
        tokens = list(TOKEN.finditer(line_match.group()))
        if not tokens:
            continue
        words = [t.group() for t in tokens]
        proba = model.predict_proba(sentence_matrix([words]))[:, 1]
        flags = [p >= threshold and w[:1].isupper() for p, w in zip(proba, words, strict=True)]
        base = line_match.start()
        for first, last in person_runs(flags):
            spans.append((base + tokens[first].start(), base + tokens[last - 1].end(), "NAMA"))
    return spans


def combined(model, text: str, threshold: float | None) -> list[tuple[int, int, str]]:
    rules = [tuple(span) for span in find_pii(text) if span.kind == "NAMA"]
    if threshold is None:
        return rules
    others = [tuple(span) for span in find_pii(text) if span.kind != "NAMA"]
    extra = [span for span in tagger_spans(model, text, threshold)
             if all(span[1] <= o[0] or span[0] >= o[1] for o in rules + others)]
    return rules + extra


def heldout_scores(model, threshold: float | None) -> tuple[float, float, int]:
    frame = load(HELDOUT)
    counter = Counter()
    for text, gold in zip(frame["teks"], frame["gold"], strict=True):
        names = [span for span in gold if span[2] == "NAMA"]
        tps, fns, fps = match_spans(names, combined(model, text, threshold))
        counter.update(tp=len(tps), fn=len(fns), fp=len(fps))
    p, r, _ = prf(counter)
    return p, r, counter["fp"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=str(ROOT.parent / "shared" / "data" / "public-corpora"))
    args = parser.parse_args(argv)
    model = train(args.root)
    nonzero = int(np.count_nonzero(model.coef_))
    print(f"Model: {N_FEATURES:,} fitur ter-hash, {nonzero:,} bobot bukan nol "
          f"(~{nonzero * 8 / 1024:.0f} KB sebagai pasangan indeks+bobot float32)")
    print("\nNERGrit valid, entitas PERSON (cocok persis):")
    for threshold in (0.3, 0.5, 0.7):
        p, r, f = valid_scores(model, args.root, threshold)
        print(f"  ambang {threshold:.1f}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"\n{HELDOUT.name}, NAMA (IoU >= 0.8):")
    p, r, fp = heldout_scores(model, None)
    print(f"  aturan saja         : P {p:.3f}  R {r:.3f}  salah tangkap {fp}")
    for threshold in (0.5, 0.7, 0.9, 0.95):
        p, r, fp = heldout_scores(model, threshold)
        print(f"  aturan + penanda {threshold:.2f}: P {p:.3f}  R {r:.3f}  salah tangkap {fp}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
