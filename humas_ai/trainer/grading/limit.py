"""Keep every output of a graded notebook small and safe to show in Formgrader.

nbgrader's ``LimitOutput`` counts lines only; one line of ten megabytes passes.  This
preprocessor cuts each stream or plain-text output to ``max_chars`` characters and says so.

Markup (HTML, SVG, Markdown, LaTeX) is never cut: Formgrader inserts it into its page as
is, and markup cut in the middle of a tag or an open element swallows every cell after
it (scikit-learn's estimator diagram of a ``Pipeline`` is 80,000 characters).  Markup that
is too long is dropped in favour of the output's plain-text form, or, when there is none,
replaced by a short escaped notice.  HTML that acts on the whole page rather than its own
output (a ``<script>``, a page-wide ``<style>``, event handlers, frames) is treated the same
way at any size: it comes from a participant's kernel and must neither restyle nor run
code in the trainer's Formgrader page.
"""

from __future__ import annotations

import html
import re

from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Integer

from humas_ai.numbers import decimal
from humas_ai.trainer.grading.nbgrader_adapter import TRUNCATED

#: Appended to a cut output; it holds nbgrader's own marker, so one search finds both.
MARK = f"\n{TRUNCATED} (keluaran dipotong: terlalu panjang)\n"
#: Words in a replaced output; :mod:`humas_ai.trainer.grading.scan` looks for them.
TOO_LONG = "tidak ditampilkan saat penilaian: terlalu panjang"
ACTIVE = "tidak ditampilkan saat penilaian: berisi skrip atau gaya untuk seluruh halaman"

_MARKUP = ("text/html", "image/svg+xml", "text/markdown", "text/latex")
_SCRIPTS = ("application/javascript", "text/javascript")
#: Markup that reaches beyond its own output area.  A pandas table's ``<style scoped>``
#: does not; scikit-learn's diagram (``<style>`` for the page, and a ``<script>``) does.
_ACTIVE_MARKUP = re.compile(
    r"<\s*(script|iframe|object|embed|link|meta|base)\b"
    r"|<\s*style\b(?![^>]*\bscoped\b)"
    r"|<[^>]*\son[a-z]+\s*="
    r"|javascript\s*:",
    re.I,
)


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def _notice(kind: str, size: int, reason: str) -> str:
    return f"[Keluaran {kind} ({decimal(size)} karakter) {reason}.]"


class CapOutputSize(NbGraderPreprocessor):
    max_chars = Integer(20000, help="Most characters kept per output.").tag(config=True)

    def _cut(self, text: str) -> str:
        return text[: self.max_chars] + MARK if len(text) > self.max_chars else text

    def _data(self, data: dict) -> None:
        for kind in _SCRIPTS:
            data.pop(kind, None)
        for kind in _MARKUP:
            if kind not in data:
                continue
            value = _text(data[kind])
            if len(value) > self.max_chars:
                reason = TOO_LONG
            elif kind == "text/html" and _ACTIVE_MARKUP.search(value):
                reason = ACTIVE
            else:
                continue
            del data[kind]
            if "text/plain" not in data:
                notice = _notice(kind, len(value), reason)
                data["text/plain"] = notice
                if kind == "text/html":
                    data["text/html"] = f"<pre>{html.escape(notice)}</pre>"
        for kind, value in list(data.items()):
            if kind.startswith("text/") and kind not in _MARKUP and isinstance(value, (str, list)):
                data[kind] = self._cut(_text(value))

    def preprocess_cell(self, cell, resources, cell_index):
        if cell.cell_type != "code":
            return cell, resources
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                output["text"] = self._cut(_text(output.get("text", "")))
            if isinstance(output.get("data"), dict):
                self._data(output["data"])
        return cell, resources
