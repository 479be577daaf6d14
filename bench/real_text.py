"""The sentiment models on real, human-labelled Indonesian text, in one run.

    .venv/bin/python bench/real_text.py            # reads ../shared/data/public-corpora
    HUMAS_AI_KORPUS=/media/flashdisk/korpus .venv/bin/python bench/real_text.py
    .venv/bin/python bench/real_text.py --tanpa-waktu   # skip section 5 (timings)
    .venv/bin/python bench/real_text.py --leksikon      # also section 6 (about 6 more minutes)

Runs in about 5 minutes on two cores.

1. NusaX-Senti Indonesian, the published protocol (train on train, tune on valid, score
   on test): ``make_pipeline()`` and the default recipe against NB, LR and linear SVM on
   plain counts, each tuned on valid in this run.
2. Transfer, never scored on a source it trained on (SmSA + NusaX are one source, our
   komentar_publik the other, spam left out), both directions, with the final default
   recipe (``sentiment.default_recipe``); ``make_pipeline()`` for comparison.
3. The shipped default model (``train_default()``) on sets it never saw: NusaX-Senti test
   in every language (no test sentence in any language, nor its SmSA original, was in its
   training data) and SmSA valid; per class.
4. The "ragu-ragu" threshold: share of uncertain labels and accuracy of the rest.
5. Load time of ``train_default()`` (fresh process, and again), time to rebuild the
   model from the corpora on one core (``taskset -c 0`` where it exists, and one BLAS
   thread), and peak memory of each.
6. (``--leksikon``) What the NusaX lexicons add, chosen on NusaX *valid* (left out of
   training for this section only): the default recipe with and without the local-language
   sentiment words, trained with and without sentences in Banjar, Bugis, Javanese and Ngaju.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the targets say

import argparse  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import f1_score, precision_recall_fscore_support  # noqa: E402
from sklearn.naive_bayes import MultinomialNB  # noqa: E402
from sklearn.pipeline import make_pipeline as sk_pipeline  # noqa: E402
from sklearn.svm import LinearSVC  # noqa: E402

from humas_ai import corpora, sentiment  # noqa: E402

CLASSES = ["positif", "netral", "negatif"]
LOCAL = ["banjarese", "buginese", "javanese", "ngaju"]


def macro(truth, predicted) -> float:
    return f1_score(truth, predicted, labels=CLASSES, average="macro", zero_division=0)


def per_class(truth, predicted) -> str:
    _, _, f1, support = precision_recall_fscore_support(truth, predicted, labels=CLASSES,
                                                        zero_division=0)
    return "  ".join(f"{label} {score:.3f} (n={count})"
                     for label, score, count in zip(CLASSES, f1, support, strict=True))


def tuned(candidates, train, valid):
    """Fit each candidate on train, keep the best on valid: (name, model, valid F1)."""
    best = None
    for name, factory in candidates:
        model = factory().fit(train["teks"], train["sentimen"])
        score = macro(valid["sentimen"], model.predict(valid["teks"]))
        if best is None or score > best[2]:
            best = (name, model, score)
    return best


def nusax_protocol() -> None:
    train, valid, test = (corpora.load_nusax_sentiment("indonesian", split)
                          for split in ("train", "valid", "test"))
    systems = {
        "NB (counts)": [(f"alpha={a}", lambda a=a: sk_pipeline(CountVectorizer(),
                                                                 MultinomialNB(alpha=a)))
                        for a in (0.1, 0.3, 1.0)],
        "LR (counts)": [(f"C={c}", lambda c=c: sk_pipeline(
            CountVectorizer(), LogisticRegression(C=c, max_iter=3000))) for c in (0.3, 1, 3)],
        "linear SVM (counts)": [(f"C={c}", lambda c=c: sk_pipeline(
            CountVectorizer(), LinearSVC(C=c))) for c in (0.03, 0.1, 0.3, 1)],
        "make_pipeline()": [(f"C={c}", lambda c=c: sentiment.make_pipeline(C=c))
                            for c in (1, 4, 16)],
        "default recipe": [(f"C={c}", lambda c=c: sentiment.make_default_pipeline(C=c))
                           for c in (0.5, 1, 4)],
    }
    print(f"1. NusaX-Senti Indonesian: train {len(train)}, tuned on valid {len(valid)}, "
          f"test {len(test)} (macro-F1; published classical best: SVM 0.787)")
    for label, candidates in systems.items():
        name, model, valid_f1 = tuned(candidates, train, valid)
        test_f1 = macro(test["sentimen"], model.predict(test["teks"]))
        print(f"  {label:22s} {name:10s} valid {valid_f1:.3f}  test {test_f1:.3f}", flush=True)


def transfer() -> pd.DataFrame:
    comments = sentiment.our_comments()
    nusax_test = corpora.load_nusax_sentiment("indonesian", "test")
    smsa_valid = corpora.load_smsa("valid")
    local_words = sentiment.lexicon_polarity()
    print("\n2. Transfer between the two sources, default recipe (target >= 0.65 each way)")
    corpus_data = sentiment.default_training_data(sources=("korpus",), strict=True)
    start = time.perf_counter()
    from_corpora = sentiment.default_recipe(local_words).fit(corpus_data["teks"],
                                                             corpus_data["sentimen"])
    seconds = time.perf_counter() - start
    predicted = from_corpora.predict(comments["teks"])
    print(f"  SmSA + NusaX ({len(corpus_data):,}) -> komentar_publik ({len(comments):,}): "
          f"{macro(comments['sentimen'], predicted):.3f}   [fit {seconds:.0f} s]")
    print(f"      per class: {per_class(comments['sentimen'], predicted)}")
    for label, factory in (("default recipe", lambda: sentiment.default_recipe(local_words)),
                           ("make_pipeline()", sentiment.make_pipeline),
                           ("make_pipeline(lexicon=False)",
                            lambda: sentiment.make_pipeline(lexicon=False))):
        model = factory().fit(comments["teks"], comments["sentimen"])
        scores = [macro(data["sentimen"], model.predict(data["teks"]))
                  for data in (nusax_test, smsa_valid)]
        print(f"  komentar_publik -> NusaX-ind test {scores[0]:.3f}, SmSA valid {scores[1]:.3f}"
              f"   [{label}]")
    probabilities = from_corpora.predict_proba(comments["teks"])
    return pd.DataFrame({"sentimen": comments["sentimen"],
                         "prediksi": from_corpora.classes_[probabilities.argmax(axis=1)],
                         "keyakinan": probabilities.max(axis=1), "set": "komentar (transfer)"})


def shipped_model() -> pd.DataFrame:
    model = sentiment.train_default()
    print(f"\n3. Shipped default model ({model.provenance['dibuat']}), sets it never saw")
    frames = []
    for language in corpora.LANGUAGES:
        test = corpora.load_nusax_sentiment(language, "test")
        predicted = model.predict(test["teks"])
        mark = "  <- Kalimantan Timur" if language in ("banjarese", "ngaju") else \
            "  <- issue 16" if language in LOCAL else ""
        print(f"  NusaX {language:12s} test: {macro(test['sentimen'], predicted):.3f}{mark}")
        if language in ("indonesian", *LOCAL):
            probabilities = model.predict_proba(test["teks"])
            frames.append(pd.DataFrame({"sentimen": test["sentimen"], "prediksi": predicted,
                                        "keyakinan": probabilities.max(axis=1),
                                        "set": f"nusax-{language}"}))
        if language == "indonesian":
            print(f"      per class: {per_class(test['sentimen'], predicted)}")
    valid = corpora.load_smsa("valid")
    predicted = model.predict(valid["teks"])
    print(f"  SmSA valid ({len(valid):,}): {macro(valid['sentimen'], predicted):.3f}")
    print(f"      per class: {per_class(valid['sentimen'], predicted)}")
    frames.append(pd.DataFrame({"sentimen": valid["sentimen"], "prediksi": predicted,
                                "keyakinan": model.predict_proba(valid["teks"]).max(axis=1),
                                "set": "smsa-valid"}))
    return pd.concat(frames, ignore_index=True)


def thresholds(held_out: pd.DataFrame) -> None:
    print("\n4. 'ragu-ragu' below a threshold: share uncertain / accuracy of the labels kept"
          f" (default {sentiment.DEFAULT_THRESHOLD})")
    print("  threshold " + " ".join(f"{name:>22s}" for name in held_out["set"].unique()))
    for threshold in (0.0, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7):
        cells = []
        for _, group in held_out.groupby("set", sort=False):
            kept = group[group["keyakinan"] >= threshold]
            accuracy = (kept["sentimen"] == kept["prediksi"]).mean() if len(kept) else np.nan
            cells.append(f"{1 - len(kept) / len(group):6.1%} / {accuracy:6.1%}")
        print(f"  {threshold:9.2f} " + " ".join(f"{cell:>22s}" for cell in cells))


#: Peak memory of the process itself: VmHWM (Linux) starts afresh at exec, while
#: ru_maxrss keeps the high-water mark of the parent this process was forked from.
PEAK = """
def peak_mb():
    try:
        for line in open('/proc/self/status'):
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

LOAD = PEAK + """
import time
start = time.perf_counter()
from humas_ai.sentiment import train_default
imported = time.perf_counter() - start
start = time.perf_counter()
model = train_default()
first = time.perf_counter() - start
start = time.perf_counter(); train_default(); again = time.perf_counter() - start
start = time.perf_counter()
model.predict(['jalan rusak parah'] * 1000)
predict = time.perf_counter() - start
print(imported, first, again, predict, peak_mb())
"""

BUILD = PEAK + """
import sys, time
from humas_ai.sentiment import build_default_model
start = time.perf_counter()
build_default_model(sys.argv[1])
print(time.perf_counter() - start, peak_mb())
"""


def one_core() -> list[str]:
    """The command prefix that pins a process to one core, where ``taskset`` exists."""
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def timings() -> None:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    imported, first, again, predict, rss = map(float, subprocess.run(
        [*one_core(), sys.executable, "-c", LOAD], capture_output=True, text=True, check=True,
        env=env,
    ).stdout.split())
    pinned = "taskset -c 0" if one_core() else "one BLAS thread, taskset not found"
    print(f"\n5. Speed and memory (one core: {pinned})")
    print(f"  import humas_ai.sentiment (pandas, scikit-learn): {imported:.2f} s")
    print(f"  train_default() in a new process (load artefact): {first:.2f} s "
          "(targets < 30 s first time, < 2 s after)")
    print(f"  train_default() again in the same process       : {again * 1000:.2f} ms "
          f"(target < 2 s)")
    print(f"  predict 1,000 comments                          : {predict:.2f} s")
    print(f"  peak RSS of that process                        : {rss:.0f} MB "
          f"(target < 600 MB)")
    with tempfile.TemporaryDirectory() as folder:
        seconds, rss = map(float, subprocess.run(
            [*one_core(), sys.executable, "-c", BUILD, folder], capture_output=True, text=True,
            check=True, env=env).stdout.split())
    print(f"  build_default_model() from the corpora          : {seconds:.0f} s, "
          f"peak RSS {rss:.0f} MB (target < 600 MB)")
    size = sum(path.stat().st_size for path in sentiment.MODEL_DIR.iterdir())
    print(f"  shipped artefact (humas_ai/model_sentimen)      : {size / 2**20:.1f} MB")


def lexicon_choice() -> None:
    valid_ids = set(corpora.load_nusax_sentiment("indonesian", "valid")["id"])
    local_words = sentiment.lexicon_polarity()
    validation = {language: corpora.load_nusax_sentiment(language, "valid")
                  for language in LOCAL}
    print("\n6. NusaX lexicons, macro-F1 on NusaX valid of the four languages (mean)")
    for label, languages in (("with their sentences", sentiment.TRAINING_LANGUAGES),
                             ("without their sentences", tuple(
                                 language for language in sentiment.TRAINING_LANGUAGES
                                 if language not in LOCAL))):
        data = sentiment.default_training_data(strict=True, languages=languages,
                                               exclude_ids=valid_ids)
        for words in (None, local_words):
            model = sentiment.make_default_pipeline(local_words=words).fit(data["teks"],
                                                                           data["sentimen"])
            scores = {language: macro(table["sentimen"], model.predict(table["teks"]))
                      for language, table in validation.items()}
            cells = "  ".join(f"{language} {score:.3f}" for language, score in scores.items())
            print(f"  {label:24s} {'lexicon' if words else 'no lexicon':10s} {cells}  "
                  f"mean {np.mean(list(scores.values())):.3f}", flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--tanpa-waktu", action="store_true",
                        help="skip section 5 (load and rebuild times, memory)")
    parser.add_argument("--leksikon", action="store_true",
                        help="add section 6: what the NusaX lexicons add (NusaX valid)")
    arguments = parser.parse_args(argv)
    try:
        corpora.fetch("smsa")
    except corpora.CorpusMissingError as error:
        print(error)
        return 1
    started = time.perf_counter()
    nusax_protocol()
    transferred = transfer()
    held_out = shipped_model()
    thresholds(pd.concat([held_out, transferred], ignore_index=True))
    if not arguments.tanpa_waktu:
        timings()
    if arguments.leksikon:
        lexicon_choice()
    print(f"\n(whole run {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
