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

.PHONY: run test test-mariadb worker bench bench-load lock clean h5 frontend-test api-types console console-test

# The mini program (miniprogram/, docs/decisions/046): with Node, `make run` builds its H5 build (served at /m/) and
# `make test` also builds mp-weixin and runs the vitest suite; without Node both say so and go on.
# JINYAN_SKIP_FRONTEND=1 skips the front end (.ci/run's MariaDB pass: it ran once already on the SQLite pass).
MP := miniprogram
MP_SOURCES := $(shell find $(MP)/src -type f 2>/dev/null) $(MP)/index.html $(MP)/vite.config.js
HAVE_NODE := $(shell command -v npm >/dev/null 2>&1 && echo yes)
NO_NODE := echo "== Node.js/npm 未安装:跳过小程序 H5 构建,/m/ 将显示未构建提示(apt-get install nodejs npm 后重试)"

$(MP)/node_modules/.package-lock.json: $(MP)/package-lock.json
	cd $(MP) && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.package-lock.json

$(MP)/dist/build/h5/index.html: $(MP)/node_modules/.package-lock.json $(MP_SOURCES)
	cd $(MP) && npm run --silent build:h5 && touch dist/build/h5/index.html

$(MP)/dist/build/mp-weixin/app.json: $(MP)/node_modules/.package-lock.json $(MP_SOURCES)
	cd $(MP) && npm run --silent build:mp-weixin && touch dist/build/mp-weixin/app.json

h5:
ifeq ($(HAVE_NODE),yes)
	@$(MAKE) --no-print-directory $(MP)/dist/build/h5/index.html
else
	@$(NO_NODE)
endif

frontend-test:
ifeq ($(JINYAN_SKIP_FRONTEND),1)
	@echo "== JINYAN_SKIP_FRONTEND=1: front-end install, builds and vitest skipped"
else ifeq ($(HAVE_NODE),yes)
	@$(MAKE) --no-print-directory $(MP)/dist/build/h5/index.html $(MP)/dist/build/mp-weixin/app.json
	cd $(MP) && npm test --silent
else
	@$(NO_NODE)
endif

# After changing a route or a schema: the API types both front ends import (docs/decisions/045).
api-types: $(UV)
	$(SYNC) --inexact
	@$(MAKE) --no-print-directory $(MP)/node_modules/.package-lock.json
	$(BIN)/python tools/api_types.py

# The management console (console/, docs/decisions/060): built when Node is present, and only when its sources or
# lockfile changed since the last build (make compares their times with dist/index.html's); `npm ci` only when the
# lockfile changed. Without Node, /admin/ says how to build it.
CONSOLE_SOURCES := $(shell find console/src -type f 2>/dev/null) console/index.html console/vite.config.js \
	console/package.json console/package-lock.json

console/node_modules/.package-lock.json: console/package-lock.json
	cd console && npm ci --no-audit --no-fund --loglevel=error
	touch $@

console/dist/index.html: $(CONSOLE_SOURCES) console/node_modules/.package-lock.json
	cd console && npx vite build --logLevel warn

console:
ifeq ($(HAVE_NODE),yes)
	@$(MAKE) --no-print-directory console/dist/index.html
else
	@echo "未找到 Node.js:跳过管理端(console/)构建,/admin/ 将提示如何构建"
endif

# vitest once per change of the console's sources or tests (the SQLite and MariaDB passes of .ci/run share it).
console/node_modules/.vitest-passed: $(CONSOLE_SOURCES) $(wildcard console/tests/*.js)
	cd console && npx vitest run --reporter=dot
	touch $@

console-test: console
ifeq ($(HAVE_NODE),yes)
	@$(MAKE) --no-print-directory console/node_modules/.vitest-passed
endif

$(UV):
	$(PYTHON) -m venv .uv
	.uv/bin/python -m pip install --quiet uv==$(UV_VERSION)

# --inexact: a venv that already has the test extra keeps it (no reinstall on the next `make test`).
run: $(UV) h5 console
	$(SYNC) --inexact
	$(BIN)/jinyan serve --demo

# The suite in TEST_WORKERS processes (pytest-xdist, docs/decisions/100): each has its own session database; tests
# that share a costly setup (the seeded demo street, a module's fixture) run in one of them (tests/conftest.py).
TEST_WORKERS ?= 2
PYTEST := $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup

test: $(UV) frontend-test console-test
	$(SYNC) --extra test
	$(PYTEST)

test-mariadb: $(UV) console-test
	$(SYNC) --extra test
	TEST_DB_URL=mysql://root:@127.0.0.1:3306/test $(PYTEST)

# The benches (docs/capacity.md): what they need, the quick scan bench run, the long ones listed. wrk comes from
# Debian (apt-get, as root or through sudo): a Python load generator saturates first on a 2-core machine; without
# wrk the benches fall back to it and say when it is the bottleneck.
BENCHES := "bench/load.py (make bench-load)" bench/dashboard.py bench/exports.py bench/rescore.py bench/qr_render.py \
	bench/outbox.py bench/outbox_crash.py bench/audit.py bench/records.py bench/miniprogram.py
bench: $(UV)
	$(SYNC) --extra test --extra bench
	@command -v wrk >/dev/null 2>&1 || { echo "== 安装 wrk(apt-get install -y wrk)"; \
		if [ "$$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; \
		else sudo -n apt-get install -y wrk >/dev/null; fi || echo "== 未能安装 wrk:压测改用 Python 负载生成器"; }
	$(BIN)/python bench/scan.py
	@echo "== 其余压测(各需数分钟,见 docs/capacity.md;DATABASE_URL / BENCH_DB_URL 指向专用库):"
	@for b in $(BENCHES); do echo "   $(BIN)/python $$b"; done

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
	rm -rf $(VENV) .uv data .pytest_cache console/node_modules console/dist
