# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-mariadb worker bench bench-load clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/jinyan serve --demo

test: $(STAMP)
	$(BIN)/python -m pytest

test-mariadb: $(STAMP)
	TEST_DB_URL=mysql://root:@127.0.0.1:3306/test $(BIN)/python -m pytest

# A city day compressed into a minute against the real server, two workers and MariaDB (bench/load.py).
bench-load: $(STAMP)
	$(BIN)/python bench/load.py

worker: $(STAMP)
	$(BIN)/jinyan worker

clean:
	rm -rf $(VENV) data .pytest_cache
