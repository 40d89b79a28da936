#!/usr/bin/env bash
# Benchmark: how long does GET /api/v1/search take on a large archive?
#
#   src/test/bench/search/search.sh postgresql [stories] [queries]
#   src/test/bench/search/search.sh h2 [stories] [queries]
#
# postgresql: builds the PostgreSQL application, starts it on the schema `bench` of
#   BENCH_DATABASE (default nd_search on 127.0.0.1, user postgres; the test suite's schema is left
#   alone), fills it once with stories.sql and measures. Set APP=<quarkus-app folder> to measure an
#   application built elsewhere (another version) on the same data.
# h2: builds the default application, starts it on a scratch embedded database, creates the
#   stories through the API (4 clients) and measures.
#
# The measurement: one client, keep-alive, `queries` two-word queries drawn from the vocabularies
# (the same ones on every run), after WARMUP (500) others; prints p50, p90, p99 and max. A server that has
# answered a few hundred searches has them compiled: WARMUP=20 measures one just started (p99 about half as
# much again, on PostgreSQL and on the embedded engine alike). JAVA_OPTS are
# given to the server's JVM (a profiler, say). Needs curl, jq and awk (and psql for postgresql).
# Traffic goes to 127.0.0.1 only; the server is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$PWD
cd ../../../..

KIND=${1:?postgresql or h2}
STORIES=${2:-$([ "$KIND" = postgresql ] && echo 100000 || echo 10000)}
QUERIES=${3:-500}
WARMUP=${WARMUP:-500}
PORT=${PORT:-18188}
TOKEN=bench-admin-token
API=http://127.0.0.1:$PORT/api/v1
DATABASE=${BENCH_DATABASE:-nd_search}
PSQL=(psql -X -q -h 127.0.0.1 -U postgres -d "$DATABASE" -v ON_ERROR_STOP=1)
WORK=$(mktemp -d)

FLAGS=(-Dquarkus.http.port=$PORT -Dnewsdesk.admin-token=$TOKEN -Dnewsdesk.demo-content.enabled=false
  -Dnewsdesk.rate-limit.anonymous=100000000 -Dnewsdesk.rate-limit.editor=100000000
  -Dnewsdesk.rate-limit.admin=100000000 -Dquarkus.log.category.\"io.newsdesk.common\".level=WARN)
if [ "$KIND" = postgresql ]; then
  [ -n "${APP:-}" ] || { ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql; APP=target/quarkus-app; }
  "${PSQL[@]}" -c 'create schema if not exists bench'
  FLAGS+=(-Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$DATABASE?currentSchema=bench"
    -Dquarkus.datasource.username=postgres)
else
  [ -n "${APP:-}" ] || { ./mvnw -B -q package -DskipTests; APP=target/quarkus-app; }
fi
APP=$(cd "$APP" && pwd)

start() {
  (cd "$WORK" && exec java ${JAVA_OPTS:-} "${FLAGS[@]}" -jar "$APP/quarkus-run.jar" >> "$WORK/server.log" 2>&1) &
  SERVER=$!
  for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && return; sleep 0.5; done
  cat "$WORK/server.log"; exit 1
}
start
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT

# The vocabulary of stories.sql: seven words in ten from words-*.txt, three from a long tail of
# made-up names (log-uniform: a few common, most rare). vocab.awk is included by both awk programs.
cat > "$WORK/vocab.awk" <<'AWK'
FNR == 1 { f++ }
{ for (i = 1; i <= NF; i++) { if (f == 1) en[++ne] = $i; else ru[++nr] = $i } }
function tails(   se, sr, n) {
  split("ba be ko ri ta ven mor lin dal sto har pel quin rus mar ton gel fa du ne sel wik tor an", se, " ")
  split("ба ве ко ри та вен мор лин дал сто хар пел кин рус мар тон гель фа ду не сель вик тор ан", sr, " ")
  for (n = 0; n < 5000; n++) {
    te[n + 1] = name(se[1 + n % 24] se[1 + int(n / 24) % 24] se[1 + int(n / 576) % 24])
    tr[n + 1] = name(sr[1 + n % 24] sr[1 + int(n / 24) % 24] sr[1 + int(n / 576) % 24])
  }
}
function name(w) { return toupper(substr(w, 1, 1)) substr(w, 2) }
function word(russian) {
  if (rand() < 0.7) return russian ? ru[1 + int(rand() * nr)] : en[1 + int(rand() * ne)]
  return russian ? tr[int(exp(rand() * log(5000)))] : te[int(exp(rand() * log(5000)))]
}
function words(russian, k,   s, i) { s = ""; for (i = 0; i < k; i++) s = s (i ? " " : "") word(russian); return s }
AWK

# Stories as JSON: a headline of 7 words, a standfirst of 20, a body of about 190.
stories_json() {
  awk -v n="$1" -f "$WORK/vocab.awk" -e '
    END {
      srand(42); tails()
      for (s = 1; s <= n; s++) {
        r = s % 10 == 0
        printf "{\"headline\": \"%s\", \"standfirst\": \"%s.\", \"language\": \"%s\", \"section\": \"%s\", \"status\": \"published\", \"body\": [", \
          words(r, 7), words(r, 20), r ? "ru" : "en", (s % 2 ? "politics" : "world")
        for (p = 0; p < 3; p++) printf "%s{\"type\": \"paragraph\", \"text\": \"%s.\"}", (p ? ", " : ""), words(r, 63)
        print "]}"
      }
    }' "$BENCH/words-en.txt" "$BENCH/words-ru.txt"
}

if [ "$KIND" = postgresql ]; then
  have=$("${PSQL[@]}" -At -c "select count(*) from bench.article where slug like 'bench-%'")
  if [ "$have" -lt "$STORIES" ]; then
    echo "loading $STORIES stories into schema bench of $DATABASE..."
    "${PSQL[@]}" -c "delete from bench.article where slug like 'bench-%'"
    started=$(date +%s)
    PGOPTIONS='-c search_path=bench' "${PSQL[@]}" -v stories="$STORIES" -v words_en="$(cat "$BENCH/words-en.txt")" \
      -v words_ru="$(cat "$BENCH/words-ru.txt")" -f "$BENCH/stories.sql"
    echo "loaded in $(( $(date +%s) - started )) s"
  fi
else
  EDITOR=$(curl -fs -X POST "$API/keys" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"name": "bench", "role": "editor"}' | jq -r .secret)
  echo "creating $STORIES stories through the API..."
  started=$(date +%s)
  stories_json "$STORIES" | tr '\n' '\0' | xargs -0 -P 4 -I{} curl -fs -o /dev/null -X POST "$API/articles" \
    -H "Authorization: Bearer $EDITOR" -H 'Content-Type: application/json' -d {}
  echo "created in $(( $(date +%s) - started )) s"
fi

# Two-word queries drawn as story words are, one in ten in Russian: the measured ones always the same (seed
# 7), the warm-up ones from another seed, so that a longer warm-up measures the same searches.
urls() {
  awk -v n="$2" -v seed="$1" -f "$WORK/vocab.awk" -e '
    END { srand(seed); tails(); for (q = 1; q <= n; q++) { r = q % 10 == 0; print words(r, 2) } }' \
    "$BENCH/words-en.txt" "$BENCH/words-ru.txt" | jq -Rr '@uri' | awk -v api="$API" '{print "url = \"" api "/search?q=" $0 "\"\noutput = /dev/null"}'
}
[ "$WARMUP" -eq 0 ] || urls 11 "$WARMUP" | curl -s -K - >/dev/null
urls 7 "$QUERIES" | curl -s -w '%{http_code} %{time_total}\n' -K - > "$WORK/times"
if grep -qv '^200 ' "$WORK/times"; then echo "some searches failed:"; sort "$WORK/times" | uniq -c -w 3; exit 1; fi
awk '{print $2 * 1000}' "$WORK/times" | sort -n | awk -v kind="$KIND" -v stories="$STORIES" '
  { t[NR] = $1 }
  END {
    printf "%s, %d stories, %d two-word searches, one client: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      kind, stories, NR, t[int(NR * 0.5)], t[int(NR * 0.9)], t[int(NR * 0.99)], t[NR]
  }'

if [ "$KIND" = h2 ]; then
  # The embedded index is a copy of the database: without its folder, the next start rebuilds it.
  kill $SERVER; wait $SERVER 2>/dev/null || true
  rm -rf "$WORK/data/search"
  start
  grep -o 'Indexed [0-9]* stories for search in [0-9]* ms' "$WORK/server.log" | tail -n 1
fi
