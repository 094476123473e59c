# Two commands on a fresh machine (Debian/Ubuntu, run as root or with sudo available):
#   make demo   set up, load the demo site and serve it on http://127.0.0.1:8000
#   make test   set up and run the whole test suite (SQLite, then PostgreSQL)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup system-packages venv messages assets demo test test-sqlite test-postgres lint bench

setup: system-packages venv messages assets

system-packages:
	@scripts/install-system-packages

venv: $(BIN)/rostra

$(BIN)/rostra: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	@touch $@

messages: venv
	cd rostra && ../$(BIN)/rostra compilemessages --ignore '.venv' -v0

# Front-end packages from the npm registry (package.json, locked): the secret ballot's code on
# @noble/curves, bundled by esbuild into the assembly's static files, and axe-core, which the
# browser journeys inject for their accessibility checks (node_modules and the bundle are not
# committed).
assets: node_modules/.package-lock.json
	npx --no-install esbuild assets/ballot.mjs --bundle --format=esm --target=es2020 \
		--outfile=rostra/assembly/static/assembly/build/ballot.js --log-level=warning

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

demo: setup
	$(BIN)/rostra demo --host $(HOST) --port $(PORT)

test: setup
	scripts/run-tests

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: setup
	$(BIN)/python bench/article_render.py
