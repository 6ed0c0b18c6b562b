# The two commands a new machine needs: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
CASES ?= 20000
ENFORCE ?=
ONLY ?=

.PHONY: run test lint bundle translations translations-update migration bench clean

run: $(INSTALLED) translations
	$(BIN)/expedite-desk

test: $(INSTALLED) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

$(BIN)/python:
	@$(PYTHON) -m venv $(VENV) || { \
		echo "无法创建虚拟环境 / cannot create a virtual environment:"; \
		echo "  Debian/Ubuntu: sudo apt-get install python3-venv"; exit 1; }

$(INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgres,build]'
	touch $@

# The one-folder bundle for this machine in dist/ (a portable .tar.gz beside it; on Windows the
# setup program from Inno Setup instead): see installer/README.md.
bundle: $(INSTALLED) translations
	$(BIN)/python installer/build.py --archive

# Compiled catalogues are build output: generated here, never edited, not committed.
translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(INSTALLED)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing user-visible strings: collect them into the .ts files, then translate there.
translations-update: $(INSTALLED)
	$(BIN)/pyside6-lupdate $$(find app ui -name '*.py' | sort) -no-obsolete \
		-source-language zh_CN -target-language en -ts resources/translations/expedite_desk_en.ts

# After changing app/db/models.py: write the next migration, then review it.
migration: $(INSTALLED)
	$(BIN)/python -m app.db.new_revision "$(MESSAGE)"

# Every figure on the large sample office (cached in .bench/), as one table and .bench/results.json.
# ENFORCE=1 makes a missed target fail; ONLY="board gantt" runs some of tests/benchmarks/ alone.
bench: $(INSTALLED) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.suite --cases $(CASES) \
		$(if $(ENFORCE),--enforce) $(if $(ONLY),--only $(ONLY))

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache $(QM_FILES)
