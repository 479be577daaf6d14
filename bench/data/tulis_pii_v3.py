# ruff: noqa: E501  (data: marked-up texts are kept one sentence per line)
"""Write ``pii_heldout_v3.csv`` from the marked-up texts below.

Run from the repository root::

    .venv/bin/python bench/data/tulis_pii_v3.py

Each entry is ``(hard_negative, marked_text)``. A personal-data span is marked
``[[KIND:text]]``; ``[[NAMA0:text]]`` is a name with no cue word in front of it (see
README.md). ``hard_negative`` says whether the text contains something that looks like
personal data but is not (dates, money, letter or ticket numbers, hotlines, streets or
hospitals named after people, masked numbers ...); it is not written to the CSV, only
counted. The markup is removed and the spans are written as the JSON ``anotasi`` column with
Python slice offsets. Every NIK, KK and NIP is checked for an East Kalimantan region code
and valid date parts. All people, numbers and addresses are invented. The texts were written
without reading the masker, its tests or its development data, and must never be used to
tune it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

from markup import write

OUT = Path(__file__).resolve().parent / "pii_heldout_v3.csv"
# Regency/city codes of East Kalimantan used in the invented numbers.
REGIONS = {"6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471", "6472", "6474"}
HN = True  # the text holds at least one hard negative
NO = False

TEXTS: list[tuple[bool, str]] = [
    # V001
    (HN, "assalamualaikum min, sy [[NAMA:nurhayati]] dr loa janan. mau nanya bansos sembako bulan november kok blm cair ya, "
     "padahal thn lalu dpt. nik sy [[NIK:6403056708850004]] no kk [[KK:6403051204100013]]. "
     "tadi sy tlp 112 katanya bukan disitu. mohon infonya min 🙏"),
    # V002
    (HN, "Selamat siang Admin Samsat, saya mau konfirmasi pembayaran PKB online utk kendaraan [[PLAT:KT 1432 NB]] "
     "a.n. [[NAMA:Gusti Muhammad Rizani]]. Kode bayar 6400250913447 sudah dibayar Rp 2.135.000 tgl 12-11-2025 jam 21.14 "
     "tapi di aplikasi masih 'belum lunas'. Terima kasih."),
    # V003
    (NO, "Kpd Yth Humas Pemkot, sy mau lapor tetangga sy bakar sampah tiap sore asapnya masuk rumah. "
     "rumah sy di [[ALAMAT:Gg. Keluarga No. 27 RT 14]] Sungai Pinang Dalam. bisa hubungi sy di [[TELEPON:0852 5012 7734]] "
     "a/n Hj. [[NAMA:Masitah]]"),
    # V004
    (HN, "Jalan Jenderal Sudirman arah Klandasan padat merayap sejak pukul 07.15 WITA akibat perbaikan drainase. "
     "Pengendara disarankan lewat Jl. Ahmad Yani. Info lalu lintas: Call Center 112 Kota Balikpapan."),
    # V005
    (HN, "NOTA DINAS\n"
     "Kepada Yth.: Sekretaris Dinas Komunikasi dan Informatika\n"
     "Dari: Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik\n"
     "Nomor: 500.11/1287/IKP/XI/2025\n"
     "Tanggal: 18 November 2025\n"
     "Lampiran: 1 (satu) berkas\n"
     "Hal: Permohonan SPPD peliputan HUT Kabupaten Berau\n\n"
     "Dengan hormat, bersama ini kami mohon penerbitan SPPD atas nama:\n"
     "1. [[NAMA0:Ardiansyah Putra]], S.I.Kom, NIP [[NIP:19920317 201903 1 004]]\n"
     "2. [[NAMA0:Fitri Handayani]], A.Md, NIP [[NIP:19950804 202012 2 009]]\n"
     "untuk tanggal 24 s.d. 26 November 2025 ke Tanjung Redeb.\n\n"
     "Kepala Bidang PIKP,\n\n"
     "[[NAMA0:Hairil Anwar]], S.Sos., M.AP\n"
     "NIP. [[NIP:19790611 200501 1 012]]"),
    # V006
    (NO, "min mau tanya, kalau ganti alamat di KTP bisa online ga? sy pindah dr bontang ke samarinda. "
     "alamat baru [[ALAMAT:Perum Citra Griya Blok C2 No 15]] Sempaja Utara. wa sy [[TELEPON:081347206618]]"),
    # V007
    (HN, "Pemprov Kaltim menyalurkan bantuan Rp 4,2 miliar untuk 1.380 KK korban banjir di Kecamatan Long Pahangai "
     "dan Long Apari, Kabupaten Mahakam Ulu, Selasa (4/11/2025)."),
    # V008
    (HN, "FORM PENGADUAN PDAM TIRTA KENCANA\n"
     "Timestamp: 03/12/2025 08:41:07\n"
     "Nama Pelanggan: [[NAMA:SYAMSUL BAHRI BIN ABDUL HAMID]]\n"
     "No. Sambungan: 02-14-00731\n"
     "Alamat: [[ALAMAT:JL. P. SURIANSYAH GG. 3 NO. 41 RT. 09]]\n"
     "No. HP/WA: [[TELEPON:+62 813-5088-2147]]\n"
     "Keluhan: Meteran air bocor sejak minggu lalu, tagihan naik jadi Rp 487.500"),
    # V009
    (NO, "sy mau daftar pelatihan konten kreator dr diskominfo, tp link form nya error. data sy: "
     "[[NAMA:lina marlina]], tinggal di [[ALAMAT:Jl. Slamet Riyadi Gg. Family RT 30 No. 52]], [[EMAIL:linamarlina.smd@gmail.com]], hp [[TELEPON:0821-5399-0410]]"),
    # V010
    (HN, "Terima kasih Bapak Gubernur atas perhatiannya untuk jalan poros Kubar. Tapi di KM 38 ruas "
     "Samarinda-Bontang masih banyak lubang. Mohon ditindaklanjuti."),
    # V011
    (NO, "DM Instagram @diskominfokaltim:\n"
     "kak aku mau minta tolong, akun ig ku di-hack terus orangnya minjem duit ke temen2ku pake nama aku. "
     "nama aku [[NAMA:Cindy Octaviani Lie]], nomor yg dipake pelaku buat transfer itu rek BCA "
     "[[REKENING:7810452293]] a.n. [[NAMA:Rahmat Hidayat]]. tolong bantu lapor kak"),
    # V012
    (HN, "SURAT KETERANGAN\nNomor: 470/215/Kel.SL/XII/2025\n\n"
     "Lurah Sungai Lais Kecamatan Samarinda Ulu menerangkan bahwa:\n"
     "Nama : [[NAMA:Yohanes Lawing]]\n"
     "NIK : [[NIK:6472 0411 0376 0002]]\n"
     "Tempat/Tgl Lahir : Long Iram, 11-03-1976\n"
     "Alamat : [[ALAMAT:Jl. Pramuka 6 No. 18 RT. 021]]\n"
     "adalah benar warga kami yang berdomisili di alamat tersebut.\n\n"
     "Samarinda, 2 Desember 2025\nLurah Sungai Lais,\n\n[[NAMA0:Desy Anggraini]], S.STP\n"
     "NIP. [[NIP:19890922 201009 2 001]]"),
    # V013
    (HN, "Lapor, lampu PJU di Jl. Juanda depan masjid Darul Falah mati 6 titik sejak 20 November. "
     "Gelap sekali kalau malam, rawan kecelakaan."),
    # V014
    (NO, "pak tolong, motor anak sy ditilang di depan Mall Lembuswana tp surat tilang blm dikasih. "
     "motor beat plat [[PLAT:KT 6241 YC]], sy ortunya [[NAMA:suparno]] no hp [[TELEPON:0853.4612.8890]]"),
    # V015
    (HN, "Yth. Bapak/Ibu, pendaftaran Beasiswa Kaltim Tuntas 2026 dibuka 5 Januari s.d. 15 Februari 2026 melalui "
     "beasiswa.kaltimprov.go.id. Pertanyaan dapat disampaikan ke email resmi beasiswa@kaltimprov.go.id atau "
     "Call Center 0811-5555-2026 pada hari kerja."),
    # V016
    (NO, "Sy [[NAMA:Andi Baso Tenri Sanna]] mw ksh info, ada pohon tumbang nutup jalan di depan rmh sy "
     "[[ALAMAT:Jln. Mangkupalas Gg. Harapan RT.07]] Samarinda Seberang. kabel listrik jg ikut putus"),
    # V017
    (HN, "Nomor tiket LAPOR!: 6512209\nKategori: Kependudukan\nIsi laporan: KTP-el saya sudah 4 bulan belum jadi. "
     "Saya rekam tanggal 14 Juli 2025 di Disdukcapil Kutai Timur. NIK [[NIK:6404 0155 0798 0001]]. "
     "Nama [[NAMA:Theresia Hunyaq]]. Mohon kejelasan."),
    # V018
    (NO, "Pengumuman hasil seleksi PPPK Paruh Waktu formasi tenaga teknis:\n"
     "1. [[NAMA0:RAHMAWATI]] - [[NIP:199307152025212034]] - LULUS\n"
     "2. [[NAMA0:MUHAMMAD ILHAM SAPUTRA]] - [[NIP:199801232025211015]] - LULUS\n"
     "3. [[NAMA0:NORHASANAH]] - [[NIP:199611092025212021]] - LULUS"),
    # V019
    (HN, "Warga Perum Bumi Sempaja mengeluhkan genangan setinggi 40 cm sejak Sabtu (29/11) pukul 03.00 dini hari. "
     "BPBD Kota Samarinda telah menurunkan 2 unit pompa ke lokasi."),
    # V020
    (NO, "Kpd yth admin BPJS Kesehatan Cabang Samarinda,\nsaya mau ubah faskes ibu saya dari puskesmas ke klinik. "
     "nama ibu [[NAMA:Sitti Hadijah binti La Tahang]], NIK [[NIK:6472-0346-0158-0003]]. "
     "Balasan bisa lewat email [[EMAIL:hasanuddin.lt87@yahoo.co.id]] terima kasih"),
    # V021
    (HN, "Berdasarkan Peraturan Gubernur Kalimantan Timur Nomor 49 Tahun 2025 tentang Standar Biaya Masukan, "
     "uang harian perjalanan dinas dalam provinsi ditetapkan Rp 380.000 per hari."),
    # V022
    (NO, "Transfer honor narasumber Bimtek Humas:\n"
     "Nama: Dr. [[NAMA:Ratna Juwita Sari]], M.I.Kom\n"
     "Bank: Mandiri\n"
     "No. Rek: [[REKENING:148-00-1772305-9]]\n"
     "NPWP: [[NPWP:09.254.781.3-722.000]]"),
    # V023
    (HN, "Min kapan pembukaan pendaftaran CPNS 2026? Saya lulusan D3 keperawatan. Terima kasih Bapak Bupati dan "
     "jajaran sudah memperhatikan honorer di Kutim."),
    # V024
    (NO, "min ini ada yg ngaku2 petugas PLN telepon dr nomor [[TELEPON:0896-5541-2078]] minta kode OTP, "
     "katanya mau ganti meteran. hati2 ya min di share"),
    # V025
    (HN, "DAFTAR HADIR\nRapat Koordinasi Pengelolaan Pengaduan Publik\nHari/Tanggal: Rabu, 10 Desember 2025\n"
     "Tempat: Ruang Rapat Ruhui Rahayu, Kantor Gubernur Kaltim, Jl. Gajah Mada No. 2\n\n"
     "No | Nama | Jabatan/Instansi | No. HP | Paraf\n"
     "1 | [[NAMA0:Agus Triyono]], S.T. | Kasi Pengaduan Diskominfo Kaltim | [[TELEPON:0811-5820-447]] | ttd\n"
     "2 | [[NAMA0:Dayang Nurul Aini]] | Staf Ombudsman RI Perwakilan Kaltim | [[TELEPON:0812-5387-1106]] | ttd\n"
     "3 | [[NAMA0:Lukas Ngau]] | Diskominfo Kab. Mahakam Ulu | [[TELEPON:0852-4733-9015]] | ttd\n"
     "4 | [[NAMA0:Herlina Tjandra]] | Bagian Prokopim Kota Balikpapan | [[TELEPON:0813 4600 2281]] | ttd"),
    # V026
    (NO, "saya [[NAMA:Rusdiansyah]] warga [[ALAMAT:Jl. Kemakmuran Gg. 9 No. 35 RT 23]] Sungai Pinang, "
     "mau tanya kenapa nama istri saya di KK salah ketik. no KK [[KK:6472 0820 0319 0007]]"),
    # V027
    (HN, "Rumah Sakit Umum Daerah Abdul Wahab Sjahranie membuka layanan poli jantung sore mulai 1 Desember 2025. "
     "Pendaftaran online melalui aplikasi atau telepon (0541) 738118."),
    # V028
    (NO, "Halo admin, sy [[NAMA:Hendra Gunawan Tjoa]] pemilik toko bangunan di Balikpapan. Mohon dibantu, "
     "NPWP sy [[NPWP:82.104.559.6-721.000]] tidak bisa validasi di OSS. email usaha [[EMAIL:tb.sumbermakmur.bpn@gmail.com]]"),
    # V029
    (HN, "Pukul 14.30 WITA terjadi kecelakaan di Jalan Soekarno-Hatta KM 15, Karang Joang. Dua kendaraan "
     "terlibat, tidak ada korban jiwa. Arus lalu lintas kembali normal pukul 16.10."),
    # V030
    (NO, "Dengan hormat,\nBersama ini saya [[NAMA:Paulus Anyeq]], Ketua RT 05 Kampung Ujoh Bilang, menyampaikan usulan "
     "perbaikan jembatan ulin. Untuk koordinasi dapat menghubungi saya di [[TELEPON:0823 5677 1049]].\n\n"
     "Hormat saya,\n[[NAMA0:Paulus Anyeq]]"),
    # V031
    (HN, "Mohon maaf min, tagihan PDAM sy bln Oktober Rp 1.250.000 padahal biasanya cuma 120rb. "
     "ID pelanggan 0107-22341. Sy sdh ke kantor PDAM di Jl. Tirta Kencana tp disuruh tunggu."),
    # V032
    (NO, "Kepada panitia lomba video kreatif, berikut data tim kami:\nKetua: [[NAMA:Muhammad Rafli Akbar]]\n"
     "Anggota: [[NAMA0:Nabila Azzahra]], [[NAMA0:Yosua Hendrik Laing]]\nKontak: [[EMAIL:rafliakbar.video@gmail.com]] / "
     "[[TELEPON:0895-3301-7762]]"),
    # V033
    (HN, "Pemberitahuan: Layanan Disdukcapil Kota Samarinda tutup sementara tanggal 25-26 Desember 2025. "
     "Pengaduan dapat disampaikan melalui WhatsApp 0811-5507-1500 (admin, bukan telepon)."),
    # V034
    (NO, "BERITA ACARA SERAH TERIMA KENDARAAN DINAS\n"
     "Pada hari ini Senin, tanggal satu bulan Desember tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini:\n"
     "1. Ir. [[NAMA0:Bambang Purwanto]], NIP [[NIP:19680705 199303 1 007]], selaku PIHAK PERTAMA\n"
     "2. [[NAMA0:Sugiyanto]], NIP [[NIP:19830119 200801 1 003]], selaku PIHAK KEDUA\n"
     "menyerahkan satu unit Toyota Innova bernomor polisi [[PLAT:KT 1045 A]] (kendaraan dinas)."),
    # V035
    (HN, "Bupati Kutai Kartanegara [[NAMA0:Ahmad Zulkarnain Irawan]] meresmikan Pasar Rakyat Tenggarong Seberang, "
     "Kamis (20/11/2025). Pasar senilai Rp 18,7 miliar itu menampung 312 pedagang."),
    # V036
    (NO, "sy mau lapor penipuan jual beli online. sy udh trf ke rek BRI [[REKENING:0558-01-019334-50-7]] "
     "a.n [[NAMA:WAHYUNI SAFITRI]], barang gak dikirim. nomor penjual [[TELEPON:+6285754218830]] skrg gak aktif"),
    # V037
    (HN, "Info min: jalan di Gg. Sinar Tani tergenang 50 cm, motor gak bisa lewat. Posko banjir ada di "
     "depan Masjid Al-Ikhlas, RT 12."),
    # V038
    (NO, "Ma'am, sy wartawan portal berita lokal mau minta konfirmasi soal proyek pelabuhan. "
     "sy [[NAMA:Fadli]] dr kaltimkini, email [[EMAIL:fadli.redaksi@kaltimkini.co.id]]"),
    # V039
    (HN, "SP4N-LAPOR!\nNomor Laporan: #KLT-2025-11-00831\nTanggal: 21/11/2025 19:42\n"
     "Status: Ditutup oleh instansi\nTanggapan: Laporan telah ditindaklanjuti oleh Dinas PUPR Kota Bontang "
     "dengan penambalan jalan di Jl. DI Panjaitan. Terima kasih atas partisipasi Anda."),
    # V040
    (NO, "Bu [[NAMA:Marlina]] ini nomor WA saya yg baru ya [[TELEPON:0812.5588.3021]], yg lama hilang. "
     "Tolong dimasukkan ke grup PPID kabupaten. Salam, [[NAMA0:Yanti]] dr Kecamatan Muara Badak"),
    # V041
    (HN, "Biaya pembuatan SIM C baru sesuai PP 76 Tahun 2020 adalah Rp 100.000, ditambah tes kesehatan dan "
     "psikologi. Jangan percaya calo yang meminta Rp 750.000."),
    # V042
    (NO, "Data pendaftar UMKM Go Digital (ekspor Google Form):\n"
     "Nama Usaha | Nama Pemilik | NIK | WhatsApp | Email\n"
     "Amplang Bu Ijah | [[NAMA0:Hadijah]] | [[NIK:6474036906780002]] | [[TELEPON:081256601234]] | [[EMAIL:amplangbuijah@gmail.com]]\n"
     "Kerajinan Manik Lamin | [[NAMA0:Lusia Bulan]] | [[NIK:6402014712890001]] | [[TELEPON:085246009811]] | [[EMAIL:maniklamin.kubar@gmail.com]]\n"
     "Kopi Sangatta Jaya | [[NAMA0:Liem Swie Hong]] | [[NIK:6404022101700003]] | [[TELEPON:081152209876]] | -"),
    # V043
    (HN, "Jadwal SIM Keliling Polresta Samarinda Senin 8 Desember 2025 pukul 09.00-12.00 WITA di Taman Samarendah, "
     "Jl. Bhayangkara."),
    # V044
    (NO, "Mobil pick up putih plat [[PLAT:KT-8307-LR]] buang limbah ke sungai Karang Mumus tiap subuh, "
     "sy udh videoin. Mohon DLH tindak."),
    # V045
    (HN, "RISALAH RAPAT\nHari/Tanggal: Jumat, 14 November 2025\nPukul: 09.00 - 11.30 WITA\n"
     "Pimpinan Rapat: Kepala Diskominfo Kaltim\nNotulis: [[NAMA0:Ni Made Ayu Lestari]]\n\n"
     "1. Sekretaris menyampaikan anggaran publikasi tahun 2026 sebesar Rp 3,5 miliar.\n"
     "2. [[NAMA0:Joko Santoso]] (Kabid Statistik) mengusulkan dashboard data terbuka.\n"
     "3. Disepakati rapat lanjutan tanggal 28 November 2025."),
    # V046
    (NO, "Pak sy [[NAMA:Rahman bin Usman]] nelayan, rumah di [[ALAMAT:Jl. Pelabuhan Gg. Nelayan RT 03 No. 7]] Muara Pantuan. Mau daftar kartu nelayan (KUSUKA), "
     "NIK [[NIK:6403 1005 0981 0006]], HP [[TELEPON:0852 4800 1177]]. Sinyal di sini susah pak"),
    # V047
    (HN, "Ucapan selamat Hari Ulang Tahun ke-68 Provinsi Kalimantan Timur, 9 Januari 2025. Ruhui Rahayu!"),
    # V048
    (NO, "Salam, saya [[NAMA:Veronika Dewi Setyaningsih]], guru SDN 004 Tenggarong. Mohon info TPG triwulan III. "
     "NIP [[NIP:198506262010012015]], NUPTK sudah terdaftar. Email [[EMAIL:vero.setyaningsih85@guru.sd.belajar.id]]"),
    # V049
    (HN, "Mohon maaf, rekening atas nama Bendahara Pengeluaran Diskominfo hanya untuk pembayaran resmi. "
     "Jangan transfer ke rekening pribadi yang mengatasnamakan panitia."),
    # V050
    (NO, "tadi pagi ada kecelakaan motor [[PLAT:KT 3782 VB]] sama truk [[PLAT:KT 8841 NC]] di simpang lampu merah "
     "air hitam, pengendara motor dibawa ke rs. sopir truk kabur"),
    # V051
    (HN, "Selamat pagi, saya [[NAMA:Muhammad Arsyad]] mau menanyakan status permohonan akta kelahiran anak saya. "
     "Nomor registrasi 6472-LU-28112025-0041. No KK [[KK:6472.0315.0822.0005]]. Terima kasih."),
    # V052
    (NO, "kak ini sy kirim data buat bantuan seragam sekolah anak:\nnama anak: [[NAMA:Aurel Putri Ramadhani]]\n"
     "nama ortu: [[NAMA:Jumiati]]\nno kk: [[KK:6471 0513 0716 0021]]\nalamat: [[ALAMAT:Gg Masjid RT 34 No 8]] "
     "Kel. Margo Mulyo, Balikpapan Barat\nhp: [[TELEPON:0813-5030-9941]]"),
    # V053
    (HN, "Kami sampaikan bahwa berdasarkan Surat Edaran Gubernur Kalimantan Timur Nomor 100.3.4/9076/B.Hk-PPU/2025, "
     "ASN dilarang menggunakan kendaraan dinas untuk mudik. Pelanggaran dapat dilaporkan ke 1500-117."),
    # V054
    (NO, "Tolong admin, anak saya hilang sejak semalam. Namanya [[NAMA0:Dimas Prasetyo]], umur 14 tahun, pakai jaket "
     "hitam. Terakhir terlihat di Terminal Sungai Kunjang. Kalau ada yang lihat hubungi saya [[NAMA:Sri Wahyuni]] "
     "[[TELEPON:0852-5031-6674]]"),
    # V055
    (HN, "Bapak Wali Kota Samarinda meninjau banjir di Jalan DI Panjaitan dan Jalan Antasari pagi ini. "
     "Ketinggian air mencapai 60 cm di depan RSUD I.A. Moeis."),
    # V056
    (NO, "KUITANSI\nSudah terima dari: Bendahara Pengeluaran Diskominfo Kab. Paser\n"
     "Uang sejumlah: Rp 1.500.000 (satu juta lima ratus ribu rupiah)\n"
     "Untuk pembayaran: honor moderator dialog publik\n\n"
     "Tanah Grogot, 11 November 2025\nYang menerima,\n\n[[NAMA0:Syahrani Noor]]\n"
     "NPWP [[NPWP:6401021708840002]]\nRek. Bankaltimtara [[REKENING:0021 3344 19]]"),
    # V057
    (HN, "Mohon dicatat: nomor HP pelapor sudah kami samarkan menjadi 0812-****-7710 sesuai prosedur PPID. "
     "NIK pelapor tercatat 6472********0003."),
    # V058
    (NO, "Izin menginformasikan, plat mobil yang parkir sembarangan di depan gerbang SD itu [[PLAT:KT 1917 EQ]] dan "
     "[[PLAT:KT 1277 PA]]. Setiap jam pulang sekolah macet."),
    # V059
    (HN, "PENGUMUMAN\nNomor: 800.1.2.2/3391/BKD/2025\nTentang Hasil Seleksi Administrasi Jabatan Pimpinan Tinggi Pratama\n"
     "Peserta yang lulus wajib hadir pada 17 Desember 2025 pukul 08.00 WITA di Gedung BPSDM Prov. Kaltim, "
     "Jl. H.M. Ardans, Samarinda."),
    # V060
    (NO, "Nama : [[NAMA:ANTUNG NORHIDAYAH]]\nTTL : Martapura, 02-09-1991\nNIK : [[NIK:6472074209910005]]\n"
     "Status : Kawin\nAlamat : [[ALAMAT:JL. LAMBUNG MANGKURAT GG. 4 NO. 19 RT. 016]]\nKelurahan : Pelita\n"
     "Pekerjaan : Mengurus Rumah Tangga"),
    # V061
    (HN, "Sy mau tanya min, klo bayar pajak motor lewat Samsat Keliling di depan Big Mall bisa pakai QRIS ga? "
     "Pajak sy Rp 312.500 jatuh tempo 17 Des."),
    # V062
    (NO, "Kpd Humas Polda, sy [[NAMA:Jefri Simanjuntak]] mau melaporkan kehilangan motor Vario hitam [[PLAT:KT 2093 RL]] "
     "di parkiran pasar segiri. NIK [[NIK:6472 0428 0290 0005]], alamat [[ALAMAT:Jl. Dr. Soetomo Gg. 5 No. 44]]. Nomor rangka MH1JM3118KK204557. HP [[TELEPON:0812 5444 3361]]"),
    # V063
    (HN, "Selamat! Tim Diskominfo Kaltim meraih peringkat 2 Anugerah Keterbukaan Informasi Publik 2025 kategori "
     "badan publik provinsi. Penghargaan diterima di Jakarta, 16 Desember 2025."),
    # V064
    (HN, "[12/11/25 20.14] Ibu RT: Bpk ibu sekalian, yg blm kumpul fotokopi KK buat data bantuan tolong besok ya\n"
     "[12/11/25 20.16] Pak [[NAMA:Darmawan]]: bu rt ini no kk sy [[KK:6474011006150009]] fotokopinya nyusul\n"
     "[12/11/25 20.21] [[NAMA0:Evi Susanti]]: sy titip ke bu [[NAMA:Ros]] aja ya"),
    # V065
    (HN, "Daftar ruas jalan yang ditutup saat Car Free Day: Jl. Basuki Rahmat, Jl. Gajah Mada, Jl. Panglima Batur. "
     "Berlaku setiap Minggu pukul 06.00-09.00 WITA."),
    # V066
    (NO, "Yth. Admin PPID, dengan ini saya mengajukan permohonan informasi salinan kontrak proyek turap Sungai "
     "Karang Mumus.\nNama: [[NAMA:Yulianus Ding]]\nPekerjaan: Peneliti\nEmail: [[EMAIL:yulianus.ding@unmul.ac.id]]\n"
     "Telepon: [[TELEPON:(0541) 7271 445]]\nAlamat: [[ALAMAT:Perum Bukit Pinang Asri Blok F No. 7]], Samarinda"),
    # V067
    (HN, "Stok beras SPHP di gudang Bulog Samarinda aman hingga Maret 2026, sebanyak 12.400 ton. "
     "Harga eceran tertinggi Rp 12.500 per kg."),
    # V068
    (NO, "sy mau komplain min, pegawai kecamatan yg namanya [[NAMA0:Heru]] minta uang 200rb utk urus surat pindah. "
     "katanya biar cepet. sy ada rekaman suaranya"),
    # V069
    (HN, "Rekapitulasi pengaduan November 2025: 412 laporan masuk, 386 selesai, 26 proses. Kanal terbanyak "
     "WhatsApp (61%) disusul Instagram (22%)."),
    # V070
    (NO, "Mohon izin Pak, berikut rekening untuk pembayaran sewa tenda acara di Desa Sepaso:\nBNI [[REKENING:1123456780]] "
     "a.n. [[NAMA:Paransyah]]. Konfirmasi ke [[TELEPON:0853 4933 2210]]"),
    # V071
    (HN, "Pengguna Jalan Tol Balikpapan-Samarinda diimbau waspada di KM 13 hingga KM 20 karena kabut asap. "
     "Informasi lalu lintas tol: 14080."),
    # V072
    (NO, "Surat Pernyataan\nYang bertanda tangan di bawah ini:\nNama: [[NAMA:Markus Jalung]]\nNIK: [[NIK:6411 0209 1265 0001]]\n"
     "Alamat: [[ALAMAT:Kampung Long Melaham RT 02]], Kec. Long Bagun\nmenyatakan bahwa tanah kebun tersebut tidak "
     "dalam sengketa.\n\nLong Bagun, 3 November 2025\nYang menyatakan,\n\n[[NAMA0:MARKUS JALUNG]]"),
    # V073
    (HN, "kak di IG ada akun palsu yang mengatasnamakan Ibu Kepala Dinas Pariwisata, minta transfer buat "
     "'donasi'. Akunnya @dispar.kaltim.official2 gitu kak. bukan akun resmi kan?"),
    # V074
    (NO, "Yang terhormat Bapak Camat, kami warga [[ALAMAT:Jalan Poros Gunung Kapur RT. 18 No. 5]] Kel. Margasari "
     "memohon pengerasan jalan. Koordinator warga: [[NAMA0:Abdul Latif]] ([[TELEPON:0812-5300-8874]])."),
    # V075
    (HN, "Tarif PDAM Kota Balikpapan untuk golongan rumah tangga 2 naik menjadi Rp 6.950/m3 mulai 1 Januari 2026, "
     "sesuai Keputusan Wali Kota Nomor 188.45-512/2025."),
    # V076
    (NO, "mohon bantu min, aku [[NAMA:fitriani]] mahasiswi, dompet aku ketinggalan di bus Bus Trans Kaltim tadi siang. "
     "isinya ktp nik [[NIK:6472 05 600102 0004]], atm bri. kalau ada yg nemu hub aku [[TELEPON:082254913327]]"),
    # V077
    (HN, "Jam pelayanan Mal Pelayanan Publik Kota Bontang: Senin-Kamis 08.00-15.00, Jumat 08.00-11.00. "
     "Alamat: Jl. Awang Long, Bontang Utara."),
    # V078
    (NO, "Yth. Bapak/Ibu Kepala Perangkat Daerah,\nBerikut kami sampaikan narahubung kegiatan:\n"
     "- [[NAMA0:Rezky Amalia Putri]] ([[EMAIL:rezky.amalia@kaltimprov.go.id]])\n"
     "- [[NAMA0:Syaiful Bahri]] ([[EMAIL:syaifulbahri.ikp@gmail.com]], [[TELEPON:0811 5844 219]])"),
    # V079
    (HN, "Laporan Anda dengan nomor tiket DK-20251130-0117 telah kami terima dan diteruskan ke Dinas Perhubungan. "
     "Estimasi tindak lanjut 5 hari kerja."),
    # V080
    (NO, "Sy [[NAMA:Ahmad Jailani]] sopir angkot jalur A, mohon Dishub tertibkan angkot bodong plat hitam "
     "[[PLAT:KT 1623 WD]] yg ngetem di depan pasar pagi. sy punya fotonya"),
    # V081
    (HN, "Menyambut Hari Jadi Kota Balikpapan ke-128, 10 Februari 2025, Pemkot menggelar pawai budaya dari "
     "Lapangan Merdeka hingga Jalan Jenderal Sudirman."),
    # V082
    (NO, "Nota Dinas\nKepada: Kepala Badan Kepegawaian Daerah\nDari: Sekretaris Diskominfo\nNomor: 800/1422/Sekr/2025\n"
     "Hal: Usulan Kenaikan Pangkat Periode April 2026\n\nBersama ini kami usulkan kenaikan pangkat reguler atas nama "
     "[[NAMA:Winda Kusumawardhani]], S.Kom, NIP [[NIP:19900128 201503 2 006]], Penata Muda Tingkat I (III/b).\n\n"
     "Sekretaris,\n\nDrs. H. [[NAMA0:Mursidi]], M.M.\nNIP. [[NIP:19710304 199803 1 005]]"),
    # V083
    (HN, "Nomor darurat pemadam kebakaran Kota Samarinda: 113 atau (0541) 741550. Simpan nomor ini, bukan "
     "nomor pribadi petugas."),
    # V084
    (NO, "Assalamualaikum pak, ini istri almarhum [[NAMA0:Saleh bin Daeng Macora]], mau urus taspen. NIP almarhum "
     "[[NIP:196502171989031004]]. sy [[NAMA:Hasnah]] tinggal di [[ALAMAT:Gg. Langgar Nurul Huda No. 2 RT 08]] Loa Bakung"),
    # V085
    (HN, "Ribuan warga padati Masjid Islamic Center Samarinda untuk salat Iduladha 1446 H, Jumat (6/6/2025)."),
    # V086
    (NO, "Kepada tim verifikasi BLT desa, data penerima perlu diperbaiki:\n"
     "- [[NAMA0:Maria Goreti Uring]], NIK [[NIK:6402 1652 0560 0001]], KK [[KK:6402 1610 0211 0004]]\n"
     "- [[NAMA0:Stefanus Ngang]], NIK [[NIK:6402 1608 0473 0002]], KK [[KK:6402 1615 0814 0003]]"),
    # V087
    (HN, "Admin, harga tiket speedboat Tarakan-Tanjung Selor skrg berapa? kemarin Rp 150.000, kata temen udah naik."),
    # V088
    (NO, "hai min, aku mau klaim hadiah kuis HUT Kaltim. nama [[NAMA:Clarissa Wijaya]], ig @clarissa.wjy, "
     "rek BCA [[REKENING:0253 718 449]], email [[EMAIL:clarissawijaya02@gmail.com]]"),
    # V089
    (HN, "Perbaikan Jembatan Mahkota II ditargetkan selesai 30 April 2026. Selama pengerjaan, kendaraan di atas "
     "8 ton dialihkan ke Jembatan Mahulu."),
    # V090
    (NO, "Surat Tugas\nNomor: 094/0912/Diskominfo/2025\nMenugaskan:\n"
     "Nama: [[NAMA:Hendrikus Ding]], S.T.\nNIP: [[NIP:19870413 201101 1 009]]\nJabatan: Pranata Komputer Ahli Muda\n"
     "untuk melaksanakan pemeliharaan jaringan di Kecamatan Tabang, 2-4 Desember 2025."),
    # V091
    (HN, "Kapal KM Bukit Siguntang tiba di Pelabuhan Semayang pukul 06.00 WITA membawa 1.740 penumpang."),
    # V092
    (NO, "pak sy [[NAMA:wahidin]] mau lapor truk sawit [[PLAT:KT8126AD]] dan [[PLAT:DA 8842 TR]] muat berlebih, "
     "jalan desa kami di Kongbeng jadi ancur"),
    # V093
    (HN, "Sesuai Perda Kota Samarinda Nomor 2 Tahun 2021, membuang sampah di luar jam 18.00-06.00 dapat didenda "
     "hingga Rp 50.000.000."),
    # V094
    (NO, "Kak mau nanya, beasiswa sy blm cair. Sy [[NAMA:Kezia Angelina]], NIK [[NIK:6471-0354-1103-0002]], KK [[KK:6471 0312 0920 0010]], "
     "rek Bankaltimtara [[REKENING:0031-22-104477]]. Terima kasih kak"),
    # V095
    (HN, "Kepada seluruh ASN, apel pagi Senin 15 Desember 2025 dilaksanakan di halaman Kantor Gubernur pukul 07.30 WITA. "
     "Pakaian: Korpri."),
    # V096
    (HN, "Sdr. [[NAMA:Irfan Maulana]], mohon segera melengkapi berkas pendaftaran magang Anda. Pemberitahuan "
     "sudah kami kirim ke [[EMAIL:irfanmaulana1203@gmail.com]] pada 20 November 2025, tetapi belum ada balasan."),
    # V097
    (HN, "Sengketa informasi nomor 014/KIP-KT/PS/X/2025 akan disidangkan di Komisi Informasi Provinsi Kalimantan "
     "Timur pada 9 Desember 2025."),
    # V098
    (NO, "Bukti pendaftaran:\nNo. Pendaftaran: PPDB-SMP-2025-00871\nNama Siswa: [[NAMA:NAYLA SYAFIRA]]\n"
     "Nama Wali: [[NAMA:SUPRIADI]]\nNIK Wali: [[NIK:6409011408800004]]\nNo. KK: [[KK:6409012005120001]]\n"
     "Alamat: [[ALAMAT:JL. PROPINSI KM 4 RT 011]] NIPAH-NIPAH"),
    # V099
    (HN, "Kepala Diskominfo Kaltim meminta seluruh admin media sosial perangkat daerah tidak mengunggah foto "
     "KTP atau KK warga, termasuk dalam unggahan penyerahan bantuan."),
    # V100
    (NO, "Mas ini no rek sy BRI [[REKENING:318301011772508]] a.n [[NAMA:Eko Prasetyo]] buat honor jadi fotografer "
     "acara kemarin ya. Makasih"),
    # V101
    (NO, "REKAP PESERTA PELATIHAN JURNALISTIK WARGA (ekspor Google Form)\n"
     "Nama Lengkap,NIK,Alamat,No WA,Email\n"
     "[[NAMA0:Rusmiati]],[[NIK:6403084405920003]],[[ALAMAT:Jl. Wolter Monginsidi RT 15 No 22]],[[TELEPON:085348112097]],[[EMAIL:rusmiati92@gmail.com]]\n"
     "[[NAMA0:andi muh. fadel]],[[NIK:6471021910000001]],[[ALAMAT:Komp. BDS II Blok K No. 3]],[[TELEPON:081350662431]],[[EMAIL:fadel.andi00@gmail.com]]\n"
     "[[NAMA0:Yoel Lung]],[[NIK:6411011303970002]],[[ALAMAT:Kampung Ujoh Bilang RT 004]],[[TELEPON:6282148803315]],[[EMAIL:yoellung97@yahoo.com]]"),
    # V102
    (HN, "Informasi kehilangan: telah ditemukan dompet berisi KTP atas nama [[NAMA:Nordiansyah]] di Halte Jl. Pahlawan. "
     "Pemilik dapat mengambil di Pos Dishub, tunjukkan identitas. Info: Call Center Dishub 1500-616."),
    # V103
    (NO, "Yth. Admin Samsat Kutai Kartanegara, sy [[NAMA:Aji Raden Amirullah]] mau balik nama motor bekas "
     "[[PLAT:KT 4552 KG]] dr pemilik lama [[NAMA0:Lili Suryani]]. Alamat sy skrg [[ALAMAT:Jl. Danau Aji Gg. Kenanga No. 11]] "
     "Tenggarong. Syaratnya apa aja ya?"),
    # V104
    (HN, "Nomor: 000.1.2.3/4477/Umum/2025\nSifat: Segera\nLampiran: -\nPerihal: Undangan Rapat Evaluasi Website Perangkat Daerah\n\n"
     "Rapat dilaksanakan pada Selasa, 9 Desember 2025, pukul 13.30 WITA, di Ruang Rapat Lantai 3, "
     "Jl. Basuki Rahmat No. 41 Samarinda."),
    # V105
    (NO, "Mohon maaf Pak, ini data kendaraan dinas yang pajaknya belum dibayar:\n"
     "1. [[PLAT:KT 1287 F]] - pemegang: [[NAMA0:Rudy Hartono Lim]], NIP [[NIP:19760905 200604 1 011]]\n"
     "2. [[PLAT:KT 1311 F]] - pemegang: [[NAMA0:Nurul Hikmah]], NIP [[NIP:19880702 201101 2 010]]\n"
     "3. [[PLAT:KT 6028 F]] - pemegang: [[NAMA0:Dedi Kurniawan]], NIP [[NIP:19910116 201403 1 002]]"),
    # V106
    (HN, "Pemerintah Kabupaten Berau menetapkan status tanggap darurat banjir selama 14 hari sejak 2 Desember 2025. "
     "Posko utama di Kantor BPBD, Jl. Pulau Derawan, Tanjung Redeb."),
    # V107
    (NO, "Selamat sore, saya [[NAMA:Lie Mei Ling]] pemilik usaha katering, sudah mendaftar e-Katalog lokal. "
     "NPWP badan [[NPWP:03.117.662.4-741.000]], NPWP pribadi [[NPWP:6472 0158 1283 0002]]. Email [[EMAIL:meiling.catering@gmail.com]]"),
    # V108
    (HN, "Jangan percaya pesan WhatsApp yang meminta transfer ke rekening atas nama pribadi untuk biaya "
     "penerbitan KTP. Layanan Disdukcapil gratis. Nomor pengaduan resmi 0811-5833-000."),
    # V109
    (NO, "lapor pak polisi, sy [[NAMA:Nurlela]] dipukul suami tadi malam. sy skrg di rumah ibu sy di [[ALAMAT:gg. sepakat 2 rt 09 no 14]] "
     "sempaja. hp sy [[TELEPON:0821 5033 0092]] tolong jgn kasih tau dia"),
    # V110
    (HN, "Kepada Yth. Panitia Pengadaan,\nPenyedia: CV Mahakam Karya Mandiri\nDirektur: H. [[NAMA0:Baharuddin]]\n"
     "NPWP: [[NPWP:92.331.004.1-722.000]]\nRekening: Bankaltimtara [[REKENING:0011 8845 201]] a.n. CV Mahakam Karya Mandiri\n"
     "Alamat Kantor: Jl. Cendana No. 16, Samarinda"),
    # V111
    (HN, "BPJS Kesehatan Cabang Balikpapan: Pembayaran iuran dapat dilakukan hingga tanggal 10 setiap bulan. "
     "Keterlambatan tidak dikenai denda kecuali rawat inap dalam 45 hari. Info: Care Center 165."),
    # V112
    (NO, "BIODATA PEGAWAI\nNama : [[NAMA:SRI ASTUTI NINGSIH]], S.E.\nNIP : [[NIP:198204172006042019]]\n"
     "NIK : [[NIK:6474 0257 0482 0001]]\nNPWP : [[NPWP:67.410.228.5-724.000]]\nNo. KK : [[KK:6474 0201 0909 0015]]\n"
     "Alamat : [[ALAMAT:Jl. Brigjen Katamso Gg. Mawar RT. 12 No. 9]], Bontang\nNo. HP : [[TELEPON:0813 4622 9001]]\n"
     "Email : [[EMAIL:sriastuti.bontang@gmail.com]]\nRekening Gaji : [[REKENING:0052 4410 883]] (Bankaltimtara)"),
    # V113
    (HN, "Hari ini, Senin (1/12/2025), Sekda Prov. Kaltim membuka Rakor Kehumasan di Hotel Mercure Samarinda. "
     "Kegiatan diikuti 120 peserta dari 10 kabupaten/kota."),
    # V114
    (HN, "min mobil [[PLAT:kt 1538 jm]] tiap malam parkir di trotoar depan ruko Jl. M. Yamin, pejalan kaki "
     "terpaksa lewat jalan. pemiliknya katanya namanya koh [[NAMA0:Ahong]] yg punya toko hp"),
    # V115
    (HN, "Cuaca Kaltim hari ini: berawan hingga hujan ringan. Suhu 24-32 derajat Celsius. Sumber: BMKG Stasiun "
     "Meteorologi APT Pranoto Samarinda."),
    # V116
    (NO, "Kpd Yth Bpk Kepala Desa Sebulu Ilir,\nsaya [[NAMA:Ramlah binti Sulaiman]] mohon surat keterangan tidak mampu untuk "
     "berobat anak saya. NIK [[NIK:6403 1151 1079 0002]], KK [[KK:6403 1108 0305 0019]].\n"
     "Alamat [[ALAMAT:Jl. Poros Sebulu RT 06 No. 21]]"),
    # V117
    (HN, "Selamat Hari Guru Nasional, 25 November 2025. Terima kasih Bapak Ibu guru di seluruh pelosok Kaltim, "
     "dari Long Apari hingga Pulau Derawan."),
    # V118
    (HN, "[Tangkapan layar WhatsApp, ditranskrip]\n"
     "[[TELEPON:+62 812-5566-0932]]: Selamat siang, saya dari Dinas Sosial, bantuan Ibu sudah cair Rp 2.400.000, silakan "
     "kirim foto KTP dan nomor rekening\n"
     "Saya: ini dari siapa ya?\n"
     "[[TELEPON:+62 812-5566-0932]]: Saya [[NAMA:Budi Santoso]] petugas pendamping"),
    # V119
    (HN, "Kepada wajib pajak kendaraan, program pemutihan denda PKB di Kaltim berlaku 1 Oktober hingga 31 Desember 2025. "
     "Cek tagihan di aplikasi resmi atau SMS ke 7070."),
    # V120
    (NO, "Dengan hormat, kami sampaikan susunan panitia Festival Erau Adat Pelas Benua:\n"
     "Ketua: [[NAMA0:Awang Ferdiansyah]] ([[TELEPON:0812 5511 7420]])\n"
     "Sekretaris: [[NAMA0:Dayang Rosita]] ([[TELEPON:0853 5006 3318]])\n"
     "Bendahara: [[NAMA0:Aji Siti Rahmawati]] (rek. [[REKENING:0031 2207 119]])"),
    # V121
    (HN, "Pemadaman listrik bergilir di wilayah Sangatta Utara, Kamis 11 Desember 2025 pukul 09.00-14.00 WITA. "
     "Info PLN 123."),
    # V122
    (NO, "Halo kak, aku mau daftar jadi relawan pendamping lansia. Data: [[NAMA0:Priscilla Natalia Sembiring]] / "
     "[[TELEPON:0812-4877-0063]] / [[EMAIL:priscillans@outlook.com]] / tinggal di [[ALAMAT:Perumahan Graha Indah Blok H5 No. 21]] Balikpapan Utara"),
    # V123
    (HN, "Pekerjaan pelebaran Jalan Pangeran Suryanata menyebabkan antrean kendaraan sepanjang 2 km. "
     "Pengerjaan berlangsung hingga 20 Desember 2025."),
    # V124
    (NO, "yth samsat, sy beli mobil bekas [[PLAT:KT 1798 BE]] tp STNK atas nama [[NAMA:Teguh Wibisono]], dia udah pindah "
     "ke jawa, alamat di STNK [[ALAMAT:Jl. Kadrie Oening Gg. Salak No. 17 RT 40]]. no hp dia [[TELEPON:0812 9944 0273]] udah ga aktif. gimana cara mutasi nya"),
    # V125
    (HN, "Dalam rangka HUT Korpri ke-54, Pemprov Kaltim menggelar donor darah di Lamin Etam, Jl. Gajah Mada, "
     "Jumat 28 November 2025 mulai pukul 08.00 WITA."),
    # V126
    (HN, "Laporan Kegiatan Reses Anggota DPRD\nPeserta yang menyampaikan aspirasi:\n"
     "1. [[NAMA0:Kasmuddin]] (Ketua RT 23 Kel. Loa Bakung) - drainase\n"
     "2. Ibu Hj. [[NAMA:Mastiah]] - lampu jalan\n"
     "3. [[NAMA0:Yakobus Ajan]] - air bersih"),
    # V127
    (HN, "Pendaftaran Bimbingan Teknis Pranata Humas angkatan II dibuka sampai 19 Desember 2025 pukul 23.59 WITA. "
     "Kuota 40 orang. Tautan: bit.ly/bimtekhumas2025."),
    # V128
    (NO, "Salam min, ini sy [[NAMA:Gusti Ayu Ketut Sriani]] dari Kelurahan Sumber Rejo. Mau konfirmasi jadwal vaksin "
     "HPV anak sy. Email sekolahnya [[EMAIL:gaksriani@gmail.com]], hp [[TELEPON:0811-549-0274]]"),
    # V129
    (HN, "Data pemohon izin keramaian:\nNama Pemohon : [[NAMA:Robert Lawing]]\nNIK : [[NIK:6402 0603 1186 0004]]\n"
     "Alamat : [[ALAMAT:Jl. Sendawar Raya No. 27 RT 005]], Barong Tongkok\nAcara : Pesta pernikahan, 13 Desember 2025\n"
     "Kendaraan pengangkut sound system: [[PLAT:KT 8451 CU]]"),
    # V130
    (HN, "Kepada warga yang menerima SMS berisi tautan undian berhadiah mengatasnamakan Bankaltimtara, harap "
     "abaikan. Bankaltimtara tidak pernah mengadakan undian melalui SMS. Hubungi 1500-525."),
    # V131
    (NO, "TANDA TERIMA BERKAS\nTelah terima dari: [[NAMA0:ABDUL RAHIM DG. MATTOLA]]\nBerkas: Permohonan KTP-el pindah datang\n"
     "NIK: [[NIK:6471 0303 0662 0001]]\nNo. KK baru: [[KK:6471 0328 1125 0006]]\nPetugas: [[NAMA0:Yuliana]]"),
    # V132
    (HN, "Warga diminta tidak mendekati Jembatan Kutai Kartanegara ing Martadipura pada pukul 22.00-04.00 karena "
     "perbaikan lampu. Jalur alternatif melalui Jembatan Repo-Repo."),
    # V133
    (NO, "sy mau lapor min, akun fb atas nama [[NAMA:Rini Anggraeni]] jual2 beli data KTP. dia minta ditransfer "
     "ke rek BNI [[REKENING:0398 117 624]]. ini bahaya kan min"),
    # V134
    (HN, "Jangan lupa, batas akhir pelaporan SPT Tahunan orang pribadi adalah 31 Maret 2026. KPP Pratama Samarinda Ulu "
     "membuka layanan hingga pukul 16.00 WITA."),
    # V135
    (NO, "Kepada Yth.\nBapak [[NAMA:Sahrul Gunawan]]\n[[ALAMAT:Jl. Cipto Mangunkusumo Gg. Lestari No. 5 RT 19]]\n"
     "Kel. Sengkotek, Samarinda Seberang\n\nPerihal: Tanggapan atas pengaduan"),
    # V136
    (HN, "Kementerian Kominfo telah memblokir 48 akun yang menyebarkan hoaks banjir Samarinda. Masyarakat dapat "
     "melaporkan konten negatif melalui aduankonten.id."),
    # V137
    (NO, "Penerima beasiswa pendidikan tinggi tahap 2:\nNo | Nama | Kampus | No. Rekening\n"
     "1 | [[NAMA0:Muhammad Rizky Pratama]] | Unmul | [[REKENING:0031 1194 207]]\n"
     "2 | [[NAMA0:Sinta Paramitha Tan]] | Poltekba | [[REKENING:0052 7730 118]]\n"
     "3 | [[NAMA0:Benediktus Ngo]] | ITK | [[REKENING:0071 2280 416]]"),
    # V138
    (HN, "Panduan: Foto dokumen yang diunggah harus jelas. Contoh format NIK yang benar: 16 digit angka tanpa spasi. "
     "Contoh nama file: KTP_namaanda.jpg."),
    # V139
    (NO, "Assalamualaikum, saya Hj. [[NAMA:Normiah]] ketua majelis taklim Al-Mubarak. Mohon izin pakai halaman kantor "
     "kelurahan utk maulid. Kontak sy [[TELEPON:0852 4677 9080]] atau hubungi [[NAMA0:Rizal]] (cucu) di [[TELEPON:0896 7411 2309]]"),
    # V140
    (HN, "Pada Jumat (5/12/2025), Wakil Gubernur [[NAMA0:Yusuf Effendi Gani]] menyerahkan 250 unit rumah layak huni "
     "kepada warga Kutai Timur. Program ini menelan anggaran Rp 12,5 miliar."),
    # V141
    (NO, "Mohon diperbaiki data saya di SIASN:\nNama: [[NAMA:Elisabeth Oktaviani Hayaq]]\nNIP lama terbaca: "
     "[[NIP:19931024 201902 2 008]]\nNIK: [[NIK:6472 0264 1093 0004]]\nEmail: [[EMAIL:elisabeth.hayaq@gmail.com]]"),
    # V142
    (HN, "Kami informasikan bahwa ID pengaduan Anda 2025/PPID/0918 telah diproses. Untuk informasi lanjutan, "
     "hubungi kami di ppid@kaltimprov.go.id atau (0541) 7779 123."),
    # V143
    (HN, "Lapor pak, ada pungli di pelabuhan penyeberangan. Petugas pakai baju oranye minta 50rb per motor. "
     "Motor saya [[PLAT:KT 5508 BQ]], saya [[NAMA:Samsul Rijal]], rumah di [[ALAMAT:Perum Korpri Loa Bakung Blok E No. 2]]."),
    # V144
    (HN, "NOTULEN RAPAT PERSIAPAN PELANTIKAN\n"
     "Hadir: [[NAMA0:Yudi Hermawan]] (Kabag Protokol), [[NAMA0:Siti Masrifah]] (Kasubbag Dokumentasi), "
     "[[NAMA0:Andi Muhammad Nur]] (Pranata Humas)\n"
     "- [[NAMA0:Yudi]]: gladi bersih tanggal 7 Januari 2026 pukul 14.00\n"
     "- [[NAMA0:Siti]]: fotografer 3 orang, video 2 orang"),
    # V145
    (HN, "Pengumuman: Kantor Samsat Balikpapan pindah sementara ke Jl. Marsma R. Iswahyudi No. 18 mulai 2 Januari 2026 "
     "selama renovasi."),
    # V146
    (NO, "halo min sy [[NAMA:bayu aji nugroho]] driver ojol, kmrn dapet penumpang ketinggalan tas. isinya ktp "
     "a.n [[NAMA:MARIANA SARI]] nik [[NIK:6472 0655 1288 0003]]. mau sy antar ke polsek atau gimana? hp sy [[TELEPON:0812 1077 3480]]"),
    # V147
    (HN, "Total 17 titik lubang di Jalan Poros Samarinda-Bontang telah ditambal pada 1-6 Desember 2025. Masyarakat "
     "dapat melaporkan jalan rusak melalui aplikasi atau Call Center 112."),
    # V148
    (HN, "Saya [[NAMA:Fransiskus Xaverius Lejau]], mohon informasi rekening resmi untuk retribusi sewa gedung. "
     "Saya sudah transfer Rp 3.000.000 ke [[REKENING:1422 0511 8830 7]] (Mandiri) a.n. [[NAMA:Teddy]] karena disuruh "
     "petugas, ternyata rekening pribadi."),
    # V149
    (HN, "Ibu Kota Nusantara akan menjadi tuan rumah upacara HUT RI ke-81 pada 17 Agustus 2026. Akses umum dibuka "
     "melalui Jalan Tol IKN segmen 5A."),
    # V150
    (NO, "Rekap SPPD Desember:\n[[NAMA0:Abdul Karim]] (NIP [[NIP:19810509 200901 1 006]]) - Tanjung Redeb - [[PLAT:KT 1093 F]]\n"
     "[[NAMA0:Ni Luh Putu Eka Sari]] (NIP [[NIP:19900921 201503 2 004]]) - Sangatta - pesawat\n"
     "[[NAMA0:Rahmadi]] (NIP [[NIP:19850302 201001 1 012]]) - Tanah Grogot - [[PLAT:KT 1331 F]]"),
    # V151
    (NO, "DATA CALON PENERIMA BEDAH RUMAH 2026 (Kel. Loa Ipuh)\n"
     "No | Nama KK | NIK | No. KK | Alamat\n"
     "1 | [[NAMA0:SARIPUDIN]] | [[NIK:6403 0112 0470 0003]] | [[KK:6403 0105 0608 0011]] | [[ALAMAT:Jl. Mangkurawang Gg. Usaha RT 08 No. 16]]\n"
     "2 | HJ. [[NAMA0:SITI ZAHRAH]] | [[NIK:6403 0163 0255 0001]] | [[KK:6403 0102 1103 0007]] | [[ALAMAT:Gg. Pusaka Jaya RT. 11 No. 4]]\n"
     "3 | [[NAMA0:MATIUS ANYIN]] | [[NIK:6403 0127 0881 0002]] | [[KK:6403 0119 0116 0002]] | [[ALAMAT:Jln. Ki Hajar Dewantara RT 14 No. 30A]]"),
    # V152
    (HN, "Sy [[NAMA:Herman]] mau lapor, jalan di depan rumah sy [[ALAMAT:Jl. Sultan Hasanuddin Gg. Bersama No. 6 RT 02]] "
     "ambles sepanjang 10 meter sejak hujan deras 28 Nov, motor sy [[PLAT:KT 4318 QA]] sampai jatuh di situ. Jalan Sultan Hasanuddin ini jalur utama ke Pasar Pagi."),
    # V153
    (NO, "kak mau tanya, aku pindah kos ke [[ALAMAT:Jl. Pramuka Perum Pondok Surya Indah Blok AA No. 9]], apakah perlu "
     "lapor ke RT? aku [[NAMA:Tiara Anindita]] asli Sangatta, ktp masih kutim"),
    # V154
    (HN, "Surat Pengantar RT\nNomor: 07/RT.21/XII/2025\nYang bertanda tangan di bawah ini Ketua RT 21 Kelurahan Gunung Kelua "
     "menerangkan bahwa [[NAMA0:Petrus Lahang]], NIK [[NIK:6472 0819 0590 0001]], bertempat tinggal di "
     "[[ALAMAT:Jl. Perjuangan 7 No. 88 RT 21]].\n\nKetua RT 21,\n\nH. [[NAMA0:Amiruddin]]"),
    # V155
    (NO, "Formulir Permohonan Informasi Publik (diisi daring)\nNama Lengkap: [[NAMA:Ardi Wicaksono]]\n"
     "No. Identitas (KTP): [[NIK:6471051507910006]]\nNPWP: [[NPWP:6471051507910006]]\n"
     "Alamat: [[ALAMAT:Perumahan Balikpapan Baru Blok D3 No. 12]]\nNomor Telepon: [[TELEPON:081254300721]]\n"
     "Email: [[EMAIL:ardi.wicaksono@proton.me]]\nRincian informasi: daftar penerima hibah KONI 2025"),
    # V156
    (HN, "Kecelakaan tunggal di Jalan Letjen Suprapto No. 1 depan Kantor Pos Balikpapan, pukul 01.20 WITA. "
     "Korban dibawa ke RSUD Dr. Kanujoso Djatiwibowo."),
    # V157
    (NO, "Mohon bantuannya, truk tangki [[PLAT:KT 9087 AF]] dan pikap [[PLAT:KT 8120 LK]] parkir menginap di "
     "depan rumah saya [[ALAMAT:Jl. Teratai Blok B No. 27 RT 35]] Batu Ampar. Sopirnya [[NAMA0:Udin]], sudah ditegur tidak peduli."),
    # V158
    (HN, "Alamat pengiriman berkas: Bagian Umum Setda Kabupaten Paser, Jl. Jenderal Sudirman No. 27, Tanah Grogot 76211. "
     "Jangan kirim ke alamat rumah pegawai."),
    # V159
    (NO, "Lampiran SK Tim Pengelola Media Sosial\n"
     "1. [[NAMA0:Yohana Sinta Devi]], S.Ds. - NIP [[NIP:199409112019032009]] - Desainer\n"
     "2. [[NAMA0:La Ode Muhammad Ikhsan]] - NIP [[NIP:199705282022031003]] - Videografer\n"
     "3. [[NAMA0:Kevin Aditya Wijaya]] - NI PPPK [[NIP:199912042024211012]] - Admin konten\n"
     "NPWP bendahara tim: [[NPWP:45.671.203.9-722.000]]"),
    # V160
    (NO, "kpd yth pak lurah, sy [[NAMA:Junaidi bin Abdul Gafur]] mhn dibuatkan surat domisili usaha. usaha sy bengkel "
     "las di [[ALAMAT:jl. pesut gg. 2 rt 17 no 3]]. npwp sy [[NPWP:71 224 586 0 741 000]], hp [[TELEPON:0853 4640 1123]]"),
    # V161
    (HN, "Surat dari warga diterima tanggal 3 Desember 2025 melalui kotak saran. Pengirim mencantumkan alamat "
     "[[ALAMAT:Gg. Kartini RT 06 No. 12]] tanpa nama. Kotak saran dibuka setiap Jumat pukul 14.00."),
    # V162
    (HN, "Penerima hadiah lomba foto HUT Kaltim:\n1. [[NAMA0:Rizky Dwi Saputra]] - [[ALAMAT:Jl. AW Syahranie Perum Villa Tamara Blok R No. 4]]\n"
     "2. [[NAMA0:Meylani Gozal]] - [[ALAMAT:Komplek Pondok Karya Lestari Blok C No. 19]]\n"
     "Hadiah dikirim lewat kurir, resi JNE 0126 1800 5522 91."),
]


def valid_date(year: int, month: int, day: int) -> bool:
    """Whether the parts form a real calendar date."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def two_digit_year(yy: int) -> int:
    """Expand a two-digit year (00-26 -> 20xx, else 19xx)."""
    return 2000 + yy if yy <= 26 else 1900 + yy


def check_nik(digits: str) -> None:
    """A NIK: region, kecamatan, birth date (day + 40 for women), sequence."""
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    day = day - 40 if day > 40 else day
    if digits[:4] not in REGIONS or not valid_date(two_digit_year(yy), month, day):
        raise ValueError(f"implausible NIK {digits}")


def check_kk(digits: str) -> None:
    """A KK number: region, kecamatan, issue date ddmmyy, sequence."""
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if digits[:4] not in REGIONS or not valid_date(two_digit_year(yy), month, day):
        raise ValueError(f"implausible KK {digits}")


def check_nip(digits: str) -> None:
    """A NIP (birth date, appointment year-month, gender, sequence) or NI PPPK (..., 21, gender, seq)."""
    birth = (int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    year, month = int(digits[8:12]), digits[12:14]
    if not valid_date(*birth) or not 1960 <= birth[0] <= 2003 or year < birth[0] + 18:
        raise ValueError(f"implausible NIP {digits}")
    if not (month == "21" or 1 <= int(month) <= 12) or digits[14] not in "12":
        raise ValueError(f"implausible NIP {digits}")


def check_number(item: dict) -> None:
    """Check length and date parts of an identity number span."""
    digits = re.sub(r"\D", "", item["teks"])
    expected = {"NIK": 16, "KK": 16, "NIP": 18}
    kind = item["jenis"]
    if kind in expected and len(digits) != expected[kind]:
        raise ValueError(f"{kind} with {len(digits)} digits: {item['teks']}")
    if kind == "NPWP" and len(digits) not in (15, 16):
        raise ValueError(f"NPWP with {len(digits)} digits: {item['teks']}")
    checks = {"NIK": check_nik, "KK": check_kk, "NIP": check_nip}
    if kind in checks:
        checks[kind](digits)
    if kind == "NPWP" and len(digits) == 16:
        check_nik(digits)


def main() -> None:
    """Write the CSV and print the counts per kind."""
    kinds: Counter = Counter()
    for spans in write(OUT, "V", [marked for _, marked in TEXTS], check=check_number):
        for item in spans:
            kinds[item["jenis"]] += 1
            if item["jenis"] == "NAMA" and not item["isyarat"]:
                kinds["NAMA tanpa isyarat"] += 1
    negatives = sum(flag for flag, _ in TEXTS)
    print(f"{len(TEXTS)} teks ditulis ke {OUT}")
    print(f"teks dengan negatif sulit: {negatives} ({negatives / len(TEXTS):.0%})")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind}: {count}")


if __name__ == "__main__":
    main()
