"""One Indonesian HTML page per participant per module, without revealing hidden tests.

nbgrader's own ``generate_feedback`` renders the graded notebook as is, which shows the
restored hidden tests and their tracebacks.  This page lists every graded cell of the
module under the title participants know it by ("Latihan 2 — ..."): for an automatic
exercise its points, whether it passed and, when it failed, the name and one-line
description of the check (the comment that opens the hidden-test block), never the test
code; for a written answer the participant's own answer, the points the trainer gave in
Formgrader (or that it is still waiting for them), and the trainer's comment.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from humas_ai import pages
from humas_ai.classroom.identify import cell_source as _source
from humas_ai.classroom.identify import nbgrader_metadata as _meta
from humas_ai.classroom.selfcheck import PASSED, parse_line
from humas_ai.numbers import number as format_number
from humas_ai.trainer.grading import nbgrader_adapter as nbgrader
from humas_ai.trainer.grading.course import Course
from humas_ai.trainer.grading.results import CellGrade, Results
from humas_ai.trainer.grading.state import State

_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)
#: "(25 poin, dinilai pelatih)" at the end of a heading: the table shows the points.
_POINTS = re.compile(r"\s*\([^()]*\bpoin\b[^()]*\)\s*$")
WAITING = "menunggu penilaian pelatih"


@dataclass
class Exercise:
    """A graded cell of the source notebook, as participants know it."""

    grade_id: str
    title: str
    points: float
    written: bool
    #: solution cells whose trainer comments belong to this exercise (its answer cells)
    answers: list[str] = field(default_factory=list)


@dataclass
class Row:
    title: str
    points: str
    status: str  # css class
    result: str  # shown in the "Hasil" column
    why: str = ""
    comment: str = ""
    answer: str | None = None  # a written answer, shown below


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


def _hidden_pattern(begin: str) -> re.Pattern:
    """The comment line right after the line holding nbgrader's ``begin`` delimiter."""
    return re.compile(rf"[^\n]*{re.escape(begin)}[^\n]*\n\s*#\s*(.*?)\n", re.S)


def hidden_descriptions(source_notebook: Path, config=None) -> dict[str, str]:
    """grade_id -> the one-line description of its hidden checks, from the source notebook
    (the comment opening each hidden-test region; the delimiters are nbgrader's, as
    configured in ``config``)."""
    pattern = _hidden_pattern(nbgrader.hidden_test_delimiters(config)[0])
    notebook = json.loads(source_notebook.read_text(encoding="utf-8"))
    found = {}
    for cell in notebook.get("cells") or []:
        grade_id = _meta(cell).get("grade_id")
        match = pattern.search(_source(cell)) if cell.get("cell_type") == "code" else None
        if grade_id and match:
            found[grade_id] = match.group(1).strip()
    return found


def exercises(source: dict) -> list[Exercise]:
    """The graded cells of a source notebook in order, each titled by the last heading
    above it ("Latihan 2 — Menghitung komentar tentang banjir"); cells sharing a heading
    are told apart as "bagian 1", "bagian 2"."""
    found: list[Exercise] = []
    heading, answers = "", []
    for cell in source.get("cells") or []:
        meta = _meta(cell)
        if cell.get("cell_type") == "markdown" and not meta.get("solution"):
            titles = _HEADING.findall(_source(cell))
            heading = _POINTS.sub("", titles[-1]) if titles else heading
        if meta.get("solution"):
            answers.append(meta.get("grade_id", ""))
        if meta.get("grade"):
            found.append(Exercise(meta["grade_id"], heading or meta["grade_id"],
                                  float(meta.get("points", 0)),
                                  written=cell.get("cell_type") == "markdown"
                                  or bool(meta.get("solution")),
                                  answers=[name for name in answers if name]))
            answers = []
    for title in {e.title for e in found}:
        same = [e for e in found if e.title == title]
        for number, exercise in enumerate(same if len(same) > 1 else [], start=1):
            exercise.title = f"{title} (bagian {number})"
    return found


def exercise_titles(course: Course) -> dict[tuple[str, str], str]:
    """(module, grade_id) -> the exercise's title, for every module of the course."""
    titles = {}
    for module in course.modules:
        source = json.loads(course.source(module).read_text(encoding="utf-8"))
        titles.update({(module, e.grade_id): e.title.replace("`", "")
                       for e in exercises(source)})
    return titles


def _unanswered(cell) -> bool:
    """True when a written answer is exactly the released one (nbgrader's own check)."""
    from nbformat import from_dict
    from nbgrader.utils import compute_checksum

    checksum = _meta(cell).get("checksum")
    plain = from_dict({**cell, "source": _source(cell)})
    return bool(checksum) and checksum == compute_checksum(plain)


def _automatic_why(cell, grade_id: str, hidden: dict[str, str]) -> str:
    printed, error = _text(cell), _error(cell)
    lines = [parse_line(line) for line in printed.splitlines()]
    if (PASSED, grade_id) in lines:
        description = hidden.get(grade_id, "pemeriksaan tambahan")
        why = f"Cek mandiri lulus, tetapi pemeriksaan tersembunyi gagal: {description}."
        if error and not error.startswith("AssertionError:") and error != "AssertionError":
            why += f" ({error})"
        elif error.startswith("AssertionError: "):
            why += f" Pesan: {error.removeprefix('AssertionError: ')}"
        return why
    visible = [line.strip() for line in printed.splitlines()
               if line.strip() and (parse_line(line) or (PASSED,))[0] != PASSED]
    if not visible:
        return error or "sel tes tidak lulus"
    # "[BELUM] name: message": the row already names the exercise; keep the message.
    return visible[0].split(":", 1)[1].strip() if parse_line(visible[0]) else visible[0]


def exercise_rows(graded: dict, results: Results, code: str, module: str,
                  hidden: dict[str, str], source: dict) -> list[Row]:
    """One row for every graded cell of the module, written answers included."""
    cells = {_meta(cell).get("grade_id"): cell for cell in graded.get("cells") or []
             if _meta(cell).get("grade_id")}
    grades = results.grades.get((code, module), {})
    comments = results.comments.get((code, module), {})
    rows = []
    for exercise in exercises(source):
        grade = grades.get(exercise.grade_id) or CellGrade(0.0, exercise.points,
                                                           exercise.written)
        cell = cells.get(exercise.grade_id, {})
        said = [comments[name] for name in (*exercise.answers, exercise.grade_id)
                if name in comments]
        comment = "\n\n".join(dict.fromkeys(said))
        maximum = format_number(grade.max_score)
        if exercise.written:
            answer = _source(cell).strip()
            if grade.score is None:
                row = Row(exercise.title, f"–/{maximum}", "menunggu", WAITING,
                          "Jawaban tertulis ini belum dinilai pelatih; poinnya belum "
                          "masuk nilai.")
            elif not answer or _unanswered(cell):
                row = Row(exercise.title, f"{format_number(grade.score)}/{maximum}", "kosong",
                          "tidak dijawab", "Jawaban tertulis masih kosong.")
                answer = ""
            else:
                row = Row(exercise.title, f"{format_number(grade.score)}/{maximum}", "dinilai",
                          "dinilai pelatih")
            row.answer = answer
        elif grade.score is not None and grade.score >= grade.max_score:
            row = Row(exercise.title, f"{format_number(grade.score)}/{maximum}", "lulus", "lulus")
        else:
            row = Row(exercise.title, f"{format_number(grade.score or 0)}/{maximum}", "gagal",
                      "gagal", _automatic_why(cell, exercise.grade_id, hidden))
        row.comment = comment
        rows.append(row)
    return rows


def _spans(text: str) -> list[tuple[str, bool]]:
    """``"Isi `teks` ..."`` -> ``[("Isi ", False), ("teks", True), (" ...", False)]``:
    the parts of a title, each marked whether it is shown as code."""
    parts = re.split(r"`([^`]+)`", text)
    return [(part, index % 2 == 1) for index, part in enumerate(parts) if part]


def render(code: str, name: str, module: str, score: float | None, maximum: float,
           rows: list[Row], notes: list[str], pending: float = 0.0) -> str:
    """The feedback page (template ``feedback.html``; every value escaped)."""
    shown = ("belum dinilai" if score is None
             else f"{format_number(score)} dari {format_number(maximum)}")
    return pages.render("feedback.html", title=f"Umpan balik {module} — {code}", name=name,
                        score=shown, pending=format_number(pending) if pending else "",
                        rows=[(row, _spans(row.title)) for row in rows], notes=notes)


def write_feedback(course: Course, state: State, results: Results) -> list[Path]:
    """Write ``grader/feedback/<kode>/<module>/<module>.html`` for every graded submission."""
    written = []
    sources, hidden = {}, {}
    config = nbgrader.load_config(course.config)
    for module in course.modules:
        path = course.source(module)
        sources[module] = json.loads(path.read_text(encoding="utf-8"))
        hidden[module] = hidden_descriptions(path, config)
    for entry in state.entries.values():
        if not entry.graded_sha256 or entry.module not in course.modules:
            continue
        graded_path = course.graded(entry.code, entry.module)
        graded = (json.loads(graded_path.read_text(encoding="utf-8"))
                  if graded_path.is_file() else {})
        rows = exercise_rows(graded, results, entry.code, entry.module, hidden[entry.module],
                             sources[entry.module])
        page = render(entry.code, results.participants.get(entry.code, {}).get("nama", ""),
                      entry.module, results.scores.get((entry.code, entry.module)),
                      results.max_scores.get(entry.module, 0.0), rows, entry.all_notes,
                      results.pending.get((entry.code, entry.module), 0.0))
        target = course.feedback_page(entry.code, entry.module)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
        written.append(target)
    return written
