# One command runner for Convoy. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
COMPILED := $(VENV)/.compiled-stamp
PG_URL ?= postgres://postgres@127.0.0.1:5432/convoy

.PHONY: setup system demo test test-sqlite test-postgres lint bench serve messages clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Convoy needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# numba compiles the Kempe annealing's kernel once and caches it beside its source: do it
# here, not inside the first solve's time limit.
$(COMPILED): $(STAMP) src/convoy/planning/kempe_kernel.py
	$(BIN)/python -c 'from convoy.planning.kempe_fast import warm; print(f"kernel compiled or loaded in {warm():.1f} s")'
	@touch $(COMPILED)

setup: $(STAMP) $(COMPILED)

demo: setup
	$(BIN)/convoy demo

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

test-sqlite: setup
	$(BIN)/pytest

test-postgres: setup
	scripts/ensure-postgres.sh
	DATABASE_URL=$(PG_URL) $(BIN)/pytest --db-only

system:
	scripts/ensure-system.sh --browser

test: system lint test-sqlite test-postgres

bench: setup
	$(BIN)/python -m benchmarks

serve: setup
	$(BIN)/convoy serve

messages: setup
	scripts/messages.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
