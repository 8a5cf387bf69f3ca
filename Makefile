# Two commands for a fresh machine: `make run` (the main job) and `make test` (what CI runs).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
GUIDE ?= ../shared/reference/kiwoom-rest-api-guide-2026-07-04.xlsx

.PHONY: setup run test lint generate check report bench

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The main job: regenerate generated/ from the specs (lint first), start the simulator and run a
# scripted session of the generated client against it, printing the transcript.
run: setup
	$(PY) -m generator build
	PYTHONPATH=generated $(PY) -m demo

test: setup lint check
	$(PY) -m pytest

# Regenerate generated/ from specs/ (never edit generated/ by hand).
generate: setup
	$(PY) -m generator build

# Fails, listing the stale files, when generated/ is not what specs/ produce.
check: setup
	$(PY) -m generator check

lint: setup
	$(PY) -m generator lint
	$(PY) -m ruff check generator tests bench demo
	$(PY) -m ruff format --check generator tests bench demo
	$(PY) -m mypy
	cd generated && ../$(PY) -m mypy --strict --config-file /dev/null --cache-dir ../.mypy_cache/generated kiwoom_sdk

# What differs between a guide workbook and specs/ (exit 1 when anything does).
report: setup
	$(PY) -m generator import-guide $(GUIDE) --report

# Performance figures as ratios against anchors measured in the same run (not a test).
bench: setup check
	$(PY) -m bench
