"""Self-checks: report in Indonesian, re-raise on failure, summarise without raising.

PYTEST_DONT_REWRITE: the checks must see plain assertion messages, as in a notebook.
"""

import pytest

from humas_ai.classroom import selfcheck
from humas_ai.classroom.selfcheck import SKIPPED_WHILE_GRADING, SelfCheckFailed, check, check_all


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


def test_failing_check_prints_message_and_hint_then_fails_the_cell(capsys):
    with pytest.raises(SelfCheckFailed, match="URL belum terhapus") as raised:
        @check("bersihkan_url", hint="Gunakan re.sub dengan pola yang diawali http.")
        def _():
            assert "x" == "y", "URL belum terhapus."

    assert isinstance(raised.value, AssertionError)
    assert isinstance(raised.value.cause, AssertionError)
    assert capsys.readouterr().out == (
        "[GAGAL] bersihkan_url: URL belum terhapus. — "
        "Petunjuk: Gunakan re.sub dengan pola yang diawali http.\n"
    )


def test_untouched_stub_and_missing_answer_mean_belum_dikerjakan(capsys):
    def stub():
        raise NotImplementedError()

    with pytest.raises(SelfCheckFailed) as stubbed:
        @check("stub")
        def _():
            stub()

    with pytest.raises(SelfCheckFailed) as missing:
        @check("jawaban_hilang")
        def _():
            assert jawaban_yang_belum_ada == 1  # noqa: F821

    assert isinstance(stubbed.value.cause, NotImplementedError)
    assert isinstance(missing.value.cause, NameError)
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("[BELUM] stub: belum dikerjakan")
    assert out[1].startswith("[BELUM] jawaban_hilang: belum dikerjakan: 'jawaban_yang_belum_ada'")


def test_other_errors_are_reported_with_their_type(capsys):
    with pytest.raises(SelfCheckFailed) as raised:
        @check("jenis", hint="Ubah dengan str().")
        def _():
            return "a" + 1

    assert isinstance(raised.value.cause, TypeError)
    assert capsys.readouterr().out.startswith("[GAGAL] jenis: terjadi kesalahan TypeError:")


def _shown_in_a_cell(code: str) -> tuple[object, str]:
    """Run ``code`` as a notebook cell would; return IPython's result and everything shown."""
    import contextlib
    import io

    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance(colors="nocolor")
    shown = io.StringIO()
    with contextlib.redirect_stdout(shown), contextlib.redirect_stderr(shown):
        result = shell.run_cell(code)
    return result, shown.getvalue()


def test_a_check_run_before_answering_shows_one_short_indonesian_note():
    result, shown = _shown_in_a_cell(
        "from humas_ai.classroom.selfcheck import check\n"
        "def jawaban():\n"
        "    raise NotImplementedError()\n"
        "@check('latihan', hint='Pakai len().')\n"
        "def _():\n"
        "    assert jawaban() == 3\n"
    )
    assert not result.success
    assert isinstance(result.error_in_exec, SelfCheckFailed)
    assert "Traceback" not in shown and "selfcheck.py" not in shown
    assert "NotImplementedError" not in shown
    assert "Run All Above" not in shown
    lines = [line for line in shown.splitlines() if line.strip()]
    assert lines[0].startswith("[BELUM] latihan: belum dikerjakan")
    assert lines[1].startswith("Latihan ini belum dikerjakan. Isi sel jawaban di atas")
    assert len(lines) == 2


def test_an_error_inside_the_answer_names_the_participants_line_only():
    result, shown = _shown_in_a_cell(
        "from humas_ai.classroom.selfcheck import check\n"
        "def jawaban(teks):\n"
        "    return teks + 1\n"
        "@check('latihan')\n"
        "def _():\n"
        "    assert jawaban('a') == 'a1'\n"
    )
    assert not result.success
    assert "selfcheck.py" not in shown and "Traceback" not in shown
    assert "TypeError terjadi di fungsi jawaban, baris 3: return teks + 1" in shown


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
    with pytest.raises(SelfCheckFailed):
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
    from humas_ai.classroom import selfcheck

    for status in (selfcheck.PASSED, selfcheck.FAILED, selfcheck.NOT_DONE):
        line = selfcheck.Outcome("hitung_kata", status, "pesan").line()
        assert selfcheck.parse_line("  " + line) == (status, "hitung_kata")
    assert selfcheck.parse_line("Ringkasan pemeriksaan: 1 dari 2 lulus.") is None
    assert selfcheck.parse_line("[LULUS]tanpa spasi: x") is None


def test_a_check_that_only_sees_the_form_of_an_answer_says_so_when_it_passes(capsys):
    @check("kasus", limits="bentuk jawaban; ketepatan pilihan dinilai pelatih")
    def _():
        assert ["A"]

    line = capsys.readouterr().out.strip()
    assert line == ("[LULUS] kasus: lulus — cek ini hanya memeriksa bentuk jawaban; "
                    "ketepatan pilihan dinilai pelatih")
    assert selfcheck.parse_line(line) == (selfcheck.PASSED, "kasus")
    check_all(["kasus"])
    assert "cek ini hanya memeriksa bentuk jawaban" in capsys.readouterr().out


# Wrong but plausible answers a participant really writes.  Each must fail the *visible*
# check (the part of the test cell above the hidden tests), as the correct answer passes it.
WRONG_ANSWERS = [
    ("00-pengenalan", ["code-18"], "tes-hitung-kata-banjir",
     "komentar_banjir = []\n"
     "for teks in komentar_pagi:\n"
     "    if 'banjir' in teks:\n"
     "        komentar_banjir.append(teks)\n"
     "jumlah_banjir = len(komentar_banjir)\n"),
    ("00-pengenalan", [], "tes-ubah-huruf-kecil",
     "keluhan = 'Air PDAM di Sungai Kunjang MATI sejak kemarin'\n"
     "keluhan_kecil = keluhan.lower()\n"
     "panjang_keluhan = len(keluhan.split())\n"),
    ("00-pengenalan", [], "tes-fungsi-mengandung-kata",
     "def mengandung_kata(teks, kata):\n"
     "    return kata in teks.lower()\n"),
    ("00-pengenalan", ["code-28"], "tes-hitung-sentimen",
     "samarinda = komentar_publik[komentar_publik['kabupaten_kota'] == 'Samarinda']\n"
     "jumlah_per_sentimen = samarinda['sentimen'].value_counts()\n"
     "sentimen_terbanyak = jumlah_per_sentimen.index[0]\n"),
    ("01-prapemrosesan-teks", ["code-32"], "tes-fungsi-ganti-emoji",
     "def ganti_emoji(teks, kamus_emoji):\n"
     "    if teks is None:\n"
     "        return ''\n"
     "    for emoji, kata in EMOJI_WORDS.items():\n"
     "        teks = teks.replace(emoji, ' ' + kata + ' ')\n"
     "    return ' '.join(teks.split())\n"),
    ("01-prapemrosesan-teks", ["code-46"], "tes-fungsi-normalisasi-slang",
     "def normalisasi_slang(daftar_kata, kamus):\n"
     "    hasil = []\n"
     "    for kata in daftar_kata:\n"
     "        hasil.extend(kamus_slang.get(kata, kata).split())\n"
     "    return hasil\n"),
    ("01-prapemrosesan-teks", ["code-57", "code-59"], "tes-fungsi-hapus-stopword",
     "def hapus_stopword(daftar_kata, stopword):\n"
     "    return [k for k in daftar_kata if k in SENTIMENT_WORDS or k not in stopword_sastrawi]\n"),
]


def _cells(module: str) -> dict:
    import json

    from tests.conftest import ROOT

    path = ROOT / "solutions" / module / f"{module}.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return {cell.get("id"): "".join(cell["source"]) for cell in notebook["cells"]}


@pytest.mark.parametrize(("module", "setup", "test_cell", "wrong"), WRONG_ANSWERS,
                         ids=[case[2] for case in WRONG_ANSWERS])
def test_visible_checks_refuse_wrong_but_plausible_answers(module, setup, test_cell, wrong,
                                                           capsys):
    import contextlib
    import io

    cells = _cells(module)
    visible = cells[test_cell].split("### BEGIN HIDDEN TESTS")[0]
    namespace = {"check": check}
    with contextlib.redirect_stdout(io.StringIO()):
        for cell_id in setup:
            exec(cells[cell_id], namespace)  # noqa: S102 - the course's own notebook cells
    exec(wrong, namespace)  # noqa: S102
    with pytest.raises(SelfCheckFailed):
        exec(visible, namespace)  # noqa: S102
    assert "[GAGAL]" in capsys.readouterr().out
