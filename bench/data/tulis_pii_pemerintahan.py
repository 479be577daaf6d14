# ruff: noqa: E501  (data: marked-up texts are kept one sentence per line)
"""Write ``pii_heldout_pemerintahan.csv`` from the marked-up texts below.

Run from the repository root::

    .venv/bin/python bench/data/tulis_pii_pemerintahan.py

Each text marks a personal-data span as ``[[KIND:text]]``. ``[[NAMA0:text]]`` is a name with
no cue word in front of it (see README.md). The markup is removed and the spans are written as
the JSON ``anotasi`` column with Python slice offsets. All people, numbers and addresses are
invented. The texts were written before the masker's rules for the new kinds were read or
written, and must never be used to tune them.
"""

from __future__ import annotations

from pathlib import Path

from markup import write

OUT = Path(__file__).resolve().parent / "pii_heldout_pemerintahan.csv"

TEXTS = [
    # G001
    "Selamat pagi min, saya ASN di lingkungan Pemprov. NIP saya [[NIP:19870921 201101 2 004]], "
    "mau tanya kenapa TPP bulan Mei belum masuk ya? Sudah cek di SIMPEG tapi statusnya masih "
    "proses. Terima kasih.",
    # G002
    "Mohon bantuan verifikasi data: nama saya [[NAMA:Siti Aminah]], NIK [[NIK:6403 0556 0891 0002]], "
    "warga Desa Batuah Kec. Loa Janan. KK saya nomor [[KK:6403.0512.1015.0004]]. Bantuan PKH "
    "belum cair dari bulan Maret.",
    # G003
    "lapor min, ada truk batu bara plat [[PLAT:kt 8812 ha]] lewat jalan kampung tiap malam jam 11, "
    "jalan jadi rusak. lokasinya di Jl. Poros Samarinda-Bontang km 12. tolong Dishub tindak",
    # G004
    "Mobil plat [[PLAT:KT1743RB]] nabrak pagar kantor kelurahan tadi subuh terus kabur. Rekaman "
    "CCTV ada di pos satpam, bisa diminta ke Kasi Trantib.",
    # G005
    "NOTA DINAS\n"
    "Kepada Yth.: Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur\n"
    "Dari: Kepala Bidang Informasi dan Komunikasi Publik\n"
    "Nomor: 400.14.1/0871/IKP/2025\n"
    "Tanggal: 16 Juni 2025\n"
    "Perihal: Penugasan peliputan Rapat Paripurna DPRD\n\n"
    "Bersama ini kami tugaskan Sdr. [[NAMA:Rizky Ramadhan]], S.I.Kom (NIP [[NIP:19960412 202203 1 006]]) "
    "untuk meliput Rapat Paripurna DPRD Provinsi Kalimantan Timur pada Kamis, 19 Juni 2025 "
    "pukul 10.00 WITA.\n\n"
    "Kepala Bidang IKP,\n\n"
    "[[NAMA0:Muhammad Taufik Hidayat]], S.Sos., M.Si\n"
    "NIP. [[NIP:19780923 200312 1 005]]",
    # G006
    "a.n. Gubernur Kalimantan Timur\n"
    "Sekretaris Daerah,\n\n"
    "ttd\n\n"
    "Dr. H. [[NAMA0:Saiful Anwar]], M.Si\n"
    "Pembina Utama Madya (IV/d)\n"
    "NIP [[NIP:19690418 199403 1 008]]",
    # G007
    "Pembangunan Ibu Kota Nusantara di Kabupaten Penajam Paser Utara terus berlanjut. Otorita "
    "Ibu Kota Nusantara mencatat 1.200 pekerja baru pada Juni 2025, sebagian besar dari Balikpapan "
    "dan Penajam.",
    # G008
    "Sudah sy transfer Rp 350.000 utk biaya pelatihan ke rek Bankaltimtara [[REKENING:0011223344]] "
    "a.n. Bendahara Diklat, tapi panitia bilang belum masuk. Bukti transfer no. ref "
    "20250613094512887 sdh sy kirim ke WA panitia.",
    # G009
    "Transfer ke BRI [[REKENING:1234-01-015678-53-2]] a.n. Hj. [[NAMA:Rusmini]], bukan ke rekening "
    "pribadi panitia ya bu. Batas pembayaran 20 Juni 2025.",
    # G010
    "Atas nama Pemerintah Provinsi Kalimantan Timur, kami mengucapkan terima kasih kepada "
    "seluruh relawan yang membantu penanganan banjir di Samarinda dan Kutai Kartanegara.",
    # G011
    "Nama lengkap: [[NAMA:Petrus Ajang Lejau]] | NIK: [[NIK:6411.0201.0588.0001]] | Alamat: "
    "[[ALAMAT:Kampung Long Bagun Ilir RT 03]], Kec. Long Bagun | No HP: [[TELEPON:0852-4900-3317]] | "
    "Saran dan masukan: sinyal internet di kampung kami masih sering hilang.",
    # G012
    "Saya [[NAMA:Siti Rahmah]], tinggal di [[ALAMAT:Jl. Gatot Subroto Gg. Sepakat No. 12 RT 05]], "
    "Kel. Bandara, Samarinda. Sudah seminggu air PDAM tidak mengalir sama sekali.",
    # G013
    "Rumah saya di [[ALAMAT:Jalan Pangeran Antasari No. 7A RT 011 RW 003]] kebanjiran lagi, sudah "
    "3 kali bulan ini. Mohon BPBD cek saluran di belakang pasar.",
    # G014
    "Jalan Jenderal Sudirman depan Balikpapan Plaza macet total dari pukul 16.00 sampai 18.30 "
    "karena ada galian pipa PDAM. Mohon Dishub pasang petugas.",
    # G015
    "[[ALAMAT:Gg. Mawar No. 3, RT 21]] itu alamat ibu saya, beliau lansia dan belum dapat jadwal "
    "vaksin dari puskesmas.",
    # G016
    "Pesanan saya di e-Katalog nomor EP-01J2K3M4N5 belum diproses. Nomor tiket pengaduan LPSE: "
    "2025061700042. Total nilai pesanan Rp 12.450.000.",
    # G017
    "No. Laporan SP4N-LAPOR!: 5238170. Status: Diteruskan ke Dinas PUPR dan PERA Provinsi "
    "Kalimantan Timur. Tanggal laporan 03/06/2025, batas tindak lanjut 10/06/2025.",
    # G018
    "Data penerima: [[NAMA0:Maria Ding]], [[NIK:6402.0152.0379.0002]], Kampung Barong Tongkok, "
    "Kutai Barat. Status: sudah salur.",
    # G019
    "DAFTAR HADIR BIMTEK KEHUMASAN\n"
    "No | Nama | NIP | Instansi\n"
    "1 | [[NAMA0:Rina Marlina]], S.Sos | [[NIP:19880214 201503 2 007]] | Diskominfo Kab. Kutai Timur\n"
    "2 | [[NAMA0:Abdul Gani]] | [[NIP:197512302006041003]] | Bagian Prokopim Setda Kota Bontang\n"
    "3 | [[NAMA0:Andi Tenri Ajeng]], S.Kom | [[NIP:19940827 201902 2 011]] | Diskominfo Kab. Berau\n"
    "4 | [[NAMA0:Yudha Pratama]] | - | Dinas Pariwisata Kab. Paser (tenaga kontrak)",
    # G020
    "sy [[NAMA:rudi]] dr tenggarong mau nanya bpk, perpanjangan stnk bisa online kah? plat sy "
    "[[PLAT:kt 5521 ag]]",
    # G021
    "nama saya [[NAMA:Dewi Lestari]], wartawati media online, mohon dikirimi rilis resmi soal banjir "
    "Sangatta ke email [[EMAIL:dewi.lestari@kaltimnews.id]]",
    # G022
    "Saya sangat kecewa dengan pelayanan di loket Samsat Samarinda Seberang, antrean 3 jam. "
    "Saya Warga Palaran yang sudah bayar pajak tepat waktu.",
    # G023
    "Bapak/Ibu peserta rapat dimohon hadir 15 menit sebelum acara. Rakor kehumasan tahun ini "
    "digelar di Ibu Kota Nusantara pada 24 Juli 2025.",
    # G024
    "Mohon izin Bapak Sekda, laporan sudah kami kirim. Ibu Kepala Dinas juga sudah menerima "
    "salinannya pagi ini.",
    # G025
    "Terima kasih Bapak [[NAMA:Hendrik Lumban Tobing]] yang sudah membantu evakuasi warga di "
    "Kelurahan Sempaja Utara tadi malam.",
    # G026
    "Ibu [[NAMA:Noorhasanah]], ketua RT 09 Kel. Loa Bakung, melaporkan 14 rumah terendam setinggi "
    "lutut orang dewasa.",
    # G027
    "Pak [[NAMA:Darmawan]] dan Bu [[NAMA:Jumiati]] hadir mewakili kelompok tani Sumber Rejeki.",
    # G028
    "Program Ibu Hamil Sehat dan layanan konseling Ibu Menyusui tersedia di Puskesmas Sidomulyo "
    "setiap Selasa pukul 08.00-12.00.",
    # G029
    "Untuk pindah datang, lampirkan fotokopi KK. Nomor KK saya [[KK:6472 0218 0719 0003]], NIK kepala "
    "keluarga [[NIK:6472 0211 1272 0005]]. Saya [[NAMA:Abdul Rahman]], sekarang tinggal di "
    "[[ALAMAT:Perum Bukit Pinang Asri Blok C No. 17]], Samarinda.",
    # G030
    "KK no [[KK:6401031409200001]] hilang waktu banjir, apakah bisa cetak ulang di kecamatan?",
    # G031
    "[[NIK:6472045511950001]] - [[NAMA0:Nurul Hidayah]] - Sungai Kunjang - belum terima",
    # G032
    "Kode billing DJP: 820250612345678, bayar sebelum 20 Juni 2025 sebesar Rp 1.845.000. Setelah "
    "bayar, simpan NTPN sebagai bukti.",
    # G033
    "Realisasi belanja hibah Rp 1.250.000.000 (satu miliar dua ratus lima puluh juta rupiah) per "
    "30 Juni 2025, atau 62,4% dari pagu Rp 2.003.000.000.",
    # G034
    "Jadwal verval data: 2025-07-01 s.d. 2025-07-15. Tanggal lahir peserta ditulis DD-MM-YYYY, "
    "contohnya 17-08-1990.",
    # G035
    "SK Gubernur Nomor 100.3.3.1/K.412/2025 tanggal 12 Mei 2025 tentang Tim Koordinasi Kehumasan "
    "Pemerintah Provinsi Kalimantan Timur.",
    # G036
    "Mohon dana hibah ditransfer ke rekening Bankaltimtara nomor [[REKENING:0031 0123 4567]] a.n. "
    "Yayasan Peduli Mahakam.",
    # G037
    "Surat keterangan ini dibuat atas nama [[NAMA:Yuliana Br Sembiring]] untuk keperluan pendaftaran "
    "CPNS tahun 2025.",
    # G038
    "Yth. Kepala BKD Provinsi Kalimantan Timur\n"
    "Saya yang bertanda tangan di bawah ini:\n"
    "Nama : [[NAMA:Hairani]], S.Pd\n"
    "NIP : [[NIP:19820707 200801 2 019]]\n"
    "Pangkat/Gol : Penata Tk. I (III/d)\n"
    "Unit Kerja : SMA Negeri 1 Tenggarong Seberang\n"
    "mengajukan permohonan cuti besar terhitung mulai 1 Agustus 2025.",
    # G039
    "NIP [[NIP:199107252019031009]] tidak muncul di aplikasi e-Kinerja, mohon bantuan admin BKD.",
    # G040
    "Nomor transaksi QRIS: 202506171033450091, pembayaran retribusi pasar Rp 15.000 berhasil.",
    # G041
    "Kendaraan pribadi [[PLAT:KT 1007 MP]] dan [[PLAT:DA 1892 TY]] parkir di bahu jalan depan kantor "
    "gubernur sejak pagi. Mohon ditertibkan.",
    # G042
    "motor sy dicuri di parkiran pasar segiri, nopol [[PLAT:kt4471pb]], honda beat hitam. laporan "
    "polisi sdh dibuat.",
    # G043
    "Lokasi: Jl. Soekarno-Hatta KM 38, dekat SPBU 64.751.09. Jaraknya sekitar 38 km dari pusat kota "
    "Balikpapan.",
    # G044
    "Warga RT 14 RW 05 Kelurahan Karang Asam Ulu minta pengerukan drainase sebelum musim hujan.",
    # G045
    "Saya Kepala Seksi Pelayanan di Kecamatan Samarinda Ulu, mohon info jadwal sosialisasi "
    "keterbukaan informasi publik.",
    # G046
    "Ibu Wali Kota meninjau lokasi banjir bersama Bapak Kapolresta dan Ibu Ketua TP PKK Kota "
    "Samarinda.",
    # G047
    "halo kak nama saya [[NAMA:putri anggraini]] mau tanya soal magang di diskominfo, apakah masih "
    "dibuka?",
    # G048
    "Terima kasih atas perhatiannya.\n\n"
    "Salam,\n"
    "[[NAMA0:Fajar Nugroho]]\n"
    "Staf Humas Otorita IKN\n"
    "[[EMAIL:fajar.nugroho@ikn.go.id]] | [[TELEPON:0811-5402-7789]]",
    # G049
    "[08.14, 16/6/2025] Bu [[NAMA:Masnah]] RT 12: Pak, air sudah masuk rumah 30 cm\n"
    "[08.15, 16/6/2025] Pak Lurah Sempaja: Baik bu, tim BPBD meluncur",
    # G050
    "a.n. Kepala Dinas Kependudukan dan Pencatatan Sipil\n"
    "Sekretaris,\n\n"
    "Ir. [[NAMA0:Bambang Sutrisno]], M.T.",
    # G051
    "Berkas: KK [[KK:6474.0112.0916.0007]] a.n. kepala keluarga [[NAMA:Syahrani]], "
    "[[ALAMAT:Jl. Letjend S. Parman Gg. 3 No. 45 RT 17]], Kel. Gunung Elai, Bontang.",
    # G052
    "Atas nama [[NAMA:Nur Aisyah]], kelahiran Samarinda 21-04-1998, belum terdaftar di DTKS.",
    # G053
    "pak [[NAMA:budi]] dr dinsos blm balas wa sy dr kemarin",
    # G054
    "Bapak Ibu sekalian, terima kasih atas partisipasinya. Ibu-ibu PKK Kelurahan Telihan sudah "
    "menyiapkan konsumsi.",
    # G055
    "Kepala Diskominfo Kutai Kartanegara, [[NAMA0:Rahmat Hidayat]], mengatakan layanan informasi "
    "publik kini tersedia 24 jam.",
    # G056
    "Kirim undangan ke rumah beliau: [[ALAMAT:Jln. KH. Ahmad Dahlan No. 88]], Tenggarong.",
    # G057
    "Perbaikan Jalan Ahmad Yani dan Jalan Pahlawan dijadwalkan mulai 7 Juli 2025 selama 45 hari "
    "kalender.",
    # G058
    "Pasien dirujuk ke RSUD Abdul Wahab Sjahranie pukul 13.20 WITA menggunakan ambulans desa.",
    # G059
    "NIK [[NIK:6401-0412-0601-0003]] terdaftar ganda di DTKS, mohon dicek oleh Dinas Sosial.",
    # G060
    "Penerima atas nama [[NAMA:Masitah]] ([[NIK:6404 0655 1283 0001]]) sudah menerima BLT tahap 2.",
    # G061
    "Info lebih lanjut WA [[TELEPON:0812-5500-1122]] (admin Pak [[NAMA:Yanto]]) atau call center 112.",
    # G062
    "Mohon reset akun SIASN untuk NIP [[NIP:19930105 201903 2 012]] a.n. [[NAMA:Ayu Wulandari]], email "
    "[[EMAIL:ayu.wulandari93@gmail.com]].",
    # G063
    "TMT CPNS 01-03-2010, TMT PNS 01-03-2011, masa kerja golongan 14 tahun 3 bulan.",
    # G064
    "Laporan diterima oleh petugas piket [[NAMA0:Agus Salim]] pukul 22.10 WITA.",
    # G065
    "Saya [[NAMA:Aji Muhammad Ridwan]], warga Kelurahan Panji Tenggarong, ingin menyampaikan "
    "aspirasi soal parkir liar di Jl. Diponegoro.",
    # G066
    "Mohon maaf, nama saya [[NAMA:Andi Besse Tenriawaru]], bukan [[NAMA0:Andi Besse Tenriwaru]] "
    "seperti di sertifikat.",
    # G067
    "Kepada Yth. Bapak H. [[NAMA:Zainal Arifin]], S.H., Ketua Komisi I DPRD Kabupaten Berau",
    # G068
    "Ibu Dr. Ir. [[NAMA:Endah Kusumawati]], M.P. akan menjadi narasumber pada sesi kedua.",
    # G069
    "Tetangga kami di [[ALAMAT:Gg. Family No. 21 RT 08]] sering parkir mobil [[PLAT:KT 1499 JN]] di depan "
    "pintu darurat gedung serbaguna.",
    # G070
    "Sdri. [[NAMA:Fitria Ningsih]] (NIK [[NIK:6472 0547 0796 0004]]) telah mengambil KTP-el di kantor "
    "Disdukcapil.",
    # G071
    "NIK saya [[NIK:647203120585002]] kok ditolak sistem ya? Padahal sudah sesuai KTP.",
    # G072
    "Pemprov Kaltim melalui Dinas Kependudukan, Pemberdayaan Perempuan dan Perlindungan Anak "
    "(DKP3A) membuka layanan konseling gratis.",
    # G073
    "Banjir melanda Kecamatan Sangatta Utara, Muara Badak, dan Long Kali. Ketinggian air di Desa "
    "Sidomulyo mencapai 1,2 meter.",
    # G074
    "nama: [[NAMA:m. rizal]] | alamat: [[ALAMAT:jl. pramuka 5 no 3 rt 22]] samarinda | komentar: "
    "tolong lampu jalan diperbaiki",
    # G075
    "Kami dari Forum Anak Daerah Kaltim mengundang Bapak/Ibu Kepala OPD dalam acara Hari Anak "
    "Nasional, Rabu 23 Juli 2025.",
    # G076
    "Total tunggakan PBB Rp 12.345.678.901 dari 4.512 wajib pajak per 31 Mei 2025.",
    # G077
    "@humaskaltim tolong dong pak, ibu saya Hj. [[NAMA:Salmah]] umur 70 thn antre dari jam 5 pagi "
    "di Dukcapil",
    # G078
    "tadi liat avanza hitam [[PLAT:b 1942 kzl]] buang sampah di pinggir jalan tol balsam",
    # G079
    "Menetapkan:\n"
    "1. Nama: [[NAMA:Reza Pahlevi]], S.T.; NIP: [[NIP:19900611 201503 1 002]]; Jabatan: Pranata Humas "
    "Ahli Pertama\n"
    "2. Nama: [[NAMA:Lisa Octaviani]], S.I.Kom.; NIP: [[NIP:19931010 202012 2 003]]; Jabatan: Pranata "
    "Humas Ahli Muda",
    # G080
    "Nomor Induk Pegawai: [[NIP:19870503 201001 1 014]]",
    # G081
    "NI PPPK [[NIP:199207102024212015]] atas nama [[NAMA:Sari Puspita]] belum ada di SIMPEG.",
    # G082
    "Dengan hormat, kami sampaikan bahwa Sdr. [[NAMA:Yusuf Kurniawan]] ([[PLAT:KT 1188 YK]]) telah "
    "melunasi PKB tahun 2025 sebesar Rp 2.134.500 pada tanggal 12/06/2025 di Samsat Balikpapan.",
    # G083
    "Tiket #INC-2025-004512 sudah ditutup oleh helpdesk. Nomor antrean Anda A-117.",
    # G084
    "Saya Ibu rumah tangga dari Sepaku, dekat Ibu Kota Nusantara. Harga elpiji 3 kg di sini "
    "Rp 45.000.",
    # G085
    "Selamat malam, ini dengan [[NAMA0:Yohana Lawing]] dari Diskominfo Mahakam Ulu, mau konfirmasi "
    "jadwal siaran.",
    # G086
    "Alamat pengiriman hadiah lomba: [[ALAMAT:Komp. Pondok Karya Indah Blok B2 No. 9, RT 31]], "
    "Balikpapan Selatan.",
    # G087
    "Posko pengaduan berada di Kantor Kecamatan Loa Janan, Jl. Soekarno-Hatta No. 5, buka setiap "
    "hari kerja pukul 08.00-16.00.",
    # G088
    "Universitas Mulawarman dan PT Pupuk Kalimantan Timur menandatangani nota kesepahaman di "
    "Bontang, Senin 9 Juni 2025.",
    # G089
    "Pengirim: [[NAMA0:Wahyu Hidayat]] ([[TELEPON:0813-4722-0091]]). Isi: Lampu jalan di depan SDN 012 "
    "Loa Janan mati sejak 2 minggu.",
    # G090
    "Saya [[NAMA:Yusran]], NIK [[NIK:6409.0114.0489.0002]], plat motor [[PLAT:KT 3310 PU]], domisili "
    "[[ALAMAT:Jl. Propinsi Km 9 Gg. Swadaya No. 4 RT 02]] Petung, PPU. Mau lapor jalan berlubang.",
    # G091
    "Mohon dibantu, nomor Kartu Keluarga kami [[KK:6405.0320.0421.0009]] tidak terbaca di aplikasi "
    "pendaftaran sekolah.",
    # G092
    "No. KK: [[KK:6472 0109 1122 0011]] / NIK Ayah: [[NIK:6472 0101 0280 0007]] / NIK Ibu: "
    "[[NIK:6472 0146 0584 0003]]",
    # G093
    "Jumlah KK terdampak 1.245 dan 4.310 jiwa; data per 15 Juni 2025 pukul 07.00 WITA.",
    # G094
    "Saya Setuju dengan usulan Pak Camat. Atas nama Dinas Pendidikan dan Kebudayaan, kami "
    "mohon jadwal ujian diundur.",
]


def main() -> None:
    """Write the CSV."""
    write(OUT, "G", TEXTS)
    print(f"{len(TEXTS)} teks ditulis ke {OUT}")


if __name__ == "__main__":
    main()
