# ruff: noqa: E501  (data: marked-up texts are kept one sentence per line)
"""Write ``pii_dev.csv``, the DEVELOPMENT set of the personal-data masker.

Run from the repository root::

    .venv/bin/python bench/data/tulis_pii_dev.py

Same markup and span rules as ``tulis_pii_pemerintahan.py`` (see README.md): ``[[KIND:text]]``
marks a span, ``[[NAMA0:text]]`` a name with no cue word. Unlike the held-out sets, this set is
written to tune the rules on: its figures say "the rules cover these cases", not how well they
generalise. All people, numbers and addresses are invented.

Convention for contacts: an office's mailbox (``ppid@kaltimprov.go.id``), street address, and a
landline given for an agency by name (``hubungi Disdukcapil di 0541-661122``) are not personal
data; a phone number only called ``telepon kantor`` may be a person's desk line and is.

Convention for names (issue 16): every name of a person is personal data, also an official
named in a press release (``Kepala Dinas …, Rahmat Hidayat, mengatakan``), because the masker
cannot know who is a public figure; a role without a name (``Pak Gubernur``) and a street,
hospital, airport or building named after a person (``Jl. Ahmad Yani``, ``RSUD Abdul Wahab
Sjahranie``) are not.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from markup import write  # noqa: E402

OUT = Path(__file__).resolve().parent / "pii_dev.csv"

TEXTS = [
    # D001 signature with "hormat saya" and degrees
    "Demikian laporan ini kami sampaikan.\n\nHormat saya,\n[[NAMA0:Yuliana Sari Dewi]], S.Sos., M.Si.\nNIP [[NIP:19820714 200801 2 011]]",
    # D002 form
    "Nama : [[NAMA:Hendra Gunawan]]\nNIK : [[NIK:6472.0311.0785.0003]]\nAlamat : [[ALAMAT:Jl. Pramuka Gg. 7 No. 21 RT 14]], Kel. Gunung Kelua, Kec. Samarinda Ulu\nNo. HP : [[TELEPON:0852-4711-2093]]",
    # D003 Sdr./Sdri.
    "Menugaskan Sdri. [[NAMA:Fitriani Ramadhani]] dan Sdr. [[NAMA:Bayu Aji Nugroho]] untuk mendampingi tamu dari Kementerian.",
    # D004 Bpk/Ibu
    "Terima kasih kepada Bpk. [[NAMA:Samsul Bahri]] dan Ibu [[NAMA:Ratna Juwita]] yang sudah hadir di Balai Kota.",
    # D005 lower-case chat after pak
    "pak [[NAMA:darto]] td udh sy telp tp ga diangkat, mohon dibantu min",
    # D006 name without cue at sentence start
    "[[NAMA0:Slamet Riyadi]] mengeluhkan lampu jalan di depan rumahnya mati sejak dua minggu.",
    # D007 plates
    "Motor [[PLAT:kt 3321 ab]] dan mobil [[PLAT:KT1234AB]] parkir sembarangan di trotoar depan pasar.",
    # D008 plate cue lower-case
    "nopol [[PLAT:kt 8812 ha]] itu truk yang sering lewat malam hari.",
    # D009 address with RT/RW and kelurahan outside
    "Rumah saya di [[ALAMAT:Jln. Kadrie Oening No. 45 RT 08 RW 02]], Kel. Air Hitam, banjir lagi.",
    # D010 perumahan
    "Mohon cek saluran air di [[ALAMAT:Perum Bumi Sempaja Blok C No. 9]], sudah tiga hari tersumbat.",
    # D011 hard negatives: street without number, place names, agency
    "Jalan Juanda macet total sejak pagi karena pohon tumbang. BPBD Kota Samarinda dan Dishub sudah di lokasi. Warga Loa Janan diminta lewat Jalan Ahmad Yani.",
    # D012 hard negatives: letter number, date, money
    "Nomor: 400/123/Diskominfo tanggal 12 Maret 2025 tentang anggaran Rp 1.250.000.000 untuk kegiatan sosialisasi Ibu Kota Nusantara.",
    # D013 ticket and order numbers
    "Tiket pengaduan Anda nomor 2025031200123 sudah kami terima. Nomor pesanan 8812345671 akan diproses 3x24 jam.",
    # D014 official by role only
    "Pak Gubernur meninjau lokasi banjir bersama Ibu Wali Kota dan Kepala Dinas PUPR.",
    # D015 official named in news
    "Kepala Diskominfo Kota Balikpapan, [[NAMA0:Heru Susanto]], mengatakan layanan pengaduan dibuka 24 jam.",
    # D016 NIK grouped with dots, KK
    "NIK [[NIK:6402.1502.0990.0001]] dan No KK [[KK:6402 1508 1213 0007]] atas nama [[NAMA:Agustinus Lahang]].",
    # D017 NIP without spaces, with cue
    "NIP: [[NIP:199003222015031002]] pangkat Penata Muda Tk. I (III/b).",
    # D018 phone numbers
    "Hubungi call center 112 atau WA [[TELEPON:+62 811-5432-987]] dan telepon kantor [[TELEPON:(0541) 741234]].",
    # D019 email and bank
    "Kirim bukti ke [[EMAIL:rahma.lestari88@gmail.com]], transfer ke BRI [[REKENING:0231-01-004512-50-3]] a.n. [[NAMA:Rahma Lestari]].",
    # D020 NPWP
    "NPWP [[NPWP:09.254.294.3-722.000]] milik CV Sinar Mahakam sudah terdaftar.",
    # D021 name list in attendance
    "Hadir: Kabid IKP, [[NAMA0:Ardiansyah]], [[NAMA0:Meiliana]], [[NAMA0:Teguh Prasetyo]], dan dua staf magang.",
    # D022 table
    "| No | Nama | NIK |\n| 1 | [[NAMA0:Yohanes Bilung]] | [[NIK:6411020304880011]] |\n| 2 | [[NAMA0:Maria Lawai]] | [[NIK:6411024512920004]] |",
    # D023 saya + name
    "Saya [[NAMA:Siti Aminah]] warga Loa Janan ingin menanyakan bantuan sembako.",
    # D024 saya + capitalised common word
    "Saya Sangat Kecewa dengan pelayanan Samsat hari ini.",
    # D025 name before degree without cue
    "Narasumber kegiatan: [[NAMA0:Rini Astuti]], S.Kom., M.T. dari Universitas Mulawarman.",
    # D026 hospital and airport named after people
    "Pasien dirujuk ke RSUD Abdul Wahab Sjahranie, lalu keluarga datang lewat Bandara Aji Pangeran Tumenggung Pranoto.",
    # D027 lower-case name after nama saya
    "halo min nama saya [[NAMA:nurul hidayah]] mau tanya soal beasiswa kaltim tuntas",
    # D028 sy + lower-case name
    "sy [[NAMA:rudi]] dr tenggarong mau nanya jadwal samsat keliling",
    # D029 "ini dengan"
    "Selamat siang, ini dengan [[NAMA0:Dewi Kartika]] dari Bagian Umum, mau konfirmasi undangan rapat.",
    # D030 Pelapor without colon
    "Pelapor [[NAMA0:Andi Baso Rahman]] (NIK [[NIK:7371120101700021]]) menyampaikan jalan berlubang.",
    # D031 Pengirim label
    "Pengirim: [[NAMA:Lukas Ngang]]\nIsi: lampu PJU di Jalan Poros mati semua.",
    # D032 hard negative: KM and RT alone
    "Longsor terjadi di KM 38 Jalan Poros Samarinda-Balikpapan, dekat RT 14 RW 05.",
    # D033 hard negative: Saya + Setuju, Ibu Kota
    "Saya Setuju pemindahan Ibu Kota Nusantara asal warga lokal dilibatkan.",
    # D034 phone inside sentence, names with Hj.
    "Bu Hj. [[NAMA:Masitah]] bisa dihubungi di [[TELEPON:0813 4455 6677]] setiap sore.",
    # D035 public name with position before
    "Camat Sungai Kunjang [[NAMA0:Abdul Rachim]] menyerahkan bantuan kepada korban kebakaran.",
    # D036 NIK plain without cue (valid structure)
    "[[NIK:6472045511950001]] - [[NAMA0:Nurul Hidayah]] - Sungai Kunjang - belum terima BLT",
    # D037 random 16 digits that are not NIK
    "Kode billing 8201234567890123 berlaku sampai 30 Juni 2025.",
    # D038 company and agency names
    "PT Kaltim Prima Coal dan Dinas Lingkungan Hidup menandatangani nota kesepahaman di Hotel Mercure.",
    # D039 address label without street
    "Alamat: [[ALAMAT:Desa Sumber Sari RT 03]], Kec. Loa Kulu.",
    # D040 gang address
    "Tolong cek rumah kosong di [[ALAMAT:Gg. Mawar No. 3 RT 21]], sudah lama dipakai nongkrong.",
    # D041 office address (hard negative)
    "Pelayanan KTP dibuka di Kantor Kecamatan Loa Janan, Jl. Soekarno-Hatta No. 5, setiap hari kerja.",
    # D042 plate with dashes, no cue (a plate is masked even on an official car)
    "Mobil dinas [[PLAT:KT-1509-AP]] terlihat di tempat wisata saat jam kerja.",
    # D043 cued plate lowercase one letter region
    "mobil plat [[PLAT:b 1942 kzl]] buang sampah sembarangan",
    # D044 NIP in signature block above NIP
    "Kepala Bidang,\n\n[[NAMA0:Yusran Effendi]]\nNIP. [[NIP:19750214 200003 1 004]]",
    # D045 ni pppk
    "NI PPPK [[NIP:19920805 202321 2 015]] atas nama [[NAMA:Wahyuni Puspitasari]].",
    # D046 "Hormat kami" with agency (hard negative)
    "Hormat kami,\nTim Humas Diskominfo Kaltim",
    # D047 dates in several formats
    "Rapat pada 05/06/2025 pukul 09.00 WITA, lanjutan 2025-06-12, dan evaluasi 12-07-2025.",
    # D048 money
    "Dana hibah Rp 250.000.000,- dan Rp. 75 juta sudah dicairkan ke 12 desa.",
    # D049 name in quotes (cueless)
    "Di daftar penerima tertulis '[[NAMA0:Juhriansyah]]', padahal nama di KTP berbeda.",
    # D050 lower case plate without spaces
    "plat nya [[PLAT:kt1234xy]] warna hitam",
    # D051 address 'Jalan' with Nomor
    "Kejadian di rumah warga [[ALAMAT:Jalan Cendana Nomor 17]], Kelurahan Teluk Lerong Ulu.",
    # D052 hard negative: Jl. + number in km sense
    "Perbaikan Jl. Gatot Subroto sepanjang 2 km dimulai Senin.",
    # D053 NIK typo with cue
    "NIK saya [[NIK:640301120590001]] (kurang satu angka ya min)",
    # D054 person names in WhatsApp forwarded
    "Terusan dari [[NAMA0:Ridwan Saputra]]: jembatan di desa kami putus, mohon segera ditangani.",
    # D055 name after job title
    "Petugas piket [[NAMA0:Agus Salim]] menerima laporan pukul 22.10 WITA.",
    # D056 bapak ibu + role
    "Bapak/Ibu peserta rapat dimohon hadir tepat waktu. Ibu Kepala Bidang akan memimpin.",
    # D057 'a.n.' organisation
    "a.n. Kepala Dinas Komunikasi dan Informatika, Sekretaris.",
    # D058 name with apostrophe and Bugis
    "Warga bernama [[NAMA0:Andi Besse Tenriwaru]] melapor sertifikatnya salah ketik.",
    # D059 kk phrase
    "Kartu Keluarga nomor [[KK:6472010911220011]] sudah dicetak ulang.",
    # D060 hard negatives: Universitas, Stadion, Masjid named after people
    "Acara digelar di Stadion Aji Imbut dan Masjid Islamic Center, dekat Universitas Mulawarman.",
    # D061 multiple phone formats
    "nomor sy [[TELEPON:081253467890]] atau [[TELEPON:0852 5012 3344]] kalau sibuk",
    # D062 lower-case name after bu
    "bu [[NAMA:yanti]] dr kelurahan blm balas chat sy",
    # D063 Ibu + name with Dra.
    "Materi disampaikan oleh Ibu Dra. [[NAMA:Sumiati]], M.Pd.",
    # D064 news with public figure name
    "Wali Kota Samarinda [[NAMA0:Darmawan Putra]] meresmikan teras Sungai Mahakam, Sabtu (14/6).",
    # D065 hard negative: name of dinas and hotline
    "Hubungi Disdukcapil Kutai Kartanegara di nomor 0541-661122 pada jam kerja.",
    # D066 sentence start capital non-name
    "Banjir merendam Samarinda Seberang. Warga mengungsi ke Masjid Raya.",
    # D067 mixed: nama lengkap label all caps
    "NAMA LENGKAP: [[NAMA:SRI WAHYUNINGSIH]]\nNIK: [[NIK:6472 0354 0678 0002]]",
    # D068 email with dots
    "Surel resmi humas@kaltimprov.go.id, pribadi [[EMAIL:bagus.prasetyo_21@yahoo.co.id]].",
    # D069 address with Komp.
    "Saya tinggal di [[ALAMAT:Komp. Bukit Pinang Permai Blok B2 No. 14]], Samarinda.",
    # D070 hard negative: street name with house number but in company profile (office)
    "Sekretariat PWI Kaltim beralamat di Jl. Biola No. 2, Samarinda.",
    # D071 name after "kepada"
    "Surat ini ditujukan kepada Sdr. [[NAMA:Imam Syafii]] selaku ketua RT.",
    # D072 name cueless then verb
    "[[NAMA0:Novita Anggraini]] meminta agar data anaknya di Dapodik diperbaiki.",
    # D073 hard negative: Saya + place
    "Saya Samarinda asli, lahir di Sungai Pinang tahun 1985.",
    # D074 hard negative: titles without names
    "Yth. Bapak Bupati Kutai Timur dan Ibu Ketua TP PKK.",
    # D075 rekening lower-case
    "norek bni [[REKENING:0712345678]] an [[NAMA:supriadi]]",
    # D076 sentence with two people cueless
    "Kades [[NAMA0:Sugeng Widodo]] dan Sekdes [[NAMA0:Paulus Ding]] hadir di musrenbang.",
    # D077 plate with one letter region uppercase
    "Mobil [[PLAT:B 1234 KJT]] dari Jakarta terlibat tabrakan di Jalan Pangeran Antasari.",
    # D078 news: street of a person without number
    "Genangan terjadi di Jalan Pangeran Suryanata dan Jalan M. Yamin usai hujan deras.",
    # D079 hard negative: date-like numbers and postal code
    "Kode pos 75117, NPSN 30400123, dan nomor registrasi 123/PPID/VI/2025.",
    # D080 name after Pak at the end of a chat
    "makasih ya min, salam buat Pak [[NAMA:Rahmat]] juga",
    # --- D081-D120: written after the first round of rules, to check they generalise ---
    # D081 news with two officials
    "Sekda Kaltim [[NAMA0:Sri Wahyuni]] dan Asisten II [[NAMA0:Ujang Rachmad]] membuka pameran UMKM di GOR Segiri.",
    # D082 Title Case headline, no person
    "Pemprov Kaltim Gelar Pasar Murah Jelang Idul Adha di Lapangan Kinibalu",
    # D083 religious phrase and holiday
    "Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin. Allahu Akbar!",
    # D084 Dayak and Banjar names in a table
    "| 3 | [[NAMA0:Ignasius Hanyeq]] | Long Bagun |\n| 4 | [[NAMA0:Gusti Muhammad Noor]] | Tenggarong |",
    # D085 Bugis names with cue
    "Mohon dibantu, a.n. [[NAMA:Andi Tenri Ajeng]] belum terima bantuan UMKM.",
    # D086 lower-case chat with 'mas'
    "mas [[NAMA:agus]] td sdh kirim foto jalan rusaknya ke admin",
    # D087 company names with name words
    "CV Budi Jaya dan PT Sinar Agung Mandiri memenangkan tender paving blok.",
    # D088 school and mosque named after people
    "Vaksinasi digelar di SMA Negeri 1 Samarinda dan Masjid Raya Baitul Muttaqien.",
    # D089 street name in news with person name
    "Kemacetan terjadi di Jalan Slamet Riyadi hingga simpang Jalan Dr. Soetomo.",
    # D090 form with all caps
    "NAMA : [[NAMA:MUHAMMAD RIDHO]]\nNIP : [[NIP:19910203 201903 1 008]]\nJABATAN : Pranata Humas Ahli Pertama",
    # D091 month names and days near names
    "Rapat Senin, 14 Juli 2025 dipimpin Kabid [[NAMA0:Rudy Hartono]].",
    # D092 mixed number hard negatives
    "Nomor rekening kas daerah tertera di SK Nomor 188.44/K.512/2025; anggaran Rp 3,2 miliar.",
    # D093 invoice and NIB
    "NIB 9120001234567 dan nomor invoice INV/2025/06/0012 sudah kami lampirkan.",
    # D094 signature with ttd
    "ttd\n\n[[NAMA0:Hairul Anwar]], S.H., M.H.\nNIP. [[NIP:19700512 199503 1 002]]",
    # D095 name after 'oleh'
    "Laporan ini disusun oleh [[NAMA0:Fransiska Uluk]] dari Bidang Statistik.",
    # D096 ibu + name + role after
    "Ibu [[NAMA:Rosita Dewi]] selaku Ketua RT 12 sudah melapor ke kelurahan.",
    # D097 plate at start of sentence
    "[[PLAT:KT 5521 PA]] parkir di depan hidran sejak kemarin.",
    # D098 address in chat lower-case
    "rumah sy di [[ALAMAT:jl. kemakmuran gg. 4 no 12]] min, air mati dari pagi",
    # D099 office phone in parenthesis
    "Informasi lebih lanjut hubungi Bagian Protokol Setda di (0541) 733333.",
    # D100 personal mobile after office mention
    "Dari Dinas Sosial, nanti yang menghubungi [[NAMA0:Yudi Prasetyo]] di [[TELEPON:0821-5555-0198]].",
    # D101 English/foreign brand and place
    "Promo Grand Opening Big Mall Samarinda bersama Bank Mandiri.",
    # D102 name with bin
    "Ahli waris almarhum [[NAMA0:Abdul Kadir bin Usman]] diminta datang ke kantor desa.",
    # D103 email of a person on go.id
    "Mohon balas ke [[EMAIL:yusuf.hamdani@kaltimprov.go.id]], bukan ke ppid@kaltimprov.go.id.",
    # D104 sentence-initial capitalised common words
    "Harapan kami, Fajar pagi nanti jalan sudah bisa dilewati. Indah sekali kalau begitu.",
    # D105 name list with 'dan'
    "Juara lomba: [[NAMA0:Putri Maharani]] dan [[NAMA0:Bagas Saputra]] dari SMKN 7.",
    # D106 Chinese-Indonesian name
    "Pemilik toko, [[NAMA0:Hendra Wijaya]], mengaku rugi akibat banjir.",
    # D107 Pak + role + name
    "Pak Lurah [[NAMA0:Syamsuddin]] sudah turun ke lokasi.",
    # D108 hard negative: Bapak/Ibu + group
    "Kepada Bapak/Ibu Kepala OPD se-Kalimantan Timur di tempat.",
    # D109 KK with 'kartu keluarga' lowercase and dots
    "kartu keluarga no [[KK:6408.0210.1118.0003]] mau tambah anggota",
    # D110 nip without cue in SK table
    "| [[NIP:19881122 201101 2 003]] | Penata Tk. I | III/d |",
    # D111 random long number not NIP (invalid date)
    "ID transaksi 202513459876543210 gagal diproses.",
    # D112 plate with luar daerah
    "Truk [[PLAT:DA 8890 TU]] dari Banjarmasin terguling di Jalan Poros.",
    # D113 name in forwarded message header
    "Diteruskan dari [[NAMA0:Wiwik Sulastri]]:\nBu, besok posyandu pindah ke balai desa ya.",
    # D114 lower-case name after 'a.n.'
    "transfer ke bri [[REKENING:0123-01-000456-50-9]] a.n. [[NAMA:sitti rahmah]]",
    # D115 news: person name + age
    "Korban bernama [[NAMA0:Samsul Arifin]] (45), warga Loa Bakung, dilarikan ke RSUD AW Sjahranie.",
    # D116 public facility named after person: Taman, Bandara
    "Taman Samarendah dan Bandara APT Pranoto ramai pengunjung saat libur.",
    # D117 Saya + job
    "Saya Guru honorer di Kutai Barat, mau tanya soal PPPK.",
    # D118 multiple addresses
    "Pindah dari [[ALAMAT:Jl. Anggur No. 3 RT 07]] ke [[ALAMAT:Perum Griya Permata Blok D No. 1]].",
    # D119 name after 'Yth.'
    "Yth. Sdr. [[NAMA:Kornelius Lahang]], berkas Anda sudah lengkap.",
    # D120 group of names with initials
    "Tim verifikasi: [[NAMA0:M. Rizal Fahmi]], [[NAMA0:Nur Aisyah]], dan [[NAMA0:R. Sugiharto]].",
    # --- D121-D160: third round, forms and documents of many shapes ---
    # D121 Google Form export pasted
    "Timestamp: 12/06/2025 09:14:33 | Nama Lengkap: [[NAMA:Rahmawati Saleh]] | No. WhatsApp: [[TELEPON:0852-5104-7733]] | Kecamatan: Sungai Pinang | Saran: jam layanan Samsat diperpanjang",
    # D122 certificate
    "SERTIFIKAT\nDiberikan kepada\n[[NAMA0:Yosep Lejau]]\nsebagai Peserta Pelatihan Jurnalistik Warga, Samarinda, 20 Mei 2025",
    # D123 receipt
    "Telah terima dari: Hj. [[NAMA0:Nurbaya]]\nUang sejumlah: Rp 350.000\nUntuk pembayaran: retribusi sampah Juni 2025",
    # D124 'namanya'
    "yg jaga loket namanya [[NAMA0:Irwan Setiadi]] min, jutek bgt",
    # D125 BPJS
    "No. Kartu BPJS saya 0001234567891 tidak aktif padahal iuran lancar. NIK [[NIK:6474015508890003]].",
    # D126 PDAM customer
    "Pelanggan PDAM no. sambungan 01-22-0345 a/n [[NAMA:Marlina Tandi]], [[ALAMAT:Jl. Suryanata Gg. Ulin No. 8]], air keruh seminggu.",
    # D127 Daeng
    "Pemilik kios, Dg. [[NAMA0:Baso Rahim]], menolak relokasi.",
    # D128 Direktur label
    "Direktur: [[NAMA0:Antonius Ding]]\nNPWP: [[NPWP:01.234.567.8-722.000]]",
    # D129 screenshot chat sender
    "[[TELEPON:+62 813-4700-1122]]: Assalamualaikum, mau tanya jadwal vaksin anak di puskesmas",
    # D130 minutes attendance
    "Hadir:\n1. Kepala Bidang IKP\n2. [[NAMA0:Lestiani Pertiwi]], S.Kom\n3. [[NAMA0:Robertus Hanye]]\n4. Perwakilan Dishub",
    # D131 hard negative: agency call center
    "Call center Samsat Kaltim 0811-5400-1234 dan email samsat@kaltimprov.go.id melayani keluhan.",
    # D132 hard negative: masked number
    "Nomor 0812-xxxx-xx90 sudah kami hubungi, dan NIK 6472xxxxxxxx0012 sudah dicek.",
    # D133 lower-case address in chat
    "alamat sy [[ALAMAT:gg. pelita 3 no 17 rt 09]] kel. sungai dama",
    # D134 hard negative: street where accident happened
    "Kecelakaan terjadi di Jalan Slamet Riyadi depan SPBU, dua pengendara luka ringan.",
    # D135 Bugis name with La
    "Ketua kelompok nelayan, [[NAMA0:Muhammad Arsyad]], menerima bantuan mesin perahu.",
    # D136 typo cue
    "sy [[NAMA:hendra]], no hp [[TELEPON:081346652209]] tolong di cek knp bansos blm masuk",
    # D137 NIP with dots and name above
    "Kepala Bagian,\n\nDrs. [[NAMA0:Yulius Bato]]\nNIP. [[NIP:19680310 199203 1 011]]",
    # D138 plate of government car
    "Mobil dinas plat merah [[PLAT:KT 1098 A]] dipakai ke pasar hari Minggu.",
    # D139 chat with 'bang'
    "bang [[NAMA:joko]] makasih infonya ya",
    # D140 news quote with vice governor
    "Wakil Gubernur Kaltim [[NAMA0:Seno Aji]] mengatakan program Gratispol berlanjut.",
    # D141 hard negative: places with name words
    "Lokasi posko di Kelurahan Sidodadi dan Kampung Jawa, dekat Taman Cerdas.",
    # D142 hard negative: product and event names
    "Festival Kemilau Seni Nusantara dan Pekan Raya Samarinda dibuka Jumat malam.",
    # D143 KK written as 'No. KK'
    "No. KK [[KK:6472 0301 0214 0012]], kepala keluarga [[NAMA0:Ahmad Suryadi]].",
    # D144 bank account with a/n company
    "Pembayaran ke Bankaltimtara [[REKENING:0011 2233 44]] a.n. CV Mahakam Jaya.",
    # D145 two phones, one agency
    "Untuk darurat hubungi 112; untuk konfirmasi data hubungi Bu [[NAMA:Erna]] di [[TELEPON:0853-4821-9900]].",
    # D146 hard negative: Saya + agency
    "Saya Diskominfo Kutim ingin bekerja sama untuk liputan.",
    # D147 nama label variants
    "Nama Pemohon : [[NAMA:Arief Budiman]]\nAlamat Rumah : [[ALAMAT:Perum Pondok Indah Blok F No. 2 RT 31]]",
    # D148 signature 'Salam,'
    "Terima kasih atas perhatiannya.\n\nSalam,\n[[NAMA0:Citra Ayuningtyas]]\nStaf Humas",
    # D149 hard negative: month names, weekday capitalised
    "Juni dan Juli adalah bulan sibuk; Senin dan Kamis jadwal rapat rutin.",
    # D150 email of staff on go.id
    "Silakan kirim ke [[EMAIL:andi.pratama@samarindakota.go.id]] atau ke humas@samarindakota.go.id.",
    # D151 name in parentheses
    "Petugas jaga malam ([[NAMA0:Rudi Hermawan]]) sudah melapor ke atasan.",
    # D152 Banjar name single word
    "Yang mengantar berkas kemarin [[NAMA0:Syahrudin]], anak pak RT.",
    # D153 hard negative: ticket with letters
    "Tiket LAPOR-2025-06-000123 sedang diproses oleh OPD terkait.",
    # D154 two addresses: office then home
    "Berkas diambil di Kantor Kelurahan Sempaja, Jl. Wahid Hasyim No. 1, lalu diantar ke [[ALAMAT:Jl. Kebon Agung No. 22 RT 14]].",
    # D155 name after 'kepada'
    "Penghargaan diberikan kepada [[NAMA0:Suwarni]] atas pengabdian 30 tahun sebagai kader posyandu.",
    # D156 lower-case 'a/n'
    "transfer ke bca [[REKENING:8720112233]] a/n [[NAMA:rizky ananda]]",
    # D157 hard negative: Bapak + group; Ibu-ibu
    "Ibu-ibu PKK dan Bapak-bapak ronda ikut kerja bakti.",
    # D158 cueless name with Ir.
    "Tim ahli diketuai Ir. [[NAMA0:Bambang Sutejo]], M.T.",
    # D159 NIK after 'e-KTP'
    "e-KTP [[NIK:6402.0411.0575.0002]] rusak, mohon dicetak ulang.",
    # D160 hard negative: KM and ship name
    "KM Sabuk Nusantara 48 berangkat dari Pelabuhan Samarinda pukul 10.00.",
]


def main() -> None:
    """Write the CSV."""
    write(OUT, "D", TEXTS)
    print(f"{len(TEXTS)} teks ditulis ke {OUT}")


if __name__ == "__main__":
    main()
