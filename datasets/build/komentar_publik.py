"""Assemble datasets/komentar_publik.csv from the hand-written fragments.

The comments themselves are written by the course authors in
``datasets/sumber/komentar/*.csv`` (see ``sumber/BRIEF-komentar.md``).  This
script only adds what a person should not pick by hand:

* a date in 2025 (inside the event window for comments about an event, on
  one shared day for a coordinated burst);
* a platform chosen from the register of the text: only formal, complete
  complaints or requests can land on ``lapor`` (LAPOR!), banter never does;
* a regency or city when the comment names none, restricted by what the text
  mentions (a city bus, a ferry or a river boat only where it runs);
* a pseudonymous account (``akun``), a time of day (``jam``), the kind of
  post (``jenis``: ``biasa``, ``spam`` or ``terkoordinasi``) and, for a
  coordinated burst, its group (``kelompok``);
* an id in date and time order.

It is seeded, so running it twice gives byte-identical output.  ``measure``
computes the shares the datasheet reports; the tests use it too.

    python datasets/build/komentar_publik.py
"""

from __future__ import annotations

import csv
import random
import re
import statistics
from datetime import date, timedelta
from pathlib import Path

SEED = 2025
DATASETS = Path(__file__).resolve().parent.parent
SOURCE = DATASETS / "sumber" / "komentar"
TARGET = DATASETS / "komentar_publik.csv"
COLUMNS = [
    "id", "tanggal", "platform", "kabupaten_kota", "topik", "teks", "sentimen",
    "akun", "jam", "jenis", "kelompok",
]
KINDS = ("biasa", "spam", "terkoordinasi")

#: Regencies and cities of East Kalimantan, weighted roughly by population.
REGIONS = {
    "Samarinda": 19, "Balikpapan": 16, "Kutai Kartanegara": 17, "Kutai Timur": 10,
    "Bontang": 5, "Berau": 7, "Paser": 7, "Penajam Paser Utara": 5, "Kutai Barat": 4,
    "Mahakam Ulu": 1,
}
#: What a comment mentions limits where it can come from (first match wins).
PLACE_RULES = [
    (re.compile(r"klotok|ketinting|dari hulu|ke hulu|hulu mahakam", re.I),
     ("Kutai Kartanegara", "Kutai Barat", "Mahakam Ulu")),
    (re.compile(r"\bferry\b|\bferi\b|kariangau", re.I),
     ("Balikpapan", "Penajam Paser Utara")),
    (re.compile(r"bus trans|bus kota|bus listrik|bus gratis|bus bandara|\bhalte\b|car free day"
                r"|\bcfd\b|jalur khusus bus|koridor|\brute \d|aplikasi bus", re.I),
     ("Samarinda", "Balikpapan")),
    (re.compile(r"\bangkot\b|\bojol\b|\bbandara\b|\bterminal\b|\bmal\b|\bmall\b|jalan tol"
                r"|\btol\b|taksi", re.I),
     ("Samarinda", "Balikpapan", "Bontang", "Berau", "Penajam Paser Utara")),
    (re.compile(r"speedboat|taksi air|kapal|tambangan|dermaga|pelabuhan|perahu", re.I),
     ("Samarinda", "Balikpapan", "Kutai Kartanegara", "Berau", "Penajam Paser Utara",
      "Kutai Barat", "Mahakam Ulu", "Kutai Timur")),
]
PLATFORMS = {"instagram": 34, "facebook": 29, "x": 13, "tiktok": 15, "youtube": 9}
#: Share of formal complaints and requests (see ``is_formal``) sent through LAPOR!; praise is
#: posted where people see it, not filed as a report.
LAPOR_SHARE_OF_FORMAL = 0.9
#: Gambling spam sits under Instagram, YouTube and TikTok posts most of all.
SPAM_PLATFORMS = {"instagram": 40, "youtube": 25, "tiktok": 20, "facebook": 10, "x": 5}
BURST_PLATFORMS = {"x": 35, "instagram": 30, "facebook": 20, "tiktok": 15}
#: Relative comment volume by hour of day (WITA): a morning rise, lunch, and an evening peak.
HOURS = [2, 1, 1, 1, 2, 4, 6, 8, 8, 7, 6, 7, 9, 8, 6, 6, 7, 7, 8, 10, 11, 10, 7, 4]
#: LAPOR! reports are mostly written in office hours.
HOURS_LAPOR = [1, 0, 0, 0, 0, 1, 2, 5, 9, 10, 10, 9, 6, 8, 9, 8, 5, 3, 3, 3, 3, 2, 1, 1]
#: Spam bots post around the clock.
HOURS_SPAM = [6, 6, 5, 5, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 5, 5, 5, 5, 6, 6, 7, 7, 7, 6]
EVENTS = {
    "banjir_samarinda_mei": (date(2025, 5, 12), date(2025, 5, 25)),
    "longsor_jalan_kubar_maret": (date(2025, 3, 10), date(2025, 3, 24)),
    "krisis_air_balikpapan_september": (date(2025, 9, 1), date(2025, 9, 30)),
    "pemadaman_listrik_paser_agustus": (date(2025, 8, 4), date(2025, 8, 16)),
    "blanko_ktp_habis_februari": (date(2025, 2, 3), date(2025, 2, 21)),
    "penyaluran_bansos_desember": (date(2025, 12, 1), date(2025, 12, 14)),
}
#: Month weights (January..December) for topics with a season; others are flat.
SEASONS = {
    "banjir": [9, 8, 8, 6, 5, 4, 3, 2, 2, 4, 7, 9],
    "air_bersih": [3, 3, 3, 4, 4, 5, 7, 9, 9, 8, 4, 3],
    "pendidikan": [4, 3, 3, 4, 6, 9, 9, 6, 4, 4, 4, 4],
}
#: Topic weights for fragments written without a topic (short replies, spam): the
#: thread they sit under.
TOPICS = {
    "banjir": 10, "jalan": 10, "air_bersih": 9, "listrik": 9, "kesehatan": 9, "adminduk": 8,
    "bansos": 9, "pendidikan": 8, "pelayanan_publik": 8, "ikn": 8, "transportasi": 6,
    "tambang_lingkungan": 6,
}

# --------------------------------------------------------------------------- accounts

#: Parts of generated handles: everyday words and local references, never names.
HANDLE_WORDS = [
    "kopi", "senja", "anak", "mahakam", "borneo", "etam", "rindu", "pejuang", "receh", "kaltim",
    "urang", "banua", "bunda", "ayah", "muda", "santai", "pagi", "hujan", "sungai", "pesut",
    "enggang", "ladang", "kebun", "pantai", "teluk", "langit", "bulan", "bintang", "hutan",
    "warung", "pasar", "kampung", "tepian", "perantau", "sobat", "kawan", "laut", "pelangi",
    "mentari", "embun", "ombak", "karang", "mancing", "motor", "sepeda", "dapur", "kue", "teh",
    "sambal", "ikan", "udang", "amplang", "lamin", "mandau", "sarung", "batik", "rumah", "lanting",
]
REGION_CODES = ["smd", "bpn", "kukar", "kutim", "btg", "berau", "paser", "ppu", "kubar", "mahulu"]
#: Stems of the accounts a coordinated network uses (a shared pattern).
BURST_STEMS = [
    "suara.etam", "kaltim_maju", "warga.peduli", "relawan_banua", "benua_bangkit",
    "etam_bersatu", "gerak_kaltim", "pemuda.mahakam", "info_warga", "kaltim.juara",
    "bela_daerah", "rakyat_etam",
]
SPAM_STEMS = ["cuan", "gacor", "maxwin", "jp", "hoki", "bonus", "rezeki", "sultan"]


def _handle(rng: random.Random) -> str:
    first, second = rng.sample(HANDLE_WORDS, 2)
    style = rng.randrange(6)
    if style == 0:
        return f"{first}_{second}"
    if style == 1:
        return f"{first}.{second}{rng.randint(1, 99)}"
    if style == 2:
        return f"{first}{second}_{rng.choice(REGION_CODES)}"
    if style == 3:
        return f"{first}_{rng.choice(REGION_CODES)}{rng.randint(70, 99)}"
    if style == 4:
        return f"{first}{rng.randint(100, 999)}"
    return f"{first}.{second}.{rng.choice(REGION_CODES)}"


class Accounts:
    """Hands out handles; a share of comments come back from accounts seen before."""

    def __init__(self, rng: random.Random, repeat: float = 0.3) -> None:
        self.rng, self.repeat, self.used, self.taken = rng, repeat, [], set()

    def fresh(self, make) -> str:
        while (handle := make(self.rng)) in self.taken:
            pass
        self.taken.add(handle)
        return handle

    def organic(self) -> str:
        if self.used and self.rng.random() < self.repeat:
            return self.rng.choice(self.used)
        handle = self.fresh(_handle)
        self.used.append(handle)
        return handle

    def network(self, size: int) -> list[str]:
        """``size`` new accounts sharing one stem: ``stem`` plus a short number."""
        stem = self.rng.choice(BURST_STEMS)
        return [self.fresh(lambda rng: f"{stem}{rng.randint(10, 9999)}") for _ in range(size)]

    def spammers(self, count: int) -> list[str]:
        def make(rng):
            return f"{rng.choice(SPAM_STEMS)}{rng.choice(['_', '.', ''])}{rng.randint(1, 999)}x"
        return [self.fresh(make) for _ in range(count)]


# --------------------------------------------------------------------------- register

#: Words and marks of chat register; a comment with any of them is not written for LAPOR!.
INFORMAL = re.compile(
    r"\b(?:yg|gak|ga|gk|nggak|enggak|bgt|banget|sy|udh|udah|blm|tp|jd|kl|sm|bs|org|dr|utk|trs"
    r"|aja|dong|sih|nih|lho|loh|deh|kok|wkwk\w*|min|kah|lah|gimana|kayak|kaya|gitu|pian|ulun"
    r"|bubuhan|kada|nang|banar|haja|jua|wahini|lur|ora|opo|tabe|iye|kodong|endik|bah|btw|pls"
    r"|please|respect|real|guys|anj\S*|mantap|mantul|keren|parah|hadeh|ya|yah|pak|bu|bang|pas|mas"
    r"|mbak|jujur|keburu|kak|bund|dah|wkwk|hehe|kan|kawa|makasih|ngapain|planet|update)\b"
    r"|[^\W\d_]2\b|->"
    r"|[@#!]{1}|\?\?|\.\.\.|[\U0001F300-\U0001FAFF\u2600-\u27BF]",
    re.IGNORECASE,
)


#: Words a written complaint or request to an office uses (at least one is needed).
ADDRESSED = re.compile(
    r"\b(?:mohon|saya|kami|kepada|terkait|bapak|ibu|dinas|instansi|ditindaklanjuti|tindak lanjut"
    r"|apakah|bagaimana|berapa|kapan|di mana|ke mana|warga|pemerintah|petugas)\b",
    re.IGNORECASE,
)


def is_formal(text: str) -> bool:
    """A complete, written-out complaint or request: fit for the LAPOR! channel."""
    words = text.split()
    return (len(words) >= 9 and text[0].isupper() and not INFORMAL.search(text)
            and ADDRESSED.search(text) is not None
            and sum(ch.isupper() for ch in text) < 0.3 * sum(ch.isalpha() for ch in text))


def _platform(rng: random.Random, text: str, sentiment: str, kind: str) -> str:
    if kind == "spam":
        return _pick(rng, SPAM_PLATFORMS)
    formal = sentiment != "positif" and is_formal(text)
    if formal and rng.random() < LAPOR_SHARE_OF_FORMAL:
        return "lapor"
    return _pick(rng, PLATFORMS)


def _region(rng: random.Random, text: str) -> str:
    for pattern, allowed in PLACE_RULES:
        if pattern.search(text):
            return _pick(rng, {region: REGIONS[region] for region in allowed})
    return _pick(rng, REGIONS)


# --------------------------------------------------------------------------- time


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _date(rng: random.Random, topic: str, event: str) -> date:
    if event:
        start, end = EVENTS[event]
        return start + timedelta(days=rng.randint(0, (end - start).days))
    month = rng.choices(range(1, 13), weights=SEASONS.get(topic, [1] * 12))[0]
    first = date(2025, month, 1)
    last = date(2025 + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return first + timedelta(days=rng.randint(0, (last - first).days))


def _minute_of_day(rng: random.Random, hours: list[int]) -> int:
    return rng.choices(range(24), weights=hours)[0] * 60 + rng.randrange(60)


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


# --------------------------------------------------------------------------- assembly


def read_fragments(source: Path = SOURCE) -> list[dict[str, str]]:
    """All fragment rows, in file-name order, exact duplicate texts dropped.

    Optional columns: ``jenis`` (``biasa`` when empty) and ``kelompok`` (the
    burst a coordinated post belongs to).  An empty ``topik`` is picked by
    the assembler.
    """
    rows, seen = [], set()
    for path in sorted(source.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                text = row["teks"].strip()
                if text and text not in seen:
                    seen.add(text)
                    rows.append({key: (value or "").strip() for key, value in row.items()}
                                | {"teks": text})
    return rows


def _burst_rows(rng, fragments, accounts) -> list[dict[str, str]]:
    """One shared day, topic and platform per group; posts a few minutes apart."""
    rows = []
    groups: dict[str, list[dict[str, str]]] = {}
    for fragment in fragments:
        groups.setdefault(fragment["kelompok"], []).append(fragment)
    for group, members in groups.items():
        first = members[0]
        day = _date(rng, first["topik"], first.get("peristiwa", ""))
        platform = _pick(rng, BURST_PLATFORMS)
        region = first["kabupaten_kota"] or _pick(rng, REGIONS)
        minute = _minute_of_day(rng, HOURS[:23] + [0])
        for fragment, account in zip(members, accounts.network(len(members)), strict=True):
            rows.append(_row(fragment, day, platform, region, account, minute, group))
            minute = min(minute + rng.randint(0, 4), 24 * 60 - 1)
    return rows


def _row(fragment, day, platform, region, account, minute, group="") -> dict[str, str]:
    return {
        "tanggal": day.isoformat(), "platform": platform, "kabupaten_kota": region,
        "topik": fragment["topik"], "teks": fragment["teks"],
        "sentimen": fragment["sentimen"], "akun": account, "jam": _clock(minute),
        "jenis": fragment.get("jenis") or "biasa", "kelompok": group,
    }


def assemble(fragments: list[dict[str, str]], seed: int = SEED) -> list[dict[str, str]]:
    """Add date, time, platform, region and account to every fragment; sort; number."""
    rng = random.Random(seed)
    accounts = Accounts(rng)
    spammers = accounts.spammers(9)
    rows, bursts = [], []
    for fragment in fragments:
        fragment = {**fragment, "topik": fragment["topik"] or _pick(rng, TOPICS)}
        kind = fragment.get("jenis") or "biasa"
        if kind == "terkoordinasi":
            bursts.append(fragment)
            continue
        text, event = fragment["teks"], fragment.get("peristiwa", "")
        platform = _platform(rng, text, fragment["sentimen"], kind)
        hours = HOURS_SPAM if kind == "spam" else HOURS_LAPOR if platform == "lapor" else HOURS
        account = rng.choice(spammers) if kind == "spam" else accounts.organic()
        rows.append(_row(
            fragment, _date(rng, fragment["topik"], event), platform,
            fragment["kabupaten_kota"] or _region(rng, text), account,
            _minute_of_day(rng, hours),
        ))
    rows += _burst_rows(rng, bursts, accounts)
    rows.sort(key=lambda row: (row["tanggal"], row["jam"], row["akun"], row["teks"]))
    for number, row in enumerate(rows, start=1):
        row["id"] = f"K{number:04d}"
    return rows


def write(rows: list[dict[str, str]], target: Path) -> None:
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def build(source: Path = SOURCE, target: Path = TARGET) -> None:
    """Write the assembled dataset to ``target``."""
    write(assemble(read_fragments(source)), target)


# --------------------------------------------------------------------------- measures

#: Word markers of the regional languages mixed into Indonesian comments (lower case).
MARKERS = {
    "banjar": r"kada|ulun|pian|banar|handak|kawa|bubuhan|sidin|wahini|nang|kaya apa|gin|haja|jua",
    "jawa": r"ora|opo|piye|pripun|mboten|nggih|monggo|sampeyan|matur nuwun|tenan|wis|wes|iki"
            r"|ngene|ngono|lur|rek|kabeh|ngopo|sing",
    "bugis": r"tabe'?|iye|kodong|tawwa|sipakatau|ji|pi|mi(?! instan)",
    "kutai": r"endik|ndik|kemai|merian|beneh|makaseh|gerang|bebaya",
}
EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")
#: Swear words, masked with ``*`` or digits as people type them, or written out (mild ones).
SWEAR = re.compile(
    r"\b\w+\*+\w*|\bb[o0*]d[o0*]h\b"
    r"|\b(?:anjir|anjay|anjeng|njir|ajg|goblog|bangke|sialan|setan|bodo amat)\b",
    re.IGNORECASE,
)
#: A rumour is passed on, or called a hoax / clarified.
HOAX = re.compile(r"hoaks|hoax|klarifikasi|pesan berantai|broadcast|kabar bohong|info palsu"
                  r"|disinformasi|\bpalsu\b|\bbeneran min\b|\bserius\?", re.IGNORECASE)


def _words(text: str) -> int:
    return len(text.split())


def _share(flags) -> float:
    flags = list(flags)
    return sum(flags) / len(flags) if flags else 0.0


def measure(rows: list[dict[str, str]]) -> dict[str, float]:
    """The shares and counts the datasheet reports, from the assembled rows."""
    texts = [row["teks"] for row in rows]
    lowered = [text.lower() for text in texts]
    positive = [_words(row["teks"]) for row in rows if row["sentimen"] == "positif"]
    found = {
        "baris": len(rows),
        "maks_3_kata": _share(_words(text) <= 3 for text in texts),
        "median_kata": statistics.median(_words(text) for text in texts),
        "median_kata_positif": statistics.median(positive) if positive else 0,
        "hanya_emoji": _share(not re.search(r"\w", text) for text in texts),
        "menandai_akun": _share("@" in text for text in texts),
        "diawali_apakah": sum(text.startswith("apakah") for text in lowered),
        "spam": _share(row.get("jenis") == "spam" for row in rows),
        "terkoordinasi": _share(row.get("jenis") == "terkoordinasi" for row in rows),
        "kelompok_terkoordinasi": len({row.get("kelompok") for row in rows if row.get("kelompok")}),
        "hoaks_atau_klarifikasi": _share(bool(HOAX.search(text)) for text in texts),
        "makian": _share(bool(SWEAR.search(text)) for text in texts),
        "lapor": _share(row["platform"] == "lapor" for row in rows),
        "emoji": _share(bool(EMOJI.search(text)) for text in texts),
    }
    for language, pattern in MARKERS.items():
        marker = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")
        found[f"bahasa_{language}"] = _share(bool(marker.search(text)) for text in lowered)
    return found


#: Labels of the measures in the datasheet table, in its order; counts are not shares.
SHARE_LABELS = {
    "baris": "komentar (baris)",
    "maks_3_kata": "komentar ≤ 3 kata",
    "median_kata": "median jumlah kata, semua komentar",
    "median_kata_positif": "median jumlah kata, komentar `positif`",
    "hanya_emoji": "hanya emoji",
    "menandai_akun": "menandai akun (@…)",
    "diawali_apakah": "diawali “Apakah” (jumlah)",
    "spam": "`jenis` = `spam`",
    "terkoordinasi": "`jenis` = `terkoordinasi`",
    "kelompok_terkoordinasi": "kelompok unggahan terkoordinasi (jumlah)",
    "hoaks_atau_klarifikasi": "menyebut hoaks, pesan berantai, atau klarifikasi",
    "makian": "makian ringan atau disamarkan (anj*r, b0d0h)",
    "lapor": "platform `lapor`",
    "emoji": "memuat emoji",
    "bahasa_banjar": "penanda bahasa Banjar",
    "bahasa_jawa": "penanda bahasa Jawa",
    "bahasa_bugis": "penanda bahasa Bugis (logat Bugis-Makassar)",
    "bahasa_kutai": "penanda bahasa Kutai",
}
COUNTS = {"baris", "median_kata", "median_kata_positif", "diawali_apakah",
          "kelompok_terkoordinasi"}


def _indonesian(value: float, digits: int) -> str:
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def share_rows(rows: list[dict[str, str]]) -> list[str]:
    """The datasheet's table of measures, one Markdown line per measure."""
    found = measure(rows)
    lines = []
    for key, label in SHARE_LABELS.items():
        value = found[key]
        shown = (_indonesian(value, 0 if float(value).is_integer() else 1) if key in COUNTS
                 else f"{_indonesian(100 * value, 1)}%")
        lines.append(f"| {label} | {shown} |")
    return lines


if __name__ == "__main__":
    import sys

    if "--ukur" in sys.argv:
        with TARGET.open(encoding="utf-8", newline="") as handle:
            print("\n".join(share_rows(list(csv.DictReader(handle)))))
    else:
        build()
        print(f"written {TARGET}")
