#!/usr/bin/env bash
# Soak: the packaged app under mixed traffic for a bounded time, loopback only.
#
#   ./mvnw package -DskipTests                 # H2 (default)
#   src/test/soak/run.sh [--minutes 10]
#   ./mvnw package -DskipTests -Dquarkus.datasource.db-kind=postgresql
#   src/test/soak/run.sh --postgresql [--minutes 10]   # scratch database newsdesk_soak on 127.0.0.1:5432
#
# Readers, an editor writing with If-Match, reader reviews approved by a moderator, and a partner polling
# /changes (io.newsdesk.soak.Soak). Each minute the app is made to collect garbage (jcmd GC.run) and its heap
# after GC and RSS are printed; at the end: answers by status, the memory trend after warm-up, and a check of
# revisions, review summaries and the change feed against what was written. Fails on any answer other than
# 2xx, 304 and 429, on memory that keeps growing, or on any inconsistency. SOAK_PORT (default 8252) is the port.
# The app runs as the README's run command (bin/newsdesk) starts it, with JAVA_OPTS instead of its JVM
# options when set, and with native memory tracking: the report says which of the JVM's areas grew after
# the warm-up.
set -euo pipefail
cd "$(dirname "$0")/../../.."
MINUTES=10
DB=h2
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES=$2; shift 2 ;;
    --postgresql) DB=postgresql; shift ;;
    *) echo "usage: $0 [--minutes N] [--postgresql]" >&2; exit 2 ;;
  esac
done
PORT=${SOAK_PORT:-8252}
TOKEN=soak-admin-token
DATA=$(mktemp -d)
LOG=target/soak-api.log
ENV=(NEWSDESK_ADMIN_TOKEN=$TOKEN NEWSDESK_DEMO_CONTENT_ENABLED=false QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1
  NEWSDESK_REVIEWS_RATE_LIMIT_SUBMISSIONS=1000000 NEWSDESK_RATE_LIMIT_ANONYMOUS=100000
  NEWSDESK_RATE_LIMIT_EDITOR=100000 NEWSDESK_RATE_LIMIT_PARTNER=100000 NEWSDESK_RATE_LIMIT_MODERATOR=100000
  NEWSDESK_RATE_LIMIT_ADMIN=100000 MALLOC_ARENA_MAX=2)
if [ "$DB" = postgresql ]; then
  PG_DB=${SOAK_PG_DATABASE:-newsdesk_soak}
  dropdb -h 127.0.0.1 -U postgres --if-exists "$PG_DB"
  createdb -h 127.0.0.1 -U postgres "$PG_DB"
  ENV+=(QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$PG_DB QUARKUS_DATASOURCE_USERNAME=postgres
    QUARKUS_DATASOURCE_PASSWORD=)
fi
(cd "$DATA" && exec env "${ENV[@]}" NEWSDESK_JAVA_OPTS="${JAVA_OPTS:-}" JAVA_OPTS=-XX:NativeMemoryTracking=summary "$OLDPWD/bin/newsdesk" > "$OLDPWD/$LOG" 2>&1) &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:${PORT}/q/health/ready" > /dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:${PORT}/q/health/ready" > /dev/null || { echo "The app did not start; see $LOG" >&2; exit 1; }
echo "soak on $DB, $MINUTES minutes; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
RC=0
java -cp "target/test-classes:target/quarkus-app/lib/main/*" io.newsdesk.soak.Soak --url "http://127.0.0.1:${PORT}" \
  --token "$TOKEN" --pid "$APP" --minutes "$MINUTES" || RC=$?
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $RC
