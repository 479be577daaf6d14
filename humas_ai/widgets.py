"""Live widgets for the module notebooks.

:func:`sentiment_tester` puts a fitted sentiment model behind a text box:
type a comment, press Enter or click the button, and see the predicted label,
the probability of each class and the words that pushed the prediction (from
:func:`humas_ai.sentiment.explain`)::

    from humas_ai.widgets import sentiment_tester
    sentiment_tester(model)          # last line of a cell

Where widgets cannot render (nbval, a static page, a terminal) the same
object shows the result for its example comment as plain text or HTML
instead of a widget placeholder, like :mod:`humas_ai.quiz`.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
from sklearn.exceptions import NotFittedError
from sklearn.utils.validation import check_is_fitted

from humas_ai import report, sentiment
from humas_ai.errors import HumasAIError
from humas_ai.numbers import percent

#: Shown in the box until the participant types their own comment.
DEFAULT_EXAMPLE = "Mantap, jalan berlubang sekarang jadi kolam ikan"

_EMPTY = "Ketik sebuah komentar di kotak, lalu tekan Enter atau klik tombol Tebak sentimen."
_STATIC_NOTE = "(Buka notebook ini di JupyterLab untuk mengetik komentar Anda sendiri.)"


class SentimentTester(widgets.VBox):
    """Text box, button and result panel around a fitted model with ``predict_proba``."""

    def __init__(self, model, example: str = DEFAULT_EXAMPLE, top: int = 3):
        self.model = model
        self.top = top
        self.box = widgets.Text(
            value=example,
            placeholder="Ketik komentar warga di sini",
            description="Komentar:",
            continuous_update=False,  # re-run on Enter or when the box loses focus
            layout=widgets.Layout(width="70%"),
        )
        self.button = widgets.Button(description="Tebak sentimen", button_style="primary")
        self.result = widgets.HTML()
        self.button.on_click(lambda _button: self.show())
        self.box.observe(lambda _change: self.show(), names="value")
        title = widgets.HTML("<b>Penguji sentimen langsung</b>")
        super().__init__(children=[title, widgets.HBox([self.box, self.button]), self.result])
        self.show()

    def lines(self, text: str | None = None) -> list[str]:
        """The verdict for ``text`` (default: the text in the box) as Indonesian lines.

        Never raises: an empty text or a model error becomes a message.
        """
        text = self.box.value if text is None else text
        if not isinstance(text, str) or not text.strip():
            return [_EMPTY]
        try:
            explanation = sentiment.explain(self.model, text)
        except HumasAIError as error:
            return [str(error)]
        except Exception as error:  # noqa: BLE001 - a widget callback must not fail silently
            return [f"Model tidak dapat menilai komentar ini ({type(error).__name__}: {error})."]
        shares = explanation.probabilities
        ordered = report.order_labels(shares.index)
        return [
            f"Komentar: “{text.strip()}”",
            explanation.summary(top=self.top),
            "Peluang per kelas: " + " · ".join(f"{label} {percent(shares[label])}"
                                               for label in ordered),
        ]

    def show(self) -> None:
        """Judge the text in the box and put the verdict in the result panel."""
        self.result.value = "<br>".join(html.escape(line) for line in self.lines())

    def text(self) -> str:
        """The tester as plain text (shown where widgets cannot render)."""
        return "\n".join(["Penguji sentimen langsung", *self.lines(), _STATIC_NOTE])

    def html(self) -> str:
        """The tester as static HTML."""
        body = "<br>".join(html.escape(line) for line in self.lines())
        return (f"<p><b>Penguji sentimen langsung</b></p><p>{body}</p>"
                f"<p><i>{html.escape(_STATIC_NOTE)}</i></p>")

    def _repr_mimebundle_(self, **kwargs):
        data = super()._repr_mimebundle_(**kwargs) or {}
        data["text/plain"] = self.text()
        data["text/html"] = self.html()
        return data


def sentiment_tester(model, example: str = DEFAULT_EXAMPLE, top: int = 3) -> SentimentTester:
    """A live tester for a fitted sentiment ``model`` (put the call last in a cell).

    The model must take raw texts and have ``predict_proba`` (for example a
    pipeline ending in ``LogisticRegression`` or ``MultinomialNB``, or
    :func:`humas_ai.sentiment.make_pipeline`), and it must be fitted.
    ``example`` fills the box at first; ``top`` is how many words are named.
    """
    if not hasattr(model, "predict_proba"):
        raise HumasAIError(
            "Model ini tidak dapat memberi peluang per kelas (tidak punya predict_proba). "
            "Pakai model yang diakhiri LogisticRegression atau MultinomialNB."
        )
    try:
        check_is_fitted(model)
    except NotFittedError:
        raise HumasAIError(
            "Model belum dilatih. Latih dulu, misalnya model.fit(latih['teks'], "
            "latih['sentimen']), lalu jalankan sel ini lagi."
        ) from None
    return SentimentTester(model, example=example, top=top)
