#!/usr/bin/env bash
# Benchmark: does a deep page of the story list cost what the first page costs?
#
#   src/test/bench/pagination.sh [stories] [page-size]
#
# Builds the application (H2), starts it on a scratch database, creates the stories through the
# API, walks every page of GET /api/v1/articles following the `next` cursor, and prints the
# latency of the first and the last pages, plus single-story reads with and without ETag.
# Needs curl and jq. Traffic goes to 127.0.0.1 only; the script stops the server at the end.
set -euo pipefail
cd "$(dirname "$0")/../../.."

STORIES=${1:-2000}
LIMIT=${2:-20}
PORT=${PORT:-18080}
TOKEN=bench-admin-token
API=http://127.0.0.1:$PORT/api/v1
WORK=$(mktemp -d)

./mvnw -B -q package -DskipTests   # the default build: embedded H2
# The benchmark measures the API, not the rate limiter: its one client gets a generous budget.
(cd "$WORK" && exec java -Dquarkus.http.port=$PORT -Dnewsdesk.admin-token=$TOKEN \
    -Dnewsdesk.demo-content.enabled=false -Dnewsdesk.rate-limit.anonymous=1000000 \
    -Dnewsdesk.rate-limit.admin=1000000 -Dnewsdesk.rate-limit.editor=1000000 \
    -Dquarkus.log.category.\"io.newsdesk.common\".level=WARN \
    -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar" > "$WORK/server.log" 2>&1) &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done

EDITOR=$(curl -fs -X POST "$API/keys" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name": "bench", "role": "editor"}' | jq -r .secret)

echo "creating $STORIES published stories..."
started=$(date +%s.%N)
seq 1 "$STORIES" | xargs -P 4 -I{} curl -fs -o /dev/null -X POST "$API/articles" \
  -H "Authorization: Bearer $EDITOR" -H 'Content-Type: application/json' \
  -d '{"headline": "Benchmark story {}", "section": "politics", "tags": ["bench"], "status": "published",
       "body": [{"type": "paragraph", "text": "Paragraph of benchmark story {} with <em>markup</em>."}]}'
elapsed=$(echo "$(date +%s.%N) - $started" | bc)
printf 'created %d stories in %.1f s (%.0f writes/s with 4 clients)\n' "$STORIES" "$elapsed" "$(echo "$STORIES / $elapsed" | bc -l)"

# Walk every page; record each page's total time in milliseconds.
times=()
cursor=""
pages=0
while :; do
  url="$API/articles?tag=bench&limit=$LIMIT${cursor:+&cursor=$cursor}"
  out=$(curl -fs -w '\n%{time_total}' "$url")
  times+=("$(echo "$out" | tail -n 1 | awk '{printf "%.2f", $1 * 1000}')")
  cursor=$(echo "$out" | head -n -1 | jq -r '.next // empty')
  pages=$((pages + 1))
  [ -n "$cursor" ] || break
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
first=("${times[@]:0:20}")
last=("${times[@]: -20}")
echo "walked $pages pages of $LIMIT"
echo "median latency, first 20 pages: $(median "${first[@]}") ms"
echo "median latency, last 20 pages:  $(median "${last[@]}") ms"

ID=$(curl -fs "$API/articles?tag=bench&limit=1" | jq -r '.items[0].id')
ETAG=$(curl -fsI "$API/articles/$ID" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
single=(); notmod=()
for _ in $(seq 1 200); do
  single+=("$(curl -fs -o /dev/null -w '%{time_total}' "$API/articles/$ID" | awk '{printf "%.2f", $1 * 1000}')")
  notmod+=("$(curl -s -o /dev/null -w '%{time_total}' -H "If-None-Match: $ETAG" "$API/articles/$ID" | awk '{printf "%.2f", $1 * 1000}')")
done
echo "median single story read: $(median "${single[@]}") ms; with matching If-None-Match (304): $(median "${notmod[@]}") ms"
