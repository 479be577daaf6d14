"""Quizzes explain every option and reveal nothing before a click; the setup line prepares a
module kernel."""

import json
import random
import re

import numpy as np
import pytest
from IPython.core.interactiveshell import InteractiveShell

from humas_ai.classroom import friendly, start
from humas_ai.classroom import quiz as quizzes
from humas_ai.classroom.quiz import kuis, quiz
from humas_ai.errors import HumasAIError
from tests.conftest import ROOT

OPTIONS = [
    ("Variabel hilang", True, "Memulai ulang kernel menghapus isi memori."),
    ("File notebook terhapus", False, "File tetap tersimpan di disk."),
    ("Tidak ada yang berubah", False, "Semua variabel harus dibuat ulang."),
]


def test_clicking_an_option_explains_whether_and_why_it_is_right():
    widget = quiz("Apa yang terjadi setelah kernel dimulai ulang?", OPTIONS)
    widget.buttons[1].click()
    assert widget.feedback.value == (
        "B. File notebook terhapus — Belum tepat. File tetap tersimpan di disk."
    )
    assert [button.button_style for button in widget.buttons] == ["", "danger", ""]
    widget.buttons[0].click()
    assert "Benar. Memulai ulang kernel" in widget.feedback.value
    assert [button.button_style for button in widget.buttons] == ["success", "", ""]


def test_where_widgets_cannot_render_the_quiz_is_readable_text_and_html():
    bundle = quiz("Apa yang terjadi?", OPTIONS)._repr_mimebundle_()
    assert bundle["text/plain"].splitlines()[:3] == [
        "Kuis: Apa yang terjadi?", "  A. Variabel hilang", "  B. File notebook terhapus",
    ]
    assert "application/vnd.jupyter.widget-view+json" in bundle
    for explanation in (why for _, _, why in OPTIONS):
        assert explanation in bundle["text/html"]
    assert bundle["text/html"].count("<details>") == 3


def test_before_a_click_the_widget_says_nothing_about_right_or_why():
    widget = quiz("Apa yang terjadi setelah kernel dimulai ulang?", OPTIONS)
    state = json.dumps([child.get_state() for child in widget.children], default=str)
    assert widget.feedback.value == ""
    assert all(button.button_style == "" for button in widget.buttons)
    for word in ("Benar", "Belum tepat", *(why for _, _, why in OPTIONS)):
        assert word not in state


def test_the_html_fallback_folds_every_verdict_away_until_its_option_is_clicked():
    page = quiz("Apa yang terjadi?", OPTIONS)._repr_mimebundle_()["text/html"]
    outside = re.sub(r"<details>.*?</summary>.*?</details>", "", page, flags=re.S)
    assert "Benar" not in outside and "Belum tepat" not in outside
    for _, _, why in OPTIONS:
        assert why not in outside


def _module_quiz_cells():
    """(module, cell source) of every cell that shows a quiz in solutions/."""
    for path in sorted((ROOT / "solutions").glob("*/*.ipynb")):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for cell in notebook["cells"]:
            source = "".join(cell["source"])
            if cell["cell_type"] == "code" and re.search(r"\b(kuis|quiz)\(", source):
                yield path.parent.name, source


def test_module_quiz_cells_are_short_calls_without_answers():
    cells = list(_module_quiz_cells())
    calls = [re.search(r'kuis\("(\d\d-\d+)"\)', source) for _, source in cells]
    assert len([call for call in calls if call]) >= 10
    for (module, source), call in zip(cells, calls, strict=True):
        if module.startswith("04-"):
            continue  # the ethics cases come from a data set, not from the cell
        assert call, f"{module}: a quiz cell should be kuis(\"NN-k\"), not spelled out"
        assert "True" not in source and "False" not in source
        assert len(source.splitlines()) <= 3, source
    used = {call.group(1) for call in calls if call}
    banked = {quiz_id for path in quizzes.BANKS.glob("*.json")
              for quiz_id in quizzes.read_bank(path.stem)}
    assert used == banked, "every quiz in a bank is used once, and every call has a quiz"


def test_a_bank_keeps_answers_and_explanations_out_of_sight():
    for path in quizzes.BANKS.glob("*.json"):
        raw = path.read_text(encoding="utf-8")
        assert "true" not in raw.lower() and "false" not in raw.lower()
        stored = json.loads(raw)["kuis"]
        for quiz_id, (question, options) in quizzes.read_bank(path.stem).items():
            assert stored[quiz_id]["soal"] == question
            assert sum(right for _, right, _ in options) >= 1, quiz_id
            for _, _, why in options:
                assert why[:30] not in raw, f"{quiz_id}: an explanation is readable in {path.name}"
    firsts = [options[0][1] for path in quizzes.BANKS.glob("*.json")
              for _, options in quizzes.read_bank(path.stem).values()]
    assert not all(firsts), "the right answer must not always be option A"


def test_kuis_shows_a_module_quiz_and_refuses_an_unknown_id(tmp_path, monkeypatch):
    path = quizzes.write_bank("99", {"99-1": ("Apa yang terjadi?", OPTIONS)}, folder=tmp_path)
    assert "Memulai ulang" not in path.read_text(encoding="utf-8")
    monkeypatch.setattr(quizzes, "BANKS", tmp_path)
    widget = kuis("99-1")
    assert widget.question == "Apa yang terjadi?" and widget.options == OPTIONS
    with pytest.raises(HumasAIError, match="Kuis '99-7' tidak ada.*99-1"):
        kuis("99-7")
    with pytest.raises(HumasAIError, match="Bank kuis modul 98 tidak ditemukan"):
        kuis("98-1")


@pytest.mark.parametrize(
    "options",
    [
        OPTIONS[:1],
        [("a", False, "x"), ("b", False, "y")],
        [("a", True, ""), ("b", False, "y")],
        [("a", True), ("b", False, "y")],
    ],
)
def test_malformed_quizzes_are_refused_with_an_indonesian_message(options):
    with pytest.raises(HumasAIError, match="Kuis|pilihan"):
        quiz("Soal?", options)


def test_setup_seeds_enables_explanations_and_prints_one_line(capsys):
    shell = InteractiveShell.instance()
    try:
        shell.user_ns["KODE_PESERTA"] = " P07 "
        start.setup("00-pengenalan")
        first = (random.random(), np.random.rand())
        start.setup("00-pengenalan")
        assert (random.random(), np.random.rand()) == first
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].startswith("Modul 00 siap. humas_ai versi ")
        assert lines[0].endswith("Kode peserta: P07.")
        assert len(lines) == 2
        assert shell.events.callbacks["post_run_cell"].count(friendly._after_cell) == 1
        shell.user_ns["KODE_PESERTA"] = ""
        start.setup("01-prapemrosesan-teks")
        out = capsys.readouterr().out
        assert out.startswith("Modul 01 siap")
        assert "Kode peserta belum diisi (jika Anda ikut kelas, isi KODE_PESERTA" in out
    finally:
        friendly.disable(shell)
        shell.user_ns.pop("KODE_PESERTA", None)


def test_setup_keeps_numeric_libraries_on_one_thread(capsys):
    from threadpoolctl import threadpool_info, threadpool_limits

    before = max((info["num_threads"] for info in threadpool_info()), default=1)
    try:
        start.setup("02-klasifikasi-sentimen")
        assert threadpool_info(), "numpy's BLAS should be visible to threadpoolctl"
        assert all(info["num_threads"] == 1 for info in threadpool_info())
    finally:
        threadpool_limits(limits=before)
