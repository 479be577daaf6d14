"""The kit's HTML pages, rendered from the Jinja2 templates in ``humas_ai/templates/``.

One environment for every page (the issue brief, the feedback pages, the class report):
autoescaping is on, so every value a template shows is escaped unless it is marked safe
(``markupsafe.Markup``) by the code that built it.  Values are escaped as
:func:`html.escape` does it, quotes included, so the pages read as they always did.

:func:`figure_to_data_uri` is the kit's one way to put a matplotlib figure into a page.
"""

from __future__ import annotations

import base64
import html
import io
from functools import cache
from pathlib import Path

TEMPLATES = Path(__file__).parent / "templates"


def _escape(value):
    """Every shown value escaped (as ``html.escape``), unless it is already markup."""
    from markupsafe import Markup

    return value if hasattr(value, "__html__") else Markup(html.escape(str(value)))


@cache
def _environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, finalize=_escape,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                       keep_trailing_newline=True)


def render(template: str, **context) -> str:
    """The page ``template`` (a file in ``humas_ai/templates/``) filled with ``context``."""
    return _environment().get_template(template).render(**context)


def safe(markup: str):
    """``markup`` marked as already-safe HTML (built by the kit, its parts escaped)."""
    from markupsafe import Markup

    return Markup(markup)


def figure_to_data_uri(fig, dpi: int = 110, tight: bool = True) -> str:
    """The figure as a PNG ``data:`` URI, ready for ``<img src=...>`` in offline HTML.

    ``tight`` crops the white margin and paints the background white (charts in the issue
    brief); without it the figure is saved as laid out.  Works on any
    :class:`matplotlib.figure.Figure`, with or without pyplot.
    """
    options = {"bbox_inches": "tight", "facecolor": "white"} if tight else {}
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, **options)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
