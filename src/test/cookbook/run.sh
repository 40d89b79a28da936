#!/usr/bin/env bash
# Runs the README's editors' cookbook against the packaged app (./mvnw package -DskipTests, started by the
# README's run command, bin/newsdesk) on a scratch
# data folder, and fails when any command fails or prints something other than the README shows.
# COOKBOOK_PORT (default 8080) is the port; `run.sh --write` records the outputs into the README instead.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${COOKBOOK_PORT:-8080}
DATA=$(mktemp -d)
(cd "$DATA" && NEWSDESK_ADMIN_TOKEN=dev-admin-token QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  exec "$OLDPWD/bin/newsdesk" > "$OLDPWD/target/cookbook-api.log" 2>&1) &
APP=$!
trap 'kill $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:${PORT}/q/health/ready" > /dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:${PORT}/q/health/ready" > /dev/null || { echo "The app did not start; see target/cookbook-api.log" >&2; exit 1; }
API="http://localhost:${PORT}/api/v1" node src/test/cookbook/check.mjs README.md "$@"
