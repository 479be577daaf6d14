"""The layout table of trainer/grading/ in DEVELOPING.md stays true: every grading module is
listed, and each imports only what its row allows."""

import pytest

from tests.layout_tools import ROOT, imports

GRADING = ROOT / "humas_ai" / "trainer" / "grading"
PACKAGE = "humas_ai.trainer.grading"


def _allowed() -> dict[str, set[str]]:
    """module name -> the kit modules its row in DEVELOPING.md allows it to import."""
    rows = {}
    for line in (ROOT / "DEVELOPING.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if len(cells) == 3 and cells[0].startswith("`") and cells[0].endswith(".py`"):
            names = [part.strip(" `;,") for part in cells[2].split("`")[1::2]]
            rows[cells[0].strip("`").removesuffix(".py")] = {
                name if "." in name else f"{PACKAGE}.{name}" for name in names}
    return rows


def test_every_grading_module_has_a_row_and_every_row_a_module():
    modules = {path.stem for path in GRADING.glob("*.py")} - {"__init__"}
    assert set(_allowed()) == modules


@pytest.mark.parametrize("module", sorted(path.stem for path in GRADING.glob("*.py")
                                          if path.stem != "__init__"))
def test_each_grading_module_imports_only_what_its_row_allows(module):
    own = f"{PACKAGE}.{module}"
    assert imports(GRADING / f"{module}.py") - {own} <= _allowed()[module]
