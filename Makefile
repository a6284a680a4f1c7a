# eventwire: `make run` builds everything and ingests the demo corpus; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= eventwire.duckdb

.PHONY: setup run test test-fast bench lint browser-deps clean

setup: $(STAMP)

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
	$(BIN)/pytest -n 2 -q

test-fast: setup
	$(BIN)/pytest -q -m "not slow"

bench: setup
	$(BIN)/python -m bench.run

lint: setup
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy src

clean:
	rm -rf $(VENV) $(DB) .pytest_cache build *.egg-info src/*.egg-info
