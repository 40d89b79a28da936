#!/usr/bin/env bash
# SIGTERM in the middle of a slow request, against the packaged app (./mvnw package -DskipTests): the request
# must complete with every result, and the process must exit by itself within quarkus.shutdown.timeout (20 s).
# The slow request is a bulk import sized to take about SHUTDOWN_SECONDS (default 8) on this machine, from a
# small import timed after a warm-up one. Loopback only; SHUTDOWN_PORT (default 8251) is the port. Fails, rather
# than passing by luck, when the import ends before the signal.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${SHUTDOWN_PORT:-8251}
TARGET_SECONDS=${SHUTDOWN_SECONDS:-8}
TOKEN=shutdown-check-admin
DATA=$(mktemp -d)
LOG=target/shutdown-api.log
(cd "$DATA" && NEWSDESK_ADMIN_TOKEN=$TOKEN NEWSDESK_DEMO_CONTENT_ENABLED=false QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_HTTP_HOST=127.0.0.1 exec java -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar" > "$OLDPWD/$LOG" 2>&1) &
APP=$!
trap 'kill $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:${PORT}/q/health/ready" > /dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:${PORT}/q/health/ready" > /dev/null || { echo "The app did not start; see $LOG" >&2; exit 1; }

stories() { # FROM TO
  for i in $(seq "$1" "$2"); do
    printf '{"headline":"Shutdown check story %d","section":"politics","status":"published","body":[{"type":"paragraph","text":"The ferry timetable changes on Monday, story %d of the shutdown check."}]}\n' "$i" "$i"
  done
}
import_file() { # FILE
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' \
    --data-binary "@$1" "http://127.0.0.1:${PORT}/api/v1/import"
}
# A first import warms the import path up (a cold one is several times slower, and would size the slow
# request too small to be still running at the signal); the second is timed.
stories 1 20 > "$DATA/warm.ndjson"
import_file "$DATA/warm.ndjson"
stories 21 60 > "$DATA/calibrate.ndjson"
T0=$(date +%s%N)
import_file "$DATA/calibrate.ndjson"
MS=$(( ($(date +%s%N) - T0) / 1000000 + 1 ))
LINES=$(( 40 * TARGET_SECONDS * 1000 / MS ))
[ "$LINES" -lt 250 ] && LINES=250  # three batches at least: the first is seen before the last commits
[ "$LINES" -gt 20000 ] && LINES=20000
echo "40 stories imported in ${MS} ms after a warm-up; the slow request imports $LINES (about ${TARGET_SECONDS} s)"
stories 61 $(( 60 + LINES )) > "$DATA/import.ndjson"

curl -s -o "$DATA/results.ndjson" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/x-ndjson' --data-binary "@$DATA/import.ndjson" \
  "http://127.0.0.1:${PORT}/api/v1/import" > "$DATA/status" &
CURL=$!
# The import is under way once its first story can be read.
for _ in $(seq 1 300); do
  [ "$(curl -s "http://127.0.0.1:${PORT}/api/v1/articles?limit=100" | grep -o '"Shutdown check story [0-9]*"' | wc -l)" -gt 60 ] && break
  sleep 0.1
done
if ! kill -0 "$CURL" 2>/dev/null; then
  echo "FAIL: the import ended before SIGTERM could be sent; raise SHUTDOWN_SECONDS" >&2
  exit 1
fi
START=$(date +%s%N)
LOG_LINES=$(wc -l < "$LOG")
kill -TERM "$APP"
echo "SIGTERM sent during the import"
CURL_RC=0; wait "$CURL" || CURL_RC=$?
APP_RC=0; wait "$APP" || APP_RC=$?
trap 'rm -rf "$DATA"' EXIT
END=$(date +%s%N)
SECONDS_TAKEN=$(( (END - START) / 1000000000 ))
STATUS=$(cat "$DATA/status")
RESULTS=$(grep -c '"line"' "$DATA/results.ndjson" || true)
CREATED=$(grep -c '"result":"created"' "$DATA/results.ndjson" || true)
echo "import: HTTP $STATUS, $RESULTS result lines of $LINES, $CREATED created; curl exit $CURL_RC"
echo "app: exit code $APP_RC, ${SECONDS_TAKEN}s after SIGTERM; $(grep -o 'newsdesk stopped in [0-9.]*s' "$LOG" || echo 'no stop line')"
FAILED=0
[ "$CURL_RC" = 0 ] && [ "$STATUS" = 200 ] || { echo "FAIL: the in-flight import did not complete" >&2; FAILED=1; }
[ "$RESULTS" = "$LINES" ] && [ "$CREATED" = "$LINES" ] || { echo "FAIL: results are missing" >&2; FAILED=1; }
# 143 is the JVM's exit status after SIGTERM once its shutdown hooks have run.
[ "$APP_RC" = 0 ] || [ "$APP_RC" = 143 ] || { echo "FAIL: exit code $APP_RC" >&2; FAILED=1; }
[ "$SECONDS_TAKEN" -le 25 ] || { echo "FAIL: shutdown took ${SECONDS_TAKEN}s" >&2; FAILED=1; }
grep -q 'newsdesk stopped in' "$LOG" || { echo "FAIL: no clean stop in $LOG" >&2; FAILED=1; }
if tail -n +"$((LOG_LINES + 1))" "$LOG" | grep -E ' (ERROR|FATAL) '; then echo "FAIL: errors after SIGTERM in $LOG" >&2; FAILED=1; fi
[ "$FAILED" = 0 ] && echo "1 passed, 0 failed" || { echo "0 passed, 1 failed"; exit 1; }
