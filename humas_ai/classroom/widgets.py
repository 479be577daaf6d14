"""Live widgets for the module notebooks.

:func:`sentiment_tester` puts a fitted sentiment model behind a text box:
type a comment, press Enter or click the button, and see the predicted label,
the probability of each class and the words that pushed the prediction (from
:func:`humas_ai.sentiment.explain`)::

    from humas_ai.classroom.widgets import sentiment_tester
    sentiment_tester(model)          # last line of a cell

Where widgets cannot render (nbval, a static page, a terminal) the same
object shows the result for its example comment as plain text or HTML
instead of a widget placeholder, like :mod:`humas_ai.classroom.quiz`.
"""

from __future__ import annotations

import html
from pathlib import Path

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


# ---------------------------------------------------------------------------
# "Cek di data Anda sendiri": label a sample of one's own comments
# ---------------------------------------------------------------------------

_BUTTON_STYLES = {"positif": "success", "netral": "info", "negatif": "danger", "lewati": ""}
_LABELLER_TITLE = "Cek di data Anda sendiri"
_LABELLER_NOTE = ("(Buka notebook ini di JupyterLab untuk memberi label dengan tombol; "
                  "label yang sudah ada tetap tersimpan di file.)")


class OwnLabeller(widgets.VBox):
    """One comment at a time with buttons positif/netral/negatif/lewati.

    Every click is written to the label file at once (see
    :class:`humas_ai.own_check.LabelFile`), so a kernel restart loses nothing; a new
    labeller on the same file resumes at the first comment without a label.  The
    model's own verdict is not shown, so it cannot sway the participant.
    """

    def __init__(self, labels):
        from humas_ai import own_check

        self.labels = labels
        self.position = labels.next_position()
        self.header = widgets.HTML()
        self.progress = widgets.IntProgress(min=0, max=max(len(labels), 1),
                                            layout=widgets.Layout(width="50%"))
        self.comment = widgets.HTML(layout=widgets.Layout(min_height="3em"))
        self.buttons = {}
        for choice in own_check.CHOICES:
            button = widgets.Button(description=choice.capitalize(),
                                    button_style=_BUTTON_STYLES[choice],
                                    tooltip=f"Beri label '{choice}' lalu lanjut")
            button.on_click(lambda _button, choice=choice: self.choose(choice))
            self.buttons[choice] = button
        self.back = widgets.Button(description="« Sebelumnya",
                                   tooltip="Kembali ke komentar sebelumnya untuk mengubah label")
        self.back.on_click(lambda _button: self.go_back())
        self.status = widgets.HTML()
        super().__init__(children=[
            self.header, self.progress, self.comment,
            widgets.HBox([*self.buttons.values(), self.back]), self.status,
        ])
        self.message = ""
        self.refresh()

    def choose(self, label: str) -> None:
        """Give the shown comment ``label``, save at once, and move to the next one."""
        if self.position is None:
            return
        try:
            self.labels.set_label(self.position, label)
        except HumasAIError as error:
            self.message = str(error)
        else:
            self.message = f"Tersimpan: komentar {self.position + 1} = {label}."
            self.position = self.labels.next_position(start=self.position + 1)
        self.refresh()

    def go_back(self) -> None:
        """Show the previous comment again (its label can be changed)."""
        current = len(self.labels) if self.position is None else self.position
        self.position = max(current - 1, 0)
        self.message = ""
        self.refresh()

    def lines(self) -> list[str]:
        """The state of the labeller as Indonesian lines (also used where widgets cannot show)."""
        done, total = self.labels.done, len(self.labels)
        lines = [f"{done} dari {total} komentar sudah dilabeli. "
                 f"Setiap klik langsung tersimpan di {self.labels.path}."]
        if self.position is None:
            lines.append("Selesai: semua komentar sudah dilabeli. Jalankan sel berikutnya untuk "
                         "melihat ketepatan model pada data Anda.")
        else:
            given = self.labels.frame.loc[self.position, "label"]
            lines.append(f"Komentar {self.position + 1} dari {total}"
                         + (f" (label Anda sekarang: {given})" if given else "") + ":")
        if self.message:
            lines.append(self.message)
        return lines

    def current_text(self) -> str | None:
        return None if self.position is None else \
            str(self.labels.frame.loc[self.position, "teks"])

    def refresh(self) -> None:
        lines = self.lines()
        self.header.value = f"<b>{_LABELLER_TITLE}</b><br>{html.escape(lines[0])}"
        self.progress.value = self.labels.done
        text = self.current_text()
        self.comment.value = (
            f"<p>{html.escape(lines[1])}</p>" + (
                f'<blockquote style="font-size:1.1em;margin:0.5em 0">{html.escape(text)}'
                "</blockquote>" if text is not None else ""))
        for button in self.buttons.values():
            button.disabled = self.position is None
        self.back.disabled = self.position == 0
        self.status.value = "<br>".join(html.escape(line) for line in lines[2:])

    def text(self) -> str:
        """The labeller as plain text (shown where widgets cannot render)."""
        lines = self.lines()
        text = self.current_text()
        if text is not None:
            lines.insert(2, f"“{text}”")
        return "\n".join([_LABELLER_TITLE, *lines, _LABELLER_NOTE])

    def html(self) -> str:
        body = "<br>".join(html.escape(line) for line in self.text().splitlines()[1:])
        return f"<p><b>{_LABELLER_TITLE}</b></p><p>{body}</p>"

    def _repr_mimebundle_(self, **kwargs):
        data = super()._repr_mimebundle_(**kwargs) or {}
        data["text/plain"] = self.text()
        data["text/html"] = self.html()
        return data


def own_labeller(texts=None, model=None, path=None, *, n: int | None = None,
                 seed: int | None = None, threshold: float | None = None,
                 exclude=()) -> OwnLabeller:
    """The labeller for the participant's own comments (put the call last in a cell).

    The first time, it draws ``n`` comments (default 50) from ``texts``, stratified
    by the ``model``'s verdict (default: :func:`humas_ai.sentiment.train_default`),
    and writes them to ``path`` (default ``hasil/label_sendiri.csv``).  Afterwards it
    resumes that file, whatever ``texts`` are; to start afresh, use another file name.
    ``exclude`` holds keys of comments labelled before (a second round), for example
    ``own_check.read_labels("hasil/label_sendiri.csv")["kunci"]``.
    """
    from humas_ai import own_check

    path = own_check.DEFAULT_FILE if path is None else path
    options = {"n": own_check.DEFAULT_SIZE if n is None else n,
               "seed": own_check.DEFAULT_SEED if seed is None else seed,
               "threshold": threshold, "exclude": exclude}
    if model is None and not Path(path).exists() and texts is not None:
        model = sentiment.train_default()
    labels = own_check.LabelFile.open_or_create(path, texts, model, **options)
    return OwnLabeller(labels)
