# The two commands a newcomer needs: `make run` and `make test`.
# Everything is installed into .venv from the pinned versions in requirements.lock.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test migrate content admin serve lint format messages \
	check-messages bench lighthouse loadtest clean

$(BIN)/activate:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/activate pyproject.toml requirements.lock
	$(PY) -m pip install --quiet -c requirements.lock -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install --quiet -c requirements.lock -e ".[test]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

migrate: install
	$(MANAGE) migrate --no-input

content: migrate
	$(MANAGE) load_site_content

admin: migrate
	$(MANAGE) ensure_local_admin

## make run: set up, load the content, make sure an admin exists, serve site + worker.
run: content admin
	$(MANAGE) collectstatic --no-input --verbosity 0
	$(MANAGE) purge_personal_data --schedule
	$(MANAGE) send_daily_digests --schedule
	$(MANAGE) send_check_ins --schedule
	@echo "Site: http://$(HOST):$(PORT)/   Admin: http://$(HOST):$(PORT)/admin/   (Ctrl-C stops)"
	$(PY) -m ocp.runner --bind $(HOST):$(PORT)

## make test: install what the tests need and run the whole suite on SQLite, then on
## PostgreSQL at TEST_POSTGRES_URL (skipped with a message when none is reachable, except
## on CI, where CI=true makes that a failure). Each engine's site database is built once,
## in a folder of the run's own (PostgreSQL's beside the SQLite run); each run spreads
## its tests over TEST_WORKERS processes (pytest-xdist; default: one more than the
## cores); the tests marked engine_neutral (the browser tests among them) run in the
## SQLite run only. Every phase prints its time (tests/support/make_test.sh).
TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test
TEST_WORKERS ?= auto
test: install-test
	@PY=$(PY) PYTEST=$(BIN)/pytest TEST_POSTGRES_URL="$(TEST_POSTGRES_URL)" \
		TEST_WORKERS="$(TEST_WORKERS)" bash tests/support/make_test.sh

lint: install-test
	$(PY) -m tests.support.imports
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit -c pyproject.toml -r site home programs faq leads inquiries participants staticsite frontends accounts -lll -q

format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## make messages: regenerate the UI string catalogues (needs GNU gettext).
messages: install
	$(MANAGE) makemessages --all --no-obsolete --no-location --ignore ".venv/*" \
		--ignore "home/content/*" --ignore "build/*"
	$(MANAGE) compilemessages --ignore ".venv/*"

## check-messages: fail when the catalogues are stale or a message is untranslated.
check-messages: messages
	$(PY) -m tests.support.i18n_check
	git diff --exit-code --stat -- locales/

## make bench: queries and render times per page, and a static file for comparison.
bench: install-test
	DJANGO_SETTINGS_MODULE=tests.perf.settings $(PY) -m tests.perf.bench

## make lighthouse: Lighthouse (mobile) on home, OCP, FAQ, materials and a form page in
## every language: scores, compressed weight and requests to other origins (needs npm).
lighthouse: install-test
	cd tests/perf/lighthouse && npm install --no-audit --no-fund --silent
	DJANGO_SETTINGS_MODULE=tests.perf.settings $(PY) -m tests.perf.lighthouse

## make loadtest: locust against gunicorn (4 workers) on SQLite, then PostgreSQL (skipped
## when none answers); LOADTEST_SECONDS (30) and LOADTEST_USERS (10) bound the runs.
loadtest: install-test
	DJANGO_SETTINGS_MODULE=tests.perf.settings $(PY) -m tests.perf.loadtest

clean:
	rm -rf $(VENV) staticfiles .test-media .pytest_cache
