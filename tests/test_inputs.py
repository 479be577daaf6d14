"""The shared check of text lists used by sentiment and clustering."""

import numpy as np
import pandas as pd
import pytest

from humas_ai.errors import HumasAIError
from humas_ai.inputs import field_counts, guess_separator, is_missing, text_list


class CustomError(HumasAIError):
    pass


def test_missing_values_become_empty_and_strings_stay():
    assert text_list(["a", None, float("nan"), ""]) == ["a", "", "", ""]


@pytest.mark.parametrize(
    ("texts", "message"),
    [("satu komentar", "daftar teks"), ([], "kosong"), (["ok", 3], "Isi ke-1 bukan teks")],
)
def test_bad_input_raises_the_given_error_type(texts, message):
    with pytest.raises(CustomError, match=message):
        text_list(texts, CustomError)


@pytest.mark.parametrize(("lines", "separator"), [
    (["kode,nama,instansi", "P01,Ani,Diskominfo"], ","),
    (["kode;nama;instansi", "P01;Ani, S.Sos;Diskominfo"], ";"),
    (["Diekspor dari Meta pada 1/1/2025", "teks\ttanggal", "Mantap, pak\t01/01/2025"], "\t"),
    (["teks|sentimen", "air mati|negatif", "terima kasih|positif"], "|"),
])
def test_guess_separator_picks_the_one_that_splits_lines_evenly(lines, separator):
    assert guess_separator(lines) == separator


def test_field_counts_respect_quotes():
    assert field_counts(['"Ani, S.Sos";Diskominfo', "", "P01;x;y"], ";") == [2, 3]


@pytest.mark.parametrize("value", [None, float("nan"), np.nan, np.float32("nan"), pd.NA, pd.NaT])
def test_empty_cells_are_missing(value):
    assert is_missing(value)


@pytest.mark.parametrize("value", ["", "nan", 0, 0.0, False, ["x"], pd.Series([None]),
                                   pd.Timestamp("2025-01-01")])
def test_text_numbers_and_collections_are_not_missing(value):
    assert not is_missing(value)
