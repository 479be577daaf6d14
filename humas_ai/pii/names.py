"""Detectors for names of private persons (cue words, degrees, signatures, known names)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from humas_ai.pii.common import word_set
from humas_ai.pii.known_names import PLACE_MARKERS, find_chat_names, find_known_names, word_before
from humas_ai.pii.name_layouts import names_in_lists, names_in_tables

# ---------------------------------------------------------------------------
# NAMA
# ---------------------------------------------------------------------------

# "Nama pelapor:", "Nama orang tua:": labels of a person (not "Nama kapal:", "Nama media:").
_PERSON_LABELS = (
    r"lengkap|pelapor|pemohon|penerima|peserta|siswa|murid|anak|ayah|ibu(?:\s+kandung)?|"
    r"suami|istri|orang\s+tua|ortu|wali|pasien|pengadu|korban|saksi|kepala\s+keluarga|"
    r"penanggung\s+jawab|pemilik|warga|pegawai|pengirim|narahubung"
)
_NAME_CUE_RE = re.compile(
    r"(?<![\w.-])(?:(?P<title>bapak|bpk\.?|ibu|pak|bu|saudara|saudari|sdri?\.|sdr"
    r"|mas|mbak|kak|bang|koh|cik|om|tante|almarhum|almarhumah|alm\.|almh\.|ny\.|tn\."
    r"|(?-i:dr|Dr|Drs|Dra|Ir|Prof|Hj|Ust|Ustadz|Ustazah)\.)"
    r"|(?P<formal>atas\s+nama|(?:diberikan|dianugerahkan|diserahkan)\s+kepada|(?-i:namanya)"
    r"|(?:disusun|dibuat|ditandatangani|diperiksa|dilaporkan)\s+oleh"
    r"|(?:telah\s+)?(?:terima|diterima)\s+dari"
    r"|(?:direktur|ketua|penerima|narasumber|moderator|notulis|pemilik|ahli\s+waris|korban"
    r"|hadir|dari|petugas|operator|kontak|cp|penyusun|disusun\s+oleh|dibuat\s+oleh)(?=[ \t]*:)"
    r"|(?-i:nama)(?=[ \t]+(?-i:[A-Z][a-z]))"
    rf"(?![ \t]+(?:{_PERSON_LABELS}|saya|aku|sy)\b))"
    rf"|(?P<named>a\.\s?n\.?|an\.|a/n|nama\s+(?:saya|aku|sy)"
    rf"|nama(?:[ \t]+(?:{_PERSON_LABELS}))?[ \t]*:"
    r"|(?:pelapor|pengirim|pemohon|penanggung\s+jawab)[ \t]*:"
    r"|(?:saya|sy|aku)\s+(?:bapak|ibu|pak|bu))"
    r"|(?P<self>saya|sy|aku))"
    r"(?![\w-])[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# An honorific or academic title in front of a name: skipped, not part of the name.
_NAME_TITLE_RE = re.compile(
    r"(?:H|Hj|Drs|Dra|Dr|dr|Ir|Prof|Ust|Ustz|KH|Ny|Nn|Tn|Sdr|Sdri|Bpk)\.(?=[ \t]*[A-Za-z])"
)
# An initial or a short form that is part of the name ("M. Yusuf", "Muh. Arsyad").
_NAME_INITIAL_RE = re.compile(r"(?:[A-Z]|Muh|Moh|Mhd)\.(?=[ \t]*[A-Za-z])")
_LOWER_INITIAL_RE = re.compile(r"[a-z]\.(?=[ \t]*[a-z])")
# A capitalised word ("Siti", "Nur'aini"); ALL-CAPS or lower case only after "Nama:" etc.
_CAP_WORD_RE = re.compile(r"[A-Z][a-z]+(?:['-][A-Za-z]+)*(?![\w'-])")
_CAP_OR_UPPER_WORD_RE = re.compile(r"(?:[A-Z][a-z]+(?:['-][A-Za-z]+)*|[A-Z]{2,})(?![\w'-])")
_LOWER_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?(?![\w'-])")
_GAP_RE = re.compile(r"[ \t]*")

# Words that show the cue introduces a role, an office or a group, not a private name.
_ROLE_WORDS = word_set(
    """
    gubernur wagub wakil kepala kadis kabid kasi kasubbag kasubag kabag sekretaris sekda
    sekdes sekcam camat lurah bupati wabup wali walikota wawali kota presiden menteri ketua
    direktur dirut kapolres kapolresta kapolda kapolsek kasat kajari kaban kalak dandim
    danramil danrem kades desa rt rw dokter dr guru ustadz ustaz kyai kiai pendeta plt plh
    pj pjs staf petugas pejabat anggota dprd dewan pimpinan polisi satpam satpol bendahara
    panitia pengurus koordinator operator asisten inspektur narasumber
    pembina penata pengatur juru
    bapak ibu pak bu kalian sekalian semua semuanya yang hormat terhormat dan atau
    hamil menyusui melahirkan rumah tangga negara sendiri pribadi
    pemerintah pemprov pemkot pemkab masyarakat warga seluruh keluarga instansi lembaga
    perusahaan pt cv koperasi yayasan
    admin redaksi humas diskominfo dinas
    kelurahan kecamatan kabupaten provinsi jalan jl gang rumah sakit rsud puskesmas
    kami kita saya dia beliau
    saudara saudari sdr sdri yth tuhan allah bagian bidang biro seksi subbag unit tim divisi
    perwakilan karena sebab itu rektor dekan kantor bank samsat puskesmas sekolah universitas
    pusat posko
    toko hotel dishub dinsos dinkes disdik disdukcapil dukcapil kominfo setda bapenda bappeda
    """
)
# Words that end a name after "nama saya"/"Nama:" ("nama saya budi mau tanya",
# "NAMA SAYA DI KK SALAH").
_NAME_END_WORDS = word_set(
    """
    mau ingin hendak dari dan di ke yang warga tinggal asal alamat mohon minta tolong
    pak bu mas mbak kak ini itu dengan sudah belum tidak nggak gak bisa untuk karena
    nik hp wa no nomor umur usia rt rw kelurahan kecamatan desa jalan jl
    ya yah iya ok oke dong deh sih nih tuh lho kok min bang trims makasih terima kasih
    sy dr yg utk krn tdk gk sdh blm bisa tlg
    """
)
# Words that follow "saya" but are no name ("Saya Setuju", "Saya Sangat Kecewa").
_SELF_NOT_NAME = word_set(
    """
    setuju sangat sudah belum mau ingin sebagai selaku juga hanya tidak bukan adalah merasa
    minta mohon punya pernah masih baru sering lahir bekerja kerja orang anak salah satu
    akan bisa dapat harus perlu kira rasa pikir lihat dengar kecewa senang bangga terima
    lapor melapor melaporkan mengajukan menyampaikan mengucapkan berharap harap yakin percaya
    atas ada lagi sempat tadi kemarin cuma sih kan tanya nanya bertanya kirim kirimkan dukung
    mendukung sampaikan laporkan ucapkan heran bingung khawatir takut sedih marah kesal
    perhatikan lampirkan tunggu nunggu pulang datang pergi sakit bersama ikut sama
    bertanda tanda ucapan pengguna pelanggan peserta pelapor wali ortu penerima
    asli keluar langsung pindahan tahu baca memang emang kebetulan lancar aman
    samarinda balikpapan bontang tenggarong sangatta berau kutai paser penajam mahakam
    kaltim kalimantan indonesia jawa bugis banjar dayak
    """
)

_LOWER_NAME_STOP = _ROLE_WORDS | _NAME_END_WORDS
# After "atas nama", "diberikan kepada", "terima dari": no place or body either ("Masjid …").
_FORMAL_STOP = _ROLE_WORDS | PLACE_MARKERS
_SELF_STOP = _LOWER_NAME_STOP | _SELF_NOT_NAME
# Words that are names inside a name ("Sri Pertiwi") but not right after a title ("Ibu Pertiwi").
_NOT_FIRST_NAME = word_set("pertiwi")


def _skip_titles(text: str, pos: int) -> int:
    """Move ``pos`` past honorific titles such as ``Drs. H.`` or ``Hj.``."""
    while match := _NAME_TITLE_RE.match(text, pos):
        pos = _GAP_RE.match(text, match.end()).end()
    return pos


def _name_span(text: str, pos: int, lower_ok: bool,
               stop: frozenset[str] | None = None) -> tuple[int, int] | None:
    """Return the span of 1–4 name words starting at ``pos`` (right after a cue), or None.

    After a title (``Bu``, ``Sdr.``) or ``atas nama`` words are capitalised
    (``Siti Rahmawati``). Honorific titles in front (``Drs. H.``, ``Hj.``,
    ``dr.``) are skipped and not part of the name; initials are
    (``M. Yusuf``). After a naming cue (``Nama:``, ``a.n.``, ``nama saya``,
    ``sy bu``) ALL-CAPS (``BUDI SANTOSO``) and, as people type in chats, lower
    case (``budi santoso``) are accepted too (``lower_ok``). Lower case is not
    taken after ``atas nama``, where it is usually a role: ``atas nama
    penerima``, ``atas nama pemerintah``. A role word (``Gubernur``,
    ``Kepala``) ends the name; as the first word it means there is no name.
    """
    pos = _skip_titles(text, pos)
    word_re, initial_re = _CAP_WORD_RE, _NAME_INITIAL_RE
    stop = stop if stop is not None else _ROLE_WORDS
    if lower_ok:
        word_re, stop = _CAP_OR_UPPER_WORD_RE, stop | _LOWER_NAME_STOP
        if text[pos : pos + 1].islower():
            word_re, initial_re = _LOWER_WORD_RE, _LOWER_INITIAL_RE
    start, end, words = pos, None, 0
    while words < 4:
        initial = initial_re.match(text, pos)
        if initial:
            pos = _GAP_RE.match(text, initial.end()).end()
            continue
        match = word_re.match(text, pos)
        word = match.group().lower() if match else ""
        if not word or word in stop or (end is None and word in _NOT_FIRST_NAME):
            break
        end, words = match.end(), words + 1
        gap = _GAP_RE.match(text, end)
        if gap.end() == end:
            break
        pos = gap.end()
    return None if end is None else (start, end)


def _self_name(text: str, pos: int) -> tuple[int, int] | None:
    """A capitalised name after ``saya``/``sy``: ``Saya Siti Aminah``, ``sy Rudi``.

    Lower case after ``saya`` is not taken: in ``saya jatuh dari motor`` or
    ``saya lancar`` the next word is a verb or an adjective far more often
    than a name (``nama saya budi`` is still found, through ``nama saya``).
    """
    pos = _skip_titles(text, pos)
    if text[pos : pos + 1].isupper():
        return _name_span(text, pos, lower_ok=False, stop=_SELF_STOP)
    return None


# "Rina Marlina, S.Sos" or "Saiful Anwar, M.Si": capitalised words right before a degree.
_DEGREE_RE = re.compile(
    r",[ \t]*(?:S|M|A|D|Ph)\.(?:[ \t]?[A-Z][A-Za-z]{0,3}\.?){1,3}(?![\w])"
)
_NAME_WORDS_BEFORE_RE = re.compile(
    r"(?:[A-Z][a-z]+(?:['-][A-Za-z]+)*[ \t]+|[A-Z]\.[ \t]*){0,3}[A-Z][a-z]+(?:['-][A-Za-z]+)*$"
)
# A signature: a name on its own line after "Salam,"/"Hormat saya," or above a NIP line.
_SIGN_OFF_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:salam|hormat\s+(?:saya|kami)|wassalam|ttd\.?)[ \t]*,?[ \t]*\n[ \t]*",
    re.IGNORECASE,
)
_ABOVE_NIP_RE = re.compile(
    r"(?m)^[ \t]*(?P<name>[^\n]{3,60})\n[ \t]*(?:NIP|NI\s*PPPK)\b", re.IGNORECASE
)


def _name_before_degree(text: str) -> Iterator[tuple[int, int]]:
    """Yield 1–4 capitalised words right before an academic degree (not role words)."""
    for degree in _DEGREE_RE.finditer(text):
        line_start = text.rfind("\n", 0, degree.start()) + 1
        line_start = max(line_start, degree.start() - 80)  # four words at most
        words = _NAME_WORDS_BEFORE_RE.search(text, line_start, degree.start())
        if not words:
            continue
        start = words.start()
        for word in re.finditer(r"[A-Za-z']+", words.group()):
            if word.group().lower() in _ROLE_WORDS:
                start = words.start() + word.end()
        start = _skip_titles(text, _GAP_RE.match(text, start).end())
        if start < degree.start() and text[start].isupper():
            yield start, degree.start()


def _name_in_signature(text: str) -> Iterator[tuple[int, int]]:
    """Yield the name line of a signature block (after ``Salam,``, or above ``NIP``)."""
    starts = [match.end() for match in _SIGN_OFF_RE.finditer(text)]
    starts += [match.start("name") for match in _ABOVE_NIP_RE.finditer(text)]
    for pos in starts:
        span = _name_span(text, pos, lower_ok=False)
        if span is None:
            continue
        after = text[span[1] : span[1] + 1]
        if after in ("", "\n", ",", " ") and text[span[0] : span[1]].count(" ") >= 1:
            yield span


def find_nama(text: str) -> Iterator[tuple[int, int]]:
    """Yield names after a cue: ``Bu Siti Rahmawati``, ``a.n. Budi Santoso``, ``Saya Siti``.

    ``Pak Gubernur``, ``Ibu Kepala Dinas`` and ``Bapak/Ibu sekalian`` are not
    names: a role word right after the cue stops the match. Names before a
    degree (``Rina Marlina, S.Sos``) and in a signature block are found too.
    """
    for cue in _NAME_CUE_RE.finditer(text):
        title = cue.group("title")
        if title and title.isupper():  # "BPK" is an agency, "IBU KOTA" a headline
            continue
        if title and word_before(text, cue.start()) in PLACE_MARKERS:
            continue  # "Jalan Dr. Soetomo", "RSUD dr. Kanujoso": a place, not a person
        if cue.group("self"):
            if cue.group("self").isupper():
                continue
            span = _self_name(text, cue.end())
        elif cue.group("formal"):
            span = _name_span(text, cue.end(), lower_ok=False, stop=_FORMAL_STOP)
        else:
            span = _name_span(text, cue.end(), lower_ok=cue.group("named") is not None)
        if span is not None:
            yield span
    yield from _name_before_degree(text)
    yield from _name_in_signature(text)
    yield from find_known_names(text)
    yield from find_chat_names(text)
    yield from names_in_tables(text, _ROLE_WORDS)
    yield from names_in_lists(text, _ROLE_WORDS)


