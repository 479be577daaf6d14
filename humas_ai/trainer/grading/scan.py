"""What was odd about a submission, in words a trainer understands.

:func:`structure_notes` compares the submitted notebook with the released one (test cells
edited, deleted or moved, another kernel, an old format); :func:`code_notes` flags code that
touches files outside the notebook, runs system commands or waits for typing;
:func:`outcome_notes` reads the graded notebook for timeouts, memory errors and cut output.
The first two need no grading: :func:`submission_checks` runs them once, when a submission
is collected.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from humas_ai.classroom.identify import cell_source as _source
from humas_ai.classroom.identify import code_cells, grade_ids
from humas_ai.classroom.identify import nbgrader_metadata as _nbgrader
from humas_ai.trainer.grading.limit import TOO_LONG
from humas_ai.trainer.grading.nbgrader_adapter import TRUNCATED

_SUSPICIOUS = [
    (re.compile(r"\binput\s*\("), "memakai input(); saat penilaian tidak ada yang mengetik, "
                                  "jadi sel itu gagal"),
    (re.compile(r"\b(os\.(remove|unlink|rmdir|removedirs)|shutil\.rmtree|\.unlink\s*\()"),
     "berisi kode yang menghapus file"),
    (re.compile(r"\b(subprocess|os\.system|os\.popen|os\.exec\w*|os\.spawn\w*)\b"),
     "menjalankan perintah sistem"),
    (re.compile(r"""(["'](/|~|[A-Za-z]:[\\/])[^"']*["'])|gradebook|grader[\\/]|submitted"""),
     "membuka file di luar folder notebook (mungkin folder kursus atau kiriman peserta lain)"),
    (re.compile(r"\bwhile\s+(True|1)\s*:"), "berisi perulangan tanpa akhir (while True)"),
]


def structure_notes(submitted: Mapping, released: Mapping) -> list[str]:
    """Differences from the released notebook that change how the notebook is graded."""
    notes = []
    if submitted.get("nbformat") != released.get("nbformat") or (
            submitted.get("nbformat_minor") != released.get("nbformat_minor")):
        notes.append(f"format notebook {submitted.get('nbformat')}."
                     f"{submitted.get('nbformat_minor')} (bukan "
                     f"{released.get('nbformat')}.{released.get('nbformat_minor')}); "
                     "tetap dinilai")
    kernel = ((submitted.get("metadata") or {}).get("kernelspec") or {}).get("name")
    expected = ((released.get("metadata") or {}).get("kernelspec") or {}).get("name")
    if kernel != expected:
        notes.append(f"kernel notebook {kernel or 'tidak ada'} (bukan {expected}); dinilai "
                     f"dengan {expected}")
    locked = {_nbgrader(c)["grade_id"]: _source(c) for c in released.get("cells", [])
              if _nbgrader(c).get("locked") and _nbgrader(c).get("grade_id")}
    present = {_nbgrader(c).get("grade_id"): _source(c) for c in submitted.get("cells", [])
               if isinstance(c, Mapping) and _nbgrader(c).get("grade_id")}
    edited = [gid for gid in locked if gid in present and present[gid] != locked[gid]]
    deleted = [gid for gid in locked if gid not in present]
    if edited:
        notes.append("sel tes diubah peserta (" + ", ".join(edited) + "); dinilai dengan sel "
                     "tes asli")
    if deleted:
        notes.append("sel tes dihapus (" + ", ".join(deleted) + "); ditambahkan kembali di "
                     "akhir notebook saat penilaian")
    order = [gid for gid in grade_ids(submitted) if gid in set(grade_ids(released))]
    if order != [gid for gid in grade_ids(released) if gid in order]:
        notes.append("urutan sel latihan diubah; sel dinilai menurut urutan di file kiriman")
    return notes


def code_notes(submitted: Mapping, released: Mapping | None = None) -> list[str]:
    """Flags for code the participant wrote or changed (locked cells are restored anyway);
    lines exactly as in the ``released`` notebook (such as module 05's example path
    ``r"C:\\...\\nama_file.xlsx"``) are the course's own and never flagged."""
    given = {line.strip() for cell in code_cells(released or {})
             for line in _source(cell).splitlines()}
    text = "\n".join(line for cell in code_cells(submitted)
                     if not _nbgrader(cell).get("locked")
                     for line in _source(cell).splitlines() if line.strip() not in given)
    return [f"kode {reason}" for pattern, reason in _SUSPICIOUS if pattern.search(text)]


def submission_checks(submitted: Mapping, released: Mapping | None) -> tuple[list[str], bool]:
    """(notes, suspicious) for a submission, from the submission and its release alone (no
    grading needed): structure notes when the release is known, then the code flags;
    ``suspicious`` says whether its code was flagged."""
    flags = code_notes(submitted, released)
    notes = structure_notes(submitted, released) if released else []
    return notes + flags, bool(flags)


def outcome_notes(graded: Mapping, limits) -> list[str]:
    """Timeouts, memory errors, input() and cut output seen in the graded notebook."""
    notes: list[str] = []
    for number, cell in enumerate(code_cells(graded), start=1):
        label = _nbgrader(cell).get("grade_id") or f"kode ke-{number}"
        for output in cell.get("outputs") or []:
            name = output.get("ename", "")
            text = output.get("text", "")
            text = "".join(text) if isinstance(text, list) else str(text)
            plain = (output.get("data") or {}).get("text/plain", "")
            text += "".join(plain) if isinstance(plain, list) else str(plain)
            if name == "CellTimeoutError" or "CellTimeoutError" in str(output.get("traceback")):
                notes.append(f"sel {label} melewati batas waktu {limits.cell_timeout} detik "
                             "(kemungkinan perulangan tanpa akhir) dan dihentikan")
            elif name == "MemoryError":
                notes.append(f"sel {label} kehabisan memori (batas {limits.memory_mb} MB) dan "
                             "dihentikan")
            elif name == "StdinNotImplementedError":
                notes.append(f"sel {label} menunggu ketikan (input()); sel itu gagal")
            elif name == "DeadKernelError":
                notes.append(f"kernel berhenti di sel {label} (biasanya kehabisan memori)")
            if TRUNCATED in text or TOO_LONG in text:
                notes.append(f"keluaran sel {label} terlalu panjang dan dipotong")
    return list(dict.fromkeys(notes))
