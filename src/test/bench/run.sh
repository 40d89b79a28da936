#!/usr/bin/env bash
# Read and write throughput of the packaged application against nginx serving the same bytes.
#
#   src/test/bench/run.sh [--db h2|postgresql] [--stories N] [--duration 10s] [--warmup 5s]
#                         [--jit-warmup 10s] [--threads 2] [--connections 32] [--no-build] [--keep-data]
#                         [--no-appcds]
#
# Builds the packaged jar for the database kind (unless --no-build finds one), gives it an empty
# schema (a scratch H2 folder under target/bench, or the PostgreSQL database $PGDATABASE emptied),
# starts it once so Flyway creates the schema, stops it, loads N synthetic stories with
# io.newsdesk.bench.StoryLoader, starts it again (timing start to ready), and runs wrk against
# each request after a warm-up, nginx first where it serves the same bytes. Prints a table and
# keeps it in target/bench/results-<db>-<time>.txt. The application runs as the README's run command
# (bin/newsdesk) starts it: the schema's start writes its class-data archive, the measured start maps it;
# with --no-appcds neither start has one.
#
# Needs wrk, nginx, curl, jq (and psql for PostgreSQL). Everything listens on 127.0.0.1 only, and
# the script stops the application and nginx however it ends.
#
# Environment: NGINX_PORT (8187), and those of lib.sh: APP_PORT (8186), PG* (PGDATABASE nd_bench),
# NEWSDESK_JAVA_OPTS, JAVA_OPTS (added to the run command's).
set -euo pipefail

DB=h2
STORIES=1000
DURATION=10s
WARMUP=5s
JIT_WARMUP=10s
THREADS=2
CONNECTIONS=32
BUILD=true
KEEP=false
while [ $# -gt 0 ]; do
  case $1 in
    --db) DB=$2; shift 2 ;;
    --stories) STORIES=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --jit-warmup) JIT_WARMUP=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --no-build) BUILD=false; shift ;;
    --keep-data) KEEP=true; shift ;;
    --no-appcds) export NEWSDESK_CDS=off; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
case $DB in h2|postgresql) ;; *) echo "--db must be h2 or postgresql" >&2; exit 2 ;; esac

# shellcheck source=src/test/bench/lib.sh
. "$(dirname "$0")/lib.sh"
NGINX_PORT=${NGINX_PORT:-8187}
RESULTS=$ROOT/target/bench/results-$DB-$(date -u +%Y%m%dT%H%M%SZ).txt
export BENCH_WRK_DIR=$BENCH/wrk
require wrk nginx curl jq java

build_jar "$BUILD"
database
empty_schema
mkdir -p "$WORK/nginx"
load_archive "$STORIES"
log "starting the application"
start_app
log "ready in $READY_MS ms"

# Peak resident memory: VmHWM at the end, and the largest VmRSS sampled once a second.
: > "$WORK/rss.txt"
(while kill -0 "$APP_PID" 2>/dev/null; do
  awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status" >>"$WORK/rss.txt" 2>/dev/null || true
  sleep 1
done) &
SAMPLER_PID=$!
EXTRA_PIDS+=("$SAMPLER_PID")

# ---- keys, targets and their bytes -------------------------------------------------------------
PARTNER=$(new_key partner "Benchmark partner")
EDITOR=$(new_key editor "Benchmark desk")
export BENCH_EDITOR=$EDITOR
check_archive "$EDITOR"

SLUG=$(curl -fs "$API/sections/politics/teasers?limit=1" | jq -r '.items[0].slug')
STORY_PATH=/api/v1/articles/$SLUG
TEASERS_PATH="/api/v1/sections/politics/teasers?limit=20"
curl -fs -o "$WORK/nginx/story.json" "$APP$STORY_PATH"
curl -fs -o "$WORK/nginx/teasers.json" "$APP$TEASERS_PATH"
ETAG=$(curl -fsI "$APP$STORY_PATH" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
status_304=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$APP$STORY_PATH")
[ "$status_304" = 304 ] || log "warning: If-None-Match answered $status_304, not 304"

# Page 5,000 of 20 (or the deepest there is). On PostgreSQL the cursor is made the way the
# application makes it, from the row before that page (base64url of "1|seconds|nanos|id"); if the
# application does not take it (the format changed), or on H2, walk there following `next`, 100
# at a time, then 20 at a time: a cursor marks a position, whatever the page size that led there.
PUBLIC=$(curl -fs "$API/sections" | jq '[.items[].storyCount] | add // 0' 2>/dev/null || echo 0)
if ! [ "$PUBLIC" -gt 0 ] 2>/dev/null; then PUBLIC=$STORIES; fi
DEEP_PAGE=$(( PUBLIC / 20 < 5000 ? PUBLIC / 20 : 5000 ))
[ "$DEEP_PAGE" -ge 2 ] || DEEP_PAGE=2
remaining=$(( (DEEP_PAGE - 1) * 20 ))
cursor=
if [ "$DB" = postgresql ]; then
  row=$(psql -tA -F '|' -c "select extract(epoch from date_trunc('second', sort_at))::bigint,
      (extract(microseconds from sort_at)::bigint % 1000000) * 1000, id from article
      where deleted_at is null and status in ('PUBLISHED', 'SCHEDULED') and sort_at <= now()
      order by sort_at desc, id desc offset $((remaining - 1)) limit 1")
  cursor=$(printf '1|%s' "$row" | base64 -w0 | tr '+/' '-_' | tr -d '=')
  curl -fs -o /dev/null "$API/articles?limit=20&cursor=$cursor" || cursor=
  [ -z "$cursor" ] || remaining=0
fi
for step in 100 20; do
  while [ "$remaining" -ge "$step" ]; do
    cursor=$(curl -fs "$API/articles?limit=$step${cursor:+&cursor=$cursor}" | jq -r '.next // empty')
    remaining=$((remaining - step))
    [ -n "$cursor" ] || { log "the list ended before page $DEEP_PAGE"; break 2; }
  done
done
DEEP_PATH="/api/v1/articles?limit=20&cursor=$cursor"

CHANGES_CURSOR=$(curl -fs "$API/changes?limit=100" -H "Authorization: Bearer $PARTNER" | jq -r .next)
CHANGES_PATH="/api/v1/changes?after=$CHANGES_CURSOR&limit=100"

# ---- nginx with the same bytes ----------------------------------------------------------------
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/nginx/tmp;
  types { application/json json; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/nginx;
    location / { add_header Cache-Control "public, max-age=60"; }
  }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
EXTRA_PIDS+=("$!")
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/story.json" && break; sleep 0.05; done

# ---- measurements -------------------------------------------------------------------------------
declare -A RPS
: > "$RESULTS.rows"
# measure <name> <url> <script> [wrk options...]: a warm-up, then the measured run.
measure() {
  local name=$1 url=$2 script=$3 line bytes
  shift 3
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" --timeout 10s -s "$BENCH/wrk/$script" "$@" "$url" >/dev/null 2>&1 || true
  line=$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout 10s -s "$BENCH/wrk/$script" "$@" "$url" 2>&1 \
    | grep '^RESULT' || true)
  bytes=-
  if [ "$script" = get.lua ]; then
    bytes=$(curl -s -o /dev/null -w '%{size_download}' "$@" "$url" 2>/dev/null || echo 0)
  fi
  if [ -z "$line" ]; then
    log "$name: wrk printed nothing"
    line=$'RESULT\t0\t0\t0\t0\t0\t0\t0'
  fi
  RPS[$name]=$(cut -f3 <<<"$line")
  printf '%s\t%s\t%s\n' "$name" "$bytes" "$(cut -f2- <<<"$line")" >>"$RESULTS.rows"
  log "$name: $(cut -f3 <<<"$line") req/s"
}
nginx_url=http://127.0.0.1:$NGINX_PORT

# The JIT compiles the cached path while the first row runs; without this the first row measures
# compilation (it came out below the same path with a larger body, ninjs). Each cached request runs
# for JIT_WARMUP before any row is measured; the per-row warm-up still follows.
if [ "$JIT_WARMUP" != 0s ]; then
  log "JIT warm-up: $JIT_WARMUP on each cached request"
  for args in "$STORY_PATH" "$STORY_PATH -H If-None-Match:$ETAG" "$STORY_PATH -H Accept:application/ninjs+json" "$TEASERS_PATH"; do
    # shellcheck disable=SC2086
    set -- $args
    path=$1; shift
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$JIT_WARMUP" --timeout 10s -s "$BENCH/wrk/get.lua" "$@" "$APP$path" >/dev/null 2>&1 || true
  done
fi

measure "nginx: story bytes" "$nginx_url/story.json" get.lua
measure "story by slug" "$APP$STORY_PATH" get.lua
measure "story, If-None-Match (304)" "$APP$STORY_PATH" get.lua -H "If-None-Match: $ETAG"
measure "story as ninjs" "$APP$STORY_PATH" get.lua -H 'Accept: application/ninjs+json'
measure "nginx: teaser bytes" "$nginx_url/teasers.json" get.lua
measure "politics teasers, 20" "$APP$TEASERS_PATH" get.lua
measure "article list, page 1" "$APP/api/v1/articles?limit=20" get.lua
measure "article list, page $DEEP_PAGE" "$APP$DEEP_PATH" get.lua
# A token never reads the shared cache: what a list page costs when it is rendered (an editor's view).
measure "list page 1, editor (rendered)" "$APP/api/v1/articles?limit=20" get.lua -H "Authorization: Bearer $EDITOR"
measure "list p. $DEEP_PAGE, editor (rendered)" "$APP$DEEP_PATH" get.lua -H "Authorization: Bearer $EDITOR"
measure "search, two words" "$APP/api/v1/search" search.lua
measure "change feed, 100 (partner)" "$APP$CHANGES_PATH" get.lua -H "Authorization: Bearer $PARTNER"
measure "write mix (editor)" "$APP/api/v1/articles" writes.lua

kill "$SAMPLER_PID" 2>/dev/null || true
HWM_KB=$(awk '/^VmHWM/ {print $2}' "/proc/$APP_PID/status")
RSS_KB=$(sort -n "$WORK/rss.txt" | tail -n 1)

# ---- report ---------------------------------------------------------------------------------
ratio() {
  local base=${RPS[$1]:-0}
  awk -v a="$2" -v b="$base" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else printf "-" }'
}
{
  printf 'Newsdesk benchmark: %s, %s stories (loaded in %s s), wrk %s threads x %s connections x %s after %s warm-up (JIT warm-up %s a cached request)\n' \
    "$DB" "$STORIES" "$LOAD_S" "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP" "$JIT_WARMUP"
  printf 'machine: %s cores, %s; load average at the end: %s\n' "$(nproc)" \
    "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf 'JVM: bin/newsdesk, options %s%s, class-data archive %s\n\n' "${NEWSDESK_JAVA_OPTS:-of the run command}" \
    "${JAVA_OPTS:+ plus $JAVA_OPTS}" "$( [ "${NEWSDESK_CDS:-on}" = off ] && echo off || echo on)"
  printf '| %-32s | %8s | %10s | %8s | %8s | %8s | %7s | %9s |\n' request bytes 'req/s' 'p50 ms' 'p99 ms' 'max ms' 'errors' 'vs nginx'
  printf '| %-32s | %8s | %10s | %8s | %8s | %8s | %7s | %9s |\n' "$(printf -- '-%.0s' {1..32})" -------- ---------- -------- -------- -------- ------- ---------
  while IFS=$'\t' read -r name bytes _ rps p50 p99 max status socket; do
    case $name in
      "story by slug"|"story, If-None-Match (304)") vs=$(ratio "nginx: story bytes" "$rps") ;;
      "politics teasers, 20") vs=$(ratio "nginx: teaser bytes" "$rps") ;;
      *) vs= ;;
    esac
    printf '| %-32s | %8s | %10s | %8s | %8s | %8s | %7s | %9s |\n' "$name" "$bytes" "$rps" "$p50" "$p99" "$max" \
      "$((status + socket))" "$vs"
  done <"$RESULTS.rows"
  printf '\nstart to ready: %s ms; peak resident memory: VmHWM %s MB, largest VmRSS sampled %s MB\n' \
    "$READY_MS" "$((HWM_KB / 1024))" "$(( ${RSS_KB:-0} / 1024 ))"
  printf 'errors = answers >= 400 plus socket errors and timeouts; rate limits on, with budgets of 10^9/min\n'
} | tee "$RESULTS"
rm -f "$RESULTS.rows"

stop_app
if ! $KEEP && [ "$DB" = h2 ]; then rm -rf "$WORK/data"; fi
