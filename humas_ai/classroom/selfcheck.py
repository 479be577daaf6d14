"""Self-checks for exercises, shown in Indonesian, without extra installs.

A visible test cell in a module notebook looks like::

    @check("bersihkan_url", hint="Gunakan re.sub dengan pola yang diawali http.")
    def _():
        assert bersihkan_url("lihat https://x.id") == "lihat ", "URL belum terhapus."

:func:`check` registers the check under its name (one registry per kernel,
so re-running a cell replaces the earlier version), runs it at once, prints
one line (``[LULUS] nama: lulus`` or ``[GAGAL] nama: pesan — Petunjuk: …``) and on
failure raises :class:`SelfCheckFailed`, so nbgrader marks the cell failed and nbval sees
the exception.  IPython shows that exception as one short Indonesian paragraph (its
``_render_traceback_``) instead of a traceback through this module.  Hidden tests are
plain ``assert`` lines after the function, in the same cell, between
``### BEGIN HIDDEN TESTS`` and ``### END HIDDEN TESTS``.

:func:`check_all` re-runs every registered check at the end of a module and
prints a summary; it never raises.  Re-running a check keeps quiet: what the check
prints (for example a score) was shown when its cell ran.  While nbgrader autogrades a
notebook (it sets ``NBGRADER_EXECUTION=autograde`` for the kernel) the summary is
skipped: the grade comes from the test cells, and re-running every check would only make
grading slower.
"""

from __future__ import annotations

import contextlib
import io
import os
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

PASSED, FAILED, NOT_DONE = "lulus", "gagal", "belum dikerjakan"
RUN_ALL_ADVICE = "jalankan semua sel dari atas: menu Run > Run All Cells"
SKIPPED_WHILE_GRADING = ("Ringkasan cek mandiri dilewati karena notebook ini sedang dinilai "
                         "otomatis; nilai Anda dihitung dari sel tes di atas.")

# Plain-text markers: they read the same in every font (emoji show as empty boxes where no
# emoji font is installed) and the grader reads them back from the graded notebook.
MARKERS = {PASSED: "[LULUS]", FAILED: "[GAGAL]", NOT_DONE: "[BELUM]"}


_NOT_DONE_ADVICE = ("Latihan ini belum dikerjakan. Isi sel jawaban di atas (ganti bagian TULIS "
                    "KODE ANDA DI SINI), jalankan sel itu dengan Shift+Enter, lalu jalankan "
                    "sel cek ini lagi.")
_FAILED_ADVICE = ("Jawaban Anda belum lulus cek mandiri; alasannya tertulis pada baris [GAGAL] "
                  "di atas. Perbaiki sel jawaban, jalankan sel itu, lalu jalankan sel cek ini "
                  "lagi.")


def parse_line(line: str) -> tuple[str, str] | None:
    """``(status, check name)`` of a line printed by a check, or None for any other line."""
    text = line.strip()
    for status, marker in MARKERS.items():
        if text.startswith(marker + " ") and ":" in text:
            return status, text[len(marker) + 1:].split(":", 1)[0].strip()
    return None


@dataclass
class Check:
    """One registered check: its name, hint and test function."""

    name: str
    hint: str | None
    function: Callable[[], object]
    limits: str | None = None


@dataclass
class Outcome:
    """The result of running one check once."""

    name: str
    status: str  # PASSED, FAILED or NOT_DONE
    message: str = ""
    hint: str | None = None
    limits: str | None = None

    def line(self) -> str:
        """One Indonesian line for the participant."""
        text = f"{MARKERS[self.status]} {self.name}: {self.message or self.status}"
        if self.status == PASSED and self.limits:
            text += f" — cek ini hanya memeriksa {self.limits}"
        if self.status != PASSED and self.hint:
            text += f" — Petunjuk: {self.hint}"
        return text


class SelfCheckFailed(AssertionError):
    """A check did not pass; IPython shows only a short Indonesian note, no traceback.

    The cell still fails (the kernel reports an error), so nbgrader gives no points and
    nbval sees the failure.  ``cause`` is the exception the check raised.
    """

    def __init__(self, outcome: Outcome, cause: BaseException):
        super().__init__(outcome.line())
        self.outcome = outcome
        self.cause = cause

    def _render_traceback_(self) -> list[str]:
        """What IPython prints instead of a traceback."""
        if self.outcome.status == NOT_DONE:
            return [_NOT_DONE_ADVICE]
        lines = [_FAILED_ADVICE]
        if not isinstance(self.cause, AssertionError):
            lines += _where(self.cause)
        return lines


def _where(error: BaseException) -> list[str]:
    """The line of the participant's own code where ``error`` happened, if any."""
    package = os.path.dirname(os.path.abspath(__file__))
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if not os.path.abspath(frame.filename).startswith(package + os.sep)]
    if not frames:
        return []
    frame = frames[-1]
    code = f": {frame.line.strip()}" if frame.line else ""
    place = "sel cek ini" if frame.name in ("_", "<module>") else f"fungsi {frame.name}"
    return [f"{type(error).__name__} terjadi di {place}, baris {frame.lineno}{code}"]


#: Checks registered in this kernel, by name, in the order first registered.
_REGISTRY: dict[str, Check] = {}


def _run(registered: Check) -> tuple[Outcome, BaseException | None]:
    """Run one check; return its outcome and the exception it raised, if any."""
    try:
        registered.function()
    except NotImplementedError as error:
        message = (
            "belum dikerjakan: di sel jawaban, hapus baris raise di bawah "
            "TULIS KODE ANDA DI SINI, lalu tulis jawaban Anda di tempatnya"
        )
        return Outcome(registered.name, NOT_DONE, message, registered.hint), error
    except NameError as error:
        missing = getattr(error, "name", None) or str(error)
        message = (
            f"belum dikerjakan: '{missing}' belum ada. Isi sel jawaban di atas lalu jalankan "
            "sel itu lebih dulu"
        )
        return Outcome(registered.name, NOT_DONE, message, registered.hint), error
    except AssertionError as error:
        message = str(error) or "hasil belum sesuai harapan"
        return Outcome(registered.name, FAILED, message, registered.hint), error
    except Exception as error:  # noqa: BLE001 - any participant error is reported
        message = f"terjadi kesalahan {type(error).__name__}: {error}"
        return Outcome(registered.name, FAILED, message, registered.hint), error
    return Outcome(registered.name, PASSED, limits=registered.limits), None


def check(name: str, hint: str | None = None,
          limits: str | None = None) -> Callable[[Callable[[], object]], Callable]:
    """Decorator: register the test function as check ``name``, run it and report.

    ``limits`` says plainly what a passing check does *not* vouch for, when it can only
    check the form of an answer (for example ``"bentuk jawaban; ketepatannya dinilai
    pelatih"``); the ``[LULUS]`` line then reads ``lulus — cek ini hanya memeriksa …``.

    On failure :class:`SelfCheckFailed` is raised after the Indonesian line is printed,
    so the notebook cell fails without a long traceback.
    """

    def decorator(function: Callable[[], object]) -> Callable[[], object]:
        registered = Check(name, hint, function, limits)
        _REGISTRY[name] = registered
        outcome, error = _run(registered)
        print(outcome.line())
        if error is not None:
            raise SelfCheckFailed(outcome, error) from None
        return function

    return decorator


def run_all(expected: Iterable[str] | None = None) -> list[Outcome]:
    """Run every registered check again; return the outcomes without printing.

    What the checks themselves print is swallowed (it was shown when their cells ran).
    Names in ``expected`` that were never registered come back as
    ``NOT_DONE`` with the advice to run all cells.
    """
    with contextlib.redirect_stdout(io.StringIO()):
        outcomes = [_run(registered)[0] for registered in _REGISTRY.values()]
    for name in expected or ():
        if name not in _REGISTRY:
            outcomes.append(Outcome(name, NOT_DONE, "sel pemeriksaannya belum dijalankan"))
    return outcomes


def autograding(environ: Mapping[str, str] | None = None) -> bool:
    """True while nbgrader autogrades this kernel's notebook (its own environment flag)."""
    return (os.environ if environ is None else environ).get("NBGRADER_EXECUTION") == "autograde"


def check_all(expected: Iterable[str] | None = None) -> None:
    """Print a short Indonesian summary of every check in this kernel. Never raises."""
    if autograding():
        print(SKIPPED_WHILE_GRADING)
        return
    expected = list(expected or ())
    try:
        outcomes = run_all(expected)
    except Exception as error:  # noqa: BLE001 - the summary must never break the notebook
        print(f"Ringkasan pemeriksaan tidak dapat dibuat ({type(error).__name__}: {error}).")
        return
    if not outcomes:
        print(f"Belum ada pemeriksaan yang dijalankan; {RUN_ALL_ADVICE}.")
        return
    passed = sum(outcome.status == PASSED for outcome in outcomes)
    print(f"Ringkasan pemeriksaan: {passed} dari {len(outcomes)} lulus.")
    for outcome in outcomes:
        print("  " + outcome.line())
    never_run = [name for name in expected if name not in _REGISTRY]
    if never_run:
        print(f"{len(never_run)} pemeriksaan belum pernah dijalankan; {RUN_ALL_ADVICE}.")
    elif passed == len(outcomes):
        print("Semua latihan lulus pemeriksaan mandiri. Bagus sekali!")
    else:
        print("Perbaiki latihan yang belum lulus, jalankan sel jawabannya, lalu jalankan sel "
              "ini lagi.")


def registered_names() -> list[str]:
    """Names of the checks registered in this kernel, in order."""
    return list(_REGISTRY)


def clear() -> None:
    """Forget every registered check (used by tests and when a module restarts)."""
    _REGISTRY.clear()
