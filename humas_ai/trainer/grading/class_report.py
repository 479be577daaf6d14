"""The class report: one offline HTML page for the trainer (charts embedded as data URIs).

Sections: score distribution per module; pass rate of every exercise, lowest first (what
to explain again); answers waiting for the trainer's manual grade; who has not submitted
which module; submissions rejected because their sender's identity cannot be trusted
(class server), with the reason; every other problem with its reason.
"""

from __future__ import annotations

from pathlib import Path

from humas_ai.numbers import decimal, number
from humas_ai.trainer.grading.results import Results
from humas_ai.trainer.grading.state import REJECTED, State


def pass_rates(results: Results) -> list[tuple[str, str, float, int]]:
    """(module, exercise, share of participants with full points, how many graded), lowest first."""
    rates = []
    for (module, exercise), by_code in results.cells.items():
        passed = sum(score >= maximum for score, maximum in by_code.values())
        rates.append((module, exercise, passed / len(by_code), len(by_code)))
    return sorted(rates, key=lambda row: (row[2], row[0], row[1]))


def missing_submissions(results: Results, state: State) -> dict[str, list[str]]:
    """Participant code -> the modules they have not submitted (or that could not be read)."""
    sent = {(entry.code, entry.module) for entry in state.entries.values()}
    return {code: missing for code in results.participants
            if (missing := [m for m in results.modules if (code, m) not in sent])}


def _number(value: float, digits: int | None = None) -> str:
    """A number as people read it here: Indonesian decimal comma (``72,5``)."""
    return number(value) if digits is None else decimal(value, digits)


def score_figure(results: Results):
    """The score histograms, one per graded module, or None when nothing is graded.

    Scores run from 0 to the module's maximum (100) in ten bins, the last one holding its
    maximum; the count axis has whole-number ticks only.  A plain ``Figure`` drawn by Agg:
    no pyplot, no global backend.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    graded = [m for m in results.modules if any(k[1] == m for k in results.scores)]
    if not graded:
        return None
    columns = min(3, len(graded))
    rows = -(-len(graded) // columns)
    figure = Figure(figsize=(3.6 * columns, 2.8 * rows))
    FigureCanvasAgg(figure)
    axes = figure.subplots(rows, columns, squeeze=False)
    for axis in axes.flat[len(graded):]:
        axis.set_visible(False)
    for axis, module in zip(axes.flat, graded, strict=False):
        top = results.max_scores.get(module) or 100.0
        scores = [min(max(s, 0.0), top) for (_, m), s in results.scores.items() if m == module]
        axis.hist(scores, bins=[top * step / 10 for step in range(11)], color="#2f6db3",
                  edgecolor="white")
        axis.set_xlim(0, top)
        axis.set_xticks([top * step / 5 for step in range(6)])
        axis.xaxis.set_major_formatter(lambda value, _: _number(round(value, 1)))
        axis.yaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))
        axis.set_title(module, fontsize=9)
        axis.set_xlabel("nilai")
        axis.set_ylabel("jumlah peserta")
    figure.tight_layout()
    return figure


def _chart(results: Results) -> str:
    """The score histograms as a PNG data URI, or ``""`` when nothing is graded."""
    from humas_ai.pages import figure_to_data_uri

    figure = score_figure(results)
    return "" if figure is None else figure_to_data_uri(figure, dpi=90, tight=False)


def _pending_rows(results: Results) -> list[list[str]]:
    """Per module: how many submissions still have answers for the trainer to grade."""
    rows = []
    for module in results.modules:
        waiting = {c: p for (c, m), p in results.pending.items() if m == module}
        if waiting:
            rows.append([module, str(len(waiting)), _number(sum(waiting.values())),
                         ", ".join(sorted(waiting))])
    return rows


def render(results: Results, state: State,
           titles: dict[tuple[str, str], str] | None = None) -> str:
    """The page (template ``class_report.html``); ``titles`` names exercises as participants
    know them (by module, grade_id)."""
    from humas_ai import pages

    titles = titles or {}
    averages = []
    for module in results.modules:
        scores = [s for (_, m), s in results.scores.items() if m == module]
        mean = _number(sum(scores) / len(scores), 1) if scores else "-"
        averages.append([module, str(len(scores)), mean])
    rates = [[m, titles.get((m, e), e), f"{rate:.0%}", str(n)]
             for m, e, rate, n in pass_rates(results)]
    missing = [[code, results.participants[code]["nama"], ", ".join(mods)]
               for code, mods in missing_submissions(results, state).items()]
    rows = {True: [], False: []}  # rejected or not
    for p in sorted(state.every_problem(), key=lambda p: (p.kind, p.code, p.module, p.origin)):
        rows[p.kind == REJECTED].append([p.code or "-", p.module or "-", p.origin, p.reason])
    return pages.render("class_report.html", averages=averages, chart=_chart(results),
                        rates=rates, has_pending=bool(results.pending),
                        pending=_pending_rows(results), missing=missing, problems=rows[False],
                        rejected=rows[True])


def write_report(results: Results, state: State, folder: Path,
                 titles: dict[tuple[str, str], str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "laporan-kelas.html"
    target.write_text(render(results, state, titles), encoding="utf-8")
    return target
