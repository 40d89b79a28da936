# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables are for the scripts that source this file
# Shared by the benchmark scripts (source it after setting DB): the packaged jar, an empty schema,
# the synthetic archive, and the application started on 127.0.0.1 and always stopped.
#
# Environment: APP_PORT (8186); PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD,
# PGDATABASE (nd_bench). The application is started with the README's run command, bin/newsdesk, and
# its JVM options: NEWSDESK_JAVA_OPTS replaces its memory and compiler options (" " measures the JVM's
# defaults), JAVA_OPTS adds options after them (a profiler, say), NEWSDESK_CDS=off starts it without its
# class-data archive (which the first start, the schema's, writes into the work folder when it stops).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
BENCH=$ROOT/src/test/bench
APP_PORT=${APP_PORT:-8186}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-nd_bench}
JAVA_OPTS=${JAVA_OPTS:-}
ADMIN_TOKEN=bench-admin-token-$RANDOM$RANDOM
APP=http://127.0.0.1:$APP_PORT
API=$APP/api/v1
WORK=$ROOT/target/bench/run-$DB
JAR_DIR=$ROOT/target/bench/$DB/quarkus-app
BENCH_CP="$ROOT/target/test-classes:$JAR_DIR/lib/main/*"

APP_PID=
EXTRA_PIDS=()

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

require() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install $tool)" >&2; exit 1; }
  done
}

stop_app() {
  if [ -n "$APP_PID" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  fi
}

cleanup() {
  local pid
  for pid in "${EXTRA_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  stop_app
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# build_jar <true|false>: the packaged application for $DB in target/bench/$DB (built when asked or
# missing), and the loader's classes.
build_jar() {
  if [ "$1" = true ] || [ ! -f "$JAR_DIR/quarkus-run.jar" ]; then
    log "building the $DB jar"
    (cd "$ROOT" && ./mvnw -B -ntp -q package -DskipTests -Dquarkus.datasource.db-kind="$DB")
    rm -rf "$ROOT/target/bench/$DB"
    mkdir -p "$ROOT/target/bench/$DB"
    cp -r "$ROOT/target/quarkus-app" "$ROOT/target/bench/$DB/"
  fi
  [ -d "$ROOT/target/test-classes/io/newsdesk/bench" ] || (cd "$ROOT" && ./mvnw -B -ntp -q test-compile)
}

# database: the JDBC settings of $DB (a file database in $WORK/data for H2).
database() {
  if [ "$DB" = h2 ]; then
    JDBC_URL="jdbc:h2:file:$WORK/data/newsdesk;DB_CLOSE_ON_EXIT=FALSE"
    DB_USER=sa
    DB_PASSWORD=
  else
    JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE"
    DB_USER=$PGUSER
    DB_PASSWORD=${PGPASSWORD:-}
  fi
}

# empty_schema: a fresh $WORK, and no tables: a new H2 folder, or the PostgreSQL schema dropped.
empty_schema() {
  rm -rf "$WORK"
  mkdir -p "$WORK/data"
  if [ "$DB" = postgresql ]; then
    require psql
    psql -q -v ON_ERROR_STOP=1 -c 'set client_min_messages = warning' -c 'drop schema if exists public cascade' -c 'create schema public' >/dev/null
  fi
}

# start_app: starts the application and waits until it is ready; READY_MS is the time that took.
# Rate limits stay on (their accounting is part of every request's cost), with budgets no client of
# the benchmark exhausts: wrk's anonymous reads all come from 127.0.0.1. On a loaded machine a start
# can fail (the pool's acquisition timeout at Flyway); it is tried once more before giving up.
start_app() {
  local attempt
  if curl -s -o /dev/null "$APP/"; then
    echo "something already listens on 127.0.0.1:$APP_PORT; stop it or set APP_PORT" >&2
    exit 1
  fi
  for attempt in 1 2; do
    launch_app && return 0
    stop_app
    log "the application did not start (attempt $attempt); see $WORK/server.log"
  done
  tail -n 30 "$WORK/server.log" >&2
  exit 1
}

launch_app() {
  local started
  started=$(date +%s%N)
  (cd "$WORK" && exec env QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME="$DB_USER" \
    QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$APP_PORT" \
    NEWSDESK_ADMIN_TOKEN="$ADMIN_TOKEN" NEWSDESK_DEMO_CONTENT_ENABLED=false \
    NEWSDESK_RATE_LIMIT_ANONYMOUS=1000000000 NEWSDESK_RATE_LIMIT_PARTNER=1000000000 \
    NEWSDESK_RATE_LIMIT_EDITOR=1000000000 NEWSDESK_RATE_LIMIT_ADMIN=1000000000 \
    NEWSDESK_APP="$JAR_DIR" NEWSDESK_CDS_DIR="$WORK" JAVA_OPTS="$JAVA_OPTS" "$ROOT/bin/newsdesk") >>"$WORK/server.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 2400); do
    if curl -fs -o /dev/null "$APP/q/health/ready"; then
      READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

# load_archive <stories>: Flyway's schema (one start of the application), then the archive; LOAD_S
# is the loader's time.
load_archive() {
  local started
  log "creating the schema"
  # As the run command's first start after a build, this one writes the class-data archive when it stops
  # (unless one of this build is there), and every later start maps it.
  start_app
  stop_app
  log "loading $1 stories"
  started=$(date +%s%N)
  java -cp "$BENCH_CP" io.newsdesk.bench.StoryLoader --url "$JDBC_URL" --user "$DB_USER" \
    --password "$DB_PASSWORD" --stories "$1" | tee "$WORK/load.txt" >&2
  LOAD_S=$(awk -v ns=$(( $(date +%s%N) - started )) 'BEGIN {printf "%.1f", ns / 1e9}')
  # Whatever else the application keeps in its data folder (a search index, say) is derived from
  # the database: remove it so the application rebuilds it from the loaded stories.
  if [ "$DB" = h2 ]; then
    find "$WORK/data" -mindepth 1 -maxdepth 1 ! -name 'newsdesk.*' -exec rm -rf {} +
  fi
}

# new_key <role> <name>: the secret of a new API key.
new_key() {
  curl -fs -X POST "$API/keys" -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"name\": \"$2\", \"role\": \"$1\"}" | jq -r .secret
}

# check_archive <editor key>: reads the loaded archive back through the API (the newest story, its
# revisions, quotes and reviews, speakers, the moderation queue) and warns about any answer that is
# not 200 or comes back empty: the loader and the application disagree about the schema.
check_archive() {
  local id path code problems=0
  id=$(curl -fs "$API/articles?limit=1" | jq -r '.items[0].id')
  # The newest story may have no quotes or reviews yet: only its answers count there.
  for path in "articles/$id" "articles/$id/quotes" "articles/$id/reviews" "articles/$id/revisions" \
      "quotes?limit=5" "speakers?limit=5" "reviews?status=pending&limit=5" "sections"; do
    code=$(curl -s -o "$WORK/check.json" -w '%{http_code}' -H "Authorization: Bearer $1" "$API/$path")
    if [ "$code" != 200 ]; then
      log "check: GET /api/v1/$path answered $code"
      problems=$((problems + 1))
    elif [[ $path != articles/* ]] && jq -e 'has("items") and (.items | length == 0)' "$WORK/check.json" >/dev/null; then
      log "check: GET /api/v1/$path is empty"
      problems=$((problems + 1))
    fi
  done
  [ "$problems" = 0 ] && log "check: the archive reads back through the API"
  return 0
}
