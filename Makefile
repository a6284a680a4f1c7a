# eventwire: `make run` builds everything and ingests the demo corpus; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= eventwire.duckdb

.PHONY: setup node-deps run test test-fast bench lint clean

setup: $(STAMP) node-deps

# playwright-core for the browser tests (no browser download: they drive Debian's chromium).
node-deps:
	@if command -v npm >/dev/null 2>&1 && [ ! -d node_modules/playwright-core ]; then \
		npm ci --no-audit --no-fund --loglevel=error; fi

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

run: setup
	$(BIN)/eventwire ingest examples/corpus --db $(DB)
	$(BIN)/eventwire summary --db $(DB)

test: setup
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy src
	$(BIN)/pytest -n 2 -q

test-fast: setup
	$(BIN)/pytest -q -m "not slow"

bench: setup
	$(BIN)/python -m bench.run

lint: setup
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy src

clean:
	rm -rf $(VENV) $(DB) .pytest_cache build *.egg-info src/*.egg-info node_modules
