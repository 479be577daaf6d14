"""Quizzes explain every option; the setup line prepares a module kernel."""

import random

import numpy as np
import pytest
from IPython.core.interactiveshell import InteractiveShell

from humas_ai import classroom, friendly
from humas_ai.errors import HumasAIError
from humas_ai.quiz import quiz

OPTIONS = [
    ("Variabel hilang", True, "Memulai ulang kernel menghapus isi memori."),
    ("File notebook terhapus", False, "File tetap tersimpan di disk."),
    ("Tidak ada yang berubah", False, "Semua variabel harus dibuat ulang."),
]


def test_clicking_an_option_explains_whether_and_why_it_is_right():
    widget = quiz("Apa yang terjadi setelah kernel dimulai ulang?", OPTIONS)
    widget.buttons[1].click()
    assert widget.feedback.value == (
        "B. File notebook terhapus — ❌ Belum tepat. File tetap tersimpan di disk."
    )
    assert [button.button_style for button in widget.buttons] == ["", "danger", ""]
    widget.buttons[0].click()
    assert "✅ Benar. Memulai ulang kernel" in widget.feedback.value
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
        classroom.setup("00-pengenalan")
        first = (random.random(), np.random.rand())
        classroom.setup("00-pengenalan")
        assert (random.random(), np.random.rand()) == first
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].startswith("Modul 00 siap. humas_ai versi ")
        assert lines[0].endswith("Kode peserta: P07.")
        assert len(lines) == 2
        assert shell.events.callbacks["post_run_cell"].count(friendly._after_cell) == 1
        shell.user_ns["KODE_PESERTA"] = ""
        classroom.setup("01-prapemrosesan-teks")
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
        classroom.setup("02-klasifikasi-sentimen")
        assert threadpool_info(), "numpy's BLAS should be visible to threadpoolctl"
        assert all(info["num_threads"] == 1 for info in threadpool_info())
    finally:
        threadpool_limits(limits=before)
