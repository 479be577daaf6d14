"""Module 05 (capstone): the bundled sample export and the offline issue brief made from it.

The capstone notebook reads ``datasets/contoh_ekspor_instansi.csv`` with
``read_comments``, masks personal data, labels sentiment with the default
model, clusters issues and writes a one-page HTML brief.  These tests run the
same steps outside the notebook and check that the brief opens offline: every
resource is inline (images as ``data:`` URIs), with no web address to fetch,
no script and no CSS import.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from humas_ai.clustering import cluster_texts, summarise_clusters
from humas_ai.data import dataset_path, list_datasets, read_comments
from humas_ai.ethics import find_pii, mask_pii
from humas_ai.report import issue_brief

SAMPLE = "contoh_ekspor_instansi"
PLANTED_KINDS = {"TELEPON", "NIK", "EMAIL", "REKENING", "NAMA"}


def _sample() -> pd.DataFrame:
    return read_comments(dataset_path(SAMPLE), verbose=False)


# --------------------------------------------------------------------------- the sample export


def test_sample_is_registered():
    assert SAMPLE in set(list_datasets()["nama"])


def test_sample_has_the_oddities_of_a_real_export():
    raw = dataset_path(SAMPLE).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark"
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("Diekspor dari") and lines[1].startswith("Periode:")
    assert lines[2] == "Tanggal;Nama Akun;Isi Komentar;Jumlah Suka"
    assert ";;;" in lines, "a row of separators only"
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4};[^;]+;;\d+", line) for line in lines), (
        "a row with an empty comment"
    )
    assert 150 <= len(lines) - 3 <= 250


def test_read_comments_reads_the_sample():
    comments = _sample()
    assert list(comments.columns) == ["teks", "Tanggal", "Nama Akun", "Jumlah Suka", "tanggal"]
    assert comments.attrs["kolom_teks_asli"] == "Isi Komentar"
    assert comments.attrs["kolom_tanggal_asli"] == "Tanggal"
    assert comments.attrs["baris_kosong_dibuang"] == 10
    assert 150 <= len(comments) <= 250
    assert comments["teks"].str.strip().ne("").all()
    dates = pd.to_datetime(comments["Tanggal"], dayfirst=True, format="%d/%m/%Y")
    assert dates.min() >= pd.Timestamp("2025-07-01") and dates.max() <= pd.Timestamp("2025-09-30")
    assert dates.dt.day.gt(12).any(), "day-first dates that cannot be read month-first"
    assert any(ord(character) > 0x1F000 for text in comments["teks"] for character in text)


def test_masking_visibly_matters_and_leaves_nothing_it_can_find():
    texts = _sample()["teks"]
    kinds = {span.kind for text in texts for span in find_pii(text)}
    assert kinds >= PLANTED_KINDS
    masked = mask_pii(texts)
    assert not [text for text in masked if find_pii(text)]
    assert masked.str.contains(r"\[NIK\]").sum() == 2
    assert not masked.str.contains(r"\d{4}[ -]?\d{4}[ -]?\d{3,4}").any(), "no phone digits left"


# --------------------------------------------------------------------------- the offline brief


class _Resources(HTMLParser):
    """Collect every src/href value and the tags of an HTML document."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.links += [value or "" for name, value in attrs if name in ("src", "href")]


@pytest.fixture(scope="module")
def brief(tmp_path_factory) -> str:
    """The brief the capstone notebook writes for the sample export, read back from disk.

    As in the notebook: uncertain comments are labelled ragu-ragu, and the default
    model is checked on the bundled demo labels before the brief is written.
    """
    from humas_ai import own_check
    from humas_ai.sentiment import DEFAULT_THRESHOLD, label_with_uncertainty, train_default

    comments = _sample()
    comments["teks"] = mask_pii(comments["teks"])
    comments = comments.drop(columns=["Nama Akun"])
    comments["tanggal"] = pd.to_datetime(comments["Tanggal"], dayfirst=True)
    model = train_default()
    comments[["sentimen", "keyakinan"]] = label_with_uncertainty(model, comments["teks"])
    checked = own_check.evaluate(model, own_check.demo_labels_path(),
                                 labelled_by="penyusun kit (contoh)")
    labels = cluster_texts(comments["teks"], k=6, random_state=42)
    issues = summarise_clusters(comments["teks"], labels, comments["sentimen"],
                                comments["tanggal"], random_state=42)
    path = tmp_path_factory.mktemp("hasil") / "laporan_isu.html"
    issue_brief(comments, issues=issues, institution="Pemkab contoh", model_check=checked,
                uncertain_threshold=DEFAULT_THRESHOLD, path=path)
    return path.read_text(encoding="utf-8")


def _visible(document: str) -> str:
    text = re.sub(r"data:[^\"')\s]+", "", document)
    return " ".join(re.sub(r"<[^>]+>", " ", text).split())


@pytest.mark.slow
def test_brief_needs_nothing_from_the_network(brief):
    parser = _Resources()
    parser.feed(brief)
    assert "img" in parser.tags, "the charts are in the brief"
    assert parser.links and all(link.startswith("data:") for link in parser.links), parser.links
    assert "script" not in parser.tags and "<script" not in brief.lower()
    assert "@import" not in brief
    assert not re.search(r"url\(\s*['\"]?(?!data:)", brief), "CSS url() outside data: URIs"
    assert not re.search(r"https?://|(?<![\w:])//[\w.-]+\.\w", brief), "a web address"


@pytest.mark.slow
def test_brief_quotes_hold_no_personal_data(brief):
    text = re.sub(r"data:[^\"')\s]+", "", brief)
    text = re.sub(r"<[^>]+>", " ", text)
    assert not find_pii(text)
    assert "Pemkab contoh" in text and "Nama Akun" not in text


@pytest.mark.slow
def test_brief_states_the_check_on_own_labels_and_the_uncertain_share(brief):
    text = _visible(brief)
    assert "Ketepatan model diukur pada 50 komentar data ini yang dilabeli penyusun kit " \
        "(contoh): pada komentar yang diberi label yakin, model benar" in text
    assert "rentang 95%:" in text and "belum diukur" not in text
    uncertain = re.search(r"(\d+) komentar \((\d+)%\) diberi label ragu-ragu karena model "
                          r"tidak cukup yakin \(peluang label terbaiknya di bawah 55%\)", text)
    assert uncertain, "the share of ragu-ragu comments is reported"
    assert f"; {uncertain.group(2)}% ragu-ragu" in text


def test_demo_labels_were_drawn_from_the_sample_export():
    from humas_ai import own_check

    demo = own_check.read_labels(own_check.demo_labels_path())
    # the strata cover every distinct comment of the export once (one spam is posted twice)
    assert demo.groupby("strata")["jumlah_strata"].first().sum() == _sample()["teks"].nunique()
    # masked with the masker of the day it was drawn; the words around the masks are the export's
    words = set(" ".join(_sample()["teks"]).split())
    for text in demo["teks"]:
        unmasked = [word for word in text.split() if "[" not in word and "@" not in word]
        assert sum(word in words for word in unmasked) >= 0.8 * len(unmasked), text
