"""The one setup line at the top of every module notebook.

    from humas_ai.classroom import setup; setup("00-pengenalan")

turns on Indonesian error explanations (:mod:`humas_ai.classroom.friendly`), fixes the
random seeds so every participant sees the same results, keeps the numeric
libraries on one thread (on a 2-core laptop that is busy with a browser,
their per-core default made one small model fit 10-20 times slower), and
prints one line saying the module is ready.
"""

from __future__ import annotations

import random

import numpy as np
from threadpoolctl import threadpool_limits

import humas_ai
from humas_ai.classroom import friendly

#: The seed every module uses (pass ``random_state=SEED`` to scikit-learn).
SEED = 42


def setup(module: str) -> None:
    """Prepare the kernel for ``module`` (for example ``"00-pengenalan"``)."""
    random.seed(SEED)
    np.random.seed(SEED)
    threadpool_limits(limits=1)
    shell = _shell()
    if shell is not None:
        friendly.enable(shell)
    number = module.split("-", 1)[0]
    code = str(shell.user_ns.get("KODE_PESERTA", "")).strip() if shell is not None else ""
    participant = f"Kode peserta: {code}." if code else (
        "Kode peserta belum diisi (jika Anda ikut kelas, isi KODE_PESERTA di sel pertama)."
    )
    print(f"Modul {number} siap. humas_ai versi {humas_ai.__version__}. {participant}")


def _shell():
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return None
    return get_ipython()
