"""Numbers are written the Indonesian way wherever a person reads them."""

import math

import numpy as np
import pytest

from humas_ai.numbers import decimal, percent


@pytest.mark.parametrize(
    ("value", "digits", "expected"),
    [
        (0.9104, 3, "0,910"),
        (0.8, 2, "0,80"),
        (2667, 0, "2.667"),
        (-1234567.891, 2, "-1.234.567,89"),
        (np.float64(0.45), 2, "0,45"),
        (np.int64(12500), 0, "12.500"),
        (0.0, 1, "0,0"),
    ],
)
def test_decimal_comma_and_thousands_point(value, digits, expected):
    assert decimal(value, digits) == expected


def test_percent_and_missing_values():
    assert percent(0.4) == "40%"
    assert percent(0.125, 1) == "12,5%"
    assert percent(1) == "100%"
    assert decimal(math.nan, 2) == "–" and percent(float("nan")) == "–"


def test_number_keeps_the_decimals_a_value_has_in_indonesian_form():
    from humas_ai.numbers import number

    assert number(12.5) == "12,5"
    assert number(25.0) == "25"
    assert number(2667) == "2.667"
    assert number(1234.25) == "1.234,25"
    assert number(float("nan")) == "–"
