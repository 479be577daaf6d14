"""Self-checks: report in Indonesian, re-raise on failure, summarise without raising.

PYTEST_DONT_REWRITE: the checks must see plain assertion messages, as in a notebook.
"""

import pytest

from humas_ai import selfcheck
from humas_ai.selfcheck import SKIPPED_WHILE_GRADING, check, check_all


@pytest.fixture(autouse=True)
def empty_registry():
    selfcheck.clear()
    yield
    selfcheck.clear()


def test_passing_check_prints_lulus_and_returns_the_function(capsys):
    @check("hitung_kata", hint="Pakai len().")
    def _():
        assert len("abc") == 3

    assert callable(_)
    assert capsys.readouterr().out == "[LULUS] hitung_kata: lulus\n"
    assert selfcheck.registered_names() == ["hitung_kata"]


def test_failing_check_prints_message_and_hint_then_reraises(capsys):
    with pytest.raises(AssertionError, match="URL belum terhapus"):
        @check("bersihkan_url", hint="Gunakan re.sub dengan pola yang diawali http.")
        def _():
            assert "x" == "y", "URL belum terhapus."

    assert capsys.readouterr().out == (
        "[GAGAL] bersihkan_url: URL belum terhapus. — "
        "Petunjuk: Gunakan re.sub dengan pola yang diawali http.\n"
    )


def test_untouched_stub_and_missing_answer_mean_belum_dikerjakan(capsys):
    def stub():
        raise NotImplementedError()

    with pytest.raises(NotImplementedError):
        @check("stub")
        def _():
            stub()

    with pytest.raises(NameError):
        @check("jawaban_hilang")
        def _():
            assert jawaban_yang_belum_ada == 1  # noqa: F821

    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("[BELUM] stub: belum dikerjakan")
    assert out[1].startswith("[BELUM] jawaban_hilang: belum dikerjakan: 'jawaban_yang_belum_ada'")


def test_other_errors_are_reported_with_their_type(capsys):
    with pytest.raises(TypeError):
        @check("jenis", hint="Ubah dengan str().")
        def _():
            return "a" + 1

    assert capsys.readouterr().out.startswith("[GAGAL] jenis: terjadi kesalahan TypeError:")


def test_rerunning_a_cell_replaces_the_check_of_that_name(capsys):
    with pytest.raises(AssertionError):
        @check("soal")
        def _():
            raise AssertionError("salah")

    @check("soal")
    def _():
        pass

    check_all(["soal"])
    out = capsys.readouterr().out
    assert "Ringkasan pemeriksaan: 1 dari 1 lulus." in out
    assert "Semua latihan lulus" in out


def test_check_all_summarises_failures_with_hints_and_checks_never_run(capsys):
    state = {"answer": 1}

    @check("satu")
    def _():
        assert state["answer"] == 1

    @check("dua", hint="Periksa jawaban kedua.")
    def _():
        assert state["answer"] == 1, "jawaban kedua salah"

    state["answer"] = 2  # the participant later breaks an answer
    capsys.readouterr()
    assert check_all(expected=["satu", "dua", "tiga", "empat"]) is None
    out = capsys.readouterr().out
    assert "Ringkasan pemeriksaan: 0 dari 4 lulus." in out
    assert "[GAGAL] dua: jawaban kedua salah — Petunjuk: Periksa jawaban kedua." in out
    assert "[BELUM] tiga: sel pemeriksaannya belum dijalankan" in out
    assert "2 pemeriksaan belum pernah dijalankan; jalankan semua sel dari atas: " \
           "menu Run > Run All Cells." in out


def test_check_all_with_nothing_registered_gives_the_run_all_advice(capsys):
    check_all()
    assert "Belum ada pemeriksaan" in capsys.readouterr().out


def test_check_all_never_raises_even_for_unexpected_errors(capsys):
    with pytest.raises(ZeroDivisionError):
        @check("bagi")
        def _():
            return 1 / 0

    check_all(["bagi"])
    assert "[GAGAL] bagi: terjadi kesalahan ZeroDivisionError" in capsys.readouterr().out


def test_check_all_is_skipped_while_nbgrader_autogrades(monkeypatch, capsys):
    ran = []

    @check("dihitung")
    def _():
        ran.append(1)

    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    check_all(["dihitung"])
    assert ran == [1], "the check must not run again during autograding"
    assert capsys.readouterr().out.endswith(SKIPPED_WHILE_GRADING + "\n")

    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")
    check_all(["dihitung"])
    assert ran == [1, 1]
    assert "Ringkasan pemeriksaan: 1 dari 1 lulus." in capsys.readouterr().out


def test_parse_line_reads_back_what_a_check_printed(capsys):
    from humas_ai import selfcheck

    for status in (selfcheck.PASSED, selfcheck.FAILED, selfcheck.NOT_DONE):
        line = selfcheck.Outcome("hitung_kata", status, "pesan").line()
        assert selfcheck.parse_line("  " + line) == (status, "hitung_kata")
    assert selfcheck.parse_line("Ringkasan pemeriksaan: 1 dari 2 lulus.") is None
    assert selfcheck.parse_line("[LULUS]tanpa spasi: x") is None
