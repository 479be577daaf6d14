"""A whole class logging in at once on the one-machine class server (loopback only).

    .venv/bin/python bench/hub.py [--n 30] [--sebaran 10] [--batas-siap 300]

As root (the class server creates Linux users).  Installs the class server through its setup
script (cached in /var/tmp/kelas-ai-humas-uji, see tools/hub/kelas_uji.py), creates a
throwaway class of N participants and a trainer, releases module 00, then lets the N
participants log in within ``--sebaran`` seconds of each other.  Each one starts a server
through the hub API, fetches module 00 through the Assignments extension, runs it to the end
in a kernel and submits it.  Prints the time to a ready server (median, p95), the time to
finish, the hub's and the proxy's memory, the memory per active participant, CPU use and the
failures.  Removes the users, their processes and the class afterwards.

Targets on a 2-core machine: N=30 all ready, p95 under 60 s, nothing lost.
"""

from __future__ import annotations

import argparse
import os
import pwd
import random
import shutil
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools" / "hub"))

import kelas_uji as kelas  # noqa: E402
from hub_client import Participant  # noqa: E402

MIB = 1024 * 1024


@dataclass
class Outcome:
    name: str
    ready: float | None = None
    finished: float | None = None
    failure: str | None = None
    cell_errors: list = field(default_factory=list)


def participant_day(hub: kelas.Hub, name: str, delay: float, limit: float) -> Outcome:
    """Log in, start, fetch, run module 00, save, submit: the times from the first click."""
    outcome = Outcome(name)
    time.sleep(delay)
    start = time.monotonic()
    try:
        user = Participant(hub.base, name, timeout=120)
        user.login(kelas.PASSWORD)
        user.start_server()
        user.wait_ready(limit)
        outcome.ready = time.monotonic() - start
        user.assignment_action("fetch", kelas.MODULE)
        notebook = kelas.answer(user.read_notebook(kelas.NOTEBOOK), name.upper())
        outcome.cell_errors = kelas.run_notebook(user, notebook, cell_limit=limit)
        user.write_notebook(kelas.NOTEBOOK, notebook)
        user.assignment_action("submit", kelas.MODULE)
        outcome.finished = time.monotonic() - start
    except Exception as error:  # noqa: BLE001 - every failure is a figure of the bench
        outcome.failure = f"{type(error).__name__}: {str(error)[:200]}"
    return outcome


class Sampler(threading.Thread):
    """Every 2 s: hub, proxy and participants' memory (RSS) and the machine's CPU use."""

    def __init__(self, hub: kelas.Hub):
        super().__init__(daemon=True)
        self.hub, self.stop = hub, threading.Event()
        self.uids = {pwd.getpwnam(name).pw_uid for name in hub.participants}
        self.samples: list[dict] = []

    def run(self) -> None:
        import psutil

        psutil.cpu_percent()
        while not self.stop.wait(2):
            self.samples.append(self.sample(psutil))

    def sample(self, psutil) -> dict:
        hub = psutil.Process(self.hub.process.pid)  # `jalankan` execs jupyterhub in place
        hub_mem, proxy_mem = _rss(hub), 0
        for proc in hub.children():
            try:
                if "configurable-http-proxy" in " ".join(proc.cmdline()):
                    proxy_mem += _rss(proc)
            except psutil.Error:
                continue
        by_uid: dict[int, int] = {}
        for proc in psutil.process_iter(["uids", "memory_info"]):
            if proc.info["uids"] and proc.info["memory_info"]:
                uid = proc.info["uids"].real
                by_uid[uid] = by_uid.get(uid, 0) + proc.info["memory_info"].rss
        active = [by_uid[uid] for uid in self.uids if by_uid.get(uid)]
        return {"hub": hub_mem, "proxy": proxy_mem, "users": sum(active), "active": len(active),
                "cpu": psutil.cpu_percent(), "available": psutil.virtual_memory().available}


def _rss(proc) -> int:
    try:
        return proc.memory_info().rss
    except Exception:  # noqa: BLE001 - the process ended between listing and reading
        return 0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def report(n: int, outcomes: list[Outcome], samples: list[dict], wall: float) -> None:
    ready = [o.ready for o in outcomes if o.ready is not None]
    done = [o.finished for o in outcomes if o.finished is not None]
    failed = [o for o in outcomes if o.failure]
    with_errors = [o for o in outcomes if o.cell_errors]
    print(f"\nPeserta: {n}; server siap: {len(ready)}/{n}; modul 00 selesai dan terkumpul: "
          f"{len(done)}/{n}; gagal: {len(failed)}; sel berisi galat: {len(with_errors)}")
    if ready:
        print(f"Waktu sampai server siap (dari login): median {statistics.median(ready):.1f} s, "
              f"p95 {percentile(ready, 0.95):.1f} s, maks {max(ready):.1f} s")
    if done:
        print(f"Waktu sampai modul 00 selesai dan dikumpulkan: median "
              f"{statistics.median(done):.1f} s, p95 {percentile(done, 0.95):.1f} s, "
              f"maks {max(done):.1f} s; seluruh gelombang {wall:.1f} s")
    if samples:
        peak = max(samples, key=lambda s: s["users"])
        print(f"Memori hub: puncak {max(s['hub'] for s in samples) / MIB:.0f} MiB; proxy: "
              f"puncak {max(s['proxy'] for s in samples) / MIB:.0f} MiB")
        if peak["active"]:
            print(f"Memori peserta: puncak {peak['users'] / MIB:.0f} MiB untuk {peak['active']} "
                  f"peserta aktif = {peak['users'] / peak['active'] / MIB:.0f} MiB per peserta "
                  "(server + kernel modul)")
        last = samples[-1]
        if last["active"]:
            print(f"Setelah kernel ditutup: {last['users'] / last['active'] / MIB:.0f} MiB per "
                  "peserta (server menganggur)")
        cpu = [s["cpu"] for s in samples]
        print(f"CPU mesin: rata-rata {statistics.mean(cpu):.0f} %, puncak {max(cpu):.0f} %; "
              f"memori bebas terendah {min(s['available'] for s in samples) / MIB / 1024:.1f} GiB")
    for outcome in failed[:10]:
        print(f"  GAGAL {outcome.name}: {outcome.failure}")
    for outcome in with_errors[:5]:
        print(f"  GALAT SEL {outcome.name}: {outcome.cell_errors[:2]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=30, help="jumlah peserta (bawaan: 30)")
    parser.add_argument("--sebaran", type=float, default=10,
                        help="semua peserta login dalam rentang detik ini (bawaan: 10)")
    parser.add_argument("--batas-siap", type=float, default=300,
                        help="batas tunggu server siap per peserta, detik (bawaan: 300)")
    args = parser.parse_args()
    if sys.platform != "linux" or os.geteuid() != 0:
        print("bench/hub.py dilewati: perlu Linux dan root (server kelas membuat pengguna).")
        return 0
    random.seed(20)
    with kelas.running_class(f"bh{os.getpid()}", participants=args.n,
                             extra_setup=["--mulai-bersamaan", str(max(60, args.n))]) as hub:
        code, out = kelas.release(hub)
        if code != 0:
            print(f"Rilis modul 00 gagal: {out}")
            return 1
        hub.sessions.pop(hub.trainer).stop_server()
        sampler = Sampler(hub)
        sampler.start()
        delays = sorted(random.uniform(0, args.sebaran) for _ in hub.participants)
        start = time.monotonic()
        with ThreadPoolExecutor(max_workers=args.n) as pool:
            outcomes = list(pool.map(lambda pair: participant_day(hub, *pair, args.batas_siap),
                                     zip(hub.participants, delays, strict=True)))
        wall = time.monotonic() - start
        time.sleep(6)  # one more sample with every kernel closed
        sampler.stop.set()
        sampler.join()
        inbound = len(list(hub.inbound.iterdir()))
        report(args.n, outcomes, sampler.samples, wall)
        print(f"Kiriman di pertukaran: {inbound}/{args.n}")
        if any(o.failure for o in outcomes):
            kept = Path(f"/tmp/hub-bench-{args.n}.log")
            shutil.copyfile(hub.log, kept)
            print(f"Log hub disimpan di {kept}")
    return 0 if all(o.finished for o in outcomes) and inbound == args.n else 1


if __name__ == "__main__":
    sys.exit(main())
