# Balise: two commands on a fresh machine.
#   make demo   set up .venv, generate a ~10k-ad market, analyse it, evaluate it, write the report
#   make test   set up .venv (all extras), start the test services, run the default test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := demo
DEMO_OPERATORS ?= 1400
DEMO_WEEKS ?= 8
DEMO_IMAGES ?=
# DEMO_IMAGES=--images also draws photo files (slower: about a minute more)

.PHONY: setup setup-dev demo test test-slow test-all services lint typecheck bench clean

# --compile-bytecode and the compileall lines below: where PYTHONDONTWRITEBYTECODE is set (as on
# these machines), no process writes .pyc files, so every process (a CLI call, a pool or Spark
# worker, a test's subprocess) would compile pandas, pyarrow and the rest from source again
# (about 2 s of CPU each); compiled once here, they are only read.
# balise.extract is compiled with mypyc by setup.py (about a minute), and its C scans (_scan.c)
# with the machine's compiler: a change to one of its
# sources rebuilds it (--reinstall-package: uv would otherwise reuse its cached build, keyed on
# pyproject.toml and setup.py only). BALISE_PURE_PYTHON=1 installs without compiling.
COMPILED_SOURCES := setup.py $(wildcard src/balise/extract/*.py src/balise/extract/*.c \
	src/balise/extract/rules/*.py)
$(BIN)/balise: pyproject.toml $(COMPILED_SOURCES)
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	@test -x $(BIN)/python || uv venv --seed --python $(PYTHON) $(VENV)
	uv pip install --python $(BIN)/python --quiet --compile-bytecode --reinstall-package balise -e .
	@touch $(BIN)/balise

setup: $(BIN)/balise

# the extras' dependencies only (-r pyproject.toml): balise itself is installed, and compiled,
# by the rule above; installing '.[web,spark,dev]' would build it a second time
$(VENV)/.dev-installed: pyproject.toml $(BIN)/balise
	uv pip install --python $(BIN)/python --quiet --compile-bytecode -r pyproject.toml \
		--extra web --extra spark --extra dev
	@touch $@

setup-dev: $(VENV)/.dev-installed

demo: setup
	@$(BIN)/python -m compileall -q src >/dev/null
	rm -rf $(DEMO)
	$(BIN)/balise simulate --seed 2026 --operators $(DEMO_OPERATORS) --weeks $(DEMO_WEEKS) $(DEMO_IMAGES) --out $(DEMO)/market
	$(BIN)/balise analyze $(DEMO)/market/ads.jsonl --out $(DEMO)/out --store $(DEMO)/balise-data
	$(BIN)/balise evaluate $(DEMO)/market $(DEMO)/out
	@echo "Report: $(CURDIR)/$(DEMO)/out/report.html"

services:
	@bash scripts/test-services.sh

test: setup-dev services
	@$(BIN)/python -m compileall -q src >/dev/null
	. ./.test-env && $(BIN)/python -m pytest -m "not slow and not spark" -q

test-slow: setup-dev services
	@$(BIN)/python -m compileall -q src >/dev/null
	. ./.test-env && $(BIN)/python -m pytest -m "slow or spark" -q || [ $$? -eq 5 ]

test-all: setup-dev services
	. ./.test-env && $(BIN)/python -m pytest -q

lint: setup-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: setup-dev
	$(BIN)/mypy src/balise

clean:
	rm -rf $(VENV) $(DEMO) balise-data .test-env
