"""Word choices an Indonesian editor corrected stay corrected.

A grep over what people read: the markdown and code of the solution notebooks
(not their outputs, which echo the data), the book pages and datasheets, the
text strings of ``humas_ai`` (not docstrings, which are developer English), the
ethics cases, and the news items.  Each rule names the form to use instead.
"""

from __future__ import annotations

import ast
import csv
import json
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent

#: (wrong form, what to write instead).  Checked everywhere people read.
BANNED = [
    (r"Validasi fakta", "cek fakta"),
    (r"Penandaan AI", "label atau pengungkapan AI"),
    (r"Manusia dalam lingkaran", "pengawasan manusia"),
    (r"(?i)kata henti", "kata umum (*stopword*)"),
    (r"\(\*?masker\*?\)|latihan masker", "penyamaran (*masking*)"),
    (r"(?i)(?<!\(\*)\bdictionary\b", "kamus (*dict*), as taught in Modul 01"),
    (r"\b[a-z][a-z-]*,? Bahasa Indonesia", "bahasa Indonesia (lower-case b in running text)"),
    (r"(?i)\be-mail\b(?!\))", "surel"),
    (r"tidak pernah error", "tidak pernah menimbulkan kesalahan"),
    (r"masih berisi stub", "say which line to delete"),
    (r"\bDi akhir modul", "Pada akhir modul"),
]
#: Checked in prose only (markdown and book pages), outside code spans and quotations,
#: because quoted comments keep the spelling people really use.
BANNED_IN_PROSE = [
    (r"(?i)\bblanko\b", "blangko"),
    (r"\bRp \d", "Rp5.000 (no space, PUEBI)"),
    (r"(?<![\w*`/-])recall(?![\w*`-])", "*recall* in italics"),
]
CODE_SPAN = re.compile(r"`[^`\n]*`")
QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|\*\"[^\"\n]*\"\*")


def notebooks() -> list[Path]:
    return sorted((ROOT / "solutions").glob("*/*.ipynb"))


def pages() -> list[Path]:
    return sorted([*(ROOT / "docs").rglob("*.md"), *(ROOT / "datasets").glob("DATASHEET-*.md")])


def python_strings(path: Path) -> list[str]:
    """The string constants of a module, without its docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def readable_texts() -> list[tuple[str, str, bool]]:
    """(where, text, is_prose) for everything a participant or trainer reads."""
    texts = []
    for path in notebooks():
        notebook = nbformat.read(path, as_version=4)
        for index, cell in enumerate(notebook.cells):
            where = f"{path.relative_to(ROOT)} cell {index}"
            texts.append((where, cell.source, cell.cell_type == "markdown"))
    for path in pages():
        texts.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"), True))
    for path in sorted((ROOT / "humas_ai").rglob("*.py")):
        for text in python_strings(path):
            texts.append((str(path.relative_to(ROOT)), text, False))
    cases = json.loads((ROOT / "datasets" / "kasus_etika.json").read_text(encoding="utf-8"))
    for case in cases:
        options = [option[key] for option in case["pilihan"] for key in ("teks", "penjelasan")]
        for text in [case["situasi"], case["prinsip"], *case["dasar_hukum"], *options]:
            texts.append((f"kasus_etika {case['id']}", text, False))
    with (ROOT / "datasets" / "berita_isu.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            texts.append((f"berita_isu {row['id']}", f"{row['judul']} {row['ringkasan']}", False))
    return texts


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str, bool]]:
    return readable_texts()


def test_news_write_rupiah_the_puebi_way(texts):
    found = [(where, text[:60]) for where, text, _ in texts
             if where.startswith("berita_isu") and re.search(r"\bRp \d", text)]
    assert not found, f"write Rp5.000 without a space: {found[:10]}"


@pytest.mark.parametrize(("pattern", "instead"), BANNED, ids=[b for _, b in BANNED])
def test_corrected_form_does_not_come_back(texts, pattern, instead):
    found = [(where, match.group(0)) for where, text, _ in texts
             for match in re.finditer(pattern, CODE_SPAN.sub(" ", text))]
    assert not found, f"write {instead!r} instead: {found[:10]}"


@pytest.mark.parametrize(("pattern", "instead"), BANNED_IN_PROSE,
                         ids=[b for _, b in BANNED_IN_PROSE])
def test_corrected_prose_form_does_not_come_back(texts, pattern, instead):
    found = []
    for where, text, is_prose in texts:
        if not is_prose:
            continue
        for line in text.splitlines():
            if line.lstrip().startswith(("|", "```", "#")) and "recall" in pattern:
                continue  # tables and headings name the column or section as printed
            if where.endswith("glosarium.md") and not line.startswith(" "):
                continue  # a glossary term line gives the English word in brackets
            bare = QUOTED.sub(" ", CODE_SPAN.sub(" ", line))
            found += [(where, line.strip()[:80]) for _ in re.finditer(pattern, bare)]
    assert not found, f"write {instead!r} instead: {found[:10]}"


def test_recall_is_glossed_once_as_daya_tangkap():
    glossary = (ROOT / "docs" / "glosarium.md").read_text(encoding="utf-8")
    assert "daya tangkap" in glossary
    module = next((ROOT / "solutions").glob("02-*/02-*.ipynb"))
    prose = "\n".join(cell.source for cell in nbformat.read(module, as_version=4).cells
                      if cell.cell_type == "markdown")
    assert prose.count("daya tangkap") >= 1, "gloss *recall* as (daya tangkap) where it is taught"


def test_the_rules_catch_what_they_are_meant_to_catch():
    samples = {
        r"\b[a-z][a-z-]*,? Bahasa Indonesia": "penjelasan dalam Bahasa Indonesia",
        r"(?i)\be-mail\b(?!\))": "lewat WhatsApp, e-mail, atau flash disk",
        r"\bRp \d": "bantuan Rp 5.000 per orang",
        r"(?i)(?<!\(\*)\bdictionary\b": "Fungsi mengembalikan *dictionary*",
    }
    for pattern, sample in samples.items():
        assert re.search(pattern, sample), pattern
    assert not re.search(r"(?i)\be-mail\b(?!\))", "Alamat surel (e-mail), misalnya")
    assert not re.search(r"(?i)(?<!\(\*)\bdictionary\b", "**kamus** (*dictionary*, `dict`)")
    for title in ("Bahasa Indonesia untuk orang", "Lomba Debat Bahasa Indonesia"):
        assert not re.search(r"\b[a-z][a-z-]*,? Bahasa Indonesia", title)
    line = 'pertanyaan netral (*"kira2 kapan stok blanko datang lagi ya?"*) dan `blanko`'
    assert not re.search(r"(?i)\bblanko\b", QUOTED.sub(" ", CODE_SPAN.sub(" ", line)))
