#!/usr/bin/env bash
# Builds the site against the packaged API, serves both on their own ports and origins, and runs the
# browser tests. Needs target/quarkus-app (./mvnw package -DskipTests) and npm ci in src/frontend.
# Ports: API_PORT (8080) and SITE_PORT (5173); the screenshots land in target/screenshots.
# START_SECONDS (120): how long the API may take to be ready (a busy machine needs more).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(cd ../.. && pwd)
API_PORT=${API_PORT:-8080}
SITE_PORT=${SITE_PORT:-5173}
TOKEN=site-test-admin-token
DATA=$(mktemp -d)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$DATA"; }
trap cleanup EXIT

# Only the site's own origin may call the API; the same site on 127.0.0.1 is another origin.
(cd "$DATA" && NEWSDESK_ADMIN_TOKEN=$TOKEN NEWSDESK_CORS_ORIGINS="http://localhost:${SITE_PORT}" \
  QUARKUS_HTTP_PORT=$API_PORT QUARKUS_HTTP_HOST=127.0.0.1 NEWSDESK_RATE_LIMIT_ANONYMOUS=100000 \
  exec java -jar "$ROOT/target/quarkus-app/quarkus-run.jar" > "$ROOT/target/site-api.log" 2>&1) &
PIDS+=($!)

VITE_API_URL="http://127.0.0.1:${API_PORT}" npm run build --silent
SITE_PORT=$SITE_PORT ./node_modules/.bin/vite preview --host 0.0.0.0 > "$ROOT/target/site-preview.log" 2>&1 &
PIDS+=($!)

for _ in $(seq 1 "${START_SECONDS:-120}"); do
  curl -sf "http://127.0.0.1:${API_PORT}/q/health/ready" > /dev/null && curl -sf "http://localhost:${SITE_PORT}/" > /dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:${API_PORT}/q/health/ready" > /dev/null || { echo "The API did not start; see target/site-api.log" >&2; exit 1; }

API_URL="http://127.0.0.1:${API_PORT}" SITE_URL="http://localhost:${SITE_PORT}" \
  OTHER_ORIGIN_URL="http://127.0.0.1:${SITE_PORT}" ADMIN_TOKEN=$TOKEN SCREENSHOT_DIR="$ROOT/target/screenshots" \
  node --test --test-concurrency=1 test/
