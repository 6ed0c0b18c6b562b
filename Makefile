# The two commands a new machine needs: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
CASES ?= 20000

.PHONY: run test lint translations translations-update migration bench-startup bench-schedule bench-board bench-gantt bench-letter bench-knowledge bench-dashboard clean

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
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	touch $@

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

# Cold start (process start to main window shown) on a large sample office.
bench-startup: $(INSTALLED) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.cold_start --cases $(CASES)

bench-knowledge: $(INSTALLED)
	$(BIN)/python -m tests.benchmarks.knowledge --cases $(CASES)

bench-letter: $(INSTALLED)
	$(BIN)/python -m tests.benchmarks.letter --cases $(CASES)

bench-gantt: $(INSTALLED) translations
	$(BIN)/python -m tests.benchmarks.gantt --cases $(CASES)

bench-board: $(INSTALLED) translations
	$(BIN)/python -m tests.benchmarks.board --cases $(CASES)

bench-dashboard: $(INSTALLED) translations
	$(BIN)/python -m tests.benchmarks.dashboard --cases $(CASES)

# Scheduling a 2,000-task plan (forward and backward pass, slack, critical chain).
bench-schedule: $(INSTALLED)
	$(BIN)/python -m tests.benchmarks.scheduling

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache $(QM_FILES)
