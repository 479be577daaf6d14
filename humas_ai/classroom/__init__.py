"""The classroom runtime: what a participant's notebook calls during the course.

Modules:
    start       the setup line at the top of every module notebook (seeds, one thread,
                Indonesian error explanations).
    friendly    Indonesian explanations of Python errors in the notebook.
    selfcheck   the participant's own checks of an answer (``check``, ``check_all``).
    quiz        short multiple-choice quizzes from the banks in ``quizzes/``.
    widgets     small interactive tools (sentiment tester, labelling one's own comments).
    submission  the last cell: check and save the notebook to hand in.
    identify    who sent a notebook and for which module (pure; the trainer's grading uses it too).

Every notebook starts with ``from humas_ai.classroom import setup; setup("00-pengenalan")``:
``setup`` and ``SEED`` are looked up in :mod:`humas_ai.classroom.start` only when asked for,
so importing one classroom module (the trainer imports ``identify``) stays cheap.
The classroom runtime may import the analysis toolkit, never the trainer tooling.
"""

_FROM_START = ("SEED", "setup")

__all__ = list(_FROM_START)


def __getattr__(name: str):
    if name in _FROM_START:
        from humas_ai.classroom import start

        return getattr(start, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
