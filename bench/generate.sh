#!/usr/bin/env bash
# Loads the benchmark data set straight into the database of a running Kartoteka that uses its
# embedded PostgreSQL: 100,000 persons (bench/GeneratePersons.java) by default, and with the case
# records 2.5 detentions a person (bench/generate-case-records.sql: 250,000 at 100,000 persons,
# 2,500,000 at 1,000,000).
#
#   bench/generate.sh [COUNT] [SEED]
#   bench/generate.sh 1000000            # the million-person set (about 50 minutes on the loaded
#                                        # 2-core machine; then bench/scale.sh, docs/search.md)
#
# Environment: KARTOTEKA_DATA_DIR (the data folder the service was started with; default
# ./kartoteka-data), or PGHOST/PGPORT/PGUSER/PGDATABASE for an external PostgreSQL.
# After loading, restart the service: at start it computes the name-search keys of every person
# that has none (NameSearchBackfill), which is what makes the new persons findable by ?q=.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
seed="${2:-20200809}"
icu="$(ls "${HOME}"/.m2/repository/com/ibm/icu/icu4j/78.2/icu4j-78.2.jar)"

if [[ -z "${PGPORT:-}" ]]; then
  pid_file="${KARTOTEKA_DATA_DIR:-kartoteka-data}/postgres/postmaster.pid"
  [[ -f "$pid_file" ]] || { echo "no $pid_file: start the service first (or set PGPORT)" >&2; exit 1; }
  # postmaster.pid: line 4 is the port the embedded PostgreSQL listens on.
  export PGPORT="$(sed -n 4p "$pid_file")"
fi
export PGHOST="${PGHOST:-localhost}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-postgres}"

echo "Loading $count persons into $PGHOST:$PGPORT/$PGDATABASE" >&2
time (java -cp "$icu" bench/GeneratePersons.java "$count" "$seed" | psql -q -v ON_ERROR_STOP=1)
if [[ -f bench/generate-case-records.sql ]] && psql -tAc "select to_regclass('detention') is not null" | grep -q t; then
  echo "Case records (V3) present: loading detentions, cases, charges, recognitions" >&2
  time psql -q -v ON_ERROR_STOP=1 -f bench/generate-case-records.sql
fi
psql -tAc "select count(*) || ' persons, ' || (select count(*) from person_name) || ' names' from person"
