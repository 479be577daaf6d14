"""Trainer tooling: grading participants' notebooks and planning the class day.

Modules:
    grading     collect submissions, autograde them in isolation, feedback and class report.
    agenda      the class-day agenda from the minutes declared in the released notebooks.
    cli         the ``humas-ai`` command, wiring the grading steps together.

The trainer tooling may import the analysis toolkit and the classroom runtime; neither of
them imports anything from here.  ``import humas_ai`` never imports this package.
"""
