"""Grades read back from the gradebook: one table for exports and reports."""

from __future__ import annotations

from dataclasses import dataclass, field

from humas_ai.trainer.grading.course import Course
from humas_ai.trainer.grading.state import State


@dataclass(frozen=True)
class CellGrade:
    """One graded cell of one submission."""

    score: float | None  # None: a written answer still waiting for the trainer
    max_score: float
    written: bool  # a written answer, graded by the trainer in Formgrader


@dataclass
class Results:
    modules: list[str]
    participants: dict[str, dict[str, str]]  # code -> {"nama", "instansi"}
    scores: dict[tuple[str, str], float] = field(default_factory=dict)  # (code, module)
    max_scores: dict[str, float] = field(default_factory=dict)  # module
    #: (module, grade_id) -> {code: (score, max_score)}
    cells: dict[tuple[str, str], dict[str, tuple[float, float]]] = field(default_factory=dict)
    #: (code, module) -> points of answers still waiting for the trainer's manual grade
    pending: dict[tuple[str, str], float] = field(default_factory=dict)
    #: (code, module) -> {grade_id: CellGrade}, every graded cell, written answers included
    grades: dict[tuple[str, str], dict[str, CellGrade]] = field(default_factory=dict)
    #: (code, module) -> {cell name: the trainer's comment in Formgrader}
    comments: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)

    def total(self, code: str) -> float:
        return sum(self.scores.get((code, module), 0.0) for module in self.modules)


def read_results(course: Course, state: State) -> Results:
    """Scores of every graded submission, for everyone on the roster or with a submission."""
    roster = course.roster() or {}
    codes = set(roster) | {entry.code for entry in state.entries.values()}
    participants = {
        code: {"nama": getattr(roster.get(code), "name", ""),
               "instansi": getattr(roster.get(code), "agency", "")}
        for code in sorted(codes)
    }
    results = Results(list(course.modules), participants)
    if not course.gradebook.exists():
        return results
    from nbgrader.api import Gradebook, MissingEntry

    graded = {(entry.code, entry.module) for entry in state.entries.values()
              if entry.graded_sha256}
    with Gradebook(course.db_url) as gradebook:
        for module in results.modules:
            try:
                assignment = gradebook.find_assignment(module)
            except MissingEntry:
                continue
            results.max_scores[module] = float(assignment.max_score)
            for submission in assignment.submissions:
                code = submission.student_id
                if (code, module) not in graded:
                    continue
                results.scores[(code, module)] = float(submission.score)
                for notebook in submission.notebooks:
                    _read_cells(results, code, module, notebook)
                    for grade in notebook.grades:
                        if grade.needs_manual_grade:  # waits for the trainer; not a failure
                            if grade.manual_score is None:  # else: graded, flagged for review
                                results.pending[(code, module)] = (
                                    results.pending.get((code, module), 0.0)
                                    + float(grade.max_score))
                            continue
                        results.cells.setdefault((module, grade.name), {})[code] = (
                            float(grade.score), float(grade.max_score))
    return results


def _read_cells(results: Results, code: str, module: str, notebook) -> None:
    """Every grade of one submitted notebook, and the trainer's comments on it."""
    cells = results.grades.setdefault((code, module), {})
    for grade in notebook.grades:
        waiting = grade.needs_manual_grade and grade.manual_score is None
        cells[grade.name] = CellGrade(
            None if waiting else float(grade.score), float(grade.max_score),
            written=grade.cell_type == "markdown" or grade.auto_score is None)
    comments = {comment.name: comment.manual_comment.strip()
                for comment in notebook.comments
                if comment.manual_comment and comment.manual_comment.strip()}
    if comments:
        results.comments.setdefault((code, module), {}).update(comments)
