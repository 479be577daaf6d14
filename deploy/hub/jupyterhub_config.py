"""JupyterHub for the one-machine class server of Kelas AI Humas.

tools/hub/server_kelas.py copies this file to ``<kelas>/etc/hub/`` next to ``settings.json``
(folders, ports, trainers, the participants read from the roster, timeouts);
``KELAS_HUB_SETTINGS`` may point elsewhere.  The hub runs as root: local Linux users, one
per participant, each server started as its own user (LocalProcessSpawner).

- Login: FirstUseAuthenticator (the first password typed sets it), only the roster's codes
  (lower case) and the trainers; a missing Linux user is created (LocalAuthenticator).
- Trainers are admins and get Formgrader; participants get the course and nbgrader's
  Assignments panel only (``JUPYTER_CONFIG_PATH`` per user kind).
- Timeouts that survive a whole class logging in at once (issue 20's trial: the default
  ``http_timeout`` of 30 s failed, 240 s worked), a spawn limit, and the idle culler.
"""

import json
import os
import sys
from pathlib import Path

from firstuseauthenticator import FirstUseAuthenticator
from jupyterhub.auth import LocalAuthenticator

c = get_config()  # noqa: F821  (provided by traitlets when JupyterHub loads this file)

_SETTINGS_FILE = Path(os.environ.get("KELAS_HUB_SETTINGS")
                      or Path(__file__).resolve().with_name("settings.json"))
S = json.loads(_SETTINGS_FILE.read_text(encoding="utf-8"))
PREFIX = Path(S["prefix"])
ETC = Path(S["kelas"]) / "etc"
STATE = Path(S["kelas"]) / "state"
USER_BIN = PREFIX / "user-env" / "bin"


class LocalFirstUseAuthenticator(LocalAuthenticator, FirstUseAuthenticator):
    """FirstUseAuthenticator that also creates the Linux user of an allowed name."""


# ---------------------------------------------------------------------- network and state
c.JupyterHub.bind_url = f"http://{S['ip']}:{S['port']}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{S['hub_port']}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{S['proxy_api_port']}"
c.ConfigurableHTTPProxy.command = [str(PREFIX / "proxy" / "node_modules" / ".bin"
                                       / "configurable-http-proxy")]
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(STATE / "jupyterhub.pid")
c.ConfigurableHTTPProxy.pid_file = str(STATE / "jupyterhub-proxy.pid")
c.JupyterHub.cleanup_servers = True

# ---------------------------------------------------------------------- login
c.JupyterHub.authenticator_class = LocalFirstUseAuthenticator
c.FirstUseAuthenticator.dbm_path = str(STATE / "passwords.dbm")
c.FirstUseAuthenticator.create_users = False
c.FirstUseAuthenticator.min_password_length = 8
c.LocalAuthenticator.create_system_users = True
c.LocalAuthenticator.add_user_cmd = ["useradd", "--create-home", "--shell", "/bin/bash",
                                     "--user-group", "-K", "HOME_MODE=0700"]
c.Authenticator.admin_users = set(S["trainers"])
# The roster's codes in lower case (P01 -> p01), as the setup read them.
c.Authenticator.allowed_users = set(S["participants"]) | set(S["trainers"])

# ---------------------------------------------------------------------- single-user servers
# Participants' servers and kernels run at a lower CPU priority than the hub and the proxy:
# when a whole class starts at once on a small machine, a starved proxy misses the hub's
# 10-second API timeout and the hub stops servers that had started fine (bench/hub.py, N=40
# on 2 cores: "Failed to add ... to proxy").
c.Spawner.cmd = ["/usr/bin/nice", "-n", "10", str(USER_BIN / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
c.Spawner.http_timeout = S["http_timeout"]
c.Spawner.start_timeout = S["start_timeout"]
c.JupyterHub.concurrent_spawn_limit = S["concurrent_spawn_limit"]
c.JupyterHub.active_server_limit = S["active_server_limit"]
c.Spawner.environment = {
    # nbgrader, python and jupyter in a terminal are the class environment's.
    "PATH": os.pathsep.join([str(USER_BIN), "/usr/local/bin", "/usr/bin", "/bin"]),
    "LANG": "C.UTF-8",
}


def config_path(spawner) -> str:
    """JUPYTER_CONFIG_PATH for this user: trainer or participant JupyterLab, then nbgrader."""
    if spawner.user.admin:
        home = Path(os.path.expanduser(f"~{spawner.user.name}"))
        kinds = [ETC / "pelatih", home / "kelas-ai-humas" / "grader"]
    else:
        kinds = [ETC / "peserta"]
    return os.pathsep.join(str(p) for p in [*kinds, ETC / "jupyter"])


def pre_spawn_hook(spawner) -> None:
    # A fresh dict: the configured one may be shared between spawners.
    spawner.environment = {**spawner.environment, "JUPYTER_CONFIG_PATH": config_path(spawner)}


c.Spawner.pre_spawn_hook = pre_spawn_hook

# ---------------------------------------------------------------------- idle culler
c.JupyterHub.load_roles = [{
    "name": "idle-culler",
    "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    "services": ["idle-culler"],
}]
c.JupyterHub.services = [{
    "name": "idle-culler",
    "command": [sys.executable, "-m", "jupyterhub_idle_culler",
                f"--timeout={S['cull_timeout']}", "--cull-every=300"],
}]
