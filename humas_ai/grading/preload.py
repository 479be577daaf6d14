"""Importing this module warms the process for grading kernels (see :mod:`.warm`).

It exists for ``multiprocessing``'s forkserver, whose preload list takes module names.
"""

from humas_ai.grading.warm import warm_up

warm_up()
