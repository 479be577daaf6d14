"""Build the offline install bundle a trainer copies to flash disks.

    python tools/build_bundle.py --book _build/html --out dist/bundle [--platforms linux windows]

The bundle holds, for each platform, a wheel of every package pinned in
``requirements.lock`` (CPython 3.11), the kit's own wheel, the participant
notebooks (released afresh from ``solutions/``), the built book, and install/start
scripts that install with ``pip --no-index --find-links`` (no internet).  Wheels that
fit every platform (``*-none-any.whl``) are stored once in ``wheels/umum``.

``pip download --platform`` evaluates environment markers for the machine it
runs on, not for the target, so the markers in the lock are resolved here for
each target platform and written to ``requirements-<platform>.txt``.

Where a package has no wheel for a platform its source distribution is
downloaded instead and listed in ``bundle.json`` under ``sdists``.

``--corpora FOLDER`` copies the public corpora (``../shared/data/public-corpora`` in
``make bundle``) to ``korpus/`` in the bundle, beside the kit's ``.venv``, where
``humas_ai.corpora`` finds them with no download.
This script does not import humas_ai.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from build_book import release
from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
PYTHON_VERSION = "3.11"
#: pip checks Requires-Python against this (some pins need 3.11.5 or newer).
PYTHON_FULL_VERSION = "3.11.9"

#: Platform name -> (pip --platform tags, marker environment overrides).
PLATFORMS: dict[str, tuple[list[str], dict[str, str]]] = {
    "windows": (
        ["win_amd64"],
        {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
         "platform_machine": "AMD64"},
    ),
    # Apple Silicon (M1 and later) on macOS 12 or newer.
    "macos": (
        ["macosx_12_0_arm64"],
        {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
         "platform_machine": "arm64"},
    ),
    # Intel Macs on macOS 10.15 or newer.
    "macos-intel": (
        ["macosx_10_15_x86_64"],
        {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
         "platform_machine": "x86_64"},
    ),
    "linux": (
        # pip does not widen a manylinux_2_28 tag to the older ones: list them.
        ["manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64",
         "manylinux_2_5_x86_64", "manylinux1_x86_64"],
        {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
         "platform_machine": "x86_64"},
    ),
}
DEFAULT_PLATFORMS = ["windows", "macos", "linux"]
COMMON = "umum"


def marker_environment(platform: str) -> dict[str, str]:
    env = default_environment()
    env.update({
        "python_version": PYTHON_VERSION,
        "python_full_version": PYTHON_FULL_VERSION,
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    })
    env.update(PLATFORMS[platform][1])
    return env


def resolve_lock(lock: Path, platform: str) -> list[str]:
    """The pins of ``lock`` that apply on ``platform``, markers removed (``name==version``)."""
    env = marker_environment(platform)
    pins = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if not text or text.startswith("#") or line[:1].isspace():
            continue
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate(env):
            pins.append(f"{requirement.name}{requirement.specifier}")
    return sorted(pins, key=str.lower)


def _pip(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
               "--no-deps", "-q", *args]
    return subprocess.run(command, capture_output=True, text=True)


NO_MATCH = re.compile(r"No matching distribution found for (\S+)")


def download(pins: list[str], platform: str, target: Path) -> list[str]:
    """Download a wheel per pin for ``platform`` into ``target``; return pins fetched as sdist.

    pip resolves the whole list before downloading and stops at the first pin without a
    wheel; that pin's source distribution is fetched and the list is tried again.
    """
    target.mkdir(parents=True, exist_ok=True)
    tags = [arg for tag in PLATFORMS[platform][0] for arg in ("--platform", tag)]
    binary = ["--only-binary=:all:", *tags, "--python-version", PYTHON_FULL_VERSION,
              "--implementation", "cp", "--abi", "cp311", "--abi", "abi3", "--abi", "none",
              "-d", str(target)]
    remaining = list(pins)
    sdists: list[str] = []
    requirements = target.parent / f"_pins-{platform}.txt"
    while remaining:
        requirements.write_text("\n".join(remaining) + "\n", encoding="utf-8")
        result = _pip(*binary, "-r", str(requirements))
        requirements.unlink()
        if result.returncode == 0:
            break
        match = NO_MATCH.search(result.stderr)
        if match is None or match[1] not in remaining:
            raise SystemExit(f"Unduhan untuk {platform} gagal:\n{result.stderr}")
        pin = match[1]
        fallback = _pip("--no-binary=:all:", "-d", str(target), pin)
        if fallback.returncode != 0:
            raise SystemExit(f"{pin} tidak dapat diunduh untuk {platform}:\n{fallback.stderr}")
        sdists.append(pin)
        remaining.remove(pin)
    return sdists


def share_pure_wheels(wheels: Path, platforms: list[str]) -> None:
    """Move ``*-none-any.whl`` files to ``wheels/umum`` so each is stored once."""
    common = wheels / COMMON
    common.mkdir(parents=True, exist_ok=True)
    for platform in platforms:
        for wheel in (wheels / platform).glob("*-none-any.whl"):
            destination = common / wheel.name
            if destination.exists():
                wheel.unlink()
            else:
                wheel.rename(destination)


def build_kit_wheel(target: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(target), str(ROOT)],
        check=True,
    )
    return next(target.glob("humas_ai-*.whl"))


INSTALL_SH = """#!/bin/sh
# Memasang Kelas AI Humas dari paket luring, tanpa internet (macOS dan Linux).
set -e
cd "$(dirname "$0")"
case "$(uname -s)-$(uname -m)" in
  Darwin-arm64) PLATFORM=macos ;;
  Darwin-*) PLATFORM=macos-intel ;;
  *) PLATFORM=linux ;;
esac
if [ ! -d "wheels/$PLATFORM" ]; then
  echo "Paket ini tidak memuat berkas untuk $PLATFORM. Minta paket yang sesuai kepada pelatih."
  exit 1
fi
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3 || true)}"
if [ -z "$PYTHON" ] || ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  echo "Python 3.11 tidak ditemukan. Pasang Python 3.11, lalu jalankan lagi: sh install.sh"
  exit 1
fi
echo "Memasang Kelas AI Humas untuk $PLATFORM (3-10 menit, tanpa internet)..."
"$PYTHON" -m venv .venv
.venv/bin/python -m pip install --disable-pip-version-check -q --no-index \\
  --find-links "wheels/$PLATFORM" --find-links wheels/umum -r "requirements-$PLATFORM.txt"
.venv/bin/python -m pip install --disable-pip-version-check -q --no-index --no-deps \\
  --find-links wheels/umum humas-ai
echo "Pemasangan selesai. Untuk membuka JupyterLab, ketik: sh mulai.sh"
"""

#: The participant's JupyterLab settings (no nbgrader menus, no news pop-up), as in `make lab`.
LAB_CONFIG = "lab-config/peserta"

START_SH = """#!/bin/sh
# Membuka JupyterLab pada folder modules/ (tanpa menu dan panel khusus pelatih).
cd "$(dirname "$0")"
JUPYTER_CONFIG_PATH="$(pwd)/lab-config/peserta" exec .venv/bin/jupyter lab \\
  --ServerApp.root_dir=modules
"""

INSTALL_BAT = r"""@echo off
rem Memasang Kelas AI Humas dari paket luring, tanpa internet (Windows).
setlocal
cd /d "%~dp0"
set "PY="
py -3.11 -c "import sys" >nul 2>&1 && set "PY=py -3.11"
if not defined PY (
  python -c "import sys; sys.exit(sys.version_info[:2] != (3, 11))" >nul 2>&1 && set "PY=python"
)
if not defined PY (
  echo Python 3.11 tidak ditemukan. Pasang Python 3.11 dan centang "Add python.exe to PATH",
  echo lalu klik dua kali install.bat lagi.
  pause
  exit /b 1
)
echo Memasang Kelas AI Humas (3-10 menit, tanpa internet)...
%PY% -m venv .venv || goto gagal
set "PIPINSTALL=.venv\Scripts\python.exe -m pip install --disable-pip-version-check -q --no-index"
%PIPINSTALL% --find-links wheels\windows --find-links wheels\umum -r requirements-windows.txt ^
  || goto gagal
%PIPINSTALL% --no-deps --find-links wheels\umum humas-ai || goto gagal
echo Pemasangan selesai. Untuk membuka JupyterLab, klik dua kali mulai.bat
pause
exit /b 0
:gagal
echo Pemasangan gagal. Baca pesan di atas, lalu lihat "Masalah umum di laptop peserta"
echo di buku (buku\index.html).
pause
exit /b 1
"""

START_BAT = r"""@echo off
rem Membuka JupyterLab pada folder modules\ (tanpa menu dan panel khusus pelatih).
cd /d "%~dp0"
set "JUPYTER_CONFIG_PATH=%~dp0lab-config\peserta"
".venv\Scripts\jupyter.exe" lab --ServerApp.root_dir=modules
pause
"""

README = """Kelas AI Humas: paket pemasangan luring
=======================================

Paket ini memasang Kelas AI Humas tanpa internet.
Salin seluruh folder ini ke laptop (bukan ke OneDrive, jalur tanpa spasi,
misalnya C:\\kelas-ai-humas-bundle), lalu:

  Windows       : klik dua kali install.bat, lalu mulai.bat
  macOS / Linux : sh install.sh, lalu sh mulai.sh

Diperlukan Python 3.11. Buku kursus dapat dibuka tanpa internet: buku/index.html
Platform dalam paket ini: {platforms}
"""


def write_scripts(out: Path, platforms: list[str]) -> None:
    texts = {"install.sh": INSTALL_SH, "mulai.sh": START_SH,
             "README.txt": README.format(platforms=", ".join(platforms))}
    if "windows" in platforms:
        texts["install.bat"] = INSTALL_BAT
        texts["mulai.bat"] = START_BAT
    for name, text in texts.items():
        newline = "\r\n" if name.endswith((".bat", ".txt")) else "\n"
        with open(out / name, "w", encoding="utf-8", newline=newline) as handle:
            handle.write(text)
    for name in ("install.sh", "mulai.sh"):
        (out / name).chmod(0o755)


def folder_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())


def build(out: Path, platforms: list[str], book: Path | None, lock: Path,
          corpora: Path | None = None) -> dict:
    started = time.monotonic()
    if out.exists():
        shutil.rmtree(out)
    wheels = out / "wheels"
    summary: dict = {"python": PYTHON_VERSION, "platforms": {}, "sdists": {}}
    for platform in platforms:
        pins = resolve_lock(lock, platform)
        (out / f"requirements-{platform}.txt").parent.mkdir(parents=True, exist_ok=True)
        (out / f"requirements-{platform}.txt").write_text("\n".join(pins) + "\n",
                                                           encoding="utf-8")
        sdists = download(pins, platform, wheels / platform)
        if sdists:
            summary["sdists"][platform] = sdists
    share_pure_wheels(wheels, platforms)
    kit = build_kit_wheel(wheels / COMMON)
    summary["kit_wheel"] = kit.name
    # The participant notebooks come from a fresh release of solutions/, never from the
    # working copy of modules/ (where a trainer may have tried the exercises).
    release(ROOT, out / "modules")
    if book is not None:
        shutil.copytree(book, out / "buku", ignore=shutil.ignore_patterns(".buildinfo"))
    shutil.copytree(ROOT / LAB_CONFIG, out / LAB_CONFIG)
    if corpora is not None:
        shutil.copytree(corpora, out / "korpus")
        summary["corpora_bytes"] = folder_size(out / "korpus")
    write_scripts(out, platforms)
    common = folder_size(wheels / COMMON)
    shared = folder_size(out) - folder_size(wheels)
    for platform in platforms:
        summary["platforms"][platform] = {
            "wheels": len(list((wheels / platform).iterdir())),
            "bytes_for_this_platform": folder_size(wheels / platform) + common + shared,
        }
    summary["bytes_total"] = folder_size(out)
    summary["seconds"] = round(time.monotonic() - started, 1)
    (out / "bundle.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "bundle")
    parser.add_argument("--platforms", nargs="+", choices=sorted(PLATFORMS),
                        default=DEFAULT_PLATFORMS)
    parser.add_argument("--book", type=Path, help="built book (_build/html) to include")
    parser.add_argument("--lock", type=Path, default=ROOT / "requirements.lock")
    parser.add_argument("--corpora", type=Path,
                        help="folder of public corpora to carry as korpus/ (nusax/, indonlu/)")
    args = parser.parse_args(argv)
    if args.corpora is not None and not (args.corpora / "nusax").is_dir():
        parser.error(f"{args.corpora} is not a corpora folder (no nusax/ inside)")
    if args.book is not None and not (args.book / "index.html").is_file():
        parser.error(f"{args.book} is not a built book (no index.html); run `make book` first")
    summary = build(args.out, args.platforms, args.book, args.lock, args.corpora)
    for platform, figures in summary["platforms"].items():
        print(f"{platform}: {figures['wheels']} wheels, "
              f"{figures['bytes_for_this_platform'] / 2**20:.0f} MiB with shared files")
    for platform, pins in summary["sdists"].items():
        print(f"{platform}: source distributions (no wheel): {', '.join(pins)}")
    print(f"total {summary['bytes_total'] / 2**20:.0f} MiB in {args.out} "
          f"({summary['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
