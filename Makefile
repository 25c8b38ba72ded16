# wsis-graph: two commands on a fresh machine with Python 3.11 and make.
#   make run   -> creates .venv, installs, builds data/sources into out/, prints a summary,
#                 writes the stakeholder network (HTML, GEXF, GraphML, JSON, SVG, PNG)
#   make test  -> creates or updates .venv with the test extras, installs the Debian packages
#                 the tests need (when run as root), runs pytest
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= out

.PHONY: run test eval venv test-venv system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

venv: $(VENV)/.installed
test-venv: $(VENV)/.installed-test

run: venv
	$(BIN)/wsis-graph build --out $(OUT)
	$(BIN)/wsis-graph network --graph $(OUT) --out $(OUT)

# Debian packages the tests use (a CJK font for the pictures, Chromium for the HTML view).
# Installed only when we are root and they are missing; otherwise the tests that need them skip.
SYSTEM_PACKAGES := fonts-wqy-microhei chromium chromium-driver
system-deps:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	  missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi; \
	else echo "not root: skipping Debian packages ($(SYSTEM_PACKAGES))"; fi

test: test-venv system-deps
	$(BIN)/python -m pytest -q

# The extractor's quality on texts it was not written against (tests/corpus/README.md):
# dev texts in full, blind texts as totals per genre only.
eval: venv
	$(BIN)/wsis-graph evaluate tests/corpus/dev
	$(BIN)/wsis-graph evaluate tests/corpus/blind --blind

clean:
	rm -rf $(OUT) $(VENV) build dist *.egg-info
