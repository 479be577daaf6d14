"""Module notebooks: conventions and modules/ in sync with solutions/.

The notebooks also run cell by cell under nbval (collected from solutions/
and modules/ through pyproject.toml).  That every answer key runs without any
error and scores full marks, and that grading, Formgrader and feedback work on
every module, is tested on the trainer's real pipeline in tests/test_class_day.py.
"""

import re

import nbformat
import pytest

from tests.notebook_tools import (
    MODULES,
    module_names,
    offline_env,
    release_notebook,
    solution_notebook,
)

MODULE_NAMES = module_names()
TOTAL_POINTS = 100
HIDDEN_BLOCK = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)
CHECK_NAME = re.compile(r"""@check\(\s*["']([^"']+)["']""")


def _read(path):
    return nbformat.read(path, as_version=4)


def _nbgrader(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def _grade_cells(notebook):
    return [cell for cell in notebook.cells if _nbgrader(cell).get("grade")]


def _autograded_points(notebook) -> float:
    """Points of the test cells nbgrader scores by itself; manual answers score only later."""
    return sum(_nbgrader(cell)["points"] for cell in _grade_cells(notebook)
               if cell.cell_type == "code" and not _nbgrader(cell).get("solution"))


def test_there_is_at_least_module_00():
    assert "00-pengenalan" in MODULE_NAMES


# --------------------------------------------------------------------------- conventions


@pytest.mark.parametrize("module", MODULE_NAMES)
def test_module_totals_100_points(module):
    cells = _grade_cells(_read(solution_notebook(module)))
    assert cells, "a module needs graded cells"
    assert sum(_nbgrader(cell)["points"] for cell in cells) == TOTAL_POINTS


@pytest.mark.parametrize("module", MODULE_NAMES)
def test_graded_cells_have_meaningful_ids_and_matching_self_checks(module):
    notebook = _read(solution_notebook(module))
    ids = [_nbgrader(cell)["grade_id"] for cell in notebook.cells if _nbgrader(cell)]
    assert len(ids) == len(set(ids)), "grade_id values must be unique"
    for grade_id in ids:
        assert re.fullmatch(r"[a-z][a-z0-9_]+", grade_id), grade_id
        assert not re.fullmatch(r"cell-[0-9a-f]+", grade_id), f"generated id {grade_id}"
    tests = {}
    for cell in _grade_cells(notebook):
        if cell.cell_type != "code":
            continue
        names = CHECK_NAME.findall(cell.source)
        assert names == [_nbgrader(cell)["grade_id"]], (
            f"test cell {_nbgrader(cell)['grade_id']} must hold one @check of the same name"
        )
        tests[names[0]] = cell
        for block in HIDDEN_BLOCK.findall(cell.source):
            first = block.strip().splitlines()[0]
            assert first.startswith("# "), "a hidden-test block starts with a one-line comment"
    final = [cell for cell in notebook.cells if "check_all(" in cell.source]
    assert final and final[-1] is [c for c in notebook.cells if c.cell_type == "code"][-1], (
        "the last code cell calls check_all"
    )
    assert set(re.findall(r'"([a-z0-9_]+)"', final[-1].source)) == set(tests)


@pytest.mark.parametrize("module", MODULE_NAMES)
def test_exercise_and_test_cells_are_tagged_raises_exception(module):
    for cell in _read(solution_notebook(module)).cells:
        meta = _nbgrader(cell)
        if cell.cell_type == "code" and (meta.get("solution") or meta.get("grade")):
            assert "raises-exception" in cell.metadata.get("tags", []), meta["grade_id"]


@pytest.mark.parametrize("module", MODULE_NAMES)
def test_minutes_in_metadata_match_the_headings(module):
    notebook = _read(solution_notebook(module))
    info = notebook.metadata["kelas_ai_humas"]
    assert info["modul"] == module
    assert sum(part["menit"] for part in info["bagian"]) == info["menit"]
    text = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    assert f"{info['menit']} menit" in notebook.cells[0].source
    for part in info["bagian"]:
        assert f"\n## {part['judul']} ({part['menit']} menit)\n" in f"\n{text}\n", part


# --------------------------------------------------------------------------- modules/


@pytest.mark.parametrize("module", MODULE_NAMES)
def test_solution_sources_carry_no_run_noise(module):
    """Widget state and execution timestamps change on every run and leak into the release
    and the book (widget state loads scripts from a CDN); tools/refresh_solutions.py drops
    them."""
    notebook = _read(solution_notebook(module))
    assert "widgets" not in notebook.metadata, "run tools/refresh_solutions.py"
    stamped = [index for index, cell in enumerate(notebook.cells)
               if "execution" in cell.metadata]
    assert not stamped, f"cells {stamped} carry execution timestamps"
    views = [index for index, cell in enumerate(notebook.cells)
             for output in cell.get("outputs", [])
             if "application/vnd.jupyter.widget-view+json" in output.get("data", {})]
    assert not views, f"cells {views} keep widget views"


def test_every_module_folder_comes_from_a_solution():
    released = sorted(path.name for path in MODULES.iterdir() if path.is_dir())
    assert released == MODULE_NAMES, "run `make release`"


def test_hidden_tests_and_solutions_are_absent_from_modules():
    hidden_lines = set()
    for module in MODULE_NAMES:
        source = solution_notebook(module).read_text(encoding="utf-8")
        for cell in _read(solution_notebook(module)).cells:
            for block in HIDDEN_BLOCK.findall(cell.source):
                visible = HIDDEN_BLOCK.sub("", cell.source)
                hidden_lines |= {
                    line.strip() for line in block.splitlines()
                    if len(line.strip()) >= 12 and line.strip() not in visible
                }
        assert "BEGIN HIDDEN TESTS" in source or not _autograded_points(
            _read(solution_notebook(module))
        ), f"{module}: auto-graded test cells need hidden tests"
    assert hidden_lines
    for path in MODULES.rglob("*"):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for marker in ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS", "BEGIN SOLUTION"):
            assert marker not in text, f"{path}: {marker}"
        leaked = [line for line in hidden_lines if line in text]
        assert not leaked, f"{path} contains hidden test text: {leaked[:3]}"


def _comparable(path):
    """A notebook without the fields that change on every run."""
    notebook = _read(path)
    notebook.metadata.pop("widgets", None)
    cells = []
    for cell in notebook.cells:
        cell = dict(cell)
        cell.pop("outputs", None)
        cell.pop("execution_count", None)
        cell["metadata"] = {key: value for key, value in cell["metadata"].items()
                            if key not in ("execution", "collapsed", "scrolled")}
        cells.append(cell)
    return notebook.metadata, cells


@pytest.mark.slow
def test_modules_are_exactly_what_make_release_produces(course):
    course.release(database=False)
    for module in MODULE_NAMES:
        fresh_folder, committed_folder = course.modules / module, MODULES / module
        fresh_files = sorted(p.relative_to(fresh_folder) for p in fresh_folder.rglob("*"))
        committed_files = sorted(
            p.relative_to(committed_folder) for p in committed_folder.rglob("*")
            if not {".ipynb_checkpoints", "hasil"} & set(p.parts)
        )
        # hasil/ is what a notebook writes when it runs (module 05's report), not released.
        fresh_files = [p for p in fresh_files if "hasil" not in p.parts]
        assert committed_files == fresh_files, f"{module}: run `make release`"
        fresh_meta, fresh_cells = _comparable(fresh_folder / f"{module}.ipynb")
        meta, cells = _comparable(release_notebook(module))
        assert meta == fresh_meta, f"{module}: notebook metadata differs; run `make release`"
        assert len(cells) == len(fresh_cells), f"{module}: run `make release`"
        for index, (cell, fresh) in enumerate(zip(cells, fresh_cells, strict=True)):
            assert cell == fresh, f"{module} cell {index} differs; run `make release`"


def test_offline_env_blocks_the_network_for_kernels_but_not_loopback():
    import subprocess
    import sys

    env = offline_env()
    assert "localhost" in env["no_proxy"] and env["https_proxy"] == env["HTTPS_PROXY"]
    code = (
        "import urllib.request\n"
        "try:\n"
        "    urllib.request.urlopen('https://pypi.org/simple/', timeout=10)\n"
        "except OSError as error:\n"
        "    print('diblokir', type(error).__name__)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=30)
    assert result.stdout.startswith("diblokir"), result.stdout + result.stderr


def test_modules_readme_lists_every_module_with_its_minutes():
    readme = (MODULES / "README.md").read_text(encoding="utf-8")
    for module in MODULE_NAMES:
        meta = _read(release_notebook(module)).metadata["kelas_ai_humas"]
        row = next((line for line in readme.splitlines() if f"[`{module}`]" in line), "")
        assert f"| {meta['judul']} | {meta['menit']} menit |" in row, f"{module}: update README"
