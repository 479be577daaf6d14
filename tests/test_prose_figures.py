"""Figures stated in module prose and trainer notes agree with the data they describe.

Only figures that can be recomputed cheaply from the CSV files are checked here (row
counts, class shares, the "always negative" baseline of module 02); figures that depend
on a trained model are checked by reading the re-run notebook outputs, not here.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from sklearn.model_selection import train_test_split

from humas_ai.classroom import SEED
from humas_ai.classroom.quiz import read_bank
from humas_ai.data import load_dataset
from humas_ai.numbers import decimal

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "solutions"
TRAINER_NOTES = ROOT / "docs" / "pelatih" / "fasilitasi.md"

#: "3.797 komentar", "sekitar 3.700 komentar": a thousands-sized count of rows.
LARGE_COUNT = re.compile(r"(sekitar )?(\d{1,3}(?:\.\d{3})+) (komentar|berita)")
#: "826 berita" and the like: a hundreds-sized count of news items.
NEWS_COUNT = re.compile(r"\b(\d{3}) berita\b")


def _markdown(module: str) -> dict[str, str]:
    """Markdown cells of a solution notebook by cell id."""
    path = next((SOLUTIONS / module).glob("*.ipynb"))
    notebook = nbformat.read(path, as_version=4)
    return {cell.get("id"): cell.source for cell in notebook.cells if cell.cell_type == "markdown"}


def _prose() -> dict[str, str]:
    """Every markdown cell of every solution notebook, plus the trainer notes."""
    texts = {"fasilitasi.md": TRAINER_NOTES.read_text(encoding="utf-8")}
    for folder in sorted(SOLUTIONS.iterdir()):
        if folder.is_dir() and any(folder.glob("*.ipynb")):
            for cell_id, source in _markdown(folder.name).items():
                texts[f"{folder.name}#{cell_id}"] = source
    return texts


@pytest.fixture(scope="module")
def comments():
    return load_dataset("komentar_publik")


@pytest.fixture(scope="module")
def test_split(comments):
    """The test part of module 02's split (spam removed, 20%, stratified, SEED)."""
    kept = comments[comments["jenis"] != "spam"]
    _, held_out = train_test_split(kept, test_size=0.2, stratify=kept["sentimen"],
                                   random_state=SEED)
    return held_out


def test_thousand_sized_counts_match_the_data(comments):
    news = len(load_dataset("berita_isu"))
    exact = {"komentar": {len(comments), int((comments["jenis"] != "spam").sum())},
             "berita": {news}}
    for place, text in _prose().items():
        for about, figure, noun in LARGE_COUNT.findall(text):
            value = int(figure.replace(".", ""))
            if about:  # "sekitar 3.700": within 5% of a real count
                near = any(abs(value - real) <= 0.05 * real for real in exact[noun])
                assert near, f"{place}: about {figure} {noun}, data has {exact[noun]}"
            else:
                assert value in exact[noun], f"{place}: {figure} {noun}, data has {exact[noun]}"


def test_news_total_in_module_03_matches_the_data():
    news = len(load_dataset("berita_isu"))
    totals = [int(n) for text in _markdown("03-pengelompokan-isu").values()
              for n in NEWS_COUNT.findall(text) if int(n) >= 500]
    assert totals, "module 03 no longer states how many news items it clusters"
    assert set(totals) == {news}


def test_module_02_class_shares_match_the_split(test_split):
    sentence = _markdown("02-klasifikasi-sentimen")["md-12"]
    stated = {label: int(share) for share, label in
              re.findall(r"(\d+)% (negatif|positif|netral)", sentence)}
    shares = test_split["sentimen"].value_counts(normalize=True)
    assert stated == {label: round(100 * shares[label]) for label in stated}
    assert set(stated) == {"negatif", "positif", "netral"}


def _always_negative(test_split) -> tuple[float, float]:
    """Accuracy and macro-F1 of a model that answers "negatif" for every comment."""
    share = float((test_split["sentimen"] == "negatif").mean())
    f1_negative = 2 * share / (1 + share)
    return share, f1_negative / 3


def test_module_02_baseline_in_prose_and_quiz(test_split):
    accuracy, macro_f1 = _always_negative(test_split)
    prose = _markdown("02-klasifikasi-sentimen")["md-24"]
    assert f"akurasi {round(100 * accuracy)}%" in prose
    assert f"= {decimal(macro_f1, 2)}" in prose
    question, options = read_bank("02")["02-3"]
    assert f"akurasi {decimal(accuracy, 2)}" in question
    assert f"hanya {decimal(macro_f1, 2)}" in question
    explanations = " ".join(why for _, _, why in options)
    assert f"{round(100 * accuracy)}% komentar uji" in explanations
    assert f"= {decimal(macro_f1, 2)}" in explanations
