# Two commands on a fresh machine with only python3: `make run` and `make test`.
# Installs come from uv.lock (docs/decisions/039-uv-lockfile.md): `make run` syncs the runtime dependencies only,
# `make test` adds the test extra. uv itself is installed with pip into .uv/ the first time.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
UV := .uv/bin/uv
# Never download a Python: use the machine's. The lock is the only source of versions.
export UV_PYTHON := $(PYTHON)
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
SYNC := $(UV) sync --frozen --quiet

.PHONY: run test test-mariadb worker bench bench-load lock clean

$(UV):
	$(PYTHON) -m venv .uv
	.uv/bin/python -m pip install --quiet uv==$(UV_VERSION)

# --inexact: a venv that already has the test extra keeps it (no reinstall on the next `make test`).
run: $(UV)
	$(SYNC) --inexact
	$(BIN)/jinyan serve --demo

test: $(UV)
	$(SYNC) --extra test
	$(BIN)/python -m pytest

test-mariadb: $(UV)
	$(SYNC) --extra test
	TEST_DB_URL=mysql://root:@127.0.0.1:3306/test $(BIN)/python -m pytest

# A city day compressed into a minute against the real server, two workers and MariaDB (bench/load.py).
bench-load: $(UV)
	$(SYNC) --extra test --extra bench
	$(BIN)/python bench/load.py

worker: $(UV)
	$(SYNC) --inexact
	$(BIN)/jinyan worker

# After editing the dependencies in pyproject.toml: re-resolve uv.lock (tests/test_lockfile.py checks it matches).
lock: $(UV)
	$(UV) lock

clean:
	rm -rf $(VENV) .uv data .pytest_cache
