"""The last cell of every module: put a copy of the saved notebook in ``kumpulkan/``.

    from humas_ai.classroom.submission import pack; pack("00-pengenalan")

:func:`pack` checks that ``KODE_PESERTA`` is filled in, finds the notebook file this
kernel belongs to and copies the *saved* file to ``kumpulkan/<KODE>_<module>.ipynb`` next
to it, then says which file to send to the trainer.  The self-check summary is printed by
``check_all`` just before it in the same cell, so it is not repeated here.  ``pack``
returns nothing, so the cell shows only its messages; :func:`make_copy` does the work and
returns the copy's path.

It never raises and never writes anything when the code is empty or the notebook file is
unknown.  JupyterLab (jupyter_server) tells the kernel its notebook path through the
``JPY_SESSION_NAME`` environment variable, which ipykernel also stores as ``__session__``;
VS Code stores it as ``__vsc_ipynb_file__``.  Under nbval or nbgrader none is set.
While nbgrader autogrades the notebook it does nothing but say so.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from humas_ai.classroom import selfcheck
from humas_ai.classroom.identify import is_valid_code, normalise_code, participant_code

#: Folder, next to the notebook, that receives the copies to send.
FOLDER = "kumpulkan"
_PATH_NAMES = ("__session__", "__vsc_ipynb_file__")
_SEND = ("Kirim file itu kepada pelatih lewat WhatsApp (lampirkan sebagai dokumen), surel, "
         "atau flash disk, sesuai petunjuk pelatih. Jangan membuka lalu mengubah salinan itu.")


def notebook_path(namespace: Mapping, environ: Mapping[str, str]) -> Path | None:
    """The notebook file this kernel runs, or ``None`` when the front end did not say."""
    candidates = [namespace.get(name) for name in _PATH_NAMES]
    candidates.append(environ.get("JPY_SESSION_NAME"))
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.endswith(".ipynb"):
            path = Path(candidate).expanduser()
            if path.is_file():
                return path.resolve()
    return None


def _saved_code(path: Path) -> str | None:
    """``KODE_PESERTA`` as written in the saved file (``None`` if the file cannot be read)."""
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return participant_code(notebook) if isinstance(notebook, dict) else None


def pack(module: str, *, namespace: Mapping | None = None,
         environ: Mapping[str, str] | None = None) -> None:
    """The last cell of a module: :func:`make_copy`, showing only its messages."""
    make_copy(module, namespace=namespace, environ=environ)


def make_copy(module: str, *, namespace: Mapping | None = None,
              environ: Mapping[str, str] | None = None) -> Path | None:
    """Copy the saved notebook to ``kumpulkan/<KODE>_<module>.ipynb``; return the copy or None.

    ``namespace`` defaults to the kernel's user namespace and ``environ`` to ``os.environ``
    (tests pass their own).  Prints Indonesian messages and never raises.
    """
    try:
        return _pack(module, _user_namespace() if namespace is None else namespace,
                     os.environ if environ is None else environ)
    except Exception as error:  # noqa: BLE001 - a participant must never see a traceback here
        print(f"Notebook tidak dapat disalin ({type(error).__name__}: {error}). "
              "Simpan dengan Ctrl+S lalu kirim file notebook ini langsung kepada pelatih.")
        return None


def _pack(module: str, namespace: Mapping, environ: Mapping[str, str]) -> Path | None:
    if selfcheck.autograding(environ):
        print("Notebook ini sedang dinilai otomatis, jadi tidak ada yang disalin ke folder "
              f"{FOLDER}/.")
        return None
    code = normalise_code(namespace.get("KODE_PESERTA", ""))
    if not code:
        print("KODE_PESERTA masih kosong. Isi kode dari pelatih di sel paling atas, misalnya "
              'KODE_PESERTA = "P07", jalankan sel itu, simpan (Ctrl+S), lalu jalankan sel ini '
              "lagi. Jika Anda belajar mandiri, Anda tidak perlu mengumpulkan apa pun.")
        return None
    if not is_valid_code(code):
        print(f"KODE_PESERTA {code!r} tidak dapat dipakai: gunakan huruf dan angka saja, "
              'misalnya "P07". Perbaiki sel paling atas, jalankan, simpan, lalu jalankan sel ini '
              "lagi.")
        return None
    source = notebook_path(namespace, environ)
    if source is None:
        print("Lokasi file notebook ini tidak diketahui, jadi tidak ada yang disalin. Simpan "
              f"dengan Ctrl+S, lalu kirim file {module}.ipynb (lihat panel file di kiri) "
              "langsung kepada pelatih.")
        return None
    saved = _saved_code(source)
    if saved != code:
        print("Versi yang tersimpan di disk belum memuat kode peserta Anda "
              f"(tersimpan: {saved or 'kosong'}). Tekan Ctrl+S untuk menyimpan, lalu jalankan "
              "sel ini lagi.")
        return None
    target = source.parent / FOLDER / f"{code}_{module}.ipynb"
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(source, target)
    saved_at = datetime.fromtimestamp(source.stat().st_mtime).strftime("%H.%M")
    print(f"File untuk pelatih sudah dibuat: {FOLDER}/{target.name} (di folder yang sama "
          f"dengan notebook ini; salinan versi yang Anda simpan pukul {saved_at}).")
    print("Jika setelah ini Anda mengubah sesuatu, tekan Ctrl+S lalu jalankan sel ini lagi.")
    print(_SEND)
    return target


def _user_namespace() -> Mapping:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return {}
    shell = get_ipython()
    return shell.user_ns if shell is not None else {}
