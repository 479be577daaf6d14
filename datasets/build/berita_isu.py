"""Assemble datasets/berita_isu.csv from the hand-written news items.

The headlines and texts are written by the course authors in
``datasets/sumber/berita_isu.csv`` (columns ``isu, bulan, jenis, judul,
ringkasan``; ``bulan`` is the month of 2025, ``jenis`` the genre).  This
script only adds what a person should not pick by hand: a date inside the
month (inside the event window for the months of the big events shared with
``komentar_publik``), the region the item is about (read from its text), a
fictitious outlet that covers that region, the outlet's own label on
advertorials, and an id in date order.  It is seeded, so running it twice
gives byte-identical output.

    python datasets/build/berita_isu.py          # write the dataset
    python datasets/build/berita_isu.py --ukur   # print the measured shares
"""

from __future__ import annotations

import calendar
import csv
import random
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

SEED = 2025
YEAR = 2025
DATASETS = Path(__file__).resolve().parent.parent
SOURCE = DATASETS / "sumber" / "berita_isu.csv"
TARGET = DATASETS / "berita_isu.csv"
SOURCE_COLUMNS = ["isu", "bulan", "jenis", "judul", "ringkasan"]
COLUMNS = ["id", "tanggal", "media", "judul", "ringkasan", "isu", "jenis", "wilayah"]
ISSUES = (
    "banjir",
    "infrastruktur_jalan",
    "air_bersih",
    "ikn",
    "tambang_lingkungan",
    "kesehatan",
    "pendidikan",
    "bansos",
    "adminduk",
)
#: Genres: plain news, government-paid advertorial, hoax clarification, clickbait headline.
GENRES = ("berita", "advertorial", "klarifikasi", "umpan_klik")
PROVINCE = "Kaltim"

#: Region -> the spellings that name it in a text.  "IKN" lies in Penajam Paser Utara.
REGIONS = {
    "Samarinda": ("Samarinda",),
    "Balikpapan": ("Balikpapan",),
    "Bontang": ("Bontang",),
    "Kutai Kartanegara": ("Kutai Kartanegara", "Kukar", "Tenggarong"),
    "Kutai Timur": ("Kutai Timur", "Kutim", "Sangatta"),
    "Kutai Barat": ("Kutai Barat", "Kubar"),
    "Mahakam Ulu": ("Mahakam Ulu", "Mahulu"),
    "Berau": ("Berau",),
    "Penajam Paser Utara": ("Penajam Paser Utara", "Penajam", "PPU", "IKN"),
    "Paser": ("Paser",),
}
_REGION_PATTERNS = [
    (region, re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b"))
    for region, names in REGIONS.items()
]
#: "Paser" inside "Penajam Paser Utara" is not the regency of Paser.
_NOT_PASER = re.compile(r"Penajam Paser Utara")

#: Invented outlets (none of them exists): weight, the regions they cover (None: the whole
#: province) and how they label a paid piece.
MEDIA = {
    "Warta Benua Etam": (12, None, "[ADV] {judul}"),
    "Suluh Tanah Etam": (8, None, "{judul} (Advertorial)"),
    "Kronik Delta Mahakam": (14, {"Samarinda", "Kutai Kartanegara"}, "Advertorial: {judul}"),
    "Gema Pesisir Timur": (12, {"Bontang", "Kutai Timur", "Berau"}, "{judul} | ADV"),
    "Warta Teluk Timur": (10, {"Balikpapan", "Penajam Paser Utara", "Paser"}, "[ADV] {judul}"),
    "Lensa Hulu Mahakam": (9, {"Kutai Barat", "Mahakam Ulu", "Kutai Kartanegara"},
                           "[Advertorial] {judul}"),
    "Dermaga Kabar Etam": (8, {"Samarinda", "Balikpapan", "Bontang"}, "{judul} (ADV)"),
    "Serambi Rimba Timur": (7, {"Berau", "Kutai Timur", "Paser"}, "Advertorial: {judul}"),
    "Pelita Kampung Hulu": (6, {"Kutai Barat", "Mahakam Ulu"}, "{judul} | ADV"),
}
#: A local outlet is this many times likelier than its base weight on its own region.
LOCAL_BOOST = 3

#: (issue, month) -> (first day, last day): the event windows of komentar_publik.
EVENT_WINDOWS = {
    ("banjir", 5): (12, 25),
    ("infrastruktur_jalan", 3): (10, 24),
    ("air_bersih", 9): (1, 30),
    ("adminduk", 2): (3, 21),
    ("bansos", 12): (1, 14),
}
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[\"“A-Z0-9])")
QUOTE = re.compile(r"[\"“][^\"”]{10,}[\"”]")


def read_source(source: Path = SOURCE) -> list[dict[str, str]]:
    """Read and check the hand-written items."""
    with source.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != SOURCE_COLUMNS:
            raise ValueError(f"{source}: header must be {SOURCE_COLUMNS}, got {reader.fieldnames}")
        rows = list(reader)
    for n, row in enumerate(rows, start=2):
        if row["isu"] not in ISSUES:
            raise ValueError(f"{source}:{n}: unknown isu {row['isu']!r}")
        if row["jenis"] not in GENRES:
            raise ValueError(f"{source}:{n}: unknown jenis {row['jenis']!r}")
        if not 1 <= int(row["bulan"]) <= 12:
            raise ValueError(f"{source}:{n}: bulan must be 1..12, got {row['bulan']!r}")
        if not row["judul"].strip() or not row["ringkasan"].strip():
            raise ValueError(f"{source}:{n}: empty judul or ringkasan")
    return rows


def region_of(text: str) -> str:
    """The first region a text names, or ``Kaltim`` for province-wide items."""
    text = _NOT_PASER.sub("Penajam", text)
    found = [(match.start(), region) for region, pattern in _REGION_PATTERNS
             if (match := pattern.search(text))]
    return min(found)[1] if found else PROVINCE


def outlets_for(region: str) -> tuple[list[str], list[int]]:
    """The outlets that cover a region, and how likely each one is to carry an item."""
    names, weights = [], []
    for name, (weight, covers, _) in MEDIA.items():
        if covers is None:
            names.append(name)
            weights.append(weight)
        elif region in covers:
            names.append(name)
            weights.append(weight * LOCAL_BOOST)
    return names, weights


def headline(item: dict[str, str], media: str) -> str:
    """The headline as the outlet prints it: paid pieces carry the outlet's label."""
    title = item["judul"].strip()
    if item["jenis"] == "advertorial":
        return MEDIA[media][2].format(judul=title)
    return title


def _day(rng: random.Random, issue: str, month: int) -> date:
    last = calendar.monthrange(YEAR, month)[1]
    first_day, last_day = EVENT_WINDOWS.get((issue, month), (1, last))
    return date(YEAR, month, rng.randint(first_day, last_day))


def assemble(items: list[dict[str, str]], seed: int = SEED) -> list[dict[str, str]]:
    """Give every item a date, a region and an outlet, sort by date and number them."""
    rng = random.Random(seed)
    dated = []
    for order, item in enumerate(items):
        day = _day(rng, item["isu"], int(item["bulan"]))
        region = region_of(f"{item['judul']} {item['ringkasan']}")
        outlets, weights = outlets_for(region)
        media = rng.choices(outlets, weights=weights)[0]
        dated.append((day, order, media, region, item))
    dated.sort(key=lambda t: (t[0], t[1]))
    return [
        {
            "id": f"B{n:04d}",
            "tanggal": day.isoformat(),
            "media": media,
            "judul": headline(item, media),
            "ringkasan": item["ringkasan"].strip(),
            "isu": item["isu"],
            "jenis": item["jenis"],
            "wilayah": region,
        }
        for n, (day, _, media, region, item) in enumerate(dated, start=1)
    ]


def sentences(text: str) -> list[str]:
    """Split a news text into sentences (a quote's closing mark stays with its sentence)."""
    return [part for part in SENTENCE_END.split(text.strip()) if part]


def measure(rows: list[dict[str, str]]) -> dict[str, dict[str, float]]:
    """Shares the datasheet reports: genre, sentences per text and texts with a quote."""
    total = len(rows)
    lengths = Counter(min(len(sentences(row["ringkasan"])), 5) for row in rows)
    genres = Counter(row["jenis"] for row in rows)
    quoted = sum(bool(QUOTE.search(row["ringkasan"])) for row in rows)
    return {
        "jenis": {genre: genres[genre] / total for genre in GENRES},
        "kalimat": {str(n): lengths[n] / total for n in range(1, 6)},
        "kutipan": {"dengan_kutipan": quoted / total},
    }


def write(rows: list[dict[str, str]], target: Path) -> None:
    with target.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def build(source: Path = SOURCE, target: Path = TARGET) -> None:
    """Read the hand-written source and write the final dataset."""
    write(assemble(read_source(source)), target)


def read_target(target: Path = TARGET) -> list[dict[str, str]]:
    with target.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


#: How the datasheet names each measured share.
SHARE_LABELS = {
    "jenis": {"berita": "berita biasa", "advertorial": "advertorial (berbayar)",
              "klarifikasi": "klarifikasi hoaks", "umpan_klik": "judul umpan klik"},
    "kalimat": {str(n): f"{n} kalimat" for n in range(1, 5)} | {"5": "5 kalimat atau lebih"},
    "kutipan": {"dengan_kutipan": "memuat kutipan langsung"},
}


def share_rows(rows: list[dict[str, str]]) -> list[str]:
    """The datasheet's table rows of measured shares, e.g. ``| `jenis` | berita biasa | 664 |
    80,4 % |`` (Indonesian decimal comma)."""
    lines = []
    for group, shares in measure(rows).items():
        for key, share in shares.items():
            count = round(share * len(rows))
            percent = f"{100 * share:.1f}".replace(".", ",")
            lines.append(f"| `{group}` | {SHARE_LABELS[group][key]} | {count} | {percent} % |")
    return lines


if __name__ == "__main__":
    if "--ukur" in sys.argv:
        print("\n".join(share_rows(read_target())))
    else:
        build(SOURCE, TARGET)
        print(f"{TARGET.name}: written")
