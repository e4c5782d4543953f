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
