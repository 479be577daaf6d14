"""Build datasets/linimasa_isu.csv: a fictitious social-media timeline for module 06.

Every post is composed from text fragments written here by the course
authors (informal register, slang, Banjar and Javanese markers, emoji, short
replies).  The script adds what a person should not pick by hand: the time of
day, the platform, a pseudonymous account, and three kinds of planted
structure that the exercises and ``bench/`` measure against:

* **event bursts** (``lonjakan_peristiwa`` = ``P01``…): on known days the
  number of negative posts on one issue rises for a few days, as after a
  flood or a water outage;
* **coordinated bursts** (``kelompok_terkoordinasi`` = ``K01``…): one
  message pushed by many accounts of a small network within minutes, with
  small edits (emoji, a swapped word, a hashtag);
* **spam** (``spam`` = ``1``): promotions repeated over weeks by a few
  accounts, plus one multi-account spam blast (also a coordinated burst).

It also plants look-alikes that are *not* coordination: many people
answering "hadir" or "mantap min" under a live broadcast, and two or three
people pasting the same official announcement.

Accounts are ``pengguna_NNNN``; no real person, handle or phone number is
used.  The script is seeded: running it twice gives byte-identical output.

    python datasets/build/linimasa_isu.py
"""

from __future__ import annotations

import csv
import math
import random
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 2026
DATASETS = Path(__file__).resolve().parent.parent
TARGET = DATASETS / "linimasa_isu.csv"
COLUMNS = [
    "id", "waktu", "platform", "akun", "isu", "teks", "sentimen", "spam",
    "kelompok_terkoordinasi", "lonjakan_peristiwa",
]
START = date(2025, 3, 1)
DAYS = 120
PLATFORMS = {"instagram": 34, "facebook": 28, "x": 14, "tiktok": 16, "youtube": 8}
ISSUES = ("banjir", "air_bersih", "jalan", "bansos", "kesehatan", "adminduk")
#: Mean organic posts per day and issue, by sentiment (negatif, netral, positif).
DAILY_MEAN = {
    "banjir": (2.2, 1.2, 0.8), "air_bersih": (2.8, 1.3, 0.7), "jalan": (3.2, 1.2, 0.8),
    "bansos": (1.8, 1.6, 1.1), "kesehatan": (1.5, 1.2, 1.0), "adminduk": (1.6, 1.4, 0.7),
}
#: Gamma shape of the day-to-day variation of the negative mean (smaller = burstier).
DAY_SHAPE = 12.0
#: Relative posting volume by hour of day (WITA).
HOURS = [1, 1, 1, 1, 2, 4, 7, 9, 8, 6, 5, 6, 8, 7, 5, 5, 6, 7, 8, 9, 10, 9, 6, 3]

#: Known event bursts: id, issue, first day (offset from START), length in days,
#: extra negative posts per day at the peak.
EVENTS = [
    ("P01", "banjir", 9, 5, 14),
    ("P02", "jalan", 24, 4, 10),
    ("P03", "air_bersih", 38, 6, 12),
    ("P04", "adminduk", 51, 4, 8),
    ("P05", "bansos", 63, 5, 11),
    ("P06", "kesehatan", 77, 4, 9),
    ("P07", "banjir", 88, 6, 16),
    ("P08", "air_bersih", 101, 4, 9),
    ("P09", "jalan", 109, 5, 12),
]

PLACES = [
    "Samarinda", "Balikpapan", "Bontang", "Tenggarong", "Sangatta", "Tanah Grogot",
    "Penajam", "Tanjung Redeb", "Sendawar", "Loa Janan", "Sempaja", "Sungai Pinang",
    "Muara Badak", "Samboja", "Long Bagun", "Melak",
]

OPENERS = {
    "negatif": [
        "", "", "", "min, ", "pak, ", "tolong min ", "astaga ", "duh ", "lur, ", "jujur aja ",
        "sumpah ", "bubuhan kami ", "ya allah ", "bener lho ", "hadeh ", "kami warga ",
        "pian tahu kah, ",
    ],
    "netral": ["", "", "", "min, ", "pak, ", "ulun handak batakun, ", "lur, ", "permisi min, ",
               "mohon maaf min ", "wkwk "],
    "positif": ["", "", "", "min, ", "alhamdulillah ", "lur, ", "wah ", "akhirnya ", "salut, "],
}
#: Closers and emoji by sentiment, so that a thank-you does not end in an angry demand.
CLOSERS = {
    "negatif": [
        "", "", " tolong ditindak", " mohon perhatiannya", " sudah lama banar", " piye iki",
        " kada habis pikir", " capek kami", " gimana ini pak", " tiap tahun sama aja",
        " cepat ditangani lah", " wes ora kuat", " parah bgt", " ayo gerak",
        " jangan cuma janji", " kami tunggu",
    ],
    "netral": ["", "", "", " makasih min", " mohon infonya", " bujur lah", " nuwun", " min"],
    "positif": [
        "", "", " makasih min", " semoga terus begini", " mantap", " bujur lah", " matur nuwun",
        " lanjutkan",
    ],
}
EMOJI = {
    "negatif": ["", "", "", " 😡", " 😭", " 😤", " 🙄", " 😢", " 🤦", " 🔥"],
    "netral": ["", "", "", " 🙏", " 🤔"],
    "positif": ["", "", " 👍", " 🙏", " 💪", " 😊", " 🔥"],
}
ALL_EMOJI = sorted({emoji for emojis in EMOJI.values() for emoji in emojis})

FRAGMENTS = {
    ("banjir", "negatif"): [
        "banjir lagi di {p}, air masuk rumah sampai sebetis",
        "drainase di {p} mampet terus, hujan sejam langsung banjir",
        "motor kami mogok kena banjir di jalan {p}",
        "posko banjir di {p} belum dapat bantuan selimut",
        "anak sekolah kada kawa lewat, jalan {p} tergenang",
        "sampah numpuk di parit {p} makanya banjir",
        "rumah di {p} kebanjiran tiga hari belum surut",
        "normalisasi sungai di {p} cuma wacana tiap tahun",
        "pompa air di {p} rusak pas hujan deras",
        "warga {p} ngungsi ke masjid, dapur umum belum ada",
    ],
    ("banjir", "netral"): [
        "posko banjir {p} ada di mana ya min",
        "jalur mana yang aman dari {p} ke kota pagi ini",
        "info ketinggian air di {p} sekarang berapa",
        "bantuan banjir {p} disalurkan lewat RT kah",
    ],
    ("banjir", "positif"): [
        "terima kasih petugas BPBD sudah evakuasi warga {p}",
        "parit di {p} sudah dikeruk, alhamdulillah air cepat surut",
        "relawan di posko {p} sigap banar",
    ],
    ("air_bersih", "negatif"): [
        "air PDAM di {p} mati lagi dari subuh",
        "air keruh kaya susu coklat di {p}",
        "sudah tiga hari air kada mengalir di {p}",
        "bayar tagihan tepat waktu tapi air di {p} ngocor cuma malam",
        "mobil tangki kada datang ke {p} padahal dijanjikan",
        "air di {p} bau kaporit banget kada kawa diminum",
        "tekanan air di {p} lemah, tandon kosong terus",
        "pipa bocor di {p} dibiarkan seminggu",
    ],
    ("air_bersih", "netral"): [
        "jadwal mobil tangki ke {p} jam berapa min",
        "perbaikan pipa di {p} sampai kapan ya",
        "lapor air mati di {p} ke nomor mana",
    ],
    ("air_bersih", "positif"): [
        "air di {p} sudah ngalir lancar lagi, makasih",
        "petugas PDAM cepat datang benerin pipa di {p}",
        "mobil tangki sudah sampai {p}, terima kasih",
    ],
    ("jalan", "negatif"): [
        "jalan poros {p} berlubang kaya kolam ikan",
        "lubang di jalan {p} sudah makan korban motor jatuh",
        "truk tambang bikin jalan {p} hancur",
        "jalan {p} baru diaspal bulan lalu sudah retak",
        "debu jalan {p} bikin sesak anak-anak",
        "lampu jalan di {p} mati semua, rawan begal",
        "tambal sulam terus jalan {p}, kapan diperbaiki serius",
        "jembatan di {p} goyang kalau dilewati truk",
        "macet parah di {p} gara-gara galian kabel",
    ],
    ("jalan", "netral"): [
        "perbaikan jalan {p} dijadwalkan kapan ya",
        "jalan {p} ditutup sampai jam berapa min",
        "kalau mau lapor jalan rusak di {p} lewat mana",
    ],
    ("jalan", "positif"): [
        "jalan {p} sudah mulus, mantap kerja dinas PU",
        "lubang di {p} sudah ditambal, terima kasih",
        "lampu jalan {p} sudah nyala lagi",
    ],
    ("bansos", "negatif"): [
        "bansos di {p} salah sasaran, yang mampu malah dapat",
        "nenek kami di {p} kada pernah dapat bantuan",
        "antre bansos di {p} dari subuh, sembako habis",
        "data penerima bansos {p} kada diperbarui",
        "beras bansos di {p} berkutu",
        "pencairan bansos {p} molor terus",
    ],
    ("bansos", "netral"): [
        "cara cek penerima bansos {p} gimana min",
        "syarat daftar bantuan di {p} apa saja",
        "penyaluran bansos {p} tahap berikutnya kapan",
        "yang belum terdata di {p} lapor ke mana",
    ],
    ("bansos", "positif"): [
        "bansos di {p} sudah cair, alhamdulillah",
        "penyaluran di {p} tertib dan cepat, makasih",
        "petugas antar bansos ke rumah lansia di {p}, salut",
    ],
    ("kesehatan", "negatif"): [
        "antre di puskesmas {p} dari jam tujuh belum dipanggil",
        "obat di puskesmas {p} kosong disuruh beli sendiri",
        "dokter di {p} jarang ada di tempat",
        "BPJS ditolak di klinik {p}",
        "ambulans {p} lama banget datangnya",
        "kasus DBD di {p} naik, fogging kada ada",
    ],
    ("kesehatan", "netral"): [
        "jadwal posyandu di {p} hari apa min",
        "vaksin anak di puskesmas {p} masih ada kah",
        "puskesmas {p} buka hari sabtu kah",
    ],
    ("kesehatan", "positif"): [
        "pelayanan puskesmas {p} ramah dan cepat",
        "fogging di {p} sudah jalan, makasih",
        "cek kesehatan gratis di {p} sangat membantu",
    ],
    ("adminduk", "negatif"): [
        "KTP-el di {p} belum jadi sudah tiga bulan",
        "blanko KTP di {p} habis terus",
        "antrean disdukcapil {p} panjang sistem sering error",
        "akta lahir anak di {p} kada selesai-selesai",
        "urus KK di {p} bolak-balik kada jelas",
    ],
    ("adminduk", "netral"): [
        "syarat pindah domisili ke {p} apa saja min",
        "layanan KTP keliling ke {p} kapan lagi",
        "cetak ulang KTP di {p} bisa sabtu kah",
    ],
    ("adminduk", "positif"): [
        "KTP anak kami di {p} jadi cepat, makasih disdukcapil",
        "jemput bola KTP-el di {p} sangat membantu lansia",
        "urus akta di {p} sekarang gampang",
    ],
}

#: Short replies under a live broadcast: identical text from many people, not coordination.
SHORT_REPLIES = [
    "hadir", "hadir min", "hadir 🙏", "mantap min", "mantap", "siap", "siap hadir",
    "terima kasih infonya", "makasih min", "hadir dari {p}", "nyimak", "👍", "mantap pak 👍",
]

#: Official announcements a few residents paste word for word (natural sharing).
ANNOUNCEMENTS = [
    ("air_bersih", "netral",
     "Info: distribusi air di wilayah {p} dihentikan sementara pukul 08.00–16.00 WITA untuk "
     "perbaikan pipa. Mohon warga menampung air secukupnya."),
    ("jalan", "netral",
     "Pengumuman: jalan {p} ditutup sementara untuk pengaspalan, pengendara diminta "
     "menggunakan jalur alternatif."),
    ("kesehatan", "netral",
     "Layanan vaksinasi anak di puskesmas {p} dibuka setiap Selasa dan Kamis pukul "
     "08.00–12.00 WITA."),
]

#: Coordinated bursts: id, issue, sentiment, day offset, hour, accounts, span in minutes, text.
COORDINATED = [
    ("K01", "bansos", "positif", 5, 20, 14, 25,
     "Program bansos Pemprov luar biasa, warga sangat terbantu! Terima kasih Pak Gubernur, "
     "pemerintah benar-benar hadir untuk rakyat kecil"),
    ("K02", "jalan", "negatif", 17, 9, 11, 40,
     "Dinas PU cuma bisa pencitraan, anggaran jalan ratusan miliar hilang entah ke mana. "
     "Rakyat sudah muak, usut tuntas korupsi proyek jalan"),
    ("K03", "banjir", "negatif", 12, 21, 18, 30,
     "Pemkot gagal total tangani banjir! Warga dibiarkan tenggelam sementara pejabat sibuk "
     "seremonial. Copot kepala dinasnya sekarang juga"),
    ("K04", "air_bersih", "negatif", 31, 7, 9, 20,
     "Awas air PDAM tercemar limbah tambang, jangan diminum! Sudah banyak warga masuk rumah "
     "sakit, sebarkan ke keluarga kalian"),
    ("K05", "kesehatan", "positif", 45, 13, 12, 35,
     "Pelayanan kesehatan gratis Pemprov terbaik se-Indonesia, tidak ada daerah lain yang "
     "bisa menandingi, bangga jadi warga Kaltim"),
    ("K06", "adminduk", "negatif", 57, 10, 8, 15,
     "Disdukcapil sengaja menahan blanko KTP supaya warga mau bayar calo. Jangan diam, "
     "viralkan biar pejabatnya malu"),
    ("K07", "bansos", "negatif", 66, 19, 16, 45,
     "Bansos hanya dibagikan ke pendukung partai tertentu, warga lain dianaktirikan. "
     "Tolak politisasi bantuan sosial di daerah kita"),
    ("K08", "jalan", "positif", 72, 8, 10, 20,
     "Jalan mulus di mana-mana berkat kerja keras Pemprov, yang bilang jalan rusak itu "
     "cuma hoaks dari orang yang iri"),
    ("K09", "banjir", "negatif", 91, 22, 20, 150,
     "Katanya bendungan di hulu jebol malam ini, warga diminta segera mengungsi. "
     "Pemerintah menutup-nutupi informasi ini, sebarkan cepat"),
    ("K10", "kesehatan", "negatif", 97, 16, 9, 25,
     "Puskesmas menolak pasien BPJS dan menyuruh bayar umum, ini pelanggaran berat. "
     "Laporkan ke ombudsman ramai-ramai"),
    ("K11", "air_bersih", "positif", 104, 12, 11, 30,
     "Air PDAM sekarang jernih dan lancar dua puluh empat jam, terima kasih direksi yang "
     "sudah bekerja keras untuk warga"),
    ("K12", "bansos", "netral", 83, 15, 7, 10,
     "Butuh dana cepat tanpa jaminan cair dalam lima menit, langsung cek link di bio "
     "kami sekarang juga"),
]
#: The coordinated burst that is also spam (a promotion blast).
SPAM_BURST = "K12"
#: A campaign whose accounts each write their own wording of the same talking points
#: under one hashtag: coordinated, but not near-identical, so word-shingle similarity
#: cannot find it (the limit ``bench/coordination.py`` reports).
PARAPHRASED = ("K13", "air_bersih", "negatif", 114, 19, 10, 30, [
    "Direksi PDAM harus mundur, air mati terus tapi tagihan naik #MundurDireksiPDAM",
    "Tagihan air makin mahal padahal airnya jarang ngalir. Sudah waktunya direksi PDAM "
    "diganti #MundurDireksiPDAM",
    "Kalau tidak becus urus air, mending direksi PDAM lengser saja #MundurDireksiPDAM",
    "Warga bayar mahal tiap bulan, air tetap mati. Ganti direksi PDAM sekarang "
    "#MundurDireksiPDAM",
    "PDAM gagal melayani, pimpinannya harus bertanggung jawab dan mundur #MundurDireksiPDAM",
])

#: Repeated promotions by a few accounts over weeks (spam, not a burst).
SPAM_TEXTS = [
    "Butuh dana cepat tanpa jaminan? cek link di bio",
    "Jual followers murah aman permanen, cek bio",
    "Mau penghasilan jutaan dari rumah? klik link di bio",
    "Promo pulsa dan kuota murah, info cek bio kami",
]

WORD_SWAPS = {
    "warga": "masyarakat", "sangat": "sungguh", "sekarang": "segera", "cuma": "hanya",
    "sudah": "udah", "benar-benar": "betul-betul", "jangan": "jgn", "cepat": "segera",
    "terima kasih": "makasih", "tidak": "gak", "luar biasa": "mantap",
}
PREFIXES = ["Setuju, ", "Benar banget, ", "Fakta: ", "Ini dia, ", "RT "]
HASHTAGS = [" #KaltimBersatu", " #RakyatBersuara", " #Kaltim", " #ViralKan", ""]


def _time(rng: random.Random, day: date) -> datetime:
    hour = rng.choices(range(24), weights=HOURS)[0]
    return datetime(day.year, day.month, day.day, hour, rng.randrange(60))


def _compose(rng: random.Random, issue: str, sentiment: str) -> str:
    core = rng.choice(FRAGMENTS[(issue, sentiment)]).format(p=rng.choice(PLACES))
    text = rng.choice(OPENERS[sentiment]) + core + rng.choice(CLOSERS[sentiment])
    text += rng.choice(EMOJI[sentiment])
    if rng.random() < 0.25:
        text = text.lower()
    elif rng.random() < 0.5:
        text = text[0].upper() + text[1:]
    return text.strip()


def _vary(rng: random.Random, base: str) -> str:
    """A near-identical copy: one or two swapped words, a hashtag, an emoji, case."""
    text = base
    if rng.random() < 0.3:  # drop the last sentence or clause
        cut = max(text.rfind(". "), text.rfind(", "))
        text = text[:cut] if cut > len(text) // 2 else text
    if rng.random() < 0.3:
        text = rng.choice(PREFIXES) + text[0].lower() + text[1:]
    for old in rng.sample(sorted(WORD_SWAPS), k=rng.randint(0, 3)):
        if old in text:
            text = text.replace(old, WORD_SWAPS[old], 1)
    text = text + rng.choice(HASHTAGS) + rng.choice(ALL_EMOJI)
    if rng.random() < 0.3:
        text = text.lower()
    if rng.random() < 0.2:
        text = text.replace(",", "", 1)
    return text.strip()


def _poisson(rng: random.Random, mean: float) -> int:
    """Knuth's Poisson sampler (small means only), to keep the build free of numpy."""
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _event_extra(day_index: int, first: int, length: int, peak: int) -> int:
    """Extra negatives on a day of an event: a ramp up to the peak, then a decline."""
    if not first <= day_index < first + length:
        return 0
    step = day_index - first
    shape = [0.5, 1.0, 0.8, 0.6, 0.45, 0.35, 0.3][min(step, 6)]
    return round(peak * shape)


def assemble(seed: int = SEED) -> list[dict[str, str]]:
    """Every post of the timeline, sorted by time and numbered."""
    rng = random.Random(seed)
    organic_accounts = [f"pengguna_{n:04d}" for n in rng.sample(range(1, 10000), 1400)]
    taken = set(organic_accounts)
    rest = [n for n in range(1, 10000) if f"pengguna_{n:04d}" not in taken]
    network = [f"pengguna_{n:04d}" for n in rng.sample(rest, 60)]
    spammers = [f"pengguna_{n:04d}" for n in rng.sample(
        [n for n in rest if f"pengguna_{n:04d}" not in set(network)], 4)]
    posts: list[dict[str, str]] = []

    def add(when, issue, text, sentiment, spam=0, group="", event=""):
        posts.append({
            "waktu": when, "platform": rng.choices(list(PLATFORMS), list(PLATFORMS.values()))[0],
            "issue": issue, "teks": text, "sentimen": sentiment, "spam": str(spam),
            "kelompok_terkoordinasi": group, "lonjakan_peristiwa": event,
            "akun": rng.choice(organic_accounts),
        })
        return posts[-1]

    for offset in range(DAYS):
        day = START + timedelta(days=offset)
        weekend = day.weekday() >= 5
        for issue in ISSUES:
            neg, neu, pos = DAILY_MEAN[issue]
            level = rng.gammavariate(DAY_SHAPE, 1 / DAY_SHAPE) * (0.8 if weekend else 1.0)
            for sentiment, mean in (("negatif", neg * level), ("netral", neu), ("positif", pos)):
                for _ in range(_poisson(rng, mean)):
                    add(_time(rng, day), issue, _compose(rng, issue, sentiment), sentiment)
            for event, event_issue, first, length, peak in EVENTS:
                if event_issue != issue:
                    continue
                for _ in range(_event_extra(offset, first, length, peak)):
                    add(_time(rng, day), issue, _compose(rng, issue, "negatif"), "negatif",
                        event=event)
                if first <= offset < first + length:
                    for _ in range(_poisson(rng, 1.5)):
                        add(_time(rng, day), issue, _compose(rng, issue, "netral"), "netral",
                            event=event)

    # Live broadcasts: many short identical replies within half an hour (not coordination).
    for offset in rng.sample(range(DAYS), 10):
        day = START + timedelta(days=offset)
        start = datetime(day.year, day.month, day.day, rng.choice([9, 10, 14, 19, 20]), 0)
        issue = rng.choice(ISSUES)
        for _ in range(rng.randint(15, 30)):
            when = start + timedelta(minutes=rng.randrange(30))
            reply = rng.choice(SHORT_REPLIES).format(p=rng.choice(PLACES))
            add(when, issue, reply, "netral")

    # Residents pasting the same official announcement (two or three people, natural).
    for offset in rng.sample(range(DAYS), 6):
        day = START + timedelta(days=offset)
        issue, sentiment, template = rng.choice(ANNOUNCEMENTS)
        text = template.format(p=rng.choice(PLACES))
        start = _time(rng, day)
        for _ in range(rng.randint(2, 3)):
            add(start + timedelta(minutes=rng.randrange(50)), issue, text, sentiment)

    # Coordinated bursts from the network (accounts reused across bursts).
    for group, issue, sentiment, offset, hour, size, span, base in COORDINATED:
        day = START + timedelta(days=offset)
        start = datetime(day.year, day.month, day.day, hour, rng.randrange(60))
        pool = spammers + network[:6] if group == SPAM_BURST else network
        for account in rng.sample(pool, size):
            when = start + timedelta(minutes=rng.randrange(span))
            post = add(when, issue, _vary(rng, base), sentiment,
                       spam=int(group == SPAM_BURST), group=group)
            post["akun"] = account

    group, issue, sentiment, offset, hour, size, span, texts = PARAPHRASED
    day = START + timedelta(days=offset)
    start = datetime(day.year, day.month, day.day, hour, rng.randrange(60))
    for number, account in enumerate(rng.sample(network, size)):
        text = texts[number % len(texts)] + rng.choice(EMOJI[sentiment])
        post = add(start + timedelta(minutes=rng.randrange(span)), issue, text, sentiment,
                   group=group)
        post["akun"] = account

    # Spam repeated by a few accounts over the whole period.
    for _ in range(70):
        day = START + timedelta(days=rng.randrange(DAYS))
        text = rng.choice(SPAM_TEXTS) + rng.choice(ALL_EMOJI)
        post = add(_time(rng, day), rng.choice(ISSUES), text.strip(), "netral", spam=1)
        post["akun"] = rng.choice(spammers)

    posts.sort(key=lambda post: (post["waktu"], post["issue"], post["teks"], post["akun"]))
    rows = []
    for number, post in enumerate(posts, start=1):
        rows.append({
            "id": f"L{number:05d}",
            "waktu": post["waktu"].strftime("%Y-%m-%d %H:%M"),
            "platform": post["platform"],
            "akun": post["akun"],
            "isu": post["issue"],
            "teks": post["teks"],
            "sentimen": post["sentimen"],
            "spam": post["spam"],
            "kelompok_terkoordinasi": post["kelompok_terkoordinasi"],
            "lonjakan_peristiwa": post["lonjakan_peristiwa"],
        })
    return rows


def build(target: Path = TARGET, seed: int = SEED) -> int:
    """Write the timeline to ``target``; return the number of rows."""
    rows = assemble(seed)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    print(f"{build()} baris ditulis ke {TARGET.relative_to(DATASETS.parent)}")
