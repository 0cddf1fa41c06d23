#!/usr/bin/env bash
# `make test`: the whole suite on SQLite, then on PostgreSQL.
#
# Each engine's site template (migrations, content) is built once, in a folder of this
# run's own: SQLite's first, on its own (the run waits for it), then PostgreSQL's beside
# the SQLite run. Each run spreads its tests over TEST_WORKERS processes (pytest-xdist;
# by default one more than the cores, since about a quarter of a run is spent waiting on
# real processes: browsers, servers, task workers, mail servers that hang on purpose).
# The tests marked engine_neutral (what they test does not change with the database:
# every browser test, and those of served and exported files, headers, processes,
# settings and packages) run once, in the SQLite run; everything else runs on both. The
# two runs go one after the other: side by side they only contend for the same cores.
#
# Without a PostgreSQL at TEST_POSTGRES_URL its run is skipped with a message, except
# on CI (CI=true), where that is a failure. Every phase prints its time.
#
# Called by the Makefile with PY (the virtualenv's python), PYTEST, TEST_POSTGRES_URL and
# TEST_WORKERS in the environment.
set -u

# Python keeps the modules it compiles (its default; some environments turn it off):
# a run starts hundreds of Python processes (test workers, servers, task workers,
# commands), and each would otherwise compile the site's code again, and every test
# worker rewrite the tests' assertions again.
unset PYTHONDONTWRITEBYTECODE

start=$(date +%s)
elapsed() { echo $(($(date +%s) - start)); }

workers=$TEST_WORKERS
if [ "$workers" = auto ]; then
  workers=$(($(nproc) + 1))
fi

templates=$(mktemp -d "${TMPDIR:-/tmp}/ocp-templates-XXXXXX")
export TEST_TEMPLATE_CACHE="$templates"

if "$PY" -m tests.support.reachable postgres "$TEST_POSTGRES_URL"; then
  postgres=yes
elif [ "${CI:-}" = true ]; then
  echo "make test: PostgreSQL is required on CI (TEST_POSTGRES_URL)"
  exit 1
else
  postgres=no
fi

pg_build=""
finish() {
  if [ -n "$pg_build" ]; then wait "$pg_build" 2>/dev/null; fi
  if [ $postgres = yes ]; then
    DATABASE_URL="$TEST_POSTGRES_URL" "$PY" -m tests.support.template_cache drop "$templates"
  else
    rm -rf "$templates"
  fi
}
trap finish EXIT

echo "make test: building the site's database (migrations, content) for SQLite"
env -u DATABASE_URL "$PY" -m tests.support.template_cache build "$templates" || exit $?
echo "make test: SQLite template built in $(elapsed) s"
if [ $postgres = yes ]; then
  DATABASE_URL="$TEST_POSTGRES_URL" "$PY" -m tests.support.template_cache build "$templates" &
  pg_build=$!
fi
beside=""
[ $postgres = yes ] && beside=" (PostgreSQL's template is being built beside it)"
echo "make test: the suite on SQLite, in $workers processes$beside"
sqlite_start=$(date +%s)
env -u DATABASE_URL "$PYTEST" -n "$workers" --dist worksteal || exit $?
sqlite_done=$(date +%s)
echo "make test: SQLite run took $((sqlite_done - sqlite_start)) s"

if [ $postgres = yes ]; then
  wait $pg_build || exit $?
  pg_build=""
  echo "make test: the suite on PostgreSQL, in $workers processes (the engine-neutral tests ran on SQLite)"
  DATABASE_URL="$TEST_POSTGRES_URL" TEST_ENGINE_NEUTRAL_ELSEWHERE=1 \
    "$PYTEST" -n "$workers" --dist worksteal || exit $?
  echo "make test: PostgreSQL run took $(($(date +%s) - sqlite_done)) s"
else
  echo "make test: PostgreSQL run SKIPPED (set TEST_POSTGRES_URL to a server to run it)"
fi

echo "make test: $(elapsed) s in all"
