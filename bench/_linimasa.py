"""The linimasa_isu timeline rebuilt with another seed, shared by the module 06 benches."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

BUILD = Path(__file__).resolve().parent.parent / "datasets" / "build" / "linimasa_isu.py"


def rebuilt(seed: int) -> pd.DataFrame:
    """The timeline built with another seed, read like load_dataset('linimasa_isu')."""
    spec = importlib.util.spec_from_file_location("_linimasa_build", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    table = pd.DataFrame(module.assemble(seed))
    table["waktu"] = pd.to_datetime(table["waktu"], format="%Y-%m-%d %H:%M")
    return table
