# Two commands for a fresh machine: `make run` (the main job) and `make test` (what CI runs).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
GUIDE ?= ../shared/reference/kiwoom-rest-api-guide-2026-07-04.xlsx

.PHONY: setup run test lint generate check report bench workflows spec-review dist release-tag

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

test: setup lint check workflows spec-review dist
	$(PY) -m pytest

# Regenerate generated/ from specs/ (never edit generated/ by hand).
generate: setup
	$(PY) -m generator build

# Fails, listing the stale files, when generated/ is not what specs/ produce.
check: setup
	$(PY) -m generator check

lint: setup
	$(PY) -m generator lint
	$(PY) -m ruff check generator tests bench demo dist_check
	$(PY) -m ruff format --check generator tests bench demo dist_check
	$(PY) -m mypy
	cd generated && ../$(PY) -m mypy --strict --config-file /dev/null --cache-dir ../.mypy_cache/generated kiwoom_sdk

# What differs between a guide workbook and specs/ (exit 1 when anything does).
report: setup
	$(PY) -m generator import-guide $(GUIDE) --report

# Performance figures as ratios against anchors measured in the same run (not a test).
bench: setup check
	$(PY) -m bench

# The GitHub workflow files (.github/workflows) against GitHub's published schema, as check-jsonschema vendors it.
workflows: setup
	$(PY) -m check_jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

# What the specs of the working tree do to the library's callers since BASE (a git ref or a spec folder), as
# Markdown in spec-review.md; exit 1 on a change of class FAIL_ON (none: never). The spec-review workflow runs it
# with BASE=origin/<target branch>, FAIL_ON=breaking and API=--api (both sides built, their generated APIs compared
# with griffe).
BASE ?= HEAD
FAIL_ON ?= none
API ?=
spec-review: setup
	$(PY) -m generator diff $(BASE) specs $(API) $(if $(filter-out none,$(FAIL_ON)),--fail-on $(FAIL_ON)) > spec-review.md

# The tag of a release names the version the package gets (the last one in generator/releases.yaml).
release-tag: setup
	test "$(TAG)" = "v$$($(PY) -c 'from generator.versions import current_version; print(current_version())')"

# The sdist and wheel of generated/ built by a standard frontend, their metadata checked, the wheel installed with
# its simulator extra into a fresh virtualenv outside the repository, and the generated tests and a simulator round
# trip run there against the installed copy.
DIST := dist
DIST_TMP ?= /tmp/kiwoom-sdk-dist
dist: setup check
	rm -rf $(DIST) $(DIST_TMP) && mkdir -p $(DIST_TMP)/src
	cp -r generated/pyproject.toml generated/README.md generated/kiwoom_sdk $(DIST_TMP)/src/
	find $(DIST_TMP)/src -name __pycache__ -prune -exec rm -rf {} +
	$(PY) -m build --no-isolation --outdir $(DIST) $(DIST_TMP)/src
	$(PY) -m twine check --strict $(DIST)/*
	$(PYTHON) -m venv $(DIST_TMP)/venv
	$(DIST_TMP)/venv/bin/python -m pip install --quiet "$$(ls $(DIST)/*.whl)[sim]" pytest==9.2.0
	cp -r generated/tests $(DIST_TMP)/tests && cp -r dist_check $(DIST_TMP)/dist_check
	cd $(DIST_TMP) && venv/bin/python -m pytest -q -p no:cacheprovider tests
	cd $(DIST_TMP) && venv/bin/python -m dist_check.links && venv/bin/python -m dist_check.roundtrip
