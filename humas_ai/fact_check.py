"""Check a draft (for example one written by a generative AI) against its fact sheet.

:func:`check_draft` lists two things:

* **temuan** (findings): every number, date, day of the week, time, amount
  of money, official's title, name or place, quotation and sweeping claim in
  the draft that the fact sheet does not support, each with its character
  span and sentence number in the draft and the reason in Indonesian;
* **fakta_tidak_muncul**: every fact-sheet line whose figures or words do not
  appear in the draft (dropped, or changed into something else).

How it decides, briefly: figures, dates and amounts are normalised
("2.150" = 2150, "enam" = 6, "Rp1,29 miliar" = 1 290 000 000,
"16/5/2025" = "16 Mei 2025") and looked up among the sheet's own; vague
quantities ("ratusan relawan") are compared with the sheet's figure for
the same noun;
a day name is checked against the calendar; titles and capitalised names are
looked up as phrases in the sheet (a title preceded by "Wakil" or "Plt." in
the sheet does not support the same title without it); each quotation is
matched to the closest quotation of the sheet, its wording compared word by
word and its speaker compared with the sheet's; sweeping or certainty
words ("seluruh warga", "otomatis", "tanpa hambatan", "dipastikan") not in
the sheet, and sentences that say without negation what the sheet says
with one ("tidak otomatis diangkat"), are flagged as claims to verify.

What it cannot see: tone, emphasis and implication (a correct sentence
placed to suggest something false), a paraphrase that changes meaning
without changing figures, names or negation, facts that are true but not
in the sheet, and anything in a picture.  It reads the sheet literally, so
a figure the sheet states in words ("tujuh bulan") and the draft in digits
is matched, but a figure computed from the sheet (a sum, a percentage) is
flagged for you to verify.  It is a second pair of eyes: the officer still
reads the draft and decides.  ``bench/fact_check.py`` measures it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher

import pandas as pd

from humas_ai.errors import HumasAIError
from humas_ai.fact_sheet import FactSheet, as_fact_sheet
from humas_ai.numbers import number as format_number

MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
          "september", "oktober", "november", "desember"]
DAYS = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]
_MONTH = r"(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|" \
         r"Desember)"
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
_DASH = r"\s?[–—-]\s?"
NUMBER_WORDS = {
    "satu": 1, "seorang": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
    "seribu": 1000, "dua belas": 12, "tiga belas": 13, "empat belas": 14, "lima belas": 15,
    "dua puluh": 20, "tiga puluh": 30, "empat puluh": 40, "lima puluh": 50,
    "dua puluh empat": 24,
}
COLLECTIVES = ["warga", "masyarakat", "penduduk", "keluarga", "kk", "wilayah", "desa",
               "kelurahan", "kecamatan", "kampung", "pelanggan", "penerima", "peserta", "pasien",
               "sekolah", "rumah", "korban", "pengungsi", "pelamar"]
MULTIPLIERS = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "triliun": 1e12}
ABBREVIATIONS = {
    "pemkot": "pemerintah kota", "pemkab": "pemerintah kabupaten",
    "pemprov": "pemerintah provinsi", "kaltim": "kalimantan timur", "kukar": "kutai kartanegara",
    "kubar": "kutai barat", "kutim": "kutai timur", "ppu": "penajam paser utara",
    "sekda": "sekretaris daerah", "jum'at": "jumat",
}
TITLE_HEAD = (r"(?:(?:Plt\.|Pj\.|Wakil)\s+)*(?:Gubernur|Wali Kota|Walikota|Bupati|"
              r"Sekretaris Daerah|Sekda|Kepala|Direktur|Camat|Lurah|Asisten|Menteri|Kapolres|"
              r"Kapolda|Dandim|Ketua|Sekretaris|Plt\.|Pj\.)")
_MODIFIERS = {"wakil", "plt", "pj"}
#: Sweeping words that AI drafts add; flagged when the fact sheet does not use them.
SWEEPING = [
    "seluruh", "semua", "siapa saja", "siapa pun", "tanpa hambatan", "tidak perlu lagi",
    "tidak ada lagi", "otomatis", "terbesar", "terbaik", "pertama di", "satu-satunya",
    "dijamin", "kali lipat", "separuh", "setengah dari", "tidak ada satu pun", "selalu",
    "setiap hari", "bebas dari", "dipastikan", "bebas banjir",
]
#: Vague quantities and the range of numbers they claim.
VAGUE = {"belasan": (11, 19), "puluhan": (20, 99), "ratusan": (100, 999),
         "ribuan": (1000, 9999), "puluhan ribu": (10000, 99999)}
NEGATIONS = {"tidak", "belum", "bukan", "tak", "tanpa", "gratis", "hanya"}
STOPWORDS = {
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "ini", "itu",
    "akan", "juga", "atau", "oleh", "sebagai", "kami", "kita", "telah", "sudah", "bisa",
    "dapat", "para", "setiap", "tidak", "belum", "bukan", "ada", "serta", "bagi", "tersebut",
    "karena", "agar", "sejak", "hingga", "sampai", "masih", "lebih", "kepada", "secara",
    "warga", "pemerintah", "kota", "kabupaten", "provinsi", "kalimantan", "timur", "tahun",
    "lagi", "jadi", "hari", "hanya", "saat", "kini",
}
#: Words a humas text may capitalise without the sheet naming them: the agency speaking of
#: itself, forms of address in captions and replies, and the national complaint channel.
GENERIC_NAMES = {"pemerintah", "bapak", "ibu", "sobat", "admin", "salam", "kak", "warga",
                 "lapor", "instagram", "facebook", "whatsapp"}
PLACE_WORDS = r"(?:Kantor|Kecamatan|Kelurahan|Kampung|Desa|Jalan|Lapangan|Gedung|Aula|Halaman)"
STEM_STOPWORDS = {"layan", "progr", "kegia", "peme", "melal", "kepal", "petug", "penye"}
FINDING_COLUMNS = ["jenis", "teks", "mulai", "akhir", "kalimat_ke", "kalimat", "alasan"]
MISSING_COLUMNS = ["bagian", "fakta", "alasan"]


class FactCheckInputError(HumasAIError):
    """The draft or fact sheet cannot be checked."""


@dataclass
class FactCheckReport:
    """What :func:`check_draft` found: findings in the draft and sheet facts not in it."""

    draft: str
    findings: pd.DataFrame
    missing: pd.DataFrame
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """A short Indonesian summary for the officer."""
        kinds = self.findings["jenis"].value_counts()
        listed = ", ".join(f"{count} {kind}" for kind, count in kinds.items()) or "tidak ada"
        return (
            f"{len(self.findings)} bagian draf tidak didukung lembar fakta ({listed}); "
            f"{len(self.missing)} fakta dari lembar fakta tidak muncul atau berubah di draf. "
            "Periksa setiap temuan; pemeriksa ini tidak menilai nada, penekanan, atau kesan "
            "yang ditimbulkan draf."
        )


    def to_html(self) -> str:
        """The draft with every finding marked (hover for the reason), then the dropped facts."""
        spans = sorted(zip(self.findings["mulai"], self.findings["akhir"],
                           self.findings["alasan"], strict=True))
        merged: list[list] = []
        for start, end, reason in spans:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
                merged[-1][2].append(reason)
            else:
                merged.append([start, end, [reason]])
        parts, position = [], 0
        for number, (start, end, reasons) in enumerate(merged, start=1):
            parts.append(html.escape(self.draft[position:start]))
            title = html.escape(" ".join(reasons), quote=True)
            parts.append(f'<mark title="{title}" style="background:#ffe082">'
                         f"{html.escape(self.draft[start:end])}<sup>{number}</sup></mark>")
            position = end
        parts.append(html.escape(self.draft[position:]))
        items = "".join(f"<li>{html.escape(' '.join(reasons))}</li>"
                        for _s, _e, reasons in merged)
        dropped = "".join(f"<li>{html.escape(fact)}</li>" for fact in self.missing["fakta"])
        return (
            f'<div class="cek-fakta"><p>{html.escape(self.summary())}</p>'
            f'<div style="white-space:pre-wrap;border:1px solid #ccc;padding:8px">'
            f'{"".join(parts)}</div>'
            f"<p><b>Temuan</b></p><ol>{items}</ol>"
            f"<p><b>Fakta yang tidak muncul atau berubah</b></p><ul>{dropped}</ul></div>"
        )

    def _repr_html_(self) -> str:
        return self.to_html()


# --------------------------------------------------------------------------- normalising


def normalise(text: str) -> str:
    """Lower case, abbreviations expanded, punctuation (but not dots in titles) as spaces."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"[“”\"()*|]", " ", text)
    text = re.sub(r"[,:;!?/–—]", " ", text)
    text = re.sub(r"\.(?=\s|$)", " ", text)
    words = [ABBREVIATIONS.get(word, word) for word in text.split()]
    return " " + " ".join(words) + " "


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:-[^\W_]+)*", text.lower())


def _stem(word: str) -> str:
    return word[:5]


def _content(text: str) -> set[str]:
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", text)
    return {_stem(word.lower()) for word in words
            if (len(word) > 3 or (word.isupper() and len(word) > 1))
            and word.lower() not in STOPWORDS}


def _negation_at(tokens: list[str]) -> int:
    """Position just after the first real negation word (0 when there is none)."""
    for position, word in enumerate(tokens):
        if word in {"tidak", "belum", "bukan", "tak"} and tokens[position + 1:position + 2] != [
                "hanya"]:
            return position + 1
    return 0


def _clauses(sheet: FactSheet) -> list[str]:
    """Sheet lines split into clauses at ';' and '.', negations in names ('Tidak Terduga') off."""
    clauses = []
    for line in [fact.as_line() for fact in sheet.facts] + [q.text for q in sheet.quotes]:
        line = re.sub(r"\b(Tidak|Belum|Bukan)\s+(?=[A-Z])", "", line)
        clauses += [part.strip() for part in re.split(r"[;.]\s", line) if part.strip()]
    return clauses


def _indonesian(value: float) -> str:
    """2150.0 -> '2.150', 4.2 -> '4,2'."""
    return format_number(round(value, 2))


def _number(text: str) -> float:
    """'2.150' -> 2150, '4,2' -> 4.2, '1.29' is not expected (Indonesian notation)."""
    return float(text.replace(".", "").replace(",", "."))


@dataclass(frozen=True)
class _Mention:
    kind: str
    start: int
    end: int
    value: object


_MONEY = re.compile(r"Rp\s?(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s?(ribu|juta|miliar|triliun))?")
_NUMERIC_DATE = re.compile(
    rf"(?:(?P<dayname>{_DAY})(?:{_DASH}{_DAY})?\s*[,(]?\s*)?"
    r"\(?(?P<d1>\d{1,2})(?:[–-](?P<d2>\d{1,2}))?/(?P<m>\d{1,2})/(?P<y>\d{4})\)?")
_TEXT_DATE = re.compile(
    rf"(?:(?P<dayname>{_DAY})(?:{_DASH}{_DAY})?\s*[,(]?\s*)?"
    rf"(?P<d1>\d{{1,2}})(?:{_DASH}(?P<d2>\d{{1,2}}))?\s+(?P<month>{_MONTH})"
    rf"(?:{_DASH}(?P<d3>\d{{1,2}})\s+(?P<month2>{_MONTH}))?(?:\s+(?P<y>\d{{4}}))?")
_MONTH_YEAR = re.compile(rf"(?P<month>{_MONTH})(?:{_DASH}(?P<month2>{_MONTH}))?\s+(?P<y>\d{{4}})")
_TIME = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{2})(?:[–-](\d{1,2})\.(\d{2}))?(?![\d.,])")
_PLAIN = re.compile(r"(?<![\w/.,])(\d+(?:\.\d{3})*(?:,\d+)?)(?![\w/]|[.,]\d)")
_WORD_NUMBER = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[”\"]?|$)")


def _month(name: str) -> int:
    return MONTHS.index(name.lower()) + 1


def _mentions(text: str, default_year: int | None) -> list[_Mention]:
    """Dates, month-years, times, money and plain numbers, without overlaps."""
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(kind: str, start: int, end: int, value) -> None:
        found.append(_Mention(kind, start, end, value))
        taken.append((start, end))

    for match in _NUMERIC_DATE.finditer(text):
        year, month = int(match["y"]), int(match["m"])
        days = [int(match["d1"])] + ([int(match["d2"])] if match["d2"] else [])
        add("tanggal", match.start(), match.end(),
            {"dates": [(day, month, year) for day in days], "dayname": match["dayname"]})
    for match in _TEXT_DATE.finditer(text):
        if not free(match.start(), match.end()):
            continue
        year = int(match["y"]) if match["y"] else default_year
        month = _month(match["month"])
        dates = [(int(match["d1"]), month, year)]
        if match["d2"]:
            dates.append((int(match["d2"]), month, year))
        if match["d3"]:
            dates.append((int(match["d3"]), _month(match["month2"]), year))
        add("tanggal", match.start(), match.end(),
            {"dates": dates, "dayname": match["dayname"], "year_given": bool(match["y"])})
    for match in _MONTH_YEAR.finditer(text):
        if free(match.start(), match.end()):
            months = [_month(match["month"])] + ([_month(match["month2"])] if match["month2"]
                                                 else [])
            add("bulan", match.start(), match.end(), [(m, int(match["y"])) for m in months])
    for match in _MONEY.finditer(text):
        if free(match.start(), match.end()):
            value = _number(match[1]) * MULTIPLIERS.get(match[2] or "", 1)
            add("uang", match.start(), match.end(), round(value))
    for match in _TIME.finditer(text):
        if free(match.start(), match.end()) and int(match[1]) < 24:
            times = [(int(match[1]), int(match[2]))]
            if match[3]:
                times.append((int(match[3]), int(match[4])))
            add("waktu", match.start(), match.end(), times)
    for match in _PLAIN.finditer(text):
        if free(match.start(), match.end()):
            add("angka", match.start(), match.end(), _number(match[1]))
    for match in _WORD_NUMBER.finditer(text):
        if free(match.start(), match.end()):
            add("angka", match.start(), match.end(), float(NUMBER_WORDS[match[1].lower()]))
    return sorted(found, key=lambda mention: mention.start)


class _SheetIndex:
    """What the fact sheet supports, in normalised form."""

    def __init__(self, sheet: FactSheet):
        self.sheet = sheet
        self.text = sheet.text or "\n".join(sheet.lines())
        self.norm = normalise(self.text)
        years = [int(year) for year in re.findall(r"\b(20\d\d)\b", self.text)]
        self.year = max(set(years), key=years.count) if years else None
        self.dates: set = set()
        self.months: set = set()
        self.times: set = set()
        self.numbers: set = set()
        self.money: set = set()
        for mention in _mentions(self.text, self.year):
            if mention.kind == "tanggal":
                for day, month, year in mention.value["dates"]:
                    self.dates.add((day, month, year))
                    self.months.add((month, year))
                    self.numbers.add(float(day))
            elif mention.kind == "bulan":
                self.months.update(mention.value)
            elif mention.kind == "waktu":
                self.times.update(mention.value)
            elif mention.kind == "uang":
                self.money.add(mention.value)
            else:
                self.numbers.add(mention.value)
        for year in years:
            self.numbers.add(float(year))
        self.words = set(_tokens(self.text))

    def has_phrase(self, phrase: str) -> bool:
        """The phrase occurs in the sheet, not right after 'Wakil', 'Plt.' or 'Pj.'."""
        needle = normalise(phrase).strip()
        if not needle:
            return True
        first = needle.split()[0].rstrip(".")
        for match in re.finditer(re.escape(" " + needle + " "), self.norm):
            before = self.norm[:match.start()].split()
            previous = before[-1].rstrip(".") if before else ""
            if previous not in _MODIFIERS or first in _MODIFIERS:
                return True
        return False


# --------------------------------------------------------------------------- draft parts


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _titles(text: str) -> list[tuple[int, int]]:
    """Spans of officials' titles: a title word and the capitalised words after it."""
    spans = []
    for match in re.finditer(rf"\b{TITLE_HEAD}", text):
        if spans and match.start() < spans[-1][1]:
            continue
        end = match.end()
        rest = text[end:]
        while True:
            step = re.match(r"([ \t]+(?:dan[ \t]+)?|,[ \t]+(?:dan[ \t]+)?)"
                             r"(Plt\.|Pj\.|[A-Z][\w'/-]*|\([A-Z]+\))", rest)
            if not step:
                break
            if step.group(1).startswith(",") and re.match(rf"{TITLE_HEAD}\b", step.group(2)):
                break
            if step.group(1).startswith(",") and not re.match(
                    r",\s+(?:dan\s+)?[A-Z]", step.group(0)):
                break
            if re.fullmatch(_DAY + r"|" + _MONTH, step.group(2)):
                break
            end += step.end()
            rest = rest[step.end():]
        spans.append((match.start(), end))
    return spans


def _quotes(text: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), m.group(1)) for m in re.finditer(r"“([^”]+)”", text)]
    spans += [(m.start(), m.end(), m.group(1)) for m in re.finditer(r'"([^"\n]+)"', text)]
    return sorted(spans)


def _chunks(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised word runs (names of places, programmes, bodies)."""
    word = r"(?:[A-Z][\w'’.-]*[\w]|[A-Z])"
    pattern = re.compile(rf"{word}(?:\s+(?:{word}|\d+|dan\s+(?={word})))*")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _overlaps(span: tuple[int, int], spans) -> bool:
    return any(span[0] < end and start < span[1] for start, end, *_ in spans)


def _covered(words: list[str], index: _SheetIndex) -> bool:
    """Every word lies in a phrase of the sheet (greedy, longest phrase first).

    "Pemerintah" (the agency speaking of itself) needs no support.
    """
    position = 0
    while position < len(words):
        if words[position].lower() in GENERIC_NAMES:
            position += 1
            continue
        for end in range(len(words), position, -1):
            if index.has_phrase(" ".join(words[position:end])):
                position = end
                break
        else:
            return False
    return True


# --------------------------------------------------------------------------- the check


def _quote_match(quote: str, sheet: FactSheet):
    words = _tokens(quote)
    best, best_cover = None, 0.0
    for candidate in sheet.quotes:
        other = _tokens(candidate.text)
        matcher = SequenceMatcher(None, words, other, autojunk=False)
        cover = sum(block.size for block in matcher.get_matching_blocks()) / max(len(words), 1)
        if cover > best_cover:
            best, best_cover = candidate, cover
    return best, best_cover


def _speaker_span(text: str, quote_span: tuple[int, int], titles, sentences):
    """The title the draft gives as the speaker of a quotation, or None."""
    after = text[quote_span[1]:quote_span[1] + 160]
    end_of_sentence = re.search(r"[.!?](\s|$)", after)
    window = after[:end_of_sentence.start()] if end_of_sentence else after
    for start, end in titles:
        if quote_span[1] <= start < quote_span[1] + len(window):
            return start, end
    sentence_start = next((s for s, e in sentences if s <= quote_span[0] < e), 0)
    earlier = [span for span in titles if span[1] <= quote_span[0]]
    same = [span for span in earlier if span[0] >= sentence_start]
    if same:
        return same[-1]
    if re.match(r"\s*,?\s*(?:ujar|kata|tegas|jelas|tutur|ucap)\w*nya", window) and earlier:
        return earlier[-1]
    if earlier and quote_span[0] - earlier[-1][1] < 260:
        return earlier[-1]
    return None


def _same_person(title: str, speaker: str) -> bool:
    """The draft's title names the sheet's speaker: same 'Wakil'/'Plt.', one inside the other."""
    def split(text: str) -> tuple[list[str], str]:
        words = normalise(text).split()
        modifiers = []
        while words and words[0].rstrip(".") in _MODIFIERS:
            modifiers.append(words.pop(0).rstrip("."))
        return modifiers, " " + " ".join(words) + " "

    (mine, core), (theirs, other) = split(title), split(speaker)
    return mine == theirs and (core in other or other in core)


def check_draft(draft: str, fact_sheet) -> FactCheckReport:
    """Compare ``draft`` with ``fact_sheet`` (Markdown, dict or :class:`FactSheet`).

    Returns a :class:`FactCheckReport` whose ``findings`` table has the columns
    ``jenis, teks, mulai, akhir, kalimat_ke, kalimat, alasan`` (``draft[mulai:akhir]
    == teks``; sentences counted from 1) and whose ``missing`` table has
    ``bagian, fakta, alasan``.
    """
    if not isinstance(draft, str) or not draft.strip():
        raise FactCheckInputError(
            "Draf kosong. Tempelkan teks draf (siaran pers, keterangan unggahan, atau balasan "
            "aduan) sebagai teks, misalnya check_draft(draf, lembar_fakta)."
        )
    sheet = as_fact_sheet(fact_sheet)
    index = _SheetIndex(sheet)
    sentences = _sentences(draft)
    titles = _titles(draft)
    quotes = _quotes(draft)
    headings = [(m.start(), m.end()) for m in re.finditer(r"(?m)^#.*$", draft)]
    rows: list[dict] = []

    def sentence_of(position: int) -> tuple[int, str]:
        for number, (start, end) in enumerate(sentences, start=1):
            if start <= position < end:
                return number, draft[start:end].strip()
        return 0, ""

    def report(kind: str, start: int, end: int, reason: str) -> None:
        number, sentence = sentence_of(start)
        rows.append({"jenis": kind, "teks": draft[start:end], "mulai": start, "akhir": end,
                     "kalimat_ke": number, "kalimat": sentence, "alasan": reason})

    # Figures, dates, times and money.
    draft_values: set[float] = set()
    draft_dates: set[tuple] = set()
    for mention in _mentions(draft, index.year):
        shown = draft[mention.start:mention.end]
        if mention.kind == "tanggal":
            dates = mention.value["dates"]
            draft_dates.update((d, m) for d, m, _ in dates)
            unknown = [(d, m, y) for d, m, y in dates
                       if (d, m, y) not in index.dates
                       and not (not mention.value.get("year_given", True)
                                and any((d, m) == (sd, sm) for sd, sm, _ in index.dates))]
            if unknown:
                d, m, y = unknown[0]
                report("tanggal", mention.start, mention.end,
                       f"Tanggal {d} {MONTHS[m - 1].title()} {y or ''} tidak ada di lembar "
                       "fakta.".replace("  ", " "))
                continue
            name = mention.value.get("dayname")
            if name and dates[0][2]:
                d, m, y = dates[0]
                actual = DAYS[date(y, m, d).weekday()]
                if name.lower().replace("'", "") != actual:
                    report("tanggal", mention.start, mention.end,
                           f"{d} {MONTHS[m - 1].title()} {y} jatuh pada hari "
                           f"{actual.title()}, bukan {name}.")
        elif mention.kind == "bulan":
            if not all(value in index.months for value in mention.value):
                report("tanggal", mention.start, mention.end,
                       f"Bulan '{shown}' tidak ada di lembar fakta.")
        elif mention.kind == "waktu":
            if not all(value in index.times for value in mention.value):
                report("waktu", mention.start, mention.end,
                       f"Jam {shown} tidak ada di lembar fakta.")
        elif mention.kind == "uang":
            if mention.value not in index.money:
                report("uang", mention.start, mention.end,
                       f"Nilai {shown} tidak ada di lembar fakta.")
        else:
            draft_values.add(mention.value)
            if mention.value in index.numbers or mention.value in index.money:
                continue
            near = sorted(index.numbers, key=lambda value: abs(value - mention.value))
            close = [v for v in near[:1] if v and abs(v - mention.value) / v <= 0.15]
            hint = f" Angka terdekat di lembar fakta: {_indonesian(close[0])}." if close else ""
            report("angka", mention.start, mention.end,
                   f"Angka {shown} tidak ada di lembar fakta.{hint}")

    # Vague quantities ("ratusan relawan") against the sheet's figure for the same thing.
    for match in re.finditer(r"\b(puluhan ribu|belasan|puluhan|ratusan|ribuan)\s+(\w+)",
                             draft, flags=re.IGNORECASE):
        low, high = VAGUE[match[1].lower()]
        noun = _stem(match[2].lower())
        counts = [m.value for line in sheet.lines() if noun in {_stem(w) for w in _tokens(line)}
                  for m in _mentions(line, index.year) if m.kind == "angka"]
        if not any(low <= value <= high for value in counts):
            known = ", ".join(_indonesian(value) for value in counts[:3])
            report("angka", match.start(), match.end(),
                   f"'{match[0]}' tidak didukung lembar fakta"
                   + (f" (angka di lembar fakta: {known})." if known else "."))

    # Quotations and who said them.
    for start, end, quoted in quotes:
        words = _tokens(quoted)
        if len(words) < 5:
            if not index.has_phrase(quoted):
                report("nama", start, end, f"Nama atau istilah {draft[start:end]} tidak ada di "
                       "lembar fakta.")
            continue
        match, cover = _quote_match(quoted, sheet)
        if match is None or cover < 0.6:
            report("kutipan", start, end,
                   "Kutipan ini tidak ada di lembar fakta. Jangan memuat kutipan yang tidak "
                   "benar-benar diucapkan.")
            continue
        theirs = _tokens(match.text)
        joined, whole = " ".join(words), " ".join(theirs)
        if f" {joined} " not in f" {whole} ":
            matcher = SequenceMatcher(None, words, theirs, autojunk=False)
            added = [" ".join(words[i1:i2]) for op, i1, i2, _j1, _j2 in matcher.get_opcodes()
                     if op in {"replace", "insert", "delete"} and i2 > i1]
            report("kutipan", start, end,
                   f"Kutipan diubah dari ucapan {match.speaker}. Kata yang tidak ada di kutipan "
                   f"asli: {', '.join(added) or '(urutan berubah)'}.")
        speaker = _speaker_span(draft, (start, end), titles, sentences)
        if speaker and not _same_person(draft[speaker[0]:speaker[1]], match.speaker):
            report("nama_jabatan", speaker[0], speaker[1],
                   f"Di lembar fakta, kutipan ini diucapkan {match.speaker}, bukan "
                   f"{draft[speaker[0]:speaker[1]]}.")

    # Officials' titles.
    for start, end in titles:
        if _overlaps((start, end), headings):
            continue
        if not index.has_phrase(draft[start:end]):
            report("nama_jabatan", start, end,
                   f"Jabatan '{draft[start:end]}' tidak ada persis seperti ini di lembar fakta "
                   "(periksa juga 'Wakil', 'Plt.', dan nama instansinya).")

    # Other capitalised names: places, bodies, programmes.
    skip = titles + [(s, e) for s, e, _ in quotes] + headings
    for start, end in _chunks(draft):
        if _overlaps((start, end), skip) or draft[max(start - 1, 0):start] in {"#", "@"}:
            continue
        phrase = draft[start:end]
        words = phrase.split()
        at_sentence_start = any(s <= start and draft[s:start].strip() == ""
                                for s, _e in sentences) or re.search(
            r"(?:^|\n)[A-Z ]+ [–—-] $", draft[max(start - 40, 0):start]) is not None
        if at_sentence_start:
            words = words[1:]
            start = start + len(phrase) - len(" ".join(words)) if words else end
        words = [word for word in words
                 if word.lower() not in MONTHS + DAYS and not word.isdigit()]
        while words and words[0] == "dan":
            words = words[1:]
        if not words:
            continue
        phrase = " ".join(words)
        if index.has_phrase(phrase):
            continue
        if not re.match(PLACE_WORDS, phrase) and _covered(words, index):
            continue
        where = draft.find(phrase, start)
        placelike = re.search(PLACE_WORDS + r"|Utara|Selatan|Barat|Timur", phrase)
        kind = "tempat" if placelike else "nama"
        report(kind, where, where + len(phrase),
               f"'{phrase}' tidak ada di lembar fakta.")

    # Sweeping claims and negations dropped.
    quote_spans = [(s, e) for s, e, _ in quotes]
    lowered = draft.lower()
    plain_clauses = [normalise(clause) for clause in _clauses(sheet)
                     if not _negation_at(_tokens(clause))]
    for marker in SWEEPING:
        pattern = rf"\b{re.escape(marker)}\b"
        if marker in {"seluruh", "semua"}:
            pattern += r"(?:\s+\S+)?\s+(?:" + "|".join(COLLECTIVES) + r")\b"
        for match in re.finditer(pattern, lowered):
            if _overlaps((match.start(), match.end()), quote_spans + headings):
                continue
            if any(f" {marker} " in clause for clause in plain_clauses):
                continue
            report("klaim", match.start(), match.end(),
                   f"Kata '{marker}' membuat klaim menyeluruh yang tidak ada di lembar fakta.")
    negated = [clause for clause in _clauses(sheet) if _negation_at(_tokens(clause))]
    for start, end in sentences:
        if _overlaps((start, end), quote_spans + headings):
            continue
        sentence = draft[start:end]
        plain = re.sub(r"(?i)\btidak hanya\b|\bbukan hanya\b", " ", sentence)
        own = _tokens(plain)
        negated_here = {_stem(word) for position, word in enumerate(own)
                        if any(w in NEGATIONS for w in own[max(position - 4, 0):position + 3])}
        mine = _content(sentence)
        for clause in negated:
            shared = mine & _content(clause) - STEM_STOPWORDS
            tokens = _tokens(clause)
            at = _negation_at(tokens) - 1
            near = _content(" ".join(tokens[max(at - 4, 0):at + 5]))
            if len(shared) >= 2 and shared & near and not shared & negated_here:
                report("klaim", start + len(sentence) - len(sentence.lstrip()), end,
                       f"Lembar fakta menyatakan dengan penyangkalan: '{clause}'. Draf tidak.")
                break

    findings = pd.DataFrame(rows, columns=FINDING_COLUMNS)
    findings = (findings.drop_duplicates(["jenis", "mulai", "akhir"])
                .sort_values(["mulai", "akhir"]).reset_index(drop=True))
    return FactCheckReport(draft, findings, _missing(sheet, draft, draft_values, draft_dates))


def _missing(sheet: FactSheet, draft: str, draft_values: set[float],
             draft_dates: set[tuple]) -> pd.DataFrame:
    """Sheet facts whose figures or most of whose words are not in the draft."""
    rows = []
    draft_content = _content(draft)
    year = None
    for fact in sheet.facts:
        numbers = [m for m in _mentions(fact.value, year) if m.kind in {"angka", "uang"}]
        dates = [m for m in _mentions(fact.value, year) if m.kind == "tanggal"]
        lost_numbers = [fact.value[m.start:m.end] for m in numbers
                        if m.value not in draft_values and not (
                            m.kind == "uang" and fact.value[m.start:m.end] in draft)]
        lost_dates = [fact.value[m.start:m.end] for m in dates
                      if not all((d, mo) in draft_dates for d, mo, _ in m.value["dates"])]
        words = _content(fact.value)
        cover = len(words & draft_content) / len(words) if words else 1.0
        if lost_numbers or lost_dates:
            lost = ", ".join(lost_numbers + lost_dates)
            rows.append({"bagian": fact.section, "fakta": fact.as_line(),
                         "alasan": f"Angka atau tanggal ini tidak ada di draf: {lost}."})
        elif cover < 0.5 and not numbers and not dates:
            rows.append({"bagian": fact.section, "fakta": fact.as_line(),
                         "alasan": "Sebagian besar kata fakta ini tidak ada di draf."})
    for quote in sheet.quotes:
        words = _content(quote.text)
        if words and len(words & draft_content) / len(words) < 0.5:
            rows.append({"bagian": "Pernyataan", "fakta": f"{quote.speaker}: “{quote.text}”",
                         "alasan": "Pernyataan ini tidak dimuat di draf."})
    return pd.DataFrame(rows, columns=MISSING_COLUMNS)

