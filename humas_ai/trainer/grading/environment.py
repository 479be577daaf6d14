"""The process environment of grading: what a grading kernel inherits, which warnings hide."""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

#: Environment variables a grading kernel must not inherit (the trainer's own session).
_DROPPED_ENV = ("JPY_SESSION_NAME", "JPY_PARENT_PID", "JUPYTER_SERVER_ROOT")
_CLOSED_PROXY = "http://127.0.0.1:9"


def kernel_environment(base: dict[str, str]) -> dict[str, str]:
    """The environment a grading kernel gets: one thread per library, no network proxy hole."""
    env = {key: value for key, value in base.items() if key not in _DROPPED_ENV}
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env[name] = "1"
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        env[name] = env[name.upper()] = _CLOSED_PROXY
    env["no_proxy"] = env["NO_PROXY"] = "localhost,127.0.0.1,::1"
    env["MPLBACKEND"] = "Agg"
    scripts = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(filter(None, [scripts, env.get("PATH", "")]))
    return env


def quiet_library_warnings() -> None:
    """Hide warnings meant for nbgrader's developers (SQLAlchemy sessions), not the trainer."""
    warnings.filterwarnings("ignore", module="sqlalchemy")
    warnings.filterwarnings("ignore", message=".*not in session.*")
