"""Build datasets/data_pribadi_sintetis.csv: humas texts with fictitious personal data.

Module 04 (*Etika & AI yang bertanggung jawab*) teaches participants to mask personal data
before quoting public messages (UU No. 27 Tahun 2022). This dataset is the test set for
``humas_ai.ethics.find_pii``: every text carries gold annotations of the personal data in it.

How it works:

* ``FRAMES`` below holds hand-written sentence frames, one per text shape (complaint, LAPOR!
  report, form excerpt, WhatsApp chat, DM reply, meeting notes, press-release draft).
  A frame contains slots: ``{NAMA_P}`` (a personal-data item, upper case) and ``{rp:besar}``
  (a hard negative such as a budget figure, lower case). ``[[Pak Gubernur]]`` marks literal
  text that looks like personal data but is not (a title without a name); ``[[uu|...]]``
  marks a literal regulation number. Both are counted as hard negatives, never annotated.
* Each slot is filled with a generated fictitious value. Spans are recorded while the text
  is assembled, never by searching the finished text.
* One person per slot index (``{NAMA_P#2}``, ``{NIK#2}``) keeps a text consistent: the NIK
  of a woman has her birth day plus 40, the e-mail address is made from her name.

Everything is seeded (``SEED``), so running the script twice gives byte-identical output::

    python datasets/build/data_pribadi_sintetis.py
"""

import argparse
import csv
import datetime
import json
import random
import re
from collections import Counter
from pathlib import Path

SEED = 2027
N_TEXTS = 480
BASE_REPEATS = 2
DATASETS = Path(__file__).resolve().parent.parent
TARGET = DATASETS / "data_pribadi_sintetis.csv"
COLUMNS = ["id", "jenis_teks", "teks", "anotasi"]
TEXT_KINDS = ("pengaduan", "lapor", "formulir", "chat", "dm", "notulen", "draf_rilis")
PII_KINDS = ("NIK", "KK", "NIP", "TELEPON", "EMAIL", "NPWP", "PLAT", "REKENING", "ALAMAT", "NAMA")
MINIMUM_ITEMS = {
    "NIK": 60, "TELEPON": 60, "NAMA": 60, "EMAIL": 40, "NPWP": 30, "PLAT": 40, "REKENING": 40,
    "KK": 12, "NIP": 15, "ALAMAT": 25,
}
MINIMUM_TEXTS = 320
MINIMUM_EMPTY_TEXTS = 40
MINIMUM_HARD_NEGATIVES = 150

# ---------------------------------------------------------------------------
# NIK structure
# ---------------------------------------------------------------------------

#: Province codes (Kemendagri) that begin a real NIK, including the Papua provinces of 2022.
PROVINCE_CODES = frozenset(
    (11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
     61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96)
)


def _is_calendar_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def is_valid_nik(s: str) -> bool:
    """Return True when ``s`` has the structure of a NIK.

    ``s`` is 16 ASCII digits, optionally grouped with spaces or dots
    (``6472 0512 8900 0123``). Checked: the province code (first two digits) is a real
    Indonesian province code; digits 7–12 are a birth date DDMMYY, where women have
    DD + 40, that exists in the 1900s or the 2000s; the serial (last four digits) is not
    ``0000``. The regency and district digits are not checked.
    """
    if not isinstance(s, str):
        return False
    digits = s.strip().replace(" ", "").replace(".", "")
    if len(digits) != 16 or not (digits.isascii() and digits.isdigit()):
        return False
    if int(digits[:2]) not in PROVINCE_CODES:
        return False
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if day > 40:
        day -= 40
    if not any(_is_calendar_date(century + year, month, day) for century in (1900, 2000)):
        return False
    return digits[12:] != "0000"


# ---------------------------------------------------------------------------
# Places (East Kalimantan) and other lookup tables
# ---------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    """Split a whitespace-separated word list (keeps long lists readable)."""
    return tuple(text.split())


class Place:
    """A regency or city of East Kalimantan with what the texts need from it."""

    __slots__ = ("name", "code", "area_code", "postal", "is_city", "districts", "villages")

    def __init__(self, name, code, area_code, postal, is_city, districts, villages):
        self.name = name
        self.code = code
        self.area_code = area_code
        self.postal = postal
        self.is_city = is_city
        self.districts = districts
        self.villages = villages


PLACES = (
    Place("Samarinda", "6472", "0541", "751", True,
          ("Samarinda Ulu", "Sungai Kunjang", "Sungai Pinang", "Palaran", "Sambutan"),
          ("Sidodadi", "Air Putih", "Sempaja Selatan", "Lok Bahu", "Temindung Permai")),
    Place("Balikpapan", "6471", "0542", "761", True,
          ("Balikpapan Utara", "Balikpapan Selatan", "Balikpapan Timur", "Balikpapan Tengah"),
          ("Klandasan Ilir", "Sepinggan", "Gunung Bahagia", "Karang Joang", "Batu Ampar")),
    Place("Bontang", "6474", "0548", "753", True,
          ("Bontang Utara", "Bontang Selatan", "Bontang Barat"),
          ("Api-Api", "Loktuan", "Tanjung Laut", "Berbas Tengah")),
    Place("Kutai Kartanegara", "6403", "0541", "755", False,
          ("Tenggarong", "Loa Janan", "Muara Badak", "Anggana", "Sangasanga"),
          ("Timbau", "Loa Ipuh", "Melayu", "Sukarame")),
    Place("Kutai Timur", "6404", "0549", "756", False,
          ("Sangatta Utara", "Sangatta Selatan", "Bengalon"),
          ("Swarga Bara", "Teluk Lingga", "Singa Gembara")),
    Place("Berau", "6405", "0554", "773", False,
          ("Tanjung Redeb", "Gunung Tabur", "Sambaliung"),
          ("Gayam", "Bugis", "Karang Ambun")),
    Place("Paser", "6401", "0543", "762", False,
          ("Tanah Grogot", "Long Ikis", "Kuaro"),
          ("Tanah Grogot", "Senaken", "Tapis")),
    Place("Penajam Paser Utara", "6409", "0542", "761", False,
          ("Penajam", "Sepaku", "Babulu"),
          ("Nipah-Nipah", "Petung", "Sungai Parit")),
    Place("Kutai Barat", "6402", "0545", "757", False,
          ("Barong Tongkok", "Melak", "Sekolaq Darat"),
          ("Barong Tongkok", "Simpang Raya", "Melak Ulu")),
    Place("Mahakam Ulu", "6411", "0545", "757", False,
          ("Long Bagun", "Long Pahangai"),
          ("Ujoh Bilang", "Long Bagun Ulu")),
)
PLACE_WEIGHTS = (19, 16, 5, 17, 10, 7, 7, 5, 4, 1)
KALTIM_CODES = tuple(place.code for place in PLACES)
#: Regencies/cities outside East Kalimantan: Banjarmasin, Banjarbaru, Surabaya, Makassar,
#: Kota Bandung, Malinau.
OTHER_REGENCY_CODES = ("6371", "6372", "3578", "7371", "3273", "6501")

MALE_FIRST = _words(
    "Ahmad Muhammad Budi Rahmat Agus Andi Dedi Eko Fajar Hendra Irfan Joko Yusuf Rizky Arif "
    "Bayu Dimas Fauzan Hasan Ilham Rudi Syahrul Taufik Wahyu Yudi Zainal Abdul Akbar Darmawan "
    "Gilang Hamdan Iwan Khairul Lukman Mulyadi Nurdin Rahman Samsul Slamet Suparno Sugianto "
    "Hairil Jumadi Ramli Saiful Anwar Herman Firman Rusdi Aldi Masrani Mahdi Rahmadi"
)
FEMALE_FIRST = _words(
    "Siti Nur Dewi Sri Rina Ratna Yuliana Fitri Aisyah Ayu Dian Endang Eka Hana Indah Lestari "
    "Maya Mega Nadia Novi Putri Rini Sari Tuti Wulan Yanti Zahra Anisa Dina Erna Fatimah "
    "Halimah Juwita Lina Marlina Nurul Rosmini Salmah Suriani Hasnah Norma Mariani Wahyuni "
    "Rahmah Norhayati Jamilah Isnaini Syahriani Fitriani"
)
MALE_LAST = _words(
    "Pratama Saputra Hidayat Setiawan Kurniawan Santoso Wijaya Nugroho Hakim Ramadhan "
    "Firmansyah Gunawan Susanto Syahputra Maulana Aziz Hamzah Rasyid Effendi Siregar Sinaga "
    "Tampubolon Fadillah Hermawan Prasetyo Purnomo Wibowo Rahman Noor Syahrani"
)
FEMALE_LAST = _words(
    "Rahmawati Lestari Wulandari Handayani Puspita Anggraini Safitri Permatasari Maharani "
    "Kusuma Novitasari Utami Susanti Pertiwi Amalia Rahayu Fitriani Oktaviani Yuliani "
    "Aulia Ramadhani Noor Hasanah"
)

MOBILE_PREFIXES = _words(
    "0811 0812 0813 0821 0822 0823 0851 0852 0853 0856 0857 0858 0859 0877 0878 0817 0818 "
    "0819 0831 0832 0838 0895 0896 0897 0898 0899 0881 0882 0887 0888"
)
EMAIL_DOMAINS = ("gmail.com",) * 12 + (
    "yahoo.com", "yahoo.co.id", "yahoo.co.id", "outlook.com", "hotmail.com", "ymail.com",
)
EMAIL_TAGS = ("kaltim", "smd", "bpn", "etam", "borneo", "official")
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
#: Plate suffixes that read as words in a chat ("kt 1234 di"); never generated.
PLATE_SUFFIX_STOP = frozenset(
    _words("DI KE YA SI SE DAN ADA APA ITU INI AJA GA YG SY NO RT RW KM KK KG HA JT RB TH KAB DR")
)
OTHER_PLATE_REGIONS = ("DA", "DA", "B", "DD", "L", "KU")
BANKS = {
    "bri": ("BRI", "Bank BRI", "BRI"),
    "bni": ("BNI", "Bank BNI"),
    "mandiri": ("Mandiri", "Bank Mandiri"),
    "bsi": ("BSI", "Bank Syariah Indonesia"),
    "bca": ("BCA", "Bank BCA"),
    "kaltimtara": ("Bankaltimtara", "Bank Kaltimtara", "BPD Kaltimtara"),
}
BANK_KEYS = ("bri", "bri", "bri", "bni", "mandiri", "mandiri", "bsi", "bca", "kaltimtara",
             "kaltimtara")
STREETS = (
    "Jl. Pahlawan", "Jl. Cendana", "Jl. Mulawarman", "Jl. Kenanga", "Jl. Pramuka",
    "Jl. Merdeka", "Jl. Flamboyan", "Jl. Perjuangan", "Jl. Gerilya", "Jl. Ahmad Yani",
    "Jl. Juanda", "Gang Mawar", "Jl. Poros Desa", "Jl. Teratai", "Jl. Padat Karya",
    "Jl. Delima", "Jl. Sentosa", "Gang Damai",
)
#: Housing estates: a home address there reads "Perum … Blok C No. 9".
HOUSING = ("Perum Griya Mahakam", "Perum Bumi Sempaja", "Komp. Pemda", "Perumahan Korpri",
           "Perum Pesona Bukit", "Komp. Citra Niaga Permai")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
LOCAL_RULES = (
    "Perda Nomor 5 Tahun 2021", "Pergub No. 49/2020", "Perwali Nomor 12 Tahun 2023",
    "Perbup No. 8 Tahun 2022", "Pergub Nomor 17 Tahun 2024", "Perda No. 3 Tahun 2019",
    "Perda Nomor 2 Tahun 2023", "Pergub No. 31/2022",
)
TITLES_WITHOUT_NAME = (
    "Pak Gubernur", "Bapak Wali Kota", "Ibu Kepala Dinas", "Bapak Camat", "Pak Lurah",
    "Bu Lurah", "Pak Kadis PU", "Ibu Sekda", "Pak RT", "Bu Kades", "Bapak Kapolsek",
    "Ibu Kepala Bidang IKP", "Pak Kabid", "Bapak Bupati", "Ibu Camat", "Pak Sekda",
)
EMERGENCY = ("112", "112", "110", "113", "119", "SAPA 129")
COUNT_UNITS = {
    "kk": ("KK", 40, 2500), "jiwa": ("jiwa", 150, 9000), "orang": ("orang", 25, 1500),
    "siswa": ("siswa", 80, 1800), "unit": ("unit kendaraan", 12, 450), "aduan": ("aduan", 90, 3200),
    "media": ("media", 15, 60), "kelompok": ("orang", 12, 60), "titik": ("titik", 4, 25),
    "kantong": ("kantong darah", 60, 400),
    "mahasiswa": ("mahasiswa", 300, 5200), "rumah": ("rumah", 20, 1300),
}

# ---------------------------------------------------------------------------
# Hand-written frames
# ---------------------------------------------------------------------------
# Each frame starts with "@<jenis_teks>" on its own line; its lines are joined with spaces
# and "\n" marks a line break in the text. Slots, upper case (annotated):
#   {NAMA} {NAMA_L} {NAMA_P}  mods: first two lower lowerfirst upper (anak: a child)
#   {NIK} mods: plain spasi titik  | {HP} mods: lokal intl chat | {TELRUMAH}
#   {EMAIL} | {NPWP} mods: fmt plain | {PLAT} mods: lower compact luar
#   {BANK} (bank name, not annotated) then {REK} (its account number); "#2" = second person
#   {KK} (family card, mods as NIK) | {NIP} mods: plain spasi | {ALAMAT} (street + house number
#   + RT/RW; a home, never an office)
# Slots, lower case (hard negatives, never annotated):
#   {rp} mods kecil besar | {tgl} {tgltek} {tahun} {jam} {aturan} {darurat} {callcenter}
#   {panjang} {luas} {jumlah:<unit>} {persen} {rt} {norumah} {kodepos} {nosurat} {tiket}
#   {umur} {jabatan} {kepala}
# Fillers (neither): {kota} {kec} {kel} {jalan}

FRAMES = r"""
@pengaduan
Dengan hormat, perkenalkan nama saya {NAMA}, warga {rt}, Kelurahan {kel}, Kecamatan {kec},
{kota}. Saya ingin melaporkan saluran drainase di depan rumah yang tersumbat sejak {tgl}
sehingga air meluap setiap kali hujan deras. Mohon tindak lanjut dari dinas terkait. Saya
dapat dihubungi di nomor {HP}. Terima kasih.

@pengaduan
Kepada Yth. [[Bapak Kepala Dinas]] Pekerjaan Umum di tempat. Kami warga {rt} menyampaikan
keberatan atas proyek pelebaran jalan sepanjang {panjang} yang belum selesai, padahal
anggaran {rp:besar} sudah dialokasikan sejak {tahun}. Sebagai narahubung, warga menunjuk
Bapak {NAMA_L} dengan nomor HP {HP}.

@pengaduan
Dengan hormat, saya, [[cue|atas nama keluarga]] almarhum Bapak {NAMA_L}, mengajukan pengaduan
terkait santunan kematian yang belum dicairkan. Berkas sudah kami serahkan pada {tgl} dengan
NIK almarhum {NIK}. Mohon kabar melalui email {EMAIL#2}.

@pengaduan
Yth. Disdukcapil {kota}. KTP-el saya atas nama {NAMA} dengan NIK {NIK} sampai hari ini belum
bisa dicetak, padahal perekaman sudah dilakukan pada {tgl}. Petugas loket hanya menjawab
blanko sedang kosong. Mohon kejelasan waktunya. Balasan bisa dikirim ke {EMAIL}.

@pengaduan
Dengan hormat, mobil saya bernomor polisi {PLAT} diderek petugas pada {tgl} sekitar {jam}
di {jalan}, padahal di lokasi tidak ada rambu larangan parkir. Mohon penjelasan dari
[[Bapak/Ibu]] petugas. Nama saya {NAMA}, nomor HP {HP}.

@pengaduan
Yth. Dinas Sosial Provinsi Kalimantan Timur. Ibu saya, Ibu {NAMA_P}, NIK {NIK}, tercatat
sebagai penerima bantuan sosial tahun {tahun}, tetapi bantuan tahap kedua sebesar {rp:kecil}
belum masuk ke rekening {BANK} {REK}. Mohon dicek. Terima kasih.

@pengaduan
Kami dari CV pelaksana rehabilitasi gedung sekolah mengadukan keterlambatan pembayaran termin
kedua senilai {rp:besar} sesuai kontrak Nomor: {nosurat}. Penanggung jawab perusahaan adalah
Sdr. {NAMA_L}, NPWP {NPWP}, rekening pembayaran {BANK} {REK}. Mohon perhatian
[[Ibu Kepala Dinas]].

@pengaduan
Dengan hormat, kami warga {rt} Kelurahan {kel} mengeluhkan suara bising dari pekerjaan
pengecoran jalan yang berlangsung sampai {jam}. Banyak anak sekolah dan lansia yang
terganggu. Mohon jam kerja proyek diatur sesuai {aturan}.

@pengaduan
Lampu penerangan jalan umum di ruas {jalan} sepanjang kurang lebih {panjang} sudah padam sejak
{tgl}. Sudah kami sampaikan ke [[Pak RT]] dan [[Bapak Lurah]], tetapi sampai sekarang belum
ada perbaikan. Mohon segera ditangani karena rawan kecelakaan.

@pengaduan
Saya keberatan karena data pribadi saya atas nama {NAMA} dengan NIK {NIK} dan nomor HP {HP}
ikut tersebar di grup WhatsApp setelah saya mengisi formulir bantuan di kantor kelurahan.
Menurut [[uu|Pasal 65 ayat (2) UU No. 27 Tahun 2022]], data pribadi milik orang lain tidak
boleh diungkapkan secara melawan hukum. Mohon diusut.

@pengaduan
Dengan hormat, anak saya, Sdri. {NAMA_P#2}, mahasiswi penerima beasiswa daerah tahun {tahun},
sampai {tgl} belum menerima dana beasiswa semester ini. Nomor rekening {BANK#2} miliknya
{REK#2} sudah diverifikasi. Saya orang tuanya, Bapak {NAMA_L}, dapat dihubungi di {HP}.

@pengaduan
Yth. Bapenda Provinsi. Saya sudah membayar pajak kendaraan {PLAT} melalui aplikasi pada {tgl},
tetapi status di sistem masih tertulis belum lunas sehingga STNK tidak bisa disahkan. Bukti
transfer sudah saya kirim ke email layanan dari alamat {EMAIL}. Mohon dibantu.

@pengaduan
Dengan hormat, air di rumah kami sudah tiga hari tidak mengalir. Mohon petugas menghubungi
kami di telepon rumah {TELRUMAH} atau HP {HP}, pelanggan atas nama Ibu {NAMA_P}, alamat
{ALAMAT}, {kel}.

@pengaduan
Kami mempertanyakan penggunaan anggaran {rp:besar} untuk pembangunan pasar di Kecamatan {kec}.
Laporan di situs resmi menyebut progres fisik baru {persen}, sementara masa kontrak berakhir
pada {tgl}. Mohon {kepala} memberi penjelasan terbuka kepada masyarakat.

@pengaduan
Yth. {kepala}, banjir kembali merendam {jumlah:kk} di Kelurahan {kel} sejak {tgl}. Kami minta
normalisasi sungai yang dijanjikan pada {tahun} segera dikerjakan. Dana {rp:besar} itu untuk
apa kalau setiap tahun tetap banjir?

@pengaduan
Dengan hormat, honor saya sebagai tenaga kontrak untuk bulan lalu belum masuk ke rekening
{BANK} {REK} atas nama {NAMA}. Rekan kerja lain sudah menerima sejak {tgl}. Mohon bagian
keuangan mengecek.

@pengaduan
Dengan hormat, kami menyampaikan keluhan atas loket perizinan yang sudah tutup sebelum {jam},
padahal jadwal resmi sampai sore. Terima kasih atas perhatiannya.\nHormat saya,\nNama: {NAMA}\n
Email: {EMAIL}\nTelp: {HP}

@pengaduan
Saya melihat truk bertonase besar dengan pelat {PLAT} dan {PLAT} melintas di jalan kabupaten
yang hanya boleh dilalui kendaraan maksimal 8 ton. Akibatnya aspal sepanjang {panjang} retak.
Mohon Dinas Perhubungan menindak sesuai {aturan}.

@pengaduan
Dengan hormat, nama saya {NAMA_P}, pedagang di Pasar {kel}. Kami keberatan dengan kenaikan
retribusi kios menjadi {rp:kecil} per bulan tanpa sosialisasi. Surat pemberitahuan dari UPT
Pasar Nomor: {nosurat} baru kami terima kemarin. Mohon ditinjau ulang.

@pengaduan
Yth. Dinas Kesehatan. Puskesmas di Kecamatan {kec} hanya buka sampai {jam} dan antrean pagi
bisa mencapai {jumlah:kelompok}. Mohon penambahan tenaga medis sesuai janji tahun {tahun}. Kalau
ada keadaan gawat, kami harus menelepon {darurat} dan menunggu lama.

@pengaduan
Dengan hormat, perkenalkan nama saya {NAMA_L}, Ketua {rt} Kelurahan {kel}. Warga kami yang
terdampak longsor pada {tgl} berjumlah {jumlah:kk}. Kami mohon bantuan terpal dan sembako.
Data warga sudah saya kirim ke email posko dari alamat {EMAIL} dan bisa dikonfirmasi ke
nomor {HP}.

@pengaduan
Yth. Inspektorat. Saya ingin melaporkan dugaan pungutan liar dalam pengurusan izin usaha.
Oknum meminta {rp:kecil} dan menyuruh transfer ke rekening pribadi {BANK} {REK} a.n.
{NAMA}. Bukti percakapan ada pada saya. Identitas saya mohon dirahasiakan.

@pengaduan
Dengan hormat, nama saya {NAMA_P}, penyandang disabilitas netra. Situs layanan pengaduan
tidak bisa dibaca oleh aplikasi pembaca layar. Mohon diperbaiki agar sesuai {aturan}. Saya
bersedia membantu uji coba, silakan hubungi {HP} atau {EMAIL}.

@pengaduan
Kepada Yth. [[Ibu Kepala Dinas]] Pendidikan. Sekolah anak kami di {kota} masih kekurangan
ruang kelas sehingga siswa belajar bergantian pagi dan siang. Dari {jumlah:siswa}, hanya
sebagian yang mendapat meja. Kami berharap anggaran tahun {tahun} memprioritaskan hal ini.

@pengaduan
Dengan hormat, saya pemilik usaha katering yang sudah terdaftar sebagai penyedia. Tagihan
konsumsi rapat sebesar {rp:kecil} belum dibayar sejak {tgl}. Data penyedia: Nama: {NAMA},
NPWP {NPWP}, rekening {BANK} {REK}. Mohon segera diproses.

@pengaduan
Yth. [[Bapak/Ibu]] pengelola kanal aduan. Saya keberatan nomor NPWP saya {NPWP} tercantum
dalam dokumen lelang yang diunggah terbuka di situs pengadaan. Mohon dokumen itu diganti.
Atas perhatian [[Bapak/Ibu]], saya ucapkan terima kasih.\nSdr. {NAMA_L}, {EMAIL}

@pengaduan
Yth. Dinas Perdagangan. Toko kami di {jalan} {norumah} sudah dua minggu tidak mendapat pasokan
gas elpiji dari pangkalan resmi, padahal kuota tahun {tahun} belum habis. Mohon dicek. Bila
perlu konfirmasi, hubungi telepon toko {TELRUMAH}, atas nama Bapak {NAMA_L}.

@lapor
Judul: Jalan berlubang di {jalan}\nIsi laporan: Jalan di depan rumah {norumah} berlubang
cukup dalam di beberapa titik sepanjang {panjang}. Sudah ada pengendara motor yang jatuh
pada {tgl}. Mohon segera diperbaiki.\nLokasi: {kel}, {kec}, {kota} {kodepos}

@lapor
Judul: Bantuan PKH tidak cair\nIsi laporan: Saya atas nama {NAMA_P}, NIK {NIK}, terdaftar di
DTKS sejak {tahun}, tetapi bantuan tahap ini tidak cair. Nomor rekening {BANK} {REK} masih
aktif. Mohon ditindaklanjuti.

@lapor
Judul: Pungutan di jembatan timbang\nIsi laporan: Sopir truk {PLAT} dimintai uang
{rp:kecil} tanpa karcis oleh petugas pada {tgl} pukul {jam}. Saya pemilik kendaraan, nama
saya {NAMA_L}, HP {HP}.

@lapor
Nomor laporan: {tiket}\nStatus: Diteruskan ke instansi\nIsi laporan: Mohon pemeriksaan
kualitas air sungai di Kecamatan {kec} yang berubah warna setelah ada aktivitas tambang.
Ikan mati di sepanjang {panjang}. Warga terdampak sekitar {jumlah:kk}.

@lapor
Judul: Data ganda penerima bansos\nIsi laporan: Tetangga saya, Bapak {NAMA_L} (NIK {NIK}),
sudah meninggal dunia pada {tgl}, tetapi masih tercantum sebagai penerima bantuan, sementara
Ibu {NAMA_P#2} yang sangat membutuhkan tidak terdaftar. Mohon verifikasi ulang.

@lapor
Judul: Ijazah tertahan di sekolah\nIsi laporan: Ijazah anak saya, Sdr. {NAMA_L#2:anak},
lulusan tahun {tahun}, masih ditahan pihak sekolah karena tunggakan {rp:kecil}. Mohon dinas
pendidikan turun tangan.\nPelapor: Ibu {NAMA_P}, {HP}

@lapor
Judul: Permohonan informasi publik\nIsi laporan: Berdasarkan
[[uu|UU No. 14 Tahun 2008]] tentang Keterbukaan Informasi Publik, saya meminta salinan
dokumen kontrak pembangunan jembatan senilai {rp:besar}. Dokumen mohon dikirim ke {EMAIL}.
\nPemohon: Sdr. {NAMA_L}, NIK {NIK}

@lapor
Judul: Parkir liar di trotoar\nIsi laporan: Setiap malam mobil {PLAT} dan {PLAT} parkir di
trotoar {jalan} sehingga pejalan kaki terpaksa turun ke badan jalan. Kejadian ini sudah
berlangsung sejak {tgltek}.

@lapor
Nomor tiket: {tiket}\nKategori: Kesehatan\nIsi laporan: Ayah saya, Bapak {NAMA_L}, pasien
BPJS dengan NIK {NIK}, ditolak rawat inap di RSUD dengan alasan kamar penuh pada {tgl} pukul
{jam}. Mohon penjelasan. Kontak keluarga: {HP}.

@lapor
Judul: Sampah menumpuk di TPS\nIsi laporan: TPS di {rt} Kelurahan {kel} sudah seminggu tidak
diangkut. Sekitar {jumlah:rumah} di sekitarnya terganggu bau sampah. Mohon [[Bapak Camat]]
menegur petugas kebersihan.

@lapor
Judul: Lowongan palsu mengatasnamakan pemprov\nIsi laporan: Ada pesan berantai yang
menawarkan penerimaan tenaga honorer dengan biaya {rp:kecil}. Uang diminta ditransfer ke
{BANK} {REK} atas nama {NAMA}, dan pelamar diminta menghubungi {HP}. Mohon diklarifikasi
agar warga tidak tertipu.

@lapor
Judul: Pengembalian kelebihan bayar pajak\nIsi laporan: Saya membayar pajak kendaraan {PLAT}
dua kali pada {tgl}. Mohon kelebihan bayar {rp:kecil} dikembalikan ke rekening {BANK} {REK}.
NPWP saya {NPWP}. Terima kasih.

@lapor
Judul: Izin usaha mikro tak kunjung terbit\nIsi laporan: Permohonan NIB atas nama {NAMA}
sudah diajukan sejak {tgl} dengan NPWP {NPWP}. Sampai sekarang status masih diproses. Mohon
bantuan.\nEmail: {EMAIL}

@lapor
Judul: Jembatan gantung rusak\nIsi laporan: Jembatan gantung penghubung dua desa di Kecamatan
{kec} putus pada {tgl}. Sekitar {jumlah:jiwa} harus memutar sejauh {panjang}. Kami mohon
perbaikan darurat sebelum musim hujan.

@lapor
Judul: Kebocoran data peserta pelatihan\nIsi laporan: Daftar peserta pelatihan kerja diunggah
di media sosial lengkap dengan NIK dan nomor HP. Salah satunya data saya, Nama: {NAMA}, NIK
{NIK}, HP {HP}. Ini bertentangan dengan [[uu|UU PDP]]. Mohon berkas itu segera dihapus.

@lapor
Judul: Kendaraan dinas dipakai untuk keperluan pribadi\nIsi laporan: Mobil dinas berpelat
merah {PLAT} terlihat di tempat wisata pada hari libur {tgl} pukul {jam}. Mohon ditertibkan
sesuai {aturan}.

@lapor
Judul: Salah cetak akta kelahiran\nIsi laporan: Akta kelahiran anak saya seharusnya atas nama
{NAMA_P#2:anak}, tetapi huruf terakhirnya tercetak salah. Sudah dua kali kami datang ke
kantor dinas.\nPemohon: Bapak {NAMA_L}, NIK {NIK}, HP {HP}

@lapor
Judul: Armada bus sekolah kurang\nIsi laporan: Bus sekolah gratis untuk Kecamatan {kec} hanya
beroperasi sekali, berangkat {jam}. Jumlah siswa yang menunggu mencapai {jumlah:siswa}. Mohon
tambahan armada tahun {tahun}.

@lapor
Nomor laporan: {tiket}\nTanggapan instansi: Terima kasih atas laporannya. Petugas kami sudah
menghubungi pelapor, Ibu {NAMA_P}, melalui nomor {HP} pada {tgl}, dan perbaikan dijadwalkan
minggu depan.

@lapor
Judul: Penipuan mengatasnamakan dinas\nIsi laporan: Saya ditelepon dari nomor {HP} oleh orang
yang mengaku pegawai dinas. Ia meminta transfer biaya sertifikasi {rp:kecil} ke rekening
{BANK} {REK}. Mohon dinas memberi peringatan resmi kepada masyarakat.

@lapor
Judul: Tunjangan guru honorer belum dibayar\nIsi laporan: Tunjangan triwulan kedua untuk guru
honorer di Kecamatan {kec} belum dibayar. Saya salah satunya, nama saya {NAMA_P}, NPWP
{NPWP}, rekening {BANK} {REK}. Total yang belum diterima {rp:kecil}.

@formulir
FORMULIR PENGADUAN MASYARAKAT\nNama: {NAMA}\nNIK: {NIK}\nAlamat: {ALAMAT},
{kel}, {kota} {kodepos}\nNo. HP/WA: {HP}\nEmail: {EMAIL}\nIsi pengaduan: jalan rusak di depan
rumah.

@formulir
Formulir Permohonan Informasi Publik\nNama: {NAMA}\nNomor KTP: {NIK}\nNPWP: {NPWP}\nPekerjaan:
wiraswasta\nTelepon: {HP}\nE-mail: {EMAIL}\nInformasi yang diminta: rincian penggunaan
anggaran {rp:besar} tahun {tahun}.

@formulir
Data penerima bantuan modal UMKM\nNama: {NAMA}\nNIK: {NIK}\nJenis usaha: warung makan\n
Rekening: {BANK} {REK}\nNPWP: {NPWP:plain}\nNo. HP: {HP}

@formulir
Formulir pendaftaran peserta Bimtek Kehumasan\nNama: {NAMA}\nInstansi: Diskominfo {kota}\n
Jabatan: Pranata Humas Ahli Pertama\nNo. HP: {HP}\nEmail: {EMAIL}\nUkuran kaus: L

@formulir
Surat pemberitahuan kegiatan warga\nNama: {NAMA_L}\nNIK: {NIK}\nKegiatan: resepsi pernikahan\n
Tanggal: {tgl}\nLokasi: {ALAMAT}\nKendaraan panitia: {PLAT}, {PLAT}\nKontak:
{HP}

@formulir
Formulir klaim santunan kematian\nNama: {NAMA_P} (ahli waris)\nNIK: {NIK}\nAlmarhum: Bapak
{NAMA_L#2}\nNIK almarhum: {NIK#2}\nRekening penerima: {BANK} {REK}\nTelepon: {HP}

@formulir
Kupon pengambilan sembako\nNo. kupon: {tiket}\nNama: {NAMA:upper}\nAlamat: {rt}, {kel}\n
Jumlah tanggungan: 4 orang\nJadwal ambil: {tgl}, {jam}

@formulir
Formulir pendaftaran mudik gratis\nNama: {NAMA}\nNIK: {NIK}\nNo. HP: {HP:intl}\nTujuan:
Surabaya\nSepeda motor yang diangkut: {PLAT}

@formulir
Surat pernyataan\nYang bertanda tangan di bawah ini:\nNama: {NAMA}\nNIK: {NIK}\nAlamat: {rt},
Kelurahan {kel}, Kecamatan {kec}\nmenyatakan bahwa saya belum pernah menerima bantuan rumah
tidak layak huni dari pemerintah.

@formulir
Formulir pendaftaran UMKM binaan\nNama: {NAMA}\nNPWP: {NPWP}\nEmail usaha: {EMAIL}\nTelepon
toko: {TELRUMAH}\nHP pemilik: {HP}\nOmzet per bulan: {rp:kecil}

@formulir
Formulir penggantian KTP-el rusak\nNama: {NAMA:upper}\nNIK: {NIK}\nAlasan: rusak terendam
banjir pada {tgl}\nTelepon: {HP}

@formulir
Formulir Survei Kepuasan Masyarakat\nUnit layanan: Mal Pelayanan Publik {kota}\nWaktu
layanan: {jam}\nPenilaian: 4 dari 5\nSaran: antrean lebih tertib. Nilai IKM semester lalu
{persen}.

@formulir
Formulir pendaftaran relawan bencana\nNama: {NAMA}\nNo. HP: {HP}\nEmail: {EMAIL}\nKendaraan:
{PLAT}\nKontak darurat: Ibu {NAMA_P#2} ({HP})

@formulir
Formulir pengajuan beasiswa\nNama: {NAMA_P}\nNIK: {NIK}\nOrang tua/wali: Bapak {NAMA_L#2}\n
Rekening: {BANK} {REK} a.n. {NAMA_P:upper}\nEmail: {EMAIL}

@formulir
Formulir klaim pengembalian pajak kendaraan\nNama: {NAMA}\nNIK: {NIK}\nNomor polisi: {PLAT}\n
NPWP: {NPWP}\nRekening tujuan: {BANK} {REK}

@formulir
Daftar hadir musyawarah warga {rt}\n1. Bapak {NAMA_L} - {HP}\n2. Ibu {NAMA_P#2} - {HP}\n3.
Sdr. {NAMA_L#3} - {HP}\nTempat: balai warga, {jam}

@formulir
Lembar Disposisi\nNomor agenda: {nosurat}\nTanggal terima: {tgl}\nDari: Kantor Kecamatan {kec}
\nPerihal: permohonan peliputan kegiatan\nDiteruskan kepada: Kepala Bidang IKP\nCatatan: mohon
dijadwalkan pukul {jam}.

@formulir
Formulir permohonan rekomendasi kegiatan\nNama: {NAMA}\nNIK: {NIK:titik}\nOrganisasi: karang
taruna {kel}\nTelepon rumah: {TELRUMAH}\nEmail: {EMAIL}

@formulir
Data penerima bantuan alat tangkap nelayan\nNama: {NAMA_L}\nNIK: {NIK}\nNama kapal: KM Harapan
Baru\nNo. rekening {BANK}: {REK}\nHP: {HP}

@formulir
Formulir pendaftaran penyedia barang/jasa\nNama: {NAMA}\nNPWP: {NPWP:fmt}\nAlamat kantor:
{jalan} {norumah}, {kota} {kodepos}\nEmail: {EMAIL}\nRekening: {BANK} {REK}

@formulir
Formulir pendataan kendaraan operasional kelurahan\nPengemudi: Bapak {NAMA_L}\nNomor polisi:
{PLAT}\nNomor polisi cadangan: {PLAT}\nHP pengemudi: {HP}

@chat
assalamualaikum min, sy mau lapor jalan di {rt} {kel} rusak parah udh 2 bulan 🙏 kl perlu
konfirmasi bs wa sy di {HP:chat}

@chat
[[sapaan|pak admin]] mau tanya bansos kok blm cair ya. nama saya {NAMA:lower}, nik
{NIK:plain}. mksh

@chat
Min tolong dong lampu jalan di {jalan} mati semua dr tgl {tgl} 😡 gelap bgt, rawan begal

@chat
Selamat siang, Pak. Nama saya {NAMA_L}, mau konfirmasi undangan rapat tanggal {tgl}, apakah
jadi jam {jam}? Bisa telepon ke {HP}

@chat
ini nomor hp ibu saya {HP:chat} a.n. {NAMA_P}, beliau lansia tdk bisa datang ke kantor lurah,
apa bisa petugas yg datang ke rumah?

@chat
min mobil {PLAT:lower} parkir sembarangan tiap hari di depan gang kami, tolong diteruskan ke
dishub ya

@chat
Kak, sy udh transfer retribusi ke rek {BANK} {REK} tp blm ada konfirmasi. bukti sdh sy kirim
ke email {EMAIL}

@chat
banjir lagi min di {kel}, air udh sepinggang 😭 posko di mana? nomor darurat {darurat:angka}
sibuk terus

@chat
halo min, sy bu {NAMA_P:lowerfirst} dr {rt} {kel}. mau tanya jadwal posyandu bulan ini kapan
ya? wa sy {HP:chat}

@chat
Min, ini data saya utk pendaftaran pelatihan ya\nnama: {NAMA:lower}\nnik: {NIK}\nno hp:
{HP:chat}\nemail: {EMAIL}

@chat
slmt pagi, mau tanya pembayaran pajak motor {PLAT:lower} bisa lewat aplikasi ga? soalnya stnk
[[cue|a.n. bapak saya]], Pak {NAMA_L}, beliau sdh meninggal 🙏

@chat
mohon info kapan jadwal vaksin di puskesmas {kec}? trims

@chat
Pak, nomor WA kami ganti ya, yg baru {HP:intl}. yg lama {HP:chat} sudah tidak aktif.\nIbu
{NAMA_P}, kader posyandu {rt}

@chat
min sy mau daftar jd relawan, nama saya {NAMA:lower}, umur {umur} th, domisili {kel}

@chat
ini min foto kejadiannya. pelaku kabur pakai motor {PLAT:lower}, kejadian td jam {jam} di
{jalan}

@chat
Assalamualaikum, [[Bapak/Ibu]] admin. Saya mau mengonfirmasi transfer dana hibah untuk masjid
kami ke rekening {BANK} {REK} atas nama {NAMA_L} selaku bendahara. Terima kasih.

@chat
tolong sampaikan ke [[Pak Gubernur]], jalan poros {kota} udh kayak kubangan kerbau. anggaran
{rp:besar} kemana??

@chat
maaf min ganggu, sy mau tanya apakah npwp {NPWP:plain} bisa dipakai utk daftar bantuan umkm
atau harus pakai nik?

@chat
min, pendaftaran sekolah anak sy gagal trs. nik anak {NIK#2:anak}, nama saya {NAMA_P:lower}.
tolong dibantu ya 🙏🙏

@chat
Selamat malam, mohon maaf mengganggu. Saya wartawan media lokal, ingin minta konfirmasi soal
kenaikan anggaran {rp:besar}. Bisa dihubungkan dengan [[Ibu Kepala Bidang]] IKP? Nama saya
{NAMA}, HP {HP}

@chat
ok min siap, besok sy ke kantor jam {jam} bawa fotokopi KK a.n. {NAMA:lower} ya

@chat
min knp akun ig pemprov ga bales dm sy? dr tgl {tgl} nanya soal beasiswa ga dijawab

@chat
Ini data korban kebakaran yg rumahnya hangus min:\n1. Pak {NAMA_L} ({HP:chat})\n2. Bu
{NAMA_P#2}\n3. Pak {NAMA_L#3:first}\nsemuanya di {rt} {kel}

@chat
pak, tlg dicek, sy sdh bayar pajak 5 tahunan utk {PLAT:compact} tp di aplikasi msh nunggak
{rp:kecil}

@chat
Bu, berkas beasiswa sdh sy kirim ke {EMAIL} ya, a.n. {NAMA_P}, nomor HP aktif {HP:chat}.
Terima kasih bu 🙏

@chat
wkwk min, kapan jalan ke {kec} dibagusin? dr tahun {tahun} janji terus 🙄

@chat
min ada yg ngaku2 petugas dinsos minta uang pendataan {rp:kecil}, nomornya {HP:chat}. hati2
warga ya

@chat
Min, alamat email sy salah ketik waktu daftar. yg benar {EMAIL}. nama saya {NAMA}, nik
{NIK:spasi}

@chat
min, kata petugas telp rumah sy {TELRUMAH} ga bisa dihubungi. pake hp aja ya {HP:chat}, sy
yg lapor pohon tumbang kemarin

@chat
yg bener mana min? di brosur call center {callcenter}, di web beda lagi

@chat
ini norek sy utk pengembalian uang pendaftaran acara kemarin: {BANK} {REK} a.n.
{NAMA:lower}

@chat
pak, tetangga sy Pak {NAMA_L} (lansia, tinggal sendiri) blm dpt bantuan. hp anaknya
{HP:chat}

@chat
Min, sy sudah kirim foto KTP lewat DM tp blm dibalas. NIK sy {NIK}, pelat motor {PLAT}

@chat
Permisi min, sy dr karang taruna {kel} mau undang [[Bapak Camat]] di acara 17-an tgl {tgl}.
boleh minta kontak ajudannya?

@chat
min tlg kabarin ke dinas PU, di {jalan} ada pipa bocor, air muncrat sampe 2 meter. dr jam
{jam} blm ada petugas

@chat
Maaf pak, ini nomor sy yg baru {HP:intl}, nama saya {NAMA_L:two}. kemarin yg lapor soal
bantuan nelayan.

@chat
min mobil travel {PLAT:lower} sama {PLAT:lower} sering ngetem di depan sekolah, bikin macet
pas jam {jam}

@chat
Mohon maaf min, npwp sy {NPWP} ternyata sdh dipakai org lain utk daftar bantuan. a.n.
{NAMA}. gmn cara lapornya?

@chat
kak tolong hapus komentar sy di postingan kemarin ya, ada nomor hp sy {HP:chat} sama nik
{NIK:plain} 😭 salah kirim

@dm
Halo, Kak. Terima kasih sudah menghubungi kami. Laporan jalan rusak di {jalan} sudah kami
teruskan ke Dinas PUPR dengan nomor tiket {tiket}. Mohon ditunggu tindak lanjutnya, ya.

@dm
Selamat siang, Ibu {NAMA_P:first}. Kami sudah menerima data Ibu (NIK {NIK}, HP {HP}). Demi
keamanan, mohon tidak mengirim data pribadi di kolom komentar, cukup melalui DM seperti ini.
Terima kasih.

@dm
Halo, Bapak {NAMA_L}. Nomor WA {HP} sudah kami catat. Petugas Dinas Sosial akan menghubungi
Bapak paling lambat {tgl}.

@dm
Mohon maaf atas ketidaknyamanannya, Kak. Untuk pengaduan pajak kendaraan {PLAT}, silakan
hubungi Bapenda melalui call center {callcenter} pada jam kerja, mulai {jam}.

@dm
Terima kasih, Pak. Kami sudah meneruskan data rekening {BANK} {REK} atas nama {NAMA_L} ke
bagian keuangan. Pencairan biasanya memerlukan tujuh hari kerja.

@dm
Halo, Kak. Untuk keadaan darurat, silakan langsung menghubungi {darurat}. Akun ini hanya
dipantau pada jam kerja.

@dm
Baik, Ibu {NAMA_P}. Permohonan informasi Ibu sudah tercatat dan jawabannya akan kami kirim ke
{EMAIL} dalam sepuluh hari kerja sesuai [[uu|UU No. 14 Tahun 2008]].

@dm
Mohon maaf, Kak, kami tidak dapat memproses perubahan data kependudukan melalui DM. Silakan
datang ke kantor Disdukcapil dengan membawa KTP-el dan KK. Layanan buka mulai {jam}.

@dm
Halo, Pak {NAMA_L:first}. Setelah kami cek, NPWP {NPWP} yang Bapak kirim belum terdaftar di
sistem UMKM binaan. Mohon pastikan kembali nomornya, ya.

@dm
Terima kasih informasinya. Foto kendaraan {PLAT} yang parkir di bahu jalan sudah kami
teruskan ke Dinas Perhubungan {kota}. Identitas pelapor tetap kami rahasiakan.

@dm
Selamat malam, Sdr. {NAMA_L}. Kami sudah menghubungi nomor {HP} yang [[cue|Saudara]] berikan,
tetapi belum tersambung. Mohon kabari kami waktu yang tepat untuk ditelepon.

@dm
Halo, Bu. Terkait bantuan atas nama {NAMA_P} dengan NIK {NIK}, datanya sudah ada di DTKS dan
pencairan tahap berikutnya dijadwalkan pada {tgltek}.

@dm
Halo, Kak. Kami sudah menerima DM berisi foto KTP. Untuk melindungi data pribadi Kakak, foto
tersebut sudah kami hapus dari percakapan. Cukup kirim nomor laporan {tiket} saja.

@dm
Terima kasih, Bapak {NAMA_L}. Undangan peliputan sudah kami terima. Tim humas akan hadir pukul
{jam}. Jika ada perubahan, hubungi koordinator kami, Sdri. {NAMA_P#2}, di {HP}.

@dm
Baik, Kak. Email {EMAIL} sudah kami masukkan ke daftar penerima buletin bulanan Diskominfo.

@dm
Halo, Pak. Untuk kendaraan {PLAT} dan {PLAT}, data yang kami terima dari Samsat menunjukkan
pajaknya sudah lunas sampai {tgl}.

@dm
Mohon maaf, Bu {NAMA_P:first}. Rekening {BANK} {REK} yang [[cue|Ibu]] kirim tidak sesuai dengan
nama penerima di data kami. Mohon kirim ulang foto buku tabungan melalui DM ini.

@dm
Halo, Kak. Kami tidak melayani pembayaran apa pun lewat DM. Jika ada yang meminta transfer
dengan membawa nama [[Pak Gubernur]] atau dinas, itu penipuan. Laporkan ke {darurat}.

@dm
Terima kasih, Saudari {NAMA_P}. Karya video [[cue|Saudari]] sudah kami terima dan tercatat
dengan nomor peserta {tiket}. Pengumuman pemenang pada {tgltek}.

@dm
Halo, [[Bapak/Ibu]]. Pesan ini dibalas otomatis. Admin melayani mulai {jam} pada hari kerja.
Untuk pengaduan resmi, gunakan kanal LAPOR! atau datang langsung ke kantor kami di {jalan}
{norumah}, {kota} {kodepos}.

@dm
Halo, Pak {NAMA_L:first}. Kami sudah menerima nomor rekening {BANK} {REK} dan NPWP {NPWP}
untuk pembayaran honor narasumber. Bukti potong pajak akan dikirim ke {EMAIL}.

@notulen
NOTULEN RAPAT KOORDINASI PENANGANAN BANJIR\nHari/tanggal: {tgltek}\nWaktu: {jam}\nTempat: Ruang
Rapat Kantor Kecamatan {kec}\nPimpinan rapat: [[Bapak Camat]]\nPeserta: perwakilan BPBD,
Dinas PUPR, lurah se-kecamatan, dan Ketua {rt}, Bapak {NAMA_L}.\nHasil: pengerukan drainase
sepanjang {panjang} dimulai {tgl}. Bapak {NAMA_L:first} mengoordinasikan kerja bakti warga
(HP {HP}).

@notulen
Notulen rapat redaksi humas\nTanggal: {tgl}\nHadir: [[Ibu Kepala Bidang]] IKP, Sdr.
{NAMA_L}, Sdri. {NAMA_P#2}, Sdr. {NAMA_L#3}\nPembahasan: jadwal unggahan konten pekan depan
dan evaluasi jangkauan yang naik {persen}.\nTindak lanjut: Sdri. {NAMA_P#2:first} menyiapkan
infografis anggaran {rp:besar}.

@notulen
Catatan rapat posko banjir {kel}\nWaktu: {tgltek}, {jam}\nPosko warga dikoordinasikan Bapak
{NAMA_L} (telepon rumah {TELRUMAH}, HP {HP}). Dapur umum melayani {jumlah:jiwa}.\nKebutuhan
mendesak: perahu karet, obat-obatan, dan selimut.

@notulen
Notulen Rapat Persiapan Peringatan HUT RI\nWaktu: {tgl}, {jam}\nArahan [[Pak Sekda]]: seluruh
OPD menyiapkan peserta upacara; jumlah undangan {jumlah:orang}. Anggaran konsumsi {rp:kecil}
dibebankan pada DPA tahun {tahun}.

@notulen
Notulen mediasi sengketa lahan\nPihak pertama: Bapak {NAMA_L}, NIK {NIK}\nPihak kedua: Ibu
{NAMA_P#2}, NIK {NIK#2}\nLuas lahan yang disengketakan: {luas}.\nKesepakatan: pengukuran
ulang oleh BPN pada {tgl}.

@notulen
Notulen Rapat Evaluasi Layanan Pengaduan\nDibuka oleh [[Ibu Kepala Dinas]] pukul {jam}.
Jumlah aduan triwulan ini {jumlah:aduan}, naik {persen} dari triwulan lalu. Kendala: banyak
warga mengirim foto KTP di kolom komentar. Disepakati admin membalas dengan templat yang
meminta warga pindah ke DM.

@notulen
Catatan rapat warga {rt}\nHadir 23 KK. Bendahara, Ibu {NAMA_P}, melaporkan saldo kas
{rp:kecil}. Iuran dapat ditransfer ke rekening {BANK} {REK} a.n. {NAMA_P:upper}. Ketua RT,
Bapak {NAMA_L#2}, meminta warga melaporkan kendaraan tamu yang menginap, misalnya {PLAT}.

@notulen
Notulen rapat koordinasi penyaluran bansos\nTempat: Aula Kecamatan {kec}\nHadir: [[Pak Camat]],
pendamping PKH, Sdr. {NAMA_L} (operator desa, HP {HP})\nCatatan: ada {jumlah:kk} yang datanya
ganda, misalnya NIK {NIK#2} dan {NIK#3} tercatat dua kali. Operator diminta memperbaiki
sebelum {tgl}.

@notulen
Notulen audiensi dengan perwakilan nelayan\nJuru bicara nelayan: Bapak {NAMA_L}, HP
{HP:intl}\nTuntutan: perbaikan dermaga sepanjang {panjang} dan bantuan mesin kapal.
[[Bapak Kepala Dinas]] Kelautan dan Perikanan menjanjikan kajian pada {tahun}.

@notulen
Notulen Rapat Pembahasan Rancangan Perda\nPembahasan pasal demi pasal; [[uu|Pasal 12 ayat (3)]]
disepakati diubah dan [[uu|Pasal 15]] dihapus. Target penetapan {tgltek}. Rapat ditutup
pukul {jam}.

@notulen
Notulen rapat tim verifikasi hibah\nTanggal: {tgl}\nProposal dari yayasan yang diwakili Sdr.
{NAMA}, NPWP lembaga {NPWP}, rekening {BANK} {REK}. Nilai usulan {rp:besar}; disetujui
sebagian. Kontak pengurus: {EMAIL}.

@notulen
Notulen rapat persiapan jumpa pers\nNarasumber: [[Pak Gubernur]] dan [[Ibu Kepala Dinas]]
Kesehatan\nPembawa acara: Sdri. {NAMA_P}\nKoordinator media: Sdr. {NAMA_L#2}, {HP}\nUndangan
dikirim ke {jumlah:media} paling lambat {tgl}.

@notulen
Notulen rapat tindak lanjut kebocoran data\nKronologi: berkas berisi data pendaftar, termasuk
Saudari {NAMA_P} (NIK {NIK}, email {EMAIL}), terunggah ke folder publik pada {tgl}.
Tindakan: tautan ditutup pukul {jam}; pemilik data diberi tahu sesuai [[uu|Pasal 46 UU PDP]].

@notulen
Notulen rapat koordinasi lalu lintas mudik\nPeserta: Dishub, Satlantas, Jasa Raharja.\nCatatan:
kendaraan travel gelap terpantau, di antaranya {PLAT} dan {PLAT:luar}. Posko terpadu
beroperasi mulai {jam} sampai 22.00 WITA.

@notulen
Musyawarah warga {rt} bersama [[Bu Lurah]]\nTopik: jadwal ronda dan pengelolaan sampah. Iuran
sampah disepakati {rp:kecil} per bulan per rumah, berlaku mulai {tgltek}.

@notulen
Notulen rapat kerja sama media\nMedia: portal berita daerah, pemimpin redaksi Bapak
{NAMA_L}\nNilai kerja sama {rp:besar}, NPWP perusahaan {NPWP}, rekening {BANK} {REK}.
Dokumen kontrak Nomor: {nosurat}.

@notulen
Notulen FGD Pranata Humas\nFasilitator: Ibu {NAMA_P}\nPeserta: {jumlah:kelompok} dari seluruh
kabupaten/kota.\nKesimpulan: perlu SOP pengelolaan data pribadi di media sosial sesuai
[[uu|UU No. 27 Tahun 2022]]. Materi dapat diminta ke {EMAIL}.

@notulen
Notulen rapat evaluasi layanan Samsat keliling\nHadir: [[Bapak Kepala]] UPTD, Sdr. {NAMA_L}
(petugas), Sdri. {NAMA_P#2} (kasir)\nTemuan: kendaraan {PLAT}, {PLAT:compact}, dan
{PLAT:luar} tercatat dua kali dalam sistem. Target perbaikan data {tgl}.

@draf_rilis
DRAF SIARAN PERS\n{kota}, {tgltek} – Pemerintah Provinsi Kalimantan Timur menyalurkan bantuan
sembako kepada {jumlah:kk} terdampak banjir di Kecamatan {kec}. Total nilai bantuan mencapai
{rp:besar}.

@draf_rilis
DRAF – JANGAN DIUNGGAH DULU\n{kota} – Salah satu penerima bantuan bedah rumah, Ibu {NAMA_P}
({umur}), warga {rt} Kelurahan {kel}, mengaku bersyukur. "Dulu atap bocor setiap hujan,"
ujarnya.\n[Catatan editor: hapus NIK {NIK} dari lampiran sebelum rilis.]

@draf_rilis
Draf rilis: Pelatihan Pranata Humas se-Kaltim\n{kota} – Sebanyak {jumlah:kelompok} Pranata Humas
mengikuti pelatihan AI untuk kehumasan pada {tgltek}. [[Ibu Kepala Dinas]] berharap peserta
mampu membaca sentimen publik secara cepat dan bertanggung jawab.\nNarahubung: Sdr. {NAMA_L}
({HP})

@draf_rilis
Draf rilis penertiban kendaraan\nDalam razia gabungan pada {tgl}, petugas menjaring
{jumlah:unit} yang menunggak pajak, di antaranya berpelat {PLAT}, {PLAT}, dan {PLAT:luar}.
[Editor: nomor pelat sebaiknya dihapus sebelum terbit.]

@draf_rilis
Draf siaran pers: Pemenang Lomba Inovasi Desa\nJuara pertama diraih tim desa di Kecamatan
{kec} yang diketuai Bapak {NAMA_L}. Hadiah {rp:kecil} ditransfer ke rekening {BANK} {REK}
milik kelompok. Informasi lebih lanjut: {EMAIL}.

@draf_rilis
{kota} – Pembangunan jalan poros sepanjang {panjang} telah mencapai {persen}. Proyek senilai
{rp:besar} ini ditargetkan rampung pada {tgltek}, sesuai {aturan}.

@draf_rilis
Draf rilis: Penyerahan santunan\n[[Pak Gubernur]] menyerahkan santunan kepada ahli waris korban
kecelakaan kerja, di antaranya Ibu {NAMA_P} dan Bapak {NAMA_L#2}. Santunan sebesar {rp:kecil}
diberikan kepada setiap keluarga.\n[Catatan: konfirmasi izin publikasi ke Ibu {NAMA_P:first}
di {HP}.]

@draf_rilis
Draf rilis klarifikasi hoaks\nBeredar pesan berantai yang meminta warga mentransfer
{rp:kecil} ke rekening {BANK} {REK} a.n. {NAMA} dengan dalih biaya pendaftaran CPNS.
Pemerintah Provinsi menegaskan pesan tersebut hoaks. Nomor yang tercantum, {HP}, bukan milik
instansi pemerintah.

@draf_rilis
Draf rilis: Layanan Adminduk Keliling\nDisdukcapil membuka layanan keliling di {jumlah:titik}
mulai {tgl} pukul {jam}. Warga cukup membawa fotokopi KK. Layanan ini gratis sesuai
[[uu|UU No. 24 Tahun 2013]].

@draf_rilis
Draf rilis prestasi siswa\nSiswi SMA asal {kota}, Saudari {NAMA_P#2:anak}, meraih medali emas
olimpiade sains nasional. Orang tuanya, Bapak {NAMA_L}, dapat dihubungi media di {HP}.
[[Bapak Kepala Dinas]] Pendidikan memberikan apresiasi.

@draf_rilis
Draf rilis UMKM\nSdri. {NAMA_P}, pelaku UMKM keripik pisang dari {kel}, mencatat omzet naik
{persen} setelah mengikuti pelatihan pemasaran digital. Pemesanan dapat dilakukan melalui
{HP:intl} atau {EMAIL}.

@draf_rilis
Draf rilis BPBD\nBPBD mencatat {jumlah:jiwa} terdampak banjir sejak {tgl}. Ketinggian air
mencapai 80 sentimeter. Warga yang membutuhkan evakuasi dapat menghubungi {darurat}.

@draf_rilis
Draf rilis pariwisata\nKunjungan wisatawan ke {kota} selama libur panjang naik {persen}
dibandingkan tahun {tahun}. Pendapatan asli daerah dari sektor ini mencapai {rp:besar}.

@draf_rilis
Draf rilis relawan literasi\nBapak {NAMA_L}, relawan perpustakaan keliling di Kecamatan {kec},
telah menempuh lebih dari {panjang} dengan sepeda motor {PLAT} untuk membawa buku ke
desa-desa.

@draf_rilis
Draf klarifikasi\nTerkait unggahan yang memuat data warga, Diskominfo telah menghapus dokumen
tersebut pada {tgl} pukul {jam}.\n[Catatan internal: dokumen memuat data Sdr. {NAMA_L} dengan
NIK {NIK} dan NPWP {NPWP}; pastikan tidak ada salinan yang tersisa.]

@draf_rilis
Draf rilis keterbukaan informasi\nPemerintah Provinsi Kalimantan Timur meraih predikat
Informatif dalam penilaian keterbukaan informasi publik tahun {tahun} dengan nilai {persen}.
[[Pak Gubernur]] menyampaikan terima kasih kepada [[Bapak/Ibu sekalian]] di jajaran OPD.

@draf_rilis
Draf rilis donor darah\nKegiatan donor darah di halaman kantor gubernur pada {tgl} berhasil
mengumpulkan {jumlah:kantong}. Pendonor ke-100, Ibu {NAMA_P}, mendapat cendera mata.\n[Foto:
Sdr. {NAMA_L#2}]

@draf_rilis
Draf rilis infrastruktur\nPembangunan akses jalan menuju [[ikn|Ibu Kota Nusantara]] sepanjang
{panjang} ditargetkan selesai pada {tahun}. Anggaran {rp:besar} bersumber dari APBN.

@draf_rilis
Draf rilis lelang kendaraan dinas\nPemprov melelang {jumlah:unit}, antara lain {PLAT} dan
{PLAT}. Pendaftaran dibuka sampai {tgl}.\n[Editor: pemenang lelang tahun lalu, Bapak {NAMA_L}
(NPWP {NPWP}), tidak perlu disebut.]

@draf_rilis
Draf rilis beasiswa daerah\nSebanyak {jumlah:mahasiswa} menerima beasiswa daerah tahun
{tahun}. Salah satunya, Sdri. {NAMA_P}, mengaku dana beasiswa langsung masuk ke rekening
{BANK} {REK} miliknya.

@formulir
Formulir pemutakhiran data keluarga\nNama kepala keluarga: {NAMA_L}\nNo. KK: {KK}\nNIK: {NIK}
\nAlamat: {ALAMAT}, {kel}, {kec}\nNo. HP: {HP}\nKeterangan: penambahan anggota keluarga (bayi
lahir {tgl}).

@notulen
NOTA DINAS\nNomor: {nosurat}\nTanggal: {tgltek}\nPerihal: Penugasan peliputan\n\nBersama ini
kami tugaskan Sdr. {NAMA_L} (NIP {NIP}) untuk meliput kunjungan kerja {kepala} pada {tgltek}
pukul {jam}.\n\nKepala Bidang IKP,\n\n{NAMA#2:two}\nNIP {NIP#2}

@pengaduan
Selamat siang, saya {NAMA_P}, ASN dengan NIP {NIP}. Tunjangan kinerja saya sejak {tgl} belum
masuk ke rekening, padahal rekan satu bidang sudah menerima. Mohon dicek oleh BKD. Terima kasih.

@dm
min, KK saya nomor {KK} kok statusnya masih lama ya? sudah urus di kelurahan {kel} dari {tgl}.
makasih min

@chat
[10.15] Warga: pak sy mau lapor, tetangga di {ALAMAT} bakar sampah tiap sore, asapnya masuk
rumah\n[10.17] Admin: Baik, kami teruskan ke DLH. Boleh minta nomor yang bisa dihubungi?\n[10.18]
Warga: {HP}

@lapor
Judul: Pohon tumbang menimpa rumah\nIsi laporan: Pohon besar tumbang menimpa rumah saya di
{ALAMAT}, {kel}, pada {tgl} pukul {jam}. Mohon bantuan BPBD.\nPelapor: {NAMA}, NIK {NIK}

@formulir
Permohonan legalisir\nNama: {NAMA}\nNIP: {NIP:plain}\nNo. Kartu Keluarga: {KK:titik}\nAlamat
rumah: {ALAMAT}\nKeperluan: kenaikan pangkat periode {tahun}.

@draf_rilis
Mulai {tgltek}, Kantor Pelayanan Samsat {kota} pindah ke {jalan} {norumah}. Jalan {jalan} di depan
kantor lama ditutup untuk perbaikan sepanjang {panjang}. Informasi lebih lanjut: {callcenter}.

@notulen
Catatan rapat {tgltek}\nPeserta: {jabatan}, Sdri. {NAMA_P} (NIP {NIP:spasi}), dan staf
IKP.\nPembahasan: verifikasi alamat penerima bantuan, misalnya {ALAMAT}, yang ternyata
rumah kosong.

@draf_rilis
Draf rilis pelayanan publik\nMal Pelayanan Publik {kota} melayani {jumlah:orang} setiap hari
kerja mulai {jam}. Hasil survei menunjukkan kepuasan masyarakat mencapai {persen}, sejalan
dengan [[uu|UU No. 25 Tahun 2009]] tentang Pelayanan Publik.
"""

# ---------------------------------------------------------------------------
# Template parsing
# ---------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"\{(?P<slot>[A-Za-z_]+)(?:#(?P<idx>\d))?(?::(?P<mods>[a-z,]+))?\}"
    r"|\[\[(?:(?P<negkind>[a-z_]+)\|)?(?P<lit>.+?)\]\]"
)
#: ``[[kind|text]]`` markers and the hard-negative group they are counted in.
LITERAL_KINDS = {
    "jabatan": "sapaan_jabatan",  # a title without a name: "Pak Gubernur", "Bapak/Ibu"
    "sapaan": "sapaan_jabatan",  # "pak admin"
    "uu": "regulasi",  # "UU No. 14 Tahun 2008", "Pasal 46 UU PDP"
    "cue": "isyarat_tanpa_nama",  # a name cue not followed by a name: "a.n. bapak saya"
    "ikn": "isyarat_tanpa_nama",  # "Ibu Kota Nusantara"
}
_NEWLINE_RE = re.compile(r"[ \t]*\\n[ \t]*")


def parse_frames(raw: str = FRAMES) -> list[tuple[str, str]]:
    """Split ``raw`` into ``(jenis_teks, template)`` pairs."""
    frames = []
    for block in re.split(r"\n\s*\n", raw.strip()):
        lines = block.strip().splitlines()
        header = lines[0].strip()
        if not header.startswith("@") or header[1:] not in TEXT_KINDS:
            raise ValueError(f"frame without a valid @jenis_teks header: {block[:60]!r}")
        template = _NEWLINE_RE.sub("\n", " ".join(line.strip() for line in lines[1:]))
        frames.append((header[1:], template))
    return frames


# ---------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _decimal(x: float) -> str:
    text = f"{x:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _groups(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, pos = [], 0
    for size in sizes:
        parts.append(digits[pos:pos + size])
        pos += size
    if pos < len(digits):
        parts.append(digits[pos:])
    return sep.join(part for part in parts if part)


class Person:
    """A fictitious person: gender, name words, birth date."""

    __slots__ = ("gender", "words", "birth", "nik", "email")

    def __init__(self, rng: random.Random, gender: str, child: bool, taken: set[str]):
        self.gender = gender
        first_pool = MALE_FIRST if gender == "L" else FEMALE_FIRST
        last_pool = MALE_LAST if gender == "L" else FEMALE_LAST
        while True:
            first = rng.choice(first_pool)
            if first not in taken:
                break
        taken.add(first)
        shape = rng.choices(("one", "two", "three", "four"), weights=(12, 55, 28, 5))[0]
        if shape == "one":
            words = [first]
        elif shape == "two":
            words = [first, rng.choice(last_pool)]
        else:
            middle = rng.choice([name for name in first_pool if name != first])
            words = [first, middle, rng.choice(last_pool)]
            if shape == "four":
                words.insert(2, rng.choice([n for n in first_pool if n not in words]))
        self.words = words
        years = (2007, 2019) if child else (1955, 2005)
        start = datetime.date(years[0], 1, 1).toordinal()
        end = datetime.date(years[1], 12, 31).toordinal()
        self.birth = datetime.date.fromordinal(rng.randint(start, end))
        self.nik = None
        self.email = None


class TextBuilder:
    """Assemble one text from a frame, recording spans as parts are appended."""

    def __init__(self, rng: random.Random, template: str):
        self.rng = rng
        self.template = template
        self.place = rng.choices(PLACES, weights=PLACE_WEIGHTS)[0]
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.negatives: Counter = Counter()
        self.persons: dict[int, Person] = {}
        self.banks: dict[int, str] = {}
        self.taken_first: set[str] = set()
        self.district = rng.choice(self.place.districts)
        self.village = rng.choice(self.place.villages)
        self.street = rng.choice(STREETS)
        self._genders, self._children = self._scan(template)

    @staticmethod
    def _scan(template: str) -> tuple[dict[int, str], set[int]]:
        genders: dict[int, str] = {}
        children: set[int] = set()
        for match in _TOKEN_RE.finditer(template):
            slot = match.group("slot")
            if not slot:
                continue
            idx = int(match.group("idx") or 1)
            if slot in ("NAMA_L", "NAMA_P"):
                genders[idx] = slot[-1]
            if "anak" in (match.group("mods") or "").split(","):
                children.add(idx)
        return genders, children

    # -- assembling ---------------------------------------------------------

    def literal(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def item(self, text: str, kind: str) -> None:
        start = self.length
        self.literal(text)
        self.spans.append({"mulai": start, "akhir": self.length, "jenis": kind, "teks": text})

    def negative(self, text: str, kind: str) -> None:
        self.literal(text)
        self.negatives[kind] += 1

    def build(self) -> str:
        pos = 0
        for match in _TOKEN_RE.finditer(self.template):
            self.literal(self.template[pos:match.start()])
            pos = match.end()
            if match.group("lit") is not None:
                kind = LITERAL_KINDS[match.group("negkind") or "jabatan"]
                self.negative(match.group("lit"), kind)
                continue
            slot = match.group("slot")
            idx = int(match.group("idx") or 1)
            mods = tuple((match.group("mods") or "").split(","))
            handler = getattr(self, f"_slot_{slot.lower()}", None)
            if handler is None:
                raise ValueError(f"unknown slot {{{slot}}} in frame {self.template[:60]!r}")
            handler(idx, mods, slot)
        self.literal(self.template[pos:])
        return "".join(self.parts)

    # -- people ---------------------------------------------------------------

    def person(self, idx: int) -> Person:
        if idx not in self.persons:
            gender = self._genders.get(idx) or self.rng.choice("LP")
            self.persons[idx] = Person(self.rng, gender, idx in self._children, self.taken_first)
        return self.persons[idx]

    def _slot_nama(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        words = self.person(idx).words
        if "first" in mods or "lowerfirst" in mods:
            words = words[:1]
        elif "two" in mods:
            words = words[:2]
        name = " ".join(words)
        if "lower" in mods or "lowerfirst" in mods:
            name = name.lower()
        elif "upper" in mods:
            name = name.upper()
        self.item(name, "NAMA")

    _slot_nama_l = _slot_nama
    _slot_nama_p = _slot_nama

    # -- NIK --------------------------------------------------------------------

    def _nik_digits(self, person: Person) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.65:
            regency = self.place.code
        elif roll < 0.88:
            regency = rng.choice(KALTIM_CODES)
        else:
            regency = rng.choice(OTHER_REGENCY_CODES)
        district = rng.randint(1, 20 if regency.startswith("64") else 15)
        day = person.birth.day + (40 if person.gender == "P" else 0)
        serial = rng.randint(1, 400) if rng.random() < 0.8 else rng.randint(1, 999)
        return (f"{regency}{district:02d}{day:02d}{person.birth.month:02d}"
                f"{person.birth.year % 100:02d}{serial:04d}")

    def _slot_nik(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        person = self.person(idx)
        if person.nik is None:
            person.nik = self._nik_digits(person)
        digits = person.nik
        style = next((m for m in mods if m in ("plain", "spasi", "titik")), None)
        if style is None:
            style = self.rng.choices(("plain", "spasi", "titik", "enam"), weights=(60, 22, 9, 9))[0]
        if style == "plain":
            text = digits
        elif style == "spasi":
            text = _groups(digits, (4, 4, 4), " ")
        elif style == "titik":
            text = _groups(digits, (4, 4, 4), ".")
        else:
            text = _groups(digits, (6, 6), " ")
        self.item(text, "NIK")

    # -- phones -----------------------------------------------------------------

    def _mobile_digits(self) -> str:
        length = self.rng.choices((10, 11, 12, 13), weights=(8, 25, 52, 15))[0]
        prefix = self.rng.choice(MOBILE_PREFIXES)
        rest = "".join(str(self.rng.randint(0, 9)) for _ in range(length - 4))
        if rest[0] == "0":
            rest = str(self.rng.randint(1, 9)) + rest[1:]
        return prefix + rest

    def _national(self, digits: str) -> str:
        rng = self.rng
        style = rng.choices(("plain", "-", " ", "."), weights=(35, 35, 20, 10))[0]
        if style == "plain":
            return digits
        n = len(digits)
        options = {10: ((4, 3, 3), (4, 6)), 11: ((4, 4, 3), (4, 3, 4)),
                   12: ((4, 4, 4),), 13: ((4, 4, 5), (4, 3, 3, 3))}[n]
        return _groups(digits, rng.choice(options), style)

    def _international(self, digits: str) -> str:
        rng = self.rng
        body = digits[1:]  # without the leading 0
        head, tail = body[:3], body[3:]
        options = {6: ((3, 3),), 7: ((3, 4), (4, 3)), 8: ((4, 4),), 9: ((4, 5), (3, 3, 3))}
        tail_groups = _groups(tail, rng.choice(options[len(tail)]), "-")
        style = rng.choices(
            ("+62 sp", "+62 dash", "+62 plain", "62 sp", "62 plain", "(+62)", "+62 mix"),
            weights=(30, 15, 15, 10, 10, 10, 10),
        )[0]
        if style == "+62 sp":
            return "+62 " + head + " " + tail_groups.replace("-", " ")
        if style == "+62 dash":
            return "+62-" + head + "-" + tail_groups
        if style == "+62 plain":
            return "+62" + body
        if style == "62 sp":
            return "62 " + head + "-" + tail_groups
        if style == "62 plain":
            return "62" + body
        if style == "(+62)":
            return "(+62) " + head + "-" + tail_groups
        return "+62 " + head + "-" + tail_groups

    def _slot_hp(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        digits = self._mobile_digits()
        rng = self.rng
        if "intl" in mods:
            text = self._international(digits)
        elif "lokal" in mods:
            text = self._national(digits)
        elif "chat" in mods:
            roll = rng.random()
            if roll < 0.6:
                text = digits
            elif roll < 0.85:
                text = self._national(digits)
            elif roll < 0.95:
                text = "62" + digits[1:]
            else:
                text = self._international(digits)
        else:
            text = self._international(digits) if rng.random() < 0.25 else self._national(digits)
        self.item(text, "TELEPON")

    def _slot_telrumah(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        rng = self.rng
        area = self.place.area_code
        seven = self.place.is_city and rng.random() < 0.8
        number = str(rng.randint(2, 8)) + "".join(
            str(rng.randint(0, 9)) for _ in range(6 if seven else 5)
        )
        style = rng.choice(("paren_groups", "paren", "dash", "space"))
        if style == "paren_groups" and seven:
            text = f"({area}) {number[0]} {number[1:4]} {number[4:]}"
        elif style in ("paren", "paren_groups"):
            text = f"({area}) {number}"
        elif style == "dash":
            text = f"{area}-{number}"
        else:
            text = f"{area} {number}"
        self.item(text, "TELEPON")

    # -- e-mail -------------------------------------------------------------------

    def _slot_email(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        person = self.person(idx)
        if person.email is None:
            rng = self.rng
            words = [w.lower() for w in person.words]
            first, last = words[0], words[-1]
            yy = f"{person.birth.year % 100:02d}"
            patterns = [
                f"{first}{rng.randint(10, 99)}",
                f"{first}{yy}",
                f"{first}.{rng.choice(EMAIL_TAGS)}",
            ]
            if len(words) > 1:
                patterns += [
                    f"{first}.{last}",
                    f"{first}{last}{rng.randint(1, 99)}",
                    f"{first}_{last}",
                    f"{first[0]}{last}{yy}",
                    f"{first}.{last}{yy}",
                ]
            person.email = rng.choice(patterns) + "@" + rng.choice(EMAIL_DOMAINS)
        self.item(person.email, "EMAIL")

    # -- NPWP -------------------------------------------------------------------

    def _slot_npwp(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        rng = self.rng
        kind = rng.choice(("01", "02", "03", "04", "05", "06", "07", "08", "09", "15", "24",
                           "31", "44", "66", "71", "82", "92"))
        serial = "".join(str(rng.randint(0, 9)) for _ in range(6))
        check = str(rng.randint(0, 9))
        office = rng.choice(("721", "722", "723", "724", "725", "726", "727", "728",
                             "731", "741", "611", "811"))
        branch = "000" if rng.random() < 0.85 else f"{rng.randint(1, 9):03d}"
        if "plain" in mods or ("fmt" not in mods and rng.random() < 0.25):
            text = kind + serial + check + office + branch
        else:
            text = f"{kind}.{serial[:3]}.{serial[3:]}.{check}-{office}.{branch}"
        self.item(text, "NPWP")

    # -- plates -------------------------------------------------------------------

    def _slot_plat(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        rng = self.rng
        outside = "luar" in mods or ("lower" not in mods and rng.random() < 0.08)
        region = rng.choice(OTHER_PLATE_REGIONS) if outside else "KT"
        size = rng.choices((1, 2, 3, 4), weights=(3, 7, 20, 70))[0]
        number = str(rng.randint(10 ** (size - 1), 10 ** size - 1))
        while True:
            # A lone lower-case letter reads as a unit in a chat ("kt 2801 m"): not generated.
            letters = rng.choices((1, 2, 3), weights=(0 if "lower" in mods else 15, 65, 20))[0]
            suffix = "".join(rng.choice(PLATE_LETTERS) for _ in range(letters))
            if suffix not in PLATE_SUFFIX_STOP:
                break
        sep = "" if "compact" in mods else " "
        text = f"{region}{sep}{number}{sep}{suffix}"
        if "lower" in mods:
            text = text.lower()
        self.item(text, "PLAT")

    # -- banks --------------------------------------------------------------------

    def bank(self, idx: int) -> str:
        if idx not in self.banks:
            self.banks[idx] = self.rng.choice(BANK_KEYS)
        return self.banks[idx]

    def _slot_bank(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        self.literal(self.rng.choice(BANKS[self.bank(idx)]))

    def _account(self, bank: str) -> str:
        rng = self.rng

        def digits(n: int, first: str = "123456789") -> str:
            return rng.choice(first) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))

        if bank == "bri":
            branch = f"{rng.randint(1, 999):04d}"
            number = branch + rng.choice(("01", "02")) + digits(6) + digits(2) + digits(1)
            return rng.choice((_groups(number, (4, 2, 6, 2), "-"), number, number,
                               _groups(number, (4, 4, 4), " ")))
        if bank == "mandiri":
            number = "1" + digits(12, "0123456789")
            return rng.choice((_groups(number, (3, 2, 7), "-"), number, number))
        if bank == "bsi":
            number = "7" + digits(9, "0123456789")
            return rng.choice((number, number, _groups(number, (4, 3), " ")))
        if bank == "bca":
            number = digits(10)
            return rng.choice((number, number, _groups(number, (3, 3), "-"),
                               _groups(number, (3, 3), " ")))
        if bank == "bni":
            number = "0" + digits(9, "123456789")
            return rng.choice((number, number, _groups(number, (3, 3), "-")))
        number = "00" + digits(9)
        return rng.choice((number, _groups(number, (3, 2), "-"), _groups(number, (3, 4), " ")))

    def _slot_rek(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        bank = next((m for m in mods if m in BANKS), None) or self.bank(idx)
        self.item(self._account(bank), "REKENING")

    # -- KK, NIP and home address (issue 16) ---------------------------------------

    def _slot_kk(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        """A family-card number: regency, district, issue date DDMMYY, serial."""
        rng = self.rng
        issued = datetime.date.fromordinal(rng.randint(datetime.date(2005, 1, 1).toordinal(),
                                                       datetime.date(2024, 12, 31).toordinal()))
        digits = (f"{self.place.code}{rng.randint(1, 20):02d}{issued.day:02d}{issued.month:02d}"
                  f"{issued.year % 100:02d}{rng.randint(1, 999):04d}")
        style = next((m for m in mods if m in ("plain", "spasi", "titik")), None)
        style = style or rng.choices(("plain", "spasi", "titik"), weights=(55, 30, 15))[0]
        text = digits if style == "plain" else _groups(digits, (4, 4, 4), " " if style == "spasi"
                                                       else ".")
        self.item(text, "KK")

    def _slot_nip(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        """A NIP: birth date, appointment year and month (TMT), sex digit, serial."""
        rng, person = self.rng, self.person(idx)
        birth = person.birth
        if not 1962 <= birth.year <= 2000:
            birth = birth.replace(year=rng.randint(1962, 2000), day=min(birth.day, 28))
        start_year = min(birth.year + rng.randint(21, 33), 2024)
        sex = "1" if person.gender == "L" else "2"
        parts = (f"{birth:%Y%m%d}", f"{start_year}{rng.randint(1, 12):02d}", sex,
                 f"{rng.randint(1, 20):03d}")
        style = next((m for m in mods if m in ("plain", "spasi")), None)
        style = style or rng.choices(("spasi", "plain"), weights=(70, 30))[0]
        self.item((" " if style == "spasi" else "").join(parts), "NIP")

    def _slot_alamat(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        """A home address: street or housing estate, house number, often RT/RW."""
        rng = self.rng
        if rng.random() < 0.25:
            street = f"{rng.choice(HOUSING)} Blok {rng.choice('ABCDEF')}"
        else:
            street = rng.choice(STREETS)
            if street.startswith("Jl. "):
                street = rng.choice(("Jl. ", "Jl. ", "Jln. ", "Jalan ")) + street[4:]
        number = rng.randint(1, 120)
        text = f"{street} {rng.choice(('No.', 'No.', 'No', 'Nomor'))} {number}"
        rt, rw = rng.randint(1, 45), rng.randint(1, 12)
        text += rng.choice(("", "", f" RT {rt:02d}", f", RT {rt:02d} RW {rw:02d}",
                            f" RT {rt:02d}/RW {rw:02d}"))
        self.item(text, "ALAMAT")

    # -- hard negatives -----------------------------------------------------------

    def _slot_rp(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        rng = self.rng
        size = "kecil" if "kecil" in mods else "besar" if "besar" in mods else rng.choice(
            ("kecil", "besar"))
        space = rng.choice(("Rp ", "Rp ", "Rp"))
        if size == "kecil":
            amount = rng.choice((50, 75, 100, 150, 200, 250, 300, 350, 500, 600, 750, 900,
                                 1000, 1200, 1500, 2400, 3000, 3500, 5000)) * 1000
            if amount >= 1_000_000 and rng.random() < 0.5:
                text = f"{space}{_decimal(amount / 1_000_000)} juta"
            else:
                text = f"{space}{_thousands(amount)}"
        else:
            unit = rng.choices(("juta", "miliar", "triliun"), weights=(30, 67, 3))[0]
            if unit == "juta":
                value = rng.randrange(100, 1000, 25)
                amount = value * 10 ** 6
            elif unit == "miliar":
                value = rng.choice((1, 1.2, 1.5, 2, 2.5, 3.7, 4, 6.8, 8.5, 12, 12.5, 18, 27,
                                    35, 48.6, 60))
                amount = int(round(value * 10 ** 9))
            else:
                value = rng.choice((1.1, 1.2, 2.3))
                amount = int(round(value * 10 ** 12))
            if rng.random() < 0.5:
                text = f"{space}{_thousands(amount)}"
            else:
                text = f"{space}{_decimal(value)} {unit}"
        self.negative(text, "rupiah")

    def _date(self) -> datetime.date:
        year = 2025 if self.rng.random() < 0.8 else 2024
        start = datetime.date(year, 1, 1).toordinal()
        return datetime.date.fromordinal(start + self.rng.randint(0, 364))

    def _slot_tgl(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        day = self._date()
        sep = self.rng.choice(("-", "/", "/", "-", "."))
        self.negative(f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}", "tanggal")

    def _slot_tgltek(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        day = self._date()
        text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        if self.rng.random() < 0.4:
            text = f"{DAYS[day.weekday()]}, {text}"
        self.negative(text, "tanggal")

    def _slot_tahun(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        self.negative(str(self.rng.choice((2022, 2023, 2024, 2024, 2025, 2025, 2026))), "tahun")

    def _slot_jam(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        hour = self.rng.randint(7, 21)
        minute = self.rng.choice((0, 0, 15, 30, 30, 45))
        zone = " WITA" if self.rng.random() < 0.7 else ""
        self.negative(f"{hour:02d}.{minute:02d}{zone}", "jam")

    def _slot_aturan(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        self.negative(self.rng.choice(LOCAL_RULES), "regulasi")

    def _slot_darurat(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        pool = EMERGENCY[:-1] if "angka" in mods else EMERGENCY
        self.negative(self.rng.choice(pool), "layanan_darurat")

    def _slot_callcenter(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        sep = self.rng.choice(("-", " ", ""))
        self.negative(f"1500{sep}{self.rng.randint(100, 999)}", "call_center")

    def _slot_panjang(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        rng = self.rng
        if rng.random() < 0.5:
            text = f"{_decimal(rng.randint(5, 250) / 10)} km"
        else:
            text = f"{_thousands(rng.randrange(100, 6000, 50))} meter"
        self.negative(text, "panjang_luas")

    def _slot_luas(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        rng = self.rng
        if rng.random() < 0.5:
            text = f"{_decimal(rng.randint(5, 120) / 10)} hektare"
        else:
            text = f"{_thousands(rng.randrange(200, 9000, 25))} meter persegi"
        self.negative(text, "panjang_luas")

    def _slot_jumlah(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        word, low, high = COUNT_UNITS[mods[0]]
        self.negative(f"{_thousands(self.rng.randint(low, high))} {word}", "jumlah")

    def _slot_persen(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        rng = self.rng
        value = rng.randint(50, 995) / 10 if rng.random() < 0.5 else rng.randint(3, 98)
        text = f"{_decimal(value)}%" if rng.random() < 0.6 else f"{_decimal(value)} persen"
        self.negative(text, "persen")

    def _slot_rt(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        rng = self.rng
        rt, rw = rng.randint(1, 45), rng.randint(1, 12)
        text = rng.choice((f"RT {rt:02d} RW {rw:02d}", f"RT {rt:02d}", f"RT {rt:03d}",
                           f"RT {rt:02d}/RW {rw:02d}"))
        self.negative(text, "rt_rw")

    def _slot_norumah(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        rng = self.rng
        number = rng.randint(1, 120)
        text = rng.choice((f"No. {number}", f"No. {number}{rng.choice('ABC')}",
                           f"Blok {rng.choice('ABCDE')} No. {rng.randint(1, 30)}",
                           f"Nomor {number}"))
        self.negative(text, "nomor_rumah")

    def _slot_kodepos(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        self.negative(f"{self.place.postal}{self.rng.randint(11, 99)}", "kode_pos")

    def _slot_nosurat(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        rng = self.rng
        code = rng.choice(("800", "500.4", "045.2", "100.3.4", "400.14", "000.9", "027"))
        unit = rng.choice(("Diskominfo", "DPUPR", "Dinsos", "BPBD", "Humas", "Setda", "UPT"))
        number = rng.randint(12, 4999)
        year = rng.choice((2024, 2025, 2025))
        if rng.random() < 0.5:
            text = f"{code}/{number}/{unit}/{year}"
        else:
            text = f"{code}/{number}/{unit}/{rng.choice(ROMAN)}/{year}"
        self.negative(text, "nomor_surat")

    def _slot_tiket(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        self.negative(str(self.rng.randint(1_000_000, 9_999_999)), "nomor_tiket")

    def _slot_umur(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        self.negative(str(self.rng.randint(19, 74)), "umur")

    def _slot_jabatan(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        self.negative(self.rng.choice(TITLES_WITHOUT_NAME), "sapaan_jabatan")

    def _slot_kepala(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        title = "Bapak Wali Kota" if self.place.is_city else "Bapak Bupati"
        self.negative(title, "sapaan_jabatan")

    # -- fillers (neither personal data nor counted) --------------------------------

    def _slot_kota(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        self.literal(self.place.name)

    def _slot_kec(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        self.literal(self.district)

    def _slot_kel(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        self.literal(self.village)

    def _slot_jalan(self, idx: int, mods: tuple[str, ...], slot: str) -> None:
        self.literal(self.street)


# ---------------------------------------------------------------------------
# Assembly and validation
# ---------------------------------------------------------------------------


def _check_row(text: str, spans: list[dict]) -> None:
    previous_end = -1
    for span in spans:
        if text[span["mulai"]:span["akhir"]] != span["teks"]:
            raise ValueError(f"span does not match its text: {span} in {text!r}")
        if span["mulai"] < previous_end:
            raise ValueError(f"overlapping spans in {text!r}")
        if span["jenis"] == "NIK" and not is_valid_nik(span["teks"]):
            raise ValueError(f"invalid NIK generated: {span['teks']}")
        previous_end = span["akhir"]


def generate(seed: int = SEED) -> tuple[list[dict], dict]:
    """Return the rows of the dataset and a summary of what is in it."""
    rng = random.Random(seed)
    frames = parse_frames()
    plan = [frame for frame in frames for _ in range(BASE_REPEATS)]
    rare = ("{NPWP", "{REK", "{EMAIL", "{PLAT", "{NIK")
    new = ("{KK", "{NIP", "{ALAMAT")  # the kinds of issue 16: few frames, so drawn more often
    weights = [1 + sum(key in template for key in rare) + 6 * sum(key in template for key in new)
               for _, template in frames]
    plan += rng.choices(frames, weights=weights, k=N_TEXTS - len(plan))

    rows, seen, negatives = [], set(), Counter()
    for jenis, template in plan:
        for _ in range(50):
            builder = TextBuilder(rng, template)
            text = builder.build()
            if text not in seen:
                break
        else:
            raise ValueError(f"cannot make a new text from frame {template[:60]!r}")
        seen.add(text)
        _check_row(text, builder.spans)
        negatives.update(builder.negatives)
        rows.append({"jenis_teks": jenis, "teks": text, "spans": builder.spans})

    rng.shuffle(rows)
    for number, row in enumerate(rows, start=1):
        row["id"] = f"P{number:04d}"

    items = Counter(span["jenis"] for row in rows for span in row["spans"])
    summary = {
        "frames": len(frames),
        "frames_per_jenis_teks": Counter(jenis for jenis, _ in frames),
        "texts": len(rows),
        "texts_per_jenis_teks": Counter(row["jenis_teks"] for row in rows),
        "items": items,
        "items_per_jenis_teks": {
            jenis: Counter(s["jenis"] for r in rows if r["jenis_teks"] == jenis
                           for s in r["spans"])
            for jenis in TEXT_KINDS
        },
        "empty_texts": sum(1 for row in rows if not row["spans"]),
        "empty_per_jenis_teks": Counter(row["jenis_teks"] for row in rows if not row["spans"]),
        "hard_negatives": negatives,
    }
    _check_summary(summary)
    return rows, summary


def _check_summary(summary: dict) -> None:
    problems = [f"{kind}: {summary['items'][kind]} < {low}"
                for kind, low in MINIMUM_ITEMS.items() if summary["items"][kind] < low]
    if summary["texts"] < MINIMUM_TEXTS:
        problems.append(f"texts: {summary['texts']} < {MINIMUM_TEXTS}")
    if summary["empty_texts"] < MINIMUM_EMPTY_TEXTS:
        problems.append(f"texts without personal data: {summary['empty_texts']}")
    if sum(summary["hard_negatives"].values()) < MINIMUM_HARD_NEGATIVES:
        problems.append("too few hard negatives")
    if problems:
        raise ValueError("dataset below its targets: " + "; ".join(problems))


def build(target: Path = TARGET) -> None:
    """Write the dataset to ``target`` (a CSV file, or a folder to write it into)."""
    target = Path(target)
    if target.is_dir():
        target = target / TARGET.name
    rows, _ = generate()
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in rows:
            annotations = json.dumps(row["spans"], ensure_ascii=False)
            writer.writerow([row["id"], row["jenis_teks"], row["teks"], annotations])


def _print_summary(summary: dict) -> None:
    def ordered(counts: Counter, keys: tuple[str, ...]) -> str:
        return ", ".join(f"{key} {counts[key]}" for key in keys)

    print(f"frames: {summary['frames']} ({ordered(summary['frames_per_jenis_teks'], TEXT_KINDS)})")
    print(f"texts: {summary['texts']} ({ordered(summary['texts_per_jenis_teks'], TEXT_KINDS)})")
    print(f"items: {sum(summary['items'].values())} ({ordered(summary['items'], PII_KINDS)})")
    for jenis, counts in summary["items_per_jenis_teks"].items():
        print(f"  {jenis}: {ordered(counts, PII_KINDS)}")
    empty = ordered(summary["empty_per_jenis_teks"], TEXT_KINDS)
    print(f"texts without personal data: {summary['empty_texts']} ({empty})")
    negatives = summary["hard_negatives"]
    listed = ", ".join(f"{kind} {n}" for kind, n in sorted(negatives.items()))
    print(f"hard negatives: {sum(negatives.values())} ({listed})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", nargs="?", type=Path, default=TARGET)
    parser.add_argument("--summary", action="store_true", help="print counts after building")
    args = parser.parse_args()
    build(args.target)
    if args.summary:
        _print_summary(generate()[1])


if __name__ == "__main__":
    main()
