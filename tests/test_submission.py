"""humas_ai.classroom.submission.pack: the participant's last cell."""

import json

import pytest

from humas_ai.classroom import selfcheck
from humas_ai.classroom.submission import make_copy, notebook_path, pack


def _notebook(path, code):
    cells = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
              "source": f'KODE_PESERTA = "{code}"  # isi kode dari pelatih'}]
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4,
                                "nbformat_minor": 5}), encoding="utf-8")
    return path


@pytest.fixture
def saved(tmp_path):
    """A saved notebook with code P07 in a participant's folder."""
    return _notebook(tmp_path / "00-pengenalan.ipynb", "P07")


@pytest.fixture(autouse=True)
def _fresh_checks():
    selfcheck.clear()
    yield
    selfcheck.clear()


def test_copies_the_saved_notebook_under_the_participant_code(saved, capsys):
    copy = make_copy("00-pengenalan", namespace={"KODE_PESERTA": " p07 "},
                     environ={"JPY_SESSION_NAME": str(saved)})
    assert copy == saved.parent / "kumpulkan" / "P07_00-pengenalan.ipynb"
    assert copy.read_bytes() == saved.read_bytes()
    out = capsys.readouterr().out
    assert "kumpulkan/P07_00-pengenalan.ipynb" in out and "WhatsApp" in out and "Ctrl+S" in out


def test_the_last_cell_shows_messages_only_not_a_path_object(saved, capsys):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    shell.user_ns.update(KODE_PESERTA="P07", __session__=str(saved))
    try:
        result = shell.run_cell(
            'from humas_ai.classroom.submission import pack\npack("00-pengenalan")')
    finally:
        shell.user_ns.pop("KODE_PESERTA")
        shell.user_ns.pop("__session__")
    assert result.success and result.result is None
    out = capsys.readouterr().out
    assert "Path(" not in out
    assert (saved.parent / "kumpulkan" / "P07_00-pengenalan.ipynb").is_file()


def test_running_twice_overwrites_the_same_copy(saved):
    namespace = {"KODE_PESERTA": "P07", "__session__": str(saved)}
    first = make_copy("00-pengenalan", namespace=namespace, environ={})
    _notebook(saved, "P07")
    second = make_copy("00-pengenalan", namespace=namespace, environ={})
    assert first == second
    assert [p.name for p in (saved.parent / "kumpulkan").iterdir()] == [first.name]


@pytest.mark.parametrize("code", ["", "   ", None])
def test_empty_code_writes_nothing_and_says_what_to_do(saved, capsys, code):
    namespace = {} if code is None else {"KODE_PESERTA": code}
    assert make_copy("00-pengenalan", namespace=namespace,
                     environ={"JPY_SESSION_NAME": str(saved)}) is None
    assert not (saved.parent / "kumpulkan").exists()
    assert "KODE_PESERTA masih kosong" in capsys.readouterr().out


def test_unknown_notebook_path_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert make_copy("00-pengenalan", namespace={"KODE_PESERTA": "P07"}, environ={}) is None
    assert list(tmp_path.iterdir()) == []
    assert "tidak diketahui" in capsys.readouterr().out


def test_unsaved_code_asks_to_save_first(tmp_path, capsys):
    stale = _notebook(tmp_path / "00-pengenalan.ipynb", "")
    assert make_copy("00-pengenalan", namespace={"KODE_PESERTA": "P07"},
                     environ={"JPY_SESSION_NAME": str(stale)}) is None
    assert not (tmp_path / "kumpulkan").exists()
    assert "Ctrl+S" in capsys.readouterr().out


def test_a_code_that_is_a_path_is_refused(saved, capsys):
    assert make_copy("00-pengenalan", namespace={"KODE_PESERTA": "../../etc"},
                     environ={"JPY_SESSION_NAME": str(saved)}) is None
    assert not (saved.parent / "kumpulkan").exists()
    assert "tidak dapat dipakai" in capsys.readouterr().out


def test_the_summary_is_printed_once_by_check_all_not_again_by_pack(saved, capsys):
    @selfcheck.check("lulus_satu")
    def _():
        print("Skor: 0,91")

    with pytest.raises(AssertionError):
        @selfcheck.check("gagal_satu")
        def _():
            raise AssertionError("salah")

    capsys.readouterr()
    selfcheck.check_all(["lulus_satu", "gagal_satu"])
    pack("00-pengenalan", namespace={"KODE_PESERTA": "P07"},
         environ={"JPY_SESSION_NAME": str(saved)})
    out = capsys.readouterr().out
    assert out.count("1 dari 2 lulus") == 1
    assert "Skor: 0,91" not in out, "a check's own output is shown when its cell runs, once"


def test_notebook_path_ignores_missing_and_non_notebook_files(tmp_path, saved):
    assert notebook_path({}, {"JPY_SESSION_NAME": str(tmp_path / "hilang.ipynb")}) is None
    assert notebook_path({"__session__": str(tmp_path)}, {}) is None
    assert notebook_path({"__vsc_ipynb_file__": str(saved)}, {}) == saved.resolve()


def test_does_nothing_while_nbgrader_autogrades(saved, capsys):
    ran = []

    @selfcheck.check("mahal")
    def _():
        ran.append(1)

    capsys.readouterr()
    assert make_copy("00-pengenalan", namespace={"KODE_PESERTA": "P07"},
                     environ={"JPY_SESSION_NAME": str(saved),
                              "NBGRADER_EXECUTION": "autograde"}) is None
    assert ran == [1], "the self-checks must not run again during autograding"
    assert "sedang dinilai otomatis" in capsys.readouterr().out
    assert not (saved.parent / "kumpulkan").exists()
