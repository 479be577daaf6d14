"""Short multiple-choice quizzes whose every option explains itself.

:func:`quiz` shows a question with one button per option.  Clicking an
option tells the participant whether it is right and *why*, for wrong
options too.  Where widgets cannot render (nbval, a static page, a terminal)
the same object shows a readable text or HTML version instead of a widget
placeholder.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as widgets

from humas_ai.errors import HumasAIError

_LETTERS = "ABCDEFGH"
_RIGHT, _WRONG = "✅ Benar.", "❌ Belum tepat."


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
                f"{html.escape(self.verdict(index))}</details>"
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
    Put the call last in a cell so Jupyter shows it.
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
