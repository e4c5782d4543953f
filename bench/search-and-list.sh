#!/usr/bin/env bash
# Measures name search (all queries of bench/wrk/search-queries.lua, then those of one word and
# those of two words apart) and filtered list pages of a running Kartoteka with wrk
# (apt-get install -y wrk), and prints p50/p95/p99 for each.
#
#   bench/search-and-list.sh [BASE_URL] [DURATION] [CONNECTIONS]
#
# KARTOTEKA_TOKEN, if set, is sent as a bearer token (needed once access control is on).
# With SERVER_PID and POSTMASTER_PID set (bench/scale.sh sets them), each line also gives the CPU
# time the service and its database spent per request (/proc), which a loaded machine stretches
# far less than the percentiles.
# Load the data first with bench/generate.sh and restart the service (see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")"
source ./common.sh  # cpu_ticks
base="${1:-http://localhost:18431}"
duration="${2:-30s}"
connections="${3:-4}"
threads=$(( connections < 2 ? connections : 2 ))
export BENCH_DIR="$PWD/wrk"
run() {
  # one warm-up round, then the measured one
  wrk -t"$threads" -c"$connections" -d5s -s "wrk/$1" "$base" > /dev/null
  local before="" line
  [[ -n "${SERVER_PID:-}" && -n "${POSTMASTER_PID:-}" ]] && before="$(cpu_ticks)"
  line="$(wrk -t"$threads" -c"$connections" -d"$duration" -s "wrk/$1" "$base" | grep -E "p50=|Non-2xx|Socket errors" || true)"
  if [[ -n "$before" ]]; then
    line="$(awk -v used=$(( $(cpu_ticks) - before )) -v hz="$(getconf CLK_TCK)" -v la="$(cut -d' ' -f1-3 /proc/loadavg)" '
      /requests=/ { match($0, /requests=[0-9]+/); n = substr($0, RSTART + 9, RLENGTH - 9)
                    $0 = $0 sprintf(" cpu=%.1fms/request load=%s", n > 0 ? used * 1000 / hz / n : 0, la) } { print }' <<<"$line")"
  fi
  echo "$line"
}
echo "wrk -t$threads -c$connections -d$duration against $base"
run search.lua
run search-one-word.lua
run search-two-words.lua
run persons-list.lua
run persons-cursor.lua
status="$(curl -s -o /dev/null -w '%{http_code}' ${KARTOTEKA_TOKEN:+-H "Authorization: Bearer $KARTOTEKA_TOKEN"} "$base/api/v1/detentions?limit=1")"
if [[ "$status" == "200" ]]; then
  run detentions-list.lua
  run case-records-list.lua
else
  echo "detentions: not measured (GET /api/v1/detentions answered $status)"
fi
