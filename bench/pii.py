"""Benchmark the PII detector of ``humas_ai.ethics`` on annotated sets.

Run from the repository root::

    .venv/bin/python bench/pii.py [--csv FILE ...] [--show 15]

By default it runs on every set below that exists, and says for each whether
the rules were tuned on it:

* ``datasets/data_pribadi_sintetis.csv``: generated from templates; tuned on.
* ``bench/data/pii_dev.csv``: the development set (issue 16), written to tune on.
* ``bench/data/pii_heldout.csv`` and ``bench/data/pii_heldout_pemerintahan.csv``:
  written blind to the rules, but their errors were read while tuning in
  issue 16, so they are no longer a clean estimate.
* ``bench/data/pii_heldout_v3.csv``: written blind to the rules and never read
  while tuning; the honest estimate. Use ``--show 0`` on it: reading its
  errors to change the rules would spend it.

A set is scored only on the kinds it annotates: the first two sets predate
NIP, KK and ALAMAT, so predictions of those kinds there are counted apart
("tidak dinilai") instead of as false positives. ``NAMA`` recall is also split
by whether the writer introduced the name with a cue word (``isyarat``).

For each set it prints precision, recall and F1 per kind and overall for ``find_pii`` and for
a naive baseline (one ``\\d{10,16}`` regex labelled by length plus a plain
e-mail regex), the first false negatives and false positives of ``find_pii``,
and the speed of ``mask_pii`` in documents per second.

A prediction matches a gold span when the kind is equal and the character
IoU is at least 0.8; each gold span is matched at most once.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from humas_ai.ethics import KINDS, find_pii, mask_pii

IOU_MIN = 0.8
NO_CUE = "NAMA tanpa isyarat"
ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
# Every set and whether the rules were tuned on it ("disetel") or not ("bersih").
SETS = {
    ROOT / "datasets" / "data_pribadi_sintetis.csv": "disetel: data sintetis dari templat",
    DATA / "pii_dev.csv": "disetel: set pengembangan",
    DATA / "pii_heldout.csv": "disetel: dulu held-out, galatnya sudah dibaca saat menyetel",
    DATA / "pii_heldout_pemerintahan.csv": "disetel: dulu held-out, galatnya sudah dibaca",
    DATA / "pii_heldout_v3.csv": "bersih: held-out, tidak pernah dibaca saat menyetel",
}
CLEAN_SETS = {DATA / "pii_heldout_v3.csv"}
TARGET = 0.95
Span = tuple[int, int, str]

_NAIVE_NUMBER = re.compile(r"\d{10,16}")
_NAIVE_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def naive_baseline(text: str) -> list[Span]:
    """A first attempt a participant might write: long digit runs and plain e-mails."""
    spans: list[Span] = []
    for match in _NAIVE_NUMBER.finditer(text):
        length = match.end() - match.start()
        kind = "NIK" if length == 16 else "NPWP" if length == 15 else "TELEPON"
        spans.append((match.start(), match.end(), kind))
    spans.extend((m.start(), m.end(), "EMAIL") for m in _NAIVE_EMAIL.finditer(text))
    return spans


def rule_based(text: str) -> list[Span]:
    """The kit's detector, as plain tuples."""
    return [tuple(span) for span in find_pii(text)]


def iou(a: Span, b: Span) -> float:
    """Character intersection-over-union of two spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match_spans(gold: list[Span], pred: list[Span]) -> tuple[list[Span], list[Span], list[Span]]:
    """Greedy one-to-one matching by IoU; returns (true positives, false negatives, false pos)."""
    pairs = sorted(
        (
            (iou(g, p), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
            if g[2] == p[2] and iou(g, p) >= IOU_MIN
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
    tps = [gold[i] for i in sorted(used_gold)]
    fns = [g for i, g in enumerate(gold) if i not in used_gold]
    fps = [p for i, p in enumerate(pred) if i not in used_pred]
    return tps, fns, fps


def load(path: Path) -> pd.DataFrame:
    """Read the dataset and parse the gold annotations into span tuples."""
    frame = pd.read_csv(path, dtype={"teks": str, "anotasi": str}, keep_default_na=False)
    items = [json.loads(raw or "[]") for raw in frame["anotasi"]]
    frame["gold"] = [[(int(a["mulai"]), int(a["akhir"]), a["jenis"]) for a in row]
                     for row in items]
    frame["tanpa_isyarat"] = [
        {(int(a["mulai"]), int(a["akhir"]), a["jenis"]) for a in row if a.get("isyarat") is False}
        for row in items
    ]
    return frame


def evaluate(frame: pd.DataFrame, detector: Callable[[str], list[Span]],
             scored: set[str] | None = None) -> dict:
    """Count TP/FN/FP per kind and keep the errors with their row id.

    Only predictions of a kind in ``scored`` are matched; the others are
    counted in ``unscored``. Names without a cue word are also counted under
    ``NAMA tanpa isyarat`` (recall only: a prediction has no cue flag).
    """
    counts: dict[str, Counter] = {kind: Counter() for kind in KINDS}
    errors: dict[str, list] = {"fn": [], "fp": []}
    unscored: Counter = Counter()
    rows = zip(frame["id"], frame["teks"], frame["gold"], frame["tanpa_isyarat"], strict=True)
    for row_id, text, gold, no_cue in rows:
        predicted = detector(text)
        if scored is not None:
            unscored.update(span[2] for span in predicted if span[2] not in scored)
            predicted = [span for span in predicted if span[2] in scored]
        tps, fns, fps = match_spans(gold, predicted)
        for label, spans in (("tp", tps), ("fn", fns), ("fp", fps)):
            for span in spans:
                counts.setdefault(span[2], Counter())[label] += 1
                if label != "fp" and span in no_cue:
                    counts.setdefault(NO_CUE, Counter())[label] += 1
                if label != "tp":
                    errors[label].append((row_id, span, text))
    return {"counts": counts, "errors": errors, "unscored": unscored}


def prf(counter: Counter) -> tuple[float, float, float]:
    """Precision, recall and F1 from a TP/FP/FN counter."""
    tp, fp, fn = counter["tp"], counter["fp"], counter["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def print_table(results: dict[str, dict], scored: set[str], no_cue: bool) -> None:
    """Print P/R/F1 per annotated kind for every detector side by side.

    ``*`` marks a kind of the first detector below the target (recall or precision < 0.95).
    """
    names = list(results)
    header = f"{'jenis':<19}{'gold':>6}" + "".join(f"{n + ' P/R/F1':>28}" for n in names)
    print(header)
    print("-" * len(header))
    kinds = [kind for kind in KINDS if kind in scored]
    if "NAMA" in scored and no_cue:
        kinds.insert(kinds.index("NAMA") + 1, NO_CUE)
    for kind in kinds + ["TOTAL"]:
        cells, gold, flag = [], 0, " "
        for name in names:
            counts = results[name]["counts"]
            if kind == "TOTAL":
                counter = sum((c for k, c in counts.items() if k != NO_CUE), Counter())
            else:
                counter = counts.get(kind, Counter())
            gold = counter["tp"] + counter["fn"]
            p, r, f = prf(counter)
            if kind == NO_CUE:
                cells.append(f"{'-':>8} {r:8.3f} {'-':>8}  ")
                continue
            if name == names[0] and gold and (r < TARGET or p < TARGET):
                flag = "*"
            cells.append(f"{p:8.3f} {r:8.3f} {f:8.3f}  ")
        print(f"{kind:<19}{gold:>6}" + "".join(f"{c:>28}" for c in cells) + f" {flag}")


def print_errors(errors: dict[str, list], show: int) -> None:
    """Print the first false negatives and false positives with some context."""
    for label, title in (("fn", "Terlewat (false negative)"), ("fp", "Salah tangkap (false pos.)")):
        items = errors[label]
        print(f"\n{title}: {len(items)} (ditampilkan {min(show, len(items))})")
        for row_id, (start, end, kind), text in items[:show]:
            context = text[max(0, start - 30) : end + 30].replace("\n", " ")
            print(f"  [{row_id}] {kind:<9} {text[start:end]!r:<32} … {context} …")


def time_masking(texts: list[str], repeats: int = 3) -> float:
    """Best-of-``repeats`` documents per second for mask_pii on the whole list."""
    best = float("inf")
    for _ in range(repeats):
        begin = time.perf_counter()
        mask_pii(texts)
        best = min(best, time.perf_counter() - begin)
    return len(texts) / best


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, action="append", help="may be repeated")
    parser.add_argument("--show", type=int, default=15,
                        help="errors to print per type (never on a clean held-out set)")
    args = parser.parse_args(argv)
    paths = args.csv or [path for path in SETS if path.is_file()]
    for path in paths:
        if not path.is_file():
            print(f"Dataset tidak ditemukan: {path}", file=sys.stderr)
            return 1
        show = 0 if path.resolve() in CLEAN_SETS else args.show
        report_one(path, show)
    return 0


def report_one(path: Path, show: int) -> None:
    """Print the comparison for one annotated set."""
    frame = load(path)
    gold_kinds = Counter(span[2] for spans in frame["gold"] for span in spans)
    scored = set(gold_kinds)
    status = SETS.get(path.resolve(), "status tidak diketahui")
    print(f"\n### {path.name} ({status}): {len(frame)} teks, {sum(gold_kinds.values())} "
          f"anotasi {dict(gold_kinds)}")
    print(f"Cocok bila jenis sama dan IoU karakter >= {IOU_MIN}; "
          f"* = di bawah target presisi dan recall {TARGET}\n")
    results = {"find_pii": evaluate(frame, rule_based, scored),
               "naif": evaluate(frame, naive_baseline, scored)}
    print_table(results, scored, no_cue=any(frame["tanpa_isyarat"]))
    unscored = results["find_pii"]["unscored"]
    if unscored:
        print(f"Tidak dinilai (jenis ini tidak dianotasi di set ini): {dict(unscored)}")
    if show:
        print_errors(results["find_pii"]["errors"], show)
    else:
        print("(Daftar galat tidak ditampilkan untuk set ini.)")
    speed = time_masking(frame["teks"].tolist())
    print(f"\nmask_pii: {speed:,.0f} dokumen/detik ({len(frame)} dokumen, terbaik dari 3)")


if __name__ == "__main__":
    raise SystemExit(main())
