"""Assemble datasets/berita_isu.csv from the hand-written news items.

The headlines and leads are written by the course authors in
``datasets/sumber/berita_isu.csv`` (columns ``isu, bulan, judul, ringkasan``;
``bulan`` is the month of 2025).  This script only adds what a person should
not pick by hand: a date inside the month (inside the event window for the
months of the big events shared with ``komentar_publik``), a fictitious
outlet name and an id in date order.  It is seeded, so running it twice gives
byte-identical output.

    python datasets/build/berita_isu.py
"""

from __future__ import annotations

import calendar
import csv
import random
from datetime import date
from pathlib import Path

SEED = 2025
YEAR = 2025
DATASETS = Path(__file__).resolve().parent.parent
SOURCE = DATASETS / "sumber" / "berita_isu.csv"
TARGET = DATASETS / "berita_isu.csv"
SOURCE_COLUMNS = ["isu", "bulan", "judul", "ringkasan"]
COLUMNS = ["id", "tanggal", "media", "judul", "ringkasan", "isu"]
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

#: Invented outlets (none of them exists), weighted by how much they publish.
MEDIA = {
    "Warta Benua Etam": 18,
    "Lensa Hulu Mahakam": 9,
    "Gema Pesisir Timur": 12,
    "Kronik Delta Mahakam": 14,
    "Suluh Tanah Etam": 11,
    "Warta Teluk Timur": 10,
    "Dermaga Kabar Etam": 8,
    "Serambi Rimba Timur": 7,
    "Pelita Kampung Hulu": 6,
}

#: (issue, month) -> (first day, last day): the event windows of komentar_publik.
EVENT_WINDOWS = {
    ("banjir", 5): (12, 25),
    ("infrastruktur_jalan", 3): (10, 24),
    ("air_bersih", 9): (1, 30),
    ("adminduk", 2): (3, 21),
    ("bansos", 12): (1, 14),
}


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
        if not 1 <= int(row["bulan"]) <= 12:
            raise ValueError(f"{source}:{n}: bulan must be 1..12, got {row['bulan']!r}")
        if not row["judul"].strip() or not row["ringkasan"].strip():
            raise ValueError(f"{source}:{n}: empty judul or ringkasan")
    return rows


def _day(rng: random.Random, issue: str, month: int) -> date:
    last = calendar.monthrange(YEAR, month)[1]
    first_day, last_day = EVENT_WINDOWS.get((issue, month), (1, last))
    return date(YEAR, month, rng.randint(first_day, last_day))


def assemble(items: list[dict[str, str]], seed: int = SEED) -> list[dict[str, str]]:
    """Give every item a date and an outlet, sort by date and number them."""
    rng = random.Random(seed)
    outlets, weights = list(MEDIA), list(MEDIA.values())
    dated = []
    for order, item in enumerate(items):
        day = _day(rng, item["isu"], int(item["bulan"]))
        media = rng.choices(outlets, weights=weights)[0]
        dated.append((day, order, media, item))
    dated.sort(key=lambda t: (t[0], t[1]))
    return [
        {
            "id": f"B{n:04d}",
            "tanggal": day.isoformat(),
            "media": media,
            "judul": item["judul"].strip(),
            "ringkasan": item["ringkasan"].strip(),
            "isu": item["isu"],
        }
        for n, (day, _, media, item) in enumerate(dated, start=1)
    ]


def write(rows: list[dict[str, str]], target: Path) -> None:
    with target.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def build(source: Path = SOURCE, target: Path = TARGET) -> None:
    """Read the hand-written source and write the final dataset."""
    write(assemble(read_source(source)), target)


if __name__ == "__main__":
    build(SOURCE, TARGET)
    print(f"{TARGET.name}: written")
