"""Write the participant's JupyterLab configuration for the class cluster.

It starts from ``lab-config/peserta`` (the laptop configuration: no nbgrader at all, no news,
read-only extension manager) and turns the participant's side of the exchange back on: the
Assignments panel (``assignment_list``) and the Validate button.  The trainer's tools stay off:
Formgrader, Create Assignment and the course list.  The image points ``JUPYTER_CONFIG_PATH``
at the folder this writes (deploy/z2jh/Dockerfile), as ``make lab`` does on a laptop.

Usage: ``python deploy/z2jh/peserta_kelas.py TARGET_DIR``
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = ROOT / "lab-config" / "peserta"
HERE = Path(__file__).resolve().parent

# Server extensions: participant side on, trainer side off.
SERVER_EXTENSIONS = {
    "nbgrader.server_extensions.assignment_list": True,
    "nbgrader.server_extensions.validate_assignment": True,
    "nbgrader.server_extensions.formgrader": False,
    "nbgrader.server_extensions.course_list": False,
}
# JupyterLab plugins of the @jupyter/nbgrader extension (ids from its bundle).
LAB_PLUGINS_OFF = [
    "@jupyter/nbgrader:formgrader",
    "@jupyter/nbgrader:create-assignment",
    "@jupyter/nbgrader:course-list",
]


def class_config() -> tuple[dict, dict]:
    """The server config and the lab page config for a participant on the class cluster."""
    server = json.loads((LAPTOP / "jupyter_server_config.json").read_text(encoding="utf-8"))
    page = json.loads((LAPTOP / "labconfig" / "page_config.json").read_text(encoding="utf-8"))
    server.setdefault("ServerApp", {}).setdefault("jpserver_extensions", {}).update(
        SERVER_EXTENSIONS
    )
    disabled = page.setdefault("disabledExtensions", {})
    disabled["@jupyter/nbgrader"] = False
    for plugin in LAB_PLUGINS_OFF:
        disabled[plugin] = True
    return server, page


def write(target: Path) -> None:
    """Write the configuration folder (server config, lab page config, nbgrader config)."""
    server, page = class_config()
    (target / "labconfig").mkdir(parents=True, exist_ok=True)
    (target / "jupyter_server_config.json").write_text(
        json.dumps(server, indent=2) + "\n", encoding="utf-8"
    )
    (target / "labconfig" / "page_config.json").write_text(
        json.dumps(page, indent=2) + "\n", encoding="utf-8"
    )
    shutil.copyfile(HERE / "nbgrader_config.py", target / "nbgrader_config.py")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("Pemakaian: python deploy/z2jh/peserta_kelas.py FOLDER_TUJUAN")
    write(Path(sys.argv[1]))
    print(f"Konfigurasi JupyterLab peserta kelas ditulis ke {sys.argv[1]}.")
