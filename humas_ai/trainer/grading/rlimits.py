"""Memory and file-size limits of a grading process, inherited by its kernel.

Linux and macOS only (``resource.setrlimit``); Windows has neither, and there only the
time limits apply (see docs/penilaian.md).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from humas_ai.trainer.grading.job import Limits


def _own_address_space() -> int:
    """Bytes of address space this process uses now (Linux; 0 where unknown)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def apply_limits(limits: Limits) -> None:
    """Limit this process's address space and the size of any file it writes."""
    try:
        import resource
    except ImportError:  # Windows
        return
    for name, megabytes in (("RLIMIT_AS", limits.memory_mb), ("RLIMIT_FSIZE", limits.file_mb)):
        kind = getattr(resource, name, None)
        if kind is None:
            continue
        value = megabytes * 1024 * 1024
        if name == "RLIMIT_AS":  # a forked child already holds its parent's address space
            value = max(value, _own_address_space() + 1024 * 1024 * 1024)
        # macOS refuses some limits; the time limits still hold there.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(kind, (value, value))
