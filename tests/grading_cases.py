"""Made-up participants' submissions of module 00 for the grading tests and the benchmark.

Each case is built from the released notebook (what participants really get) with the
answers of the solution notebook filled in, then changed the way real submissions go wrong.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from tests.notebook_tools import release_notebook, solution_notebook

MODULE = "00-pengenalan"


def _meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def answered(module: str = MODULE, skip: tuple[str, ...] = ()) -> dict:
    """The released notebook with every answer cell taken from the solution (except ``skip``)."""
    notebook = _load(release_notebook(module))
    solutions = {_meta(c).get("grade_id"): c["source"] for c in _load(solution_notebook(module))
                 ["cells"] if _meta(c).get("solution")}
    for cell in notebook["cells"]:
        grade_id = _meta(cell).get("grade_id")
        if _meta(cell).get("solution") and grade_id not in skip:
            source = "".join(solutions[grade_id])
            cell["source"] = "\n".join(line for line in source.splitlines()
                                       if "### BEGIN SOLUTION" not in line
                                       and "### END SOLUTION" not in line)
    return notebook


def answer_ids(module: str = MODULE) -> list[str]:
    """grade_id of every answer cell (code and written) of ``module``, in notebook order."""
    return [_meta(c)["grade_id"] for c in _load(solution_notebook(module))["cells"]
            if _meta(c).get("solution")]


def written_ids(module: str = MODULE) -> list[str]:
    """grade_id of every written answer (graded markdown answer cell) of ``module``."""
    return [_meta(c)["grade_id"] for c in _load(solution_notebook(module))["cells"]
            if _meta(c).get("solution") and _meta(c).get("grade") and c["cell_type"] == "markdown"]


def partly_answered(module: str = MODULE) -> dict:
    """The released notebook with only its first code answer and first written answer."""
    code = [gid for gid in answer_ids(module) if gid not in written_ids(module)]
    keep = set(code[:1]) | set(written_ids(module)[:1])
    return answered(module, skip=tuple(gid for gid in answer_ids(module) if gid not in keep))


def solution(module: str = MODULE) -> dict:
    """The source notebook itself, as a trainer who submits the answer key would send it."""
    return _load(solution_notebook(module))


def untouched(module: str = MODULE) -> dict:
    return _load(release_notebook(module))


def with_code(notebook: dict, code: str) -> dict:
    notebook = copy.deepcopy(notebook)
    for cell in notebook["cells"]:
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] == "code" and "KODE_PESERTA =" in source:
            cell["source"] = f'KODE_PESERTA = "{code}"  # isi kode dari pelatih'
            return notebook
    raise AssertionError("no KODE_PESERTA cell")


def set_answer(notebook: dict, grade_id: str, source: str) -> dict:
    notebook = copy.deepcopy(notebook)
    for cell in notebook["cells"]:
        if _meta(cell).get("grade_id") == grade_id:
            cell["source"] = source
            return notebook
    raise AssertionError(grade_id)


def append_to_answer(notebook: dict, grade_id: str, extra: str) -> dict:
    """The answer cell ``grade_id`` with ``extra`` lines added after its own code."""
    for cell in notebook["cells"]:
        if _meta(cell).get("grade_id") == grade_id:
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            return set_answer(notebook, grade_id, source.rstrip("\n") + "\n" + extra)
    raise AssertionError(grade_id)


def tests_replaced_by_pass(notebook: dict) -> dict:
    notebook = copy.deepcopy(notebook)
    for cell in notebook["cells"]:
        if _meta(cell).get("locked") and cell["cell_type"] == "code":
            cell["source"] = "pass"
    return notebook


def tests_deleted(notebook: dict) -> dict:
    notebook = copy.deepcopy(notebook)
    notebook["cells"] = [c for c in notebook["cells"]
                         if not (_meta(c).get("grade") and c["cell_type"] == "code")]
    return notebook


def first_test_moved_up(notebook: dict) -> dict:
    """The first test cell placed above its answer cell (runs before the answer exists)."""
    notebook = copy.deepcopy(notebook)
    cells = notebook["cells"]
    test = next(i for i, c in enumerate(cells) if _meta(c).get("grade"))
    answer = max(i for i in range(test) if _meta(cells[i]).get("solution"))
    cells.insert(answer, cells.pop(test))
    return notebook


def old_format_other_kernel(notebook: dict) -> dict:
    notebook = copy.deepcopy(notebook)
    notebook["nbformat_minor"] = 0
    for cell in notebook["cells"]:
        cell.pop("id", None)
    notebook["metadata"]["kernelspec"] = {"name": "python3-lokal", "display_name": "Python",
                                          "language": "python"}
    return notebook


def write(path: Path, notebook: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(notebook, ensure_ascii=False), encoding="utf-8")
    return path


def small_class():
    """Three participants' results in one module: long names, one answer waiting."""
    from humas_ai.trainer.grading.results import Results

    people = {"P01": {"nama": "Raden Ajeng Siti Nurhaliza Kusumawardhani", "instansi": "Dinas"},
              "P02": {"nama": "Budi", "instansi": "Diskominfo Kabupaten Kutai Kartanegara"},
              "P03": {"nama": "Ani", "instansi": "Dinas"}}
    return Results(["02-a"], people, max_scores={"02-a": 100.0},
                   scores={("P01", "02-a"): 100.0, ("P02", "02-a"): 72.5,
                           ("P03", "02-a"): 100.0},
                   pending={("P02", "02-a"): 12.5})
