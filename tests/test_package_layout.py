"""The package layout of DEVELOPING.md holds for the real imports: the analysis toolkit
imports nothing from the classroom runtime or the trainer tooling, the classroom runtime
nothing from the trainer tooling, and ``import humas_ai`` stays light."""

import subprocess
import sys

import pytest

from tests.layout_tools import PACKAGE, ROOT, imports, module_name, part_of

#: What each part may import from the others (every part may import itself).
MAY_IMPORT = {
    "toolkit": {"toolkit"},
    "classroom": {"toolkit", "classroom"},
    "trainer": {"toolkit", "classroom", "trainer"},
}
SOURCES = sorted(PACKAGE.rglob("*.py"))


def _loaded_after(statement: str) -> set[str]:
    """The modules a fresh interpreter holds after ``statement``."""
    code = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    return set(out.split())


def test_the_three_parts_exist_and_each_module_is_in_one_of_them():
    parts = {part_of(module_name(path)) for path in SOURCES}
    assert parts == set(MAY_IMPORT)
    assert (PACKAGE / "classroom" / "__init__.py").is_file()
    assert (PACKAGE / "trainer" / "grading" / "__init__.py").is_file()


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: module_name(path))
def test_each_module_imports_only_from_the_parts_it_may(path):
    part = part_of(module_name(path))
    wrong = {name for name in imports(path) if part_of(name) not in MAY_IMPORT[part]}
    assert not wrong, f"{module_name(path)} ({part}) imports {sorted(wrong)}"


def test_the_layout_checker_sees_imports_inside_functions(tmp_path):
    source = tmp_path / "probe.py"
    source.write_text("def f():\n    from humas_ai.trainer.grading import state\n"
                      "    from humas_ai.classroom import friendly\n", encoding="utf-8")
    assert {part_of(name) for name in imports(source)} == {"trainer", "classroom"}


def test_importing_humas_ai_loads_neither_subpackage_nor_heavy_libraries():
    loaded = _loaded_after("import humas_ai")
    ours = {name for name in loaded if name.startswith("humas_ai")}
    assert ours == {"humas_ai", "humas_ai.errors"}
    assert not loaded & {"numpy", "pandas", "sklearn", "matplotlib"}


@pytest.mark.parametrize("package", ["humas_ai.classroom", "humas_ai.trainer",
                                     "humas_ai.trainer.grading"])
def test_importing_a_part_loads_nothing_else(package):
    loaded = _loaded_after(f"import {package}")
    ours = {name for name in loaded if name.startswith("humas_ai")}
    assert ours == {"humas_ai", "humas_ai.errors", *_parents(package)}
    assert "numpy" not in loaded and "nbgrader" not in loaded


def _parents(package: str) -> set[str]:
    parts = package.split(".")
    return {".".join(parts[:end]) for end in range(2, len(parts) + 1)}


def test_the_notebooks_setup_line_still_reads_from_the_classroom_package():
    import humas_ai.classroom as classroom
    from humas_ai.classroom import SEED, setup, start

    assert setup is start.setup and SEED == start.SEED == 42
    with pytest.raises(AttributeError, match="no_such_name"):
        classroom.no_such_name  # noqa: B018
