"""The nbgrader configuration of one grading job: the course's own file plus the kit's
limits and cell handling (time per cell, output caps, restored test cells)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from humas_ai.trainer.grading import nbgrader_adapter as nbgrader
from humas_ai.trainer.grading.job import Limits


def grading_config(course_config: Path, limits: Limits, **overrides):
    """nbgrader config: the course's own file plus the kit's limits and cell handling."""
    from traitlets.config import Config

    config = nbgrader.load_config(course_config)
    extra = Config()
    extra.Execute.timeout = limits.cell_timeout
    extra.Execute.interrupt_on_timeout = True
    extra.Execute.allow_errors = True
    # The kernel's own notices (such as "running over TCP without encryption" on the loopback
    # interface) mean nothing to a trainer; its errors still show.  A grading kernel keeps
    # no IPython history: participants' code does not belong in the trainer's history file,
    # and kernels running side by side would wait on its lock.  Errors are shown as plain
    # Python tracebacks: IPython's default, with source context and colours, takes a
    # tenth of a second or more per failing cell, and an unfinished notebook has many.
    # The feedback pages show only the error's last line either way.
    extra.Execute.extra_arguments = ["--IPKernelApp.log_level=ERROR",
                                     "--HistoryManager.enabled=False",
                                     "--InteractiveShell.xmode=Plain"]
    # Nothing in a participant's notebook needs to run after its last cell (no atexit hooks
    # to wait for): the kernel is stopped at once, and its process group killed afterwards.
    extra.Execute.shutdown_kernel = "immediate"
    extra.OverwriteCells.add_missing_cells = True
    extra.LimitOutput.max_lines = limits.output_lines
    extra.CapOutputSize.max_chars = limits.output_chars
    extra.Exchange.root = tempfile.gettempdir()  # only checked, never written: no warning
    extra.Autograde.autograde_preprocessors = _with_size_cap(config)
    for dotted, value in overrides.items():
        section, name = dotted.split("__")
        extra[section][name] = value
    config.merge(extra)
    return config


def _with_size_cap(config) -> list:
    """nbgrader's autograde steps with :class:`CapOutputSize` right after ``LimitOutput``."""
    from humas_ai.trainer.grading.limit import CapOutputSize

    limit_output = nbgrader.limit_output_step()
    chain = list(config.Autograde.get("autograde_preprocessors")
                 or nbgrader.default_autograde_steps())
    if CapOutputSize not in chain:
        chain.insert(chain.index(limit_output) + 1 if limit_output in chain else len(chain),
                     CapOutputSize)
    return chain
