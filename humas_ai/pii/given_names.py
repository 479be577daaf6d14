"""Word lists for finding names with no cue word (written for this kit, lower case).

``GIVEN`` holds common Indonesian given names and name openers (Arabic/Muslim,
Javanese, Sundanese, Banjar, Bugis, Dayak and Christian, Chinese-Indonesian and
recent forms). A capitalised word from this list starts a name: ``Slamet Riyadi
mengeluh``. ``COMMON_WORD_GIVEN`` are given names that are also ordinary words
(``Indah``, ``Fajar``, ``Mandiri``): they start a name only when another name word
follows. ``LATER`` holds words that are usually the second or last part of a name
(``Saputra``, ``Hidayat``); they take the capitalised word in front into the name.
``NAME_ENDINGS`` are endings that mark a name on their own (``Ardiansyah``,
``Kurniawati``).

The lists were written from general knowledge of Indonesian naming, not copied
from any source; they will always miss rare names, which is why the cue rules
come first.
"""

from __future__ import annotations

from humas_ai.pii.common import word_set

GIVEN = word_set(
    """
    abdul abdullah abu achmad ade adi adit aditya adrian afrizal agus agustinus ahmad
    aisyah akbar alfian ali alwi amalia aminah amir ana andi andre andreas andri anggi
    anggraini angelina anisa annisa antonius anwar ardi ari arief arif arifin aris arman
    asep asmah aswin ayub
    bambang baso bayu benediktus benny besse budiman burhan
    cahyo christian cici cornelius
    daeng dani daniel darmawan darto david debora dedi dedy deni denny desi devi dewi dian
    diana dicky dimas dina dodi dony
    edi edy eko elisabeth elly emil endang erna erwin evi
    fadli fahmi faisal fajri farida fathur fatimah febri fenny ferdinand fikri firman
    fitri fitria fransiskus
    gabriel galih gede gilang gregorius gusti
    hadi halim hamdan hamzah handayani hanafi hani haris hasan hasanuddin
    hendra hendrik hendro heri heru hesti ibrahim ida iin ikhsan ilham indra
    irawan irfan irma iskandar ismail iwan
    jaka joko johan jonathan joni joseph julia juliana junaidi
    kadek kamal karmila ketut kevin komang
    lanny lia lina linda lukas lukman
    made mahmud marcus maria markus marlina martha martin melinda meliana
    michael mira muhamad muhammad muhammmad mulyadi munawar muslimin mustafa
    nabila nadia nanang nasrul nengah nia nina nita novi novita nur nurhayati nurul nyoman
    paulus petrus puspita putu
    rahma rahmad rahmawati rama ratna reza ria rian riana rina rini risma rizal
    rizky robert rudi rudy rully rusdi rusli
    sabrina saiful samsul samuel santi sarah sartika septian setiawan siti slamet stefanus
    stevan sugeng suharto suhartini sukardi sulaiman sumarni suparjo supriadi supriyadi
    suryadi susanti susi syafii syahrani syaiful syamsul
    taufik teguh tini tommy
    udin umar usman
    vera veronika vina vivi
    wahyu wahyudi wawan wayan wendi widya wiwik wulan
    yanti yanto yogi yohana yohanes yosef yudha yudi yuli yuliana yulianti yunus yusran
    yusuf yuyun
    zainal zaenal zul zulkifli
    abdi adriani afifah agustina alfred aprilia ardiansyah arya astuti benyamin
    darmadi deddy desy dimas eddy efendi endah erik evan fauzi ferry fransisca gunawan hadi
    hamid hanif harun hasnah helmi hidayatullah husin idris imelda ira jamal jumiati
aloysius agnes anastasia bernadus bernadeta dominikus fransiska filipus hieronimus
    ignasius katarina klemens kornelius laurensius lusia magdalena margaretha matius monika
    skolastika stefani yakobus yoakim yosefina yustinus yulius natalia kristina kristian
    ujang cecep dadang deden euis enung entis dede yayan acep aep iis neng encep
    tukiman paijo ngatini sukirno sarmin tumini giyanto purwanto sumarno sukarni sukamto
    suyono haryono mulyono prayitno supardi suparman sutarno sumiyati wagino painem
    anang galuh iyus aluh antung ijai fahriannor norhasanah norhayati masrani mahyudin
    syahril syamsuddin fahrurrozi hairul khairul jumadi hasbullah abdurrahman
    togar parlindungan maruli tigor
    tenri ahmadi amran arsyad awaluddin basri darwis hamka jufri kamaruddin
    mansyur marwan nasir nurhaedah nurjannah rusli sahrul sahabuddin syamsul
    fauzan firdaus gilbert hanna helena henry irene jessica jimmy joshua kezia lydia
    mikael nathan oktavianus priska rafael rendy ricky ronald sandra stella steven
    vincent wilson yakub yeremia yosua
    aldi anggara ardan arkan aryo bima dafa danu dzaki fadhil farhan galang hafidz
    haikal ilyas kenzo naufal raka rangga rayhan rehan zidan
    adinda alya aulia azzahra bella cantika dinda fadhila keysha nayla nabilla salsabila
    syifa zahra zaskia
    cahyono darsono edy hartono joko kusnadi marsudi nardi rohmat sapto sarno
    slamet sugianto sumardi tarmizi wardoyo yudianto
    wahyuni awang dayang antung yosep robertus albertus hubertus leonardus bernard seno
    juhriansyah kartini kasim lili lusi maman masitah meiliana miftah misna mukhlis nanda
    naomi nining nova nurdin nursiah paulina rabiah rahmi ramli rasyid ridwan rifki rosita
    rosmini salim samsudin sayuti sri sudirman sugiarto sulastri sumiati sunarti
    sutrisno syahrul syarifah theresia tuti usni wagiman wati widodo yoga yosua yulia
"""
)

# Given names that are also ordinary words or brands: a second name word must follow.
COMMON_WORD_GIVEN = word_set(
    """
    indah putri putra ayu jaya mulia bintang rahmat sari adil agung cahaya damai fajar
    intan kasih mawar murni permata purnama sinar surya tirta bunga embun harapan setia
    mandiri pratama bahagia berlian guntur hikmah hidayah iman kurnia lestari melati mega
    mutiara nirmala pelangi rezeki rizki sehat suci tegar wijaya yakin aman
    titik hari asri bagus saleh citra maya imam hafiz elang satria budi tri dwi eka
    """
)

LATER = word_set(
    """
    abdullah ahmad alamsyah ali amin aminah anggraini anwar ardiansyah arifin asmara
    astuti fadillah firmansyah gunawan hakim halim handayani harahap haryanto hasibuan
    hidayah hidayat hidayati hutapea irawan iskandar kartika kurniawan kusuma lestari
    lubis maharani marpaung mulyadi mulyani munthe nainggolan nasution nugraha nugroho
    pane pangaribuan permana prasetya prasetyo pratama pratiwi purba purnomo putra putri
    rahayu rahman rahmawati ramadhan ramadhani ritonga sagala santoso saputra saputri
    sari sembiring setiadi setiawan siagian silalahi simanjuntak simatupang sinaga
    siregar situmorang sitompul subagyo suharto sulistyo susanto susilo syahputra
    syahrani tambunan tampubolon utami wahyudi wibowo wijaya widodo yulianti
    yusuf zulkarnain
    """
)

# Endings that mark a capitalised word as a name (Ardiansyah, Kurniawati, Wahyuningsih).
NAME_ENDINGS: tuple[str, ...] = (
    "syah", "wati", "ningsih", "ningrum", "yanti", "yati", "uddin", "iansyah", "anto",
    "yanto", "harto", "yono", "yadi", "udin", "warni",
)

# Capitalised words with a name ending that are no names.
NOT_NAMES = word_set(
    """
    dewan pahlawan wartawan relawan karyawan bangsawan negarawan budayawan sastrawan
    wisatawan hartawan ilmuwan rohaniwan dermawan seniman
    syah musyawarah madrasah syariah ibadah sekolah mushola mushalla dakwah hijriyah
    rumah sejarah wilayah daerah provinsi kabupaten ilmiah zakat masyarakat
    kanto muhammadiyah aisyiyah dilewati melewati terlewati dihayati menghayati
    """
)
