# ruff: noqa: E501  (the hand-written comments are kept one per line)
"""Assemble datasets/contoh_ekspor_instansi.csv, a fictitious agency export for the capstone.

The comments below are written by the course authors for this file, in the
voice of comments on the Instagram and Facebook pages of a regency government
(Kabupaten Paser, East Kalimantan).  Everything in them is fictitious,
including the personal data some of them contain on purpose (phone numbers,
NIKs, an e-mail address, an account number, names after a cue word), so that
masking visibly matters in module 05.

This script only adds what a person should not pick by hand: a date inside
each theme's window, a fictitious account handle and a number of likes.  It
then writes the file the way real exports look: UTF-8 with a byte-order mark,
semicolons, Windows line ends, two lines of metadata above the header,
Indonesian column names, dates as DD/MM/YYYY, newest first, some empty
comments (stickers, GIFs) and some empty rows.  It is seeded, so running it
twice gives byte-identical output.

The labels (``pos``, ``net``, ``neg``) are the authors' reading of each
comment; they are not written to the export (real exports have none) and are
kept here only to measure the default sentiment model on this file (see the
datasheet).

    python datasets/build/contoh_ekspor_instansi.py
"""

from __future__ import annotations

import csv
import io
import random
from datetime import date, timedelta
from pathlib import Path

SEED = 2505
DATASETS = Path(__file__).resolve().parent.parent
TARGET = DATASETS / "contoh_ekspor_instansi.csv"
COLUMNS = ["Tanggal", "Nama Akun", "Isi Komentar", "Jumlah Suka"]
START, END = date(2025, 7, 1), date(2025, 9, 30)
METADATA = [
    "Diekspor dari: Dasbor Media Sosial Pemkab Paser (Instagram dan Facebook) - DATA CONTOH FIKTIF",
    "Periode: 01/07/2025 - 30/09/2025",
]
EMPTY_COMMENTS = 7  # stickers and GIFs: the text field is empty
EMPTY_ROWS = 3  # rows of separators only, as some tools write between pages

#: (first day, last day, share) of each window a theme's comments fall in.
WINDOWS = {
    "jalan": [(START, END, 1.0)],
    "banjir": [(date(2025, 8, 3), date(2025, 8, 20), 0.8), (START, END, 0.2)],
    "air": [(date(2025, 9, 1), date(2025, 9, 20), 0.75), (START, END, 0.25)],
    "adminduk": [(date(2025, 9, 8), date(2025, 9, 26), 0.5), (START, END, 0.5)],
    "bansos": [(START, END, 1.0)],
    "kesehatan": [(START, END, 1.0)],
    "acara": [(date(2025, 7, 10), date(2025, 7, 20), 0.5), (date(2025, 8, 14), date(2025, 8, 19),
                                                             0.3), (START, END, 0.2)],
    "pendidikan": [(date(2025, 7, 1), date(2025, 7, 25), 0.6), (START, END, 0.4)],
    "umum": [(START, END, 1.0)],
}

COMMENTS = {
    "jalan": [
        ("neg", "Jalan poros Long Ikis - Long Kali makin parah pak, lubangnya sudah kaya kolam ikan 😡"),
        ("neg", "kapan jalan di desa kami diperbaiki?? tiap hujan motor warga pada jatuh"),
        ("neg", "Tolong pak bupati lihat sendiri jalan ke Muara Komam, truk sawit lewat terus jalannya hancur"),
        ("neg", "jalan rusak kada diurus2, pajak jalan bayar terus 😤"),
        ("neg", "Sudah 3 tahun jalan di RT 05 begini terus, janji perbaikan cuma janji"),
        ("neg", "malam hari gelap gulita, lampu jalan mati, lubang dimana2. bahaya banget min"),
        ("neg", "anak sekolah tiap pagi lewat jalan becek gini, sepatu kotor semua. mohon perhatiannya"),
        ("neg", "Jembatan kayu di Batu Engau sudah miring, jangan tunggu ada korban baru diperbaiki"),
        ("neg", "postingannya bagus2 tapi jalan di kampung kami masih tanah merah 🙄"),
        ("neg", "Ambulans aja susah lewat jalan ke Muara Samu, gimana kalau ada yang darurat"),
        ("neg", "debu jalan pas kemarau parah, warga sepanjang jalan poros batuk2 semua"),
        ("neg", "Tambal sulam terus, seminggu kemudian lubang lagi. kualitasnya gimana itu"),
        ("neg", "Hebat, jalan rusak sudah jadi tempat wisata kolam renang gratis 👏"),
        ("neg", "truk over tonase dibiarkan lewat, ya wajar jalan cepat hancur. mana pengawasannya"),
        ("neg", "jalan ke sentra sawit licin kaya sabun kalau hujan, hasil panen susah diangkut"),
        ("neg", "Lubang di tikungan dekat pasar sudah makan korban 2 motor minggu ini"),
        ("pos", "Alhamdulillah jalan di Kuaro sudah mulus, terima kasih Dinas PU 🙏"),
        ("pos", "jalan ke Pasir Belengkong sudah diaspal, perjalanan jadi cepat. mantap pemkab"),
        ("pos", "Terima kasih sudah perbaiki jembatan di desa kami, anak2 bisa sekolah lagi dengan aman"),
        ("pos", "Semenisasi jalan lingkungan di Tanjung Harapan rapi, semoga awet"),
        ("pos", "lampu jalan di jalan poros sudah nyala semua, terima kasih sudah cepat ditanggapi"),
        ("net", "Perbaikan jalan poros Long Ikis jadwalnya kapan min? biar kami bisa atur rute"),
        ("net", "Min, kalau mau lapor jalan rusak ke mana ya? ada nomor aduannya kah"),
        ("net", "Jalan Batu Sopang - Muara Komam itu jalan kabupaten atau provinsi ya?"),
        ("net", "info jalan alternatif selama perbaikan jembatan dong min"),
    ],
    "banjir": [
        ("neg", "Banjir lagi di Long Ikis, air masuk rumah sampai selutut 😭 mohon bantuan"),
        ("neg", "Desa kami terendam sudah 3 hari, belum ada bantuan datang sama sekali"),
        ("neg", "tiap tahun banjir, tiap tahun cuma dikasih mie instan. solusi jangka panjangnya mana"),
        ("neg", "Drainase di depan pasar tersumbat, hujan sejam langsung banjir"),
        ("neg", "Sungai Kandilo meluap, sawah kami gagal panen semua. Pemkab tolong turun"),
        ("neg", "warga Kuaro mengungsi di masjid, kekurangan selimut dan air bersih"),
        ("neg", "posko banjir di kantor desa kosong, petugas entah kemana"),
        ("neg", "Banjir gara2 hutan dibabat buat kebun, pemerintah diam saja"),
        ("neg", "air naik lagi malam ini, listrik padam, anak2 ketakutan. tolong kirim perahu"),
        ("neg", "Rumah nenek saya di Long Kali kebanjiran, atas nama Ibu Mariyam, sudah lapor tapi belum didata"),
        ("neg", "Min keluarga saya masih terjebak di rumah, tolong hubungi 0813-4721-9054 (anak saya) 🙏🙏"),
        ("neg", "bantuan cuma sampai desa yang dekat jalan besar, kami yang di hulu dilupakan"),
        ("neg", "sudah surut tapi lumpurnya setinggi mata kaki, sumur warga tercemar semua"),
        ("neg", "anak2 mulai gatal2 dan diare di pengungsian, mohon dikirim tenaga kesehatan"),
        ("pos", "Terima kasih BPBD Paser sudah evakuasi warga tengah malam, kalian luar biasa 🙏"),
        ("pos", "Salut sama relawan dan tim SAR, gerak cepat bantu warga Long Ikis"),
        ("pos", "Bantuan logistik sudah sampai di desa kami, terima kasih bapak2 petugas"),
        ("pos", "dapur umum di Kuaro mantap, makanannya cukup dan hangat. terima kasih ibu2 PKK"),
        ("pos", "Pak camat turun langsung bantu angkat barang warga, salut 👍"),
        ("net", "Posko pengungsian di mana saja min? keluarga saya mau ke sana"),
        ("net", "Info ketinggian air di Long Ikis hari ini berapa ya?"),
        ("net", "Yang mau menyumbang pakaian layak pakai bisa antar ke mana min"),
        ("net", "Apakah sekolah diliburkan besok karena banjir?"),
        ("net", "Mohon info nomor darurat BPBD, mau lapor warga yang belum dievakuasi"),
        ("net", "Jalur Long Ikis - Kuaro sudah bisa dilewati mobil kecil belum?"),
        ("neg", "banjir di Long Ikis belum surut juga, sudah hari keempat"),
        ("neg", "Tolong data korban banjir di RT 03, kami belum dapat bantuan apa pun"),
        ("neg", "Kapan normalisasi sungai dikerjakan? tiap hujan deras pasti banjir"),
        ("neg", "jalan ke Kuaro putus karena banjir, anak2 tidak bisa sekolah"),
        ("neg", "Korban banjir butuh obat2an dan popok bayi, mohon dikirim ke posko"),
        ("neg", "Banjir kiriman dari hulu lagi, sawah dan kebun warga habis terendam"),
        ("pos", "Terima kasih bantuan untuk korban banjir sudah sampai, semoga berkah"),
        ("net", "Info posko banjir terdekat dari Long Kali di mana ya?"),
    ],
    "air": [
        ("neg", "Air PDAM keruh lagi kaya air kopi susu, gimana mau masak 😩"),
        ("neg", "sudah 4 hari air mati di Tanah Grogot, tagihan tetap jalan"),
        ("neg", "PDAM kalau gangguan tolong diumumkan dulu, jangan tiba2 mati"),
        ("neg", "airnya bau kaporit banget, anak saya gatal2 habis mandi"),
        ("neg", "Air cuma ngalir jam 2 pagi, warga harus begadang nampung air"),
        ("neg", "Kami beli air tandon 150 ribu seminggu karena PDAM mati terus. berat pak"),
        ("neg", "Wah keren, air PDAM sekarang ada rasa tanahnya, inovasi 👍"),
        ("neg", "pipa bocor di depan gang sudah seminggu dilaporkan, airnya terbuang percuma"),
        ("neg", "musim kemarau begini air sungai surut, PDAM tidak ada rencana cadangan kah"),
        ("pos", "Air di perumahan kami sudah lancar lagi, terima kasih PDAM gerak cepat"),
        ("pos", "Mobil tangki air bersih sudah datang ke RT kami, terima kasih Pemkab"),
        ("pos", "petugas PDAM kerja sampai malam perbaiki pipa, terima kasih pak 🙏"),
        ("net", "Kapan air normal kembali min? ada jadwal distribusinya?"),
        ("net", "Pasang sambungan baru PDAM syaratnya apa saja ya?"),
        ("net", "Mobil tangki air keliling jadwalnya ke kelurahan kami hari apa?"),
        ("net", "Gangguan air ini sampai kapan kira2 min?"),
    ],
    "adminduk": [
        ("neg", "Sudah 2 bulan rekam KTP-el belum jadi juga, katanya blanko habis terus"),
        ("neg", "Antri di Disdukcapil dari jam 7 pagi, jam 12 baru dipanggil 😤"),
        ("neg", "NIK saya 6401054507920003 kok tidak terdaftar waktu daftar BPJS, tolong dicek min"),
        ("neg", "Akta kelahiran anak saya salah nama, bolak balik 3 kali belum beres"),
        ("neg", "online katanya bisa, pas dicoba aplikasinya error terus"),
        ("neg", "blanko KTP habis lagi?? terus kami pakai apa buat urus bank"),
        ("neg", "Disuruh fotokopi berkas berkali2, padahal katanya sudah digital 🙄"),
        ("pos", "Pelayanan jemput bola Disdukcapil ke desa kami sangat membantu lansia, terima kasih 🙏"),
        ("pos", "Urus KK cuma 1 hari jadi, petugasnya ramah. mantap Disdukcapil Paser"),
        ("pos", "Alhamdulillah KTP-el saya sudah jadi, cepat sekali sekarang"),
        ("pos", "perekaman KTP di sekolah anak saya lancar, terima kasih petugas"),
        ("net", "Min, syarat urus KTP yang hilang apa saja ya?"),
        ("net", "Disdukcapil buka hari Sabtu kah?"),
        ("net", "Mau tanya, pindah domisili dari Balikpapan ke Paser prosedurnya gimana?"),
        ("net", "NIK anak saya 6401061203150002 belum muncul di KK baru, harus ke mana ya min?"),
        ("net", "Apakah perekaman KTP-el untuk pemilih pemula ada jadwal di sekolah?"),
        ("net", "Kalau blanko habis, bisa pakai surat keterangan dulu kah?"),
    ],
    "bansos": [
        ("neg", "Bansos salah sasaran, yang punya mobil dapat, janda tua di sebelah rumah tidak dapat"),
        ("neg", "Sudah daftar DTKS dari tahun lalu, sampai sekarang belum pernah dapat apa2"),
        ("neg", "pembagian BLT di kantor desa desak2an, lansia sampai pingsan. tolong diatur lebih baik"),
        ("neg", "kenapa nama saya dicoret dari penerima, padahal kondisi tidak berubah"),
        ("neg", "bantuan modal UMKM belum masuk ke rekening BRI 305201009876543 padahal sudah diumumkan"),
        ("pos", "Terima kasih bantuan sembakonya sudah diterima, sangat membantu keluarga kami"),
        ("pos", "BLT tahun ini cair tepat waktu, terima kasih Dinas Sosial"),
        ("net", "Cara cek penerima bansos gimana min? pakai NIK kah?"),
        ("net", "Pencairan BLT tahap 3 kapan ya?"),
        ("net", "Saya mau daftar bantuan untuk ibu saya, bisa hubungi saya di 0852 4687 1130 min"),
        ("neg", "Bapak Supriadi di RT 07 belum terdata padahal sudah lumpuh, mohon petugas datang"),
        ("net", "Syarat daftar bantuan lansia apa saja ya min?"),
    ],
    "kesehatan": [
        ("neg", "Puskesmas tutup jam 12 siang, padahal jadwalnya sampai jam 2. kami datang jauh2 sia2"),
        ("neg", "Antri di RSUD dari subuh, dokternya datang jam 10 🙄"),
        ("neg", "Obat di puskesmas sering kosong, disuruh beli di apotek luar"),
        ("neg", "Ambulans desa rusak sudah sebulan, warga sakit harus pakai mobil bak"),
        ("neg", "Min, hasil lab ibu saya belum dikirim, tolong kirim ke rina.hapsari81@gmail.com ya, sudah seminggu"),
        ("pos", "Posyandu di desa kami rutin dan bidannya ramah, terima kasih 🙏"),
        ("pos", "Program cek kesehatan gratis sangat membantu orang tua kami"),
        ("pos", "Perawat di puskesmas Long Ikis sabar sekali melayani, semoga sehat selalu"),
        ("pos", "fogging di kampung kami cepat setelah ada kasus DBD, terima kasih Dinkes"),
        ("net", "Jadwal imunisasi anak bulan depan tanggal berapa min?"),
        ("net", "Cek kesehatan gratis bisa di puskesmas mana saja?"),
        ("net", "BPJS saya nonaktif, urusnya ke mana ya?"),
    ],
    "acara": [
        ("pos", "Festival budaya tahun ini meriah sekali, bangga jadi warga Paser ❤️"),
        ("pos", "Tari tradisionalnya keren, anak2 sanggar luar biasa 👏👏"),
        ("pos", "Mantap pemkab, expo UMKM nya rame, dagangan saya laku banyak"),
        ("pos", "Lomba perahu di Sungai Kandilo seru banget, tahun depan adakan lagi ya"),
        ("pos", "Bangga sama atlet Paser yang juara di Porprov 🥇"),
        ("pos", "Keren videonya min, pemandangan Paser memang cantik"),
        ("pos", "Semoga Paser makin maju dan sejahtera 🙏"),
        ("pos", "Terima kasih Pemkab sudah mengadakan pasar murah, harga sembako jadi terjangkau"),
        ("pos", "upacara 17an di lapangan khidmat sekali, paskibranya kompak 🇮🇩"),
        ("pos", "lomba 17an antar RT seru, warga jadi akrab lagi"),
        ("neg", "Festival terus, jalan rusak tidak diurus. prioritasnya di mana"),
        ("neg", "Acaranya bagus tapi parkir semrawut, macet sampai 2 jam"),
        ("neg", "Hiburan rakyat sampai tengah malam, sound nya bikin bayi tidak bisa tidur"),
        ("net", "Acara puncaknya tanggal berapa min?"),
        ("net", "Pendaftaran stand UMKM masih buka kah?"),
        ("net", "Live streamingnya di akun mana min?"),
        ("net", "Karnaval 17 Agustus rutenya lewat mana saja?"),
    ],
    "pendidikan": [
        ("neg", "PPDB zonasi bikin bingung, rumah dekat sekolah tapi anak saya tidak diterima"),
        ("neg", "Guru honorer gajinya telat 3 bulan, mohon diperhatikan"),
        ("neg", "Atap kelas SD di kampung kami bocor, anak2 belajar sambil kehujanan"),
        ("pos", "Sekolah anak saya dapat bangunan kelas baru, terima kasih Pemkab"),
        ("pos", "Program seragam gratis sangat membantu, terima kasih Pak Bupati"),
        ("net", "Pengumuman PPDB SMP kapan min?"),
        ("net", "Ada info lowongan PPPK tahun ini?"),
        ("net", "Beasiswa untuk mahasiswa Paser dibuka kapan?"),
    ],
    "umum": [
        ("pos", "mantap 👍"),
        ("net", "🙏🙏🙏"),
        ("pos", "👍👍"),
        ("net", "up min"),
        ("net", "Hadir 🙋"),
        ("net", "@dayang.grogot iya betul, di tempat kami juga begitu"),
        ("net", "@utuh_longkali sabar ja, sudah dilaporkan kok"),
        ("pos", "@mama.fira88 makasih infonya kak 🙏"),
        ("neg", "Min, balas DM dong, sudah seminggu tidak dibalas"),
        ("neg", "Admin ini kerjanya cuma posting foto pejabat saja"),
        ("net", "JUAL OBAT HERBAL ASAM URAT AMPUH, order WA 0821-5538-7016 🔥🔥"),
        ("net", "JUAL OBAT HERBAL ASAM URAT AMPUH, order WA 0821-5538-7016 🔥🔥"),
        ("net", "Pinjaman dana cepat tanpa jaminan, cair 1 jam, hubungi 0877 6301 2259"),
        ("net", "Cek bio untuk promo pulsa murah!!! 💯"),
        ("pos", "Kerja bagus, lanjutkan pak 👍"),
        ("neg", "lambat sekali respon pemkab, warga sudah capek mengeluh"),
        ("neg", "Kenapa komentar saya dihapus min? kritik itu wajar"),
        ("neg", "pian kada mendengar keluhan warga kah?"),
        ("pos", "Bagus banar programnya, mudahan lanjut terus"),
        ("pos", "Terima kasih atas informasinya min"),
        ("net", "Ini foto di mana min?"),
        ("neg", "Sinyal internet di desa kami hilang terus, mau lapor online pun susah"),
        ("neg", "Listrik padam tiap sore, barang elektronik warga banyak yang rusak"),
        ("net", "Kantor bupati buka layanan pengaduan langsung hari apa saja?"),
    ],
}

HANDLE_FIRST = (
    "warga", "urang", "bubuhan", "anak", "mama", "abah", "kaka", "dodi", "sri", "ayu", "rini",
    "putra", "dayang", "utuh", "galuh", "nanang", "ica", "fajar", "wulan", "bayu", "yuni", "rahmat",
)
HANDLE_LAST = (
    "_paser", ".grogot", "_longikis", "88", "_kuaro", "99", ".official", "_kandilo", "123",
    ".batusopang", "_07", ".longkali", "_real", "2001", ".muarakomam",
)


def _window_date(rng: random.Random, theme: str) -> date:
    windows = WINDOWS[theme]
    first, last, _ = rng.choices(windows, weights=[share for *_, share in windows])[0]
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _handle(rng: random.Random) -> str:
    return rng.choice(HANDLE_FIRST) + rng.choice(HANDLE_LAST)


def _likes(rng: random.Random, label: str) -> int:
    base = {"neg": 6, "pos": 4, "net": 1}[label]
    return int(rng.expovariate(1 / base)) if rng.random() < 0.8 else 0


def rows(seed: int = SEED) -> list[tuple[date, str, str, str]]:
    """All export rows (date, handle, text, likes) before ordering, with their label dropped."""
    rng = random.Random(seed)
    result = []
    for theme, comments in COMMENTS.items():
        for label, text in comments:
            result.append((_window_date(rng, theme), _handle(rng), text, str(_likes(rng, label))))
    for _ in range(EMPTY_COMMENTS):
        result.append((_window_date(rng, "umum"), _handle(rng), "", str(rng.randrange(3))))
    return result


def build(seed: int = SEED) -> bytes:
    """The export file as bytes: BOM, metadata lines, header, rows newest first."""
    rng = random.Random(seed + 1)
    ordered = sorted(rows(seed), key=lambda row: (row[0], row[1], row[2]), reverse=True)
    lines = [[moment.strftime("%d/%m/%Y"), handle, text, likes]
             for moment, handle, text, likes in ordered]
    for position in sorted(rng.sample(range(5, len(lines)), EMPTY_ROWS), reverse=True):
        lines.insert(position, ["", "", "", ""])
    buffer = io.StringIO()
    buffer.write("\r\n".join(METADATA) + "\r\n")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(lines)
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def labelled(seed: int = SEED) -> list[tuple[str, str]]:
    """(text, label) for every non-empty comment, labels spelled as in komentar_publik."""
    names = {"pos": "positif", "net": "netral", "neg": "negatif"}
    return [(text, names[label]) for comments in COMMENTS.values() for label, text in comments]


if __name__ == "__main__":
    TARGET.write_bytes(build())
    print(f"{TARGET.name}: {sum(len(c) for c in COMMENTS.values())} komentar ditulis")
