# newsgraph — the two commands that set everything up on a fresh machine:
#   make run    venv + install, code the seed article into ./newsgraph.duckdb, print its events
#   make test   venv + install, run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEED ?= ../shared/seeds/000_0b8838c6ec95b6ce.txt
DB ?= newsgraph.duckdb

.PHONY: install run test bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: install
	$(BIN)/newsgraph ingest $(SEED) --db $(DB)
	$(BIN)/newsgraph events --db $(DB)

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) *.egg-info build dist .pytest_cache $(DB)
