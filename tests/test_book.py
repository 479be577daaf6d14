"""The course book builds offline with -W, hides trainer material, and renders in Chromium.

Chromium (Debian package ``chromium``) must be installed; `make test` installs it when missing
(tools/ensure-chromium).
Screenshots of the checked pages are kept in _build/screenshots/ (git-ignored).
"""

import json
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import ROOT
from tests.notebook_tools import offline_env

pytestmark = pytest.mark.slow

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


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("buku")
    result = subprocess.run(
        [str(Path(sys.executable).parent / "jupyter-book"), "build", str(ROOT),
         "--path-output", str(out), "-W", "-n", "--keep-going"],
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


def test_glossary_has_at_least_40_terms(pages, site):
    page = pages[site / "docs" / "glosarium.html"]
    assert len([i for i in page.ids if i.startswith("term-")]) >= 40


def test_agenda_page_shows_both_agendas(site):
    text = (site / "docs" / "pelatih" / "agenda.html").read_text(encoding="utf-8")
    assert "Hari 2" in text and "Pembukaan" in text and "Ishoma" in text
    assert "Modul 00: Pengenalan Jupyter dan Python" in text


def _chromium() -> str:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    assert binary, "Chromium is missing: run tools/ensure-chromium (make test does this)"
    return binary


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
    common = [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profil'}"]
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
