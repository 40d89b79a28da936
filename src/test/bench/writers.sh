#!/usr/bin/env bash
# Do writes stall? Concurrent editors creating published stories against PostgreSQL with a loaded
# archive, then the checks that every 201 is in the database and in the change feed.
#
#   src/test/bench/writers.sh [--stories 100000] [--seconds 120] [--writers 4] [--no-build] [--no-load]
#
# Builds the PostgreSQL jar (unless --no-build finds one), empties the database $PGDATABASE and loads
# the archive (unless --no-load: the database as it is, archive and earlier runs' stories included),
# starts the application, and runs io.newsdesk.bench.WriteStall: each writer sends POST
# /api/v1/articles one after another until the time is up. Prints the writes, the answers by status,
# 5xx, p50/p99/max latency, writes over 1 s and the slowest write of every 10 s; exits 1 when a story
# answered 201 is missing from the database or from /changes. Keeps the output in
# target/bench/writers-<time>.txt. Environment: see lib.sh.
set -euo pipefail

DB=postgresql
STORIES=100000
DURATION_S=120
WRITERS=4
BUILD=true
LOAD=true
while [ $# -gt 0 ]; do
  case $1 in
    --stories) STORIES=$2; shift 2 ;;
    --seconds) DURATION_S=$2; shift 2 ;;
    --writers) WRITERS=$2; shift 2 ;;
    --no-build) BUILD=false; shift ;;
    --no-load) LOAD=false; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

# shellcheck source=src/test/bench/lib.sh
. "$(dirname "$0")/lib.sh"
require curl jq java psql
OUT=$ROOT/target/bench/writers-$(date -u +%Y%m%dT%H%M%SZ).txt

build_jar "$BUILD"
database
if $LOAD; then
  empty_schema
  load_archive "$STORIES"
else
  mkdir -p "$WORK"
  : > "$WORK/server.log"
fi
start_app
log "ready in $READY_MS ms; $(psql -tA -c 'select count(*) from article') stories in the database"
EDITOR=$(new_key editor "Benchmark writers")

log "$WRITERS writers for $DURATION_S s"
rc=0
(
  printf 'writers.sh: %s writers, %s s, PostgreSQL with %s stories before the run; %s cores, load average %s\n' \
    "$WRITERS" "$DURATION_S" "$(psql -tA -c 'select count(*) from article')" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  code=0
  timeout $((DURATION_S + 900)) java -cp "$BENCH_CP" io.newsdesk.bench.WriteStall --api "$APP" --token "$EDITOR" \
    --writers "$WRITERS" --seconds "$DURATION_S" --url "$JDBC_URL" --user "$DB_USER" --password "$DB_PASSWORD" \
    || code=$?
  printf 'server log: %s answers 500 to POST /api/v1/articles, %s lines with ERROR\n' \
    "$(grep -c ' POST /api/v1/articles 500 ' "$WORK/server.log" || true)" "$(grep -c ' ERROR ' "$WORK/server.log" || true)"
  exit "$code"
) | tee "$OUT" || rc=$?
exit "$rc"
