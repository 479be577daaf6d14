"""The optional live model: configuration, and one round trip to a tiny local chat server."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from humas_ai import live_model
from humas_ai.live_model import LiveModelConfig, LiveModelError, ask, ask_or_explain, read_config


class _Chat(BaseHTTPRequestHandler):
    """Answers like an OpenAI-compatible server; records what it received."""

    received: list = []
    reply: dict = {"choices": [{"message": {"role": "assistant", "content": " Draf dari model. "}}]}
    code = 200

    def do_POST(self):  # noqa: N802 (http.server's naming)
        length = int(self.headers["Content-Length"])
        type(self).received.append({"path": self.path, "auth": self.headers.get("Authorization"),
                                    "body": json.loads(self.rfile.read(length))})
        payload = json.dumps(type(self).reply).encode("utf-8")
        self.send_response(type(self).code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _Chat.received, _Chat.code = [], 200
    _Chat.reply = {"choices": [{"message": {"role": "assistant", "content": " Draf dari model. "}}]}
    httpd = HTTPServer(("127.0.0.1", 0), _Chat)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def test_nothing_configured_means_none_and_an_indonesian_message(tmp_path, monkeypatch, capsys):
    for name in ("HUMAS_AI_LLM_URL", "HUMAS_AI_LLM_MODEL", "HUMAS_AI_LLM_KEY",
                 "HUMAS_AI_LLM_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(live_model, "DEFAULT_CONFIG", tmp_path / "tidak-ada.json")
    assert read_config() is None
    assert live_model.status() == live_model.NOT_CONFIGURED
    with pytest.raises(LiveModelError, match="belum disiapkan pelatih"):
        ask("Tulis siaran pers.")
    assert ask_or_explain("Tulis siaran pers.") is None
    assert "memakai draf yang sudah disediakan" in capsys.readouterr().out


def test_environment_wins_and_half_a_configuration_is_refused(tmp_path):
    file = tmp_path / "llm.json"
    file.write_text(json.dumps({"url": "http://file/v1", "model": "dari-file"}), encoding="utf-8")
    env = {"HUMAS_AI_LLM_URL": "http://env/v1/", "HUMAS_AI_LLM_MODEL": "dari-env",
           "HUMAS_AI_LLM_CONFIG": str(file)}
    config = read_config(env)
    assert config.model == "dari-env" and config.key is None
    assert config.endpoint == "http://env/v1/chat/completions"
    assert read_config({"HUMAS_AI_LLM_CONFIG": str(file)}).model == "dari-file"
    with pytest.raises(LiveModelError, match="HUMAS_AI_LLM_MODEL"):
        read_config({"HUMAS_AI_LLM_URL": "http://env/v1"})
    file.write_text("bukan json", encoding="utf-8")
    with pytest.raises(LiveModelError, match="tidak terbaca"):
        read_config({"HUMAS_AI_LLM_CONFIG": str(file)})


def test_a_prompt_goes_to_the_chat_endpoint_and_the_answer_comes_back(server):
    config = LiveModelConfig(url=server, model="model-kelas", key="rahasia", timeout=10)
    assert ask("Tulis keterangan unggahan.", config=config) == "Draf dari model."
    sent = _Chat.received[-1]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["auth"] == "Bearer rahasia"
    assert sent["body"]["model"] == "model-kelas"
    assert sent["body"]["messages"][-1] == {"role": "user", "content": "Tulis keterangan unggahan."}
    assert "siap" in live_model.status(config)


def test_service_errors_become_indonesian_messages(server, capsys):
    config = LiveModelConfig(url=server + "/chat/completions", model="m", timeout=10)
    _Chat.code = 401
    with pytest.raises(LiveModelError, match="menolak permintaan \\(kode 401\\)"):
        ask("Halo", config=config)
    _Chat.code, _Chat.reply = 200, {"error": "tidak ada pilihan"}
    with pytest.raises(LiveModelError, match="tidak berisi teks"):
        ask("Halo", config=config)
    assert ask_or_explain("Halo", config=config) is None
    assert "tidak berisi teks" in capsys.readouterr().out
    with pytest.raises(LiveModelError, match="Prompt kosong"):
        ask("  ", config=config)


def test_an_unreachable_service_says_so(server):
    closed = LiveModelConfig(url="http://127.0.0.1:9/v1", model="m", timeout=2)
    with pytest.raises(LiveModelError, match="tidak dapat dihubungi"):
        ask("Halo", config=closed)


def test_nothing_is_sent_while_nbgrader_grades(server, monkeypatch, capsys):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    config = LiveModelConfig(url=server, model="m", timeout=10)
    assert ask_or_explain("Halo", config=config) is None
    assert _Chat.received == [] and "dilewati" in capsys.readouterr().out


def test_the_trainers_check_reports_the_service_and_one_answer(server, monkeypatch, capsys):
    monkeypatch.setenv("HUMAS_AI_LLM_URL", server)
    monkeypatch.setenv("HUMAS_AI_LLM_MODEL", "model-kelas")
    monkeypatch.delenv("HUMAS_AI_LLM_KEY", raising=False)
    assert live_model.main(["--uji"]) == 0
    out = capsys.readouterr().out
    assert "model-kelas" in out and "Jawaban uji: Draf dari model." in out
    assert _Chat.received[-1]["auth"] is None
    monkeypatch.setenv("HUMAS_AI_LLM_URL", "http://127.0.0.1:9/v1")
    assert live_model.main(["--uji"]) == 1
    assert "tidak dapat dihubungi" in capsys.readouterr().out
    monkeypatch.delenv("HUMAS_AI_LLM_MODEL")
    assert live_model.main([]) == 1
