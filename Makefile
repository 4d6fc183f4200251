# CEP Desk — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard translations/*.ts)
QM     := $(TS:.ts=.qm)
ARGS   ?=

.PHONY: run test bench lint translations ts system-deps clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	touch $(STAMP)

translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

## Start the app (`make run ARGS=--demo` opens the demo caseload).
run: system-deps $(STAMP) translations
	$(VENV)/bin/cep-desk $(ARGS)

system-deps:
	@bash tools/ensure-system-deps.sh

## Install everything needed, then run the whole suite and the linter.
test: system-deps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider
	$(VENV)/bin/ruff check cep_desk tests bench tools

lint: $(STAMP)
	$(VENV)/bin/ruff check cep_desk tests bench tools

## Benchmarks on a generated 10,000-person store; results appended to docs/BENCHMARKS.md.
bench: $(STAMP) translations
	@bash tools/ensure-system-deps.sh bench
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

## Refresh the .ts sources from the code (then translate, then commit).
ts: $(STAMP)
	$(PY) tools/update_translations.py

clean:
	rm -rf $(VENV) translations/*.qm build *.egg-info
