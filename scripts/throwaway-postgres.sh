#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 server on 127.0.0.1 for tests and benchmarks, and prints the
# URL to use (ONSITE_TEST_POSTGRES_URL). `throwaway-postgres.sh stop DIR` stops it and removes DIR.
# Usage: eval "$(scripts/throwaway-postgres.sh start [PORT])"   # sets PG_DIR and PG_URL
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
start)
    port="${2:-55432}"
    dir="$(mktemp -d)"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_postgres "$PGBIN/initdb" -D "$dir" -A trust -N >/dev/null
    as_postgres "$PGBIN/pg_ctl" -D "$dir" -l "$dir/log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" -w start >/dev/null
    as_postgres psql -q -h 127.0.0.1 -p "$port" -d postgres -c "create user onsite password 'onsite' createdb"
    as_postgres psql -q -h 127.0.0.1 -p "$port" -d postgres -c "create database onsite owner onsite"
    # A second database for the service suite, which runs beside the store suite.
    as_postgres psql -q -h 127.0.0.1 -p "$port" -d postgres -c "create database onsite_services owner onsite"
    echo "PG_DIR=$dir"
    echo "PG_URL=postgres://onsite:onsite@127.0.0.1:$port/onsite"
    ;;
stop)
    dir="$2"
    as_postgres "$PGBIN/pg_ctl" -D "$dir" -m fast stop >/dev/null || true
    rm -rf "$dir"
    ;;
esac
