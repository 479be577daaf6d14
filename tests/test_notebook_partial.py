"""A notebook where only the first exercise is solved scores exactly that exercise's points.

Exercises must stand alone: a participant who solves exercise 1 and nothing else gets
exercise 1's points, not more (a later test that passes without its answer) and not less
(exercise 1's test relying on a later cell or on another exercise's answer).
"""

import re

import nbformat
import pytest

from tests.notebook_tools import release_notebook, solution_notebook

#: Modules whose first exercise must be gradable on its own.
MODULES = ["01-prapemrosesan-teks"]
SOLUTION_MARKER = re.compile(r"^[ \t]*### (?:BEGIN|END) SOLUTION[ \t]*\n", re.M)


def _nbgrader(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def first_exercise(module: str) -> tuple[str, str, float]:
    """(grade_id of the first answer cell, its solution without markers, points of its test)."""
    cells = nbformat.read(solution_notebook(module), as_version=4).cells
    for index, cell in enumerate(cells):
        if cell.cell_type == "code" and _nbgrader(cell).get("solution"):
            test = next(later for later in cells[index + 1:] if _nbgrader(later).get("grade"))
            return (_nbgrader(cell)["grade_id"], SOLUTION_MARKER.sub("", cell.source),
                    _nbgrader(test)["points"])
    raise AssertionError(f"{module} has no answer cell")


def test_first_exercise_is_found_with_its_solution():
    grade_id, source, points = first_exercise("01-prapemrosesan-teks")
    assert grade_id == "jawaban_huruf_kecil"
    assert "def huruf_kecil" in source and "SOLUTION" not in source
    assert 0 < points < 100


@pytest.mark.slow
@pytest.mark.parametrize("module", MODULES)
def test_only_first_exercise_solved_scores_exactly_its_points(course, module, tmp_path):
    grade_id, source, points = first_exercise(module)
    notebook = nbformat.read(release_notebook(module), as_version=4)
    answers = [cell for cell in notebook.cells if _nbgrader(cell).get("grade_id") == grade_id]
    assert len(answers) == 1, f"{module}: answer cell {grade_id} missing from the release"
    assert "NotImplementedError" in answers[0].source
    answers[0].source = source
    partial = tmp_path / f"{module}.ipynb"
    nbformat.write(notebook, partial)

    course.release()
    course.submit(module, "P03", partial)
    course.autograde(module)
    assert course.score(module, "P03") == (points, 100)
