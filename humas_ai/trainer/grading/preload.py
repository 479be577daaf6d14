"""Importing this module warms the process for grading kernels (see :mod:`.warm`).

It exists for ``multiprocessing``'s forkserver, whose preload list takes module names and
which stops on any error but ``ImportError``: a failed warm-up only makes grading slower.
"""

import sys

from humas_ai.trainer.grading.warm import warm_up

try:
    warm_up()
except Exception as error:  # noqa: BLE001 - grading must go on with cold kernels
    print(f"Peringatan: persiapan awal penilaian gagal ({type(error).__name__}: {error}). "
          "Penilaian tetap berjalan, hanya lebih lambat.", file=sys.stderr)
