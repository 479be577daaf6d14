"""Short multiple-choice quizzes whose every option explains itself.

:func:`quiz` shows a question with one button per option.  Clicking an
option tells the participant whether it is right and *why*, for wrong
options too.  Where widgets cannot render (nbval, a static page, a terminal)
the same object shows a readable text or HTML version instead of a widget
placeholder; the HTML folds every explanation away until its option is clicked.

The module notebooks do not spell their quizzes out: a quiz cell is one call,
``kuis("02-1")``, and the quiz comes from ``humas_ai/classroom/quizzes/02.json``.  There the
question and the options are plain, but which option is right and the explanations
are packed in a ``kunci`` string (zlib + base64).  That keeps the answers from being
read at a glance in the notebook or the data file; it does not stop a determined
reader, and is not meant to.  To change a quiz, read the bank with
:func:`read_bank`, edit the ``(question, options)`` pairs and write it back with
:func:`write_bank`.
"""

from __future__ import annotations

import base64
import html
import json
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path

import ipywidgets as widgets

from humas_ai.errors import HumasAIError

_LETTERS = "ABCDEFGH"
_RIGHT, _WRONG = "Benar.", "Belum tepat."
#: Folder of the quiz banks, one ``NN.json`` per module.
BANKS = Path(__file__).resolve().parent / "quizzes"


class Quiz(widgets.VBox):
    """A quiz widget with a readable fallback for places where widgets do not render."""

    def __init__(self, question: str, options: list[tuple[str, bool, str]]):
        self.question = question
        self.options = options
        self.feedback = widgets.HTML(value="")
        self.buttons = []
        for letter, (text, _, _) in zip(_LETTERS, options, strict=False):
            button = widgets.Button(
                description=f"{letter}. {text}",
                tooltip=text,
                layout=widgets.Layout(width="auto", max_width="100%"),
            )
            button.on_click(self._answer)
            self.buttons.append(button)
        title = widgets.HTML(value=f"<b>Kuis:</b> {html.escape(question)}")
        super().__init__(children=[title, *self.buttons, self.feedback])

    def verdict(self, index: int) -> str:
        """Whether option ``index`` (0 = A) is right, and why."""
        _, correct, explanation = self.options[index]
        return f"{_RIGHT if correct else _WRONG} {explanation}"

    def answer(self, index: int) -> str:
        """Feedback shown after clicking option ``index``: the option, its verdict, why."""
        return f"{_LETTERS[index]}. {self.options[index][0]} — {self.verdict(index)}"

    def _answer(self, clicked: widgets.Button) -> None:
        index = self.buttons.index(clicked)
        for button in self.buttons:
            button.button_style = ""
        clicked.button_style = "success" if self.options[index][1] else "danger"
        self.feedback.value = html.escape(self.answer(index))

    def text(self) -> str:
        """The quiz as plain text (shown where widgets cannot render)."""
        lines = [f"Kuis: {self.question}"]
        lines += [f"  {letter}. {text}" for letter, (text, _, _) in zip(_LETTERS, self.options,
                                                                         strict=False)]
        lines.append("(Buka notebook ini di JupyterLab lalu klik salah satu pilihan untuk "
                     "melihat penjelasannya.)")
        return "\n".join(lines)

    def html(self) -> str:
        """The quiz as static HTML: each option folds open to show its explanation."""
        parts = [f"<p><b>Kuis:</b> {html.escape(self.question)}</p>"]
        for index in range(len(self.options)):
            text = self.options[index][0]
            parts.append(
                f"<details><summary>{_LETTERS[index]}. {html.escape(text)}</summary>"
                f"<p>{html.escape(self.verdict(index))}</p></details>"
            )
        return "\n".join(parts)

    def _repr_mimebundle_(self, **kwargs):
        data = super()._repr_mimebundle_(**kwargs) or {}
        data["text/plain"] = self.text()
        data["text/html"] = self.html()
        return data


def quiz(question: str, options: Sequence[tuple[str, bool, str]]) -> Quiz:
    """Build a quiz: ``options`` are ``(text, correct, explanation)`` tuples.

    At least two options, at least one correct, every explanation filled in.
    Put the call last in a cell so Jupyter shows it.  The module notebooks use
    :func:`kuis` instead, so that their source does not show the answers.
    """
    checked = [tuple(option) for option in options]
    if not 2 <= len(checked) <= len(_LETTERS):
        raise HumasAIError(f"Kuis memerlukan 2 sampai {len(_LETTERS)} pilihan jawaban.")
    for option in checked:
        if len(option) != 3 or not str(option[2]).strip():
            raise HumasAIError(
                "Setiap pilihan kuis harus berbentuk (teks, benar_atau_salah, penjelasan) "
                f"dengan penjelasan yang terisi; periksa pilihan {option!r}."
            )
    if not any(bool(option[1]) for option in checked):
        raise HumasAIError("Kuis memerlukan sedikitnya satu pilihan yang benar.")
    return Quiz(question, [(str(text), bool(right), str(why)) for text, right, why in checked])


def encode_key(options: Sequence[tuple[str, bool, str]]) -> str:
    """Which options are right and why, packed so that a glance does not read it."""
    plain = json.dumps({"benar": [bool(option[1]) for option in options],
                        "penjelasan": [str(option[2]) for option in options]},
                       ensure_ascii=False)
    return base64.b64encode(zlib.compress(plain.encode("utf-8"), 9)).decode("ascii")


def decode_key(key: str) -> tuple[list[bool], list[str]]:
    """The inverse of :func:`encode_key`: ``(right per option, explanation per option)``."""
    unpacked = json.loads(zlib.decompress(base64.b64decode(key)).decode("utf-8"))
    return [bool(right) for right in unpacked["benar"]], [str(why) for why in
                                                          unpacked["penjelasan"]]


def _bank_path(number: str) -> Path:
    return BANKS / f"{number}.json"


def read_bank(number: str) -> dict[str, tuple[str, list[tuple[str, bool, str]]]]:
    """The quizzes of module ``number`` (``"02"``): id -> ``(question, options)``."""
    path = _bank_path(number)
    if not path.is_file():
        raise HumasAIError(f"Bank kuis modul {number} tidak ditemukan ({path.name}). "
                           "Pastikan paket humas_ai terpasang lengkap; tanyakan kepada pelatih.")
    bank = json.loads(path.read_text(encoding="utf-8"))
    found = {}
    for quiz_id, entry in bank["kuis"].items():
        rights, explanations = decode_key(entry["kunci"])
        options = list(zip(entry["pilihan"], rights, explanations, strict=True))
        found[quiz_id] = (entry["soal"], options)
    return found


def write_bank(number: str, quizzes: Mapping[str, tuple[str, Sequence[tuple[str, bool, str]]]],
               folder: Path | None = None) -> Path:
    """Write the quizzes of module ``number`` (id -> ``(question, options)``) to its bank."""
    entries = {}
    for quiz_id, (question, options) in quizzes.items():
        quiz(question, options)  # refuse a malformed quiz before it is stored
        entries[quiz_id] = {"soal": question, "pilihan": [str(option[0]) for option in options],
                            "kunci": encode_key(options)}
    path = (folder or BANKS) / f"{number}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"kuis": entries}, ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
    return path


def kuis(quiz_id: str) -> Quiz:
    """The quiz ``quiz_id`` of a module, for example ``kuis("02-1")`` (put it last in a cell)."""
    number = str(quiz_id).split("-", 1)[0]
    quizzes = read_bank(number)
    if quiz_id not in quizzes:
        known = ", ".join(sorted(quizzes)) or "tidak ada"
        raise HumasAIError(f"Kuis {quiz_id!r} tidak ada. Kuis yang tersedia untuk modul "
                           f"{number}: {known}.")
    question, options = quizzes[quiz_id]
    return quiz(question, options)
