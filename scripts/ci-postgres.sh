#!/usr/bin/env bash
# Starts PostgreSQL on loopback for the store's contract tests and prints the URL they read.
#
#   eval "$(scripts/ci-postgres.sh)"   # exports ESGKIT_TEST_PG_URL=postgres://…@127.0.0.1:…/esgkit_test
#
# Runs as root on Debian 12: installs postgresql from apt when missing, starts the packaged cluster
# (pg_ctlcluster), or — when there is none — a throwaway one made with initdb in a temp directory,
# then creates a login role (with CREATEDB: each test run makes and drops its own database) and a
# database. ESGKIT_PG_PRIVATE=1 forces the private cluster (port ESGKIT_PG_PORT, default 54329).
# Idempotent: safe to run again on a machine where it already ran. Progress goes to
# stderr; stdout carries only the export line, so the output can be eval'ed.
set -euo pipefail

ROLE=esgkit_test
PASSWORD=esgkit_test
DATABASE=esgkit_test
FALLBACK_PORT=${ESGKIT_PG_PORT:-54329}

log() { echo "ci-postgres: $*" >&2; }
die() {
  log "$*"
  exit 1
}

[ "$(id -u)" -eq 0 ] || die "run as root (it installs packages and starts the cluster as user postgres)"

if ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
  log "installing postgresql from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || die "apt-get update failed"
  apt-get install -y -qq postgresql >&2 || die "apt-get install postgresql failed"
fi
BIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d | sort -V | tail -1)
VERSION=$(basename "$(dirname "$BIN")")
log "PostgreSQL $VERSION ($BIN)"

# psql as the superuser over the Unix socket (peer authentication), stopping at the first error.
as_postgres_psql() { runuser -u postgres -- "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PORT" "$@"; }

if [ "${ESGKIT_PG_PRIVATE:-0}" != 1 ] && command -v pg_lsclusters >/dev/null && pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main"' | grep -q .; then
  PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { print $3 }')
  SOCKET_DIR=/var/run/postgresql
  if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
    log "starting cluster $VERSION/main on port $PORT"
    pg_ctlcluster "$VERSION" main start >&2 || die "pg_ctlcluster $VERSION main start failed"
  fi
else
  # No packaged cluster: a private one in a temp directory, listening on 127.0.0.1 only.
  PORT=$FALLBACK_PORT
  DATA_DIR=${TMPDIR:-/tmp}/esgkit-pg-$PORT
  SOCKET_DIR=$DATA_DIR
  if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    log "initdb in $DATA_DIR"
    mkdir -p "$DATA_DIR" && chown postgres:postgres "$DATA_DIR"
    runuser -u postgres -- "$BIN/initdb" -D "$DATA_DIR" -U postgres -A peer --auth-host=scram-sha-256 >&2 ||
      die "initdb failed"
  fi
  if ! runuser -u postgres -- "$BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
    log "starting private cluster on 127.0.0.1:$PORT"
    runuser -u postgres -- "$BIN/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w start \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA_DIR" >&2 || die "pg_ctl start failed (see $DATA_DIR/server.log)"
  fi
fi

for _ in $(seq 1 30); do
  "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break
  sleep 1
done
"$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" || die "PostgreSQL is not accepting connections on 127.0.0.1:$PORT"

as_postgres_psql -d postgres <<SQL >&2
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD';
  ELSE
    ALTER ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE $DATABASE OWNER $ROLE' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DATABASE')\gexec
SQL

URL="postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
"$BIN/psql" -X -q -d "$URL" -c 'SELECT 1' >/dev/null || die "cannot connect as $ROLE to $URL"
log "ready: $URL"
echo "export ESGKIT_TEST_PG_URL=$URL"
