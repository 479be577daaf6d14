"""humas_ai.trainer.grading.rlimits: the memory and file-size limits of a grading process."""

import errno
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="setrlimit limits are checked on Linux")

SCRIPT = """
import resource, sys
from humas_ai.trainer.grading.job import Limits
from humas_ai.trainer.grading.rlimits import apply_limits
apply_limits(Limits(memory_mb=64, file_mb=1))
print(resource.getrlimit(resource.RLIMIT_FSIZE)[0], resource.getrlimit(resource.RLIMIT_AS)[0],
      flush=True)
with open(sys.argv[1], "wb") as handle:
    handle.write(b"x" * 512 * 1024)
    handle.flush()
    print("small file written", flush=True)
    handle.write(b"x" * 2 * 1024 * 1024)
    handle.flush()
print("large file written", flush=True)
"""


def test_a_grading_process_cannot_write_past_its_file_limit_and_keeps_room_to_run(tmp_path):
    target = tmp_path / "besar.bin"
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(target)], capture_output=True,
                            text=True, timeout=60)
    lines = result.stdout.splitlines()
    file_limit, memory_limit = (int(value) for value in lines[0].split())
    assert file_limit == 1024 * 1024
    # a forked child already holds its parent's address space: the limit leaves 1 GiB more
    assert memory_limit > 1024 ** 3
    assert lines[1:] == ["small file written"]
    assert result.returncode == 1 and f"[Errno {errno.EFBIG}]" in result.stderr  # too large
    assert target.stat().st_size <= 1024 * 1024
