"""Tests for humas_ai.ethics: PII detection/masking and the fairness audit."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from humas_ai.errors import HumasAIError
from humas_ai.ethics import (
    KIND_DESCRIPTIONS,
    KINDS,
    PLACEHOLDERS,
    EthicsInputError,
    PIISpan,
    audit_by_group,
    find_pii,
    mask_pii,
)

EXPECTED_KINDS = {
    "NIK", "KK", "NIP", "TELEPON", "EMAIL", "NPWP", "PLAT", "REKENING", "ALAMAT", "NAMA"
}


def found(text: str, kinds=None) -> list[tuple[str, str]]:
    """(kind, covered text) pairs, the easiest shape to read in a failing assert."""
    return [(kind, text[start:end]) for start, end, kind in find_pii(text, kinds)]


# ---------------------------------------------------------------------------
# Constants
# ---------------------------------------------------------------------------


def test_kinds_placeholders_and_descriptions_cover_every_kind():
    assert set(KINDS) == EXPECTED_KINDS
    assert {kind: f"[{kind}]" for kind in EXPECTED_KINDS} == PLACEHOLDERS
    assert set(KIND_DESCRIPTIONS) == EXPECTED_KINDS
    assert all(len(text) > 10 for text in KIND_DESCRIPTIONS.values())


def test_span_is_a_named_three_tuple():
    (span,) = find_pii("Surel: warga@contoh.id")
    start, end, kind = span
    assert isinstance(span, PIISpan)
    assert (span.start, span.end, span.kind) == (start, end, kind) == (7, 22, "EMAIL")


# ---------------------------------------------------------------------------
# Positive cases: every kind in each format (span = the value only)
# ---------------------------------------------------------------------------

POSITIVES = [
    # NIK: plain, grouped with spaces or dots, women's date (+40), inside a sentence
    ("NIK saya 6472051205890012 mohon dicek", "NIK", "6472051205890012"),
    ("NIK: 6472 0512 0589 0012.", "NIK", "6472 0512 0589 0012"),
    ("nik 6472.0512.0589.0012, terima kasih", "NIK", "6472.0512.0589.0012"),
    ("KTP istri 6472055205890012 hilang", "NIK", "6472055205890012"),
    ("NIK 647205 120589 0012 sudah benar?", "NIK", "647205 120589 0012"),
    ("data 3171012902000003 (lahir 29 Feb)", "NIK", "3171012902000003"),
    # TELEPON: mobile in every grouping, +62 forms, landlines with area code
    ("WA saya 081234567890 ya", "TELEPON", "081234567890"),
    ("hp: 0812-3456-7890", "TELEPON", "0812-3456-7890"),
    ("hubungi 0812 3456 7890 sore", "TELEPON", "0812 3456 7890"),
    ("kontak 0812.3456.789, makasih", "TELEPON", "0812.3456.789"),
    ("nomor 0852 456 7890 aktif", "TELEPON", "0852 456 7890"),
    ("HP 0812 3456 7890 2 kali ditelepon", "TELEPON", "0812 3456 7890"),
    ("call +62 812 3456 7890 kak", "TELEPON", "+62 812 3456 7890"),
    ("call +6281234567890", "TELEPON", "+6281234567890"),
    ("WA 62 812-3456-7890", "TELEPON", "62 812-3456-7890"),
    ("di +62-813-5000-1234 ya", "TELEPON", "+62-813-5000-1234"),
    ("telp (+62) 812-3456-7890", "TELEPON", "(+62) 812-3456-7890"),
    ("kantor (0541) 7 123 456", "TELEPON", "(0541) 7 123 456"),
    ("telp 0542-8765432 jam kerja", "TELEPON", "0542-8765432"),
    ("fax (021) 3456789.", "TELEPON", "(021) 3456789"),
    # EMAIL
    ("kirim ke rina.marlina@contoh.go.id.", "EMAIL", "rina.marlina@contoh.go.id"),
    ("email: Budi_Santoso+aduan@mail-id.co.id", "EMAIL", "Budi_Santoso+aduan@mail-id.co.id"),
    # NPWP
    ("NPWP 12.345.678.9-012.345 terlampir", "NPWP", "12.345.678.9-012.345"),
    ("npwp saya: 123456789012345", "NPWP", "123456789012345"),
    # PLAT
    ("motor KT 1234 AB hilang", "PLAT", "KT 1234 AB"),
    ("mobil KT1234AB parkir liar", "PLAT", "KT1234AB"),
    ("plat kt 5678 xy nabrak", "PLAT", "kt 5678 xy"),
    ("truk DA 9012 C dari Banjarmasin", "PLAT", "DA 9012 C"),
    ("mobil dinas B 1 RI lewat", "PLAT", "B 1 RI"),
    ("nopol KU 77 ZZZ.", "PLAT", "KU 77 ZZZ"),
    # REKENING: after a bank name or rekening/norek/no. rek, digits with dashes/spaces
    ("transfer ke BRI 0123-01-012345-50-1 ya", "REKENING", "0123-01-012345-50-1"),
    ("rekening Bankaltimtara 0011223344 a.n. dinas", "REKENING", "0011223344"),
    ("Bank Kaltimtara: 001 122 334 455", "REKENING", "001 122 334 455"),
    ("norek 1234567890", "REKENING", "1234567890"),
    ("No. Rek: 712 345 6789", "REKENING", "712 345 6789"),
    ("mandiri 1360012345678 atas", "REKENING", "1360012345678"),
    ("BSI nomor 7123456789", "REKENING", "7123456789"),
    ("CIMB Niaga 800123456700", "REKENING", "800123456700"),
    # NAMA: after a title or a cue; role words are not names
    ("Terima kasih Pak Andi Wijaya.", "NAMA", "Andi Wijaya"),
    ("Bu Siti, jalan di depan rumah rusak", "NAMA", "Siti"),
    ("Saya Sdr. Rudi Hartono dari Loa Janan", "NAMA", "Rudi Hartono"),
    ("Sdri. Maya Sari melapor", "NAMA", "Maya Sari"),
    ("Saudari Dewi Lestari hadir", "NAMA", "Dewi Lestari"),
    ("Ibu Nur'aini Hasanah", "NAMA", "Nur'aini Hasanah"),
    ("dana a.n. Siti Aminah", "NAMA", "Siti Aminah"),
    ("atas nama Rina Marlina Putri Sari Dewi", "NAMA", "Rina Marlina Putri Sari"),
    ("Nama: BUDI SANTOSO", "NAMA", "BUDI SANTOSO"),
    ("nama saya budi santoso mau tanya", "NAMA", "budi santoso"),
    ("bawa fotokopi KK a.n. fajri hidayat ya", "NAMA", "fajri hidayat"),
    ("nama: sugeng riyadi nik: belum ada", "NAMA", "sugeng riyadi"),
    ("halo min, sy bu hana dr RT 36", "NAMA", "hana"),
    ("Pelapor: Ibu Sri Pertiwi, warga", "NAMA", "Sri Pertiwi"),
    ("mobil KT 7904 PM", "PLAT", "KT 7904 PM"),
    ("Bapak Drs. H. Ahmad Yani datang", "NAMA", "Ahmad Yani"),  # titles stay readable
    ("diperiksa Ibu dr. Rina Wati", "NAMA", "Rina Wati"),
    ("Pak M.Yusuf hadir", "NAMA", "M.Yusuf"),
    ("Yth. Bpk. Andi Wijaya", "NAMA", "Andi Wijaya"),
    ("transfer an. Budi Santoso", "NAMA", "Budi Santoso"),
    ("WA +62 (812) 3456 7890", "TELEPON", "+62 (812) 3456 7890"),
    ("HP 0812 345 678 90 ya", "TELEPON", "0812 345 678 90"),
    ("Nama saya Rina, warga Sempaja", "NAMA", "Rina"),
    # NIP: with the usual spaces, plain, dotted; with or without a cue word
    ("NIP saya 19850315 201001 1 002 mohon dicek", "NIP", "19850315 201001 1 002"),
    ("NIP. 198503152010011002", "NIP", "198503152010011002"),
    ("Nomor Induk Pegawai: 19870503.201001.1.014", "NIP", "19870503.201001.1.014"),
    ("| 19880214 201503 2 007 | Diskominfo", "NIP", "19880214 201503 2 007"),
    ("NI PPPK 199207102024212015 belum terdaftar", "NIP", "199207102024212015"),
    # KK: 16 digits after KK / Kartu Keluarga, grouped or dotted
    ("No. KK: 6472 0109 1122 0011 hilang", "KK", "6472 0109 1122 0011"),
    ("nomor Kartu Keluarga kami 6405.0320.0421.0009", "KK", "6405.0320.0421.0009"),
    ("kk no 6401031409200001 rusak", "KK", "6401031409200001"),
    # NIK: hyphens; a cue word makes even a mistyped number a NIK
    ("NIK 6401-0412-0601-0003 ganda", "NIK", "6401-0412-0601-0003"),
    ("NIK 6471 0312 8500 0002 ditolak", "NIK", "6471 0312 8500 0002"),
    ("NIK saya 647203120585002 kok ditolak", "NIK", "647203120585002"),
    # PLAT: lower case, no spaces, a series that is also a word after 'plat'
    ("plat kt 8812 ha lewat tiap malam", "PLAT", "kt 8812 ha"),
    ("nopol kt4471pb hilang", "PLAT", "kt4471pb"),
    ("nopol b 1942 kzl buang sampah", "PLAT", "b 1942 kzl"),
    # NAMA without a cue word: a known given name opens a capitalised name (issue 16)
    ("Slamet Riyadi mengeluhkan lampu jalan mati", "NAMA", "Slamet Riyadi"),
    ("Hadir: Kabid IKP, Ardiansyah, dan staf", "NAMA", "Ardiansyah"),
    ("| 1 | Yohanes Bilung | Long Apari |", "NAMA", "Yohanes Bilung"),
    ("ini dengan Dewi Kartika dari Bagian Umum", "NAMA", "Dewi Kartika"),
    ("tertulis 'Acoh Rahman' di daftar", "NAMA", "Acoh Rahman"),
    ("Kepala Diskominfo, Heru Susanto, mengatakan", "NAMA", "Heru Susanto"),
    ("Kades Sugeng Widodo hadir", "NAMA", "Sugeng Widodo"),
    ("Ahli waris almarhum Abdul Kadir bin Usman datang", "NAMA", "Abdul Kadir bin Usman"),
    ("Tim verifikasi: M. Rizal Fahmi hadir", "NAMA", "M. Rizal Fahmi"),
    ("Korban bernama Samsul Arifin (45) dirawat", "NAMA", "Samsul Arifin"),
    ("halo nama aku dewi lestari mau tanya", "NAMA", "dewi lestari"),
    ("tadi dilayani Mas Agus Salim", "NAMA", "Agus Salim"),
    ("nama Budi Santoso tidak ada di daftar", "NAMA", "Budi Santoso"),
    ("NPWP 6472 0512 0589 0012 sudah aktif", "NPWP", "6472 0512 0589 0012"),
    ("Hubungi petugas kami di 0812-3456-7890", "TELEPON", "0812-3456-7890"),
    ("Penghargaan diberikan kepada Suwarni atas pengabdiannya", "NAMA", "Suwarni"),
    ("Yang mengantar berkas kemarin Syahrudin, anak pak RT", "NAMA", "Syahrudin"),
    ("bang joko makasih infonya", "NAMA", "joko"),
    ("rumah saya di sebelah warung, Jl. Anggrek No. 5 RT 02", "ALAMAT", "Jl. Anggrek No. 5 RT 02"),
    # NAMA by layout: a table column headed 'Nama', a list under 'Hadir:'
    ("| No | Nama | NIK |\n|---|---|---|\n| 1 | Tingang Lawai | - |", "NAMA", "Tingang Lawai"),
    ("Hadir:\n1. Kepala Bidang IKP\n2. Tingang Lawai, S.Kom", "NAMA", "Tingang Lawai"),
    ("Laporan disusun oleh Tingang Lawai dari bidang statistik", "NAMA", "Tingang Lawai"),
    ("Telah terima dari: Hj. Nurbaya", "NAMA", "Nurbaya"),
    ("Almarhum Tingang Lawai dimakamkan hari ini", "NAMA", "Tingang Lawai"),
    ("Materi oleh Dr. Tingang Lawai, M.Si", "NAMA", "Tingang Lawai"),
    ("air lindi di jalan. Sdr. Joko Susilo dari DLH", "NAMA", "Joko Susilo"),
    ("pak budi dr dinsos blm balas", "NAMA", "budi"),
    # NAMA in chats: a lower-case known name after pak/bu/sy/an
    ("pak darto td udh sy telp", "NAMA", "darto"),
    ("bu siti tolong", "NAMA", "siti"),
    ("sy rudi dr tenggarong", "NAMA", "rudi"),
    ("sudah transfer an supriadi ya", "NAMA", "supriadi"),
    ("tadi liat avanza hitam b 1942 kzl buang sampah", "PLAT", "b 1942 kzl"),
    ("Foto kendaraan KT 4363 M di bahu jalan", "PLAT", "KT 4363 M"),
    ("Mohon balas ke yusuf.hamdani@kaltimprov.go.id ya", "EMAIL", "yusuf.hamdani@kaltimprov.go.id"),
    # ALAMAT: street marker + house number (+ RT/RW), or an 'Alamat:' label
    ("tinggal di Jl. Gatot Subroto No. 12 RT 05, Samarinda", "ALAMAT",
     "Jl. Gatot Subroto No. 12 RT 05"),
    ("rumah di Jalan Pangeran Antasari No. 7A RT 011 RW 003 banjir", "ALAMAT",
     "Jalan Pangeran Antasari No. 7A RT 011 RW 003"),
    ("Gg. Mawar No. 3, RT 21/RW 04 itu rumah ibu", "ALAMAT", "Gg. Mawar No. 3, RT 21/RW 04"),
    ("kirim ke Perum Bukit Pinang Blok C No. 17, Samarinda", "ALAMAT",
     "Perum Bukit Pinang Blok C No. 17"),
    ("alamat: jl. pramuka 5 no 3 rt 22 samarinda", "ALAMAT", "jl. pramuka 5 no 3 rt 22"),
    ("Alamat: Kampung Long Bagun Ilir RT 03, Kec. Long Bagun", "ALAMAT",
     "Kampung Long Bagun Ilir RT 03"),
    # NAMA introduced by the writer, before a degree, in a signature
    ("Saya Siti Aminah warga Loa Janan", "NAMA", "Siti Aminah"),
    ("sy Rudi dr tenggarong mau tanya", "NAMA", "Rudi"),
    ("ibu saya Hj. Salmah antre dari subuh", "NAMA", "Salmah"),
    ("Nama lengkap: Petrus Ajang Lejau", "NAMA", "Petrus Ajang Lejau"),
    ("Pelapor: Stefanus Hanyeq melapor", "NAMA", "Stefanus Hanyeq"),
    ("1 | Rina Marlina, S.Sos | Diskominfo", "NAMA", "Rina Marlina"),
    ("Kepala Bidang IKP,\n\nDr. H. Saiful Anwar, M.Si", "NAMA", "Saiful Anwar"),
    ("Salam,\nFajar Nugroho\nStaf Humas", "NAMA", "Fajar Nugroho"),
]


@pytest.mark.parametrize(("text", "kind", "value"), POSITIVES)
def test_each_kind_in_each_format_is_found_with_exact_span(text, kind, value):
    assert found(text) == [(kind, value)]


# ---------------------------------------------------------------------------
# Hard negatives: numbers and title+role phrases that are not personal data
# ---------------------------------------------------------------------------

NEGATIVES = [
    "Anggaran Rp 12.500.000.000 untuk jalan",
    "Rp12.500.000,00 sudah cair",
    "rapat tanggal 12-05-2025 dan 17/08/2025",
    "sesuai UU No. 27 Tahun 2022 tentang PDP",
    "Perda Nomor 5 Tahun 2021",
    "lihat Pasal 65 ayat (2)",
    "darurat 112, polisi 110, SAPA 129, call center 1500-123",
    "panjang jalan 12,4 km",
    "sebanyak 1.250 KK terdampak",
    "tahun 2024 dan 2025",
    "mulai 08.00 WITA sampai 16.00",
    "alamat RT 05 RW 02 Sempaja",
    "kode pos 75123",
    "Nomor: 800/1234/Diskominfo/2025",
    "naik 12,5% dari tahun lalu",
    "Blok B 12 No 3",
    "Zona B 3 RT 04 dekat masjid",
    "Gedung A 2 lantai",
    "Pak Gubernur meninjau banjir",
    "Ibu Kepala Dinas hadir",
    "Bapak Camat Sangatta",
    "Bapak Wali Kota Samarinda",
    "Bapak/Ibu sekalian yang kami hormati",
    "tanya Bu Kadis",
    "lapor Pak RT dan Pak Lurah",
    "pembangunan Ibu Kota Nusantara",
    "cinta Ibu Pertiwi",
    "Atas nama Pemerintah Provinsi, kami mohon maaf",
    "atas nama warga Sempaja",
    "disalurkan ke rekening bank atas nama penerima.",
    "Temuan BPK: Bansos Masih Diterima Warga",
    "Bapak-bapak Satpol PP membantu",
    "ibu hamil dapat vitamin",
    "Angka Kematian Ibu Melahirkan Masih Tinggi",
    "NAMA SAYA DI KK SALAH KETIK",
    "bu hamil tolong diperiksa",  # lower case after 'bu' only when the word is a known name
    "pak lurah blm balas",
    "BRI menyalurkan KUR Rp 500.000.000",
    "kantor BRI unit 1234567890",
    "rekening dibuka tanggal 12-05-2025",
    "cabang Mandiri, 12-05-2025: layanan tutup",
    "ruang kelas SD 12 B",  # SD is not a plate region code
    "Rusunawa Blok C 3 AB",  # neither is C
    "nomor acak 1234567890123456 bukan NIK",  # month 78 does not exist
    "6472 0512 8900 0123",  # month 89: fails the NIK structure, and is no phone either
    "serial nol 6472051205890000",
    # NIP-shaped numbers that are not a NIP (no cue word, impossible dates)
    "Nomor transaksi QRIS: 202506171033450091 berhasil",
    "ref 20250613094512887 sudah dikirim",
    "TMT CPNS 01-03-2010, TMT PNS 01-03-2011",
    # order, ticket, billing and letter numbers
    "Nomor tiket pengaduan LPSE: 2025061700042",
    "Pesanan e-Katalog EP-01J2K3M4N5 belum diproses",
    "Tiket #INC-2025-004512 sudah ditutup, antrean A-117",
    "No. Laporan SP4N-LAPOR!: 5238170, tanggal 03/06/2025",
    "SK Gubernur Nomor 100.3.3.1/K.412/2025 tanggal 12 Mei 2025",
    "Jadwal verval 2025-07-01 s.d. 2025-07-15",
    "Total tunggakan Rp 12.345.678.901 dari 4.512 wajib pajak",
    # KK as a count, not a number's cue
    "Jumlah KK terdampak 1.245 dan 4.310 jiwa",
    # roads, hospitals and places named after people; no house number, no address
    "Jalan Jenderal Sudirman macet total dari pukul 16.00",
    "Perbaikan Jalan Ahmad Yani dimulai 7 Juli 2025",
    "Jl. Juanda macet. No. 12 antrean di loket",
    "lokasinya di Jl. Poros Samarinda-Bontang km 12",
    "Warga RT 14 RW 05 Kelurahan Karang Asam Ulu",
    "Pasien dirujuk ke RSUD Abdul Wahab Sjahranie",
    "Banjir di Kecamatan Sangatta Utara dan Muara Badak",
    "Lokasi: Jl. Soekarno-Hatta KM 38, dekat SPBU",
    # 'saya', 'atas nama', 'Bapak/Ibu' followed by no name
    "Saya Warga Palaran yang taat pajak",
    "Saya Setuju dengan usulan Pak Camat",
    "Saya Kepala Seksi Pelayanan di kecamatan",
    "Saya Ibu rumah tangga dari Sepaku",
    "Saya ditelepon dari nomor tak dikenal",
    "Saya perantau asal Surabaya",
    "anak saya jatuh dari motor",  # lower case after 'saya' is a verb far more often than a name
    "tiap Senin saya berangkat dari Sendawar",
    "perekaman KTP di sekolah anak saya lancar, terima kasih",
    "Atas nama Dinas Pendidikan dan Kebudayaan, kami mohon maaf",
    "a.n. Gubernur Kalimantan Timur\nSekretaris Daerah,",
    "ke rekening a.n. Bendahara Diklat",
    "Ibu Kota Nusantara dan Otorita Ibu Kota Nusantara",
    "Ibu Wali Kota bersama Bapak Kapolresta",
    "Nama kapal: KM Harapan Baru",
    # places, buildings and days named after people, or name words used as common words
    "Macet di Jalan Ahmad Yani dan Jl. Letjend S. Parman",
    "Penerbangan lewat Bandara Aji Pangeran Tumenggung Pranoto",
    "Upacara Hari Anak Nasional di Stadion Aji Imbut",
    "Bank Mandiri dan Masjid Rahmat buka pagi",
    "Desa Sumber Sari dan Kampung Long Bagun",
    "Indah sekali pemandangan di Teluk Lerong",
    "Saya Samarinda asli",
    # headlines in Title Case
    "Jembatan Antardesa di Kutim Ambruk Dilewati Truk Sawit",
    "Warga Protes Nama Tidak Muncul dalam Daftar Penerima",
    "Beasiswa Belum Cair Padahal Namanya Lolos",
    "Pelatihan Budi Daya Lele di Tenggarong",
    "Tri Dharma Perguruan Tinggi",
    "Pasien dirujuk ke RSUD dr. Kanujoso Djatiwibowo",
    "Macet di Jalan Dr. Soetomo",
    "Oleh karena itu kami mohon maaf",
    "Dari: Kantor Kecamatan Tanjung Redeb",
    "data yang kami terima dari Samsat menunjukkan pajak lunas",
    "Hadir:\n1. Kepala Bidang IKP\n2. Perwakilan Dishub",
    "Kepada: Bagian Humas\nDari: Kepala Bidang",
    "resto ini terletak di jalan merdeka no 27, bandung",
    "Call center Samsat 1500-123 dan email samsat@kaltimprov.go.id",
    "WhatsApp pengaduan Disdukcapil 0811-5432-1234 buka 24 jam",
    "Kak Admin tolong dibalas",
    "ke sini t4 nya bagus dan nyaman",
    "Alamat: RT 031, Kelurahan Senaken",
    "Jalan di depan rumah No. 15 berlubang",
    "Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin",
    "Kemacetan di Jalan Slamet Riyadi dan Jl. MT Haryono",
    "CV Budi Jaya dan PT Sinar Agung Mandiri menang tender",
    "Alamat kantor: Jl. Teratai Nomor 107, Bontang",
    "Informasi hubungi Bagian Protokol Setda di (0541) 733333",
    # office contacts are not personal data
    "Surel resmi humas@kaltimprov.go.id dan ppid@samarindakota.go.id",
    "Hubungi Disdukcapil Kutai Kartanegara di nomor 0541-661122",
    "Pelayanan di Kantor Kecamatan Loa Janan, Jl. Soekarno-Hatta No. 5, setiap hari",
    "Pembina Utama Madya (IV/d)\nNIP -",
    "Universitas Mulawarman dan PT Pupuk Kalimantan Timur",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives_are_left_alone(text):
    assert found(text) == []
    assert mask_pii(text) == text


NIK_STRUCTURES = [
    "1072051205890012",  # province 10 does not exist
    "6472053105890012",  # 31 May is fine ...
    "6472053106890012",  # ... 31 June is not
    "6472057205890012",  # 72 - 40 = 32: no such day
    "6472053002890012",  # 30 February
]


@pytest.mark.parametrize("nik", NIK_STRUCTURES)
def test_nik_structure_is_validated_without_a_cue_word(nik):
    expected = [("NIK", nik)] if nik == "6472053105890012" else []
    assert found(f"data {nik} belum cair") == expected


@pytest.mark.parametrize("nik", NIK_STRUCTURES)
def test_after_the_word_nik_any_sixteen_digits_are_masked(nik):
    # The writer says it is a NIK: a mistyped one is still someone's NIK.
    assert found(f"NIK {nik}") == [("NIK", nik)]


@pytest.mark.parametrize(
    ("nip", "valid"),
    [
        ("198503152010011002", True),  # born 15-03-1985, appointed 01-2010, man, serial 002
        ("198503152010012002", True),  # a woman
        ("198502302010011002", False),  # 30 February
        ("198503152010131002", False),  # appointment month 13
        ("198503152000011002", False),  # appointed at 14
        ("198503152010013002", False),  # sex digit 3
        ("198503152010011000", False),  # serial 000
        ("202506171033450091", False),  # a transaction number: born 2025, appointed 1033
    ],
)
def test_nip_structure_is_validated_without_a_cue_word(nip, valid):
    assert found(f"daftar {nip} hadir") == ([("NIP", nip)] if valid else [])
    assert found(f"NIP {nip}") == [("NIP", nip)]  # after the word NIP it is masked anyway


def test_kk_and_nik_are_told_apart_by_the_nearest_cue_word():
    text = "Nomor KK saya 6472 0218 0719 0003, NIK kepala keluarga 6472 0211 1272 0005."
    assert found(text) == [("KK", "6472 0218 0719 0003"), ("NIK", "6472 0211 1272 0005")]


def test_a_long_number_without_a_cue_is_not_cut_into_a_nik():
    assert found("NIK 6472051205890012 2 kali ditolak") == [("NIK", "6472051205890012")]


def test_signature_block_masks_name_and_nip_keeps_title_and_rank():
    text = (
        "a.n. Gubernur Kalimantan Timur\nSekretaris Daerah,\n\nttd\n\n"
        "Dr. H. Saiful Anwar, M.Si\nPembina Utama Madya (IV/d)\nNIP 19690418 199403 1 008"
    )
    assert mask_pii(text) == (
        "a.n. Gubernur Kalimantan Timur\nSekretaris Daerah,\n\nttd\n\n"
        "Dr. H. [NAMA], M.Si\nPembina Utama Madya (IV/d)\nNIP [NIP]"
    )


def test_government_form_row_masks_every_new_kind():
    text = (
        "Saya Yusran, NIK 6409.0114.0489.0002, No. KK 6409 0110 0816 0004, plat KT 3310 PU, "
        "domisili Jl. Propinsi Km 9 Gg. Swadaya No. 4 RT 02 Petung, PPU."
    )
    assert mask_pii(text) == (
        "Saya [NAMA], NIK [NIK], No. KK [KK], plat [PLAT], domisili [ALAMAT] Petung, PPU."
    )


# ---------------------------------------------------------------------------
# Overlaps and precedence
# ---------------------------------------------------------------------------


def test_nik_after_bank_name_is_a_nik_not_an_account():
    assert found("BRI 6472051205890012") == [("NIK", "6472051205890012")]


def test_npwp_cue_beats_account_cue():
    assert found("rekening NPWP 123456789012345") == [("NPWP", "123456789012345")]


def test_account_beats_phone_shape():
    text = "transfer ke rekening BNI 0812345678"
    assert found(text) == [("REKENING", "0812345678")]


def test_email_local_part_digits_are_not_phone():
    assert found("0812345678901@contoh.id") == [("EMAIL", "0812345678901@contoh.id")]


def test_spans_are_sorted_and_do_not_overlap():
    text = (
        "Bu Siti Aminah (NIK 6472055205890012, HP 0812-3456-7890, "
        "siti@contoh.id) transfer ke BRI 0123-01-012345-50-1, motor KT 1234 AB."
    )
    spans = find_pii(text)
    assert [kind for _, _, kind in spans] == [
        "NAMA",
        "NIK",
        "TELEPON",
        "EMAIL",
        "REKENING",
        "PLAT",
    ]
    for left, right in zip(spans, spans[1:], strict=False):
        assert left.end <= right.start


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        (["TELEPON"], [("TELEPON", "0812 3456 7890")]),
        (["NIK", "NAMA"], [("NAMA", "Siti"), ("NIK", "6472055205890012")]),
        ("nik", [("NIK", "6472055205890012")]),
        ([], []),
    ],
)
def test_kinds_restricts_detection(kinds, expected):
    text = "Bu Siti, NIK 6472055205890012, HP 0812 3456 7890"
    assert found(text, kinds) == expected


def test_restricting_kinds_does_not_turn_a_nik_into_a_phone():
    # "62 8105 1205 8900" alone would look like a phone number.
    assert found("62 8105 1205 8900", kinds=["TELEPON"]) == [("TELEPON", "62 8105 1205 8900")]
    assert find_pii("62 8105 1205 8900 12", kinds=["TELEPON"]) == []


# ---------------------------------------------------------------------------
# Masking
# ---------------------------------------------------------------------------


def test_mask_preserves_surrounding_text_exactly():
    text = "Yth. admin,\nNIK saya 6472 0512 0589 0012; HP (+62) 812-3456-7890!! 🙏"
    assert mask_pii(text) == "Yth. admin,\nNIK saya [NIK]; HP [TELEPON]!! 🙏"


def test_mask_every_kind_once():
    text = (
        "Sdr. Rudi, NIK 6472051205890012, telp 0541-741234, rudi@contoh.id, "
        "NPWP 12.345.678.9-012.345, KT 1234 AB, norek 1234567890"
    )
    assert mask_pii(text) == (
        "Sdr. [NAMA], NIK [NIK], telp [TELEPON], [EMAIL], NPWP [NPWP], [PLAT], norek [REKENING]"
    )


def test_mask_respects_kinds():
    text = "Bu Siti 0812-3456-7890"
    assert mask_pii(text, kinds=["TELEPON"]) == "Bu Siti [TELEPON]"


def test_mask_text_without_pii_is_unchanged():
    assert mask_pii("Jalan di Sempaja rusak parah 😡") == "Jalan di Sempaja rusak parah 😡"
    assert mask_pii("") == ""


def test_mask_series_keeps_index_name_and_missing_values():
    series = pd.Series(
        ["HP 081234567890", None, np.nan, "aman"], index=[10, 11, 12, 13], name="teks", dtype=object
    )
    masked = mask_pii(series)
    assert isinstance(masked, pd.Series)
    assert masked.name == "teks"
    assert list(masked.index) == [10, 11, 12, 13]
    assert masked[10] == "HP [TELEPON]"
    assert masked[11] is None
    assert isinstance(masked[12], float) and math.isnan(masked[12])
    assert masked[13] == "aman"
    assert series[10] == "HP 081234567890"  # the input is not modified


@pytest.mark.parametrize("dtype", [None, "string", "category"])
def test_mask_series_of_any_text_dtype(dtype):
    series = pd.Series(["a@b.id", None, "a@b.id"], dtype=dtype)
    masked = mask_pii(series)
    assert masked.iloc[0] == masked.iloc[2] == "[EMAIL]"
    assert pd.isna(masked.iloc[1])


def test_mask_list_returns_list_of_same_length():
    assert mask_pii(["a@b.id", None, "Pak Budi"]) == ["[EMAIL]", None, "Pak [NAMA]"]
    assert mask_pii(("x", "kt 1234 ab")) == ["x", "[PLAT]"]


@pytest.mark.parametrize("value", [None, np.nan, float("nan"), pd.NA])
def test_missing_values_give_no_spans_and_mask_unchanged(value):
    assert find_pii(value) == []
    assert mask_pii(value) is value


# ---------------------------------------------------------------------------
# Bad input to find_pii / mask_pii
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "type_name"),
    [(6472051205890012, "int"), (b"0812", "bytes"), (["a"], "list"), (12.5, "float")],
)
def test_find_pii_rejects_non_text_with_indonesian_message(value, type_name):
    with pytest.raises(EthicsInputError, match=rf"teks \(str\).*{type_name}"):
        find_pii(value)


def test_mask_pii_rejects_non_text_inside_a_list():
    with pytest.raises(EthicsInputError, match="Anda memberikan int"):
        mask_pii(["ok", 5])


@pytest.mark.parametrize("kinds", [["NIK", "KTP"], ["alamat rumah"]])
def test_unknown_kind_is_rejected(kinds):
    with pytest.raises(EthicsInputError, match="tidak dikenal"):
        find_pii("teks", kinds)


def test_kinds_must_be_iterable():
    with pytest.raises(EthicsInputError, match="daftar jenis"):
        mask_pii("teks", kinds=5)


def test_ethics_error_is_a_humas_and_value_error():
    assert issubclass(EthicsInputError, HumasAIError)
    assert issubclass(EthicsInputError, ValueError)


# ---------------------------------------------------------------------------
# Fairness audit
# ---------------------------------------------------------------------------

# Hand-checkable example.
# Samarinda: 4 rows, all correct           -> accuracy 1.0, macro-F1 1.0
# Berau: truth pos,pos,neg,neg; pred pos,neg,neg,neg
#   pos: P=1/1, R=1/2 -> F1 2/3; neg: P=2/3, R=2/2 -> F1 0.8; macro = (2/3+0.8)/2 = 11/15
#   accuracy 3/4
# Paser: truth pos,neg; pred neg,pos -> accuracy 0, F1 0 for both labels
AUDIT_TRUE = ["pos", "neg", "pos", "neg", "pos", "pos", "neg", "neg", "pos", "neg"]
AUDIT_PRED = ["pos", "neg", "pos", "neg", "pos", "neg", "neg", "neg", "neg", "pos"]
AUDIT_GROUPS = ["Samarinda"] * 4 + ["Berau"] * 4 + ["Paser"] * 2


def test_audit_values_on_hand_checked_example():
    table = audit_by_group(AUDIT_TRUE, AUDIT_PRED, AUDIT_GROUPS)
    assert list(table.columns) == [
        "kelompok",
        "jumlah",
        "akurasi",
        "f1_makro",
        "selisih_f1_terbaik",
        "catatan",
    ]
    assert list(table["kelompok"]) == ["Paser", "Berau", "Samarinda"]  # worst first
    assert list(table["jumlah"]) == [2, 4, 4]
    assert table["akurasi"].tolist() == pytest.approx([0.0, 0.75, 1.0])
    assert table["f1_makro"].tolist() == pytest.approx([0.0, 11 / 15, 1.0])
    assert table["selisih_f1_terbaik"].tolist() == pytest.approx([1.0, 4 / 15, 0.0])


def test_audit_accepts_series_with_any_index_and_arrays():
    table = audit_by_group(
        pd.Series(AUDIT_TRUE, index=range(100, 110)),
        np.array(AUDIT_PRED),
        pd.Series(AUDIT_GROUPS),
    )
    assert table.set_index("kelompok")["akurasi"].to_dict() == pytest.approx(
        {"Paser": 0.0, "Berau": 0.75, "Samarinda": 1.0}
    )


def test_audit_flags_small_groups_only():
    truth = ["pos"] * 30 + ["neg"] * 29
    groups = ["Samarinda"] * 30 + ["Berau"] * 29
    table = audit_by_group(truth, truth, groups).set_index("kelompok")
    assert table.loc["Berau", "catatan"] == "sampel kecil, hati-hati menyimpulkan"
    assert table.loc["Samarinda", "catatan"] == ""


def test_audit_single_group_has_zero_gap():
    table = audit_by_group(["a", "b"], ["a", "a"], ["x", "x"])
    assert table["selisih_f1_terbaik"].tolist() == [0.0]


@pytest.mark.parametrize(
    ("args", "keyword"),
    [
        ((["a", "b"], ["a"], ["x", "y"]), "Panjang data tidak sama"),
        (([], [], []), "kosong"),
        ((["a", "b"], ["a", "b"], ["x", np.nan]), "groups berisi 1 nilai kosong"),
        ((["a", None], ["a", "b"], ["x", "y"]), "y_true berisi 1 nilai kosong"),
        ((["a", "b"], ["a", "b"], "xy"), "harus berupa daftar"),
        ((["a"], ["a"], 5), "bukan int"),
        ((np.array([["a"]]), ["a"], ["x"]), "1 dimensi"),
        (([0, 1], ["neg", "pos"], ["x", "x"]), "harus sejenis"),
    ],
)
def test_audit_bad_input_raises_indonesian_error(args, keyword):
    with pytest.raises(EthicsInputError, match=keyword):
        audit_by_group(*args)
