# Two commands on a fresh machine (Debian/Ubuntu, run as root or with sudo available):
#   make demo   set up, load the demo site and serve it on http://127.0.0.1:8000
#   make test   set up and run the whole test suite (SQLite, then PostgreSQL)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup system-packages venv messages node-tools demo test test-sqlite test-postgres lint bench

setup: system-packages venv messages node-tools

system-packages:
	@scripts/install-system-packages

venv: $(BIN)/rostra

$(BIN)/rostra: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	@touch $@

# axe-core for the browser journeys' accessibility checks (injected from node_modules).
AXE_CORE_VERSION := 4.11.0
node-tools: node_modules/axe-core/axe.min.js

node_modules/axe-core/axe.min.js:
	npm install --no-save --no-package-lock --no-audit --no-fund --silent --prefix . axe-core@$(AXE_CORE_VERSION)

messages: venv
	cd rostra && ../$(BIN)/rostra compilemessages --ignore '.venv' -v0

demo: setup
	$(BIN)/rostra demo --host $(HOST) --port $(PORT)

test: setup
	scripts/run-tests

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: setup
	$(BIN)/python bench/article_render.py
