"""Precision and recall of ``find_pii`` names on NERGrit person entities (real Indonesian text).

Run from the repository root (reads the public corpora offline, never commits their text)::

    .venv/bin/python bench/pii_names_nergrit.py [--root DIR] [--split valid]

NERGrit is encyclopaedic and news text full of public and foreign names, unlike a humas
inbox, so read its recall as a floor and its false positives as a list of shapes to avoid.
A prediction counts when it matches a PERSON entity exactly (tokens joined by spaces).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from humas_ai import corpora
from humas_ai.ethics import find_pii

ROOT = Path(__file__).resolve().parent.parent


def sentence_spans(sentence: list[tuple[str, str]]) -> tuple[str, set[tuple[int, int]]]:
    """The sentence as text and the character spans of its PERSON entities."""
    text, offsets = "", []
    for word, _ in sentence:
        text += " " if text else ""
        offsets.append((len(text), len(text) + len(word)))
        text += word
    gold, start = set(), None
    tags = [tag for _, tag in sentence] + ["O"]
    for i, tag in enumerate(tags):
        opens = tag == "B-PERSON" or (tag == "I-PERSON" and start is None)
        if start is not None and (opens or tag != "I-PERSON"):
            gold.add((offsets[start][0], offsets[i - 1][1]))
            start = None
        if opens:
            start = i
    return text, gold


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT.parent / "shared/data/public-corpora")
    parser.add_argument("--split", default="valid")
    args = parser.parse_args(argv)
    counts, wrong = Counter(), Counter()
    for sentence in corpora.load_ner("nergrit", args.split, root=args.root):
        text, gold = sentence_spans(sentence)
        predicted = {(s, e) for s, e, _ in find_pii(text, ["NAMA"])}
        counts.update(tp=len(gold & predicted), fp=len(predicted - gold), fn=len(gold - predicted))
        counts["person"] += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in predicted)
        wrong.update(text[s:e] for s, e in predicted - gold)
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    print(f"NERGrit {args.split}: PERSON {tp + fn}, prediksi NAMA {tp + fp}, cocok persis {tp}")
    print(f"presisi {tp / max(tp + fp, 1):.3f}, recall {tp / max(tp + fn, 1):.3f}; "
          f"prediksi yang menyentuh nama orang: {counts['person'] / max(tp + fp, 1):.3f}")
    print("salah tangkap (sering karena batas nama berbeda):", wrong.most_common(15))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
