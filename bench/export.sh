#!/usr/bin/env bash
# Benchmark: CSV export of one million detention rows through the API (jar started with its heap
# capped at 256 MB) against PostgreSQL's own COPY ... TO STDOUT (FORMAT csv) of the same rows via
# psql, in one run on one embedded PostgreSQL. Prints rows/s of each and the ratio.
#
#   bench/export.sh                # 1,000,000 rows, port 18931, data in /tmp/kartoteka-bench-export
#   ROWS=200000 PORT=18932 bench/export.sh
#   ROWS=400000 BREAKDOWN=1 bench/export.sh   # and what each SQL helper costs per row (detentions)
#   REUSE=1 ...                               # keep $DATA of an earlier run with as many rows
#   ROUNDS=5 ...                              # rounds of the three timings (default 3), medians
#   REUSE=1 DATA=/tmp/kt-scale-1m ROWS=2500000 TOKEN=<its admin token> ...
#                                             # a bench/generate.sh folder (stop its jar first): the
#                                             # detentions it holds, at 1,000,000 persons 2.5 million
#   JAR=<path> ...                            # another build of the jar (default target/quarkus-app)
#
# Rows are generated with generate_series straight in the database, as a bulk load with triggers
# off (session_replication_role = replica), so the audit trail is not part of what is measured.
# Needs: java 17+, psql, curl, python3. Builds the jar first if target/ lacks it.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-1000000}
PORT=${PORT:-18931}
HEAP=${HEAP:-256m}
DATA=${DATA:-/tmp/kartoteka-bench-export}
TOKEN=${TOKEN:-kt_bench-admin-token-0123456789abcdef0123456789}
OUT=$(mktemp -d)

JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

[ -n "${REUSE:-}" ] || rm -rf "$DATA"
KARTOTEKA_DATA_DIR="$DATA" QUARKUS_HTTP_PORT="$PORT" KARTOTEKA_BOOTSTRAP_ADMIN_TOKEN="$TOKEN" \
    java -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError -jar "$JAR" >"$OUT/app.log" 2>&1 &
APP=$!
trap 'status=$?; kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$OUT"; exit $status' EXIT

for _ in $(seq 1 600); do  # a loaded machine may take minutes to start the jar
    curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
PSQL=(psql -X -q -h localhost -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1)

# Before case records are part of the build, DETENTION_SCHEMA=<a V3 migration file> creates their
# tables by hand in the bench database (the export finds a table when it exists).
if [ -n "${DETENTION_SCHEMA:-}" ] && [ "$("${PSQL[@]}" -tAc "select to_regclass('detention') is null")" = t ]; then
    "${PSQL[@]}" -f "$DETENTION_SCHEMA"
fi
if [ "$("${PSQL[@]}" -tAc "select to_regclass('detention') is not null")" = t ]; then
    TABLE=detention FILE=detentions
    SAME_SQL="select d.id, d.version, csv_time(d.created_at), csv_time(d.updated_at), d.person_id, d.case_id, d.kind,
        d.started_on, partial_date_precision(d.started_on), d.ended_on, partial_date_precision(d.ended_on),
        d.end_unknown, d.end_reason, csv_safe(d.facility), csv_safe(d.region) from detention d order by d.id"
    PERSONS=$(( (ROWS + 999) / 1000 ))
    [ "$("${PSQL[@]}" -tAc "select count(*) from detention")" -ge "$ROWS" ] || "${PSQL[@]}" <<SQL
set session_replication_role = replica;
insert into person (id, version, created_at, updated_at, display_name, gender, visibility)
select gen_random_uuid(), 0, now(), now(), 'Bench person ' || i, 'UNKNOWN', 'RESTRICTED'
from generate_series(1, $PERSONS) i;
insert into detention (id, version, created_at, updated_at, person_id, kind, started_on, ended_on, end_reason, facility, region)
select gen_random_uuid(), 0, now(), now(), p.id, 'SENTENCE',
       to_char(date '2000-01-01' + 3 * k, 'YYYY-MM-DD'), to_char(date '2000-01-02' + 3 * k, 'YYYY-MM-DD'),
       'SENTENCE_SERVED', 'Penal colony No. ' || (k % 20), 'Minsk'
from (select id, row_number() over (order by id) - 1 as n from person where display_name like 'Bench person %') p,
     generate_series(0, 999) k
where p.n * 1000 + k < $ROWS;
analyze detention;
SQL
else
    echo "No detention table in this build: benchmarking $ROWS source rows instead." >&2
    TABLE=source FILE=sources
    SAME_SQL="select s.id, s.version, csv_time(s.created_at), csv_time(s.updated_at), csv_safe(s.title),
        csv_safe(s.publisher), s.kind, csv_safe(s.url), csv_safe(s.archive_url), s.published_on,
        partial_date_precision(s.published_on), csv_safe(s.language), s.reliability, csv_safe(s.notes), s.visibility
        from source s order by s.id"
    "${PSQL[@]}" <<SQL
set session_replication_role = replica;
insert into source (id, version, created_at, updated_at, title, publisher, kind, published_on, reliability, visibility)
select gen_random_uuid(), 0, now(), now(), 'Bench report ' || i, 'Bench desk', 'REPORT',
       to_char(date '2000-01-01' + (i % 7000), 'YYYY-MM-DD'), 'CONFIRMED', 'PUBLIC'
from generate_series(1, $ROWS) i;
analyze source;
SQL
fi
TOTAL=$("${PSQL[@]}" -tAc "select count(*) from $TABLE")

now() { date +%s.%N; }
# ROUNDS (default 3) rounds, each timing the three in turn, so that a change of load or a JIT still
# warming up hits them alike; the figures are the medians.
ROUNDS=${ROUNDS:-3}
: >"$OUT/times"
for round in $(seq 1 "$ROUNDS"); do
    t0=$(now)
    "${PSQL[@]}" -c "COPY (SELECT * FROM $TABLE ORDER BY id) TO STDOUT (FORMAT csv, HEADER)" >"$OUT/copy.csv"
    t1=$(now)
    curl -fsS -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/export/$FILE.csv" -o "$OUT/api.csv"
    t2=$(now)
    "${PSQL[@]}" -c "COPY ($SAME_SQL) TO STDOUT (FORMAT csv, HEADER)" >"$OUT/same.csv"
    t3=$(now)
    echo "$t0 $t1 $t2 $t3" >>"$OUT/times"
done

COPY_ROWS=$(( $(wc -l <"$OUT/copy.csv") - 1 ))
API_ROWS=$(python3 -c "import csv,sys; r=csv.reader(open(sys.argv[1], newline='', encoding='utf-8')); next(r); print(sum(1 for _ in r))" "$OUT/api.csv")
HEAP_OK=$(kill -0 $APP 2>/dev/null && echo "yes (jar still running with -Xmx$HEAP)" || echo "NO: the jar died")

python3 - "$OUT/times" "$COPY_ROWS" "$API_ROWS" "$TOTAL" <<'PY'
import statistics, sys
rounds = [list(map(float, line.split())) for line in open(sys.argv[1])]
copy_rows, api_rows, total = map(int, sys.argv[2:5])
copy_s = [t1 - t0 for t0, t1, t2, t3 in rounds]
api_s = [t2 - t1 for t0, t1, t2, t3 in rounds]
same_s = [t3 - t2 for t0, t1, t2, t3 in rounds]
def show(seconds): return " ".join(f"{s:.2f}" for s in seconds)
copy_rate, api_rate, same_rate = (copy_rows / statistics.median(copy_s), api_rows / statistics.median(api_s),
                                  total / statistics.median(same_s))
print(f"rows in table:          {total} ({len(rounds)} rounds, medians; load average after: "
      f"{' '.join(open('/proc/loadavg').read().split()[:3])})")
print(f"psql COPY:              {copy_rows} rows, {copy_rate:,.0f} rows/s (seconds: {show(copy_s)})")
print(f"API export (CSV):       {api_rows} rows, {api_rate:,.0f} rows/s (seconds: {show(api_s)})")
print(f"ratio API / COPY:       {api_rate / copy_rate:.2f} (goal >= 0.9)")
print(f"psql COPY of the API's own query (csv_safe, csv_time): {same_rate:,.0f} rows/s (seconds: {show(same_s)});"
      f" API / that = {api_rate / same_rate:.2f}")
if api_rows != total:
    sys.exit(f"row count mismatch: API {api_rows}, table {total}")
PY
echo "heap capped run ok:     $HEAP_OK"

# What the export's SQL does per row, one helper at a time: the CPU time of the PostgreSQL backend
# (from /proc, parallel workers off) running psql's COPY of the export's query, with that helper
# taken out (its column passed through as stored) or replaced. CPU time, not wall time: on a
# machine other work shares, it still says what each variant costs.
if [ -n "${BREAKDOWN:-}" ] && [ "$TABLE" = detention ]; then
    copy_cpu_seconds() {  # $1: query, $2: SQL run first in the same session
        local ticks="$OUT/ticks"
        : > "$ticks"
        "${PSQL[@]}" >/dev/null <<SQL
set max_parallel_workers_per_gather = 0;
set timezone = 'UTC';
set datestyle = 'ISO, YMD';
$2
select pg_backend_pid() as backend \gset
\setenv BACKEND :backend
\! awk '{print \$14 + \$15}' /proc/\$BACKEND/stat >> $ticks
COPY ($1) TO STDOUT (FORMAT csv, HEADER);
\! awk '{print \$14 + \$15}' /proc/\$BACKEND/stat >> $ticks
SQL
        python3 -c "import sys; a, b = map(int, open(sys.argv[1]).read().split()); print((b - a) / int(sys.argv[2]))" \
            "$ticks" "$(getconf CLK_TCK)"
    }
    # V7's partial_date_precision, STRICT and so never inlined, beside V55's for comparison.
    V7_PRECISION="CREATE FUNCTION pg_temp.partial_date_precision_v7(p text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
        AS \$\$ SELECT CASE length(p) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END \$\$;"
    declare -A VARIANT=(
        ["as exported"]="$SAME_SQL"
        ["partial_date_precision as in V7"]="$(sed -E 's/partial_date_precision\(/pg_temp.partial_date_precision_v7(/g' <<< "$SAME_SQL")"
        ["without csv_time"]="$(sed -E 's/csv_time\(([a-z_.]+)\)/\1/g' <<< "$SAME_SQL")"
        ["without csv_safe"]="$(sed -E 's/csv_safe\(([a-z_.]+)\)/\1/g' <<< "$SAME_SQL")"
        ["without partial_date_precision"]="$(sed -E 's/partial_date_precision\(([a-z_.]+)\)/\1/g' <<< "$SAME_SQL")"
        ["select * from detention"]="SELECT * FROM detention ORDER BY id"
    )
    echo "PostgreSQL backend CPU per row of the export's query (psql COPY, $TOTAL rows, median of 3; load average $(cut -d' ' -f1-3 /proc/loadavg)):"
    for name in "as exported" "partial_date_precision as in V7" "without csv_time" "without csv_safe" \
            "without partial_date_precision" "select * from detention"; do
        prelude=""
        [ "$name" = "partial_date_precision as in V7" ] && prelude="$V7_PRECISION"
        times=$(for _ in 1 2 3; do copy_cpu_seconds "${VARIANT[$name]}" "$prelude"; done | sort -g | paste -sd' ')
        python3 - "$name" "$TOTAL" $times <<'PY'
import sys
name, total, times = sys.argv[1], int(sys.argv[2]), sorted(map(float, sys.argv[3:]))
print(f"  {name:34s} {times[1]:6.2f} s CPU  {times[1] / total * 1e6:6.2f} us/row  (runs: {' '.join(f'{t:.2f}' for t in times)})")
PY
    done
fi
