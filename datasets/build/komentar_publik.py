"""Assemble datasets/komentar_publik.csv from the hand-written fragments.

The comments themselves are written by the course authors in
``datasets/sumber/komentar/<topik>.csv`` (see ``sumber/BRIEF-komentar.md``).
This script only adds what a person should not pick by hand: an id, a date
in 2025 (inside the event window for comments about an event), a platform
and, when the comment names no place, a regency or city.  It is seeded, so
running it twice gives byte-identical output.

    python datasets/build/komentar_publik.py
"""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

SEED = 2025
DATASETS = Path(__file__).resolve().parent.parent
SOURCE = DATASETS / "sumber" / "komentar"
TARGET = DATASETS / "komentar_publik.csv"
COLUMNS = ["id", "tanggal", "platform", "kabupaten_kota", "topik", "teks", "sentimen"]

#: Regencies and cities of East Kalimantan, weighted roughly by population.
REGIONS = {
    "Samarinda": 19, "Balikpapan": 16, "Kutai Kartanegara": 17, "Kutai Timur": 10,
    "Bontang": 5, "Berau": 7, "Paser": 7, "Penajam Paser Utara": 5, "Kutai Barat": 4,
    "Mahakam Ulu": 1,
}
PLATFORMS = {"instagram": 30, "facebook": 25, "x": 11, "tiktok": 13, "youtube": 7, "lapor": 14}
#: Long comments are more often written on Facebook or the complaint channel.
PLATFORMS_LONG = {"instagram": 15, "facebook": 35, "x": 5, "tiktok": 5, "youtube": 8, "lapor": 32}
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


def read_fragments(source: Path = SOURCE) -> list[dict[str, str]]:
    """All fragment rows, in file-name order, exact duplicate texts dropped."""
    rows, seen = [], set()
    for path in sorted(source.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                text = row["teks"].strip()
                if text and text not in seen:
                    seen.add(text)
                    rows.append({**row, "teks": text})
    return rows


def assemble(fragments: list[dict[str, str]], seed: int = SEED) -> list[dict[str, str]]:
    """Add date, platform and region to every fragment row; sort by date; number them."""
    rng = random.Random(seed)
    rows = []
    for fragment in fragments:
        topic, event = fragment["topik"], fragment.get("peristiwa", "").strip()
        platforms = PLATFORMS_LONG if len(fragment["teks"]) > 220 else PLATFORMS
        rows.append({
            "tanggal": _date(rng, topic, event).isoformat(),
            "platform": _pick(rng, platforms),
            "kabupaten_kota": fragment["kabupaten_kota"].strip() or _pick(rng, REGIONS),
            "topik": topic,
            "teks": fragment["teks"],
            "sentimen": fragment["sentimen"].strip(),
        })
    rows.sort(key=lambda row: row["tanggal"])
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


if __name__ == "__main__":
    build()
    print(f"written {TARGET}")
