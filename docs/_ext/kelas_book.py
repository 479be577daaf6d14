"""Sphinx extension for the Kelas AI Humas book.

1. The ``agenda-kelas`` directive renders the workshop agenda.
2. The ``modul`` and ``halaman`` roles link to a module or page that may not
   exist yet (modules are added over time): ``{modul}`05``` links to the page of
   ``modules/05-*/*`` and ``{halaman}`Penilaian <docs/penilaian>``` to that page;
   while it is missing they render as plain text instead of a broken link.
3. Pages are kept free of references to online services: Jupyter Book always
   loads sphinx-thebe, which writes a (dormant) thebe script URL and a Binder
   configuration into every page; the book has no live code, so both are
   removed and the built site never points a browser at a CDN.
4. The book is never built from the working copy: ``tools/build_book.py``
   (``make book``) builds it from a fresh release in a temporary folder, and a
   build started in a folder that holds ``solutions/`` (the repository itself,
   whose ``modules/`` may hold a trainer's own answers) stops with a message.

Usage in a MyST page::

    ```{agenda-kelas} 2
    ```

The argument is the number of Raker days (1 or 2).  The tables come from
:mod:`humas_ai.trainer.agenda`, which reads the minutes declared in the released
participant notebooks (``modules/`` of the book's source folder) at build time,
so the agenda in the book always matches the notebooks.
"""

from __future__ import annotations

import re
from pathlib import Path

from docutils import nodes
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.errors import ConfigError
from sphinx.util.docutils import SphinxDirective, SphinxRole

from humas_ai.trainer.agenda import plan, read_modules, to_markdown


class AgendaDirective(SphinxDirective):
    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        folder = Path(self.env.srcdir) / "modules"
        for notebook in sorted(folder.glob("*/*.ipynb")):
            self.env.note_dependency(str(notebook))
        markdown = to_markdown(plan(read_modules(folder), days=int(self.arguments[0])))
        container = nodes.container(classes=["agenda-kelas"])
        self.state.nested_parse(StringList(markdown.splitlines(), source="humas_ai.trainer.agenda"),
                                self.content_offset, container)
        return [container]


LABELLED = re.compile(r"^(?P<label>.*?)\s*<(?P<target>[^<>]+)>$", re.S)


def _doc_link(docname: str, label: str | None) -> addnodes.pending_xref:
    node = addnodes.pending_xref(
        "", refdomain="std", reftype="doc", reftarget="/" + docname,
        refexplicit=label is not None, refwarn=True,
    )
    node += nodes.inline(label or "", label or "", classes=["xref", "std", "std-doc"])
    return node


class PageRole(SphinxRole):
    """``{halaman}`Label <docs/page>```: a link if the page is in the book, else the label."""

    def run(self):
        match = LABELLED.match(self.text)
        label, target = (match["label"], match["target"]) if match else (None, self.text)
        if target in self.env.found_docs:
            return [_doc_link(target, label)], []
        return [nodes.emphasis(text=f"{label or target} (halaman menyusul)")], []


class ModuleRole(SphinxRole):
    """``{modul}`05```: a link to the page of module 05, or plain text if it does not exist."""

    def run(self):
        number = self.text.strip()
        found = sorted(
            name for name in self.env.found_docs if name.startswith(f"modules/{number}-")
        )
        if found:
            return [_doc_link(found[0], None)], []
        return [nodes.emphasis(text=f"Modul {number} (menyusul)")], []


THEBE_CONFIG_BLOCK = re.compile(r'\s*<script type="text/x-thebe-config">.*?</script>', re.S)


def _is_thebe(script) -> bool:
    name = getattr(script, "filename", None) or ""
    body = getattr(script, "attributes", {}).get("body", "") or ""
    return "thebe" in name or "THEBE_JS_URL" in body


def drop_online_scripts(app, pagename, templatename, context, doctree) -> None:
    """Remove sphinx-thebe's scripts and Binder configuration from a page."""
    if "script_files" in context:
        context["script_files"] = [s for s in context["script_files"] if not _is_thebe(s)]
    if "body" in context:
        context["body"] = THEBE_CONFIG_BLOCK.sub("", context["body"])


def refuse_working_copy(app) -> None:
    """Stop a build of the repository itself: its modules/ is a working copy."""
    if (Path(app.srcdir) / "solutions").is_dir():
        raise ConfigError(
            "Buku tidak dibangun langsung dari folder repositori, karena modules/ di sana "
            "dapat berisi jawaban Anda sendiri. Bangun dengan `make book` "
            "(python tools/build_book.py), yang memakai rilis baru dari solutions/."
        )


def setup(app):
    app.connect("builder-inited", refuse_working_copy)
    app.add_directive("agenda-kelas", AgendaDirective)
    app.add_role("halaman", PageRole())
    app.add_role("modul", ModuleRole())
    app.connect("html-page-context", drop_online_scripts, priority=900)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
