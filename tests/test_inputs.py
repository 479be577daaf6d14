"""The shared check of text lists used by sentiment and clustering."""

import pytest

from humas_ai.errors import HumasAIError
from humas_ai.inputs import text_list


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
