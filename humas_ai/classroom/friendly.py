"""Friendly explanations of Python errors, in Indonesian, for participants.

:func:`enable` registers a ``post_run_cell`` callback in the running IPython
kernel.  When a cell fails, IPython first shows its normal traceback; the
callback then prints a short Indonesian explanation and what to try, so the
explanation appears *under* the traceback.  The exception itself is never
caught or changed: the cell still counts as failed for Jupyter, nbgrader and
nbval.  Syntax and indentation errors, which happen before the cell runs, are
covered too (IPython reports them in ``ExecutionResult.error_before_exec``).

:func:`explain` builds the explanation for one exception and can be used on
its own.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping

#: Marker printed before every explanation (also used by tests to find it).  Plain text:
#: emoji show as empty boxes where no emoji font is installed.
HEADER = "Penjelasan dalam bahasa Indonesia:"

_STUB_TEXT = "TULIS KODE ANDA DI SINI"


def explain(error: BaseException, namespace: Mapping | None = None) -> str | None:
    """Return a short Indonesian explanation of ``error`` and what to try.

    ``namespace`` (the notebook's variables) lets a ``NameError`` suggest a
    similarly spelled name that does exist.  Returns ``None`` for errors that
    need no extra words, such as ``HumasAIError``, whose messages are already
    Indonesian, and a failed self-check, which has already said what to do.
    """
    from humas_ai.classroom.selfcheck import SelfCheckFailed
    from humas_ai.errors import HumasAIError

    if isinstance(error, (HumasAIError, SelfCheckFailed)):
        return None
    # Order matters: subclasses before their parents.
    if isinstance(error, IndentationError):
        body = _indentation(error)
    elif isinstance(error, SyntaxError):
        body = _syntax(error)
    elif isinstance(error, NotImplementedError):
        body = (
            f"Anda belum mengisi bagian {_STUB_TEXT}.\n"
            "Yang dapat Anda coba: hapus baris 'raise NotImplementedError()', "
            "tulis jawaban Anda di tempatnya, lalu jalankan sel ini lagi (Shift+Enter)."
        )
    elif isinstance(error, ModuleNotFoundError):
        body = _module_not_found(error)
    elif isinstance(error, NameError):
        body = _name(error, namespace)
    elif isinstance(error, KeyError):
        body = _key(error)
    elif isinstance(error, TypeError):
        body = _type(error)
    elif isinstance(error, AssertionError):
        body = (
            "Sebuah pemeriksaan (assert) gagal: hasil kode Anda belum sesuai dengan yang "
            "diharapkan.\n"
            "Yang dapat Anda coba: baca pesan di baris terakhir traceback atau tanda [GAGAL] "
            "di atas, perbaiki sel jawaban, jalankan sel jawaban itu lagi, lalu jalankan sel "
            "pemeriksaan ini lagi."
        )
    elif isinstance(error, FileNotFoundError):
        body = _file_not_found(error)
    else:
        return None
    return f"{HEADER}\n{body}"


def _indentation(error: IndentationError) -> str:
    line = f" pada baris {error.lineno}" if error.lineno else ""
    return (
        f"Jarak di awal baris (indentasi){line} tidak sesuai.\n"
        "Di Python, isi blok sesudah baris yang diakhiri titik dua (if, for, def) harus "
        "menjorok ke dalam, biasanya 4 spasi, dan baris dalam satu blok harus sejajar.\n"
        "Yang dapat Anda coba: samakan jarak di awal baris tersebut dengan baris di atasnya, "
        "atau pilih baris-barisnya lalu tekan Tab (menjorok) atau Shift+Tab (mundur)."
    )


#: SyntaxError messages that mean a line left the block it belongs to (its indentation).
_OUTSIDE_BLOCK = {
    "'return' outside function": "'return' hanya boleh berada di dalam fungsi (di bawah 'def')",
    "'yield' outside function": "'yield' hanya boleh berada di dalam fungsi (di bawah 'def')",
    "'break' outside loop": "'break' hanya boleh berada di dalam perulangan 'for' atau 'while'",
    "'continue' not properly in loop": (
        "'continue' hanya boleh berada di dalam perulangan 'for' atau 'while'"),
}


def _syntax(error: SyntaxError) -> str:
    line = f" baris {error.lineno}" if error.lineno else " salah satu baris"
    rule = _OUTSIDE_BLOCK.get(str(error.msg))
    if rule:
        where = f"Baris {error.lineno}" if error.lineno else "Salah satu baris"
        return (
            f"{where} berada di luar bloknya: {rule}.\n"
            "Biasanya jarak di awal baris (indentasi) kurang: baris itu harus menjorok "
            "sejajar dengan baris lain di dalam blok, biasanya 4 spasi lebih ke dalam daripada "
            "baris 'def' atau 'for' di atasnya.\n"
            "Yang dapat Anda coba: pilih baris itu lalu tekan Tab agar menjorok, "
            "periksa bahwa baris di atasnya tidak mundur ke kiri, lalu jalankan sel ini lagi."
        )
    return (
        f"Python tidak dapat membaca penulisan{line} (kesalahan tata tulis/sintaks).\n"
        "Penyebab yang sering terjadi: tanda kutip atau tanda kurung yang tidak ditutup, "
        "titik dua yang lupa di akhir baris if/for/def, atau '=' yang seharusnya '=='.\n"
        "Yang dapat Anda coba: lihat tanda ^ pada pesan di atas, periksa baris itu dan baris "
        "sebelumnya, lalu jalankan sel ini lagi."
    )


def _module_not_found(error: ModuleNotFoundError) -> str:
    name = error.name or "yang diminta"
    if name.split(".")[0] == "humas_ai":
        what_to_try = (
            "pastikan JupyterLab dibuka dengan 'make lab' (atau setelah 'conda activate "
            "kelas-ai-humas') dan kernel yang dipakai adalah kernel kelas ini."
        )
    else:
        what_to_try = (
            "periksa ejaan nama paket. Jika ejaannya benar, jangan memasang paket sendiri "
            "lewat internet saat pelatihan; tanyakan kepada pelatih."
        )
    return (
        f"Paket (modul) '{name}' tidak ditemukan di lingkungan Python ini.\n"
        f"Yang dapat Anda coba: {what_to_try}"
    )


def _name(error: NameError, namespace: Mapping | None) -> str:
    name = getattr(error, "name", None)
    label = f"'{name}'" if name else "ini"
    text = (
        f"Nama {label} belum dikenal oleh Python.\n"
        "Biasanya karena (1) sel yang membuat variabel atau fungsi itu belum dijalankan, "
        "misalnya setelah kernel dimulai ulang, atau (2) ada salah ketik; huruf besar dan "
        "kecil dibedakan.\n"
        "Yang dapat Anda coba: periksa ejaannya; jika nama itu dibuat di sel jawaban "
        "latihan, isi dan jalankan sel jawaban itu lebih dulu; jika dibuat di sel contoh, "
        "jalankan sel-sel di atas (menu Run > Run All Above Selected Cell), lalu jalankan "
        "sel ini lagi."
    )
    if name and namespace:
        candidates = [key for key in namespace if isinstance(key, str) and key[:1] != "_"]
        close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.75)
        if close:
            text += f"\nMungkin maksud Anda '{close[0]}'?"
    return text


def _dataframe_in_traceback(error: BaseException):
    """The pandas DataFrame whose lookup raised ``error``, if there is one."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is a dependency
        return None
    traceback = error.__traceback__
    found = None
    while traceback is not None:
        owner = traceback.tb_frame.f_locals.get("self")
        for candidate in (owner, getattr(owner, "obj", None)):
            if isinstance(candidate, pd.DataFrame):
                found = candidate
        if found is not None:
            return found
        traceback = traceback.tb_next
    return None


def _key(error: KeyError) -> str:
    key = error.args[0] if error.args else None
    table = _dataframe_in_traceback(error)
    if table is not None:
        columns = ", ".join(f"'{column}'" for column in table.columns)
        return (
            f"Kolom {key!r} tidak ada di tabel (DataFrame) ini.\n"
            f"Kolom yang ada: {columns}.\n"
            "Yang dapat Anda coba: salin nama kolom persis seperti di daftar itu "
            "(huruf kecil/besar, garis bawah, tanpa spasi tambahan)."
        )
    return (
        f"Kunci {key!r} tidak ditemukan.\n"
        "Yang dapat Anda coba: periksa ejaan kunci itu; untuk melihat kunci yang ada pada "
        "sebuah kamus (dict), jalankan nama_kamus.keys()."
    )


def _type(error: TypeError) -> str:
    message = str(error)
    if "concatenate" in message or "unsupported operand" in message:
        cause = (
            "Anda menggabungkan atau menjumlahkan data yang jenisnya berbeda, misalnya teks "
            "dengan angka (\"5\" + 5).\n"
            "Yang dapat Anda coba: ubah jenisnya lebih dulu, misalnya str(angka) untuk teks "
            "atau int(teks) untuk angka."
        )
    elif "argument" in message:
        cause = (
            "Fungsi dipanggil dengan jumlah atau nama argumen yang tidak sesuai.\n"
            "Yang dapat Anda coba: bandingkan isi tanda kurung pada pemanggilan dengan baris "
            "'def' fungsinya, atau lihat bantuannya dengan menekan Shift+Tab di dalam kurung."
        )
    elif "NoneType" in message:
        cause = (
            "Ada nilai None (kosong) di tempat yang memerlukan data. Sering terjadi bila "
            "sebuah fungsi lupa menulis 'return'.\n"
            "Yang dapat Anda coba: pastikan fungsi Anda diakhiri 'return hasilnya'."
        )
    elif "not callable" in message:
        cause = (
            "Anda memanggil sesuatu yang bukan fungsi, misalnya menulis tanda kurung () "
            "sesudah nama variabel, atau nama fungsi tertimpa oleh variabel.\n"
            "Yang dapat Anda coba: periksa nama sebelum tanda kurung; jika nama fungsi "
            "tertimpa, mulai ulang kernel lalu jalankan sel dari atas."
        )
    else:
        cause = (
            "Sebuah operasi menerima jenis data (tipe) yang tidak sesuai.\n"
            "Yang dapat Anda coba: periksa jenis data dengan type(nama_variabel) dan "
            "bandingkan dengan yang diminta soal."
        )
    return "Jenis data tidak cocok (TypeError).\n" + cause


def _file_not_found(error: FileNotFoundError) -> str:
    import os

    name = f"'{error.filename}'" if error.filename else "yang diminta"
    return (
        f"File {name} tidak ditemukan.\n"
        f"Notebook ini membaca file relatif terhadap folder: {os.getcwd()}\n"
        "Yang dapat Anda coba: periksa ejaan nama file dan foldernya; di JupyterLab, klik "
        "kanan file di panel kiri, pilih 'Copy Path', lalu tempelkan di kode Anda."
    )


# --------------------------------------------------------------------------- IPython hook


def _after_cell(result) -> None:
    """``post_run_cell`` callback: explain the error of the cell that just ran."""
    if result is None:
        return
    error = result.error_before_exec or result.error_in_exec
    if error is None:
        return
    namespace = None
    try:
        from IPython import get_ipython

        shell = get_ipython()
        namespace = shell.user_ns if shell is not None else None
    except ImportError:  # pragma: no cover - only called from IPython
        pass
    try:
        text = explain(error, namespace)
    except Exception:  # noqa: BLE001 - an explanation must never break the notebook
        return
    if text:
        print("\n" + text)


def enable(shell=None) -> bool:
    """Show Indonesian explanations under error messages in this IPython kernel.

    Safe to call more than once (the explanation is registered only once).
    Outside IPython (plain ``python``) nothing is installed; a short note is
    printed and ``False`` is returned.
    """
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            get_ipython = None  # noqa: N806
        shell = get_ipython() if get_ipython else None
    if shell is None:
        print(
            "Penjelasan kesalahan tidak diaktifkan: fitur ini hanya bekerja di Jupyter "
            "atau IPython."
        )
        return False
    if _after_cell not in shell.events.callbacks["post_run_cell"]:
        shell.events.register("post_run_cell", _after_cell)
    return True


def disable(shell=None) -> None:
    """Remove the explanations installed by :func:`enable` (no error if absent)."""
    if shell is None:
        from IPython import get_ipython

        shell = get_ipython()
    if shell is not None and _after_cell in shell.events.callbacks["post_run_cell"]:
        shell.events.unregister("post_run_cell", _after_cell)
