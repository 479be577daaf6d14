"""Tests for humas_ai.corpora: search order, checksums, fetching, loaders (on our fixture)."""

import shutil
from pathlib import Path

import pandas as pd
import pytest

from humas_ai import corpora
from humas_ai.errors import HumasAIError

FIXTURE = Path(__file__).parent / "fixtures" / "korpus"


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """No real corpora anywhere: empty data home, no env folder, no bundle or checkout copy."""
    monkeypatch.delenv(corpora.ENV_FOLDER, raising=False)
    monkeypatch.setenv(corpora.ENV_DATA_HOME, str(tmp_path / "rumah"))
    monkeypatch.setattr(corpora, "_bundle_copy", lambda: tmp_path / "bundel")
    monkeypatch.setattr(corpora, "_checkout_copy", lambda: tmp_path / "checkout")
    monkeypatch.setattr(corpora, "_verified", set())
    # The fixture's own checksums stand in for the published ones.
    for path in corpora.CHECKSUMS:
        if (FIXTURE / path).is_file():
            monkeypatch.setitem(corpora.CHECKSUMS, path, corpora.sha256(FIXTURE / path))
    return tmp_path


def test_registry_names_sources_licences_and_checksums():
    assert {"nusax-senti-indonesian", "nusax-senti-buginese", "nusax-lexicon-ngaju", "smsa",
            "nergrit", "nerp"} <= set(corpora.CORPORA)
    for corpus in corpora.CORPORA.values():
        assert corpus.licence in {"CC BY-SA 4.0", "MIT"}
        assert corpus.citation
        for path in corpus.files:
            assert len(corpora.CHECKSUMS[path]) == 64
            assert corpus.url(path).startswith("https://raw.githubusercontent.com/")
    url = corpora.get("smsa").url("indonlu/smsa_doc-sentiment-prosa/valid_preprocess.tsv")
    assert url.endswith("/dataset/smsa_doc-sentiment-prosa/valid_preprocess.tsv")
    assert "56e8bcdd17f6309a310ed221365416c08662c6b5" in url


def test_unknown_corpus_lists_known_names():
    with pytest.raises(corpora.CorpusError, match="Nama yang tersedia.*smsa"):
        corpora.fetch("smsa2")


def test_missing_corpus_says_where_it_looked_and_how_to_get_it(isolated):
    with pytest.raises(corpora.CorpusMissingError) as error:
        corpora.load_smsa("valid")
    message = str(error.value)
    assert isinstance(error.value, HumasAIError)
    assert str(isolated / "rumah") in message and str(isolated / "checkout") in message
    assert "download=True" in message and "HUMAS_AI_KORPUS" in message and "source=" in message
    assert not (isolated / "rumah").exists()  # nothing was downloaded or created


def test_search_order_env_folder_before_data_home(isolated, monkeypatch):
    other = isolated / "flashdisk"
    shutil.copytree(FIXTURE, other)
    shutil.copytree(FIXTURE, isolated / "rumah")
    monkeypatch.setenv(corpora.ENV_FOLDER, str(other))
    assert corpora.fetch("smsa") == other
    monkeypatch.delenv(corpora.ENV_FOLDER)
    assert corpora.fetch("smsa") == isolated / "rumah"
    # An explicit root is the only place looked at.
    with pytest.raises(corpora.CorpusMissingError):
        corpora.fetch("smsa", root=isolated / "kosong")


def test_bundle_copy_is_found(isolated):
    shutil.copytree(FIXTURE, isolated / "bundel")
    assert corpora.fetch("nerp") == isolated / "bundel"


def test_damaged_copy_is_refused(isolated):
    copy = isolated / "salinan"
    shutil.copytree(FIXTURE, copy)
    path = copy / "indonlu/smsa_doc-sentiment-prosa/valid_preprocess.tsv"
    path.write_text("taman kota kotor .\tnegative\n", encoding="utf-8")
    with pytest.raises(corpora.CorpusChecksumError, match="rusak atau telah diubah"):
        corpora.load_smsa("valid", root=copy)
    assert len(corpora.load_smsa("valid", root=copy, check=False)) == 1


def test_copy_from_a_flash_disk_into_data_home(isolated):
    folder = corpora.fetch("nusax-senti-banjarese", source=FIXTURE)
    assert folder == isolated / "rumah"
    assert (folder / "nusax/sentiment/banjarese/test.csv").is_file()
    assert not (folder / "indonlu").exists()  # only the corpus asked for
    assert len(corpora.load_nusax_sentiment("banjarese", "test")) == 3


def test_download_verifies_checksums(isolated, monkeypatch):
    monkeypatch.setattr(corpora.Corpus, "url", lambda self, path: (FIXTURE / path).as_uri())
    folder = corpora.fetch("nergrit", download=True)
    assert (folder / "indonlu/nergrit_ner-grit/train_preprocess.txt").is_file()
    assert corpora.load_ner("nergrit", "valid")[0][1] == ("Rina", "B-PERSON")
    monkeypatch.setitem(corpora.CHECKSUMS, "indonlu/nerp_ner-prosa/train_preprocess.txt", "0" * 64)
    with pytest.raises(corpora.CorpusChecksumError, match="tidak disimpan"):
        corpora.fetch("nerp", download=True)
    assert not list((isolated / "rumah").rglob("*.sebagian"))
    assert not (isolated / "rumah/indonlu/nerp_ner-prosa/train_preprocess.txt").exists()


def test_failed_download_explains_in_indonesian(isolated, monkeypatch):
    monkeypatch.setattr(corpora.Corpus, "url",
                        lambda self, path: (isolated / "tidak-ada" / path).as_uri())
    with pytest.raises(corpora.CorpusMissingError, match="Gagal mengunduh"):
        corpora.fetch("smsa", download=True)


def test_nusax_loader_maps_labels_and_keeps_ids(isolated):
    table = corpora.load_nusax_sentiment("indonesian", "train", root=FIXTURE)
    assert list(table.columns) == ["id", "teks", "sentimen"]
    assert table["sentimen"].tolist()[:3] == ["positif", "negatif", "netral"]
    assert table["id"].dtype.kind == "i"
    banjar = corpora.load_nusax_sentiment("banjarese", "test", root=FIXTURE)
    indonesian = corpora.load_nusax_sentiment("indonesian", "test", root=FIXTURE)
    assert banjar["id"].tolist() == indonesian["id"].tolist()  # parallel: same ids


def test_smsa_loader_reads_quotes_literally(isolated):
    table = corpora.load_smsa("train", root=FIXTURE)
    assert list(table.columns) == ["teks", "sentimen"]
    assert len(table) == 4
    assert table["teks"].iloc[3].startswith('"harga"')
    assert table["sentimen"].tolist() == ["positif", "negatif", "netral", "negatif"]


def test_lexicon_and_ner_loaders(isolated):
    lexicon = corpora.load_lexicon("banjarese", root=FIXTURE)
    assert dict(zip(lexicon["lokal"], lexicon["indonesia"], strict=True))["lawas"] == "lama"
    sentences = corpora.load_ner("nergrit", "train", root=FIXTURE)
    assert len(sentences) == 2
    assert sentences[0][1:3] == [("Andi", "B-PERSON"), ("Saputra", "I-PERSON")]
    assert corpora.load_ner("nerp", "valid", root=FIXTURE)[0][-1] == ("tenggarong", "B-PLC")


@pytest.mark.parametrize(("call", "message"), [
    (lambda: corpora.load_nusax_sentiment("klingon"), "Bahasa 'klingon'"),
    (lambda: corpora.load_nusax_sentiment("indonesian", "dev"), "Bagian 'dev'"),
    (lambda: corpora.load_smsa("test"), "Bagian 'test'"),
    (lambda: corpora.load_lexicon("indonesian"), "Bahasa 'indonesian'"),
    (lambda: corpora.load_ner("conll"), "nergrit"),
])
def test_bad_arguments_get_indonesian_messages(isolated, call, message):
    with pytest.raises(corpora.CorpusError, match=message):
        call()


def test_unknown_label_is_reported(isolated, tmp_path):
    copy = tmp_path / "label"
    shutil.copytree(FIXTURE, copy)
    (copy / "indonlu/smsa_doc-sentiment-prosa/valid_preprocess.tsv").write_text(
        "bagus .\tpositive\njelek .\tbad\n", encoding="utf-8")
    with pytest.raises(corpora.CorpusError, match="Label tak dikenal.*bad"):
        corpora.load_smsa("valid", root=copy, check=False)


def test_about_and_status(isolated, capsys):
    corpora.about("smsa")
    printed = capsys.readouterr().out
    assert "MIT" in printed and "Purwarianti" in printed and "indobenchmark/indonlu" in printed
    corpora.about()
    assert "CC BY-SA 4.0" in capsys.readouterr().out
    table = corpora.status()
    assert isinstance(table, pd.DataFrame)
    assert set(table["lokasi"]) == {"belum ada"}
    shutil.copytree(FIXTURE, isolated / "rumah")
    assert table.shape[0] == len(corpora.CORPORA)
    found = corpora.status().set_index("korpus")["lokasi"]
    assert found["smsa"] == str(isolated / "rumah") and found["nusax-senti-ngaju"] == "belum ada"
