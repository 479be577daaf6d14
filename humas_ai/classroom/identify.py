"""Who sent a notebook and for which module, read from the notebook itself (not its file name).

Used by the participant side (:mod:`humas_ai.classroom.submission`, to check the saved file) and by
:mod:`humas_ai.trainer.grading.collect`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

#: How many code cells from the top are searched for ``KODE_PESERTA = "..."``.
FIRST_CODE_CELLS = 5

_CODE_LINE = re.compile(r"""^[ \t]*KODE_PESERTA[ \t]*=[ \t]*(?P<q>["'])(?P<code>[^"'\n]*)(?P=q)""",
                        re.M)
_VALID_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")


def normalise_code(raw: object) -> str:
    """A participant code as stored and compared: stripped, upper case (``" p07 "`` → ``P07``)."""
    return str(raw or "").strip().upper()


def is_valid_code(code: str) -> bool:
    """True when ``code`` is safe as a folder and file name (letters, digits, ``_ . -``)."""
    return bool(_VALID_CODE.fullmatch(code)) and ".." not in code


def read_notebook(path: Path) -> dict:
    """The notebook at ``path`` as a dict, or ``{}`` when it is missing or not a JSON object."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def cell_source(cell: Mapping) -> str:
    """A cell's source as one string (notebooks store it as a string or a list of lines)."""
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def nbgrader_metadata(cell: Mapping) -> Mapping:
    """A cell's nbgrader metadata (``grade_id``, ``points``, ...); empty when it has none."""
    meta = (cell.get("metadata") or {}).get("nbgrader") if isinstance(cell, Mapping) else None
    return meta if isinstance(meta, Mapping) else {}


def code_cells(notebook: Mapping) -> list[Mapping]:
    cells = notebook.get("cells") or []
    return [cell for cell in cells if isinstance(cell, Mapping) and cell.get("cell_type") == "code"]


def participant_code(notebook: Mapping) -> str | None:
    """The normalised ``KODE_PESERTA`` of a notebook (a JSON dict); ``""`` if left empty.

    ``None`` when no cell near the top assigns ``KODE_PESERTA`` at all.
    """
    for cell in code_cells(notebook)[:FIRST_CODE_CELLS]:
        match = _CODE_LINE.search(cell_source(cell))
        if match:
            return normalise_code(match.group("code"))
    return None


def grade_ids(notebook: Mapping) -> list[str]:
    """``grade_id`` of every nbgrader cell, in notebook order."""
    return [str(nbgrader_metadata(cell)["grade_id"]) for cell in notebook.get("cells") or []
            if nbgrader_metadata(cell).get("grade_id")]


def module_of(notebook: Mapping, modules: Mapping[str, Iterable[str]]) -> str | None:
    """Which module a notebook belongs to.

    ``modules`` maps each module name to the ``grade_id`` values of its source notebook.
    The notebook metadata (``kelas_ai_humas.modul``) wins when it names a known module;
    otherwise the module sharing the most ``grade_id`` values, if any, is chosen.
    """
    info = (notebook.get("metadata") or {}).get("kelas_ai_humas") or {}
    named = info.get("modul") if isinstance(info, Mapping) else None
    if named in modules:
        return named
    found = set(grade_ids(notebook))
    best, overlap = None, 0
    for name, ids in modules.items():
        shared = len(found & set(ids))
        if shared > overlap:
            best, overlap = name, shared
    return best
