#!/usr/bin/env bash
# Bulk import and export at scale, between two empty databases.
#
#   src/test/bench/transfer.sh [--stories 10000] [--no-build]
#
# Generates N stories (src/test/bench/transfer/stories.mjs: quotes by shared speakers with roles,
# organisations and descriptions; drafts and published stories; several sections), imports them with
# POST /api/v1/import into the packaged application on an empty embedded database, exports them with
# GET /api/v1/export, imports that export into a second application on another empty database and
# exports again. The two exports must be identical, byte for byte. Prints, for each import, the rate
# (stories/s) and the application's peak resident memory (VmHWM from /proc), with the load average.
#
# Needs node, curl. Environment: APP_PORT (8261), JAVA_OPTS (the JVM options of the application;
# none by default). Listens on 127.0.0.1 only; stops the application however it ends.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
STORIES=10000
BUILD=true
while [ $# -gt 0 ]; do
  case $1 in
    --stories) STORIES=$2; shift 2 ;;
    --no-build) BUILD=false; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
APP_PORT=${APP_PORT:-8261}
JAVA_OPTS=${JAVA_OPTS:-}
TOKEN=transfer-admin-token-$RANDOM$RANDOM
API=http://127.0.0.1:$APP_PORT/api/v1
WORK=$ROOT/target/bench/transfer
NDJSON=application/x-ndjson
APP_PID=

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
stop_app() {
  if [ -n "$APP_PID" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  fi
}
trap stop_app EXIT
trap 'exit 130' INT TERM

if [ "$BUILD" = true ] || [ ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" ]; then
  log "building the application"
  (cd "$ROOT" && ./mvnw -B -ntp -q package -DskipTests)
fi
rm -rf "$WORK"
mkdir -p "$WORK"
# A copy, so that a build during a long run leaves the application under test alone.
cp -r "$ROOT/target/quarkus-app" "$WORK/app"
log "generating $STORIES stories"
node "$ROOT/src/test/bench/transfer/stories.mjs" "$STORIES" > "$WORK/stories.ndjson"

# round <name> <lines to import>: an empty database in $WORK/<name>, the import, then the export.
round() {
  local name=$1 input=$2 dir=$WORK/$1 started ended created hwm
  mkdir -p "$dir"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  (cd "$dir" && NEWSDESK_ADMIN_TOKEN=$TOKEN NEWSDESK_DEMO_CONTENT_ENABLED=false NEWSDESK_RATE_LIMIT_ENABLED=false \
    QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_HTTP_HOST=127.0.0.1 exec java $JAVA_OPTS -jar "$WORK/app/quarkus-run.jar" \
    > "$dir/app.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$APP_PORT/q/health/ready" > /dev/null && break
    sleep 0.5
  done
  curl -sf "http://127.0.0.1:$APP_PORT/q/health/ready" > /dev/null || { echo "the application did not start; see $dir/app.log" >&2; exit 1; }
  started=$(date +%s.%N)
  curl -sS --fail -H "Authorization: Bearer $TOKEN" -H "Content-Type: $NDJSON" --data-binary "@$input" \
    "$API/import" > "$dir/results.ndjson"
  ended=$(date +%s.%N)
  created=$(grep -c '"result":"created"' "$dir/results.ndjson" || true)
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status")
  curl -sS --fail -H "Authorization: Bearer $TOKEN" "$API/export" > "$dir/export.ndjson"
  stop_app
  if [ "$created" != "$STORIES" ]; then
    echo "$name: $created of $STORIES lines created; see $dir/results.ndjson" >&2
    grep -v '"result":"created"' "$dir/results.ndjson" | head -3 >&2
    exit 1
  fi
  awk -v name="$name" -v n="$STORIES" -v s="$started" -v e="$ended" -v kb="$hwm" 'BEGIN {
    printf "%-8s imported %d stories in %.1f s: %.0f stories/s; peak resident memory (VmHWM) %.0f MiB\n",
      name, n, e - s, n / (e - s), kb / 1024 }'
}

log "import into an empty database, then export"
round first "$WORK/stories.ndjson"
log "import of that export into another empty database, then export"
round second "$WORK/first/export.ndjson"
if cmp -s "$WORK/first/export.ndjson" "$WORK/second/export.ndjson"; then
  echo "the two exports are identical ($(wc -l < "$WORK/first/export.ndjson") lines, $(wc -c < "$WORK/first/export.ndjson") bytes)"
else
  echo "the exports differ: diff $WORK/first/export.ndjson $WORK/second/export.ndjson" >&2
  exit 1
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
