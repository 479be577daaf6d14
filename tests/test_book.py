"""The course book builds offline with -W, hides trainer material, and renders in Chromium.

Chromium (Debian package ``chromium``) must be installed; `make test` installs it when missing
(tools/ensure-chromium).
Screenshots of the checked pages are kept in _build/screenshots/ (git-ignored).
"""

import ast
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import ROOT, chromium_binary
from tests.notebook_tools import offline_env

pytestmark = pytest.mark.slow
sys.path.insert(0, str(ROOT / "tools"))
import build_book  # noqa: E402

SCREENSHOTS = ROOT / "_build" / "screenshots"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
]
# Text that exists only in trainer material (nbgrader solution and hidden-test markers).
TRAINER_ONLY = ["BEGIN HIDDEN TESTS", "BEGIN SOLUTION", "END SOLUTION"]


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.resources: list[str] = []
        self.inline_scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag in ("script", "img", "iframe", "source") and attrs.get("src"):
            self.resources.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            self.resources.append(attrs["href"])
        self._in_script = tag == "script" and not attrs.get("src")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.inline_scripts.append(data)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _external(url: str) -> bool:
    return url.startswith(("http://", "https://", "//"))


# What a trainer who tried the exercises leaves in modules/: none of it may reach the book.
DIRTY_ANSWER = "JAWABAN_PELATIH_P07_RAHASIA"
DIRTY_OUTPUT = "KELUARAN_PELATIH_P07_RAHASIA"
#: What the course copy the book is built from holds (the book needs nothing else).
COURSE_PARTS = ["_config.yml", "_toc.yml", "docs", "solutions", "modules",
                "grader/nbgrader_config.py"]


def _course_copy(folder: Path) -> Path:
    for name in COURSE_PARTS:
        source, target = ROOT / name, folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns(
                ".ipynb_checkpoints", "__pycache__", "hasil", "kumpulkan"))
        else:
            shutil.copy2(source, target)
    return folder


def _dirty(modules: Path) -> None:
    """Type an answer (with its output) into every exercise of every participant notebook."""
    for path in sorted(modules.glob("*/*.ipynb")):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for cell in notebook["cells"]:
            source = "".join(cell["source"])
            if cell["cell_type"] == "code" and "raise NotImplementedError()" in source:
                cell["source"] = source.replace("raise NotImplementedError()",
                                                f"jawaban = {DIRTY_ANSWER!r}")
                cell["outputs"] = [{"output_type": "stream", "name": "stdout",
                                    "text": DIRTY_OUTPUT + "\n"}]
                cell["execution_count"] = 7
            elif cell["cell_type"] == "code" and source.startswith("KODE_PESERTA"):
                cell["source"] = f'KODE_PESERTA = "{DIRTY_ANSWER}"'
        assert DIRTY_ANSWER in json.dumps(notebook), f"no exercise typed into {path.name}"
        path.write_text(json.dumps(notebook), encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The book as `make book` builds it, from a course whose modules/ a trainer has used."""
    course = _course_copy(tmp_path_factory.mktemp("kursus"))
    _dirty(course / "modules")
    out = tmp_path_factory.mktemp("buku")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_book.py"), "--root", str(course),
         "--out", str(out)],
        capture_output=True, text=True, env=offline_env(),
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return out / "_build" / "html"


@pytest.fixture(scope="module")
def pages(site) -> dict[Path, _Page]:
    return {path: _parse(path) for path in site.rglob("*.html")}


def test_every_module_and_page_is_in_the_book(site):
    for notebook in sorted((ROOT / "modules").glob("*/*.ipynb")):
        relative = notebook.relative_to(ROOT).with_suffix(".html")
        assert (site / relative).is_file(), f"{relative} missing from the book"
    for page in ["index", "persiapan", "glosarium", "referensi", "membaca-data-sendiri",
                 "pelatih/index", "pelatih/agenda", "pelatih/masalah-umum"]:
        assert (site / "docs" / f"{page}.html").is_file(), page
    if (ROOT / "docs" / "penilaian.md").is_file():
        assert (site / "docs" / "penilaian.html").is_file()


def test_book_holds_no_solutions_or_hidden_tests(site):
    assert not [p for p in site.rglob("*") if "solutions" in p.relative_to(site).parts]
    for path in site.rglob("*"):
        if path.suffix in {".html", ".ipynb", ".txt", ".js", ".md"} and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            for marker in TRAINER_ONLY:
                assert marker not in text, f"{marker!r} in {path.relative_to(site)}"
    # The hidden tests' code itself is absent too (first line of each hidden block).
    hidden = []
    for notebook in (ROOT / "solutions").glob("*/*.ipynb"):
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            source = "".join(cell["source"])
            if "### BEGIN HIDDEN TESTS" in source:
                block = source.split("### BEGIN HIDDEN TESTS", 1)[1].strip().splitlines()
                hidden += [line.strip() for line in block[:1] if len(line.strip()) > 20]
    assert hidden, "expected hidden tests in solutions/"
    text = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert not [line for line in hidden if line in text]


def test_no_page_loads_anything_from_the_internet(pages):
    for path, page in pages.items():
        external = [url for url in page.resources if _external(url)]
        assert not external, f"{path.name} loads {external}"
        for script in page.inline_scripts:
            assert "https://" not in script and "http://" not in script, (path.name, script)


def test_no_internal_link_is_broken(site, pages):
    broken = []
    for path, page in pages.items():
        for href in page.links:
            if _external(href) or href.startswith(("mailto:", "javascript:")):
                continue
            parts = urlsplit(href)
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{path.relative_to(site)} -> {href}")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{path.relative_to(site)} -> {href} (no anchor)")
    assert not broken, "\n".join(broken)


def test_book_is_built_from_the_release_not_from_modules(site):
    """A trainer's answers and outputs in modules/ never reach the book (pages, downloads,
    search index); the book shows the release's empty exercises instead."""
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".ipynb", ".js", ".txt", ".md", ".json"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            for marker in (DIRTY_ANSWER, DIRTY_OUTPUT):
                assert marker not in text, f"{marker} in {path.relative_to(site)}"
    for notebook in sorted((ROOT / "modules").glob("*/*.ipynb")):
        page = site / notebook.relative_to(ROOT).with_suffix(".html")
        assert "TULIS KODE ANDA DI SINI" in page.read_text(encoding="utf-8"), page.name


def test_building_the_working_copy_directly_is_refused(tmp_path):
    """`jupyter-book build .` in the repository would publish modules/ as it is: it stops
    and points to `make book`."""
    result = subprocess.run(
        [str(Path(sys.executable).parent / "jupyter-book"), "build", str(ROOT),
         "--path-output", str(tmp_path), "-W", "-n"],
        capture_output=True, text=True, env=offline_env(), timeout=600,
    )
    assert result.returncode != 0
    assert "make book" in result.stdout + result.stderr
    assert not (tmp_path / "_build" / "html" / "index.html").exists()


def test_glossary_has_at_least_40_terms(pages, site):
    page = pages[site / "docs" / "glosarium.html"]
    assert len([i for i in page.ids if i.startswith("term-")]) >= 40


def test_agenda_page_shows_both_agendas(site):
    text = (site / "docs" / "pelatih" / "agenda.html").read_text(encoding="utf-8")
    assert "Hari 2" in text and "Pembukaan" in text and "Ishoma" in text
    assert "Modul 00: Pengenalan Jupyter dan Python" in text




@pytest.mark.parametrize(
    ("page", "headings"),
    [
        ("docs/index.html", ["Kelas AI Humas", "Untuk siapa", "Setelah kelas, Anda dapat"]),
        ("modules/00-pengenalan/00-pengenalan.html",
         ["Modul 00", "Tujuan pembelajaran", "Latihan 1"]),
        ("docs/glosarium.html", ["Glosarium", "Kecerdasan buatan"]),
    ],
)
def test_page_renders_in_headless_chromium(site, tmp_path, page, headings):
    url = (site / page).as_uri()
    common = [chromium_binary(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profil'}"]
    dom = subprocess.run(
        [*common, "--dump-dom", url], capture_output=True, text=True, timeout=120,
        env=offline_env(),
    ).stdout
    assert "<h1" in dom
    for heading in headings:
        assert heading in dom, f"{heading!r} not rendered on {page}"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / (page.replace("/", "_").removesuffix(".html") + ".png")
    shot.unlink(missing_ok=True)
    subprocess.run(
        [*common, "--window-size=1280,1600", "--hide-scrollbars", f"--screenshot={shot}", url],
        capture_output=True, timeout=120, env=offline_env(),
    )
    assert shot.is_file() and shot.stat().st_size > 10_000, f"no screenshot of {page}"


# --------------------------------------------------------------------------- in the browser


def _open(browser, site: Path, page: str):
    tab = browser.new_page(viewport={"width": 1280, "height": 900})
    tab.goto((site / page).as_uri())
    tab.wait_for_selector("article h1")
    return tab


def _quiz_cells(module: str) -> list[str]:
    path = ROOT / "solutions" / module / f"{module}.ipynb"
    notebook = build_book.nbformat.read(path, as_version=4)
    return [cell.source for cell in notebook.cells if build_book.is_quiz(cell)]


def _literal_explanations(source: str) -> list[str]:
    """Explanations written in a quiz cell: the third item of ``(text, bool, why)`` tuples."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Tuple) and len(node.elts) == 3
                and isinstance(node.elts[1], ast.Constant)
                and isinstance(node.elts[1].value, bool)
                and isinstance(node.elts[2], ast.Constant)
                and isinstance(node.elts[2].value, str)):
            found.append(node.elts[2].value)
    return found


MODULES = sorted(path.name for path in (ROOT / "solutions").iterdir()
                 if (path / f"{path.name}.ipynb").is_file())


@pytest.mark.parametrize("module", MODULES)
def test_quizzes_reveal_nothing_before_a_click(site, browser, module):
    quizzes = _quiz_cells(module)
    tab = _open(browser, site, f"modules/{module}/{module}.html")
    shown = tab.locator("article").inner_text()
    for source in quizzes:
        call = next(line.strip() for line in source.splitlines()
                    if build_book.QUIZ_CALL.match(line))
        assert call not in shown, f"quiz code shown: {call}"
        for why in _literal_explanations(source):
            assert why not in shown, f"explanation shown before a click: {why[:60]}"
    outputs = tab.locator("div.cell_output:has(details)")
    assert outputs.count() == len(quizzes), "every quiz is shown, folded"
    for number in range(outputs.count()):
        output = outputs.nth(number)
        options = output.locator("details")
        assert options.count() >= 2
        before = output.inner_text()
        assert "Benar" not in before and "Belum tepat" not in before, before
        for index in range(options.count()):
            option = options.nth(index)
            summary = option.locator("summary").inner_text()
            hidden = option.text_content().replace(summary, "", 1).strip()
            assert hidden and hidden not in output.inner_text(), hidden
            option.locator("summary").click()
            assert hidden in output.inner_text()
    tab.close()


def test_agenda_page_teaches_ethics_in_one_day(site, browser):
    tab = _open(browser, site, "docs/pelatih/agenda.html")
    one_day = tab.locator("section#raker-satu-hari").inner_text()
    in_class, _, self_study = one_day.partition("Dikerjakan mandiri")
    assert "Modul 04: Etika" in in_class
    assert "Modul 04" not in self_study
    title = re.search(r"Jadwal \((\d\d\.\d\d)–(\d\d\.\d\d)\)", in_class)
    assert title, in_class[:300]
    assert re.findall(r"\d\d\.\d\d–\d\d\.\d\d", in_class)[-1].endswith(title[2])
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / "agenda.png"), full_page=True)
    tab.close()


def test_glossary_letter_index_jumps_to_its_section(site, browser):
    tab = _open(browser, site, "docs/glosarium.html")
    links = tab.locator("article a[href^='#']").filter(has_text=re.compile(r"^[A-Z]$"))
    letters = links.all_inner_texts()
    assert len(letters) >= 10 and letters == sorted(letters)
    for letter in letters:
        terms = tab.locator(f"section#{letter.lower()} dt").all_inner_texts()
        assert terms, letter
        assert all(term.strip().upper().startswith(letter) for term in terms), (letter, terms)
    middle = letters[len(letters) // 2]
    links.filter(has_text=re.compile(f"^{middle}$")).first.click()
    tab.wait_for_timeout(300)
    assert tab.url.endswith(f"#{middle.lower()}")
    heading = tab.locator(f"section#{middle.lower()} h2")
    assert 0 <= heading.bounding_box()["y"] < 300
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / "glosarium.png"))
    tab.close()


def test_quiz_cells_lose_their_source_and_get_a_folded_output(tmp_path):
    """Unit check of the book's quiz step on a small notebook (no book build)."""
    import nbformat

    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell(
            'from humas_ai.classroom.quiz import quiz\n\n'
            'quiz("Soal?", [("Ya", True, "ALASAN_YA_RAHASIA"),'
            ' ("Tidak", False, "ALASAN_TIDAK_RAHASIA")])'),
        nbformat.v4.new_code_cell('kuis_tidak_dikenal("E01")'),
        # A quiz built from data an earlier cell loads (as module 04's ethics cases are).
        nbformat.v4.new_code_cell('PILIHAN = [("Ya", True, "ALASAN_DARI_DATA"), '
                                  '("Tidak", False, "ALASAN_LAIN")]\nprint("dimuat")'),
        nbformat.v4.new_code_cell('quiz("Soal dari data?", PILIHAN)'),
    ])
    path = tmp_path / "m.ipynb"
    nbformat.write(notebook, path)
    assert build_book.prepare_quizzes(path) == (3, 2)
    cells = nbformat.read(path, as_version=4).cells
    assert "remove-input" not in cells[0].metadata.get("tags", [])
    assert all("remove-input" in cells[i].metadata["tags"] for i in (1, 2, 4))
    html = cells[1].outputs[0]["data"]["text/html"]
    assert "application/vnd.jupyter.widget-view+json" not in cells[1].outputs[0]["data"]
    # Each explanation sits inside its own <details>, after the option's <summary>.
    for why in ("ALASAN_YA_RAHASIA", "ALASAN_TIDAK_RAHASIA"):
        block = html[max(0, html.index(why) - 200): html.index(why)]
        assert "<details>" in block and "</summary>" in block
    assert cells[2].outputs == []
    assert "remove-input" not in cells[3].metadata.get("tags", []) and not cells[3].outputs
    assert "ALASAN_DARI_DATA" in cells[4].outputs[0]["data"]["text/html"]
