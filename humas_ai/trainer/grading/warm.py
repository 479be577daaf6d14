"""Warm grading kernels: start each one as a fork of a process that has already paid the imports.

Most of a short notebook's grading time is spent before the participant's first line runs:
starting Python, importing ipykernel, pandas, scikit-learn, matplotlib and the kit, and
training the default sentiment model some modules use.  On Linux the batch is therefore run
from a *forkserver* that has done all of this once (:func:`warm_up`, through
:mod:`humas_ai.trainer.grading.preload`).  Each grading process forked from it forks once more, at
its start and before any event loop or ZeroMQ context exists, a :class:`KernelSeed`: a
copy that waits on a pipe.  When nbgrader asks for a kernel, :class:`WarmProvisioner` (a
jupyter_client kernel provisioner, registered as ``humas-ai-warm``) hands the seed the
connection file, working folder and environment, and the seed becomes an ipykernel.

The participant still gets an empty namespace: only ``sys.modules`` and the cached default
model are shared, so a notebook that forgets ``import pandas as pd`` fails exactly as before.
Anything the seed cannot run (another kernel, a second kernel in the same job, Windows or
macOS) falls back to jupyter_client's normal launch.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from importlib.metadata import entry_points

from jupyter_client.provisioning import LocalProvisioner

from humas_ai.trainer.grading import nbgrader_adapter as nbgrader
from humas_ai.trainer.grading.environment import kernel_environment

PROVISIONER = "humas-ai-warm"
_PROVISIONER_ENV = "JUPYTER_DEFAULT_PROVISIONER_NAME"
#: What the course's notebooks import; importing them in a kernel after the fork is free.
WARM_MODULES = (
    "ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.debugger", "ipywidgets", "numpy",
    "pandas", "matplotlib.pyplot", "sklearn.cluster", "sklearn.decomposition",
    "sklearn.feature_extraction.text", "sklearn.linear_model", "sklearn.metrics",
    "sklearn.model_selection", "sklearn.naive_bayes", "sklearn.pipeline",
    "humas_ai.clustering", "humas_ai.data", "humas_ai.ethics", "humas_ai.report",
    "humas_ai.sentiment", "humas_ai.text", "humas_ai.classroom.friendly",
    "humas_ai.classroom.quiz", "humas_ai.classroom.selfcheck", "humas_ai.classroom.start",
    "humas_ai.classroom.submission", "humas_ai.classroom.widgets",
    "nbgrader.apps",
)

_warm = False
_seed: KernelSeed | None = None


def warm_up() -> None:
    """Import what grading kernels use and train the default model, once, in this process."""
    global _warm
    import importlib

    # Before numpy and matplotlib load: what they read at import must be the kernels' setting.
    os.environ.update(kernel_environment(dict(os.environ)))
    # As ipykernel's kernel spec sets it: the debugger (imported by every kernel, half a
    # second) does not warn about Python's frozen modules.
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    for name in WARM_MODULES:
        importlib.import_module(name)
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)  # in case numpy was loaded before the environment was set
    _compile_notebook_schema()
    _map_gradebook_tables()
    _draw_once()
    _preprocess_bundled_texts()
    from humas_ai.sentiment import train_default

    train_default()
    _freeze_heap()
    _warm = True


def kit_preprocessing() -> list[dict]:
    """How the kit's own tools preprocess texts, read from the tools themselves:
    :mod:`humas_ai.clustering` groups with stems and names groups without; the default
    sentiment model's preprocessing step keeps every word."""
    from humas_ai import clustering, sentiment

    model = sentiment.make_default_pipeline().named_steps["pra"]
    return [clustering.GROUPING_STEPS, clustering.TERMS_STEPS, model.get_params()]


def _preprocess_bundled_texts() -> None:
    """Remember the bundled comments, news and sample export preprocessed as the kit's
    tools do it (:mod:`humas_ai.text` keeps what it has cleaned; forked kernels inherit it)."""
    from humas_ai.data import dataset_path, load_dataset, read_comments
    from humas_ai.text import preprocess

    news = load_dataset("berita_isu")
    sample = read_comments(dataset_path("contoh_ekspor_instansi"), verbose=False)
    texts = [*load_dataset("komentar_publik")["teks"], *(news["judul"] + ". " + news["ringkasan"]),
             *sample["teks"]]
    for steps in kit_preprocessing():
        preprocess(texts, **steps)


def _compile_notebook_schema() -> None:
    """Compile nbformat's validator once; every grading step validates the notebook."""
    import nbformat

    nbformat.validate(nbformat.v4.new_notebook())


def _map_gradebook_tables() -> None:
    """Set up nbgrader's database mappings once; every grading step that opens the
    gradebook would otherwise do it again in each grading process."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def _freeze_heap() -> None:
    """Keep Python's garbage collector away from what the warm-up built.

    Forked processes share this memory with the warm process until they write to it; a
    collection that walks every object writes to all of it, and each grading process and
    kernel would then copy the whole heap.  Frozen objects are never walked.
    """
    import gc

    gc.collect()
    gc.freeze()


def _draw_once() -> None:
    """Load matplotlib's font cache and Agg renderer, as a first chart would."""
    import io

    import matplotlib.pyplot as plt

    figure, axes = plt.subplots()
    axes.set_title("hangat")
    figure.savefig(io.BytesIO(), format="png")
    plt.close(figure)


def is_warm() -> bool:
    return _warm


def provisioner_registered() -> bool:
    return bool(entry_points(group="jupyter_client.kernel_provisioners", name=PROVISIONER))


def plant_seed() -> bool:
    """In a grading process forked from a warm one: fork the seed of its kernel now."""
    global _seed
    if not (_warm and hasattr(os, "fork") and provisioner_registered()):
        return False
    _seed = KernelSeed.fork()
    os.environ[_PROVISIONER_ENV] = PROVISIONER
    return True


def take_seed() -> KernelSeed | None:
    """The waiting seed, once; ``None`` afterwards or when there is none."""
    global _seed
    seed, _seed = _seed, None
    return seed


class KernelSeed:
    """A forked copy of this process that becomes a kernel when told how; Popen-like handle."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int, pipe: int):
        self.pid, self._pipe, self.returncode = pid, pipe, None

    @classmethod
    def fork(cls) -> KernelSeed:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the seed: never returns
            os.close(write_end)
            _grow(read_end)
        os.close(read_end)
        return cls(pid, write_end)

    @staticmethod
    def can_run(cmd: list[str]) -> bool:
        """True for the standard ipykernel command line of this Python."""
        return (len(cmd) >= 3 and cmd[1:3] == ["-m", "ipykernel_launcher"]
                and os.path.realpath(cmd[0]) == os.path.realpath(sys.executable))

    def start(self, cmd: list[str], env: dict[str, str], cwd: str | None) -> None:
        env = {key: value for key, value in env.items() if key != _PROVISIONER_ENV}
        message = json.dumps({"argv": cmd[3:], "env": env, "cwd": cwd}).encode()
        with os.fdopen(self._pipe, "wb") as pipe:
            pipe.write(message)

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = -1
                return self.returncode
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            try:
                _, status = os.waitpid(self.pid, 0)
                self.returncode = os.waitstatus_to_exitcode(status)
            except ChildProcessError:
                self.returncode = -1
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


def _grow(pipe: int) -> None:
    """The seed's life: wait for the launch message, then run ipykernel until shutdown."""
    code = 0
    try:
        chunks = []
        while chunk := os.read(pipe, 65536):
            chunks.append(chunk)
        os.close(pipe)
        if not chunks:  # the grading process ended without asking for a kernel
            os._exit(0)
        launch = json.loads(b"".join(chunks))
        os.setsid()  # like jupyter_client's own launch: the kernel has its own group
        if launch["cwd"]:
            os.chdir(launch["cwd"])
        os.environ.clear()
        os.environ.update(launch["env"])
        from ipykernel.kernelapp import IPKernelApp

        sys.argv = [sys.executable, "-m", "ipykernel_launcher", *launch["argv"]]
        IPKernelApp.launch_instance(
            argv=[*launch["argv"], f"--IPKernelApp.parent_handle={os.getppid()}"])
    except BaseException:  # noqa: BLE001 - the kernel's own errors went to its stderr already
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


class WarmProvisioner(LocalProvisioner):
    """jupyter_client's local provisioner that starts the kernel from the planted seed."""

    async def launch_kernel(self, cmd, **kwargs):
        seed = take_seed() if KernelSeed.can_run(cmd) else None
        if seed is None:
            return await super().launch_kernel(cmd, **kwargs)
        seed.start(cmd, dict(kwargs.get("env") or os.environ), kwargs.get("cwd"))
        # The seed calls setsid(): its group id is its pid, as the adapter assumes.
        nbgrader.adopt_process(self, seed, kwargs.get("cwd"))
        return self.connection_info
