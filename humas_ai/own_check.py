"""Check the sentiment model on the participant's own comments ("Cek di data Anda sendiri").

A model that scores well on the class data can do much worse on an agency's own
comments (other topics, other words, other ways of complaining).  The only way to know
is to label a sample of one's own comments and compare.  This module holds the logic;
:func:`humas_ai.classroom.widgets.own_labeller` is the clicking interface around it::

    from humas_ai import own_check
    labels = own_check.LabelFile.open_or_create("hasil/label_sendiri.csv", texts, model)
    labels.set_label(0, "negatif")            # saved to disk at once
    result = own_check.evaluate(model, labels.frame)
    print(result.summary())

Design:

* **Stratified sample, fixed seed.**  :func:`draw_sample` sorts the comments into
  strata by the model's own verdict (positif, netral, negatif, ragu-ragu), takes an
  equal share from each (so rare classes and doubtful cases are checked too), and
  shuffles the order so the participant does not see the model's grouping.
* **Nothing is lost.**  The sample and every label live in one CSV file (UTF-8 with
  BOM, so Excel opens it).  Each label rewrites the file at once, through a temporary
  file, so a kernel restart or a crash never leaves half a file; opening the file
  again resumes at the first comment without a label.
* **Honest figures.**  Because rare strata are over-sampled, each labelled comment
  stands for the ``jumlah_strata`` comments of its stratum divided by the number
  labelled in it; accuracy and macro-F1 are weighted accordingly, so they estimate
  the figures on *all* comments.  The 95% interval comes from a stratified bootstrap
  with a fixed seed.  Comments the model labels ``ragu-ragu`` are not counted as
  right or wrong (the issue brief reports them as uncertain); their share is
  reported next to the accuracy.
* **Retraining** (:func:`retrain`) adds the labels to the default model's training
  data.  The retrained model remembers which labels it learned from, and
  :func:`evaluate` leaves those out: a model is never scored on comments it saw.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd

from humas_ai.errors import HumasAIError
from humas_ai.inputs import is_missing
from humas_ai.numbers import decimal, percent

#: The labels a participant can give.
CLASSES = ("positif", "netral", "negatif")
#: The button for a comment the participant cannot or does not want to judge.
SKIP = "lewati"
CHOICES = (*CLASSES, SKIP)
#: The stratum of comments the model is not sure about (same word as the sentiment module).
UNCERTAIN = "ragu-ragu"
STRATA = (*CLASSES, UNCERTAIN)
#: Default sample size: enough for a rough figure, small enough for one sitting (5-8 minutes).
DEFAULT_SIZE = 50
DEFAULT_SEED = 42
DEFAULT_FILE = Path("hasil") / "label_sendiri.csv"
#: Bootstrap resamples for the interval (fixed seed, so the interval is reproducible).
BOOTSTRAP_ROUNDS = 2000
#: Fewer labelled comments than this: the figure is shown, with a strong warning.
FEW_LABELS = 30

COLUMNS = ["no", "kunci", "teks", "strata", "jumlah_strata", "label", "waktu"]
#: A filled-in label file for the bundled sample export (labels by the course authors).
DEMO_FILE_NAME = "label_contoh_ekspor_instansi.csv"


class OwnCheckError(HumasAIError):
    """The own-data check cannot go on (no comments, a damaged label file, no labels yet)."""


def text_key(text: str) -> str:
    """A short, stable key of a comment (the same text always gets the same key)."""
    return hashlib.sha1(str(text).strip().encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- sampling


def _unique_texts(texts) -> list[str]:
    if isinstance(texts, str | bytes) or not isinstance(texts, Iterable):
        raise OwnCheckError(
            "Berikan daftar komentar (misalnya kolom komentar['teks']), bukan satu teks."
        )
    seen: dict[str, str] = {}
    for text in texts:
        if is_missing(text):
            continue
        text = str(text).strip()
        if text:
            seen.setdefault(text_key(text), text)
    if not seen:
        raise OwnCheckError(
            "Tidak ada komentar berisi teks untuk diperiksa. Periksa kolom yang Anda berikan, "
            "misalnya komentar['teks']."
        )
    return list(seen.values())


def _verdicts(model, texts: list[str], threshold: float | None) -> pd.Series:
    """The model's label per text, ``ragu-ragu`` below ``threshold``."""
    from humas_ai import sentiment  # lazy: sampling from given strata needs no model code

    options = {} if threshold is None else {"threshold": threshold}
    return sentiment.label_with_uncertainty(model, texts, **options)["sentimen"].astype(str)


def _allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Equal shares per stratum, capped at its size; what a small stratum cannot use goes on."""
    take = dict.fromkeys(sizes, 0)
    left = min(n, sum(sizes.values()))
    while left > 0:
        open_strata = [name for name in sizes if take[name] < sizes[name]]
        share, extra = divmod(left, len(open_strata))
        for position, name in enumerate(open_strata):
            wanted = share + (1 if position < extra else 0)
            got = min(wanted, sizes[name] - take[name])
            take[name] += got
            left -= got
    return take


def draw_sample(texts, model=None, *, n: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED,
                threshold: float | None = None, strata=None, exclude=()) -> pd.DataFrame:
    """Draw the comments to label: stratified by the model's verdict, in shuffled order.

    ``texts`` are the participant's comments (already masked); repeated texts count
    once.  The strata are the model's labels from
    :func:`humas_ai.sentiment.label_with_uncertainty` (``model``, ``threshold``), or
    the given ``strata`` (one per text, for tests and for a model's stored verdicts).
    ``exclude`` holds keys (:func:`text_key`) of comments labelled earlier, for a
    second round.  Returns the columns of a label file, with empty labels.
    """
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 1:
        raise OwnCheckError(f"Jumlah komentar yang dilabeli harus bilangan bulat positif, "
                            f"bukan {n!r}. Saran: 50 sampai 100.")
    unique = _unique_texts(texts)
    if strata is None:
        if model is None:
            raise OwnCheckError("Berikan model sentimen (misalnya train_default()) agar komentar "
                                "bisa dibagi menurut tebakan model.")
        verdicts = _verdicts(model, unique, threshold)
    else:
        given = dict(zip((str(t).strip() for t in texts), list(strata), strict=True))
        verdicts = pd.Series([str(given[text]) for text in unique])
    table = pd.DataFrame({"kunci": [text_key(t) for t in unique], "teks": unique,
                          "strata": verdicts.to_numpy()})
    table = table[~table["kunci"].isin(set(exclude))].reset_index(drop=True)
    if table.empty:
        raise OwnCheckError("Semua komentar sudah pernah dilabeli; tidak ada yang tersisa.")
    table["jumlah_strata"] = table.groupby("strata")["kunci"].transform("size")
    order = [name for name in STRATA if name in set(table["strata"])]
    order += sorted(set(table["strata"]) - set(order))
    sizes = {name: int((table["strata"] == name).sum()) for name in order}
    take = _allocate(sizes, int(n))
    rng = np.random.default_rng(seed)
    picked = []
    for name in order:
        rows = np.flatnonzero(table["strata"].to_numpy() == name)
        picked.extend(rng.choice(rows, size=take[name], replace=False).tolist())
    sample = table.iloc[rng.permutation(np.asarray(picked, dtype=int))].reset_index(drop=True)
    sample.insert(0, "no", np.arange(1, len(sample) + 1))
    sample["label"] = ""
    sample["waktu"] = ""
    return sample[COLUMNS]


# --------------------------------------------------------------------------- the label file


def _read_label_csv(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as error:
        raise OwnCheckError(
            f"File label {path} tidak bisa dibaca ({error}). Jika file itu rusak, ganti namanya "
            "(misalnya label_sendiri_lama.csv) agar labelnya tidak hilang, lalu mulai lagi."
        ) from error
    missing = [column for column in COLUMNS if column not in frame.columns]
    if missing:
        raise OwnCheckError(
            f"File {path} bukan file label cek data sendiri: kolom {', '.join(missing)} tidak "
            "ada. Pakai nama file lain untuk label baru, misalnya hasil/label_sendiri_2.csv."
        )
    frame = frame[COLUMNS].copy()
    frame["label"] = frame["label"].str.strip().str.lower()
    wrong = sorted(set(frame["label"]) - {*CHOICES, ""})
    if wrong:
        raise OwnCheckError(
            f"File {path} memuat label yang tidak dikenal: {', '.join(wrong)}. Label yang boleh: "
            f"{', '.join(CHOICES)} (atau kosong). Perbaiki di Excel lalu simpan sebagai CSV."
        )
    numbers = pd.to_numeric(frame["jumlah_strata"], errors="coerce")
    if numbers.isna().any() or (numbers < 1).any():
        raise OwnCheckError(f"Kolom jumlah_strata di {path} harus berisi bilangan bulat positif. "
                            "Jangan ubah kolom itu; ambil salinan file yang utuh.")
    frame["jumlah_strata"] = numbers.astype(int)
    frame["no"] = pd.to_numeric(frame["no"], errors="coerce").fillna(0).astype(int)
    return frame.reset_index(drop=True)


def _write_atomically(frame: pd.DataFrame, path: Path) -> None:
    temporary = path.with_name(path.name + ".sementara")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        frame.to_csv(temporary, index=False, encoding="utf-8-sig")
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OwnCheckError(
            f"Label belum tersimpan: {path} tidak bisa ditulisi ({error.strerror or error}). "
            "Jika file itu sedang dibuka di Excel, tutup dulu, lalu klik lagi."
        ) from error


@dataclass
class LabelFile:
    """The sample and the labels given so far, kept in one CSV file."""

    path: Path
    frame: pd.DataFrame

    @classmethod
    def open(cls, path=DEFAULT_FILE) -> LabelFile:
        """Open an existing label file."""
        path = Path(path)
        if not path.is_file():
            raise OwnCheckError(
                f"File label {path} belum ada. Buat dengan pelabel (own_labeller) atau "
                "LabelFile.open_or_create(path, komentar['teks'], model)."
            )
        return cls(path, _read_label_csv(path))

    @classmethod
    def open_or_create(cls, path=DEFAULT_FILE, texts=None, model=None, *,
                       n: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED,
                       threshold: float | None = None, strata=None, exclude=()) -> LabelFile:
        """Resume the file at ``path``; if it does not exist yet, draw a sample and write it.

        An existing file is never redrawn or overwritten, even when ``texts`` changed, so
        labels given before a restart are kept.
        """
        path = Path(path)
        if path.suffix.lower() != ".csv":
            raise OwnCheckError(f"Nama file label harus berakhiran .csv, bukan {path.name!r}. "
                                "Contoh: hasil/label_sendiri.csv.")
        if path.exists():
            return cls.open(path)
        if texts is None:
            raise OwnCheckError(f"File label {path} belum ada; berikan komentar yang akan "
                                "dilabeli, misalnya komentar['teks'].")
        sample = draw_sample(texts, model, n=n, seed=seed, threshold=threshold, strata=strata,
                             exclude=exclude)
        labels = cls(path, sample)
        labels.save()
        return labels

    def save(self) -> None:
        """Write the whole file (through a temporary file, so it is never half written)."""
        _write_atomically(self.frame, self.path)

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def done(self) -> int:
        """How many comments have a label (``lewati`` included)."""
        return int((self.frame["label"] != "").sum())

    def next_position(self, start: int = 0) -> int | None:
        """Position of the first comment without a label from ``start`` on (then from 0)."""
        empty = np.flatnonzero(self.frame["label"].to_numpy() == "")
        if not len(empty):
            return None
        later = empty[empty >= start]
        return int(later[0] if len(later) else empty[0])

    def set_label(self, position: int, label: str) -> None:
        """Give the comment at ``position`` a label and save the file at once."""
        label = str(label).strip().lower()
        if label not in CHOICES:
            raise OwnCheckError(f"Label {label!r} tidak dikenal. Pilih salah satu: "
                                f"{', '.join(CHOICES)}.")
        if not 0 <= position < len(self.frame):
            raise OwnCheckError(f"Tidak ada komentar nomor {position + 1}; file ini berisi "
                                f"{len(self.frame)} komentar.")
        before = self.frame.loc[position, ["label", "waktu"]].copy()
        self.frame.loc[position, "label"] = label
        self.frame.loc[position, "waktu"] = datetime.now().isoformat(timespec="seconds")
        try:
            self.save()
        except OwnCheckError:
            self.frame.loc[position, ["label", "waktu"]] = before.to_numpy()
            raise

    def labelled(self) -> pd.DataFrame:
        """The comments with a sentiment label (not skipped)."""
        return self.frame[self.frame["label"].isin(CLASSES)].reset_index(drop=True)


def demo_labels_path() -> Path:
    """The bundled label file for the sample export ``contoh_ekspor_instansi``.

    It shows what a finished check looks like where nobody has labelled yet (a
    demonstration in class, the notebook tests).  Its comments were written by the
    same authors as the model's training data, so its figure is too optimistic for
    real comments.
    """
    from humas_ai.paths import datasets_dir

    return datasets_dir() / DEMO_FILE_NAME


def read_labels(path=DEFAULT_FILE) -> pd.DataFrame:
    """The rows of a label file (all of them; empty labels are kept)."""
    return LabelFile.open(path).frame


# --------------------------------------------------------------------------- evaluation


def _format(value: float, digits: int = 2) -> str:
    return decimal(value, digits)


def _percent(value: float) -> str:
    return percent(value)


@dataclass
class OwnCheckResult:
    """The model's figures on the participant's own labels, with 95% bootstrap intervals."""

    n_labelled: int
    n_skipped: int
    n_unlabelled: int
    n_confident: int
    accuracy: float
    accuracy_interval: tuple[float, float]
    macro_f1: float
    macro_f1_interval: tuple[float, float]
    uncertain_share: float
    per_class: pd.DataFrame
    table: pd.DataFrame
    n_left_out: int = 0
    notes: list[str] = field(default_factory=list)
    labelled_by: str = "petugas"

    @property
    def few(self) -> bool:
        return self.n_confident < FEW_LABELS

    def sentence(self) -> str:
        """One sentence for the methods section of the issue brief."""
        low, high = self.accuracy_interval
        text = (
            f"Ketepatan model diukur pada {self.n_labelled} komentar data ini yang dilabeli "
            f"{self.labelled_by}: pada komentar yang diberi label yakin, model benar "
            f"{_percent(self.accuracy)} (rentang 95%: {_percent(low)}–{_percent(high)}; macro-F1 "
            f"{_format(self.macro_f1)}, rentang {_format(self.macro_f1_interval[0])}–"
            f"{_format(self.macro_f1_interval[1])})."
        )
        if self.few:
            text += " Labelnya masih sedikit, jadi rentangnya lebar; anggap angka ini kasar."
        return text

    def mistakes(self) -> pd.DataFrame:
        """The labelled comments the model was sure about and got wrong."""
        wrong = self.table["benar"].eq(False)
        return self.table[wrong].drop(columns="benar").reset_index(drop=True)

    def _confident_line(self) -> str:
        doubtful = self.n_labelled - self.n_confident
        if not doubtful:
            return "Model yakin pada semua komentar itu."
        return (f"Dari jumlah itu, {self.n_confident} diberi label yakin oleh model; "
                f"{doubtful} lainnya ragu-ragu dan tidak dihitung benar atau salah.")

    def summary(self) -> str:
        """The result in plain Indonesian, several lines."""
        low, high = self.accuracy_interval
        f_low, f_high = self.macro_f1_interval
        lines = [
            f"Komentar yang Anda labeli: {self.n_labelled} "
            f"(dilewati {self.n_skipped}, belum dilabeli {self.n_unlabelled}).",
            self._confident_line(),
            f"Ketepatan (akurasi) model: {_percent(self.accuracy)}, rentang 95%: "
            f"{_percent(low)}–{_percent(high)}.",
            f"Macro-F1: {_format(self.macro_f1)}, rentang 95%: {_format(f_low)}–"
            f"{_format(f_high)}.",
            f"Perkiraan porsi komentar ragu-ragu di seluruh data: "
            f"{_percent(self.uncertain_share)}.",
            "Arti rentang: Anda hanya memeriksa sebagian komentar, jadi angkanya bisa meleset. "
            "Ketepatan model pada seluruh komentar Anda kemungkinan besar (95 dari 100 kali) "
            "berada di antara dua angka itu. Makin sedikit label, makin lebar rentangnya.",
        ]
        if self.few:
            lines.append(f"Perhatian: baru {self.n_confident} label yang bisa dinilai. Dengan "
                         f"label sesedikit ini rentangnya lebar; labeli lebih banyak komentar "
                         f"(minimal {FEW_LABELS}, sebaiknya 50–100) sebelum melaporkan angkanya.")
        lines += self.notes
        return "\n".join(lines)

    def __repr__(self) -> str:
        return self.summary()

    def _repr_html_(self) -> str:
        import html

        lines = "".join(f"<li>{html.escape(line)}</li>" for line in self.summary().splitlines())
        return (f"<p><b>Cek di data Anda sendiri</b></p><ul>{lines}</ul>"
                + self.per_class.to_html(float_format=lambda v: _format(v, 2)))


def _weights(frame: pd.DataFrame) -> np.ndarray:
    """Each labelled comment stands for N_h / n_h comments of its stratum."""
    counts = frame.groupby("strata")["kunci"].transform("size").to_numpy(dtype=float)
    return frame["jumlah_strata"].to_numpy(dtype=float) / counts


def _scores(truth: np.ndarray, predicted: np.ndarray, weights: np.ndarray,
            confident: np.ndarray, present: np.ndarray
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Accuracy, macro-F1 and uncertain share, one per row of the (B, m) arrays.

    Macro-F1 averages the classes in ``present`` (those in the labels or the
    predictions of the whole sample, as scikit-learn does).
    """
    rounds, classes = truth.shape[0], len(present)
    w_conf = weights * confident
    total_conf = w_conf.sum(axis=1)
    correct = (w_conf * (truth == predicted)).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        accuracy = np.where(total_conf > 0, correct / total_conf, np.nan)
    codes = (truth * classes + np.where(confident, predicted, 0)) + \
        (np.arange(rounds) * classes * classes)[:, None]
    confusion = np.bincount(codes.ravel(), weights=w_conf.ravel(),
                            minlength=rounds * classes * classes).reshape(rounds, classes, classes)
    true_positive = np.diagonal(confusion, axis1=1, axis2=2)
    denominator = confusion.sum(axis=1) + confusion.sum(axis=2)
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.where(denominator > 0, 2 * true_positive / denominator, 0.0)
    macro = f1[:, present].mean(axis=1) if present.any() else np.full(rounds, np.nan)
    uncertain = (weights * ~confident).sum(axis=1) / weights.sum(axis=1)
    return accuracy, macro, uncertain


def evaluate(model, labels, *, threshold: float | None = None,
             rounds: int = BOOTSTRAP_ROUNDS, seed: int = DEFAULT_SEED,
             labelled_by: str = "petugas") -> OwnCheckResult:
    """Score ``model`` on the participant's labels (a :class:`LabelFile`, its frame or a path).

    Accuracy and macro-F1 count the comments the model labels with confidence (not
    ``ragu-ragu``), weighted so they estimate the figures on all comments.  The 95%
    interval is a stratified bootstrap (``rounds`` resamples, fixed ``seed``).
    Labels the model was trained on (see :func:`retrain`) are left out.
    ``labelled_by`` names who gave the labels in :meth:`OwnCheckResult.sentence`.
    """
    from humas_ai import sentiment

    frame = labels.frame if isinstance(labels, LabelFile) else \
        labels if isinstance(labels, pd.DataFrame) else read_labels(labels)
    missing = [column for column in COLUMNS if column not in frame.columns]
    if missing:
        raise OwnCheckError(f"Tabel label tidak lengkap: kolom {', '.join(missing)} tidak ada. "
                            "Berikan file label dari pelabel, misalnya hasil/label_sendiri.csv.")
    skipped = int((frame["label"] == SKIP).sum())
    unlabelled = int((frame["label"] == "").sum())
    rated = frame[frame["label"].isin(CLASSES)].reset_index(drop=True)
    seen = set(getattr(model, "own_label_keys_", ()))
    left_out = int(rated["kunci"].isin(seen).sum())
    rated = rated[~rated["kunci"].isin(seen)].reset_index(drop=True)
    if rated.empty:
        reason = ("semua label sudah dipakai untuk melatih model ini; labeli komentar baru "
                  "(file label baru dengan seed lain) untuk mengukurnya") if left_out else \
            "beri label dulu dengan pelabel, lalu jalankan sel ini lagi"
        raise OwnCheckError(f"Belum ada komentar berlabel yang bisa dinilai: {reason}.")
    options = {} if threshold is None else {"threshold": threshold}
    verdict = sentiment.label_with_uncertainty(model, rated["teks"].tolist(), **options)
    predicted_labels = verdict["sentimen"].astype(str).to_numpy()
    confident = predicted_labels != sentiment.UNCERTAIN
    index = {name: position for position, name in enumerate(CLASSES)}
    truth = rated["label"].map(index).to_numpy()
    predicted = np.array([index.get(label, 0) for label in predicted_labels])
    weights = _weights(rated)
    seen_classes = np.concatenate([truth[confident], predicted[confident]])
    present = np.isin(np.arange(len(CLASSES)), seen_classes)

    accuracy, macro, uncertain = (values[0] for values in _scores(
        truth[None], predicted[None], weights[None], confident[None], present))
    rng = np.random.default_rng(seed)
    strata = rated["strata"].to_numpy()
    groups = [np.flatnonzero(strata == name) for name in pd.unique(strata)]
    draws = np.concatenate([group[rng.integers(0, len(group), size=(rounds, len(group)))]
                            for group in groups], axis=1)
    boot = _scores(truth[draws], predicted[draws], weights[draws], confident[draws], present)

    def interval(values: np.ndarray) -> tuple[float, float]:
        values = values[~np.isnan(values)]
        if not len(values):
            return (float("nan"), float("nan"))
        return (float(np.quantile(values, 0.025)), float(np.quantile(values, 0.975)))

    table = rated[["no", "teks", "label"]].assign(prediksi=predicted_labels,
                                                  keyakinan=verdict["keyakinan"].to_numpy())
    table["benar"] = np.where(confident, table["label"] == table["prediksi"], pd.NA)
    sure = table[confident]
    per_class = pd.DataFrame({
        "dilabeli_anda": rated["label"].value_counts().reindex(CLASSES, fill_value=0),
        "ditebak_model": pd.Series(predicted_labels).value_counts()
        .reindex(CLASSES, fill_value=0),
        "tebakan_benar": sure[sure["benar"].astype(bool)]["label"].value_counts()
        .reindex(CLASSES, fill_value=0),
    })
    per_class.index.name = "kelas"
    notes = []
    if left_out:
        notes.append(f"{left_out} label tidak dihitung karena model ini dilatih dengan label itu.")
    if np.isnan(accuracy):
        raise OwnCheckError("Model ragu-ragu pada semua komentar yang Anda labeli, jadi "
                            "ketepatannya belum bisa dihitung. Labeli lebih banyak komentar.")
    return OwnCheckResult(
        n_labelled=len(rated), n_skipped=skipped, n_unlabelled=unlabelled,
        n_confident=int(confident.sum()), accuracy=float(accuracy),
        accuracy_interval=interval(boot[0]), macro_f1=float(macro),
        macro_f1_interval=interval(boot[1]), uncertain_share=float(uncertain),
        per_class=per_class, table=table, n_left_out=left_out, notes=notes,
        labelled_by=labelled_by,
    )


# --------------------------------------------------------------------------- retraining


def _default_training_data() -> pd.DataFrame:
    """What the default model learns from (columns teks, sentimen)."""
    from humas_ai import corpora, sentiment

    provider = getattr(sentiment, "default_training_data", None)
    if provider is None:
        from humas_ai.data import load_dataset

        return load_dataset("komentar_publik")
    try:
        return provider(strict=True)
    except corpora.CorpusMissingError as error:
        raise OwnCheckError(
            "Model bawaan belajar dari korpus publik yang tidak ada di laptop ini, jadi model "
            "hasil latih ulang akan lebih buruk daripada model bawaan. Salin folder korpus dari "
            "pelatih atau paket luring (lihat humas_ai.corpora.fetch), lalu coba lagi; atau "
            "berikan data latih Anda sendiri dengan base=tabel (kolom teks dan sentimen)."
        ) from error


def retrain(labels, *, base=None, repeat: int = 3):
    """The default model retrained with the participant's labels added.

    ``labels``: a :class:`LabelFile`, its frame, or a path.  ``base``: the training
    table (columns ``teks`` and ``sentimen``); by default the default model's own
    training data and recipe (which need the public corpora on this computer: without
    them this refuses, rather than quietly train a weaker model).  Each own label is
    repeated ``repeat`` times so a few dozen labels weigh against thousands of
    training comments.  The returned model remembers the keys of the labels it
    learned from (``own_label_keys_``); :func:`evaluate` leaves them out, so measure
    it on a new sample.  Training takes tens of seconds on a laptop.
    """
    from humas_ai import sentiment

    frame = labels.frame if isinstance(labels, LabelFile) else \
        labels if isinstance(labels, pd.DataFrame) else read_labels(labels)
    own = frame[frame["label"].isin(CLASSES)]
    if own.empty:
        raise OwnCheckError("Belum ada komentar berlabel untuk melatih ulang. Beri label dulu "
                            "dengan pelabel.")
    if isinstance(repeat, bool) or not isinstance(repeat, int) or repeat < 1:
        raise OwnCheckError(f"repeat harus bilangan bulat 1 atau lebih, bukan {repeat!r}.")
    if base is None:
        base = _default_training_data()
    if not {"teks", "sentimen"} <= set(base.columns):
        raise OwnCheckError("Data latih dasar harus punya kolom 'teks' dan 'sentimen'.")
    added = pd.DataFrame({"teks": own["teks"].tolist() * repeat,
                          "sentimen": own["label"].tolist() * repeat})
    data = pd.concat([base[["teks", "sentimen"]], added], ignore_index=True)
    recipe = sentiment.default_recipe(sentiment.load_model().local_words)
    model = recipe.fit(data["teks"], data["sentimen"])
    model.own_label_keys_ = frozenset(own["kunci"])
    return model


# --------------------------------------------------------------------------- the gap on real text

#: Figures the kit measured (``bench``-style, on this computer's copy of the public corpora)
#: for module 02's ``model_lr``: TF-IDF + logistic regression trained on 80% of
#: ``komentar_publik`` without spam (seed 42).  Shown where the corpora are not on the laptop.
PUBLIC_GAP_MEASURED = pd.DataFrame(
    {"jumlah": [746, 400, 1260], "akurasi": [0.867, 0.555, 0.502],
     "macro_f1": [0.866, 0.509, 0.408]},
    index=pd.Index(["Komentar kita (data uji)", "NusaX-Senti Indonesia (uji)",
                    "SmSA IndoNLU (validasi)"], name="data"),
)


def public_gap(model, texts, labels, *, root=None, check: bool = True) -> pd.DataFrame:
    """Accuracy and macro-F1 of ``model`` on our test comments and on two public samples.

    ``texts``/``labels`` are our own held-out comments; the public samples are the
    NusaX-Senti Indonesian test set and the IndoNLU SmSA validation set, read with
    :mod:`humas_ai.corpora` (never downloaded here: a missing corpus raises
    :class:`humas_ai.corpora.CorpusMissingError`).  Only figures are returned, no text.
    """
    from sklearn.metrics import accuracy_score, f1_score

    from humas_ai import corpora

    samples = {
        "Komentar kita (data uji)": (list(texts), list(labels)),
    }
    nusax = corpora.load_nusax_sentiment("indonesian", "test", root=root, check=check)
    smsa = corpora.load_smsa("valid", root=root, check=check)
    samples["NusaX-Senti Indonesia (uji)"] = (nusax["teks"].tolist(), nusax["sentimen"].tolist())
    samples["SmSA IndoNLU (validasi)"] = (smsa["teks"].tolist(), smsa["sentimen"].tolist())
    rows = {}
    for name, (sample_texts, truth) in samples.items():
        predicted = model.predict(sample_texts)
        rows[name] = {"jumlah": len(truth),
                      "akurasi": round(accuracy_score(truth, predicted), 3),
                      "macro_f1": round(f1_score(truth, predicted, average="macro"), 3)}
    table = pd.DataFrame.from_dict(rows, orient="index")
    table.index.name = "data"
    return table
