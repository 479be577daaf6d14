"""Repository-wide pytest hooks for the notebooks in solutions/ and modules/.

pyproject.toml makes pytest collect every notebook there with nbval.  These
hooks mark each notebook cell ``slow`` (so ``make test-quick`` skips them)
and start nbval's kernels with the network closed off (see
``tests.notebook_tools.offline_env``).  Kept at the root so they apply however
pytest is started (``pytest``, ``pytest solutions/...``, ``python -m pytest``).
"""

import os

import pytest

from tests.notebook_tools import offline_env


def _is_notebook_cell(item) -> bool:
    return item.path.suffix == ".ipynb"


def pytest_collection_modifyitems(items):
    for item in items:
        if _is_notebook_cell(item):
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    """nbval starts a notebook's kernel while setting up its first cell: start it offline."""
    if not _is_notebook_cell(item):
        yield
        return
    saved = dict(os.environ)
    os.environ.update(offline_env())
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)
