"""Public, openly licensed Indonesian corpora: fetched or read locally, never bundled in git.

Like scikit-learn's ``fetch_*`` functions, :func:`fetch` finds a corpus on this computer
and downloads it from its public source **only when asked** (``download=True``), checking
every file against its published SHA-256 checksum.  Loaders give ready tables::

    from humas_ai import corpora
    corpora.fetch("nusax-senti-indonesian")          # where is it? (never downloads)
    corpora.fetch("smsa", download=True)             # download once into data_home()
    test = corpora.load_nusax_sentiment("banjarese", split="test")   # columns id, teks, sentimen
    valid = corpora.load_smsa("valid")                               # columns teks, sentimen
    sentences = corpora.load_ner("nergrit", "train")                 # [[(token, tag), ...], ...]
    corpora.about("smsa")                            # licence and citation

Where a corpus is looked for, in this order (the first folder that holds all its files wins):

1. the ``root`` argument, when given (then only there);
2. the folder named by the environment variable ``HUMAS_AI_KORPUS`` (for example a flash
   disk: ``E:\\korpus``);
3. the per-user data folder, where :func:`fetch` downloads or copies to
   (:func:`data_home`: ``HUMAS_AI_DATA`` when set, otherwise ``~/humas_ai_data/korpus``);
4. ``korpus/`` beside the kit's virtual environment (the offline bundle made by
   ``make bundle`` holds it there);
5. ``../shared/data/public-corpora`` beside a checkout of the repository.

Every folder has the same layout as the sources: ``nusax/sentiment/<language>/<split>.csv``,
``nusax/lexicon/<language>.csv`` and ``indonlu/<task>/<split>_preprocess.<ext>``.
A missing corpus raises :class:`CorpusMissingError` with an Indonesian message that says
where it was looked for and how to get it; a file whose checksum differs raises
:class:`CorpusChecksumError`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from humas_ai.errors import HumasAIError

ENV_FOLDER = "HUMAS_AI_KORPUS"
ENV_DATA_HOME = "HUMAS_AI_DATA"

#: NusaX-Senti languages (the same 1,000 sentences in each, same ids).
LANGUAGES = (
    "indonesian", "english", "acehnese", "balinese", "banjarese", "buginese", "javanese",
    "madurese", "minangkabau", "ngaju", "sundanese", "toba_batak",
)
#: Languages with a NusaX word lexicon (local word <-> Indonesian).
LEXICON_LANGUAGES = tuple(language for language in LANGUAGES if language != "indonesian")
#: The corpora's sentiment labels in the kit's words.
LABELS = {"positive": "positif", "neutral": "netral", "negative": "negatif"}

_NUSAX_COMMIT = "75b0be5d982348332509f296e10d9bf9cb66d60f"
_INDONLU_COMMIT = "56e8bcdd17f6309a310ed221365416c08662c6b5"
_NUSAX_RAW = f"https://raw.githubusercontent.com/IndoNLP/nusax/{_NUSAX_COMMIT}/datasets/"
_INDONLU_RAW = f"https://raw.githubusercontent.com/indobenchmark/indonlu/{_INDONLU_COMMIT}/dataset/"
_NUSAX_CITATION = (
    "Winata, G. I., Aji, A. F., Cahyawijaya, S., et al. (2023). NusaX: Multilingual Parallel "
    "Sentiment Dataset for 10 Indonesian Local Languages. Proceedings of EACL 2023, 815-834."
)
_INDONLU_CITATION = (
    "Wilie, B., Vincentio, K., Winata, G. I., et al. (2020). IndoNLU: Benchmark and Resources "
    "for Evaluating Indonesian Natural Language Understanding. Proceedings of AACL-IJCNLP 2020."
)
_SMSA_CITATION = _INDONLU_CITATION + (
    " Purwarianti, A. & Crisdayanti, I. A. P. A. (2019). Improving Bi-LSTM Performance for "
    "Indonesian Sentiment Analysis Using Paragraph Vector. ICAICTA 2019."
)

#: Published SHA-256 of every file (the sources' files at the commits above).
CHECKSUMS: dict[str, str] = {
    "nusax/lexicon/acehnese.csv":
        "48ba2911df2a131bc2fb13d5cf6399b875e7bdb06fc5367867c73f02db7da55e",
    "nusax/lexicon/balinese.csv":
        "843fea727186b4d58cfabec72bd40c9ad270e15272a1817f610fcd58d4cab629",
    "nusax/lexicon/banjarese.csv":
        "7f2af3264e3601e2a5ea6089b5b03afab1c6c2c7332bf0dd205850dcf49535c0",
    "nusax/lexicon/buginese.csv":
        "fc1e0de2e2ebae91705b6698ee51ccb9f9c3154d3a5455d746c8a2e065621ba8",
    "nusax/lexicon/english.csv":
        "d4f3b66f210a6dc51fa1f5bde1ec34ed7083cf7beb86182f0346731cf4c06334",
    "nusax/lexicon/javanese.csv":
        "6a849835e3ed31ad69163ca54f32d13c3c6e2bb3c2150e7897ac972584fcc153",
    "nusax/lexicon/madurese.csv":
        "409ddc815de53dc0c4966bd69a9e69e771c9f07e666515f4aeceeef03deebd20",
    "nusax/lexicon/minangkabau.csv":
        "35329fe72757766f40458542c0e76d60a848a04dc2ecdfaa7c24120b85381aed",
    "nusax/lexicon/ngaju.csv":
        "46fc3d86b3aca9c33869d36906249fa72b9d6c33b518e5227781a65bf45ca61a",
    "nusax/lexicon/sundanese.csv":
        "43e86c4a28b1cf51712fb80018edd631ca44c17718751df8ff9a1e726c173f2f",
    "nusax/lexicon/toba_batak.csv":
        "1939848cf0d69398e0f6b31aa6f26891bfca75583e26ecb76bc0ef9ffeccc20b",
    "nusax/sentiment/acehnese/test.csv":
        "0a38ac2352ec2194602f97acf5b25c78f432d84c9c9bee60c294506e55c18f1c",
    "nusax/sentiment/acehnese/train.csv":
        "eeb72a3e29d6129af729a9112e296afe0b7bae3c4f6a2590d5532bafe57f4597",
    "nusax/sentiment/acehnese/valid.csv":
        "1752fc429c3f7b12f29a72dd68d0e3939b21a40f389dd5d0eb5432c6d036b308",
    "nusax/sentiment/balinese/test.csv":
        "d10c82f294bd72b0ee7077400424522e5c39fa477f83ffabb2f7652f84ed71fa",
    "nusax/sentiment/balinese/train.csv":
        "e37accf45aec8381c7465b2ca2df75500c0c5991941f18a6f0e109d8a81e5c5b",
    "nusax/sentiment/balinese/valid.csv":
        "1055ca278cc03de4743605c1bfac04261b4f6514fbbdba86587c2e3076e80197",
    "nusax/sentiment/banjarese/test.csv":
        "cca90ae2c130ebd41f38a3d04acda1cc79b3795d5e43575a41d369c7326679d9",
    "nusax/sentiment/banjarese/train.csv":
        "0e15c5826401ca8649c51e67a5c1ba6b0345d66897954e96ac073a85e717ee7a",
    "nusax/sentiment/banjarese/valid.csv":
        "999a0bef291cde263777d64bde9d31b46fbf1de957a64e73f0fd39b8674784b1",
    "nusax/sentiment/buginese/test.csv":
        "369fedd3463d406e98b88dbc7cce9a3ce1ac9d3947aad627f17826e68ee0b179",
    "nusax/sentiment/buginese/train.csv":
        "23818aa30bf4ae743c540b007231c925e6f00f4dfd3ed8e38972b5663d601027",
    "nusax/sentiment/buginese/valid.csv":
        "5425f886a49379cffd114802b0d3ef07de048d3f7e1647046a2c6dabd7284b0f",
    "nusax/sentiment/english/test.csv":
        "63b49ae7c8fa9c72013dbc29477c9ca6b9f82e510f65df88a05635e36f4a979e",
    "nusax/sentiment/english/train.csv":
        "d11297019c1f39c6a9bc855cf8bebd54aebd6c9c3e0e945cb8cb6a7999350e94",
    "nusax/sentiment/english/valid.csv":
        "76ca81930332a857ee8c1a5d05a1523f4d91783d313a80bccb39836d80ad2655",
    "nusax/sentiment/indonesian/test.csv":
        "43b612ed6fde972c752ab9fa8b2ce290d9ffa06b176b732fcef2a947cb94a161",
    "nusax/sentiment/indonesian/train.csv":
        "698c4802111085c14fbe35122957e1145338d307bcc295764026a23095a32984",
    "nusax/sentiment/indonesian/valid.csv":
        "4049c4a53017e08db72c72e1907345bfdfc19385481c58f54fe4637073d813f9",
    "nusax/sentiment/javanese/test.csv":
        "ad73d2ee75854c4104c9188a84c757caa07f826e108a384ade7fbf0f6dcc53a2",
    "nusax/sentiment/javanese/train.csv":
        "46a88ac0f2f0b09b42b7fb840d80f727cc5b2a558440cd29d3b69178c24853c5",
    "nusax/sentiment/javanese/valid.csv":
        "ff8df9ec279e505c914bf7c367db5f10fcba672da8a0f7a32f8b701670e7a89c",
    "nusax/sentiment/madurese/test.csv":
        "daf0d571942b7a716583f2f92257501278ab29f8a315a9074fc4aa4a63869be1",
    "nusax/sentiment/madurese/train.csv":
        "0cc23e1d5f29cc94f30916e07f32809dd3995a8bbae2d19e78d4f88673a91c05",
    "nusax/sentiment/madurese/valid.csv":
        "e1dc6c01128a40c13903e14ec3c51987ac47dacbbc527bd20e178294278296ad",
    "nusax/sentiment/minangkabau/test.csv":
        "da055aabc671f0d702f73c50a90fde58ac0916ce30c4a23b6b0a589950909062",
    "nusax/sentiment/minangkabau/train.csv":
        "96f11a39631fded49d04562e520199bcc9dcdbd07bfaee505753521d82388437",
    "nusax/sentiment/minangkabau/valid.csv":
        "bca87a7e812cf13ac31c4fa9f0d4ac4c6dd2ba00999abd1687f01a1d89f37f3f",
    "nusax/sentiment/ngaju/test.csv":
        "f8cd78d440d7d4cdc4fa556e80a546028fbfb0eaa173ff5156a39c3d42e9ca4f",
    "nusax/sentiment/ngaju/train.csv":
        "db52af95941e56846296f9adcc58fa94cd41cd5ab17ce9ee10f20f3116d991ad",
    "nusax/sentiment/ngaju/valid.csv":
        "a3061f5238852dcf296d92ebd103f1530e6e5832511e5a0a38fb85facd05fc80",
    "nusax/sentiment/sundanese/test.csv":
        "887e940330e59716ff741ad11c4bccad6f94752c46de44858b32d46a96ef7d48",
    "nusax/sentiment/sundanese/train.csv":
        "b525aefac4d9819add0375b8c0db49516f19b57fbf6e6fc5afda3069895f2168",
    "nusax/sentiment/sundanese/valid.csv":
        "ca5bbbef8e7d8d085300e716e570b4f2a964a761b392a3612e5547dd7b5d0444",
    "nusax/sentiment/toba_batak/test.csv":
        "11d15c3ab4079d7d97e80bfc1ce1a4245bd1909a3fa40e15806c1c6334a99309",
    "nusax/sentiment/toba_batak/train.csv":
        "f6fed53a064607541c12a7f25dd16c5dc47b145ff7a75d844e18e3e50f80063f",
    "nusax/sentiment/toba_batak/valid.csv":
        "af3fdec7f6319b0e38e0ee7defb168ca741c1a56fac3dc3aa7a57dbab50967ea",
    "indonlu/nergrit_ner-grit/train_preprocess.txt":
        "4bbef1355fad21b405b5c511a7c80331a5ee71c91db9b82dc03efda5cb99f964",
    "indonlu/nergrit_ner-grit/valid_preprocess.txt":
        "330ee7307f40f5e999110e02390243c07180b78c2e2a06f8a529ab46b0f4e907",
    "indonlu/nerp_ner-prosa/train_preprocess.txt":
        "0361c2b4a40298f00c027ad80b3c29a1f2a14c3d6fea91ec292820af25821a2d",
    "indonlu/nerp_ner-prosa/valid_preprocess.txt":
        "5e08679148ada73a809a52fbe9695ac8d9b0acfe4e3e8f686fa6ab16048b4863",
    "indonlu/smsa_doc-sentiment-prosa/train_preprocess.tsv":
        "50f38ceed9b31521bf1581e126620532cc9b790712938159a2cdcf6906977a9b",
    "indonlu/smsa_doc-sentiment-prosa/valid_preprocess.tsv":
        "6ab41ddc9d58a35086f05ebd2e209c74cb03d87d4f51d6abdfba674eafbefa74",
}


class CorpusError(HumasAIError):
    """A public corpus cannot be found, read or trusted."""


class CorpusMissingError(CorpusError):
    """A corpus is not on this computer (and was not asked to be downloaded)."""


class CorpusChecksumError(CorpusError):
    """A corpus file differs from the published version (damaged or changed copy)."""


@dataclass(frozen=True)
class Corpus:
    """One public corpus: its files (paths relative to a corpus folder) and where they come from."""

    name: str
    title: str
    files: tuple[str, ...]
    source: str
    licence: str
    licence_url: str
    citation: str

    def url(self, path: str) -> str:
        """The public address of one of :attr:`files`."""
        group, _, rest = path.partition("/")
        return (_NUSAX_RAW if group == "nusax" else _INDONLU_RAW) + rest


def _registry() -> dict[str, Corpus]:
    nusax = dict(source=f"https://github.com/IndoNLP/nusax (commit {_NUSAX_COMMIT[:7]})",
                 licence="CC BY-SA 4.0",
                 licence_url="https://creativecommons.org/licenses/by-sa/4.0/",
                 citation=_NUSAX_CITATION)
    indonlu = dict(source=f"https://github.com/indobenchmark/indonlu "
                          f"(commit {_INDONLU_COMMIT[:7]})",
                   licence="MIT",
                   licence_url="https://github.com/indobenchmark/indonlu/blob/master/LICENSE",
                   citation=_INDONLU_CITATION)
    corpora = {}
    for language in LANGUAGES:
        name = f"nusax-senti-{language}"
        files = tuple(f"nusax/sentiment/{language}/{split}.csv"
                      for split in ("train", "valid", "test"))
        corpora[name] = Corpus(name, f"NusaX-Senti ({language})", files, **nusax)
    for language in LEXICON_LANGUAGES:
        name = f"nusax-lexicon-{language}"
        corpora[name] = Corpus(name, f"Leksikon NusaX ({language})",
                               (f"nusax/lexicon/{language}.csv",), **nusax)
    for name, title, folder, ext in (
        ("smsa", "IndoNLU SmSA (sentimen)", "smsa_doc-sentiment-prosa", "tsv"),
        ("nergrit", "IndoNLU NERGrit (entitas bernama)", "nergrit_ner-grit", "txt"),
        ("nerp", "IndoNLU NERP (entitas bernama)", "nerp_ner-prosa", "txt"),
    ):
        files = tuple(f"indonlu/{folder}/{split}_preprocess.{ext}" for split in ("train", "valid"))
        details = dict(indonlu, citation=_SMSA_CITATION) if name == "smsa" else indonlu
        corpora[name] = Corpus(name, title, files, **details)
    return corpora


#: Every corpus the kit knows, by name.
CORPORA: dict[str, Corpus] = _registry()


def get(name: str) -> Corpus:
    """The registry entry of ``name``; an unknown name gets the list of known ones."""
    if isinstance(name, Corpus):
        return name
    if name not in CORPORA:
        known = ", ".join(sorted(CORPORA))
        raise CorpusError(f"Korpus {name!r} tidak dikenal. Nama yang tersedia: {known}.")
    return CORPORA[name]


# --------------------------------------------------------------------------- where to look


def data_home() -> Path:
    """The per-user folder that :func:`fetch` downloads or copies corpora into."""
    configured = os.environ.get(ENV_DATA_HOME)
    if configured:
        return Path(configured).expanduser()
    return Path.home() / "humas_ai_data" / "korpus"


def _bundle_copy() -> Path:
    return Path(sys.prefix).resolve().parent / "korpus"


def _checkout_copy() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "public-corpora"


def search_folders(root=None) -> list[Path]:
    """The folders a corpus is looked for in, in order (see the module docstring)."""
    if root is not None:
        return [Path(root).expanduser()]
    folders = []
    if os.environ.get(ENV_FOLDER):
        folders.append(Path(os.environ[ENV_FOLDER]).expanduser())
    folders += [data_home(), _bundle_copy(), _checkout_copy()]
    return list(dict.fromkeys(folders))


def locate(name: str, root=None) -> Path | None:
    """The first folder of :func:`search_folders` that holds every file of ``name``, or None."""
    corpus = get(name)
    for folder in search_folders(root):
        if all((folder / path).is_file() for path in corpus.files):
            return folder
    return None


# --------------------------------------------------------------------------- checksums


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_verified: set[tuple[str, int, int]] = set()


def verify(name: str, folder) -> None:
    """Check every file of ``name`` in ``folder`` against the published checksums."""
    corpus = get(name)
    for path in corpus.files:
        file = Path(folder) / path
        stat = file.stat()
        key = (str(file.resolve()), stat.st_size, stat.st_mtime_ns)
        if key in _verified:
            continue
        if sha256(file) != CHECKSUMS[path]:
            raise CorpusChecksumError(
                f"Berkas {file} tidak sama dengan versi yang diterbitkan (checksum SHA-256 "
                f"berbeda): salinannya rusak atau telah diubah. Hapus berkas itu, lalu salin "
                f"ulang dari flash disk pelatih atau unduh lagi dengan "
                f"corpora.fetch({corpus.name!r}, download=True)."
            )
        _verified.add(key)


# --------------------------------------------------------------------------- fetching


def fetch(name: str, download: bool = False, *, root=None, source=None,
          check: bool = True) -> Path:
    """Return the folder that holds corpus ``name``, getting it first only when asked.

    Looks in :func:`search_folders` (``root`` alone when given).  When the corpus is not
    there: with ``source`` (a folder with the same layout, such as the trainer's flash disk)
    its files are copied into :func:`data_home`; with ``download=True`` they are downloaded
    from the public source into :func:`data_home`.  Otherwise :class:`CorpusMissingError`
    says how to get it.  Files are checked against the published SHA-256 (``check``).
    """
    corpus = get(name)
    found = locate(corpus.name, root)
    if found is not None:
        if check:
            verify(corpus.name, found)
        return found
    if source is None and not download:
        raise CorpusMissingError(_missing_message(corpus, root))
    target = data_home()
    for path in corpus.files:
        destination = target / path
        if destination.is_file() and sha256(destination) == CHECKSUMS[path]:
            continue
        origin = Path(source).expanduser() / path if source is not None else corpus.url(path)
        _transfer(origin, destination, CHECKSUMS[path] if check else None)
    return target


def _transfer(origin, destination: Path, checksum: str | None) -> None:
    """Copy a local file or download a URL to ``destination``, atomically, checking its hash."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=destination.parent, suffix=".sebagian")
    os.close(handle)
    temporary = Path(temporary)
    try:
        if isinstance(origin, Path):
            if not origin.is_file():
                raise CorpusMissingError(
                    f"Berkas {origin} tidak ada di folder sumber. Pastikan folder itu berisi "
                    f"salinan korpus dengan susunan yang sama (nusax/..., indonlu/...)."
                )
            shutil.copyfile(origin, temporary)
        else:
            try:
                with urllib.request.urlopen(origin, timeout=60) as response, \
                        open(temporary, "wb") as out:
                    shutil.copyfileobj(response, out)
            except OSError as error:
                raise CorpusMissingError(
                    f"Gagal mengunduh {origin} ({error}). Periksa sambungan internet, atau "
                    f"salin korpus dari flash disk pelatih (lihat corpora.fetch(..., source=...))."
                ) from error
        if checksum is not None and sha256(temporary) != checksum:
            raise CorpusChecksumError(
                f"Berkas dari {origin} tidak sama dengan versi yang diterbitkan (checksum "
                f"SHA-256 berbeda), jadi tidak disimpan. Coba lagi, atau gunakan salinan pelatih."
            )
        temporary.replace(destination)
    finally:
        temporary.unlink(missing_ok=True)


def _missing_message(corpus: Corpus, root) -> str:
    looked = "\n".join(f"  - {folder}" for folder in search_folders(root))
    return (
        f"Korpus {corpus.title} ({corpus.name!r}) belum ada di komputer ini. "
        f"Berkas yang dicari, misalnya {corpus.files[0]}, tidak ada di:\n{looked}\n"
        "Cara mendapatkannya (pilih salah satu):\n"
        f"  1. Dengan internet: from humas_ai import corpora; "
        f"corpora.fetch({corpus.name!r}, download=True)\n"
        f"     (diunduh dari {corpus.source} ke {data_home()}).\n"
        "  2. Tanpa internet: salin folder 'korpus' dari paket luring atau flash disk pelatih, "
        f"lalu corpora.fetch({corpus.name!r}, source='E:/korpus') "
        f"atau atur variabel lingkungan {ENV_FOLDER} ke folder itu."
    )


def status(root=None) -> pd.DataFrame:
    """One row per corpus: where it is found (or that it is missing), licence and source."""
    rows = []
    for corpus in CORPORA.values():
        found = locate(corpus.name, root)
        rows.append({"korpus": corpus.name, "judul": corpus.title,
                     "lokasi": str(found) if found else "belum ada",
                     "lisensi": corpus.licence, "sumber": corpus.source})
    return pd.DataFrame(rows)


def citation(name: str) -> str:
    """How to cite corpus ``name``."""
    return get(name).citation


def about(name: str | None = None) -> None:
    """Print title, source, licence and citation of one corpus, or of every group of corpora."""
    names = [name] if name else ["nusax-senti-indonesian", "smsa", "nergrit", "nerp"]
    for entry in names:
        corpus = get(entry)
        print(f"{corpus.title}\n  sumber  : {corpus.source}\n"
              f"  lisensi : {corpus.licence} ({corpus.licence_url})\n"
              f"  sitasi  : {corpus.citation}\n")
    if not name:
        print("Korpus NusaX lain (bahasa daerah dan leksikon) memakai sumber, lisensi dan sitasi "
              "yang sama dengan NusaX-Senti (indonesian).")


# --------------------------------------------------------------------------- loaders


def _file(name: str, path: str, root, check: bool) -> Path:
    return fetch(name, root=root, check=check) / path


def _check_split(split: str, splits: tuple[str, ...]) -> None:
    if split not in splits:
        raise CorpusError(f"Bagian {split!r} tidak ada. Pilih salah satu: {', '.join(splits)}.")


def _check_language(language: str, languages: tuple[str, ...]) -> None:
    if language not in languages:
        raise CorpusError(f"Bahasa {language!r} tidak ada di NusaX. "
                          f"Pilih salah satu: {', '.join(languages)}.")


def _labels(values: pd.Series, path: Path) -> pd.Series:
    mapped = values.astype(str).str.strip().str.lower().map(LABELS)
    if mapped.isna().any():
        unknown = sorted(set(values[mapped.isna()].astype(str)))[:3]
        raise CorpusError(f"Label tak dikenal di {path}: {unknown}. "
                          "Label yang dikenal: positive, neutral, negative.")
    return mapped


def load_nusax_sentiment(language: str = "indonesian", split: str = "test", *, root=None,
                         check: bool = True) -> pd.DataFrame:
    """NusaX-Senti sentences of one language and split: columns ``id``, ``teks``, ``sentimen``.

    ``split`` is ``"train"`` (500), ``"valid"`` (100) or ``"test"`` (400).  Ids are shared
    across languages (the same sentence translated), so exclude by id to keep a test
    sentence out of training in every language.
    """
    _check_language(language, LANGUAGES)
    _check_split(split, ("train", "valid", "test"))
    path = _file(f"nusax-senti-{language}", f"nusax/sentiment/{language}/{split}.csv", root, check)
    table = pd.read_csv(path, dtype={"text": str})
    return pd.DataFrame({"id": table["id"].astype(int), "teks": table["text"].fillna(""),
                         "sentimen": _labels(table["label"], path)})


def load_smsa(split: str = "valid", *, root=None, check: bool = True) -> pd.DataFrame:
    """IndoNLU SmSA reviews and comments: columns ``teks``, ``sentimen`` (``train`` or ``valid``).

    The texts are lower-cased with spaced punctuation, as published.
    """
    _check_split(split, ("train", "valid"))
    path = _file("smsa", f"indonlu/smsa_doc-sentiment-prosa/{split}_preprocess.tsv", root, check)
    table = pd.read_csv(path, sep="\t", header=None, names=["text", "label"], quoting=3,
                        dtype=str, keep_default_na=False)
    return pd.DataFrame({"teks": table["text"], "sentimen": _labels(table["label"], path)})


def load_lexicon(language: str, *, root=None, check: bool = True) -> pd.DataFrame:
    """NusaX word lexicon of ``language``: columns ``lokal`` and ``indonesia`` (lower case)."""
    _check_language(language, LEXICON_LANGUAGES)
    path = _file(f"nusax-lexicon-{language}", f"nusax/lexicon/{language}.csv", root, check)
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame = pd.DataFrame({"lokal": table[language].str.strip().str.lower(),
                          "indonesia": table["indonesian"].str.strip().str.lower()})
    return frame[(frame["lokal"] != "") & (frame["indonesia"] != "")].reset_index(drop=True)


def load_ner(name: str = "nergrit", split: str = "train", *, root=None,
             check: bool = True) -> list[list[tuple[str, str]]]:
    """Named-entity sentences: a list of sentences, each a list of ``(token, tag)``.

    ``name`` is ``"nergrit"`` (PERSON, PLACE, ORGANISATION; case kept) or ``"nerp"``
    (PPL, PLC, IND, EVT, FNB; lower case).  Tags are BIO (``B-PERSON``, ``I-PERSON``, ``O``).
    """
    if name not in ("nergrit", "nerp"):
        raise CorpusError(f"Korpus entitas {name!r} tidak dikenal. Pilih 'nergrit' atau 'nerp'.")
    _check_split(split, ("train", "valid"))
    folder = "nergrit_ner-grit" if name == "nergrit" else "nerp_ner-prosa"
    path = _file(name, f"indonlu/{folder}/{split}_preprocess.txt", root, check)
    return list(_sentences(path))


def _sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    sentence: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            token, _, tag = line.rpartition("\t")
            if not token:  # a line without a tab: the whole line is the token
                token, tag = line, "O"
            sentence.append((token, tag.strip() or "O"))
    if sentence:
        yield sentence

