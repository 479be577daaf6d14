"""humas_ai.pages: HTML from the package's templates, escaped by default; figures as PNG URIs."""

import base64
import html

import matplotlib
from matplotlib.figure import Figure

from humas_ai import pages

TEXT = """<script>alert('x')</script> & "kutip" """


def test_every_template_a_module_renders_ships_inside_the_package():
    names = {path.name for path in pages.TEMPLATES.iterdir()}
    assert {"feedback.html", "class_report.html", "issue_brief.html",
            "issue_brief.css"} <= names


def test_values_are_escaped_as_html_escape_does_unless_marked_safe():
    page = pages.render("feedback.html", title=TEXT, name=TEXT, score="1 dari 2",
                        pending="", rows=[], notes=[TEXT])
    assert "<script>" not in page
    assert page.count(html.escape(TEXT)) == 4  # <title>, <h1>, Peserta, the note
    assert pages.safe("<b>tebal</b>").__html__() == "<b>tebal</b>"


def test_a_figure_without_pyplot_becomes_a_png_data_uri_and_the_backend_stays():
    backend = matplotlib.get_backend()
    figure = Figure(figsize=(2, 1))
    figure.subplots().plot([0, 1], [1, 0])
    for options in ({}, {"dpi": 50, "tight": False}):
        uri = pages.figure_to_data_uri(figure, **options)
        assert uri.startswith("data:image/png;base64,")
        assert base64.b64decode(uri.split(",", 1)[1]).startswith(b"\x89PNG")
    small = pages.figure_to_data_uri(figure, dpi=50, tight=False)
    assert len(small) < len(pages.figure_to_data_uri(figure, dpi=200, tight=False))
    assert matplotlib.get_backend() == backend
