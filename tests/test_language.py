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
    (r"(?<![\w*`/.-])(?:login|browser|chatbot)(?![\w*`-])",
     "the foreign term in italics, or an Indonesian word (masuk, peramban)"),
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


#: (wrong form, what to write instead) in the news items, which follow PUEBI/EYD like a
#: careful regional newsroom (quoted comments elsewhere keep how people really write).
NEWS_BANNED = [
    (r"\bRp \d", "Rp5.000 (no space, PUEBI)"),
    (r"(?i)\bblanko\b", "blangko"),
    (r"(?i)\be-?mail\b", "surel"),
    (r"(?i)\bonline\b", "daring"),
]


@pytest.mark.parametrize(("pattern", "instead"), NEWS_BANNED, ids=[b for _, b in NEWS_BANNED])
def test_news_follow_puebi(texts, pattern, instead):
    found = [(where, match.group(0)) for where, text, _ in texts if where.startswith("berita_isu")
             for match in re.finditer(pattern, text)]
    assert not found, f"write {instead!r} in the news: {found[:10]}"


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
            if line.lstrip().startswith(("|", "```", "#")) and ("recall" in pattern
                                                              or "login" in pattern):
                continue  # tables and headings name the column, setting or section as printed
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
    samples[BANNED_IN_PROSE[-1][0]] = "minta semua peserta login pada menit yang sama"
    for pattern, sample in samples.items():
        assert re.search(pattern, sample), pattern
    assert not re.search(BANNED_IN_PROSE[-1][0], "di *browser* peserta, `login`, /login")
    for pattern, _ in NEWS_BANNED:
        assert not re.search(pattern, "Blangko KTP-el habis, bantuan Rp5.000, surel, daring")
    assert not re.search(r"(?i)\be-mail\b(?!\))", "Alamat surel (e-mail), misalnya")
    assert not re.search(r"(?i)(?<!\(\*)\bdictionary\b", "**kamus** (*dictionary*, `dict`)")
    for title in ("Bahasa Indonesia untuk orang", "Lomba Debat Bahasa Indonesia"):
        assert not re.search(r"\b[a-z][a-z-]*,? Bahasa Indonesia", title)
    line = 'pertanyaan netral (*"kira2 kapan stok blanko datang lagi ya?"*) dan `blanko`'
    assert not re.search(r"(?i)\bblanko\b", QUOTED.sub(" ", CODE_SPAN.sub(" ", line)))


#: (wrong form, what to write instead) in the running prose of the notebooks: markdown
#: cells a participant reads (not the model answers written in a participant's voice),
#: outside headings (they are printed as exercise and agenda titles), code and quotations.
BANNED_IN_NOTEBOOK_PROSE = [
    (r"\b[Ii]a\b", "name the tool, model or text instead of 'ia'"),
    (r"\b[Kk]ita\b", "address the reader as Anda, or use a passive form"),
    (r"(?<![\w`_/-])[Dd]ataset(?![\w`_])", "kumpulan data"),
    (r"\bvendor\b", "perusahaan penyedia"),
]
#: In the prose of the notebooks and of the trainer guide, glossary and home page.
BANNED_IN_OWN_PROSE = [
    (r"\bdi (bulan|minggu|hari|tahun)\b", "pada (for a time, not a place)"),
    (r"(?i)(?<![\w*`/-])(flash disk|chatbot|seed|silhouette|encoding)(?![\w*`])",
     "the foreign term in italics"),
]
#: Foreign terms a module uses so often that only that module is held to italics.
ITALIC_IN_MODULE = {"06": r"(?<![\w*`\"'/])[Bb]rief(?![\w*`])"}
SECTION_MINUTES = re.compile(r"\*\*Bagian (\d+) \((\d+) menit\)\*\*")


def _prose_lines(text: str) -> list[str]:
    """The lines of a markdown text without headings, code spans and quotations."""
    return [QUOTED.sub(" ", CODE_SPAN.sub(" ", line)) for line in text.splitlines()
            if not line.lstrip().startswith(("#", "```"))]


def notebook_prose() -> list[tuple[str, str]]:
    """(where, line) for the running prose a participant reads in the notebooks."""
    lines = []
    for path in notebooks():
        for index, cell in enumerate(nbformat.read(path, as_version=4).cells):
            if cell.cell_type != "markdown" or cell.metadata.get("nbgrader", {}).get("solution"):
                continue
            where = f"{path.relative_to(ROOT)} cell {index}"
            lines += [(where, line) for line in _prose_lines(cell.source)]
    return lines


def own_pages() -> list[Path]:
    """The pages this review covers besides the notebooks."""
    docs = ROOT / "docs"
    return [docs / "glosarium.md", docs / "index.md", *sorted((docs / "pelatih").glob("*.md"))]


def own_prose() -> list[tuple[str, str]]:
    lines = list(notebook_prose())
    for page in own_pages():
        text = page.read_text(encoding="utf-8")
        if page.name == "glosarium.md":  # a term line gives the English word in brackets
            text = "\n".join(line for line in text.splitlines() if line.startswith(" "))
        lines += [(str(page.relative_to(ROOT)), line) for line in _prose_lines(text)]
    return lines


@pytest.mark.parametrize(("pattern", "instead"), BANNED_IN_NOTEBOOK_PROSE,
                         ids=[b for _, b in BANNED_IN_NOTEBOOK_PROSE])
def test_notebook_prose_keeps_the_register(pattern, instead):
    found = [(where, line.strip()[:80]) for where, line in notebook_prose()
             if re.search(pattern, line)]
    assert not found, f"write {instead!r} instead: {found[:10]}"


@pytest.mark.parametrize(("pattern", "instead"), BANNED_IN_OWN_PROSE,
                         ids=[b for _, b in BANNED_IN_OWN_PROSE])
def test_own_prose_keeps_time_words_and_italics(pattern, instead):
    found = [(where, line.strip()[:80]) for where, line in own_prose()
             if re.search(pattern, line)]
    assert not found, f"write {instead!r} instead: {found[:10]}"


@pytest.mark.parametrize(("module", "pattern"), ITALIC_IN_MODULE.items())
def test_module_italicises_its_foreign_term(module, pattern):
    found = [(where, line.strip()[:80]) for where, line in notebook_prose()
             if where.startswith(f"solutions/{module}-") and re.search(pattern, line)]
    assert not found, f"put the term in italics: {found[:10]}"


def test_notebook_code_writes_blangko():
    found = [(str(path.relative_to(ROOT)), index)
             for path in notebooks()
             for index, cell in enumerate(nbformat.read(path, as_version=4).cells)
             if cell.cell_type == "code" and re.search(r"(?i)\bblanko\b", cell.source)]
    assert not found, f"headlines and strings we write use 'blangko': {found}"


def test_glossary_letter_index_matches_its_sections():
    text = (ROOT / "docs" / "glosarium.md").read_text(encoding="utf-8")
    links = re.findall(r"\[([A-Z])\]\(#([a-z])\)", text)
    sections = re.findall(r"^## ([A-Z])$", text, flags=re.M)
    assert [letter for letter, _ in links] == sections
    assert all(letter.lower() == anchor for letter, anchor in links)


def test_trainer_notes_give_each_section_its_notebook_minutes():
    guide = (ROOT / "docs" / "pelatih" / "fasilitasi.md").read_text(encoding="utf-8")
    checked = 0
    for module, notes in re.findall(r"^### Modul (\d\d):(.*?)(?=^### |\Z)", guide, re.M | re.S):
        path = next((ROOT / "solutions").glob(f"{module}-*/{module}-*.ipynb"))
        parts = nbformat.read(path, as_version=4).metadata["kelas_ai_humas"]["bagian"]
        minutes = {part["judul"].split(".")[0]: part["menit"] for part in parts}
        for number, said in SECTION_MINUTES.findall(notes):
            assert minutes.get(number) == int(said), (
                f"Modul {module} bagian {number}: the guide says {said} min, "
                f"the notebook {minutes.get(number)}"
            )
            checked += 1
    assert checked >= 4


def test_the_new_rules_catch_what_they_are_meant_to_catch():
    register = dict((instead, pattern) for pattern, instead in BANNED_IN_NOTEBOOK_PROSE)
    assert re.search(register["name the tool, model or text instead of 'ia'"],
                     "Ia tidak menilai nada draf.")
    assert re.search(register["kumpulan data"], "Dataset itu berisi 400 teks.")
    assert not re.search(register["kumpulan data"], "load_dataset('komentar_publik')")
    time_word, foreign = (pattern for pattern, _ in BANNED_IN_OWN_PROSE)
    assert re.search(time_word, "diajarkan di hari kedua")
    assert not re.search(time_word, "di Samarinda")
    assert re.search(foreign, "dengan seed lain") and re.search(foreign, "ke chatbot publik")
    assert not re.search(foreign, "dengan *seed* lain, skor *silhouette*-nya")
    assert re.search(ITALIC_IN_MODULE["06"], "Brief yang baik memuat")
    line = _prose_lines("*Brief* yang baik, `check_prompt(brief)`")[0]
    assert not re.search(ITALIC_IN_MODULE["06"], line)
    assert SECTION_MINUTES.findall("- **Bagian 1 (19 menit)** adalah") == [("1", "19")]
