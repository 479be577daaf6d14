"""Trainer-side grading: collect submissions, autograde them in isolation, report.

Each step is one small module; :mod:`humas_ai.trainer.cli` wires them into ``humas-ai``.
Importing this package is cheap (nbgrader is imported only by the steps that need it).
"""
