"""Run every benchmark script in bench/ in turn and print their figures.

    .venv/bin/python bench/run_all.py

real_text.py reads the public corpora (see humas_ai.corpora: ../shared/data/public-corpora
beside a checkout, or HUMAS_AI_KORPUS) and fails with an Indonesian message without them.
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failures = 0
    for script in sorted(HERE.glob("*.py")):
        if script.name.startswith("_") or script.name == Path(__file__).name:
            continue
        print(f"\n=== {script.name} ===", flush=True)
        failures += subprocess.run([sys.executable, str(script)]).returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
