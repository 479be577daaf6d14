"""Data quality checks for the bundled datasets in ``datasets/``.

These tests read the committed files, not the package code: schema and allowed
values, minimum sizes, duplicates and near-duplicates, label balance, a plain
baseline that must be neither trivial nor hopeless, reproducible builds, gold
spans of the personal-data set, no personal data in the public-comment and news
sets, the ethics cases and fact-check pairs, and the datasheets.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
from collections import Counter, defaultdict
from fractions import Fraction
from itertools import combinations
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from threadpoolctl import threadpool_limits

from humas_ai.data import load_dataset

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT / "datasets"
BUILD = DATASETS / "build"

PLATFORMS = {"instagram", "facebook", "x", "tiktok", "youtube", "lapor"}
REGIONS = {
    "Balikpapan", "Samarinda", "Bontang", "Berau", "Kutai Barat", "Kutai Kartanegara",
    "Kutai Timur", "Mahakam Ulu", "Paser", "Penajam Paser Utara",
}
SENTIMENTS = {"positif", "netral", "negatif"}
KOMENTAR_KINDS = ("biasa", "spam", "terkoordinasi")
SENTIMENT_SHARES = {"positif": (0.30, 0.40), "netral": (0.20, 0.30), "negatif": (0.35, 0.45)}
PII_KINDS = {"NIK", "KK", "NIP", "TELEPON", "EMAIL", "NPWP", "PLAT", "REKENING", "ALAMAT", "NAMA"}
DIGIT_KINDS = {"NIK", "KK", "NIP", "TELEPON", "NPWP", "REKENING"}
ETHICS_CATEGORIES = {
    "data_pribadi", "akurasi", "bias_keadilan", "keputusan_manusia", "keamanan",
    "transparansi", "hak_cipta_dan_citra",
}
FACT_ERROR_KINDS = {"angka", "kutipan", "tanggal", "tempat", "klaim_tambahan", "nama_jabatan"}
NEAR_DUPLICATE_JACCARD = Fraction(4, 5)
MAX_NEAR_DUPLICATE_SHARE = 0.02

SLUG = re.compile(r"[a-z]+(?:_[a-z]+)*")
LETTER_TOKEN = re.compile(r"[^\W\d_]+")
#: Digit groups joined by at most one separator each: "0812-3456-7890", "(0541) 7 123 456".
NUMBER = re.compile(r"\+?\(?\d+\)?(?:[ .\-]?\(?\d+\)?)*")
#: A money amount or count written with thousands dots ("1.250.000.000") is not personal data.
THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PLATE = re.compile(
    r"\b(?:KT|DA|KH|KB|KU|B|D|DD|L|AB|AD|BK|F|H|N|W|S)\s?\d{1,4}\s?[A-Z]{1,3}\b", re.IGNORECASE
)


# --------------------------------------------------------------------------- helpers


def read_csv(name: str) -> pd.DataFrame:
    return pd.read_csv(DATASETS / f"{name}.csv", dtype=str, keep_default_na=False)


def import_build_script(name: str) -> ModuleType:
    """Import ``datasets/build/<name>.py`` by path (it is not part of the package)."""
    spec = importlib.util.spec_from_file_location(f"_build_{name}", BUILD / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def letter_tokens(text: str) -> frozenset[str]:
    return frozenset(LETTER_TOKEN.findall(text.lower()))


def near_duplicate_pairs(
    texts: list[str], threshold: Fraction = NEAR_DUPLICATE_JACCARD
) -> set[tuple[int, int]]:
    """All index pairs whose letter-token sets have Jaccard similarity >= ``threshold``.

    Exact, by prefix filtering: tokens are ranked rarest first; a set of size n
    only needs its first ``n - ceil(threshold * n) + 1`` tokens indexed, because
    two sets that reach the threshold always share a token within both prefixes.
    Candidates are then checked with the size bound and the exact Jaccard, in
    integer arithmetic so no pair is lost to rounding.  Empty sets are skipped.
    """
    num, den = threshold.numerator, threshold.denominator
    sets = [letter_tokens(text) for text in texts]
    frequency = Counter(token for tokens in sets for token in tokens)
    index: dict[str, list[int]] = defaultdict(list)
    pairs = set()
    for i in sorted(range(len(sets)), key=lambda row: len(sets[row])):
        tokens = sets[i]
        size = len(tokens)
        if not size:
            continue
        ranked = sorted(tokens, key=lambda token: (frequency[token], token))
        prefix = size - (num * size + den - 1) // den + 1
        candidates = set()
        for token in ranked[:prefix]:
            candidates.update(index[token])
            index[token].append(i)
        for j in candidates:
            other = sets[j]
            if den * len(other) < num * size:  # other is never larger: sizes are sorted
                continue
            shared = len(tokens & other)
            if den * shared >= num * (size + len(other) - shared):
                pairs.add((min(i, j), max(i, j)))
    return pairs


def brute_force_pairs(texts: list[str], threshold: Fraction) -> set[tuple[int, int]]:
    sets = [letter_tokens(text) for text in texts]
    return {
        (i, j) for i, j in combinations(range(len(sets)), 2)
        if sets[i] and sets[j] and Fraction(len(sets[i] & sets[j]), len(sets[i] | sets[j]))
        >= threshold
    }


def long_numbers(text: str, min_digits: int = 10) -> list[str]:
    """Digit runs (separators allowed) with at least ``min_digits`` digits, money excluded."""
    found = []
    for match in NUMBER.finditer(text):
        run = match.group().strip()
        if not THOUSANDS.fullmatch(run) and len(re.sub(r"\D", "", run)) >= min_digits:
            found.append(run)
    return found


def digits_only(text: str) -> str:
    return re.sub(r"\D", "", text)


def first_paragraph(markdown: str) -> str:
    """The first block of non-heading lines, up to the next blank line or heading."""
    lines: list[str] = []
    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith("#") or not stripped:
            if lines:
                break
            continue
        lines.append(stripped)
    return " ".join(lines)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def komentar() -> pd.DataFrame:
    return read_csv("komentar_publik")


@pytest.fixture(scope="module")
def berita() -> pd.DataFrame:
    return read_csv("berita_isu")


@pytest.fixture(scope="module")
def data_pribadi() -> pd.DataFrame:
    return read_csv("data_pribadi_sintetis")


@pytest.fixture(scope="module")
def gold_spans(data_pribadi) -> list[tuple[str, dict]]:
    """(text, span) for every annotated span of data_pribadi_sintetis."""
    return [
        (text, span)
        for text, spans in zip(data_pribadi["teks"], data_pribadi["anotasi"], strict=True)
        for span in json.loads(spans)
    ]


@pytest.fixture(scope="module")
def kasus_etika() -> list[dict]:
    return load_dataset("kasus_etika")


@pytest.fixture(scope="module")
def fakta_pairs() -> dict[str, dict]:
    return load_dataset("fakta_siaran_pers")


@pytest.fixture(scope="module")
def public_texts(komentar, berita) -> dict[str, list[str]]:
    """Every free text that participants see in the two public-text datasets."""
    return {
        "komentar_publik.teks": komentar["teks"].tolist(),
        "berita_isu.judul": berita["judul"].tolist(),
        "berita_isu.ringkasan": berita["ringkasan"].tolist(),
    }


@pytest.fixture(scope="module")
def text_columns(komentar, berita, data_pribadi) -> dict[str, pd.Series]:
    return {
        "komentar_publik.teks": komentar["teks"],
        "berita_isu.judul": berita["judul"],
        "berita_isu.ringkasan": berita["ringkasan"],
        "data_pribadi_sintetis.teks": data_pribadi["teks"],
    }


# --------------------------------------------------------------------------- schema


@pytest.mark.parametrize(
    ("name", "columns", "id_pattern"),
    [
        ("komentar",
         ["id", "tanggal", "platform", "kabupaten_kota", "topik", "teks", "sentimen", "akun",
          "jam", "jenis", "kelompok"], r"K\d{4}"),
        ("berita", ["id", "tanggal", "media", "judul", "ringkasan", "isu", "jenis", "wilayah"],
         r"B\d{4}"),
        ("data_pribadi", ["id", "jenis_teks", "teks", "anotasi"], r"P\d{4}"),
    ],
)
def test_columns_and_unique_ids(name, columns, id_pattern, request):
    table = request.getfixturevalue(name)
    assert list(table.columns) == columns
    assert table["id"].is_unique
    malformed = table.loc[~table["id"].str.fullmatch(id_pattern), "id"].tolist()
    assert not malformed, f"{name}: malformed ids {malformed[:5]}"


@pytest.mark.parametrize("name", ["komentar_publik", "berita_isu"])
def test_dates_parse_and_lie_in_2025(name):
    table = load_dataset(name)
    assert pd.api.types.is_datetime64_any_dtype(table["tanggal"])
    outside = table.loc[table["tanggal"].dt.year != 2025, ["id", "tanggal"]]
    assert outside.empty, f"{name}: dates outside 2025:\n{outside.head()}"


def test_no_empty_texts(text_columns):
    for column, texts in text_columns.items():
        empty = texts.str.strip() == ""
        assert not empty.any(), f"{column}: {int(empty.sum())} empty texts"


def test_komentar_allowed_values(komentar):
    assert set(komentar["platform"]) == PLATFORMS
    assert set(komentar["kabupaten_kota"]) == REGIONS
    assert set(komentar["sentimen"]) == SENTIMENTS
    topics = set(komentar["topik"])
    assert 10 <= len(topics) <= 12, sorted(topics)
    assert all(SLUG.fullmatch(topic) for topic in topics), sorted(topics)
    assert set(komentar["jenis"]) == set(KOMENTAR_KINDS)
    assert komentar["jam"].str.fullmatch(r"(?:[01]\d|2[0-3]):[0-5]\d").all()
    assert komentar["akun"].str.fullmatch(r"[a-z][a-z0-9_.]{2,29}").all()
    is_burst = komentar["jenis"] == "terkoordinasi"
    assert ((komentar["kelompok"] != "") == is_burst).all(), "kelompok only on coordinated rows"


# --------------------------------------------------------------------------- komentar realism


@pytest.fixture(scope="module")
def komentar_script() -> ModuleType:
    return import_build_script("komentar_publik")


@pytest.fixture(scope="module")
def komentar_shares(komentar, komentar_script) -> dict[str, float]:
    return komentar_script.measure(komentar.to_dict("records"))


@pytest.fixture(scope="module")
def komentar_for_training(komentar) -> pd.DataFrame:
    """What a lesson trains a classifier on: every row but spam (one filter)."""
    return komentar[komentar["jenis"] != "spam"]


def test_komentar_reads_like_a_real_thread(komentar_shares):
    """Short replies, fewer formal questions, spam, bursts and regional code-mixing exist."""
    shares = komentar_shares
    assert shares["maks_3_kata"] >= 0.12, shares["maks_3_kata"]
    assert shares["median_kata_positif"] <= 12, shares["median_kata_positif"]
    assert shares["hanya_emoji"] >= 0.005 and shares["menandai_akun"] >= 0.015
    assert shares["diawali_apakah"] <= 30
    assert 0.01 <= shares["spam"] <= 0.05 and shares["kelompok_terkoordinasi"] >= 8
    assert shares["hoaks_atau_klarifikasi"] >= 0.005 and shares["makian"] >= 0.005
    for language, least in {"banjar": 0.04, "jawa": 0.015, "bugis": 0.01, "kutai": 0.007}.items():
        assert shares[f"bahasa_{language}"] >= least, (language, shares[f"bahasa_{language}"])


def test_komentar_bursts_are_many_accounts_within_minutes(komentar):
    bursts = komentar[komentar["jenis"] == "terkoordinasi"]
    for group, rows in bursts.groupby("kelompok"):
        minutes = rows["jam"].str[:2].astype(int) * 60 + rows["jam"].str[3:].astype(int)
        assert 5 <= len(rows) <= 12 and rows["akun"].is_unique, group
        assert rows["tanggal"].nunique() == 1 and rows["topik"].nunique() == 1, group
        assert minutes.max() - minutes.min() <= 60, group
        assert near_duplicate_pairs(rows["teks"].tolist(), Fraction(1, 2)), group


def test_komentar_spam_and_bursts_stay_on_their_own_accounts(komentar):
    organic = set(komentar.loc[komentar["jenis"] == "biasa", "akun"])
    assert not organic & set(komentar.loc[komentar["jenis"] != "biasa", "akun"])
    assert komentar.loc[komentar["jenis"] == "spam", "sentimen"].eq("netral").all()


def test_komentar_lapor_rows_read_like_formal_reports(komentar, komentar_script):
    lapor = komentar[komentar["platform"] == "lapor"]
    assert len(lapor) >= 80
    assert lapor["teks"].map(komentar_script.is_formal).all()
    assert (lapor["sentimen"] != "positif").all() and (lapor["jenis"] == "biasa").all()


@pytest.mark.parametrize("rule", [0, 1, 2], ids=["sungai_hulu", "feri", "bus_kota"])
def test_komentar_transport_matches_the_place(komentar, komentar_script, rule):
    """No river boat from upriver in Balikpapan, no city bus or ferry in the interior."""
    pattern, allowed = komentar_script.PLACE_RULES[rule]
    earlier = komentar_script.PLACE_RULES[:rule]
    rows = komentar[komentar["teks"].map(
        lambda text: bool(pattern.search(text)) and not any(p.search(text) for p, _ in earlier)
    )]
    assert len(rows) >= 5
    wrong = rows.loc[~rows["kabupaten_kota"].isin(allowed), ["kabupaten_kota", "teks"]]
    assert wrong.empty, wrong.head().to_dict("records")


def test_komentar_has_no_personal_data_the_kit_finds(komentar):
    from humas_ai.ethics import find_pii

    found = {text: find_pii(text) for text in komentar["teks"] if find_pii(text)}
    assert not found, list(found.items())[:3]


def test_komentar_datasheet_states_the_measured_shares(komentar, komentar_script):
    sheet = (DATASETS / "DATASHEET-komentar_publik.md").read_text(encoding="utf-8")
    missing = [line for line in komentar_script.share_rows(komentar.to_dict("records"))
               if line not in sheet]
    assert not missing, (
        f"update the datasheet table (python datasets/build/komentar_publik.py --ukur): {missing}"
    )


def test_berita_allowed_values(berita):
    issues = set(berita["isu"])
    assert 8 <= len(issues) <= 10, sorted(issues)
    assert all(SLUG.fullmatch(issue) for issue in issues), sorted(issues)
    assert (berita["media"].str.strip() != "").all()


# --------------------------------------------------------------------------- berita realism

#: (low, high) share of all news items, per genre: what a Kaltim reader sees in a local
#: outlet's feed (see DATASHEET-berita_isu.md for the judgement behind the bands).
BERITA_GENRE_SHARES = {
    "berita": (0.70, 0.90), "advertorial": (0.05, 0.15), "klarifikasi": (0.02, 0.08),
    "umpan_klik": (0.03, 0.10),
}
ADVERTORIAL_LABEL = re.compile(r"\bADV\b|\bAdvertorial\b")
CLARIFICATION_WORDS = re.compile(
    r"(?i)hoaks|tidak benar|bantah|palsu|penipuan|bukan|klarifikasi|tidak (?:ada|dipungut)|"
    r"rekaman lama|belum didukung"
)
CLICKBAIT_HEADLINE = re.compile(r"!|\?|Warganet|Ternyata|Begini|Bikin")


@pytest.fixture(scope="module")
def berita_script() -> ModuleType:
    return import_build_script("berita_isu")


@pytest.fixture(scope="module")
def berita_shares(berita, berita_script) -> dict[str, dict[str, float]]:
    return berita_script.measure(berita.to_dict("records"))


def test_berita_genres_in_realistic_shares(berita, berita_shares):
    assert set(berita["jenis"]) == set(BERITA_GENRE_SHARES)
    for genre, (low, high) in BERITA_GENRE_SHARES.items():
        assert low <= berita_shares["jenis"][genre] <= high, (genre, berita_shares["jenis"])


def test_berita_length_varies_from_brief_to_summary(berita_shares):
    lengths = berita_shares["kalimat"]
    assert lengths["1"] >= 0.10, "too few one-sentence briefs"
    assert lengths["4"] + lengths["5"] >= 0.15, "too few longer summaries"
    assert max(lengths.values()) <= 0.45, f"one length dominates: {lengths}"


def test_berita_quotes_officials_in_a_realistic_share(berita, berita_shares):
    assert 0.25 <= berita_shares["kutipan"]["dengan_kutipan"] <= 0.60
    quoted = berita["ringkasan"].str.contains(r"(?:kata|ujar|tutur|mengatakan|menegaskan)")
    assert quoted.mean() >= 0.2, "quotes need a speaker (a role, never a name)"


def test_berita_datasheet_states_the_measured_shares(berita, berita_script):
    sheet = (DATASETS / "DATASHEET-berita_isu.md").read_text(encoding="utf-8")
    missing = [line for line in berita_script.share_rows(berita.to_dict("records"))
               if line not in sheet]
    assert not missing, (
        f"update the datasheet table (python datasets/build/berita_isu.py --ukur): {missing}"
    )


def test_berita_genres_read_as_their_genre(berita):
    labelled = berita["judul"].str.contains(ADVERTORIAL_LABEL)
    assert (labelled == (berita["jenis"] == "advertorial")).all(), "only paid pieces carry ADV"
    clarifications = berita[berita["jenis"] == "klarifikasi"]
    unclear = clarifications.loc[
        ~(clarifications["judul"] + " " + clarifications["ringkasan"]).str.contains(
            CLARIFICATION_WORDS), "judul"]
    assert unclear.empty, unclear.tolist()
    clickbait = berita.loc[berita["jenis"] == "umpan_klik", "judul"]
    assert clickbait.str.contains(CLICKBAIT_HEADLINE).all()


def test_berita_outlet_covers_the_region_of_the_item(berita, berita_script):
    regions = set(berita_script.REGIONS) | {berita_script.PROVINCE}
    assert set(berita["wilayah"]) <= regions
    found = [berita_script.region_of(f"{title} {text}") for title, text
             in zip(berita["judul"], berita["ringkasan"], strict=True)]
    assert found == berita["wilayah"].tolist()
    impossible = [(row.media, row.wilayah) for row in berita.itertuples()
                  if (covers := berita_script.MEDIA[row.media][1]) is not None
                  and row.wilayah not in covers]
    assert not impossible, impossible[:5]


def test_data_pribadi_schema(data_pribadi, gold_spans):
    assert set(data_pribadi["jenis_teks"]) <= {
        "pengaduan", "lapor", "formulir", "chat", "dm", "notulen", "draf_rilis"
    }
    for _, span in gold_spans:
        assert set(span) == {"mulai", "akhir", "jenis", "teks"}, span
        assert isinstance(span["mulai"], int) and isinstance(span["akhir"], int), span
        assert span["jenis"] in PII_KINDS, span
    assert {span["jenis"] for _, span in gold_spans} == PII_KINDS
    assert (data_pribadi["anotasi"] == "[]").any(), "some texts must hold no personal data"


# --------------------------------------------------------------------------- sizes


def test_row_minimums(komentar, berita, data_pribadi, kasus_etika, fakta_pairs):
    assert len(komentar) >= 2400
    assert len(berita) >= 800
    assert len(data_pribadi) >= 300
    assert len(kasus_etika) >= 30
    assert len(fakta_pairs) >= 3


# --------------------------------------------------------------------------- duplicates


def test_no_exact_duplicate_texts(text_columns):
    for column, texts in text_columns.items():
        repeated = texts[texts.duplicated()].tolist()
        assert not repeated, f"{column}: {len(repeated)} repeated texts, e.g. {repeated[:3]}"


def test_near_duplicate_search_matches_brute_force(komentar):
    rng = random.Random(0)
    texts = komentar["teks"].sample(250, random_state=0).tolist()
    for text in texts[:60]:  # variants that land on both sides of the threshold
        words = text.split()
        edited = list(words)
        edited[rng.randrange(len(edited))] = "zzqx"
        texts += [" ".join(edited), f"{text} tambahan", " ".join(words[1:])]
    texts += [
        "satu dua tiga empat", "satu dua tiga empat lima",  # Jaccard exactly 4/5
        "satu dua tiga empat lima enam", "",  # 4/6 and 5/6 with the lines above
    ]
    expected = brute_force_pairs(texts, NEAR_DUPLICATE_JACCARD)
    assert near_duplicate_pairs(texts) == expected
    assert len(expected) > 60  # the check above compared something
    assert (len(texts) - 4, len(texts) - 3) in expected


@pytest.mark.parametrize(
    "column", ["komentar_publik.teks", "berita_isu.judul", "berita_isu.ringkasan"]
)
def test_few_near_duplicates(column, public_texts, komentar):
    texts = public_texts[column]
    if column == "komentar_publik.teks":  # labelled coordinated bursts are copies on purpose
        texts = komentar.loc[komentar["jenis"] != "terkoordinasi", "teks"].tolist()
    pairs = near_duplicate_pairs(texts)
    rows = {row for pair in pairs for row in pair}
    share = len(rows) / len(texts)
    examples = [(texts[i], texts[j]) for i, j in sorted(pairs)[:3]]
    assert share <= MAX_NEAR_DUPLICATE_SHARE, (
        f"{column}: {len(rows)} rows ({share:.1%}) in near-duplicate pairs, e.g. {examples}"
    )


# --------------------------------------------------------------------------- labels


def test_sentiment_shares(komentar_for_training):
    shares = komentar_for_training["sentimen"].value_counts(normalize=True)
    for sentiment, (low, high) in SENTIMENT_SHARES.items():
        assert low <= shares[sentiment] <= high, f"{sentiment}: {shares[sentiment]:.3f}"


def test_every_topic_has_every_sentiment(komentar):
    per_topic = komentar.groupby("topik")["sentimen"].agg(set)
    missing = {topic: SENTIMENTS - found for topic, found in per_topic.items()
               if found != SENTIMENTS}
    assert not missing, missing


def test_plain_baseline_is_neither_trivial_nor_hopeless(
    komentar_for_training, record_property, capsys
):
    model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=2000))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    data = komentar_for_training
    with threadpool_limits(limits=1):  # many BLAS threads on a busy CI runner only slow it down
        scores = cross_val_score(
            model, data["teks"], data["sentimen"], cv=folds, scoring="f1_macro"
        )
    macro_f1 = float(scores.mean())
    record_property("komentar_publik_baseline_macro_f1", round(macro_f1, 4))
    with capsys.disabled():
        print(f"\nkomentar_publik: TF-IDF + LogisticRegression, 5-fold macro-F1 = {macro_f1:.3f}")
    assert 0.65 <= macro_f1 <= 0.92


# --------------------------------------------------------------------------- reproducible builds


@pytest.mark.parametrize(
    ("name", "with_source"),
    [("komentar_publik", True), ("berita_isu", True), ("data_pribadi_sintetis", False)],
)
def test_committed_file_is_what_the_build_script_writes(name, with_source, tmp_path):
    script = import_build_script(name)
    target = tmp_path / f"{name}.csv"
    if with_source:
        script.build(script.SOURCE, target)
    else:
        script.build(target)
    committed = (DATASETS / f"{name}.csv").read_bytes()
    assert target.read_bytes() == committed, (
        f"datasets/{name}.csv differs from what datasets/build/{name}.py writes; "
        "run the build script and commit its output"
    )


# --------------------------------------------------------------------------- personal data


def test_gold_spans_match_their_text(gold_spans):
    wrong = [span for text, span in gold_spans if text[span["mulai"]:span["akhir"]] != span["teks"]]
    assert not wrong, wrong[:5]


def test_gold_spans_are_ordered_and_disjoint(data_pribadi):
    for row_id, spans in zip(data_pribadi["id"], data_pribadi["anotasi"], strict=True):
        bounds = [(span["mulai"], span["akhir"]) for span in json.loads(spans)]
        assert all(start < end for start, end in bounds), row_id
        assert all(a[1] <= b[0] for a, b in zip(bounds, bounds[1:], strict=False)), row_id


def test_every_nik_is_valid(gold_spans):
    is_valid_nik = import_build_script("data_pribadi_sintetis").is_valid_nik
    niks = [span["teks"] for _, span in gold_spans if span["jenis"] == "NIK"]
    assert niks
    assert [nik for nik in niks if not is_valid_nik(nik)] == []
    assert not is_valid_nik("6472051289000000")  # the check itself can say no


def test_detectors_find_the_synthetic_personal_data(gold_spans):
    """The patterns used below must catch every example in data_pribadi_sintetis."""
    for _, span in gold_spans:
        value, kind = span["teks"], span["jenis"]
        if kind in DIGIT_KINDS:
            assert long_numbers(value), span
        elif kind == "EMAIL":
            assert EMAIL.fullmatch(value), span
        elif kind == "PLAT":
            assert PLATE.fullmatch(value), span


def test_no_real_looking_personal_data_in_public_texts(public_texts):
    found = {
        column: [hit for text in texts
                 for hit in long_numbers(text) + EMAIL.findall(text) + PLATE.findall(text)]
        for column, texts in public_texts.items()
    }
    assert found == {column: [] for column in public_texts}


def leaked_personal_data(spans: list[dict], texts: list[str]) -> list[dict]:
    """The gold spans whose value appears in ``texts``.

    Numbers are compared as digits only (separators stripped; a phone number
    without its ``0``/``62`` prefix), plates without spaces, e-mail addresses
    case-insensitively, and names of two or more words as whole word sequences.
    """
    numbers = {digits_only(run) for text in texts for run in long_numbers(text, min_digits=6)}
    plates = {re.sub(r"\s", "", hit).upper() for text in texts for hit in PLATE.findall(text)}
    lowered = "\n".join(texts).lower()
    names = {tuple(re.findall(r"\w+", span["teks"].lower()))
             for span in spans if span["jenis"] in ("NAMA", "ALAMAT")}
    lengths = {len(name) for name in names if len(name) >= 2}
    word_runs = [re.findall(r"\w+", text.lower()) for text in texts]
    sequences = {tuple(run[i:i + n]) for run in word_runs for n in lengths
                 for i in range(len(run) - n + 1)}
    leaks = []
    for span in spans:
        value, kind = span["teks"], span["jenis"]
        if kind in DIGIT_KINDS:
            core = digits_only(value)
            if kind == "TELEPON":  # +62 812… and 0812… are the same number
                core = re.sub(r"^(?:62|0)", "", core)
            leaked = any(core in number for number in numbers)
        elif kind == "EMAIL":
            leaked = value.lower() in lowered
        elif kind == "PLAT":
            leaked = re.sub(r"\s", "", value).upper() in plates
        else:
            name = tuple(re.findall(r"\w+", value.lower()))
            leaked = len(name) >= 2 and name in sequences
        if leaked:
            leaks.append(span)
    return leaks


def test_leak_check_finds_planted_values(gold_spans):
    spans = [span for _, span in gold_spans]
    by_kind = {span["jenis"]: span for span in spans if len(span["teks"].split()) != 1
               or span["jenis"] != "NAMA"}
    planted = [f"tolong hubungi {span['teks'].upper()} ya" for span in by_kind.values()]
    found = {span["jenis"] for span in leaked_personal_data(spans, planted)}
    assert found == PII_KINDS
    assert leaked_personal_data(spans, ["Pak Lurah dan Bu Kadis hadir, hubungi 112."]) == []


def test_synthetic_personal_data_does_not_leak_into_public_texts(gold_spans, public_texts):
    texts = [text for column in public_texts.values() for text in column]
    leaks = leaked_personal_data([span for _, span in gold_spans], texts)
    assert not leaks, leaks[:5]


# --------------------------------------------------------------------------- kasus_etika


def test_kasus_etika_schema(kasus_etika):
    keys = {"id", "judul", "kategori", "situasi", "pertanyaan", "pilihan", "prinsip",
            "dasar_hukum", "sumber_hukum"}
    for case in kasus_etika:
        assert set(case) == keys, case.get("id")
        for key in keys - {"pilihan", "dasar_hukum", "sumber_hukum"}:
            assert isinstance(case[key], str) and case[key].strip(), (case["id"], key)
        assert case["kategori"] in ETHICS_CATEGORIES, case["id"]
        assert isinstance(case["dasar_hukum"], list), case["id"]
        assert all(isinstance(ref, str) and ref.strip() for ref in case["dasar_hukum"])
        assert isinstance(case["pilihan"], list) and 3 <= len(case["pilihan"]) <= 4, case["id"]
        for option in case["pilihan"]:
            assert set(option) == {"kode", "teks", "tepat", "penjelasan"}, case["id"]
            assert isinstance(option["tepat"], bool), case["id"]
            assert isinstance(option["teks"], str) and option["teks"].strip(), case["id"]
        codes = [option["kode"] for option in case["pilihan"]]
        assert len(set(codes)) == len(codes), case["id"]


def test_kasus_etika_ids_are_unique(kasus_etika):
    ids = [case["id"] for case in kasus_etika]
    assert len(set(ids)) == len(ids)


def test_every_case_has_right_and_wrong_options_all_explained(kasus_etika):
    for case in kasus_etika:
        verdicts = {option["tepat"] for option in case["pilihan"]}
        assert verdicts == {True, False}, case["id"]
        for option in case["pilihan"]:
            explanation = option["penjelasan"]
            assert isinstance(explanation, str) and explanation.strip(), (case["id"], option)


#: Where the official text of a cited regulation or court decision is published.
OFFICIAL_PUBLISHERS = ("peraturan.bpk.go.id", "peraturan.go.id", "JDIH", "mkri.go.id")
#: The number that identifies a regulation or decision inside its title.
REGULATION_NUMBER = re.compile(r"Nomor (\d+(?:/[A-Z]+-[A-Z]+/\d{4})?)(?: Tahun (\d{4}))?")


def test_every_legal_citation_has_a_complete_source(kasus_etika):
    """Each dasar_hukum line has a source: title, article, and where the official text is."""
    for case in kasus_etika:
        refs, sources = case["dasar_hukum"], case["sumber_hukum"]
        assert isinstance(sources, list) and len(sources) == len(refs), case["id"]
        for ref, source in zip(refs, sources, strict=True):
            assert set(source) == {"peraturan", "pasal", "terbit_di"}, (case["id"], source)
            assert all(isinstance(v, str) and v.strip() for v in source.values()), source
            assert source["pasal"] in ref, (case["id"], source["pasal"], ref[:80])
            assert any(pub in source["terbit_di"] for pub in OFFICIAL_PUBLISHERS), source
            number = REGULATION_NUMBER.search(source["peraturan"])
            assert number, source["peraturan"]
            cited = number[1] if number[2] is None else f"{number[1]} Tahun {number[2]}"
            assert cited in ref, (case["id"], cited, ref[:80])


def test_every_cited_regulation_is_listed_in_the_references(kasus_etika):
    """A reviewer finds every regulation the cases cite, by its full title, in referensi.md."""
    referensi = (ROOT / "docs" / "referensi.md").read_text(encoding="utf-8")
    cited = {s["peraturan"] for case in kasus_etika for s in case["sumber_hukum"]}
    assert cited, "no case cites a regulation"
    missing = sorted(title for title in cited if title not in referensi)
    assert not missing, missing
    assert "bukan nasihat hukum" in referensi


def test_every_regulation_in_the_references_says_where_its_official_text_is():
    """Each entry under 'Peraturan' in referensi.md names the publisher of the official text."""
    referensi = (ROOT / "docs" / "referensi.md").read_text(encoding="utf-8")
    section = referensi.split("## Peraturan", 1)[1].split("\n## ", 1)[0]
    entries = re.split(r"\n(?=- \*\*)", section)[1:]
    assert len(entries) >= 8, len(entries)
    for entry in entries:
        title = entry.splitlines()[0]
        where = [line for line in entry.splitlines() if line.strip().startswith("- Terbit di:")]
        assert len(where) == 1, title
        assert any(pub in where[0] for pub in OFFICIAL_PUBLISHERS), title


def test_corrected_citations_say_what_the_law_says(kasus_etika):
    """The three citations a legal review found wrong stay fixed."""
    cases = {case["id"]: case for case in kasus_etika}
    transfer = next(r for r in cases["E01"]["dasar_hukum"] if "Pasal 56" in r)
    steps = [transfer.index(s) for s in ("setara atau lebih tinggi", "memadai dan bersifat "
                                         "mengikat", "persetujuan subjek data")]
    assert steps == sorted(steps) and "berjenjang" in transfer, transfer
    riot = [r for r in cases["E11"]["dasar_hukum"] if "115/PUU-XXII/2024" in r]
    assert any("ruang fisik" in r for r in riot), riot
    for code in ("E15", "E30"):
        economic = next(r for r in cases[code]["dasar_hukum"] if "Pasal 9" in r)
        assert "wajib mendapatkan izin" in economic and "tidak komersial" in economic, code


# --------------------------------------------------------------------------- fakta_siaran_pers


def test_fact_pairs_are_complete(fakta_pairs):
    folder = DATASETS / "fakta_siaran_pers"
    drafts = {path.name.split("-", 1)[0] for path in folder.glob("*-draf-ai.md")}
    key = json.loads((folder / "kunci.json").read_text(encoding="utf-8"))
    assert set(fakta_pairs) == drafts == set(key)


def test_planted_errors_are_findable(fakta_pairs):
    for number, pair in fakta_pairs.items():
        assert len(pair["kunci"]) >= 3, number
        for error in pair["kunci"]:
            sentence = error["kalimat_draf"]
            assert error["jenis"] in FACT_ERROR_KINDS, (number, error)
            assert sentence.strip(), (number, error)
            assert pair["draf_ai"].count(sentence) == 1, (number, sentence)
            assert sentence not in pair["lembar_fakta"], (number, sentence)


# --------------------------------------------------------------------------- datasheets

INDONESIAN_WORDS = {
    "yang", "dan", "di", "ini", "untuk", "dengan", "dari", "atau", "dalam", "adalah", "tidak",
    "berisi", "setiap", "anda", "itu", "ke", "sebagai", "oleh",
}
ENGLISH_WORDS = {"the", "and", "of", "is", "this", "with", "for", "are", "to", "in", "each"}


@pytest.mark.parametrize(
    "name",
    ["komentar_publik", "berita_isu", "data_pribadi_sintetis", "kasus_etika", "fakta_siaran_pers"],
)
def test_datasheet_opens_in_indonesian_and_states_the_licence(name):
    path = DATASETS / f"DATASHEET-{name}.md"
    assert path.is_file(), f"missing {path.relative_to(ROOT)}"
    text = path.read_text(encoding="utf-8")
    words = re.findall(r"[a-z]+", first_paragraph(text).lower())
    indonesian = sum(word in INDONESIAN_WORDS for word in words)
    english = sum(word in ENGLISH_WORDS for word in words)
    assert len(INDONESIAN_WORDS.intersection(words)) >= 4, first_paragraph(text)[:200]
    assert indonesian > 2 * english, first_paragraph(text)[:200]
    assert "CC BY 4.0" in text


# --------------------------------------------------------------------------- linimasa_isu

LINIMASA_COLUMNS = [
    "id", "waktu", "platform", "akun", "isu", "teks", "sentimen", "spam",
    "kelompok_terkoordinasi", "lonjakan_peristiwa",
]
LINIMASA_ISSUES = {"banjir", "air_bersih", "jalan", "bansos", "kesehatan", "adminduk"}


@pytest.fixture(scope="module")
def linimasa() -> pd.DataFrame:
    return read_csv("linimasa_isu")


def test_linimasa_schema_and_values(linimasa):
    assert list(linimasa.columns) == LINIMASA_COLUMNS
    assert linimasa["id"].is_unique
    assert linimasa["id"].str.fullmatch(r"L\d{5}").all()
    times = pd.to_datetime(linimasa["waktu"], format="%Y-%m-%d %H:%M")
    assert times.is_monotonic_increasing
    assert set(linimasa["platform"]) <= PLATFORMS - {"lapor"}
    assert set(linimasa["isu"]) == LINIMASA_ISSUES
    assert set(linimasa["sentimen"]) == SENTIMENTS
    assert set(linimasa["spam"]) == {"0", "1"}
    assert linimasa["akun"].str.fullmatch(r"pengguna_\d{4}").all()
    assert (linimasa["teks"].str.strip() != "").all()
    assert len(linimasa) >= 3000


def test_linimasa_bursts_are_many_accounts_within_minutes(linimasa):
    times = pd.to_datetime(linimasa["waktu"])
    bursts = linimasa[linimasa["kelompok_terkoordinasi"] != ""]
    assert bursts["kelompok_terkoordinasi"].nunique() >= 10
    for group, rows in bursts.groupby("kelompok_terkoordinasi"):
        span = times[rows.index].max() - times[rows.index].min()
        assert rows["akun"].is_unique, group
        assert len(rows) >= 5, group
        assert span <= pd.Timedelta(hours=3), group
        assert rows["isu"].nunique() == 1, group


def test_linimasa_events_stay_on_their_issue_and_days(linimasa):
    days = pd.to_datetime(linimasa["waktu"]).dt.normalize()
    events = linimasa[linimasa["lonjakan_peristiwa"] != ""]
    assert events["lonjakan_peristiwa"].nunique() >= 8
    for event, rows in events.groupby("lonjakan_peristiwa"):
        assert rows["isu"].nunique() == 1, event
        assert (days[rows.index].max() - days[rows.index].min()).days <= 7, event
        assert (rows["sentimen"] == "negatif").mean() > 0.6, event


def test_linimasa_has_lookalikes_that_are_not_coordination(linimasa):
    organic = linimasa[linimasa["kelompok_terkoordinasi"] == ""]
    repeated = organic.groupby("teks")["akun"].nunique()
    assert repeated.get("hadir", 0) >= 5
    spam_alone = linimasa[(linimasa["spam"] == "1") & (linimasa["kelompok_terkoordinasi"] == "")]
    assert spam_alone["akun"].nunique() <= 5 and len(spam_alone) >= 30


def test_linimasa_has_no_personal_numbers_or_addresses(linimasa):
    for text in linimasa["teks"]:
        assert not EMAIL.search(text), text
        assert not re.search(r"\d{8,}", text.replace(".", "").replace("-", "")), text


def test_linimasa_build_is_reproducible(tmp_path):
    script = import_build_script("linimasa_isu")
    target = tmp_path / "linimasa_isu.csv"
    script.build(target)
    assert target.read_bytes() == (DATASETS / "linimasa_isu.csv").read_bytes(), (
        "datasets/linimasa_isu.csv differs from what datasets/build/linimasa_isu.py writes; "
        "run the build script and commit its output"
    )


def test_linimasa_datasheet_opens_in_indonesian_and_states_the_licence():
    test_datasheet_opens_in_indonesian_and_states_the_licence("linimasa_isu")
    text = (DATASETS / "DATASHEET-linimasa_isu.md").read_text(encoding="utf-8")
    rows = len(read_csv("linimasa_isu"))
    assert f"{rows:,}".replace(",", ".") in text, "the datasheet states an outdated row count"
