# Data Makefile: real file targets, raw/ is read-only input, normalized/ is generated (and committed).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
RAW    := $(sort $(filter-out raw/README.md,$(wildcard raw/*.txt raw/*.md raw/*.pdf)))
SRC    := $(shell find src/extract -name '*.py' -o -name '*.txt' -o -name '*.tsv')
BENCH_ISSUES ?= 200
BENCH_SIZES ?= 50,200,800
BENCH_REPEAT ?= 3

.DEFAULT_GOAL := help
.PHONY: help run test lint bench clean distclean corpus-pdfs

help: ## list the targets
	@grep -E '^[a-zA-Z_/.-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | sort | \
		awk -F'\t' '{ printf "  %-28s %s\n", $$1, $$2 }'

# What the last run and export published (a deleted output is a missing target), and whether raw/
# still holds exactly the inputs that run read (a deleted input reruns it as an added one does).
STATE      := $(shell $(PYTHON) tools/make_state.py normalized $(RAW))
RUN_OUT    := $(sort normalized/manifest.json $(patsubst run:%,%,$(filter run:%,$(STATE))))
EXPORT_OUT := $(sort normalized/parquet/datapackage.json $(patsubst export:%,%,$(filter export:%,$(STATE))))

run: $(RUN_OUT) $(EXPORT_OUT) review/index.html ## create .venv if missing, install, extract raw/ into normalized/ (and write normalized/parquet/ and review/)

.PHONY: export
export: $(EXPORT_OUT) ## write normalized/parquet/: a Parquet file per table and a Frictionless datapackage.json

$(EXPORT_OUT) &: normalized/manifest.json $(SRC) $(VENV)/.installed
	$(PY) -m kic_extract.export normalized

.PHONY: review
review: review/index.html ## write the review site: every issue's extraction beside its source (open review/index.html)

review/index.html: normalized/manifest.json $(SRC) $(wildcard src/extract/review/assets/*) $(VENV)/.installed
	$(PY) -m kic_extract review --out normalized --raw raw --site review

$(RUN_OUT) &: $(RAW) $(SRC) pyproject.toml $(VENV)/.installed $(if $(filter inputs-changed,$(STATE)),FORCE)
	$(PY) -m kic_extract run --raw raw --out normalized

.PHONY: FORCE
FORCE:

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

test: $(VENV)/.installed-test ## install what the tests need and run the suite, one worker per core
	$(PY) -m pytest -n auto

.PHONY: eval eval-heldout
eval: $(VENV)/.installed ## score the pipeline per area against the hand-written keys of tests/corpus (text and PDF renderings)
	$(PY) -m kic_extract.evaluate tests/corpus

eval-heldout: $(VENV)/.installed ## score the held-out issues of tests/corpus/heldout (only once work on the others is done)
	$(PY) -m kic_extract.evaluate tests/corpus/heldout

.PHONY: hostile
hostile: $(VENV)/.installed-test ## the longer hostile-input suite: bad files, links, bombs, hangs, stopped runs
	$(PY) -m pytest tests/hostile/long_hostile.py

lint: $(VENV)/.installed-test ## check the code for unused names, likely bugs and needless complexity (ruff)
	$(PY) -m ruff check src tests

bench: $(VENV)/.installed-test ## time the pipeline over BENCH_ISSUES generated issues against a floor
	$(PY) -m kic_extract.bench --issues $(BENCH_ISSUES) --memory-sizes $(BENCH_SIZES) --repeat $(BENCH_REPEAT)

CORPUS_TEXTS := raw/kic-china-weekly-268.txt $(wildcard tests/corpus/*.txt)
PRODUCERS ?= reportlab,chromium,libreoffice,weasyprint,ghostscript

corpus-pdfs: $(VENV)/.installed-test ## print the corpus issues as PDFs from several producers into tests/corpus/pdf/ (needs chromium, libreoffice-writer-nogui, ghostscript, fonts-noto-cjk, fonts-nanum; pip extra corpus)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[corpus]'
	$(PY) -m kic_extract.pdf.render --out tests/corpus/pdf --producers $(PRODUCERS) $(CORPUS_TEXTS)
	$(PY) -m kic_extract.pdf.render --out tests/data/pdf --producers $(PRODUCERS) tests/data/pdf/sample.txt

clean: ## remove generated datasets, the review site and benchmark files (make run rebuilds them)
	rm -rf normalized/*.json normalized/schema normalized/parquet review .bench

distclean: clean ## also remove the virtual environment
	rm -rf $(VENV)
