"""The trainer's class day on every module, end to end, the way trainers really grade.

One course folder, one ``humas-ai grade`` run over three participants per module: the
answer key with a participant code (P01), the untouched release (P02) and a partly
answered copy (P03).  Then the written answers are graded in Formgrader through its own
REST API on a running ``make formgrader`` server, the feedback is regenerated, and:

* every submission has exactly its expected score, before and after the trainer's grades;
* the answer key runs without a single error (the graded notebook holds no error output);
* Formgrader's grading page of every graded notebook holds every answer cell with its
  score box and comment box, none swallowed by an output's markup;
* every feedback page lists every exercise by its title, every written answer, the points
  the trainer gave (or that it waits for the trainer) and the trainer's comment.

It replaces plain ``nbgrader autograde`` round trips (a path trainers do not use) and the
solution runs that duplicated nbval.
"""

from __future__ import annotations

import json
import shutil

import pytest
import requests

from humas_ai.trainer.cli import main
from humas_ai.trainer.grading.course import Course
from humas_ai.trainer.grading.feedback import exercises
from tests import grading_cases as cases
from tests.notebook_tools import MODULES, module_names, solution_notebook
from tests.notebook_tools import Course as CourseCopy
from tests.test_lab_server import TOKEN, _make_server

MODULE_NAMES = module_names()
FAST = ["--batas-sel", "60", "--batas-notebook", "300"]

#: module -> automatic score of (answer key, untouched release, partly answered copy).
AUTOMATIC = {
    "00-pengenalan": (100, 0, 10),
    "01-prapemrosesan-teks": (100, 0, 10),
    "02-klasifikasi-sentimen": (75, 0, 25),
    "03-pengelompokan-isu": (65, 0, 30),
    "04-etika-ai": (90, 0, 10),
    "05-proyek-akhir": (0, 0, 0),
    "06-ai-generatif-hoaks-krisis": (92, 0, 12),
}
#: Points the trainer takes off every written answer of P01; P03's first written answer
#: gets WRITTEN_P03 points, except in LEFT_WAITING, where the trainer has not graded it yet.
TAKEN_OFF = 2.5
WRITTEN_P03 = 5.0
LEFT_WAITING = "03-pengelompokan-isu"
#: A comment the trainer leaves on a code answer, not only on written ones.
CODE_COMMENT = ("00-pengenalan", "jawaban_ubah_huruf_kecil", "Rapi, tetapi beri nama variabel "
                "yang lebih jelas.")


def _comment(module: str, grade_id: str, code: str) -> str:
    return f"Catatan pelatih untuk {code} di {module}/{grade_id}: contohnya tepat & jelas <ok>."


def _points(module: str) -> dict[str, float]:
    source = json.loads(solution_notebook(module).read_text(encoding="utf-8"))
    return {exercise.grade_id: exercise.points for exercise in exercises(source)}


def _expected(module: str) -> dict[str, float]:
    """Final score of P01, P02, P03 in ``module`` once the trainer has graded."""
    key, untouched, partly = AUTOMATIC[module]
    written = cases.written_ids(module)
    points = _points(module)
    key += sum(points[gid] - TAKEN_OFF for gid in written)
    if written and module != LEFT_WAITING:
        partly += WRITTEN_P03
    return {"P01": key, "P02": untouched, "P03": partly}


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    """The graded course, its scores before Formgrader, and the Formgrader pages."""
    root = tmp_path_factory.mktemp("hari-kelas") / "kursus"
    CourseCopy(root)
    shutil.copytree(MODULES, root / "modules")
    (root / "grader" / "roster.csv").write_text(
        "kode,nama,instansi\nP01,Sari Kusumawardhani,Diskominfo Kaltim\n"
        "P02,Budi,Dinas Kominfo Samarinda\nP03,Ani,Humas Setda Paser\n", encoding="utf-8")
    inbox = root.parent / "masuk"
    for module in MODULE_NAMES:
        cases.write(inbox / module / "kunci.ipynb", cases.with_code(cases.solution(module), "P01"))
        cases.write(inbox / module / "kosong.ipynb", cases.with_code(cases.untouched(module),
                                                                     "P02"))
        cases.write(inbox / module / "sebagian.ipynb",
                    cases.with_code(cases.partly_answered(module), "P03"))
    assert main(["--kursus", str(root), "grade", str(inbox), *FAST]) == 0
    course = Course(root)
    before = _scores(course)
    with _make_server("formgrader", f"KURSUS={root}") as base:
        pages = _grade_in_formgrader(base)
    assert main(["--kursus", str(root), "feedback"]) == 0
    assert main(["--kursus", str(root), "export"]) == 0
    assert main(["--kursus", str(root), "report"]) == 0
    return course, before, pages


def _api(base: str, method: str, path: str, **body):
    reply = requests.request(method, f"{base}/formgrader/api/{path}", json=body or None,
                             headers={"Authorization": f"token {TOKEN}"}, timeout=120)
    assert reply.ok, f"{method} {path}: {reply.status_code} {reply.text[:300]}"
    return reply.json()


def _grade_in_formgrader(base: str) -> dict[tuple[str, str], str]:
    """Grade the written answers as a trainer does in Formgrader's Manual Grading, through
    the same REST API its page calls; returns each graded notebook's grading page."""
    pages = {}
    for module in MODULE_NAMES:
        written = cases.written_ids(module)
        points = _points(module)
        for submission in _api(base, "GET", f"submitted_notebooks/{module}/{module}"):
            code = submission["student"]
            query = f"?submission_id={submission['id']}"
            for grade in _api(base, "GET", "grades" + query):
                name = grade["name"]
                if name not in written or code == "P02":
                    continue
                if code == "P01":
                    score = points[name] - TAKEN_OFF
                elif name == written[0] and module != LEFT_WAITING:
                    score = WRITTEN_P03
                else:
                    continue
                _api(base, "PUT", f"grade/{grade['id']}", manual_score=score)
            for comment in _api(base, "GET", "comments" + query):
                text = None
                if code == "P01" and comment["name"] in written:
                    text = _comment(module, comment["name"], code)
                elif (module, comment["name"]) == CODE_COMMENT[:2] and code == "P01":
                    text = CODE_COMMENT[2]
                if text:
                    _api(base, "PUT", f"comment/{comment['id']}", manual_comment=text)
            reply = requests.get(f"{base}/formgrader/submissions/{submission['id']}/",
                                 headers={"Authorization": f"token {TOKEN}"}, timeout=120)
            assert reply.ok, reply.text[:300]
            pages[(code, module)] = reply.text
    return pages


def _scores(course: Course) -> dict[tuple[str, str], float]:
    from nbgrader.api import Gradebook

    with Gradebook(course.db_url) as gradebook:
        return {(s.student_id, module): s.score for module in MODULE_NAMES
                for s in gradebook.find_assignment(module).submissions}


@pytest.mark.slow
def test_every_submission_gets_exactly_its_automatic_score(day):
    _, before, _ = day
    assert before == {(code, module): float(scores[index])
                      for module, scores in AUTOMATIC.items()
                      for index, code in enumerate(("P01", "P02", "P03"))}


@pytest.mark.slow
def test_the_answer_key_runs_without_any_error(day):
    """nbval tolerates errors in cells tagged raises-exception; the graded key has none."""
    course, _, _ = day
    for module in MODULE_NAMES:
        graded = json.loads((course.autograded / "P01" / module / f"{module}.ipynb")
                            .read_text(encoding="utf-8"))
        errors = [(cell["metadata"].get("nbgrader", {}).get("grade_id", index),
                   output.get("ename"), output.get("evalue"))
                  for index, cell in enumerate(graded["cells"]) if cell["cell_type"] == "code"
                  for output in cell.get("outputs", []) if output["output_type"] == "error"]
        assert errors == [], f"{module}: {errors}"


@pytest.mark.slow
def test_scores_after_the_trainer_graded_in_formgrader(day):
    import pandas as pd

    course, _, _ = day
    expected = {(code, module): score for module in MODULE_NAMES
                for code, score in _expected(module).items()}
    assert _scores(course) == expected
    table = pd.read_csv(course.workspace / "nilai.csv").set_index("kode")
    for (code, module), score in expected.items():
        assert table.loc[code, module] == score, (code, module)
    waiting = table.loc["P03", "menunggu_penilaian_manual"]
    assert waiting == f"{LEFT_WAITING} (10 poin)"
    report = (course.workspace / "laporan-kelas.html").read_text(encoding="utf-8")
    exercises_part = report.split("Latihan yang perlu dijelaskan ulang")[1].split("<h2>")[0]
    assert "Latihan 4 — Refleksi: di mana model tidak boleh dipercaya" in exercises_part
    assert "refleksi_batas_model" not in exercises_part


@pytest.mark.slow
def test_formgrader_shows_every_answer_cell_of_every_graded_notebook(day):
    """No output's markup may swallow the cells after it (module 02's Pipeline diagram did)."""
    from bs4 import BeautifulSoup

    _, _, pages = day
    assert len(pages) == 3 * len(MODULE_NAMES)
    for (code, module), page in pages.items():
        soup = BeautifulSoup(page, "html.parser")
        source = json.loads(solution_notebook(module).read_text(encoding="utf-8"))
        graded = [e.grade_id for e in exercises(source)]
        answers = cases.answer_ids(module)
        for grade_id in graded:
            box = soup.find("input", id=grade_id)
            assert box is not None and "score" in box.get("class", []), (code, module, grade_id)
        for grade_id in answers:
            assert soup.find("textarea", id=f"{grade_id}-comment") is not None, (
                code, module, grade_id)
        container = soup.find(id="notebook-container")
        assert container is not None
        for element in soup.select("input.score, textarea.comment"):
            inside = [parent.get("class") for parent in element.parents
                      if {"output", "output_area", "output_subarea"} & set(parent.get("class")
                                                                          or [])]
            assert not inside, f"{code}/{module}: {element.get('id')} is inside an output"
            assert container in element.parents
        # The last cell of the notebook (check_all) is rendered after every answer.
        assert "check_all(" in container.get_text()[-3000:], (code, module)
    assert "sk-top-container" not in pages[("P01", "02-klasifikasi-sentimen")]
    assert "Pipeline(steps=" in pages[("P01", "02-klasifikasi-sentimen")]


def _feedback(course: Course, code: str, module: str) -> str:
    return (course.feedback / code / module / f"{module}.html").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("module", MODULE_NAMES)
def test_feedback_lists_every_exercise_written_answer_and_comment(day, module):
    import html

    course, _, _ = day
    source = json.loads(solution_notebook(module).read_text(encoding="utf-8"))
    titles = [html.escape(e.title) for e in exercises(source)]
    written = cases.written_ids(module)
    submitted = {code: json.loads(course.submission(code, module).read_text(encoding="utf-8"))
                 for code in ("P01", "P03")}
    for code, score in _expected(module).items():
        page = _feedback(course, code, module)
        shown = f"{score:g}".replace(".", ",")
        assert f"Nilai: {shown} dari 100" in page, (code, page[:800])
        for title in titles:
            assert title.replace("`", "") in page.replace("<code>", "").replace("</code>", ""), (
                code, title)
        assert page.count("<tr>") == len(titles) + 1
    key = _feedback(course, "P01", module)
    for grade_id in written:
        answer = next(cell for cell in submitted["P01"]["cells"]
                      if cell["metadata"].get("nbgrader", {}).get("grade_id") == grade_id)
        text = "".join(answer["source"]).strip()
        text = "\n".join(line for line in text.splitlines() if "SOLUTION" not in line).strip()
        assert html.escape(text) in key, (module, grade_id)
        assert html.escape(_comment(module, grade_id, "P01")) in key, (module, grade_id)
    assert key.count("dinilai pelatih") == len(written)
    partly = _feedback(course, "P03", module)
    if module == LEFT_WAITING:
        assert "menunggu penilaian pelatih" in partly
        assert "senilai 10 poin masih menunggu" in partly
    elif written:
        assert "menunggu penilaian" not in partly and partly.count("dinilai pelatih") == 1
        assert partly.count("tidak dijawab") == len(written) - 1
    untouched = _feedback(course, "P02", module)
    assert untouched.count("tidak dijawab") == len(written)
    if module == CODE_COMMENT[0]:
        assert html.escape(CODE_COMMENT[2]) in key
