"""Writing a brief (prompt) for a generative AI from a fact sheet.

A good brief tells the model who it is writing as (role), for whom
(audience), in what tone and length, gives it the facts it may use (and
only those: the fact sheet) and states hard rules: no invented quotations,
figures, names or places; write "tidak ada data" rather than guess.

:func:`build_prompt` assembles such a brief for three humas tasks
(:data:`TASKS`): a press release, an Instagram caption and a reply to a
complaint on LAPOR!.  :func:`check_prompt` checks any prompt, whether built
here or written by hand, for every element and every fact it should carry,
and says in Indonesian what is missing.

A brief does not make the model truthful; it makes its mistakes easier to
find.  Check every answer with :func:`humas_ai.fact_check.check_draft`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from humas_ai.errors import HumasAIError
from humas_ai.ethics import mask_pii
from humas_ai.fact_sheet import FactSheet, as_fact_sheet

NO_DATA = "tidak ada data"


@dataclass(frozen=True)
class Task:
    """Defaults for one humas writing task."""

    name: str
    what: str
    role: str
    audience: str
    tone: str
    length: str
    shape: str
    extra_rules: tuple[str, ...] = ()


TASKS: dict[str, Task] = {
    "siaran_pers": Task(
        name="siaran pers",
        what="siaran pers",
        role="penulis siaran pers di bagian hubungan masyarakat {instansi}",
        audience="wartawan media daerah dan masyarakat umum",
        tone="formal, lugas, netral, sesuai kaidah bahasa Indonesia (EYD)",
        length="250–350 kata",
        shape="judul; paragraf pembuka yang menjawab apa, siapa, kapan, di mana, mengapa, dan "
              "bagaimana; isi; kutipan pejabat; penutup dengan kanal informasi resmi",
    ),
    "caption_instagram": Task(
        name="keterangan unggahan Instagram",
        what="keterangan (caption) unggahan Instagram akun resmi",
        role="admin media sosial {instansi}",
        audience="warga pengikut akun resmi, sebagian besar berusia 18–40 tahun",
        tone="ramah dan santai tetapi sopan; tanpa singkatan gaul; paling banyak dua emoji",
        length="paling banyak 120 kata dan 3 tagar",
        shape="kalimat pembuka yang menarik; dua atau tiga fakta terpenting; ajakan yang jelas "
              "(misalnya ke mana warga mencari informasi); tagar",
        extra_rules=("Jangan memakai tagar atau emoji yang menyiratkan klaim yang tidak ada di "
                     "lembar fakta.",),
    ),
    "balasan_lapor": Task(
        name="balasan aduan LAPOR!",
        what="balasan untuk aduan warga di kanal LAPOR!",
        role="petugas pengelola pengaduan LAPOR! di {instansi}",
        audience="warga yang menyampaikan aduan (sapa dengan 'Bapak/Ibu')",
        tone="empatik, sopan, tidak defensif, tidak menyalahkan pelapor",
        length="paling banyak 120 kata",
        shape="terima kasih atas laporannya; permohonan maaf atas ketidaknyamanan; apa yang "
              "sudah diketahui; tindak lanjut dan waktunya; kanal kontak resmi",
        extra_rules=(
            "Jangan menjanjikan jadwal, kompensasi, atau tindakan yang tidak ada di lembar fakta.",
            "Jangan menyebut data pribadi pelapor (nama, NIK, nomor telepon, alamat).",
        ),
    ),
}

HARD_RULES = (
    "Gunakan hanya fakta dari bagian FAKTA dan PERNYATAAN di atas. Jangan menambah angka, "
    "tanggal, nama orang, jabatan, nama tempat, atau kutipan yang tidak ada di sana.",
    "Jangan mengarang kutipan. Kutipan langsung hanya boleh diambil persis dari bagian "
    "PERNYATAAN, dengan jabatan pengucapnya seperti tertulis.",
    "Tulis angka, tanggal, hari, dan jabatan persis seperti di lembar fakta; jangan membulatkan "
    "angka dan jangan mengubah jabatan (misalnya 'Wakil' atau 'Plt.').",
    f"Jika informasi yang Anda perlukan tidak ada di lembar fakta, tulis \"{NO_DATA}\"; "
    "jangan menebak.",
)

#: What :func:`check_prompt` looks for: element -> (pattern, message when missing).
ELEMENTS: dict[str, tuple[str, str]] = {
    "peran": (r"\b(peran|anda adalah|bertindak sebagai|berperan sebagai)\b",
              "Sebutkan peran penulis, misalnya 'Anda adalah admin media sosial Dinas ...'."),
    "khalayak": (r"\b(khalayak|pembaca|sasaran|ditujukan)\b",
                 "Sebutkan khalayak: untuk siapa teks ini ditulis."),
    "nada": (r"\b(nada|gaya bahasa)\b", "Sebutkan nada atau gaya bahasa yang diinginkan."),
    "panjang": (r"\bpanjang\b|\d+\s*(kata|kalimat|karakter)\b|paling banyak",
                "Sebutkan panjang teks, misalnya 'paling banyak 120 kata'."),
    "hanya fakta dari lembar fakta": (
        r"hanya\s+(?:\w+\s+){0,3}fakta|fakta\s+(?:\w+\s+){0,4}(?:saja|satu-satunya)",
        "Tulis aturan bahwa hanya fakta dari lembar fakta yang boleh dipakai."),
    "tidak mengarang kutipan": (
        r"(jangan|tidak boleh|dilarang)\s+(?:\w+\s+){0,2}(mengarang|membuat|menambah\w*)"
        r"\s+(?:\w+\s+){0,2}kutipan",
        "Tulis larangan mengarang kutipan, misalnya 'Jangan mengarang kutipan'."),
    "tidak mengarang angka": (
        r"(jangan|tidak boleh|dilarang)[^.\n]*\bangka",
        "Tulis larangan menambah atau mengubah angka."),
    "tidak mengarang nama": (
        r"(jangan|tidak boleh|dilarang)[^.\n]*\bnama",
        "Tulis larangan menambah nama orang, jabatan, atau tempat."),
    "tulis 'tidak ada data'": (
        r"tidak ada data",
        "Minta model menulis \"tidak ada data\" bila informasinya tidak ada, bukan menebak."),
}


class PromptInputError(HumasAIError):
    """A prompt cannot be built or checked with the given input."""


def _task(task: str) -> Task:
    if task not in TASKS:
        names = ", ".join(f"'{name}'" for name in TASKS)
        raise PromptInputError(f"Tugas '{task}' tidak dikenal. Pilih salah satu: {names}.")
    return TASKS[task]


def build_prompt(task: str, fact_sheet, *, instansi: str = "instansi kami",
                 role: str | None = None, audience: str | None = None, tone: str | None = None,
                 length: str | None = None, complaint: str | None = None,
                 extra_rules: list[str] | None = None) -> str:
    """A complete brief for ``task`` ('siaran_pers', 'caption_instagram', 'balasan_lapor').

    ``fact_sheet`` is Markdown, a ``{label: value}`` dict or a
    :class:`~humas_ai.fact_sheet.FactSheet`.  Role, audience, tone and length
    default to the task's (:data:`TASKS`).  For ``balasan_lapor`` pass the
    complaint text as ``complaint``; personal data in it (NIK, telephone,
    e-mail, ...) is masked before it enters the brief.
    """
    spec = _task(task)
    sheet = as_fact_sheet(fact_sheet)
    if task == "balasan_lapor" and not (complaint and str(complaint).strip()):
        raise PromptInputError(
            "Balasan LAPOR! memerlukan teks aduan warga. Berikan lewat complaint='isi aduan'."
        )
    lines = [
        f"PERAN: Anda adalah {(role or spec.role).format(instansi=instansi)}.",
        f"TUGAS: Tulis {spec.what} tentang: {sheet.title or 'kegiatan pada lembar fakta'}.",
        f"KHALAYAK: {audience or spec.audience}.",
        f"NADA: {tone or spec.tone}.",
        f"PANJANG: {length or spec.length}.",
        f"SUSUNAN: {spec.shape}.",
        "",
        "FAKTA (satu-satunya sumber yang boleh dipakai):",
    ]
    lines += [f"- {fact.as_line()}" for fact in sheet.facts]
    if sheet.quotes:
        lines += ["", "PERNYATAAN (boleh dikutip persis, dengan jabatan pengucapnya):"]
        lines += [f"- {quote.speaker}: “{quote.text}”" for quote in sheet.quotes]
    else:
        lines += ["", f"PERNYATAAN: {NO_DATA}. Jangan memuat kutipan langsung apa pun."]
    if complaint:
        lines += ["", "ADUAN WARGA (data pribadi sudah disamarkan):", mask_pii(str(complaint))]
    rules = list(HARD_RULES) + list(spec.extra_rules) + list(extra_rules or [])
    lines += ["", "ATURAN WAJIB:"]
    lines += [f"{number}. {rule}" for number, rule in enumerate(rules, start=1)]
    return "\n".join(lines) + "\n"


def _squash(text: str) -> str:
    text = text.lower().replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text)


def check_prompt(prompt: str, fact_sheet=None, *, required_facts: list[str] | None = None
                 ) -> pd.DataFrame:
    """Which elements, rules and facts a prompt carries.

    Returns a table with ``unsur`` (element), ``ada`` (present) and ``saran``
    (what to add when missing).  Elements are looked for by their usual
    wording (:data:`ELEMENTS`).  Facts are every value of ``fact_sheet`` and
    every quotation (each must appear word for word, case and spacing
    ignored), plus the strings in ``required_facts``.
    """
    if not isinstance(prompt, str) or not prompt.strip():
        raise PromptInputError("Prompt kosong. Tulis atau bangun prompt dulu, lalu periksa.")
    text = _squash(prompt)
    rows = []
    for element, (pattern, advice) in ELEMENTS.items():
        present = re.search(pattern, text) is not None
        rows.append({"unsur": element, "ada": present, "saran": "" if present else advice})
    wanted: list[str] = []
    if fact_sheet is not None:
        sheet: FactSheet = as_fact_sheet(fact_sheet)
        wanted += [fact.value for fact in sheet.facts]
        wanted += [quote.text for quote in sheet.quotes]
    wanted += list(required_facts or [])
    for fact in wanted:
        present = _squash(fact).strip() in text
        rows.append({"unsur": f"fakta: {fact}", "ada": present,
                     "saran": "" if present else "Salin fakta ini persis dari lembar fakta."})
    return pd.DataFrame(rows, columns=["unsur", "ada", "saran"])


def missing_from_prompt(prompt: str, fact_sheet=None, *,
                        required_facts: list[str] | None = None) -> list[str]:
    """The elements and facts :func:`check_prompt` did not find (empty when complete)."""
    table = check_prompt(prompt, fact_sheet, required_facts=required_facts)
    return table.loc[~table["ada"], "unsur"].tolist()
