"""Whether a submission from the class server is from who it says it is.

On the class server a submission's folder name claims a participant (``nbgrader submit
--student=OTHER`` claims anyone), while the files are owned by the account that really
wrote them, and the notebook names its sender in ``KODE_PESERTA``.  A submission is
trusted only when the three agree; otherwise the reason is said in Indonesian and the
submission is not graded (it stays where it is).  The owner lookup is a function argument
(:data:`OwnerOf`) so tests and other platforms can give their own.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from humas_ai.classroom.identify import normalise_code, participant_code

#: path -> the user name owning it
OwnerOf = Callable[[Path], str]


def file_owner(path: Path) -> str:
    """The user name owning ``path`` itself, not what it links to (``uid 1234`` when the
    uid has no user)."""
    import pwd  # not on Windows, where the class server does not run

    uid = os.lstat(path).st_uid  # a link is owned by whoever placed it
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"


def same_person(account: str, code: str) -> bool:
    """True when a server account and a participant code name the same person (the class
    server's accounts are the participant codes in lower case: ``p07`` is ``P07``)."""
    return normalise_code(account) == normalise_code(code)


def owner_problem(claimed: str, paths: Iterable[Path], owner_of: OwnerOf) -> str | None:
    """Why a submission claiming to be from ``claimed`` is not trusted because of who owns
    its files (``paths``: the folder and every file in it), or None when all are theirs."""
    strangers = sorted({owner for owner in map(owner_of, paths)
                        if not same_person(owner, claimed)})
    if not strangers:
        return None
    return (f"dikirim atas nama {claimed}, tetapi file-nya milik akun {', '.join(strangers)} "
            f"di server kelas (misalnya lewat `nbgrader submit --student={claimed}`); "
            "tidak dinilai dan tetap tersimpan di exchange. Tanyakan langsung kepada peserta "
            "yang bersangkutan")


def code_problem(claimed: str, notebook: Mapping) -> str | None:
    """Why a notebook sent by account ``claimed`` is not trusted because its
    ``KODE_PESERTA`` names someone else, or None (also when the code is missing or empty:
    collecting reports that on its own)."""
    code = participant_code(notebook)
    if not code or same_person(claimed, code):
        return None
    return (f"KODE_PESERTA di notebook ({code}) berbeda dengan akun server kelas yang "
            f"mengirimnya ({claimed}); tidak dinilai dan tetap tersimpan. Pastikan siapa "
            "pemilik kiriman ini, lalu minta peserta memperbaiki KODE_PESERTA dan mengirim "
            "ulang")
