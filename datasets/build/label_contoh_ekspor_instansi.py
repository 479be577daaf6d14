"""Write datasets/label_contoh_ekspor_instansi.csv, a filled-in own-data label file.

Module 05 lets a participant label a sample of their own comments and measures the
default sentiment model on those labels (:mod:`humas_ai.own_check`).  In class, on
the bundled sample export, and under nbval nobody clicks; this file shows what the
result looks like.  It is exactly what the labeller writes: the sample
:func:`humas_ai.own_check.draw_sample` draws from the masked comments of
``contoh_ekspor_instansi.csv`` (seed 42, 50 comments, stratified by the default
model's verdict), with each comment's label taken from the authors' labels in
``datasets/build/contoh_ekspor_instansi.py`` (written by the course authors, as the
comments themselves).  The strata and their sizes depend on the default model at
the time the file was drawn; they are stored in the file, so the figures computed
from it stay valid when the model changes later.

    python datasets/build/label_contoh_ekspor_instansi.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from humas_ai import own_check
from humas_ai.data import dataset_path, read_comments
from humas_ai.ethics import mask_pii
from humas_ai.sentiment import train_default

DATASETS = Path(__file__).resolve().parent.parent
TARGET = DATASETS / own_check.DEMO_FILE_NAME
ACCOUNT = r"(?<!\w)@[\w.]*\w"


def _mask(texts):
    """The masking of module 05, section 2."""
    return mask_pii(texts).str.replace(ACCOUNT, "@[AKUN]", regex=True).str.strip()


def _author_labels() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location(
        "contoh_ekspor_instansi", DATASETS / "build" / "contoh_ekspor_instansi.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    import pandas as pd

    pairs = builder.labelled()
    masked = _mask(pd.Series([text for text, _ in pairs]))
    return dict(zip(masked, (label for _, label in pairs), strict=True))


def build() -> own_check.LabelFile:
    comments = read_comments(dataset_path("contoh_ekspor_instansi"), verbose=False)
    texts = _mask(comments["teks"])
    sample = own_check.draw_sample(texts, train_default(), n=own_check.DEFAULT_SIZE,
                                   seed=own_check.DEFAULT_SEED)
    labels = _author_labels()
    sample["label"] = sample["teks"].map(labels)
    missing = sample[sample["label"].isna()]
    if not missing.empty:
        raise SystemExit(f"no author label for: {missing['teks'].tolist()}")
    TARGET.unlink(missing_ok=True)
    labels_file = own_check.LabelFile(TARGET, sample)
    labels_file.save()
    return labels_file


if __name__ == "__main__":
    written = build()
    print(f"{TARGET.name}: {len(written)} komentar berlabel ditulis")
