# Two commands for a fresh machine: `make run` (the main job) and `make test` (what CI runs).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
GUIDE ?= ../shared/reference/kiwoom-rest-api-guide-2026-07-04.xlsx

.PHONY: setup run test test-lowest lint generate check report bench workflows spec-review dist release-tag docs

setup: $(STAMP)

# tests/npm: AsyncAPI's official JSON Schemas (@asyncapi/specs, pinned with its integrity in package-lock.json), which
# the tests validate generated/asyncapi.yaml against.
NPM_TESTS := tests/npm

$(STAMP): pyproject.toml $(NPM_TESTS)/package-lock.json
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e ".[dev]"
	npm ci --prefix $(NPM_TESTS) --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $(STAMP)

# The main job: regenerate generated/ from the specs (lint first), start the simulator and run a
# scripted session of the generated client against it, printing the transcript.
run: setup
	$(PY) -m generator build
	PYTHONPATH=generated $(PY) -m demo

# The main run takes TEST_WORKERS processes (pytest-xdist): most tests wait on a simulator, a subprocess or a socket
# for part of their time, so two workers on two cores take well under half the time of one.
TEST_WORKERS ?= 2

test: setup lint check workflows spec-review dist docs test-lowest
	$(PY) -m pytest -n $(TEST_WORKERS)

# The generated package at the other end of its dependency ranges (generator/targets/library/dependencies.py): installed with the
# extras of LOWEST_EXTRAS in a virtualenv of its own, every dependency at its lowest supported version
# (generated/tests/constraints-lowest.txt), running the generated tests and every test that needs nothing but the
# package: the runtime against the simulator, the command, the demo (tests/test_dependencies.py checks that the
# lists name all of them). The lists take about the same time and run side by side; the simulator's tests mostly
# wait. pytest runs without the `pythonpath = generated` of pyproject.toml, so the installed package is tested (the
# command and the demo run from generated/, as their tests say), and a deprecation is an error: it is a break on a
# newer Python that the package admits. The venv is made again only when the constraints, the package's
# requirements or the test tools' pins change.
LOWEST := .venv-lowest
LOWEST_PY := $(LOWEST)/bin/python
LOWEST_CONSTRAINTS := generated/tests/constraints-lowest.txt
LOWEST_TESTS_1 := generated/tests tests/test_cli.py tests/test_cli_terminal.py \
	tests/test_generated_runtime.py tests/test_sim_cli.py tests/test_cli_text.py
LOWEST_TESTS_2 := tests/test_request_validation.py tests/test_runtime.py tests/test_server_errors.py tests/test_client_call.py \
	tests/test_response_reading.py \
	tests/test_realtime_control.py tests/test_sim_faults.py tests/test_properties.py tests/test_value_semantics.py \
	tests/test_error_pickling.py tests/test_order_look_ups.py
LOWEST_TESTS_3 := tests/test_misuse_rest.py tests/test_realtime_deadlines.py tests/test_realtime_session.py \
	tests/sim/test_stream.py tests/test_demo.py tests/test_order_answers.py tests/test_public_api.py \
	tests/test_cli_usage.py
LOWEST_RUNS := $(sort $(patsubst LOWEST_TESTS_%,lowest-%,$(filter LOWEST_TESTS_%,$(.VARIABLES))))
LOWEST_PYTEST := $(LOWEST_PY) -m pytest -p no:cacheprovider -o pythonpath= -W error::DeprecationWarning
TEST_TOOLS := $(shell grep -oE '"(pytest|hypothesis)==[^"]+"' pyproject.toml)

# pip builds the package from a copy: setuptools leaves build/ and an egg-info beside the sources it builds, and
# would pack into the wheel what an older build left in build/.
define COPY_PACKAGE
rm -rf $(LOWEST)/package && mkdir $(LOWEST)/package
cp -R generated/pyproject.toml generated/README.md generated/kiwoom_sdk $(LOWEST)/package/
endef

$(LOWEST)/.installed: $(LOWEST_CONSTRAINTS) generated/pyproject.toml pyproject.toml
	rm -rf $(LOWEST)
	$(PYTHON) -m venv $(LOWEST)
	$(COPY_PACKAGE)
	$(LOWEST_PY) -m pip install --quiet --constraint $(LOWEST_CONSTRAINTS) "$(LOWEST)/package[sim,cli]" $(TEST_TOOLS)
	touch $@ $(LOWEST)/.package

# The package again whenever generated/ was built again.
$(LOWEST)/.package: generated/BUILD-HASH | $(LOWEST)/.installed
	$(COPY_PACKAGE)
	$(LOWEST_PY) -m pip install --quiet --no-deps --force-reinstall $(LOWEST)/package
	touch $@

test-lowest: $(LOWEST)/.installed $(LOWEST)/.package
	$(LOWEST_PY) -m pip check
	$(MAKE) --no-print-directory --output-sync=target -j$(words $(LOWEST_RUNS)) $(LOWEST_RUNS)

lowest-%:
	$(LOWEST_PYTEST) $(LOWEST_TESTS_$*)

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

# The documentation site into site/ (not committed): mkdocs.yml, its address and navigation inherited from
# generated/site-nav.yml (generator/targets/docs/site.py). --strict fails on any warning: a broken link or anchor, a page missing
# from the navigation or listed there without a file, a snippet of README.md not found, a docstring griffe cannot
# read. NO_MKDOCS_2_WARNING silences the theme's notice about its successor.
docs: setup
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --quiet

# The GitHub workflow files (.github/workflows) and the Read the Docs configuration against their published schemas,
# as check-jsonschema vendors them.
workflows: setup
	$(PY) -m check_jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(PY) -m check_jsonschema --builtin-schema vendor.readthedocs .readthedocs.yaml

# What the specs of the working tree do to the library's callers since BASE (a git ref or a spec folder), as
# Markdown in REVIEW (spec-review.md); exit 1 on a change of class FAIL_ON (none: never). The spec-review workflow
# runs it with BASE=origin/<target branch>, FAIL_ON=breaking and API=--api (both sides built, their generated APIs
# compared with griffe), and posts REVIEW as the pull request's comment: when the diff cannot run (exit 2: a side
# that is no ref or does not lint), REVIEW says why, and the target fails.
BASE ?= HEAD
FAIL_ON ?= none
API ?=
REVIEW ?= spec-review.md
spec-review: setup
	@$(PY) -m generator diff $(BASE) specs $(API) $(if $(filter-out none,$(FAIL_ON)),--fail-on $(FAIL_ON)) \
		> $(REVIEW) 2> $(REVIEW).err; status=$$?; cat $(REVIEW).err >&2; \
		if [ $$status -eq 2 ]; then \
			{ printf '## Spec diff `%s` → `specs`\n\nThe spec diff could not run:\n\n```\n' '$(BASE)'; \
			cat $(REVIEW).err; printf '```\n'; } > $(REVIEW); \
		fi; rm -f $(REVIEW).err; exit $$status

# The tag of a release names the version the package gets (the last one in generator/review/releases.yaml).
release-tag: setup
	@version="$$($(PY) -c 'from generator.review.versions import current_version; print(current_version())')" \
		&& test "$(TAG)" = "v$$version" \
		|| { echo "release-tag: the tag '$(TAG)' is not v$$version, the last version of generator/review/releases.yaml" >&2; exit 1; }

# The sdist and wheel of generated/ built by a standard frontend, their metadata checked, the wheel installed with
# its simulator extra into a fresh virtualenv outside the repository, and the generated tests and a simulator round
# trip run there against the installed copy, which must hold the OpenAPI and AsyncAPI documents.
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
	cd $(DIST_TMP) && venv/bin/python -m dist_check.links && venv/bin/python -m dist_check.documents \
		&& venv/bin/python -m dist_check.roundtrip
