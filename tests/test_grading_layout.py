"""The layout table in DEVELOPING.md stays true: every grading module is listed, and each
imports only what its row allows; the analysis toolkit imports nothing from grading."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GRADING = ROOT / "humas_ai" / "grading"
TOOLKIT = ("text", "data", "corpora", "sentiment", "clustering", "ethics", "report", "pages")


def _allowed() -> dict[str, set[str]]:
    """module name -> the kit modules its row in DEVELOPING.md allows it to import."""
    rows = {}
    for line in (ROOT / "DEVELOPING.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if len(cells) == 3 and cells[0].startswith("`") and cells[0].endswith(".py`"):
            names = [part.strip(" `;,") for part in cells[2].split("`")[1::2]]
            rows[cells[0].strip("`").removesuffix(".py")] = {
                name if "." in name else f"humas_ai.grading.{name}" for name in names}
    return rows


def _imports(path: Path) -> set[str]:
    """The humas_ai modules ``path`` imports, at the top or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("humas_ai"):
            if node.module in ("humas_ai", "humas_ai.grading"):
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
            else:
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("humas_ai"))
    return found


def test_every_grading_module_has_a_row_and_every_row_a_module():
    modules = {path.stem for path in GRADING.glob("*.py")} - {"__init__"}
    assert set(_allowed()) == modules


@pytest.mark.parametrize("module", sorted(path.stem for path in GRADING.glob("*.py")
                                          if path.stem != "__init__"))
def test_each_grading_module_imports_only_what_its_row_allows(module):
    own = f"humas_ai.grading.{module}"
    assert _imports(GRADING / f"{module}.py") - {own} <= _allowed()[module]


@pytest.mark.parametrize("module", TOOLKIT)
def test_the_analysis_toolkit_imports_nothing_from_the_trainer_tools(module):
    imported = _imports(ROOT / "humas_ai" / f"{module}.py")
    assert not {name for name in imported
                if name.startswith(("humas_ai.grading", "humas_ai.cli"))}
