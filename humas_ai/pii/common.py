"""Small helpers shared by the personal-data detectors."""

from __future__ import annotations

import calendar

# How far in front of a number a cue word ("NIK", "NIP") may stand.
CUE_WINDOW = 30


def word_set(words: str) -> frozenset[str]:
    """Build a set from a whitespace-separated word list (keeps long lists readable)."""
    return frozenset(words.split())


def valid_date(day: int, month: int, year: int | None = None) -> bool:
    """True when ``day``/``month`` exist (any year divisible by 4 counts as a leap year)."""
    if not 1 <= month <= 12:
        return False
    if year is None:
        year = 2000
    leap_probe = 2000 if year % 4 == 0 else 2001
    return 1 <= day <= calendar.monthrange(leap_probe, month)[1]
