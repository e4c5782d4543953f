#!/usr/bin/env bash
# Benchmark: bulk import of a synthetic register (bench/generate-register.py, ROWS rows, default
# 10,000) into an empty embedded database, through the packaged jar with its heap capped at 256 MB:
# a dry run, then the commit (atomic, the default), then the same file again (every row unchanged).
# Prints rows/s of each (rows / the job's own startedAt..finishedAt), the CPU seconds of the jar (and
# of its import threads, its JIT compiler threads and its GC threads) and of PostgreSQL per run, the
# load average at the end of each run, and the peak heap: the most the heap held before any garbage
# collection while the jobs ran (from the jar's GC log, so nothing samples the jar while it works).
#
#   bench/import.sh                      # 10,000 rows, port 18941, data in /tmp/kartoteka-bench-import
#   ROWS=2000 PORT=18942 bench/import.sh
#   ROWS=23000 DESCRIPTION=4000 RUNS=commit bench/import.sh   # a ~100 MB file (4,000-character descriptions),
#                                        # only the commit: the peak heap of a big file under the 256 MB cap
#   RUNS="dry commit again more" bench/import.sh   # more: then another file of ROWS new persons (other
#                                        # ids) into the same database: the commit of a jar that has
#                                        # imported before, its import code compiled
#   STATS=1 bench/import.sh              # also: CPU seconds of the jar and of PostgreSQL per run, WAL and the
#                                        # tables and indexes its full-page images were of (pg_walinspect), and
#                                        # statements per row from pg_stat_statements (track=all, so the
#                                        # audit triggers' inserts count too; restarts the jar once)
#   REUSE=1 DATA=/tmp/kt-scale-1m TOKEN=<its admin token> RUNS=commit ROWS=2000 bench/import.sh
#                                        # into an existing data folder (e.g. one bench/generate.sh
#                                        # filled with 1,000,000 persons; stop its jar first): the
#                                        # import rate when the register is already large; SCHEME=
#                                        # (default bench) another id scheme, so that a second run
#                                        # into the same folder creates its rows again
#
# PRE_SQL='<sql>' runs that SQL as the database owner once the service has started, before the runs: to
# measure what a part of the schema costs (e.g. with the audit triggers disabled; never for a reported figure).
# JAR=<path> runs another build of the jar (default target/quarkus-app/quarkus-run.jar).
# Needs: java 17+, curl, python3. Builds the jar first if target/ lacks it.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-10000}
DESCRIPTION=${DESCRIPTION:-0}
SCHEME=${SCHEME:-bench}
RUNS=${RUNS:-dry commit again}
PORT=${PORT:-18941}
HEAP=${HEAP:-256m}
DATA=${DATA:-/tmp/kartoteka-bench-import}
TOKEN=${TOKEN:-kt_bench-admin-token-0123456789abcdef0123456789}
OUT=$(mktemp -d)
BASE="http://localhost:$PORT"

STATS=${STATS:-}
JAVA_OPTS=${JAVA_OPTS:-}

JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

APP=
trap '[ -n "$APP" ] && kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$OUT"' EXIT

start_app() {
    # shellcheck disable=SC2086
    KARTOTEKA_DATA_DIR="$DATA" QUARKUS_HTTP_PORT="$PORT" KARTOTEKA_BOOTSTRAP_ADMIN_TOKEN="$TOKEN" \
        java -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$OUT/gc.log" $JAVA_OPTS -jar "$JAR" >>"$OUT/app.log" 2>&1 &
    APP=$!
    for _ in $(seq 1 180); do
        curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && return 0
        kill -0 $APP 2>/dev/null || { cat "$OUT/app.log" >&2; exit 1; }
        sleep 1
    done
}
stop_app() { kill $APP; wait $APP 2>/dev/null || true; APP=; }
pg() { psql -X -q -A -t -h localhost -p "$(sed -n 4p "$DATA/postgres/postmaster.pid")" -U postgres postgres "$@"; }

# CPU seconds (user + system) the jar and the embedded PostgreSQL (server and every backend, live or ended) used so far.
cpu_seconds() {
    local postmaster
    postmaster=$(head -1 "$DATA/postgres/postmaster.pid")
    { awk '{print $14 + $15}' /proc/$APP/stat
      awk '{print $16 + $17}' /proc/"$postmaster"/stat
      for p in $postmaster $(pgrep -P "$postmaster"); do awk '{print $14 + $15}' /proc/"$p"/stat 2>/dev/null || true; done
    } | awk -v hz="$(getconf CLK_TCK)" -v java="$(awk '{print $14 + $15}' /proc/$APP/stat)" \
        '{s += $1} END {printf "%.1f %.1f", java / hz, (s - java) / hz}'
}

[ -n "${REUSE:-}" ] || rm -rf "$DATA"
start_app
if [ -n "$STATS" ]; then
    pg -c "alter system set shared_preload_libraries = 'pg_stat_statements'" -c "alter system set pg_stat_statements.track = 'all'"
    stop_app
    start_app
    pg -c "create extension if not exists pg_stat_statements" -c "create extension if not exists pg_walinspect"
fi
AUTH=(-H "Authorization: Bearer $TOKEN")
[ -n "${PRE_SQL:-}" ] && pg -c "$PRE_SQL"

python3 bench/generate-register.py "$ROWS" "$SCHEME" "$DESCRIPTION" >"$OUT/register.csv"
[[ " $RUNS " == *" more "* ]] && python3 bench/generate-register.py "$ROWS" "${SCHEME}2" "$DESCRIPTION" >"$OUT/more.csv"
SOURCE=$(curl -fs "${AUTH[@]}" -H 'Content-Type: application/json' "$BASE/api/v1/sources" \
    -d '{"title": "Synthetic register (bench)", "kind": "REPORT", "publisher": "Bench", "visibility": "PUBLIC"}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

# The GC log starts here: the peak heap is that of the jobs, not of the service's start.
GC_FROM=$(wc -l <"$OUT/gc.log")

# CPU seconds of the jar's threads so far: the JIT compiler's, the garbage collector's, all (threads that
# ended are missing from the first two, so they are lower bounds).
jar_threads() {
    for t in /proc/$APP/task/*; do
        awk '{c = $0; sub(/^[0-9]+ \(/, "", c); sub(/\) .*/, "", c); n = split($0, f, ") "); split(f[n], g, " ");
              print c "\t" g[12] + g[13]}' "$t/stat" 2>/dev/null || true
    done | awk -F'\t' -v hz="$(getconf CLK_TCK)" '$1 ~ /Compiler/ {j += $2} $1 ~ /^(GC|G1)/ {g += $2} END {printf "%.1f %.1f", j / hz, g / hz}'
}

# CPU seconds the import threads (worker and row reader) used so far (kartoteka_import_cpu_seconds_total, both tags).
import_cpu_seconds() {
    curl -fs "$BASE/q/metrics" | awk '/^kartoteka_import_cpu_seconds_total/ {s += $NF} END {printf "%.1f", s}'
}

run() { # $1 = label, $2 = extra query parameters, $3 = file (default register.csv), $4 = id scheme (default $SCHEME)
    local job cpu_before cpu_after file=${3:-register.csv} scheme=${4:-$SCHEME}
    [ -n "$STATS" ] && pg -c "select pg_stat_statements_reset()" -c "select pg_stat_reset_shared('wal')" \
        -c "select pg_stat_reset_shared('checkpointer')" >/dev/null && LSN=$(pg -c "select pg_current_wal_lsn()")
    cpu_before="$(cpu_seconds) $(import_cpu_seconds) $(jar_threads)"
    job=$(curl -fs "${AUTH[@]}" -H 'Content-Type: text/csv' --data-binary @"$OUT/$file" \
        "$BASE/api/v1/imports?source=$SOURCE&idScheme=$scheme$2" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    while true; do
        # grep, not python: the poll must not take a share of the two cores the import runs on
        curl -fs "${AUTH[@]}" "$BASE/api/v1/imports/$job" >"$OUT/job.json"
        grep -Eq '"status" *: *"(DONE|FAILED)"' "$OUT/job.json" && break
        sleep 0.2
    done
    cpu_after="$(cpu_seconds) $(import_cpu_seconds) $(jar_threads)"
    python3 - "$1" "$OUT/job.json" "$cpu_before" "$cpu_after" <<'PY'
import json, sys
from datetime import datetime
label, job = sys.argv[1], json.load(open(sys.argv[2]))
before, after = [list(map(float, a.split())) for a in sys.argv[3:5]]
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
seconds = (t(job["finishedAt"]) - t(job["startedAt"])).total_seconds()
print(f"{label:10s} {job['status']:6s} rows {job['rowsDone']:6d}  created {job['created']:6d}  updated {job['updated']:5d}"
      f"  unchanged {job['unchanged']:6d}  rejected {job['rejected']:5d}  {seconds:7.1f} s  {job['rowsDone'] / seconds:7.0f} rows/s"
      + ("" if job["failure"] is None else "  failure: " + job["failure"]))
print(f"{'':10s} CPU: jar {after[0] - before[0]:.1f} s (import threads {after[2] - before[2]:.1f} s, JIT compiler"
      f" {after[3] - before[3]:.1f} s, GC {after[4] - before[4]:.1f} s), PostgreSQL {after[1] - before[1]:.1f} s"
      f" (both include the job polling); load average {open('/proc/loadavg').read().split()[0]}")
PY
    if [ -n "$STATS" ]; then
        pg -F ' ' -c "select 'statements per row: ' || round(sum(calls)::numeric / ${ROWS}, 1)
                || ' (top level ' || round(sum(calls) filter (where toplevel)::numeric / ${ROWS}, 1)
                || '), statement time ' || round(sum(total_exec_time)::numeric / 1000, 1) || ' s'
                from pg_stat_statements where query not like '%pg_stat_statements%'"
        pg -F ' ' -c "select 'WAL: ' || pg_size_pretty(wal_bytes) || ', ' || wal_records || ' records, ' || wal_fpi
                || ' full-page images; checkpoints: ' || (select num_timed + num_requested from pg_stat_checkpointer)
                from pg_stat_wal"
        # Which tables and indexes the full-page images were of (pg_walinspect; fails harmlessly when a
        # checkpoint has recycled the run's first WAL segments).
        pg -F ' | ' -c "select 'full-page images of ' || coalesce(c.relname, b.relfilenode::text), count(*) filter (where b.block_fpi_length > 0),
                'blocks written ' || count(*), 'WAL ' || pg_size_pretty(sum(b.block_fpi_length + b.block_data_length))
                from pg_get_wal_block_info('$LSN', pg_current_wal_lsn(), false) b
                left join pg_class c on c.relfilenode = b.relfilenode and c.relfilenode <> 0
                group by 1 order by 2 desc limit ${TOP:-15}" || true
        pg -F ' | ' -c "select calls, round(total_exec_time::numeric) as ms, toplevel, left(regexp_replace(query, '\s+', ' ', 'g'), 110)
                from pg_stat_statements where query not like '%pg_stat_statements%' order by total_exec_time desc limit ${TOP:-15}"
    fi
}

echo "bench/import.sh: $ROWS rows ($(du -h "$OUT/register.csv" | cut -f1)), heap cap $HEAP, $(nproc) cores"
[[ " $RUNS " == *" dry "* ]] && run "dry run" "&dryRun=true&atomic=false"
[[ " $RUNS " == *" commit "* ]] && run "commit" ""
[[ " $RUNS " == *" again "* ]] && run "re-import" ""
[[ " $RUNS " == *" more "* ]] && run "more" "" more.csv "${SCHEME}2"
# "Pause Young (Normal) (G1 Evacuation Pause) 120M->38M(256M) 3.1ms": 120 MB were in use when it started,
# 38 MB after it (what was still reachable, and more). G1 lets the heap fill towards the cap before it
# collects, so the first figure is how far it let it fill, the second how much the import kept.
tail -n +"$((GC_FROM + 1))" "$OUT/gc.log" | grep -o '[0-9]*M->[0-9]*M' | tr -d 'M' | awk -F'->' \
    '$1 > b {b = $1} $2 > a {a = $2} END {printf "peak heap used: %d MB before a collection, %d MB after one (%d collections)\n", b, a, NR}'
