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
DB ?= sqlite
RTT_MS ?= 1
INNO_COMPRESSION ?= lzma2/fast

# Python's compiled-module cache (__pycache__) on, even where the environment turns it off: without it
# every test worker and every command the tests start compiles the whole app and the tests anew.
unexport PYTHONDONTWRITEBYTECODE

# pytest on both cores (pytest-xdist; an idle worker takes tests queued for the other); run headless.
PYTEST := $(BIN)/python -m pytest -n auto --dist worksteal
# The instants the suite must also pass at (with the clock running): a Saturday evening, New Year's
# Eve into the estimated next year, a public holiday at night, the lunch break of a make-up working day.
CLOCKS := "2026-12-05 19:30:00" "2026-12-31 23:40:00" "2026-10-01 03:00:00" "2026-09-20 12:45:00"

.PHONY: run test test-clocks lint bundle installer-check fonts translations translations-update migration bench clean readme screenshots

run: $(INSTALLED) translations
	$(BIN)/expedite-desk

# The suite (with ruff and mypy as tests), the slowest tests, and line coverage per package.
test: $(INSTALLED) translations
	QT_QPA_PLATFORM=offscreen $(PYTEST) --durations=15 --cov --cov-report=
	$(BIN)/python -m tests.coverage_by_package

# The suite again at each of CLOCKS (Debian's faketime), as CI runs it.
test-clocks: $(INSTALLED) translations
	@command -v faketime >/dev/null || { echo "faketime 未安装 / not installed: sudo apt-get install faketime"; exit 1; }
	@for at in $(CLOCKS); do \
		echo "== 时钟 / clock: $$at"; \
		QT_QPA_PLATFORM=offscreen faketime -f "@$$at" $(PYTEST) -q || exit 1; \
	done

# README's roles sections, generated from app/domain/permissions.py (a test fails while they are stale).
readme: $(INSTALLED) translations
	$(BIN)/python -m tests.readme_roles

# README's screenshots, from the real windows on a 3,000-case sample office at 1366×768 (offscreen).
screenshots: $(INSTALLED) translations fonts
	$(BIN)/python -m tests.readme_screenshots

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
bundle: $(INSTALLED) translations fonts
	$(BIN)/python installer/build.py --archive

# The Windows setup program compiled here: Inno Setup's ISCC.exe (pinned, fetched with npm into
# ~/.cache/expedite-desk/) under wine, Chinese and English, failing on any warning. Reuses dist/ExpediteDesk/.
# INNO_COMPRESSION=lzma2/max packs as the shipped setup does (2.5 minutes instead of 30 s).
installer-check: $(INSTALLED) translations fonts
	$(BIN)/python -m installer.check_setup --compression $(INNO_COMPRESSION)

# The fallback fonts for rare Han characters (HanaMinA/B, 52 MB, not in git) into resources/fonts/, so
# the bundle carries them: copied from the system's fonts-hanazono or that Debian package, sha256-checked.
fonts: $(INSTALLED)
	$(BIN)/python installer/fetch_fonts.py

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
# ONLY=scale (not in the default run) measures the views at 100,000 cases too: its first run generates
# and caches that office, which takes many minutes. DB=postgres: the office on a throwaway PostgreSQL
# server behind a proxy adding RTT_MS per round trip (.bench/results-postgres-1ms.json).
bench: $(INSTALLED) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.suite --cases $(CASES) \
		$(if $(ENFORCE),--enforce) $(if $(ONLY),--only $(ONLY)) --db $(DB) --rtt-ms $(RTT_MS)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache .coverage* $(QM_FILES) \
		resources/fonts/HanaMin*.ttf
