"""humas_ai.classroom.identify: who sent a notebook and for which module, from its content."""

import pytest

from humas_ai.classroom.identify import (
    FIRST_CODE_CELLS,
    cell_source,
    code_cells,
    grade_ids,
    is_valid_code,
    module_of,
    nbgrader_metadata,
    normalise_code,
    participant_code,
)


def _code(source, **nbgrader):
    return {"cell_type": "code", "source": source, "outputs": [],
            "metadata": {"nbgrader": nbgrader} if nbgrader else {}}


def _markdown(source, **nbgrader):
    return {"cell_type": "markdown", "source": source,
            "metadata": {"nbgrader": nbgrader} if nbgrader else {}}


@pytest.mark.parametrize(("raw", "code"), [
    (" p07 ", "P07"), ("P07", "P07"), ("dinas-02", "DINAS-02"), (None, ""), ("", ""), (7, "7"),
])
def test_codes_are_stripped_and_upper_case(raw, code):
    assert normalise_code(raw) == code


@pytest.mark.parametrize(("code", "valid"), [
    ("P07", True), ("A", True), ("KALTIM_2025.P-01", True), ("X" * 40, True),
    ("", False), ("X" * 41, False), ("P 07", False), ("../P07", False), ("P..07", False),
    ("-P07", False), ("P07/", False), ("Péserta", False),
])
def test_a_valid_code_is_safe_as_a_folder_name(code, valid):
    assert is_valid_code(code) is valid


def test_the_code_is_read_from_an_assignment_near_the_top_with_either_quote():
    notebook = {"cells": [_markdown('KODE_PESERTA = "M01"'),
                          _code("import pandas as pd"),
                          _code("  KODE_PESERTA = 'p07'  # isi kode Anda")]}
    assert participant_code(notebook) == "P07"
    notebook["cells"][2] = _code(["# petunjuk\n", 'KODE_PESERTA = " p08 "\n'])
    assert participant_code(notebook) == "P08"


def test_an_empty_code_and_a_missing_code_are_told_apart():
    assert participant_code({"cells": [_code('KODE_PESERTA = ""')]}) == ""
    assert participant_code({"cells": [_code("print('halo')")]}) is None
    assert participant_code({"cells": [_code("# KODE_PESERTA = 'P01'")]}) is None
    assert participant_code({}) is None


def test_only_the_first_code_cells_are_searched():
    filler = [_code("x = 1") for _ in range(FIRST_CODE_CELLS)]
    assert participant_code({"cells": [*filler, _code('KODE_PESERTA = "P01"')]}) is None
    assert participant_code({"cells": [*filler[1:], _code('KODE_PESERTA = "P01"')]}) == "P01"


def test_code_cells_skip_markdown_and_broken_cells():
    cells = [_markdown("a"), _code("b"), "bukan sel", {"cell_type": "code", "source": "c"}]
    assert [cell["source"] for cell in code_cells({"cells": cells})] == ["b", "c"]
    assert code_cells({"cells": None}) == []


def test_grade_ids_in_notebook_order_without_unmarked_cells():
    notebook = {"cells": [_code("x", grade_id="jawaban_a", solution=True), _markdown("teks"),
                          _markdown("j", grade_id="refleksi"), "rusak",
                          _code("t", grade_id="tes_a", grade=True), _code("y", grade_id="")]}
    assert grade_ids(notebook) == ["jawaban_a", "refleksi", "tes_a"]


MODULES = {"01-teks": ["jawaban_a", "tes_a", "tes_b"], "02-sentimen": ["tes_b", "tes_c"]}


def test_the_module_named_in_the_metadata_wins_when_it_is_known():
    notebook = {"metadata": {"kelas_ai_humas": {"modul": "02-sentimen"}},
                "cells": [_code("x", grade_id="jawaban_a"), _code("t", grade_id="tes_a")]}
    assert module_of(notebook, MODULES) == "02-sentimen"


def test_otherwise_the_module_sharing_most_cells_is_chosen():
    cells = [_code("x", grade_id="jawaban_a"), _code("t", grade_id="tes_b")]
    unknown = {"metadata": {"kelas_ai_humas": {"modul": "99-lain"}}, "cells": cells}
    assert module_of(unknown, MODULES) == "01-teks"
    assert module_of({"cells": [_code("t", grade_id="tes_c")]}, MODULES) == "02-sentimen"
    assert module_of({"metadata": {"kelas_ai_humas": "rusak"}, "cells": cells},
                     MODULES) == "01-teks"


def test_a_notebook_sharing_no_cell_belongs_to_no_module():
    assert module_of({"cells": [_code("x", grade_id="lain")]}, MODULES) is None
    assert module_of({"cells": []}, MODULES) is None


def test_cell_readers_accept_both_source_forms_and_missing_metadata():
    assert cell_source({"source": ["a = 1\n", "b = 2"]}) == "a = 1\nb = 2"
    assert cell_source({"source": "x"}) == "x" and cell_source({}) == ""
    assert nbgrader_metadata(_code("x", grade_id="a", points=5)) == {"grade_id": "a", "points": 5}
    for cell in ({}, {"metadata": None}, {"metadata": {"nbgrader": "rusak"}}, "bukan sel"):
        assert nbgrader_metadata(cell) == {}
