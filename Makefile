# newsdigest: `make demo` runs the digest on samples/, `make test` runs lint and tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format bench eval fuzz stress screenshot clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsdigest merge samples/

test: $(STAMP)
	$(BIN)/ruff check newsdigest tests $(wildcard scripts/*.py)
	$(BIN)/ruff format --check newsdigest tests $(wildcard scripts/*.py)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check newsdigest tests $(wildcard scripts/*.py)
	$(BIN)/ruff format --check newsdigest tests $(wildcard scripts/*.py)

format: $(STAMP)
	$(BIN)/ruff format newsdigest tests $(wildcard scripts/*.py)
	$(BIN)/ruff check --fix newsdigest tests $(wildcard scripts/*.py)

eval: $(STAMP)
	@for s in scripts/eval_*.py; do echo "== $$s"; $(BIN)/python $$s || exit 1; done

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,fuzz]'
	$(BIN)/python scripts/fuzz.py

stress: $(STAMP)
	$(BIN)/python scripts/stress.py

screenshot: $(STAMP)
	$(BIN)/python scripts/screenshot.py
	$(BIN)/python scripts/readme_examples.py --write

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
