#!/usr/bin/env bash
# Two application nodes on one PostgreSQL, as behind a load balancer: checks what must hold between them.
#
#   src/test/twonode/run.sh [--no-build]
#
# Builds the PostgreSQL package (./mvnw package -DskipTests -Dquarkus.datasource.db-kind=postgresql, kept in
# target/twonode/app; --no-build reuses it), empties the schema public of $PGDATABASE, starts node A and
# node B on it and a webhook receiver on loopback, then checks:
#   1. an edit through A is fresh on B: new content and a new ETag within 1 s (B polled every 0.2 s);
#   2. a reader's review submissions exhausted on A are refused on B too (429);
#   3. the API rate limit with newsdesk.rate-limit.store=postgresql is shared: a key's budget spent on A
#      leaves none on B once B has reconciled (at most about a second of requests later);
#   4. webhook events are delivered once: both nodes dispatch every second, the receiver counts each
#      webhook-id, and every event arrives exactly once.
# Exits 1 when a check fails. Environment: NODE_A_PORT (8291), NODE_B_PORT (8292), RECEIVER_PORT (8293);
# PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD, PGDATABASE (newsdesk_twonode, created
# when missing). Everything listens on 127.0.0.1 and is stopped however the script ends.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
BUILD=true
[ "${1:-}" = --no-build ] && BUILD=false
NODE_A_PORT=${NODE_A_PORT:-8291}
NODE_B_PORT=${NODE_B_PORT:-8292}
RECEIVER_PORT=${RECEIVER_PORT:-8293}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-newsdesk_twonode}
ADMIN=twonode-admin-token
A=http://127.0.0.1:$NODE_A_PORT/api/v1
B=http://127.0.0.1:$NODE_B_PORT/api/v1
WORK=$ROOT/target/twonode
APP=$WORK/app
FAILED=0
PIDS=()

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
ok() { log "ok: $*"; }
fail() { log "FAILED: $*"; FAILED=1; }
stop() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT

for tool in curl jq psql java; do
  command -v $tool > /dev/null || { echo "needs $tool" >&2; exit 2; }
done
for port in "$NODE_A_PORT" "$NODE_B_PORT" "$RECEIVER_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "something listens on 127.0.0.1:$port" >&2; exit 2; fi
done

if $BUILD || [ ! -f "$APP/quarkus-run.jar" ]; then
  log "building the PostgreSQL package"
  ./mvnw -B -ntp -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql
  rm -rf "$APP" && mkdir -p "$WORK" && cp -r target/quarkus-app "$APP"
fi
mkdir -p "$WORK"
psql -d postgres -tAc "select 1 from pg_database where datname = '$PGDATABASE'" | grep -q 1 \
  || psql -d postgres -qc "create database $PGDATABASE"
psql -q -v ON_ERROR_STOP=1 -c 'set client_min_messages = warning' -c 'drop schema if exists public cascade' \
  -c 'create schema public' > /dev/null

# node <name> <port>: one application node, started by the README's run command (both from one folder, so
# each writes its own class-data archive when it stops); both share the database, the rate-limit store and the jobs.
node() {
  (cd "$WORK" && exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$2" NEWSDESK_ADMIN_TOKEN=$ADMIN NEWSDESK_DEMO_CONTENT_ENABLED=false \
    NEWSDESK_RATE_LIMIT_STORE=postgresql NEWSDESK_RATE_LIMIT_ANONYMOUS=100000 NEWSDESK_RATE_LIMIT_EDITOR=100000 \
    NEWSDESK_RATE_LIMIT_ADMIN=100000 NEWSDESK_REVIEWS_RATE_LIMIT_SUBMISSIONS=3 \
    NEWSDESK_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true NEWSDESK_WEBHOOKS_DISPATCH_EVERY=1s \
    NEWSDESK_APP="$APP" "$ROOT/bin/newsdesk") > "$WORK/node-$1.log" 2>&1 &
  PIDS+=($!)
}
ready() {
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0
    sleep 0.5
  done
  echo "node on port $1 did not start; see $WORK/node-*.log" >&2
  exit 1
}
# A first, alone, so Flyway migrates once; then B.
node a "$NODE_A_PORT"
ready "$NODE_A_PORT"
node b "$NODE_B_PORT"
ready "$NODE_B_PORT"
(cd "$WORK" && exec java "$ROOT/src/test/twonode/Receiver.java" "$RECEIVER_PORT") > "$WORK/receiver.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$RECEIVER_PORT/counts" && break; sleep 0.5; done
log "nodes on $NODE_A_PORT and $NODE_B_PORT, receiver on $RECEIVER_PORT"

json() { curl -s -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$@"; }
key() { json -X POST "$A/keys" -d "$1" | jq -r .secret; }
EDITOR=$(key '{"name": "Two-node editor", "role": "editor"}')

# The receiver first, so every story's events are for it.
WEBHOOK=$(json -X POST "$A/webhooks" -d "{\"url\": \"http://127.0.0.1:$RECEIVER_PORT/hook\", \"sections\": [\"business\"]}" | jq -r .id)
[ "$WEBHOOK" != null ] || { fail "webhook registration"; exit 1; }

story() {
  curl -s -X POST "$A/articles" -H "Authorization: Bearer $EDITOR" -H 'Content-Type: application/json' -d "{
    \"headline\": \"$1\", \"standfirst\": \"Written on one node, read on the other.\", \"section\": \"$2\",
    \"authors\": [\"Staff reporter\"], \"status\": \"published\",
    \"body\": [{\"type\": \"paragraph\", \"text\": \"The harbour authority met on Tuesday to settle the season's berths.\"}]}" \
    | jq -r .id
}

# 1. Freshness across nodes.
ID=$(story "Harbour berths settled for the season" politics)
ETAG_B=$(curl -s -D - -o /dev/null "$B/articles/$ID" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')
ETAG_A=$(curl -s -D - -o /dev/null "$A/articles/$ID" -H "Authorization: Bearer $EDITOR" | tr -d '\r' \
  | awk 'tolower($1) == "etag:" { print $2 }')
NEW="Harbour berths settled after a late change"
status=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH "$A/articles/$ID" -H "Authorization: Bearer $EDITOR" \
  -H 'Content-Type: application/merge-patch+json' -H "If-Match: $ETAG_A" -d "{\"headline\": \"$NEW\"}")
edited=$(date +%s%N)
[ "$status" = 200 ] || fail "the edit on A answered $status"
fresh=false
while [ $(( ($(date +%s%N) - edited) / 1000000 )) -le 1000 ]; do
  asked=$(( ($(date +%s%N) - edited) / 1000000 ))
  body=$(curl -s -D "$WORK/headers" "$B/articles/$ID")
  etag=$(tr -d '\r' < "$WORK/headers" | awk 'tolower($1) == "etag:" { print $2 }')
  if [ "$(echo "$body" | jq -r .headline)" = "$NEW" ] && [ -n "$etag" ] && [ "$etag" != "$ETAG_B" ]; then
    fresh=true
    break
  fi
  sleep 0.2
done
if $fresh; then
  ok "edit on A fresh on B: asked $asked ms after the edit, answered after $(( ($(date +%s%N) - edited) / 1000000 )) ms (ETag $ETAG_B -> $etag)"
else
  fail "B still served the old story (or the old ETag $etag) 1 s after the edit on A"
fi

# 2. A reader's review throttle (3 submissions in tests of this script) holds across nodes.
review() {
  curl -s -o /dev/null -w '%{http_code}' -X POST "$1/articles/$ID/reviews" -H 'Content-Type: application/json' -d "{
    \"rating\": 4, \"authorName\": \"Two-node reader\", \"body\": \"Review number $2 of a reader on the harbour story.\"}"
}
answers="$(review "$A" 1) $(review "$A" 2) $(review "$A" 3)"
on_b=$(review "$B" 4)
if [ "$answers" = "202 202 202" ] && [ "$on_b" = 429 ]; then
  ok "review submissions: A answered $answers, then B $on_b"
else
  fail "review submissions: A answered $answers, then B $on_b (expected 202 202 202, then 429)"
fi

# 3. The API rate limit shared through PostgreSQL. A request never waits on the database: each node decides
# on its own copy and reconciles with the shared bucket once a second, so B, which never saw the key, may let
# through up to a second's worth of requests before it learns that A spent the budget. Without sharing it
# would let through the whole budget (40 here, more than the 30 requests B is sent).
PARTNER=$(key '{"name": "Two-node partner", "role": "partner", "rateLimit": 40}')
spent_ok=0
for _ in $(seq 1 40); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$A/changes?after=latest" -H "Authorization: Bearer $PARTNER")" = 200 ] \
    && spent_ok=$((spent_ok + 1))
done
sleep 1.5 # A's reconciliation: the shared bucket now knows what A let through
limited=false
allowed_on_b=0
for _ in $(seq 1 30); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$B/changes?after=latest" -H "Authorization: Bearer $PARTNER")
  if [ "$code" = 429 ]; then limited=true; break; fi
  allowed_on_b=$((allowed_on_b + 1))
  sleep 0.1
done
if [ "$spent_ok" = 40 ] && $limited && [ "$allowed_on_b" -le 15 ]; then
  ok "rate limit: A answered 200 to all 40, then B let $allowed_on_b through before a 429"
else
  fail "rate limit: A answered 200 to $spent_ok of 40; B let $allowed_on_b through (limited: $limited; at most 15 expected)"
fi

# 4. Webhook events once: three stories in the webhook's section, one edited, one unpublished.
S1=$(story "Port fees rise for the first time in a decade" business)
S2=$(story "Shipping line adds a winter route" business)
S3=$(story "Fish market moves to the east quay" business)
etag=$(curl -s -D - -o /dev/null "$A/articles/$S1" -H "Authorization: Bearer $EDITOR" | tr -d '\r' \
  | awk 'tolower($1) == "etag:" { print $2 }')
curl -s -o /dev/null -X PATCH "$B/articles/$S1" -H "Authorization: Bearer $EDITOR" \
  -H 'Content-Type: application/merge-patch+json' -H "If-Match: $etag" -d '{"standfirst": "Fees rise by a tenth."}'
curl -s -o /dev/null -X POST "$B/articles/$S3/unpublish" -H "Authorization: Bearer $EDITOR"
EXPECTED=5
for _ in $(seq 1 60); do
  [ "$(curl -s "http://127.0.0.1:$RECEIVER_PORT/counts" | wc -l)" -ge $EXPECTED ] && break
  sleep 1
done
sleep 5 # more dispatcher runs on both nodes: a second send of anything would show now
counts=$(curl -s "http://127.0.0.1:$RECEIVER_PORT/counts")
events=$(printf '%s' "$counts" | grep -c . || true)
repeated=$(printf '%s\n' "$counts" | awk '$2 > 1' | grep -c . || true)
delivered=$(json "$A/webhooks/$WEBHOOK/deliveries?limit=100" | jq '[.items[] | select(.status == "delivered")] | length')
if [ "$events" = $EXPECTED ] && [ "$repeated" = 0 ] && [ "$delivered" = $EXPECTED ]; then
  ok "webhook: $events events, each received once; $delivered deliveries recorded as delivered"
else
  fail "webhook: $events distinct events (expected $EXPECTED), $repeated received more than once, $delivered delivered"
  printf '%s\n' "$counts"
fi

grep -h ' ERROR ' "$WORK"/node-*.log | head -n 5 || true
if [ $FAILED = 0 ]; then log "two nodes: every check passed"; else log "two nodes: some checks failed"; fi
exit $FAILED
