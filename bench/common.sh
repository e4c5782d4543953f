# Shared by the bench scripts: where the service and its embedded PostgreSQL are.
# BASE (default http://localhost:${KARTOTEKA_PORT:-18190}) is a running Kartoteka; for psql the
# embedded database's port is read from ${KARTOTEKA_DATA_DIR:-kartoteka-data}/postgres/postmaster.pid
# unless PGPORT is set.
BASE="${BASE:-http://localhost:${KARTOTEKA_PORT:-18190}}"

use_embedded_postgres() {
  if [[ -z "${PGPORT:-}" ]]; then
    local pid_file="${KARTOTEKA_DATA_DIR:-kartoteka-data}/postgres/postmaster.pid"
    [[ -f "$pid_file" ]] || { echo "no $pid_file: start the service first (or set PGPORT)" >&2; exit 1; }
    export PGPORT="$(sed -n 4p "$pid_file")"
  fi
  export PGHOST="${PGHOST:-localhost}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-postgres}"
}

# CPU time the service and its database used so far, in clock ticks, from /proc: the service's JVM
# (SERVER_PID, every thread) plus the embedded PostgreSQL (POSTMASTER_PID; every backend and
# parallel worker, the postmaster's reaped children included). Valid while nothing else uses them.
cpu_ticks() {
  local total=0 pid
  for pid in $SERVER_PID $POSTMASTER_PID; do
    total=$((total + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat")))
  done
  for pid in $(pgrep -P "$POSTMASTER_PID"); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

# The processes cpu_ticks reads: the service listening on KARTOTEKA_PORT (or SERVER_PID as given)
# and the embedded PostgreSQL of KARTOTEKA_DATA_DIR.
service_pids() {
  export SERVER_PID="${SERVER_PID:-$(ss -ltnpH "sport = :${KARTOTEKA_PORT:-18190}" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}"
  export POSTMASTER_PID="$(head -1 "${KARTOTEKA_DATA_DIR:-kartoteka-data}/postgres/postmaster.pid")"
}

# measure NAME PATH: one warm-up, then REPEAT (default 5) GETs of $BASE$PATH with the AUTH array's
# headers; prints the median and max wall time, the median CPU time of the service and its
# database per request (cpu_ticks: call service_pids first) and the load average.
measure() {
  local url="$BASE$2" times=() before tick_ms=$((1000 / $(getconf CLK_TCK)))
  curl -fsS "${AUTH[@]}" "$url" -o /dev/null  # warm-up
  for _ in $(seq "${REPEAT:-5}"); do
    before="$(cpu_ticks)"
    times+=("$(curl -fsS "${AUTH[@]}" -o /dev/null -w '%{time_total}' "$url") $(( ($(cpu_ticks) - before) * tick_ms ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v m="$1" -v la="$(cut -d' ' -f1-3 /proc/loadavg)" '
    { t[NR] = $1 * 1000; c[NR] = $2 } END { n = asort(c); f = "  %-34s median %6.0f ms, max %6.0f ms;"
      f = f " CPU median %6.0f ms (JVM + PostgreSQL) over %d requests; load %s\n"
      printf f, m, t[int((NR + 1) / 2)], t[NR], c[int((n + 1) / 2)], NR, la }'
}
