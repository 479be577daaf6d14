"""Set up and start the one-machine class server (JupyterHub + nbgrader's exchange).

``make hub`` runs ``pasang`` then ``jalankan``.  Every step is idempotent: an environment is
rebuilt only when its lock file (or, for the kit, its source) changed; users, homes and the
course copy that already exist are left alone.

Two folders (both configurable):

    PREFIX (default /opt/kelas-ai-humas)    software, readable by every participant
        hub-env/        JupyterHub, FirstUseAuthenticator, idle culler
                        (deploy/hub/requirements.lock)
        user-env/       the kit + JupyterLab + nbgrader + jupyterhub-singleuser
                        (deploy/hub/singleuser.lock, made with the kit's requirements.lock)
        proxy/          configurable-http-proxy from npm (deploy/hub/package-lock.json)
    KELAS (default /srv/kelas-ai-humas)     this class
        etc/hub/        jupyterhub_config.py (copied from deploy/hub/), settings.json
        etc/jupyter/    for everyone: nbgrader_config.py (the exchange, the course id), terminals
        etc/peserta/    participant JupyterLab: course + Assignments panel only
        etc/pelatih/    trainer JupyterLab: Formgrader
        exchange/       nbgrader's filesystem exchange
        state/          the hub's database, cookie secret and password store (root only)

Usage (as root):
    python tools/hub/server_kelas.py pasang --roster grader/roster.csv [--pelatih pelatih]
    python tools/hub/server_kelas.py jalankan
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import fcntl
import hashlib
import importlib.util
import json
import os
import pwd
import re
import shutil
import stat
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The kit's stdlib-only input helpers, from the checkout (this script runs before any venv).
sys.path.insert(0, str(ROOT))
from humas_ai.inputs import guess_separator  # noqa: E402

DEPLOY = ROOT / "deploy" / "hub"
COURSE_ID = "kelas-ai-humas"
COURSE_FOLDER = "kelas-ai-humas"
USERNAME = re.compile(r"^[a-z][a-z0-9]{0,31}$")
# Homes of participants are private: nobody reads another participant's answers.
ADD_USER_CMD = ["useradd", "--create-home", "--shell", "/bin/bash", "--user-group",
                "-K", "HOME_MODE=0700"]
# Python interpreters that every user may run (a venv points back at its base interpreter,
# so a base under /root would lock the participants out).
PYTHON_CANDIDATES = ("/usr/bin/python3.11", "/usr/local/bin/python3.11", "/usr/bin/python3")
# Kit files whose change means reinstalling the kit into user-env.
KIT_SOURCES = ("humas_ai", "datasets", "pyproject.toml", "README.md")
KIT_SKIP = {"sumber", "build", "__pycache__"}
# Part of every install stamp: changing how environments are installed reinstalls them.
INSTALL_FORMAT = "3: bytecode compiled"


class SetupError(Exception):
    """A problem the operator can fix, explained in Indonesian."""


@dataclass
class Settings:
    """What deploy/hub/jupyterhub_config.py reads from etc/hub/settings.json."""

    prefix: str
    kelas: str
    trainers: list[str]
    ip: str = "127.0.0.1"
    port: int = 8000
    hub_port: int = 8081
    proxy_api_port: int = 8001
    course_id: str = COURSE_ID
    # Whole class logging in at once: the trial on 2 cores failed with the default 30 s and
    # worked with 240 s (issue 20).
    http_timeout: int = 240
    start_timeout: int = 300
    concurrent_spawn_limit: int = 60
    active_server_limit: int = 80
    cull_timeout: int = 90 * 60
    participants: list[str] = field(default_factory=list)

    @property
    def etc(self) -> Path:
        return Path(self.kelas) / "etc"

    @property
    def exchange(self) -> Path:
        return Path(self.kelas) / "exchange"

    @property
    def state(self) -> Path:
        return Path(self.kelas) / "state"


def say(message: str) -> None:
    print(f"[server-kelas] {message}", flush=True)


def run(cmd: list[str], **kwargs) -> None:
    """Run a command; on failure raise SetupError with the command and its output tail."""
    done = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise SetupError(f"Perintah gagal ({done.returncode}): {' '.join(cmd)}\n{tail}")


# ---------------------------------------------------------------------------- fingerprints
def digest_files(paths: list[Path]) -> str:
    """sha256 over the names and contents of the files (folders walked, sorted)."""
    h = hashlib.sha256(INSTALL_FORMAT.encode())
    for path in paths:
        files = [path] if path.is_file() else sorted(
            p for p in path.rglob("*") if p.is_file() and not KIT_SKIP & set(p.parts))
        for f in files:
            h.update(str(f.relative_to(ROOT)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def up_to_date(stamp: Path, fingerprint: str) -> bool:
    return stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == fingerprint


# ---------------------------------------------------------------------------- environments
def world_readable(path: Path) -> bool:
    """True when every user can reach and run ``path`` (all parent folders o+x)."""
    path = path.resolve()
    if not os.stat(path).st_mode & stat.S_IXOTH:
        return False
    return all(os.stat(p).st_mode & stat.S_IXOTH for p in path.parents)


def base_python(requested: str | None) -> str:
    """A Python 3.11+ that participants can run, for the venvs' base interpreter."""
    for candidate in [requested] if requested else PYTHON_CANDIDATES:
        if not candidate or not Path(candidate).exists():
            continue
        check = "import sys; print(sys.version_info >= (3, 11))"
        version = subprocess.run([candidate, "-c", check], capture_output=True,
                                 text=True).stdout.strip()
        if version == "True" and world_readable(Path(candidate)):
            return candidate
    raise SetupError("Tidak ada Python 3.11+ yang dapat dijalankan semua pengguna (dicoba: "
                     f"{', '.join(filter(None, [requested]) or PYTHON_CANDIDATES)}). "
                     "Pasang dengan `apt-get install python3 python3-venv`, atau beri --python.")


def installer(venv: Path, uv: Path | None) -> list[str]:
    """uv from the hub environment when there (much faster), otherwise the venv's own pip."""
    if uv is not None and uv.exists():
        # Byte-compiled now, as root: participants cannot write __pycache__ into the shared
        # environment, so without this every server start compiles JupyterLab and nbgrader
        # from source again (seconds of CPU per participant when a whole class logs in).
        return [str(uv), "pip", "install", "--quiet", "--compile-bytecode", "--python",
                str(venv / "bin" / "python")]
    return [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
            "--disable-pip-version-check"]


def make_venv(venv: Path, python: str) -> None:
    if not (venv / "bin" / "python").exists():
        run([python, "-m", "venv", str(venv)])


def install_locked(venv: Path, lock: Path, python: str, label: str,
                   uv: Path | None = None) -> bool:
    """Install a lock file into a venv unless its stamp says it is already there."""
    stamp = venv / ".kelas-terpasang"
    fingerprint = digest_files([lock])
    if up_to_date(stamp, fingerprint):
        say(f"{label}: sudah terpasang, dilewati")
        return False
    say(f"{label}: memasang dari {lock.relative_to(ROOT)} ...")
    make_venv(venv, python)
    run([*installer(venv, uv), "-r", str(lock)])
    compile_bytecode(venv)
    stamp.write_text(fingerprint + "\n", encoding="utf-8")
    return True


def compile_bytecode(venv: Path) -> None:
    """Byte-compile the whole environment now, as root (see :func:`installer`)."""
    site = next((venv / "lib").glob("python3*/site-packages"))
    # Not fatal: a package may ship a file that does not compile (a template, say).
    subprocess.run([str(venv / "bin" / "python"), "-m", "compileall", "-q", "-j", "0",
                    str(site)], capture_output=True)


def install_kit(venv: Path, uv: Path, force: bool) -> None:
    """The kit itself (not editable: participants cannot read a checkout under /root)."""
    stamp = venv / ".kelas-kit"
    fingerprint = digest_files([ROOT / name for name in KIT_SOURCES])
    if not force and up_to_date(stamp, fingerprint):
        say("kit humas_ai: sudah terpasang, dilewati")
        return
    say("kit humas_ai: memasang ke lingkungan peserta ...")
    command = installer(venv, uv)
    again = "--reinstall" if Path(command[0]).name == "uv" else "--force-reinstall"
    run([*command, "--no-deps", again, str(ROOT)])
    compile_bytecode(venv)
    stamp.write_text(fingerprint + "\n", encoding="utf-8")


def install_proxy(target: Path) -> None:
    """configurable-http-proxy with `npm ci` from the committed package-lock.json."""
    stamp = target / ".kelas-terpasang"
    sources = [DEPLOY / "package.json", DEPLOY / "package-lock.json"]
    fingerprint = digest_files(sources)
    if up_to_date(stamp, fingerprint) and (target / "node_modules" / ".bin").is_dir():
        say("configurable-http-proxy: sudah terpasang, dilewati")
        return
    if not shutil.which("npm"):
        raise SetupError("npm tidak ditemukan. Pasang Node.js 20 atau lebih baru dengan npm "
                         "(`apt-get install nodejs npm`).")
    say("configurable-http-proxy: memasang dengan npm ci ...")
    target.mkdir(parents=True, exist_ok=True)
    for source in sources:
        shutil.copyfile(source, target / source.name)
    run(["npm", "ci", "--omit=dev", "--no-audit", "--no-fund"], cwd=target)
    stamp.write_text(fingerprint + "\n", encoding="utf-8")


def open_for_users(path: Path) -> None:
    """Let every user read and run what is under ``path`` (and reach ``path`` itself)."""
    run(["chmod", "-R", "a+rX", str(path)])
    for parent in path.parents:
        if parent == Path("/"):
            break
        mode = os.stat(parent).st_mode
        if not mode & stat.S_IXOTH:
            raise SetupError(f"Folder {parent} tidak dapat dilalui pengguna lain (izin "
                             f"{stat.filemode(mode)}). Pilih --prefix di luar folder itu.")


def install_software(prefix: Path, python: str) -> None:
    prefix.mkdir(parents=True, exist_ok=True)
    os.chmod(prefix, 0o755)
    # One installer at a time (two operators, or two test runs sharing a cache).
    with (prefix / ".kelas-kunci").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _install_software(prefix, python)


def _install_software(prefix: Path, python: str) -> None:
    install_locked(prefix / "hub-env", DEPLOY / "requirements.lock", python, "lingkungan hub")
    uv = prefix / "hub-env" / "bin" / "uv"
    changed = install_locked(prefix / "user-env", DEPLOY / "singleuser.lock", python,
                             "lingkungan peserta (kit, JupyterLab, nbgrader)", uv)
    install_kit(prefix / "user-env", uv, force=changed)
    install_proxy(prefix / "proxy")
    open_for_users(prefix)


# ---------------------------------------------------------------------------- configuration
def read_roster(path: Path) -> list[str]:
    """Hub user names from the roster's ``kode`` column: lower case, e.g. P01 -> p01."""
    if not path.is_file():
        raise SetupError(f"Roster {path} tidak ada. Salin grader/roster_template.csv menjadi "
                         "grader/roster.csv lalu isi kode peserta.")
    text = path.read_text(encoding="utf-8-sig")
    # Excel in an Indonesian locale saves CSV with semicolons: the kit's one sniffer decides.
    lines = text.splitlines()
    rows = list(csv.DictReader(lines, delimiter=guess_separator(lines)))
    names = [row.get("kode", "").strip().lower() for row in rows]
    bad = [n for n in names if n and not USERNAME.match(n)]
    if bad:
        raise SetupError("Kode peserta tidak dapat dipakai sebagai nama pengguna: "
                         f"{', '.join(bad)}. Pakai huruf dan angka saja, diawali huruf "
                         "(misalnya P01).")
    names = [n for n in names if n]
    if not names:
        raise SetupError(f"Roster {path} belum berisi kode peserta.")
    return sorted(set(names))


def lab_config_participant() -> tuple[dict, dict]:
    """The participant's server and page config: deploy/z2jh/peserta_kelas.py's, reused."""
    spec = importlib.util.spec_from_file_location(
        "peserta_kelas", ROOT / "deploy" / "z2jh" / "peserta_kelas.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.class_config()


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def write_lab_configs(settings: Settings) -> None:
    server, page = lab_config_participant()
    write_json(settings.etc / "peserta" / "jupyter_server_config.json", server)
    write_json(settings.etc / "peserta" / "labconfig" / "page_config.json", page)
    trainer = settings.etc / "pelatih"
    if trainer.exists():
        shutil.rmtree(trainer)
    shutil.copytree(ROOT / "lab-config" / "pelatih", trainer)
    # jupyterhub-singleuser forbids framing its pages unless configured; Formgrader is a
    # page of the trainer's own server framed by their JupyterLab (same origin).
    config = trainer / "jupyter_server_config.json"
    server = json.loads(config.read_text(encoding="utf-8"))
    server.setdefault("ServerApp", {})["tornado_settings"] = {
        "headers": {"Content-Security-Policy": "frame-ancestors 'self'"}}
    write_json(config, server)


NBGRADER_CONFIG = '''"""nbgrader for everyone on this class server (tools/hub/server_kelas.py)."""

c = get_config()  # noqa: F821
c.CourseDirectory.course_id = {course!r}
c.Exchange.root = {exchange!r}
c.Exchange.path_includes_course = False
'''


def write_nbgrader_config(settings: Settings) -> None:
    path = settings.etc / "jupyter" / "nbgrader_config.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    # Terminals: a login shell would reset PATH through /etc/profile and lose the class
    # environment's nbgrader and humas-ai; a plain interactive bash keeps the server's PATH.
    write_json(path.parent / "jupyter_server_config.json",
               {"ServerApp": {"terminado_settings": {"shell_command": ["/bin/bash"]}}})
    path.write_text(NBGRADER_CONFIG.format(course=settings.course_id,
                                           exchange=str(settings.exchange)), encoding="utf-8")


def write_hub_config(settings: Settings) -> None:
    hub = settings.etc / "hub"
    hub.mkdir(parents=True, exist_ok=True)
    os.chmod(hub, 0o700)
    shutil.copyfile(DEPLOY / "jupyterhub_config.py", hub / "jupyterhub_config.py")
    write_json(hub / "settings.json", asdict(settings))
    settings.state.mkdir(parents=True, exist_ok=True)
    os.chmod(settings.state, 0o700)


# ---------------------------------------------------------------------------- users and exchange
def ensure_user(name: str) -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(name)
    except KeyError:
        run([*ADD_USER_CMD, name])
        say(f"pengguna Linux {name} dibuat")
        return pwd.getpwnam(name)


def copy_course(trainer: pwd.struct_passwd, roster: Path) -> None:
    """The course (solutions, modules, grader config, roster) in the trainer's home, once.

    ``humas-ai grade`` and Formgrader run there; the roster is refreshed on every run.
    """
    target = Path(trainer.pw_dir) / COURSE_FOLDER
    if target.exists():
        say(f"kursus di {target} sudah ada, tidak ditimpa (hanya roster diperbarui)")
        shutil.copyfile(roster, target / "grader" / "roster.csv")
        os.chown(target / "grader" / "roster.csv", trainer.pw_uid, trainer.pw_gid)
        return
    for name in ("solutions", "modules"):
        shutil.copytree(ROOT / name, target / name,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    (target / "grader").mkdir(parents=True)
    config = Path("grader") / "nbgrader_config.py"
    shutil.copyfile(ROOT / config, target / config)
    shutil.copyfile(roster, target / "grader" / "roster.csv")
    run(["chown", "-R", f"{trainer.pw_uid}:{trainer.pw_gid}", str(target)])
    say(f"kursus disalin ke {target}")


def make_exchange(settings: Settings, owner: pwd.struct_passwd) -> None:
    """nbgrader's filesystem exchange with its documented permissions.

    The root is world-writable with the sticky bit (anyone may create, nobody may remove or
    rename what another user made).  The course folder is created here, owned by the first
    trainer, so that no participant can claim the course name first; inside it nbgrader's
    modes (inbound writable but not listable, sticky instead of nbgrader's setgid so that nobody
    removes another's submission; feedback reachable by exact name only).
    """
    root = settings.exchange
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o1777)
    course = root / settings.course_id
    modes = {course: 0o755, course / "outbound": 0o755, course / "inbound": 0o1733,
             course / "feedback": 0o711}
    for folder, mode in modes.items():
        folder.mkdir(exist_ok=True)
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        os.chmod(folder, mode)


def setup_class(settings: Settings, roster: Path) -> None:
    participants = read_roster(roster)
    settings.participants = participants
    clash = set(participants) & set(settings.trainers)
    if clash:
        raise SetupError(f"Nama pelatih juga ada di roster: {', '.join(sorted(clash))}.")
    Path(settings.kelas).mkdir(parents=True, exist_ok=True)
    os.chmod(settings.kelas, 0o755)
    write_lab_configs(settings)
    write_nbgrader_config(settings)
    open_for_users(settings.etc / "peserta")
    open_for_users(settings.etc / "jupyter")
    open_for_users(settings.etc / "pelatih")
    write_hub_config(settings)
    trainers = [ensure_user(name) for name in settings.trainers]
    for name in participants:
        ensure_user(name)
    for trainer in trainers:
        copy_course(trainer, roster)
    make_exchange(settings, trainers[0])
    say(f"kelas siap: {len(participants)} peserta, pelatih {', '.join(settings.trainers)}")


# ---------------------------------------------------------------------------- commands
def settings_from(args) -> Settings:
    trainers = [t.strip().lower() for t in args.pelatih.split(",") if t.strip()]
    bad = [t for t in trainers if not USERNAME.match(t)]
    if not trainers or bad:
        raise SetupError("--pelatih: satu nama atau lebih, dipisah koma, huruf kecil dan angka "
                         "diawali huruf (misalnya pelatih).")
    return Settings(prefix=str(Path(args.prefix).resolve()), kelas=str(Path(args.kelas).resolve()),
                    trainers=trainers, ip=args.ip, port=args.port, hub_port=args.hub_port,
                    proxy_api_port=args.proxy_api_port,
                    concurrent_spawn_limit=args.mulai_bersamaan)


def install(args) -> None:
    if os.geteuid() != 0:
        raise SetupError("Jalankan sebagai root (sudo): server kelas membuat pengguna Linux.")
    settings = settings_from(args)
    install_software(Path(settings.prefix), base_python(args.python))
    setup_class(settings, Path(args.roster).resolve())
    say(f"selesai. Jalankan hub: python {Path(__file__).relative_to(ROOT)} jalankan "
        f"--kelas {settings.kelas}")


def hub_command(kelas: Path) -> tuple[list[str], dict, Path]:
    """The command, environment and working folder that start the hub of a class folder."""
    settings_file = kelas / "etc" / "hub" / "settings.json"
    if not settings_file.is_file():
        raise SetupError(f"{settings_file} tidak ada: jalankan dulu `pasang`.")
    prefix = Path(json.loads(settings_file.read_text(encoding="utf-8"))["prefix"])
    env = {**os.environ, "KELAS_HUB_SETTINGS": str(settings_file)}
    cmd = [str(prefix / "hub-env" / "bin" / "jupyterhub"),
           "-f", str(kelas / "etc" / "hub" / "jupyterhub_config.py")]
    return cmd, env, kelas / "state"


def start(args) -> None:
    cmd, env, cwd = hub_command(Path(args.kelas).resolve())
    say("hub dimulai; hentikan dengan Ctrl+C")
    os.chdir(cwd)
    os.execve(cmd[0], cmd, env)


def running_processes(uids: set[int]) -> list[int]:
    """Pids of processes whose real uid is in ``uids`` (read from /proc)."""
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            uid_line = next(line for line in status.read_text().splitlines()
                            if line.startswith("Uid:"))
        except (OSError, StopIteration):
            continue
        if int(uid_line.split()[1]) in uids:
            pids.append(int(status.parent.name))
    return pids


def hub_pid(kelas: Path) -> list[int]:
    """The hub's pid from its pid file when that process is still alive."""
    try:
        pid = int((kelas / "state" / "jupyterhub.pid").read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return []
    return [pid]


def remove(args) -> None:
    """Delete the class: every participant and trainer account with its home, and the class
    folder (configuration, exchange, hub state).  The software in PREFIX stays."""
    kelas = Path(args.kelas).resolve()
    settings_file = kelas / "etc" / "hub" / "settings.json"
    if not settings_file.is_file():
        raise SetupError(f"{settings_file} tidak ada: bukan folder kelas dari `pasang`.")
    saved = json.loads(settings_file.read_text(encoding="utf-8"))
    names = [*saved["participants"], *saved["trainers"]]
    existing = {}
    for name in names:
        with contextlib.suppress(KeyError):
            existing[name] = pwd.getpwnam(name).pw_uid
    busy = running_processes(set(existing.values())) + hub_pid(kelas)
    if busy:
        raise SetupError(f"Hub atau {len(busy)} proses akun kelas masih berjalan. Hentikan hub "
                         "dulu (Ctrl+C), lalu ulangi.")
    if not args.ya:
        say(f"akan dihapus: {len(existing)} akun beserta folder rumahnya "
            f"({', '.join(sorted(existing)[:5])}{' ...' if len(existing) > 5 else ''}) dan "
            f"folder {kelas}. Simpan nilai dan kiriman dulu. Ulangi dengan --ya untuk menghapus.")
        return
    for name in existing:
        run(["userdel", "--remove", name])
        say(f"akun {name} dihapus")
    shutil.rmtree(kelas)
    say(f"folder {kelas} dihapus; perangkat lunak di {saved['prefix']} tetap ada")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description="Server kelas satu mesin: JupyterHub dengan "
                                "pertukaran tugas nbgrader (lihat "
                                "docs/pelatih/server-satu-mesin.md).")
    sub = p.add_subparsers(dest="perintah", required=True)
    setup = sub.add_parser("pasang", help="pasang atau perbarui server kelas (idempoten)")
    setup.add_argument("--prefix", default="/opt/kelas-ai-humas",
                       help="folder perangkat lunak (bawaan: %(default)s)")
    setup.add_argument("--kelas", default="/srv/kelas-ai-humas",
                       help="folder data kelas: konfigurasi, pertukaran tugas, status hub "
                            "(bawaan: %(default)s)")
    setup.add_argument("--roster", default=str(ROOT / "grader" / "roster.csv"),
                       help="daftar peserta CSV dengan kolom kode (bawaan: grader/roster.csv)")
    setup.add_argument("--pelatih", default="pelatih",
                       help="nama pengguna pelatih, dipisah koma (bawaan: %(default)s)")
    setup.add_argument("--ip", default="127.0.0.1",
                       help="alamat yang dibuka untuk peserta (bawaan: %(default)s; pakai "
                            "alamat jaringan kelas atau 0.0.0.0 di belakang HTTPS)")
    setup.add_argument("--port", type=int, default=8000, help="port peserta (bawaan: %(default)s)")
    setup.add_argument("--hub-port", type=int, default=8081, help=argparse.SUPPRESS)
    setup.add_argument("--proxy-api-port", type=int, default=8001, help=argparse.SUPPRESS)
    setup.add_argument("--mulai-bersamaan", type=int, default=60,
                       help="server yang boleh dimulai bersamaan (bawaan: %(default)s)")
    setup.add_argument("--python", default=None,
                       help="Python 3.11+ dasar lingkungan (bawaan: /usr/bin/python3.11)")
    setup.set_defaults(func=install)
    run_hub = sub.add_parser("jalankan", help="jalankan hub (latar depan)")
    run_hub.add_argument("--kelas", default="/srv/kelas-ai-humas")
    run_hub.set_defaults(func=start)
    delete = sub.add_parser("hapus", help="hapus akun peserta dan pelatih beserta folder "
                            "rumahnya, dan folder data kelas (setelah nilai disimpan)")
    delete.add_argument("--kelas", default="/srv/kelas-ai-humas")
    delete.add_argument("--ya", action="store_true", help="benar-benar hapus (tanpa ini hanya "
                        "menampilkan apa yang akan dihapus)")
    delete.set_defaults(func=remove)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        args.func(args)
    except SetupError as error:
        print(f"GAGAL: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
