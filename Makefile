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

## make test: install what the tests need and run the whole suite on SQLite, then again
## on PostgreSQL at TEST_POSTGRES_URL (skipped with a message when none is reachable,
## except on CI, where CI=true makes that a failure). The site's database template for
## both engines is built at once, in a folder of the run's own; the SQLite run starts as
## soon as its template is ready, while PostgreSQL's is still being built; each run then
## spreads the tests over TEST_WORKERS processes (pytest-xdist, default: one per core)
## and prints its time.
TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test
TEST_WORKERS ?= auto
PYTEST_PARALLEL := $(BIN)/pytest -n $(TEST_WORKERS) --dist worksteal
test: install-test
	@start=$$(date +%s); 	templates=$$(mktemp -d "$${TMPDIR:-/tmp}/ocp-templates-XXXXXX"); 	export TEST_TEMPLATE_CACHE="$$templates"; 	if $(PY) -m tests.support.reachable postgres "$(TEST_POSTGRES_URL)"; then postgres=yes; 	elif [ "$$CI" = true ]; then 		echo "make test: PostgreSQL is required on CI (TEST_POSTGRES_URL)"; exit 1; 	else postgres=no; fi; 	drop() { if [ -n "$${pg:-}" ]; then wait $$pg 2>/dev/null; fi; if [ $$postgres = yes ]; then DATABASE_URL="$(TEST_POSTGRES_URL)" 		$(PY) -m tests.support.template_cache drop "$$templates"; else rm -rf "$$templates"; fi; }; 	trap drop EXIT; 	echo "make test: building the site's database (migrations, content) for each engine"; 	env -u DATABASE_URL $(PY) -m tests.support.template_cache build "$$templates" & sqlite=$$!; 	if [ $$postgres = yes ]; then DATABASE_URL="$(TEST_POSTGRES_URL)" 		$(PY) -m tests.support.template_cache build "$$templates" & pg=$$!; fi; 	wait $$sqlite || exit $$?; 	built=$$(date +%s); 	echo "make test: SQLite template built in $$((built - start)) s"; 	echo "make test: the suite on SQLite (PostgreSQL's template is still being built beside it)"; 	env -u DATABASE_URL $(PYTEST_PARALLEL) || exit $$?; 	sqlite_done=$$(date +%s); 	echo "make test: SQLite run took $$((sqlite_done - built)) s"; 	if [ $$postgres = yes ]; then 		wait $$pg || exit $$?; 		echo "make test: the suite on PostgreSQL"; 		DATABASE_URL="$(TEST_POSTGRES_URL)" $(PYTEST_PARALLEL) || exit $$?; 		echo "make test: PostgreSQL run took $$(($$(date +%s) - sqlite_done)) s"; 	else 		echo "make test: PostgreSQL run SKIPPED (set TEST_POSTGRES_URL to a server to run it)"; 	fi; 	echo "make test: $$(($$(date +%s) - start)) s in all"

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
