"""Unit tests for humas_ai.text on realistic Indonesian comments."""

import math
import pickle
import subprocess
import sys

import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.pipeline import Pipeline

from humas_ai import text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jalan RUSAK parah!!!", "jalan rusak parah"),
        ("bagusss bgtttt pelayanannya", "bagus bgt pelayanannya"),
        ("Info lengkap https://bit.ly/AbC12 dan www.contoh.go.id/info", "info lengkap dan"),
        ("@humaspemkab_xx tolong dicek", "tolong dicek"),
        ("makasih @diskominfo.kaltim dan @bpbd_kaltim.", "makasih dan"),
        ("cek kaltimprov.go.id/berita dan contoh.co.id ya", "cek dan ya"),
        ("sudah lapor.coba cek lagi.netizen air.idealnya",
         "sudah lapor coba cek lagi netizen air idealnya"),
        ("tolong @dinas_pu.contoh", "tolong"),
        ("kirim ke aduan.warga@contoh.id ya", "kirim ke ya"),
        ("#BanjirSamarinda makin parah", "banjir samarinda makin parah"),
        ("#kaltimbangkit", "kaltimbangkit"),
        ("anak2 sekolah kehujanan", "anak-anak sekolah kehujanan"),
        ("program senilai Rp2,3 miliar", "program senilai rp miliar"),
        ("tarif Rp2 ribu per orang", "tarif rp ribu per orang"),
        ("anak-anak   sekolah", "anak-anak sekolah"),
        ("Harga naik 20% sejak 2025", "harga naik sejak"),
        ("tarif - mahal -- banget", "tarif mahal banget"),
        ("KTP-el sudah jadi", "ktp-el sudah jadi"),
        ("maaf, saat ini", "maaf saat ini"),
        ("", ""),
        ("   \n\t ", ""),
    ],
)
def test_clean_text(raw, expected):
    assert text.clean_text(raw) == expected


def test_clean_text_maps_known_emoji_to_words():
    assert text.clean_text("jalan rusak lagi😡😡") == "jalan rusak lagi marah marah"
    assert text.clean_text("terima kasih 🙏👍") == "terima kasih mohon bagus"


def test_emoji_used_in_sarcasm_do_not_read_as_praise():
    """👏 follows sarcasm as often as praise; 🙃 and 🤦 mark a jab or annoyance."""
    assert text.clean_text("hebat, banjir lagi 👏👏") == "hebat banjir lagi tepuk tepuk"
    assert text.clean_text("mantap, gelap lagi 🙃") == "mantap gelap lagi sindiran"
    assert text.clean_text("rutenya siapa yg rancang 🤦") == "rutenya siapa yg rancang kesal"
    assert "bagus" not in {text.EMOJI_WORDS[emoji] for emoji in "👏🙃🤦"}


def test_clean_text_can_remove_emoji():
    assert text.clean_text("jalan rusak 😡 🫠", emoji="remove") == "jalan rusak"


def test_unknown_emoji_are_removed_even_when_mapping():
    assert text.clean_text("antre lagi 🫠🧍") == "antre lagi"


@pytest.mark.parametrize("missing", [None, float("nan")])
def test_clean_text_missing_values_become_empty(missing):
    assert text.clean_text(missing) == ""


def test_clean_text_rejects_non_strings():
    with pytest.raises(TypeError):
        text.clean_text(12345)


def test_tokenize_keeps_reduplication_as_one_token():
    assert text.tokenize("anak-anak main di jalan-jalan kota") == [
        "anak-anak", "main", "di", "jalan-jalan", "kota"
    ]


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["yg", "gak", "jelas"], ["yang", "tidak", "jelas"]),
        (["pelayanan", "lemot", "bgt"], ["pelayanan", "lambat", "sangat"]),
        (["ulun", "kada", "kawa", "datang"], ["saya", "tidak", "bisa", "datang"]),
        (["otw", "kantor"], ["sedang", "di", "jalan", "kantor"]),
        (["makasih"], ["terima", "kasih"]),
    ],
)
def test_normalize_slang(tokens, expected):
    assert text.normalize_slang(tokens) == expected


def test_normalize_slang_accepts_own_entries():
    assert text.normalize_slang(["kadada", "duit"], extra={"duit": "dana"}) == [
        "tidak", "ada", "dana"
    ]


def test_slang_lexicon_is_large_and_clean():
    lexicon = text.load_slang()
    assert len(lexicon) >= 400
    required = ["yg", "gak", "bgt", "tdk", "sy", "krn", "dgn", "kada", "ulun", "pian", "banar"]
    assert set(required) <= set(lexicon)
    assert all(slang == slang.strip().lower() and baku.strip() for slang, baku in lexicon.items())
    assert all(slang != baku for slang, baku in lexicon.items())


def test_stopwords_keep_negation_and_intensity():
    words = ["pelayanan", "tidak", "sangat", "belum", "jangan", "kurang", "yang", "dan", "sih"]
    kept = text.remove_stopwords(words)
    assert kept == ["pelayanan", "tidak", "sangat", "belum", "jangan", "kurang"]


def test_remove_stopwords_keep_argument():
    assert text.remove_stopwords(["dan", "jalan"], keep=["dan"]) == ["dan", "jalan"]


def test_stem_known_words_and_known_pitfall():
    assert text.stem("perbaikan") == "baik"
    assert text.stem("anak-anak") == "anak"
    # Sastrawi over-stems: the lesson in module 01 relies on this behaviour.
    assert text.stem("pemerintah") == "perintah"


def test_stemmer_is_created_once_per_process():
    code = (
        "from Sastrawi.Stemmer.StemmerFactory import StemmerFactory\n"
        "made = []\n"
        "real = StemmerFactory.create_stemmer\n"
        "StemmerFactory.create_stemmer = lambda self: made.append(1) or real(self)\n"
        "from humas_ai import text\n"
        "words = [text.stem('mengantre'), text.stem('pengaduan'),\n"
        "         text.preprocess('Pelayanan lambat')]\n"
        "print(len(made), *words)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["1", "antre", "adu", "layan", "lambat"]


def test_preprocess_full_pipeline():
    result = text.preprocess("Ulun kada puas, antrian di Disdukcapil lamaaa bgt 😡 #KTPel")
    assert result == "tidak puas antre disdukcapil lama sangat marah ktpel"


def test_preprocess_list_with_missing_values():
    series = pd.Series(["Mantap, jalannya mulus 👍", None, float("nan"), ""])
    assert text.preprocess(series, stemming=False) == ["mantap jalannya mulus bagus", "", "", ""]


def test_preprocess_steps_can_be_switched_off():
    raw = "Pelayanannya gak ribet"
    assert text.preprocess(raw, slang=False, stopwords=False, stemming=False) == (
        "pelayanannya gak ribet"
    )
    assert text.preprocess(raw, stemming=False) == "pelayanannya tidak rumit"
    assert text.preprocess(raw) == "layan tidak rumit"


@pytest.fixture
def cleaned(monkeypatch) -> list[str]:
    """The texts :func:`text.clean_text` actually cleans (the slow part of preprocessing)."""
    seen = []
    real = text.clean_text

    def counting(raw, **options):
        seen.append(raw)
        return real(raw, **options)

    monkeypatch.setattr(text, "clean_text", counting)
    return seen


def test_preprocess_remembers_texts_but_not_with_own_slang(cleaned):
    raw = "Antrian kada jalan, duit habis 🙏 (tes ingatan)"  # new to this process
    first = text.preprocess(raw, stemming=False)
    assert text.preprocess(raw, stemming=False) == first
    assert cleaned == [raw], "the same text with the same steps is cleaned once"
    own = text.preprocess(raw, stemming=False, extra_slang={"duit": "dana"})
    assert "dana" in own.split() and "dana" not in first.split()
    assert cleaned == [raw, raw], "own slang is never served from memory"
    assert text.preprocess(raw, stemming=False) == first
    assert text.preprocess(raw, stemming=True) != first
    assert len(cleaned) == 3, "other steps are another text to clean"


def test_preprocess_accepts_switches_that_cannot_be_remembered():
    assert text.preprocess("Mantap bgt", stopwords=["bukan", "bool"], stemming=0) == (
        text.preprocess("Mantap bgt", stopwords=True, stemming=False)
    )


def test_slang_lexicon_is_read_only_so_remembered_texts_stay_right():
    with pytest.raises(TypeError):
        text.load_slang()["kada"] = "bukan"
    assert text.normalize_slang(["kada"]) == ["tidak"]


def test_preprocess_single_missing_value():
    assert text.preprocess(None) == ""
    assert text.preprocess(math.nan) == ""


def test_text_preprocessor_is_a_proper_sklearn_transformer():
    step = text.TextPreprocessor(stemming=False, extra_slang={"duit": "uang"})
    cloned = clone(step)
    assert cloned.get_params() == step.get_params()
    restored = pickle.loads(pickle.dumps(step))
    texts = ["Duit bansos blm cair", "yg penting cepat"]
    assert restored.fit(texts).transform(texts) == ["uang bansos belum cair", "penting cepat"]


def test_text_preprocessor_inside_pipeline():
    from sklearn.feature_extraction.text import TfidfVectorizer

    pipeline = Pipeline([("pra", text.TextPreprocessor()), ("tfidf", TfidfVectorizer())])
    matrix = pipeline.fit_transform(["jalan rusak parah", "pelayanan ramah dan cepat"])
    assert matrix.shape[0] == 2
    assert "rusak" in pipeline.named_steps["tfidf"].vocabulary_
