"""Grading from the class server: nbgrader's exchange (or a folder nbgrader collected into)
as a source, the identity checks, and feedback released back to the exchange.

The exchange is filled by nbgrader's own ``submit`` (tests/exchange_cases.py).  Who really
submitted is the owner of the files: the tests give submission folders to throw-away uids
(root may ``chown`` to any uid) and read back through the real ``file_owner``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from humas_ai.trainer.cli import main
from humas_ai.trainer.grading import class_report
from humas_ai.trainer.grading import exchange as from_server
from humas_ai.trainer.grading.collect import collect_found
from humas_ai.trainer.grading.course import Course
from humas_ai.trainer.grading.identity import file_owner
from humas_ai.trainer.grading.results import Results
from humas_ai.trainer.grading.state import REJECTED, Problem, State
from tests import exchange_cases as ex
from tests import grading_cases as cases
from tests.notebook_tools import MODULES
from tests.notebook_tools import Course as CourseCopy

MODULE = cases.MODULE
needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="chown to other uids needs root "
                                "(CI and the class server's trainer tests run as root)")


@pytest.fixture
def uids():
    """Two throw-away uids standing for the server accounts p01 and p02."""
    return dict(zip(("p01", "p02"), ex.free_uids(2), strict=True))


@pytest.fixture
def owner_of(uids):
    """The real owner lookup, with the two throw-away uids named as their accounts."""
    names = {f"uid {uid}": account for account, uid in uids.items()}
    return lambda path: names.get(file_owner(path), file_owner(path))


@pytest.fixture
def exchange(tmp_path):
    return ex.new_exchange(tmp_path / "exchange")


@pytest.fixture
def course(tmp_path):
    root = tmp_path / "kursus"
    CourseCopy(root)
    (root / "modules").mkdir()
    (root / "modules" / MODULE).symlink_to(MODULES / MODULE, target_is_directory=True)
    return Course(root)


def _answered(code: str) -> dict:
    return cases.with_code(cases.answered(), code)


def _submit(exchange, tmp_path, code, account, uid, notebook=None) -> Path:
    user = code.lower()
    return ex.submit(exchange, ex.home(tmp_path, user), notebook or _answered(code), account,
                     uid=uid)


def _chosen(reading) -> dict[str, Path]:
    return {submission.code: submission.folder for submission, _ in reading.chosen}


# ------------------------------------------------------------------ reading the exchange
@needs_root
def test_the_newest_trusted_submission_wins_and_the_older_one_is_reported(
        exchange, tmp_path, uids, owner_of):
    first = _submit(exchange, tmp_path, "P01", "p01", uids["p01"], cases.untouched())
    first_notebook = cases.with_code(cases.untouched(), "P01")
    ex.submit(exchange, ex.home(tmp_path, "p01"), first_notebook, "p01", uid=uids["p01"])
    newest = _submit(exchange, tmp_path, "P01", "p01", uids["p01"])
    reading = from_server.read(from_server.inbound_submissions(exchange), owner_of)
    assert _chosen(reading) == {"P01": newest}
    ignored = [item for item in reading.files if getattr(item, "reason", "").startswith(
        "kiriman lama")]
    assert len(ignored) == 2 and str(first) in {item.origin for item in ignored}
    assert all(item.reason == f"kiriman lama P01 untuk modul {MODULE} diabaikan; yang dinilai "
               "kiriman terbarunya" for item in ignored)
    assert not reading.rejected


@needs_root
def test_a_submission_made_by_another_account_is_rejected_and_the_real_one_is_kept(
        exchange, tmp_path, uids, owner_of):
    """p02 runs ``nbgrader submit --student=p01`` after p01 submitted: the folder claims
    p01 but its files are p02's.  It is rejected, p01's own submission is chosen."""
    own = _submit(exchange, tmp_path, "P01", "p01", uids["p01"])
    fake = _submit(exchange, tmp_path, "P01", "p01", uids["p02"],
                   cases.with_code(cases.untouched(), "P01"))
    reading = from_server.read(from_server.inbound_submissions(exchange), owner_of)
    assert _chosen(reading) == {"P01": own}
    (rejected,) = reading.rejected
    assert rejected.origin == str(fake) and rejected.code == "P01"
    assert "milik akun p02" in rejected.reason and "--student=P01" not in rejected.reason
    assert "nbgrader submit --student=p01" in rejected.reason
    assert fake.is_dir() and any(fake.glob("*.ipynb"))  # kept, nothing deleted


@needs_root
def test_one_file_swapped_into_someone_else_s_folder_is_enough_to_reject_it(
        exchange, tmp_path, uids, owner_of):
    """Inbound folders are world-writable (nbgrader makes them 0777): p02 could replace the
    notebook in p01's folder.  Every file's owner is checked, not only the folder's."""
    folder = _submit(exchange, tmp_path, "P01", "p01", uids["p01"])
    os.chown(folder / f"{MODULE}.ipynb", uids["p02"], -1)
    reading = from_server.read(from_server.inbound_submissions(exchange), owner_of)
    assert not reading.chosen
    assert [problem.origin for problem in reading.rejected] == [str(folder)]


@needs_root
def test_a_link_placed_in_someone_else_s_folder_belongs_to_whoever_placed_it(
        exchange, tmp_path, uids, owner_of):
    """p02 replaces the notebook in p01's folder by a link to a file of p01's: the link is
    p02's, whatever it points to."""
    folder = _submit(exchange, tmp_path, "P01", "p01", uids["p01"])
    target = cases.write(tmp_path / "lain" / "salinan.ipynb", _answered("P01"))
    os.chown(target, uids["p01"], -1)
    notebook = folder / f"{MODULE}.ipynb"
    notebook.unlink()
    notebook.symlink_to(target)
    os.lchown(notebook, uids["p02"], -1)
    reading = from_server.read(from_server.inbound_submissions(exchange), owner_of)
    assert not reading.chosen and "milik akun p02" in reading.rejected[0].reason


@needs_root
def test_the_real_owner_lookup_reads_the_file_system(exchange, tmp_path):
    """No naming of the throw-away uids: ``file_owner`` as the command uses it."""
    (stranger,) = ex.free_uids(1, start=62000)
    folder = _submit(exchange, tmp_path, "P01", "p01", stranger)
    assert file_owner(folder) == f"uid {stranger}"
    os.chown(tmp_path, 0, -1)
    assert file_owner(tmp_path) == "root"
    reading = from_server.read(from_server.inbound_submissions(exchange), file_owner)
    (rejected,) = reading.rejected
    assert f"milik akun uid {stranger}" in rejected.reason
    assert from_server.read(from_server.inbound_submissions(exchange), None).chosen


def test_a_kode_peserta_naming_someone_else_is_rejected(exchange, tmp_path):
    """p01's own account sends a notebook saying KODE_PESERTA = "P02": not graded for
    anyone (it would otherwise replace P02's submission); P02's own one is chosen."""
    mine = _submit(exchange, tmp_path, "P02", "p02", None)
    wrong = ex.submit(exchange, ex.home(tmp_path, "p01"), _answered("P02"), "p01")
    owners = {mine: "p02", wrong: "p01"}

    def owner_of(path: Path) -> str:
        return next(account for folder, account in owners.items()
                    if path == folder or folder in path.parents)

    reading = from_server.read(from_server.inbound_submissions(exchange), owner_of)
    assert _chosen(reading) == {"P02": mine}
    (rejected,) = reading.rejected
    assert rejected.origin == str(wrong) and rejected.code == "P01"
    assert "KODE_PESERTA di notebook (P02)" in rejected.reason and "(p01)" in rejected.reason


def test_a_folder_nbgrader_collected_into_is_read_with_the_kode_peserta_check(tmp_path):
    collected = tmp_path / "submitted"
    for account, code in (("p01", "P01"), ("p02", "P01")):
        folder = collected / account / MODULE
        cases.write(folder / f"{MODULE}.ipynb", _answered(code))
        (folder / "timestamp.txt").write_text("2026-12-04 09:15:00.000000 UTC")
    assert from_server.is_collected(collected)
    reading = from_server.gather([collected], ex.COURSE_ID, owner_of=file_owner)
    assert _chosen(reading) == {"P01": collected / "p01" / MODULE}  # owner not checked
    assert [problem.origin for problem in reading.rejected] == [str(collected / "p02" / MODULE)]
    (notebook,) = reading.chosen[0][1]
    assert notebook.time == datetime(2026, 12, 4, 9, 15, tzinfo=UTC).timestamp()


def test_the_exchange_is_found_from_its_root_or_its_course_folder(exchange, tmp_path):
    assert from_server.find_exchange(exchange.root, ex.COURSE_ID) == exchange
    assert from_server.find_exchange(exchange.course, "lain") == exchange
    assert from_server.find_exchange(tmp_path, ex.COURSE_ID) is None
    (exchange.inbound / "catatan.txt").write_text("bukan kiriman")
    (exchange.inbound / "p01+00-pengenalan+bukan-waktu+x").mkdir()
    reasons = [item.reason for item in from_server.inbound_submissions(exchange)]
    assert reasons == ["bukan folder kiriman nbgrader (<akun>+<modul>+<waktu>); dilewati",
                       "waktu kiriman di nama folder tidak terbaca; dilewati"]


# ------------------------------------------------------------------ collecting, re-running
@needs_root
def test_collecting_twice_changes_nothing_and_a_rejection_never_replaces_an_entry(
        exchange, tmp_path, uids, owner_of, course):
    own = _submit(exchange, tmp_path, "P01", "p01", uids["p01"])
    state = State.load(course.workspace / "status.json")

    def collect_exchange():
        reading = from_server.gather([exchange.root], ex.COURSE_ID, owner_of)
        return collect_found(course, reading.files, state)

    assert collect_exchange().added == [f"P01/{MODULE}"]
    _submit(exchange, tmp_path, "P01", "p01", uids["p02"], cases.with_code(cases.untouched(),
                                                                           "P01"))
    again = collect_exchange()
    assert again.added == [] and again.unchanged == [f"P01/{MODULE}"]
    entry = state.entries[f"P01/{MODULE}"]
    assert Path(entry.origin).parent == own
    assert course.submission("P01", MODULE).read_bytes() == (own / f"{MODULE}.ipynb").read_bytes()
    collect_exchange()
    assert [p.kind for p in state.problems] == [REJECTED]  # recorded once, not per run


def test_the_class_report_lists_rejected_submissions_apart_from_other_problems(tmp_path):
    state = State(tmp_path / "status.json")
    state.add_problem(Problem("inbound/p01+00+waktu+x", "file-nya milik akun p02", "P01",
                              MODULE, REJECTED))
    state.add_problem(Problem("wa.zip:a.ipynb", "file kosong (0 byte)"))
    page = class_report.render(Results([MODULE], {}), state)
    rejected = page[page.index("<h2>Ditolak</h2>"):page.index("<h2>Masalah")]
    assert "inbound/p01+00+waktu+x" in rejected and "milik akun p02" in rejected
    assert "file kosong" not in rejected and "file kosong" in page.split("<h2>Masalah")[1]
    assert "<h2>Ditolak</h2>" not in class_report.render(Results([MODULE], {}),
                                                         State(tmp_path / "kosong.json"))


# ------------------------------------------------------------------ feedback
@needs_root
def test_feedback_is_released_where_nbgrader_fetch_feedback_finds_it(
        exchange, tmp_path, uids, owner_of, course):
    """Only the graded, trusted submission's page goes out; the participant's
    ``fetch_feedback`` brings it into their module folder."""
    copy = ex.home(tmp_path, "p01") / MODULE / "kumpulkan" / f"P01_{MODULE}.ipynb"
    cases.write(copy, cases.with_code(cases.partly_answered(), "P01"))  # left by the last cell
    own = _submit(exchange, tmp_path, "P01", "p01", uids["p01"])
    assert (own / "kumpulkan" / copy.name).is_file()  # submitted too, but not the submission
    _submit(exchange, tmp_path, "P02", "p01", uids["p02"], _answered("P01"))  # impersonation
    state = State.load(course.workspace / "status.json")
    collected = collect_found(course, from_server.gather([exchange.root], ex.COURSE_ID,
                                                         owner_of).files, state)
    assert [p.kind for p in collected.problems] == [REJECTED]  # no duplicate from kumpulkan/
    entry = state.entries[f"P01/{MODULE}"]
    assert entry.sha256 == hashlib.sha256((own / f"{MODULE}.ipynb").read_bytes()).hexdigest()
    assert from_server.release_feedback(course, state, exchange, owner_of) == []  # not graded
    entry.graded_sha256 = entry.sha256
    page = course.feedback_page("P01", MODULE)
    page.parent.mkdir(parents=True)
    page.write_text("<p>Umpan balik P01</p>", encoding="utf-8")
    (written,) = from_server.release_feedback(course, state, exchange, owner_of)
    assert written.parent == exchange.feedback and oct(written.stat().st_mode)[-3:] == "644"
    assert sorted(exchange.feedback.iterdir()) == [written]  # no temporary file left
    (fetched,) = ex.fetch_feedback(exchange, ex.home(tmp_path, "p01"), "p01")
    assert fetched.name == f"{MODULE}.html"
    assert fetched.read_text(encoding="utf-8") == "<p>Umpan balik P01</p>"
    assert ex.fetch_feedback(exchange, ex.home(tmp_path, "p02"), "p01") == []


def test_feedback_from_a_collected_folder_is_ready_for_nbgrader_release_feedback(
        exchange, tmp_path, course):
    """The way out through an exchange the kit cannot write (ngshare): the trainer collected
    with nbgrader, the kit graded the collected folder, and nbgrader's own
    ``release_feedback`` sends the kit's page (here through the filesystem exchange)."""
    inbound = ex.submit(exchange, ex.home(tmp_path, "p01"), _answered("P01"), "p01")
    collected = tmp_path / "kiriman-server"
    shutil.copytree(inbound, collected / "p01" / MODULE)  # what `nbgrader collect` does
    reading = from_server.gather([collected], ex.COURSE_ID, owner_of=None)
    state = State.load(course.workspace / "status.json")
    assert collect_found(course, reading.files, state).added == [f"P01/{MODULE}"]
    entry = state.entries[f"P01/{MODULE}"]
    entry.graded_sha256 = entry.sha256
    page = course.feedback_page("P01", MODULE)
    page.parent.mkdir(parents=True)
    page.write_text("<p>Umpan balik P01</p>", encoding="utf-8")
    staging = from_server.staging_folder(course)
    assert from_server.stage_feedback(course, state, reading) == [
        staging / "p01" / MODULE / f"{MODULE}.html"]  # the account, as the exchange knows it
    ex.nbgrader_release_feedback(exchange, course.config, staging)
    (fetched,) = ex.fetch_feedback(exchange, ex.home(tmp_path, "p01"), "p01")
    assert fetched.read_text(encoding="utf-8") == "<p>Umpan balik P01</p>"


# ------------------------------------------------------------------ the command, end to end
@pytest.mark.slow
@needs_root
def test_grade_from_the_exchange_end_to_end(exchange, tmp_path, uids, owner_of, course,
                                            capsys, monkeypatch):
    """``humas-ai grade --exchange ... --kirim-umpan-balik``: P01 graded and its feedback
    fetched in JupyterLab's way; p02's submission as p01 rejected, in the output and in the
    class report; a second run grades nothing again."""
    (course.root / "grader" / "roster.csv").write_text(
        "kode,nama,instansi\nP01,Sari,Diskominfo Kaltim\nP02,Budi,Diskominfo Samarinda\n",
        encoding="utf-8")
    _submit(exchange, tmp_path, "P01", "p01", uids["p01"])
    fake = _submit(exchange, tmp_path, "P01", "p01", uids["p02"],
                   cases.with_code(cases.untouched(), "P01"))
    monkeypatch.setattr("humas_ai.trainer.cli._owner_of", lambda args: owner_of)
    command = ["--kursus", str(course.root), "grade", "--exchange", str(exchange.root),
               "--kirim-umpan-balik", "--batas-sel", "60", "--batas-notebook", "300"]
    assert main(command) == 0
    out = capsys.readouterr().out
    assert "Ditolak (1 kiriman" in out and str(fake) in out and "milik akun p02" in out
    assert "Dinilai: 1, gagal dinilai: 0" in out and "1 halaman" in out
    report = (course.workspace / "laporan-kelas.html").read_text(encoding="utf-8")
    assert "<h2>Ditolak</h2>" in report and "milik akun p02" in report
    (fetched,) = ex.fetch_feedback(exchange, ex.home(tmp_path, "p01"), "p01")
    assert "Umpan balik 00-pengenalan — P01" in fetched.read_text(encoding="utf-8")
    status = json.loads((course.workspace / "status.json").read_text(encoding="utf-8"))
    assert [item["code"] for item in status["kiriman"]] == ["P01"]
    assert main(command) == 0
    assert "Tidak ada kiriman baru atau berubah" in capsys.readouterr().out


@needs_root
def test_an_empty_kode_peserta_is_the_proven_account_s_and_otherwise_a_problem(
        exchange, tmp_path, uids, owner_of, course):
    """Participants on the class server may leave KODE_PESERTA empty: the account whose
    files they are is the sender.  Without the owner check nobody is proven."""
    _submit(exchange, tmp_path, "P01", "p01", uids["p01"], cases.answered())
    state = State.load(course.workspace / "status.json")
    unproven = collect_found(course, from_server.gather([exchange.root], ex.COURSE_ID,
                                                        None).files, state)
    assert unproven.added == [] and "KODE_PESERTA kosong" in unproven.problems[0].reason
    proven = collect_found(course, from_server.gather([exchange.root], ex.COURSE_ID,
                                                      owner_of).files, state)
    assert proven.added == [f"P01/{MODULE}"] and not proven.problems


@needs_root
def test_release_feedback_command_and_its_messages(exchange, tmp_path, uids, owner_of, course,
                                                   capsys, monkeypatch):
    monkeypatch.setattr("humas_ai.trainer.cli._owner_of", lambda args: owner_of)
    kursus = ["--kursus", str(course.root)]
    assert main([*kursus, "grade"]) == 2
    assert "Sebutkan file atau folder kiriman, atau --exchange" in capsys.readouterr().err
    assert main([*kursus, "grade", str(tmp_path), "--kirim-umpan-balik"]) == 2
    assert "--kirim-umpan-balik memerlukan --exchange" in capsys.readouterr().err
    assert main([*kursus, "release-feedback", "--exchange", str(tmp_path)]) == 2
    assert f"{tmp_path} bukan folder exchange nbgrader" in capsys.readouterr().err
    _submit(exchange, tmp_path, "P01", "p01", uids["p01"])
    assert main([*kursus, "collect", "--exchange", str(exchange.course)]) == 0
    state = State.load(course.workspace / "status.json")
    entry = state.entries[f"P01/{MODULE}"]
    entry.graded_sha256 = entry.sha256
    state.save()
    page = course.feedback_page("P01", MODULE)
    page.parent.mkdir(parents=True)
    page.write_text("<p>Umpan balik P01</p>", encoding="utf-8")
    capsys.readouterr()
    assert main([*kursus, "release-feedback", "--exchange", str(exchange.root)]) == 0
    assert f"Umpan balik di exchange: 1 halaman di {exchange.feedback}" in capsys.readouterr().out
    (fetched,) = ex.fetch_feedback(exchange, ex.home(tmp_path, "p01"), "p01")
    assert fetched.read_text(encoding="utf-8") == "<p>Umpan balik P01</p>"


@needs_root
def test_without_the_owner_check_only_kode_peserta_decides_and_the_report_says_so(
        exchange, tmp_path, uids, course, capsys):
    """--abaikan-pemilik (one system account for everybody): the owner says nothing, a
    KODE_PESERTA naming someone else still rejects, and the trainer is told."""
    _submit(exchange, tmp_path, "P01", "p01", uids["p02"])  # owner differs: not checked
    ex.submit(exchange, ex.home(tmp_path, "p02"), _answered("P03"), "p02", uid=uids["p02"])
    command = ["--kursus", str(course.root), "collect", "--exchange", str(exchange.root),
               "--abaikan-pemilik"]
    assert main(command) == 0
    out = capsys.readouterr().out
    assert "pemilik file kiriman tidak diperiksa (--abaikan-pemilik)" in out
    assert "1 ditolak" in out and "KODE_PESERTA di notebook (P03)" in out
    state = State.load(course.workspace / "status.json")
    assert list(state.entries) == [f"P01/{MODULE}"]
    assert any("--abaikan-pemilik" in problem.reason for problem in state.problems)
