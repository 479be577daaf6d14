"""Numbers as an Indonesian reader writes them: decimal comma, thousands point.

    >>> decimal(0.9104, 3)
    '0,910'
    >>> decimal(2667)
    '2.667'
    >>> percent(0.125, 1)
    '12,5%'

Every message that shows a number to a participant or trainer formats it here, so one
screen never mixes ``0.910`` with ``0,80``.
"""

from __future__ import annotations

import math
from numbers import Real


def decimal(value: Real, digits: int = 0) -> str:
    """``value`` rounded to ``digits`` decimals, with a decimal comma and thousands points.

    Not-a-number (an empty average, for example) is written as a dash.
    """
    number = float(value)
    if math.isnan(number):
        return "–"
    text = f"{number:,.{digits}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def number(value: Real) -> str:
    """``value`` with as many decimals as it has (up to 6): ``12.5`` is ``'12,5'``, ``2667`` is
    ``'2.667'``."""
    number = float(value)
    if math.isnan(number):
        return "–"
    text = f"{number:,.6f}".rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def percent(share: Real, digits: int = 0) -> str:
    """A share between 0 and 1 as a percentage, for example ``percent(0.4)`` is ``'40%'``."""
    number = float(share)
    return "–" if math.isnan(number) else f"{decimal(100 * number, digits)}%"
