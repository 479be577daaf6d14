"""Warm grading kernels (humas_ai.trainer.grading.warm): forked from a seed, yet a clean
namespace."""

import subprocess
import sys
import textwrap

import pytest

from tests.notebook_tools import offline_env

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="warm kernels are used on Linux only")

# Runs in its own Python: the seed is a fork of that process, never of the test runner.
SCRIPT = textwrap.dedent("""
    import os
    from jupyter_client.manager import start_new_kernel

    from humas_ai.trainer.grading import warm

    import ipykernel.kernelapp, pandas  # what warm_up() would have imported (and more)
    warm._warm = True  # warm_up() itself is slow; the mechanism is what is tested here

    def run(kc, code):
        out = []
        kc.execute_interactive(code, timeout=60, output_hook=lambda m: out.append(
            m["content"].get("text") or m["content"].get("ename") or ""))
        return "".join(out).strip()

    assert warm.plant_seed()
    seed = warm._seed.pid
    km, kc = start_new_kernel(kernel_name="python3", cwd=os.environ["HARAPAN_CWD"])
    print("dari-benih", km.provisioner.pid == seed)
    print("modul-sudah-ada", run(kc, "import sys; print('pandas' in sys.modules)"))
    print("namespace-kosong", run(kc, "pd"))
    print("folder", run(kc, "import os; print(os.getcwd() == os.environ['HARAPAN_CWD'])"))
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    print("benih-selesai", not os.path.exists(f"/proc/{seed}"))  # ended and reaped

    km, kc = start_new_kernel(kernel_name="python3")  # no seed left: the normal launch
    print("cadangan", km.provisioner.pid != seed, run(kc, "print(1 + 1)"))
    kc.stop_channels()
    km.shutdown_kernel(now=True)

    unused = warm.KernelSeed.fork()  # a grading process that never asks for its kernel
    os.close(unused._pipe)
    print("benih-tak-terpakai", unused.wait())
""")


def test_a_kernel_grows_from_the_seed_with_an_empty_namespace_and_falls_back_after(tmp_path):
    env = offline_env()
    (tmp_path / "kerja").mkdir()
    env["HARAPAN_CWD"] = str(tmp_path / "kerja")
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=180)
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert lines == {
        "dari-benih": "True",
        "modul-sudah-ada": "True",
        "namespace-kosong": "NameError",
        "folder": "True",
        "benih-selesai": "True",
        "cadangan": "True 2",
        "benih-tak-terpakai": "0",
    }, result.stdout + result.stderr[-3000:]


def test_a_cold_process_plants_no_seed():
    from humas_ai.trainer.grading import warm

    assert not warm.is_warm()
    assert warm.plant_seed() is False
    assert warm.take_seed() is None


def test_the_warm_up_remembers_the_bundled_texts_as_the_kit_preprocesses_them(monkeypatch):
    from humas_ai import text
    from humas_ai.clustering import cluster_texts, top_terms
    from humas_ai.data import load_dataset
    from humas_ai.trainer.grading import warm

    warm._preprocess_bundled_texts()
    news = load_dataset("berita_isu")
    texts = list(news["judul"] + ". " + news["ringkasan"])[:50]
    cleaned = []
    real = text.clean_text
    monkeypatch.setattr(text, "clean_text", lambda raw, **options: cleaned.append(raw)
                        or real(raw, **options))
    top_terms(texts, [index % 3 for index in range(len(texts))])
    cluster_texts(texts, k=3, random_state=0)
    assert cleaned == [], "every bundled text was already cleaned as the tools clean it"
    text.preprocess(["Teks yang belum pernah dibersihkan"])
    assert cleaned == ["Teks yang belum pernah dibersihkan"]


def test_the_warm_up_freezes_its_heap_so_forked_kernels_share_it():
    import gc

    from humas_ai.trainer.grading import warm

    try:
        warm._freeze_heap()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_warm_up_cleans_texts_exactly_as_the_kit_s_tools_do(monkeypatch):
    from humas_ai import clustering, sentiment, text
    from humas_ai.trainer.grading import warm

    used = []
    real = text.preprocess

    def spy(texts, **steps):
        used.append({**steps})
        return real(texts, **steps)

    monkeypatch.setattr(clustering, "preprocess", spy)
    texts = ["jalan rusak di kampung", "jalanan berlubang parah", "banjir lagi di pasar",
             "air banjir masuk rumah"]
    labels = clustering.cluster_texts(texts, k=2, random_state=0)
    clustering.top_terms(texts, labels, 3)
    pre = sentiment.make_default_pipeline().named_steps["pra"]
    steps = warm.kit_preprocessing()
    for found in used:
        assert found in steps
    assert {key: pre.get_params()[key] for key in ("stopwords", "stemming")} == {
        "stopwords": False, "stemming": False}
    assert pre.get_params() in steps
