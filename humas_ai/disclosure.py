"""Disclosing AI assistance and keeping a record of AI use.

When to disclose.  The national guidance on AI ethics in force in 2025 is
Surat Edaran Menteri Komunikasi dan Informatika Nomor 9 Tahun 2023 tentang
Etika Kecerdasan Artifisial: an ethics guideline without sanctions, addressed
to AI developers and to public and private electronic-system operators.
Among its nine values are *transparansi* and *kredibilitas dan
akuntabilitas*.  Read for a humas office, that means: say so when a
published text or image was drafted or made with a generative AI in a way a
reader would care about (a press release, a caption, an answer to a citizen,
a picture that looks like a photograph), keep a record of who checked and
approved it, and keep a person responsible for what is published.  Spelling
or grammar help on a text written by a person usually needs no public
label, but still belongs in the record.  Your agency's own policy, if it has
one, comes first; this module gives a sentence and a log, not legal advice.

:func:`disclosure_line` writes a short disclosure sentence in the agency's
voice; :func:`log_ai_use` appends one record (date, task, tool, who checked,
what was changed, whether it was disclosed) to a CSV file, by default
``hasil/log_penggunaan_ai.csv``; :func:`read_ai_log` reads it back.
"""

from __future__ import annotations

import csv
from datetime import date as Date
from pathlib import Path

import pandas as pd

from humas_ai.errors import HumasAIError

LOG_PATH = Path("hasil") / "log_penggunaan_ai.csv"
LOG_COLUMNS = ["tanggal", "tugas", "alat_ai", "diperiksa_oleh", "yang_diubah", "diungkapkan",
               "catatan"]
WHEN_TO_DISCLOSE = (
    "Cantumkan keterangan penggunaan AI bila naskah, gambar, suara, atau video yang "
    "dipublikasikan sebagian besar disusun atau dibuat dengan AI generatif, terutama siaran "
    "pers, unggahan media sosial, jawaban kepada warga, dan gambar yang tampak seperti foto "
    "asli. Bantuan ejaan atau tata bahasa pada naskah yang ditulis manusia biasanya tidak perlu "
    "diumumkan, tetapi tetap dicatat di log. Dasar: nilai transparansi serta kredibilitas dan "
    "akuntabilitas dalam SE Menkominfo Nomor 9 Tahun 2023 tentang Etika Kecerdasan "
    "Artifisial (pedoman etika, bukan aturan bersanksi); kebijakan instansi Anda berlaku lebih "
    "dulu."
)
_STYLES = ("siaran_pers", "media_sosial", "balasan")


class DisclosureInputError(HumasAIError):
    """A disclosure line or log record cannot be made from the given input."""


def _required(value, what: str, example: str) -> str:
    if value is None or not str(value).strip():
        raise DisclosureInputError(f"{what} belum diisi. Contoh: {example}.")
    return " ".join(str(value).split())


def disclosure_line(instansi: str, *, tool: str = "alat AI generatif",
                    checked_by: str = "tim humas", style: str = "siaran_pers") -> str:
    """A one-sentence disclosure in the agency's voice.

    ``style`` is ``'siaran_pers'`` (a full sentence for the end of a press
    release), ``'media_sosial'`` (short, for a caption) or ``'balasan'`` (for
    an answer to a citizen).
    """
    instansi = _required(instansi, "Nama instansi", "'Diskominfo Provinsi Kalimantan Timur'")
    tool = _required(tool, "Nama alat AI", "'ChatGPT' atau 'alat AI generatif'")
    checked_by = _required(checked_by, "Pemeriksa", "'tim humas' atau 'Kepala Bidang IKP'")
    if style == "siaran_pers":
        return (f"Naskah ini disusun dengan bantuan {tool}, lalu diperiksa kebenarannya dan "
                f"disetujui oleh {checked_by} {instansi}.")
    if style == "media_sosial":
        return f"Teks disusun dengan bantuan AI dan diperiksa {checked_by} {instansi}."
    if style == "balasan":
        return (f"Balasan ini disiapkan dengan bantuan {tool} dan telah diperiksa oleh petugas "
                f"{instansi}.")
    raise DisclosureInputError(
        f"Gaya '{style}' tidak dikenal. Pilih salah satu: {', '.join(_STYLES)}."
    )


def log_ai_use(task: str, tool: str, checked_by: str, changes: str, *, disclosed: bool,
               notes: str = "", when: Date | str | None = None,
               path: str | Path = LOG_PATH) -> dict[str, str]:
    """Append one record of AI use to the CSV log at ``path`` and return it.

    ``task`` (what was drafted), ``tool`` (which AI), ``checked_by`` (the
    person or role who checked it) and ``changes`` (what the checker changed,
    e.g. "tanggal diperbaiki, kutipan karangan dihapus") must not be empty:
    a record without them cannot show accountability.  ``when`` defaults to
    today.  The folder is created if needed; an existing file is appended to,
    never overwritten.
    """
    record = {
        "tanggal": _date(when),
        "tugas": _required(task, "Tugas", "'siaran pers pasar murah'"),
        "alat_ai": _required(tool, "Alat AI", "'ChatGPT' atau 'Gemini'"),
        "diperiksa_oleh": _required(checked_by, "Pemeriksa", "'Kasubbag Humas'"),
        "yang_diubah": _required(
            changes, "Yang diubah",
            "'hari pada tanggal diperbaiki, kutipan karangan dihapus' atau 'tidak ada perubahan'"),
        "diungkapkan": "ya" if _flag(disclosed) else "tidak",
        "catatan": " ".join(str(notes or "").split()),
    }
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists() or path.stat().st_size == 0
    if not new:
        with path.open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle), [])
        if header != LOG_COLUMNS:
            raise DisclosureInputError(
                f"File '{path}' sudah ada tetapi kolomnya bukan kolom log penggunaan AI "
                f"({', '.join(LOG_COLUMNS)}). Pakai nama file lain lewat path='...'."
            )
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=LOG_COLUMNS, lineterminator="\n")
        if new:
            writer.writeheader()
        writer.writerow(record)
    return record


def read_ai_log(path: str | Path = LOG_PATH) -> pd.DataFrame:
    """The AI-use log as a table (empty, with the log's columns, when there is no file yet)."""
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=LOG_COLUMNS)
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _date(when) -> str:
    if when is None:
        return Date.today().isoformat()
    try:
        return pd.Timestamp(when).date().isoformat()
    except (ValueError, TypeError) as error:
        raise DisclosureInputError(
            f"Tanggal {when!r} tidak terbaca. Tulis seperti '2025-05-15'."
        ) from error


def _flag(value) -> bool:
    if isinstance(value, bool):
        return value
    raise DisclosureInputError(
        "Isi disclosed dengan True (keterangan AI dicantumkan) atau False (tidak dicantumkan)."
    )
