# Kelas AI Humas: thin targets, each calls one tool. Run `make help`.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.terpasang
PORT   ?= 8888
HEADLESS ?=
JOBS   ?= 2

.PHONY: help install lab test test-quick lint bench model lock release refresh-solutions grade formgrader book bundle hub clean

help:
	@echo "make lab         buka JupyterLab pada folder modules/ (HEADLESS=1 PORT=8888 tanpa browser)"
	@echo "make test        pasang lingkungan lalu jalankan seluruh tes"
	@echo "make test-quick  tes cepat untuk pengembangan (tanpa notebook, server, dan build)"
	@echo "make lint        periksa gaya kode dengan ruff"
	@echo "make release     buat ulang notebook peserta di modules/ dari solutions/"
	@echo "make refresh-solutions  jalankan ulang notebook solusi agar keluarannya mutakhir"
	@echo "make bench       jalankan benchmark di bench/"
	@echo "make model       bangun ulang model sentimen bawaan (humas_ai/model_sentimen) dari korpus publik"
	@echo "make lock        perbarui requirements.lock dari pyproject.toml"
	@echo "make grade SUBMISSIONS=\"kiriman.zip folder/\"  nilai kiriman peserta (lihat docs/penilaian.md)"
	@echo "make formgrader  nilai jawaban tertulis peserta dengan Formgrader nbgrader"
	@echo "make book        bangun buku kursus ke _build/html (luring, peringatan = gagal)"
	@echo "make bundle      buat paket pemasangan luring di dist/bundle (perlu internet sekali)"
	@echo "make hub         pasang lalu jalankan server kelas JupyterHub di mesin ini (root; lihat docs/pelatih/server-satu-mesin.md)"

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstalls only when the lock or the package metadata changed.
$(STAMP): requirements.lock pyproject.toml | $(PY)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements.lock
	$(PY) -m pip install --disable-pip-version-check -q --no-deps -e .
	@touch $@

install: $(STAMP)

# The participant's JupyterLab shows the course only: lab-config/peserta turns off nbgrader's
# menus and server extensions, the news pop-up and the extension manager (no internet).
lab: $(STAMP)
	JUPYTER_CONFIG_PATH="$(abspath lab-config/peserta)" $(BIN)/jupyter lab --ServerApp.root_dir=modules $(if $(HEADLESS),--no-browser --port=$(PORT) --ServerApp.port_retries=0) $(if $(filter 0,$(shell id -u)),--allow-root)

# The book's rendering test needs Chromium, a system package: installed with apt if missing.
test: $(STAMP)
	@tools/ensure-chromium
	$(PY) -m pytest -n $(JOBS) --dist loadfile

test-quick: $(STAMP)
	$(PY) -m pytest -n $(JOBS) -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check humas_ai tests bench conftest.py tools docs/_ext datasets/build grader

bench: $(STAMP)
	$(PY) bench/run_all.py

# The shipped default sentiment model, from the public corpora and komentar_publik; then
# update the figures in docs/kartu-model.md with bench/real_text.py.
model: $(STAMP)
	$(PY) -c "from humas_ai.sentiment import build_default_model; print(build_default_model())"

# Regenerate every modules/NN-name/ from solutions/NN-name/ (nbgrader reads
# grader/nbgrader_config.py from its working directory; no gradebook needed).
release: $(STAMP)
	cd grader && $(abspath $(BIN))/nbgrader generate_assignment "*" --force --no-db

# Re-run every solution notebook (offline) so its stored outputs match the kit, then drop
# the run's noise (widget state, timestamps).  Run `make release` afterwards.
refresh-solutions: $(STAMP)
	$(PY) tools/refresh_solutions.py

# Grade participants' submissions (zips, folders): collect, autograde, feedback, export, report.
grade: $(STAMP)
	@test -n "$(SUBMISSIONS)" || { echo "Isi SUBMISSIONS, misalnya: make grade SUBMISSIONS=kiriman.zip"; exit 2; }
	$(BIN)/humas-ai grade $(SUBMISSIONS)

# Grade written answers by hand with nbgrader's Formgrader (menu Nbgrader -> Formgrader).
# JupyterLab serves the course root; nbgrader finds grader/nbgrader_config.py on the Jupyter
# config path (and its `alembic` on PATH for a new gradebook).  lab-config/pelatih keeps the
# grading tools and turns off the exchange panels (no class server here) and the news pop-up;
# its jupyter_server_config.py lets the grading page work without internet (no MathJax CDN).
# KURSUS=folder serves another course copy (the tests use one).
KURSUS ?= .
formgrader: $(STAMP)
	cd "$(KURSUS)" && PATH="$(abspath $(BIN)):$$PATH" JUPYTER_CONFIG_PATH="$(abspath $(KURSUS))/grader:$(abspath lab-config/pelatih)" $(abspath $(BIN))/jupyter lab $(if $(HEADLESS),--no-browser --port=$(PORT) --ServerApp.port_retries=0) $(if $(filter 0,$(shell id -u)),--allow-root)

# Refresh the pinned versions: one lock for Linux, macOS and Windows.
lock: $(STAMP)
	$(PY) -m pip install -q uv
	$(BIN)/uv pip compile --universal --python-version 3.11 --all-extras pyproject.toml -o requirements.lock

# The course book: offline, every warning is an error, built from a fresh release of
# solutions/ in a temporary folder (never from modules/, where a trainer may have typed
# answers).  The agenda page is generated from the modules' metadata (docs/_ext/kelas_book.py).
book: $(STAMP)
	$(PY) tools/build_book.py

# Offline install bundle for Windows, macOS and Linux (PLATFORMS="linux" for one).
# The public corpora (humas_ai.corpora) travel as korpus/ when KORPUS is a folder.
KORPUS ?= ../shared/data/public-corpora
bundle: $(STAMP) book
	$(PY) tools/build_bundle.py --book _build/html --out dist/bundle $(if $(PLATFORMS),--platforms $(PLATFORMS)) $(if $(wildcard $(KORPUS)/nusax),--corpora $(KORPUS))

# One-machine class server (JupyterHub + nbgrader's exchange), as root: installs or updates
# (idempotent), then runs the hub in the foreground.  Only Python 3.11+, npm and useradd needed.
HUB_PREFIX ?= /opt/kelas-ai-humas
HUB_KELAS  ?= /srv/kelas-ai-humas
ROSTER     ?= grader/roster.csv
PELATIH    ?= pelatih
HUB_IP     ?= 127.0.0.1
HUB_PORT   ?= 8000
hub:
	$(PYTHON) tools/hub/server_kelas.py pasang --prefix "$(HUB_PREFIX)" --kelas "$(HUB_KELAS)" --roster "$(ROSTER)" --pelatih "$(PELATIH)" --ip "$(HUB_IP)" --port "$(HUB_PORT)"
	$(PYTHON) tools/hub/server_kelas.py jalankan --kelas "$(HUB_KELAS)"

clean:
	rm -rf $(VENV) build dist _build *.egg-info .pytest_cache
