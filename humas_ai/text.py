"""Indonesian text preprocessing for public comments.

The steps, in the order :func:`preprocess` applies them:

1. :func:`clean_text`: case folding; removes URLs, e-mail addresses and
   @mentions; keeps the word of a #hashtag (split at capitals, so
   ``#BanjirSamarinda`` becomes ``banjir samarinda``); maps common emoji to a
   word (or removes them); writes ``anak2`` as ``anak-anak``; removes numbers
   and punctuation (a hyphen inside a word stays); shortens letters repeated
   three or more times (``bagusss`` -> ``bagus``); collapses whitespace.
2. :func:`tokenize`: splits into words; reduplicated words (``anak-anak``,
   ``ktp-el``) stay one token.
3. :func:`normalize_slang`: replaces slang and abbreviations using
   ``datasets/kamus_slang.csv`` (``yg`` -> ``yang``, ``kada`` -> ``tidak``).
4. :func:`remove_stopwords`: drops function words, but keeps negation and
   intensity words (see :data:`SENTIMENT_WORDS`).
5. :func:`stem`: reduces words to their root with Sastrawi.

Emoji are mapped to words by default because in public comments they often
carry the sentiment (``jalan rusak lagi 😡``).  Only the emoji listed in
:data:`EMOJI_WORDS` are mapped; all other emoji are removed.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Literal

from sklearn.base import BaseEstimator, TransformerMixin

from humas_ai.inputs import is_missing
from humas_ai.paths import datasets_dir

EmojiMode = Literal["map", "remove"]

#: Emoji that carry meaning in public comments, mapped to an Indonesian word.
EMOJI_WORDS: dict[str, str] = {
    "😡": "marah", "🤬": "marah", "😠": "marah", "👿": "marah",
    "😭": "sedih", "😢": "sedih", "😞": "sedih", "😔": "sedih", "💔": "sedih",
    "😤": "kesal", "😒": "kesal", "🙄": "kesal", "😑": "kesal", "🤦": "kesal",
    # 🙃 (upside-down face) nearly always marks a jab ("mantap, gelap lagi 🙃").
    "🙃": "sindiran",
    "😂": "tertawa", "🤣": "tertawa", "😅": "tertawa", "😆": "tertawa",
    # 👏 is applause for real praise and for sarcasm alike ("hebat, banjir lagi 👏"), so it
    # maps to the neutral act, not to "bagus".
    "👍": "bagus", "👏": "tepuk", "💪": "semangat", "🔥": "hebat", "⭐": "bagus",
    "❤": "suka", "❤️": "suka", "😍": "suka", "🥰": "suka", "😊": "senang", "🙂": "senang",
    "😁": "senang", "😀": "senang", "🤗": "senang", "🎉": "senang",
    "🙏": "mohon", "👎": "buruk", "🤮": "buruk", "💩": "buruk", "🤔": "bingung",
    "😱": "kaget", "😨": "takut", "😰": "takut", "😷": "sakit",
}

#: Negation and intensity words kept by :func:`remove_stopwords` although
#: Sastrawi lists them as stopwords.  Sentiment depends on them: "tidak
#: bagus" and "bagus" mean opposite things, "sangat lambat" is stronger than
#: "lambat".  A few evaluative words Sastrawi's list also drops (``baik``,
#: ``percuma``, ``keterlaluan``, ``seenaknya``...) are kept for the same reason.
SENTIMENT_WORDS: frozenset[str] = frozenset({
    # negation
    "tidak", "tak", "bukan", "belum", "jangan", "enggak", "tanpa", "kurang", "usah",
    "tidaklah", "bukanlah", "belumlah", "janganlah", "bukannya",
    # intensity
    "sangat", "amat", "paling", "lebih", "terlalu", "cukup", "sekali", "makin", "semakin",
    "agak", "sangatlah", "amatlah",
    # evaluative words in Sastrawi's stopword list
    "baik", "enak", "percuma", "keterlaluan", "seenaknya", "berlebihan", "lama", "mampu",
    "pantas", "tepat", "jelas", "benar", "betul", "penting", "segera", "waduh", "masalah",
})

# A bare domain must end at a word boundary, so "lapor.coba" (no space after a full stop) is
# not read as the domain "lapor.co"; every label before the ending belongs to the domain.
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|id|ly|co|net|org)\b(?:/\S*)?", re.I
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_MENTION = re.compile(r"(?<!\w)@\w+(?:\.\w+)*")  # Instagram names may hold dots
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: ``anak2`` -> ``anak-anak``; not a rupiah amount written the PUEBI way (``Rp2,3 miliar``)
#: and not a number with a decimal part after letters.
_REDUPLICATION_2 = re.compile(r"\b(?!rp2)([a-z]{2,})2\b(?![.,]\d)")
_NON_LETTER = re.compile(r"[^a-z\s-]+")
_LOOSE_HYPHEN = re.compile(r"(?<![a-z])-|-(?![a-z])")
_REPEATED_LETTER = re.compile(r"([a-z])\1{2,}")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*")
_EMOJI_PATTERN = re.compile(
    "|".join(re.escape(e) for e in sorted(EMOJI_WORDS, key=len, reverse=True))
)
_OTHER_EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\U000E0000-\U000E007F]"
)


def clean_text(text: str | None, emoji: EmojiMode = "map") -> str:
    """Return ``text`` cleaned for analysis (see the module docstring).

    ``None`` and NaN become ``""``.  ``emoji="map"`` replaces known emoji
    with a word (``😡`` -> ``marah``); ``emoji="remove"`` drops every emoji.

    >>> clean_text("Jalannya RUSAKKK parah!!! 😡 @pemkab_xx #JalanRusak https://bit.ly/x1")
    'jalannya rusak parah marah jalan rusak'
    """
    if is_missing(text):
        return ""
    if not isinstance(text, str):
        raise TypeError(f"clean_text expects str, got {type(text).__name__}")
    text = _URL.sub(" ", _EMAIL.sub(" ", text))
    text = _MENTION.sub(" ", text)
    text = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    if emoji == "map":
        text = _EMOJI_PATTERN.sub(lambda m: f" {EMOJI_WORDS[m.group(0)]} ", text)
    text = _OTHER_EMOJI.sub(" ", text).lower()
    text = _REDUPLICATION_2.sub(r"\1-\1", text)
    text = _NON_LETTER.sub(" ", text.replace("_", " "))
    text = _LOOSE_HYPHEN.sub(" ", text)
    text = _REPEATED_LETTER.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def tokenize(text: str) -> list[str]:
    """Split cleaned text into words; ``anak-anak`` stays one token."""
    return _TOKEN.findall(text)


@functools.cache
def load_slang() -> Mapping[str, str]:
    """Return the bundled slang lexicon ``{slang: standard form}``, read-only.

    To add your own words, pass them as ``extra`` to :func:`normalize_slang` (or
    ``extra_slang`` to :func:`preprocess`).
    """
    path = datasets_dir() / "kamus_slang.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        lexicon = {row["slang"].strip(): row["baku"].strip() for row in csv.DictReader(handle)}
    return MappingProxyType(lexicon)


def normalize_slang(tokens: Iterable[str], extra: Mapping[str, str] | None = None) -> list[str]:
    """Replace slang tokens by their standard form.

    ``extra`` adds or overrides entries (for example a participant's own
    regional words).  A standard form may have several words (``otw`` ->
    ``sedang di jalan``); they become separate tokens.
    """
    lexicon = load_slang() if not extra else {**load_slang(), **extra}
    result: list[str] = []
    for token in tokens:
        result.extend(lexicon.get(token, token).split())
    return result


@functools.cache
def load_stopwords() -> frozenset[str]:
    """Return Sastrawi's stopwords plus ours, minus :data:`SENTIMENT_WORDS`."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    words = set(StopWordRemoverFactory().get_stop_words())
    extra = (datasets_dir() / "stopwords_tambahan.txt").read_text(encoding="utf-8")
    words.update(line.strip() for line in extra.splitlines() if line.strip()[:1] not in "#")
    words.discard("")
    return frozenset(words - SENTIMENT_WORDS)


def remove_stopwords(tokens: Iterable[str], keep: Iterable[str] = ()) -> list[str]:
    """Drop stopwords; words in ``keep`` (and :data:`SENTIMENT_WORDS`) stay."""
    stopwords = load_stopwords()
    if keep:
        stopwords = stopwords - frozenset(keep)
    return [token for token in tokens if token not in stopwords]


@functools.cache
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Return the Sastrawi root of one word (one stemmer per process, cached by word).

    Sastrawi strips affixes by rule and sometimes goes too far:
    ``pemerintah`` becomes ``perintah`` and ``pelayanan`` becomes ``layan``.
    """
    return _stemmer().stem(word) or word


def preprocess_one(
    text: str | None,
    *,
    emoji: EmojiMode = "map",
    slang: bool = True,
    stopwords: bool = True,
    stemming: bool = True,
    extra_slang: Mapping[str, str] | None = None,
) -> str:
    """Run every enabled step on one text and return the words joined by spaces."""
    plain = all(isinstance(value, bool | str) for value in (emoji, slang, stopwords, stemming))
    if extra_slang or not isinstance(text, str) or not plain:
        return _preprocess_one(text, emoji, slang, stopwords, stemming, extra_slang)
    return _preprocess_remembered(text, emoji, slang, stopwords, stemming)


#: Texts remembered by :func:`preprocess_one`: a lesson preprocesses the same comments
#: again for every model and every grouping, and cleaning them is the slow part.
@functools.lru_cache(maxsize=100_000)
def _preprocess_remembered(text: str, emoji: EmojiMode, slang: bool, stopwords: bool,
                           stemming: bool) -> str:
    return _preprocess_one(text, emoji, slang, stopwords, stemming, None)


def _preprocess_one(text, emoji, slang, stopwords, stemming, extra_slang) -> str:
    tokens = tokenize(clean_text(text, emoji=emoji))
    if slang:
        tokens = normalize_slang(tokens, extra_slang)
    if stopwords:
        tokens = remove_stopwords(tokens)
    if stemming:
        tokens = [stem(token) for token in tokens]
    return " ".join(tokens)


def preprocess(texts, **steps) -> list[str] | str:
    """Preprocess one text (returns ``str``) or many (returns ``list[str]``).

    Keyword arguments switch steps on or off, see :func:`preprocess_one`:
    ``emoji="map"|"remove"``, ``slang``, ``stopwords``, ``stemming`` (all
    ``True`` by default) and ``extra_slang`` (a dict of extra entries).
    Missing values (``None``, NaN) become ``""``.

    >>> preprocess(["Pelayanannya gak ribet, mantappp 👍", None], stemming=False)
    ['pelayanannya tidak ribet mantap bagus', '']
    """
    if isinstance(texts, str) or is_missing(texts):
        return preprocess_one(texts, **steps)
    return [preprocess_one(text, **steps) for text in texts]


class TextPreprocessor(TransformerMixin, BaseEstimator):
    """scikit-learn transformer around :func:`preprocess`, for use in a ``Pipeline``.

    It learns nothing: ``fit`` returns ``self`` and ``transform`` returns a
    list of cleaned strings, ready for ``TfidfVectorizer``.
    """

    def __init__(
        self,
        emoji: EmojiMode = "map",
        slang: bool = True,
        stopwords: bool = True,
        stemming: bool = True,
        extra_slang: Mapping[str, str] | None = None,
    ):
        self.emoji = emoji
        self.slang = slang
        self.stopwords = stopwords
        self.stemming = stemming
        self.extra_slang = extra_slang

    def fit(self, texts, y=None):
        return self

    def transform(self, texts) -> list[str]:
        return preprocess(
            list(texts),
            emoji=self.emoji,
            slang=self.slang,
            stopwords=self.stopwords,
            stemming=self.stemming,
            extra_slang=self.extra_slang,
        )
