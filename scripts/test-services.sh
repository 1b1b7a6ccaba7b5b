#!/usr/bin/env bash
# Install (when missing) and start what the tests need beside Python: a PostgreSQL server on
# 127.0.0.1:55432 and Debian's Chromium. Writes ./.test-env with the variables the tests read.
# Safe to run again: it reuses a running server.
set -euo pipefail
cd "$(dirname "$0")/.."
PGPORT=55432
PGDATA=${BALISE_PGDATA:-/tmp/balise-pgdata}
: > .test-env

have_root() { [ "$(id -u)" = 0 ]; }
apt_ready=0
apt_install() {
  have_root || { echo "test-services: not root, cannot install $*" >&2; return 1; }
  if [ $apt_ready = 0 ]; then apt-get update -qq >/dev/null; apt_ready=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- PostgreSQL -------------------------------------------------------------------------------
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  apt_install postgresql || true
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ]; then
  if ! "$PGBIN/pg_isready" -h 127.0.0.1 -p $PGPORT -q 2>/dev/null; then
    # Test data is disposable: a server that is not running (for instance killed with its
    # session, leaving a stale postmaster.pid) is started afresh from a new data directory.
    rm -rf "$PGDATA"
    if [ ! -f "$PGDATA/PG_VERSION" ]; then
      mkdir -p "$PGDATA"
      if have_root; then chown postgres:postgres "$PGDATA"; fi
      chmod 700 "$PGDATA"
      if have_root; then
        runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
      else
        "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
      fi
    fi
    start=("$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start)
    if have_root; then runuser -u postgres -- "${start[@]}" >/dev/null; else "${start[@]}" >/dev/null; fi
  fi
  psql -h 127.0.0.1 -p $PGPORT -U postgres -tAc "select 1 from pg_database where datname='balise_test'" | grep -q 1 \
    || psql -h 127.0.0.1 -p $PGPORT -U postgres -qc 'create database balise_test'
  echo "export BALISE_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:$PGPORT/balise_test" >> .test-env
  echo "test-services: PostgreSQL on 127.0.0.1:$PGPORT" >&2
else
  echo "test-services: no PostgreSQL; its tests will be skipped" >&2
fi

# --- Chromium ---------------------------------------------------------------------------------
if [ ! -x /usr/bin/chromium ]; then apt_install chromium || true; fi
if [ -x /usr/bin/chromium ]; then
  echo "export BALISE_CHROMIUM=/usr/bin/chromium" >> .test-env
  echo "test-services: Chromium at /usr/bin/chromium" >&2
else
  echo "test-services: no Chromium; browser tests will be skipped" >&2
fi
