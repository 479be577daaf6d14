"""Build the course book from the release, never from the working copy of ``modules/``.

    python tools/build_book.py [--root .] [--out .]      # the book lands in <out>/_build/html

A trainer who tried the exercises in ``modules/`` has their own code, answers and outputs
there; the book must not publish them.  So the book's sources are assembled in a temporary
folder: the pages (``_config.yml``, ``_toc.yml``, ``docs/``) and a fresh release of every
module made from ``solutions/`` exactly as ``make release`` makes it (``nbgrader
generate_assignment --no-db``, released into the temporary folder, so ``modules/`` is neither
read nor written).  Jupyter Book then builds that folder offline, every warning an error.

Quiz cells hold the right answers and their explanations in their source.  In the book their
input is removed (cell tag ``remove-input``) and their output is the quiz's static HTML, in
which every explanation stays folded until the reader clicks an option.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
#: What the book is made of besides the modules (kept in step with _toc.yml).
PAGES = ["_config.yml", "_toc.yml", "docs"]
REMOVE_INPUT = "remove-input"
#: A code cell that shows a quiz calls ``quiz(...)``, ``kuis(...)`` or a ``kuis_*`` helper.
QUIZ_CALL = re.compile(r"^\s*(?:quiz|kuis\w*)\(", re.M)
#: Output types the static book can show without JavaScript widgets or a CDN.
STATIC = ("text/html", "text/plain")


class BookError(Exception):
    """The book could not be built; the message says why and what to do."""


def release(root: Path, target: Path) -> None:
    """What ``make release`` makes from ``root/solutions``, written to ``target``."""
    command = [
        sys.executable, "-m", "nbgrader", "generate_assignment", "*", "--force", "--no-db",
        f"--CourseDirectory.release_directory={target.as_posix()}",
    ]
    result = subprocess.run(command, cwd=root / "grader", capture_output=True, text=True)
    if result.returncode != 0 or not list(target.glob("*/*.ipynb")):
        raise BookError("nbgrader tidak dapat membuat rilis modul untuk buku:\n"
                        + (result.stdout + result.stderr)[-3000:])


def is_quiz(cell) -> bool:
    return cell.cell_type == "code" and bool(QUIZ_CALL.search(cell.source))


def _run(source: str, namespace: dict):
    """Run ``source`` like a notebook cell and return the value of its last expression."""
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, "<kuis>", "exec"), namespace)  # noqa: S102 (our own release notebooks)
    if last is None:
        return None
    return eval(compile(ast.Expression(last.value), "<kuis>", "eval"), namespace)  # noqa: S307


def _defines(source: str) -> set[str]:
    """Names a cell binds at its top level (assignments, functions, classes, imports)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
    return names


def _run_with_context(cells: list, index: int, namespace: dict, tries: int = 5):
    """Run quiz cell ``index``; a name it lacks is defined by running the latest earlier
    cell that binds it (for example the cell that loads a module's ethics cases)."""
    for _ in range(tries):
        try:
            return _run(cells[index].source, namespace)
        except NameError as error:
            missing = getattr(error, "name", None)
            source = next((cell.source for cell in reversed(cells[:index])
                           if cell.cell_type == "code" and missing in _defines(cell.source)),
                          None)
            if source is None:
                raise
            with contextlib.redirect_stdout(io.StringIO()):
                _run(source, namespace)
    return _run(cells[index].source, namespace)


def _static_output(value) -> dict | None:
    bundle = value._repr_mimebundle_() if hasattr(value, "_repr_mimebundle_") else None
    if isinstance(bundle, tuple):
        bundle = bundle[0]
    data = {key: bundle[key] for key in STATIC if bundle and key in bundle}
    if "text/html" not in data:
        return None
    return nbformat.v4.new_output("display_data", data=data)


def prepare_quizzes(path: Path) -> tuple[int, int]:
    """Hide every quiz cell's source in ``path`` and show its folded static HTML instead.

    Quiz cells run outside a kernel, in order, sharing one namespace; a name one lacks
    comes from the earlier cell that defines it.
    Returns (quiz cells, quizzes rendered).  A quiz that cannot be rendered outside a kernel
    keeps no output: the book then shows nothing of it rather than its answers.
    """
    import humas_ai.classroom.quiz as quiz_module

    notebook = nbformat.read(path, as_version=4)
    namespace = {name: getattr(quiz_module, name) for name in dir(quiz_module)
                 if not name.startswith("_")}
    found = rendered = 0
    for index, cell in enumerate(notebook.cells):
        if not is_quiz(cell):
            continue
        found += 1
        tags = cell.metadata.setdefault("tags", [])
        if REMOVE_INPUT not in tags:
            tags.append(REMOVE_INPUT)
        cell.outputs = []
        try:
            output = _static_output(_run_with_context(notebook.cells, index, namespace))
        except Exception as error:  # noqa: BLE001 (reported, the quiz stays hidden)
            print(f"Kuis di {path.name} tidak dapat ditampilkan di buku: {error}",
                  file=sys.stderr)
            continue
        if output is not None:
            cell.outputs = [output]
            rendered += 1
    nbformat.write(notebook, path)
    return found, rendered


def assemble(root: Path, folder: Path) -> Path:
    """The book's sources in ``folder``: the pages and a fresh release of the modules."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in PAGES:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, folder / name,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
        else:
            shutil.copy2(source, folder / name)
    release(root, folder / "modules")
    for notebook in sorted((folder / "modules").glob("*/*.ipynb")):
        prepare_quizzes(notebook)
    return folder


def build(root: Path, out: Path) -> Path:
    """Build the book of ``root`` into ``out/_build/html`` and return that folder."""
    # Jupyter Book's command through this Python: its script folder differs between a venv,
    # conda and Windows.
    jupyter_book = [sys.executable, "-c", "from jupyter_book.cli.main import main; main()"]
    with tempfile.TemporaryDirectory(prefix="buku-kelas-") as scratch:
        source = assemble(root, Path(scratch) / "kelas-ai-humas")
        result = subprocess.run(
            [*jupyter_book, "build", str(source), "--path-output", str(out),
             "-W", "-n", "--keep-going"],
            capture_output=True, text=True,
        )
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        raise BookError("Buku gagal dibangun; baca pesan di atas.")
    return out / "_build" / "html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="course folder (with solutions/)")
    parser.add_argument("--out", type=Path, default=None,
                        help="where _build/html goes (default: the course folder)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        html = build(root, (args.out or root).resolve())
    except BookError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Buku selesai: {html / 'index.html'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
