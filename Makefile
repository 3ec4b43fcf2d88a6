# Two entry points for a newcomer: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= sitrep.db
OUT    ?= out

.PHONY: run test install install-test lint typecheck bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

## make run: set up, then extract, store and export the bundled sample.
run: $(VENV)/.installed
	$(BIN)/sitrep run data/sample --db $(DB) --out $(OUT)

## make test: set up with test tools, then lint, type-check and run the whole suite.
test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks eval/experiments
	$(BIN)/mypy
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py --n 1000

clean:
	rm -rf $(VENV) $(OUT) $(DB) .pytest_cache .mypy_cache .ruff_cache
