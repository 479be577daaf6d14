"""Names with no cue word, found through lists of common Indonesian name words.

``Slamet Riyadi mengeluhkan …``, ``| Maria Lawai |``, ``Hadir: Ardiansyah, Meiliana``:
a capitalised word that is a known given name (or ends like one, ``-syah``,
``-wati``) starts a name of up to four capitalised words. A word that is
usually a later part of a name (``Saputra``) takes the word in front with it.
A street, building, institution or place marker in front (``Jl. Ahmad Yani``,
``RSUD Abdul Wahab Sjahranie``, ``Bandara Aji Pangeran …``) means the words
name a place, not a person. In chats, a lower-case known name right after
``pak``/``bu``/``sy``/``an`` (``pak darto``) is taken too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from humas_ai.pii.common import word_set
from humas_ai.pii.given_names import COMMON_WORD_GIVEN, GIVEN, LATER, NAME_ENDINGS, NOT_NAMES

_WORD_RE = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*\.?")
_CAP_RE = re.compile(r"[A-Z][a-z]+(?:['-][A-Za-z]+)*(?![\w-]|'[A-Za-z])")
_INITIAL_RE = re.compile(r"[A-Z]\.(?=[ \t]*[A-Z])")
_SPACE_RE = re.compile(r"[ \t]")
_PATRONYM_RE = re.compile(r"bin(?:ti)?[ \t]+(?=[A-Z])")
# Initials in front of a name: "M. Rizal Fahmi", "R. Sugiharto", "H. M. Yusuf".
_LEADING_INITIALS_RE = re.compile(r"(?:(?<![\w.])[A-GI-Z]\.[ \t]?)+$")

# A word right in front (titles skipped) that makes the following words a place or body.
PLACE_MARKERS = word_set(
    """
    jl jln jalan gg gang perum perumahan komp kompleks komplek blok rsud rs rsia rsj sakit
    bandara stadion gor masjid musala mushola langgar gereja pura vihara klenteng
    universitas univ institut politeknik akademi sekolah sd sdn smp smpn sma sman smk smkn
    man mts min pondok pesantren ponpes yayasan pt cv ud koperasi toko warung hotel wisma
    graha griya villa gedung aula balai taman lapangan pasar tugu monumen museum makam
    kampung desa kelurahan kecamatan kabupaten kota provinsi kec kel kab kapal km kmp kri
    bandar terminal pelabuhan dermaga jembatan simpang bundaran sungai teluk tanjung pulau
    bukit gunung danau air tanah karang batu loa muara long sumber bumi puskesmas klinik
    apotek panti stasiun halte spbu bank lembaga persatuan ikatan paguyuban sanggar tim
    nabi rasul allah allahu hari piala anugerah beasiswa program festival lomba tol
    bendungan waduk kawasan perusahaan rumah kantor asrama lorong dusun idul iedul raya lebaran
    """
)
# Titles and ranks that may stand between a place marker and a person's name.
_TITLES = word_set(
    """
    aji pangeran sultan raden tumenggung letjend letjen jend jenderal mayjen mayjend brigjen
    kolonel kapten laksamana marsekal haji h hj kh dr prof ir drs dra st ust datu raja
    bapak ibu pak bu bpk saudara saudari sdr sdri
    """
)
# Capitalised words that end a name ("Siti Aminah Senin", "Rudi Dari").
_NAME_BREAK = PLACE_MARKERS | word_set(
    """
    dari dan di ke yang untuk dengan pada senin selasa rabu kamis jumat sabtu minggu
    januari februari maret april mei juni juli agustus september oktober november desember
    wib wita wit s no nomor nik kk ktp hp wa telp npwp nip rt rw
    """
)
# Capitalised words that are no first name in front of a surname ("Presiden Susilo …").
_NOT_BEFORE_SURNAME = word_set(
    """
    indonesia kaltim kalimantan timur barat utara selatan tengah samarinda balikpapan bontang
    jakarta kutai berau paser presiden gubernur bupati wali walikota camat lurah kades menteri
    ketua kepala direktur sekda kabid kadis warga saudara saudari bapak ibu pak bu kak mas
    mbak adik kakak almarhum almarhumah tim grup keluarga
    """
)
_CHAT_CUE_RE = re.compile(
    r"(?<![\w.-])(?:pak|bu|bpk|sy|saya|an|a/n|mas|mbak|kak|bang|om|koh)[ \t]+(?=[a-z])"
)
_LOWER_RE = re.compile(r"[a-z]+(?![\w'-])")
_NEXT_LOWER_RE = re.compile(r"[ \t]([a-z]+)(?![\w'-])")


def _ends_like_name(word: str) -> bool:
    """``Ardiansyah``, ``Kurniawati``: a name ending on a word that is not a common noun."""
    return len(word) >= 6 and word not in NOT_NAMES and word.endswith(NAME_ENDINGS)


def is_name_start(word: str, next_word: str | None) -> bool:
    """True when capitalised ``word`` can open a person's name (lower-cased inputs)."""
    if word in GIVEN or _ends_like_name(word):
        return True
    if word not in COMMON_WORD_GIVEN or next_word is None:
        return False
    return next_word in GIVEN or next_word in LATER or _ends_like_name(next_word)


def word_before(text: str, pos: int) -> str:
    """The word in front of ``pos``, skipping titles and initials; lower case, no dot."""
    while True:
        head = text[max(0, pos - 40) : pos].rstrip(" \t")
        match = re.search(r"([A-Za-z]+)\.?$", head)
        if not match:
            return ""
        word = match.group(1).lower()
        if match.group().endswith(".") and len(word) > 4 and word not in _TITLES:
            return ""  # "… di jalan. Sdr. Joko": the sentence ended, this is no abbreviation
        if word in PLACE_MARKERS:
            return word
        if word in _TITLES or len(word) == 1 or (match.group(1).isupper() and len(word) <= 3):
            pos = max(0, pos - 40) + match.start()
            continue
        return word


def _extend_right(text: str, end: int) -> int:
    """Extend a name over following capitalised words and initials (four words at most).

    ``bin``/``binti`` joins the father's name: ``Abdul Kadir bin Usman``.
    """
    words = 1
    while words < 4:
        gap = _SPACE_RE.match(text, end)
        if not gap:
            break
        pos = gap.end()
        link = _PATRONYM_RE.match(text, pos)
        pos = link.end() if link else pos
        initial = _INITIAL_RE.match(text, pos)
        match = _CAP_RE.match(text, initial.end() if initial else pos)
        if not match or match.group().lower() in _NAME_BREAK:
            break
        end, words = match.end(), words + 1
    return end


def _with_initials(text: str, start: int) -> int:
    """Move ``start`` back over initials right in front (``M. Rizal``)."""
    initials = _LEADING_INITIALS_RE.search(text[max(0, start - 12) : start])
    return start - len(initials.group()) if initials else start


def _previous_cap(text: str, start: int) -> int | None:
    """Start of the capitalised word right before ``start`` (one space apart), or None."""
    if start < 2 or text[start - 1] not in " \t":
        return None
    match = re.search(r"[A-Z][a-z]+(?:['-][A-Za-z]+)*$", text[max(0, start - 30) : start - 1])
    if not match:
        return None
    begin = start - 1 - (len(match.group()))
    word = match.group().lower()
    if word in _NAME_BREAK or word in _TITLES or word in _NOT_BEFORE_SURNAME:
        return None
    if not is_plain_word_start(text, begin):
        return None
    return begin


def is_plain_word_start(text: str, pos: int) -> bool:
    """True when ``pos`` starts a word that is not glued to a letter, digit or dot."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in ".-")


def _candidate_start(text: str, match: re.Match) -> int | None:
    """Where a name containing the capitalised word ``match`` starts, or None."""
    word = match.group().lower()
    after = None
    if text[match.end() : match.end() + 1] == " ":
        after = _CAP_RE.match(text, match.end() + 1)
    next_word = after.group().lower() if after else None
    if is_name_start(word, next_word):
        return match.start()
    if word in LATER:
        return _previous_cap(text, match.start())
    return None


def find_known_names(text: str) -> Iterator[tuple[int, int]]:
    """Yield capitalised names that start with a known name word and follow no place marker."""
    end = -2
    for match in _CAP_RE.finditer(text):
        if match.start() < end or not is_plain_word_start(text, match.start()):
            continue
        start = _candidate_start(text, match)
        if start is None or start <= end + 1:
            continue  # (start == end + 1: the fifth word of a long name, not a new one)
        place = word_before(text, start) in PLACE_MARKERS
        end = _extend_right(text, match.end())  # a place name is skipped whole
        if not place:
            yield _with_initials(text, start), end


def find_chat_names(text: str) -> Iterator[tuple[int, int]]:
    """Yield a lower-case known name after a chat cue: ``pak darto``, ``sy rudi``."""
    for cue in _CHAT_CUE_RE.finditer(text):
        match = _LOWER_RE.match(text, cue.end())
        if not match:
            continue
        word = match.group()
        # After a form of address ("pak budi", "bu indah") a common-word name counts too;
        # after "sy"/"an" it would more often be a word ("sy yakin").
        address = cue.group().split()[0].lower() not in ("sy", "saya", "an", "a/n")
        if word in GIVEN or _ends_like_name(word) or (address and word in COMMON_WORD_GIVEN):
            end = match.end()
            nxt = _NEXT_LOWER_RE.match(text, end)
            if nxt and nxt.group(1) in LATER:
                end = nxt.end()
            yield match.start(), end
