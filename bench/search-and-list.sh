#!/usr/bin/env bash
# Measures name search and filtered list pages of a running Kartoteka with wrk
# (apt-get install -y wrk), and prints p50/p95/p99 for each.
#
#   bench/search-and-list.sh [BASE_URL] [DURATION] [CONNECTIONS]
#
# KARTOTEKA_TOKEN, if set, is sent as a bearer token (needed once access control is on).
# Load the data first with bench/generate.sh and restart the service (see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")"
base="${1:-http://localhost:18431}"
duration="${2:-30s}"
connections="${3:-4}"
threads=$(( connections < 2 ? connections : 2 ))
export BENCH_DIR="$PWD/wrk"
run() {
  # one warm-up round, then the measured one
  wrk -t"$threads" -c"$connections" -d5s -s "wrk/$1" "$base" > /dev/null
  wrk -t"$threads" -c"$connections" -d"$duration" -s "wrk/$1" "$base" | grep -E "p50=|Non-2xx|Socket errors" || true
}
echo "wrk -t$threads -c$connections -d$duration against $base"
run search.lua
run persons-list.lua
run persons-cursor.lua
status="$(curl -s -o /dev/null -w '%{http_code}' ${KARTOTEKA_TOKEN:+-H "Authorization: Bearer $KARTOTEKA_TOKEN"} "$base/api/v1/detentions?limit=1")"
if [[ "$status" == "200" ]]; then
  run detentions-list.lua
else
  echo "detentions: not measured (GET /api/v1/detentions answered $status)"
fi
