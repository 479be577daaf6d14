"""Indonesian explanations of Python errors, and the IPython hook that shows them."""

import pandas as pd
import pytest
from IPython.core.interactiveshell import InteractiveShell

from humas_ai.classroom import friendly
from humas_ai.errors import DataError


def _raised(code: str, namespace: dict | None = None) -> BaseException:
    try:
        exec(compile(code, "<sel>", "exec"), namespace if namespace is not None else {})
    except BaseException as error:  # noqa: BLE001 - the test inspects what was raised
        return error
    raise AssertionError("the code did not raise")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("print(jumlah_komentar)", "'jumlah_komentar' belum dikenal"),
        ("raise NotImplementedError()", "Anda belum mengisi bagian TULIS KODE ANDA DI SINI"),
        ("'Samarinda' + 2025", 'teks dengan angka ("5" + 5)'),
        ("def f(a):\n    return a\nf(1, 2)", "jumlah atau nama argumen"),
        ("len(None)", "lupa menulis 'return'"),
        ("assert 1 == 2, 'salah'", "pemeriksaan (assert) gagal"),
        ("open('tidak_ada.csv')", "File 'tidak_ada.csv' tidak ditemukan"),
        ("import paket_yang_tidak_ada", "Paket (modul) 'paket_yang_tidak_ada' tidak ditemukan"),
        ("import humas_ai.tidak_ada", "make lab"),
        ("{'a': 1}['b']", "Kunci 'b' tidak ditemukan"),
    ],
)
def test_explains_common_beginner_errors_in_indonesian(code, expected):
    text = friendly.explain(_raised(code))
    assert text.startswith(friendly.HEADER)
    assert expected in text
    assert "Yang dapat Anda coba" in text


def test_key_error_on_a_dataframe_lists_the_columns_that_exist():
    table = pd.DataFrame({"teks": ["a"], "kabupaten_kota": ["Samarinda"]})
    for code in ["table['kabupaten']", "table.loc[:, 'kabupaten']"]:
        text = friendly.explain(_raised(code, {"table": table}))
        assert "Kolom 'kabupaten' tidak ada" in text
        assert "'teks', 'kabupaten_kota'" in text


def test_name_error_suggests_a_similar_name_from_the_notebook():
    error = _raised("print(komentar_samarinda)")
    text = friendly.explain(error, {"komentar_samarinda_": 1, "jumlah": 2})
    assert "Mungkin maksud Anda 'komentar_samarinda_'?" in text
    assert "Mungkin" not in friendly.explain(error, {"jumlah": 2})


def test_syntax_and_indentation_errors_name_the_line():
    indentation = _raised("if True:\nprint(1)")
    assert isinstance(indentation, IndentationError)
    assert "indentasi) pada baris 2" in friendly.explain(indentation)
    syntax = _raised("x = (1, 2")
    assert "kesalahan tata tulis/sintaks" in friendly.explain(syntax)


def test_return_outside_a_function_is_explained_as_indentation():
    error = _raised("def hitung(teks):\n    jumlah = len(teks)\nreturn jumlah")
    assert isinstance(error, SyntaxError) and error.msg == "'return' outside function"
    text = friendly.explain(error)
    assert "Baris 3 berada di luar bloknya" in text
    assert "indentasi" in text and "Tab" in text
    assert "tanda kutip" not in text, "quotes and brackets are not the cause here"
    loop = friendly.explain(_raised("for kata in []:\n    pass\nbreak"))
    assert "'break' hanya boleh berada di dalam perulangan" in loop


def test_errors_that_need_no_extra_words_get_none():
    from humas_ai.classroom.selfcheck import NOT_DONE, Outcome, SelfCheckFailed

    assert friendly.explain(DataError("Pesan Indonesia yang sudah jelas.")) is None
    assert friendly.explain(ZeroDivisionError("division by zero")) is None
    failed = SelfCheckFailed(Outcome("latihan", NOT_DONE), NameError("x"))
    assert friendly.explain(failed) is None, "a failed self-check has already said what to do"


def test_the_header_is_plain_text_that_every_font_can_show():
    assert friendly.HEADER.isascii()


@pytest.fixture
def shell():
    shell = InteractiveShell.instance(colors="nocolor")
    yield shell
    friendly.disable(shell)


def _run(shell, capsys, code):
    result = shell.run_cell(code)
    return result, capsys.readouterr().out


def test_hook_explains_under_the_traceback_and_keeps_the_cell_failed(shell, capsys):
    assert friendly.enable(shell) is True
    assert friendly.enable(shell) is True  # twice is harmless
    assert shell.events.callbacks["post_run_cell"].count(friendly._after_cell) == 1

    result, out = _run(shell, capsys, "jumlah = 1\nprint(jumlahh)")
    assert not result.success
    assert isinstance(result.error_in_exec, NameError)
    traceback_at, explanation_at = out.index("NameError"), out.index(friendly.HEADER)
    assert traceback_at < explanation_at
    assert "Mungkin maksud Anda 'jumlah'?" in out
    assert out.count(friendly.HEADER) == 1


def test_hook_covers_syntax_errors_reported_before_the_cell_runs(shell, capsys):
    friendly.enable(shell)
    result, out = _run(shell, capsys, "for kata in daftar\n    print(kata)")
    assert isinstance(result.error_before_exec, SyntaxError)
    assert "kesalahan tata tulis/sintaks" in out


def test_hook_is_silent_when_the_cell_succeeds_and_after_disable(shell, capsys):
    friendly.enable(shell)
    result, out = _run(shell, capsys, "print('halo')")
    assert result.success and friendly.HEADER not in out
    friendly.disable(shell)
    result, out = _run(shell, capsys, "raise NotImplementedError()")
    assert not result.success and friendly.HEADER not in out


def test_enable_outside_ipython_does_nothing_and_says_so(capsys, monkeypatch):
    import IPython

    monkeypatch.setattr(IPython, "get_ipython", lambda: None)
    assert friendly.enable() is False
    assert "hanya bekerja di Jupyter" in capsys.readouterr().out
