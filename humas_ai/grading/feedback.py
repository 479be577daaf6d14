"""One Indonesian HTML page per participant per module, without revealing hidden tests.

nbgrader's own ``generate_feedback`` renders the graded notebook as is, which shows the
restored hidden tests and their tracebacks.  This page shows, per exercise, the points,
whether it passed, and when it failed, the name and one-line description of the check
(the comment that opens the hidden-test block), never the test code.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from humas_ai.grading.course import Course
from humas_ai.grading.identify import code_cells
from humas_ai.grading.results import Results
from humas_ai.grading.state import State
from humas_ai.selfcheck import PASSED, parse_line

_HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS\n\s*#\s*(.*?)\n", re.S)
_STYLE = ("body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;color:#222}"
          "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem;"
          "text-align:left;vertical-align:top}.lulus{color:#1a7f37}.gagal{color:#b42318}"
          "pre{background:#f6f8fa;padding:.6rem;overflow:auto}")


def _text(cell) -> str:
    parts = []
    for output in cell.get("outputs") or []:
        text = output.get("text", "")
        parts.append("".join(text) if isinstance(text, list) else str(text))
    return "".join(parts)


def _error(cell) -> str:
    for output in cell.get("outputs") or []:
        if output.get("output_type") == "error":
            return f"{output.get('ename', '')}: {output.get('evalue', '')}".strip(": ")
    return ""


def hidden_descriptions(source_notebook: Path) -> dict[str, str]:
    """grade_id -> the one-line description of its hidden checks, from the source notebook."""
    notebook = json.loads(source_notebook.read_text(encoding="utf-8"))
    found = {}
    for cell in code_cells(notebook):
        grade_id = ((cell.get("metadata") or {}).get("nbgrader") or {}).get("grade_id")
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        match = _HIDDEN.search(source)
        if grade_id and match:
            found[grade_id] = match.group(1).strip()
    return found


def exercise_rows(graded: dict, results: Results, code: str, module: str,
                  hidden: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """(exercise, points, status, explanation) for every graded cell."""
    rows = []
    for cell in code_cells(graded):
        meta = (cell.get("metadata") or {}).get("nbgrader") or {}
        if not meta.get("grade"):
            continue
        grade_id = meta["grade_id"]
        score, maximum = results.cells.get((module, grade_id), {}).get(code, (0.0, 0.0))
        if score >= maximum:
            rows.append((grade_id, f"{score:g}/{maximum:g}", "lulus", ""))
            continue
        printed, error = _text(cell), _error(cell)
        lines = [parse_line(line) for line in printed.splitlines()]
        if (PASSED, grade_id) in lines:
            description = hidden.get(grade_id, "pemeriksaan tambahan")
            why = f"Cek mandiri lulus, tetapi pemeriksaan tersembunyi gagal: {description}."
            if error and not error.startswith("AssertionError:") and error != "AssertionError":
                why += f" ({error})"
            elif error.startswith("AssertionError: "):
                why += f" Pesan: {error.removeprefix('AssertionError: ')}"
        else:
            visible = [line.strip() for line in printed.splitlines()
                       if (parse_line(line) or (PASSED,))[0] != PASSED]
            why = visible[0] if visible else (error or "sel tes tidak lulus")
        rows.append((grade_id, f"{score:g}/{maximum:g}", "gagal", why))
    return rows


def render(code: str, name: str, module: str, score: float | None, maximum: float,
           rows: list, notes: list[str]) -> str:
    title = f"Umpan balik {module} — {code}"
    lines = [f"<!doctype html><html lang='id'><meta charset='utf-8'><title>{title}</title>",
             f"<style>{_STYLE}</style><h1>{html.escape(title)}</h1>"]
    if name:
        lines.append(f"<p>Peserta: {html.escape(name)}</p>")
    shown = "belum dinilai" if score is None else f"{score:g} dari {maximum:g}"
    lines.append(f"<p><strong>Nilai: {shown}</strong></p>")
    if rows:
        lines.append("<table><tr><th>Latihan</th><th>Poin</th><th>Hasil</th>"
                     "<th>Keterangan</th></tr>")
        for exercise, points, status, why in rows:
            lines.append(f"<tr><td>{html.escape(exercise)}</td><td>{points}</td>"
                         f"<td class='{status}'>{status}</td><td>{html.escape(why)}</td></tr>")
        lines.append("</table>")
    if notes:
        lines.append("<h2>Catatan penilaian</h2><ul>")
        lines += [f"<li>{html.escape(note)}</li>" for note in notes]
        lines.append("</ul>")
    lines.append("<p>Pemeriksaan tersembunyi hanya disebut namanya; perbaiki latihan yang "
                 "gagal, jalankan cek mandiri, lalu kirim ulang jika pelatih mengizinkan.</p>")
    return "\n".join(lines) + "\n</html>\n"


def write_feedback(course: Course, state: State, results: Results) -> list[Path]:
    """Write ``grader/feedback/<kode>/<module>/<module>.html`` for every graded submission."""
    written = []
    hidden = {module: hidden_descriptions(course.solutions / module / f"{module}.ipynb")
              for module in course.modules}
    for entry in state.entries.values():
        if not entry.graded_sha256 or entry.module not in course.modules:
            continue
        graded_path = course.autograded / entry.code / entry.module / f"{entry.module}.ipynb"
        graded = (json.loads(graded_path.read_text(encoding="utf-8"))
                  if graded_path.is_file() else {})
        rows = exercise_rows(graded, results, entry.code, entry.module,
                             hidden.get(entry.module, {}))
        page = render(entry.code, results.participants.get(entry.code, {}).get("nama", ""),
                      entry.module, results.scores.get((entry.code, entry.module)),
                      results.max_scores.get(entry.module, 0.0), rows, entry.notes)
        target = course.feedback / entry.code / entry.module / f"{entry.module}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
        written.append(target)
    return written
