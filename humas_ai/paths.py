"""Where the bundled datasets and lexicons live.

In a repository checkout (editable install) they are in ``datasets/`` at the
repository root.  In an installed wheel they ship inside the package as
``humas_ai/_datasets`` (see ``[tool.hatch.build.targets.wheel.force-include]``
in ``pyproject.toml``).
"""

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def datasets_dir() -> Path:
    """Return the folder that holds the bundled datasets and lexicons."""
    for candidate in (_PACKAGE_DIR / "_datasets", _PACKAGE_DIR.parent / "datasets"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "Folder data bawaan tidak ditemukan. Pasang ulang paket dengan "
        "'pip install humas-ai' atau jalankan dari folder repositori Kelas AI Humas."
    )
