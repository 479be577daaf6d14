"""Optional live generative model: send a prompt to a chat service the trainer configured.

Module 06 works entirely from drafts shipped with the kit.  Where a class has
an approved generative AI service (a cloud service the agency allows, or a
local server on the trainer's laptop that speaks the common OpenAI-compatible
chat API, such as llama.cpp's server, Ollama or vLLM), the trainer can point
the kit at it; the notebook then sends the participant's prompt and runs the
fact checker on the answer.  Nothing graded depends on it.

Configuration, read in this order (never type a key into a notebook):

1. environment variables ``HUMAS_AI_LLM_URL`` (the base URL, for example
   ``http://127.0.0.1:8080/v1``, or the full ``.../chat/completions``
   address), ``HUMAS_AI_LLM_MODEL`` and, if the service needs one,
   ``HUMAS_AI_LLM_KEY``;
2. a JSON file the trainer writes, ``{"url": ..., "model": ..., "key": ...}``,
   at the path in ``HUMAS_AI_LLM_CONFIG`` or else ``~/.humas_ai/llm.json``.

Only the standard library is used (``urllib``): no new dependency.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from humas_ai.errors import HumasAIError

ENV_URL, ENV_MODEL, ENV_KEY = "HUMAS_AI_LLM_URL", "HUMAS_AI_LLM_MODEL", "HUMAS_AI_LLM_KEY"
ENV_CONFIG = "HUMAS_AI_LLM_CONFIG"
DEFAULT_CONFIG = Path.home() / ".humas_ai" / "llm.json"
NOT_CONFIGURED = (
    "Layanan AI generatif belum disiapkan pelatih untuk kelas ini, jadi modul ini memakai draf "
    "yang sudah disediakan. Itu cukup untuk semua latihan. (Untuk pelatih: isi variabel "
    f"lingkungan {ENV_URL} dan {ENV_MODEL}, atau tulis file konfigurasi; lihat panduan "
    "fasilitasi Modul 06.)"
)
DEFAULT_SYSTEM = (
    "Anda membantu petugas humas pemerintah menyusun naskah dalam bahasa Indonesia yang baik "
    "dan benar. Ikuti semua aturan di dalam brief."
)


class LiveModelError(HumasAIError):
    """The live model is not configured, or its service did not answer usefully."""


@dataclass(frozen=True)
class LiveModelConfig:
    """Where the chat service is and which model to ask."""

    url: str
    model: str
    key: str | None = None
    timeout: float = 120.0

    @property
    def endpoint(self) -> str:
        """The chat-completions address (``/chat/completions`` added to a base URL)."""
        url = self.url.rstrip("/")
        return url if url.endswith("/chat/completions") else f"{url}/chat/completions"


def read_config(environ: dict | None = None, path: str | Path | None = None
                ) -> LiveModelConfig | None:
    """The trainer's configuration, or ``None`` when no service is configured."""
    environ = os.environ if environ is None else environ
    url, model = environ.get(ENV_URL, "").strip(), environ.get(ENV_MODEL, "").strip()
    if url or model:
        if not (url and model):
            raise LiveModelError(f"Isi keduanya: {ENV_URL} (alamat layanan) dan {ENV_MODEL} "
                                 "(nama model). Salah satunya masih kosong.")
        return LiveModelConfig(url=url, model=model, key=environ.get(ENV_KEY, "").strip() or None)
    path = Path(path or environ.get(ENV_CONFIG) or DEFAULT_CONFIG)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        url, model = str(data["url"]).strip(), str(data["model"]).strip()
    except (ValueError, KeyError, TypeError) as error:
        raise LiveModelError(
            f"File konfigurasi {path} tidak terbaca. Isinya harus JSON seperti "
            '{"url": "http://127.0.0.1:8080/v1", "model": "nama-model"}.'
        ) from error
    if not (url and model):
        raise LiveModelError(f"File konfigurasi {path}: 'url' dan 'model' harus terisi.")
    return LiveModelConfig(url=url, model=model, key=(str(data.get("key") or "").strip() or None),
                           timeout=float(data.get("timeout", 120)))


def status(config: LiveModelConfig | None = None) -> str:
    """One Indonesian sentence: which service is configured, or that none is."""
    config = config or read_config()
    if config is None:
        return NOT_CONFIGURED
    return (f"Layanan AI generatif dari pelatih siap: model {config.model} di {config.endpoint}. "
            "Jawabannya tetap harus diperiksa dengan check_draft.")


def ask(prompt: str, *, config: LiveModelConfig | None = None, system: str = DEFAULT_SYSTEM,
        temperature: float = 0.2) -> str:
    """Send ``prompt`` to the configured chat service and return the answer text."""
    if not isinstance(prompt, str) or not prompt.strip():
        raise LiveModelError("Prompt kosong. Bangun prompt dulu, lalu kirim.")
    config = config or read_config()
    if config is None:
        raise LiveModelError(NOT_CONFIGURED)
    body = json.dumps({
        "model": config.model, "temperature": temperature,
        "messages": [{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    }).encode("utf-8")
    headers = {"Content-Type": "application/json"}
    if config.key:
        headers["Authorization"] = f"Bearer {config.key}"
    request = urllib.request.Request(config.endpoint, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=config.timeout) as response:
            answer = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        raise LiveModelError(
            f"Layanan AI menolak permintaan (kode {error.code}). Periksa nama model dan kunci "
            "akses bersama pelatih; sementara itu pakai draf yang disediakan."
        ) from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise LiveModelError(
            f"Layanan AI di {config.endpoint} tidak dapat dihubungi ({error}). Pakai draf yang "
            "disediakan dan beri tahu pelatih."
        ) from error
    except ValueError as error:
        raise LiveModelError("Jawaban layanan AI bukan JSON yang dikenal.") from error
    try:
        text = answer["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as error:
        raise LiveModelError("Jawaban layanan AI tidak berisi teks (format OpenAI tidak dikenali)."
                             ) from error
    if not isinstance(text, str) or not text.strip():
        raise LiveModelError("Layanan AI mengembalikan jawaban kosong. Coba kirim sekali lagi.")
    return text.strip()


def ask_or_explain(prompt: str, *, config: LiveModelConfig | None = None) -> str | None:
    """For notebooks: the answer, or ``None`` after printing why there is none (never raises).

    While nbgrader grades a notebook (``NBGRADER_EXECUTION`` is set) nothing is sent.
    """
    if os.environ.get("NBGRADER_EXECUTION"):
        print("Pengiriman ke layanan AI dilewati saat notebook dinilai otomatis.")
        return None
    try:
        return ask(prompt, config=config)
    except LiveModelError as error:
        print(error)
        return None


def main(argv: list[str] | None = None) -> int:
    """``python -m humas_ai.live_model [--uji]``: the trainer's check before class."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m humas_ai.live_model",
        description="Periksa layanan AI generatif yang disiapkan pelatih untuk Modul 06.")
    parser.add_argument("--uji", action="store_true",
                        help="kirim satu pertanyaan pendek dan tampilkan jawabannya")
    args = parser.parse_args(argv)
    try:
        config = read_config()
    except LiveModelError as error:
        print(error)
        return 1
    print(status(config))
    if config is None or not args.uji:
        return 0
    try:
        print("Jawaban uji:", ask("Jawab dengan satu kata saja: siap.", config=config))
    except LiveModelError as error:
        print(error)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
