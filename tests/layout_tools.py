"""Reading which humas_ai modules a source file imports (for the layout tests)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "humas_ai"


def _is_package(module: str) -> bool:
    return (ROOT / module.replace(".", "/") / "__init__.py").is_file()


def imports(path: Path) -> set[str]:
    """The humas_ai modules ``path`` imports, at the top or inside functions.

    ``from humas_ai.classroom import friendly`` counts as ``humas_ai.classroom.friendly``
    (a name imported from a package), ``from humas_ai.text import clean`` as ``humas_ai.text``.
    """
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("humas_ai"):
            if _is_package(node.module):
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
            else:
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("humas_ai"))
    return found


def module_name(path: Path) -> str:
    """``humas_ai/classroom/quiz.py`` -> ``humas_ai.classroom.quiz``."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def part_of(module: str) -> str:
    """Which of the package's three parts ``module`` belongs to."""
    if module.startswith("humas_ai.classroom"):
        return "classroom"
    if module.startswith("humas_ai.trainer"):
        return "trainer"
    return "toolkit"
