#!/usr/bin/env bash
# The public count against nginx serving the same bytes as a static file, in one run.
#
#   KARTOTEKA_PORT=18190 bench/public-count.sh [METRIC]
#   BASE_B=http://localhost:18192 bench/public-count.sh    # also a second Kartoteka (another build)
#
# Needs wrk and nginx (apt-get install -y wrk nginx) and a running Kartoteka at $BASE. Runs
# ROUNDS (default 3) rounds of DURATION (default 10s) each, alternating the targets so that a
# change of load on a shared machine hits them alike, and prints per target the median
# requests/s and p99, and the ratio of the medians to nginx's (goal: >= 0.8, p99 < 10 ms). Also
# the server's CPU time per request (its processes' user + system time over the requests wrk
# counted): on a machine other work shares, that says more about the work per request than
# requests/s, which follow whatever share of the cores each process gets.
# With JFR_PID set, records a JFR profile of that JVM (jcmd) during the first Kartoteka round
# into $JFR_FILE (default public-count.jfr): summarise it with bench/jfr-buckets.py.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
metric="${1:-political-prisoners}"
path="/api/v1/public/counts/$metric"
NGINX_PORT="${NGINX_PORT:-18191}"
DURATION="${DURATION:-10s}"
ROUNDS="${ROUNDS:-3}"

work="$(mktemp -d)"
trap 'nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/html/api/v1/public/counts" "$work/logs"
curl -fsS "$BASE$path" -o "$work/html$path"
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
error_log $work/logs/error.log;
pid $work/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/html;
    location / { default_type application/json; add_header Cache-Control "public, max-age=30"; add_header Access-Control-Allow-Origin *; }
  }
}
CONF
nginx -p "$work" -c "$work/nginx.conf"

declare -A url=([kartoteka]="$BASE$path" [nginx]="http://127.0.0.1:$NGINX_PORT$path")
targets=(kartoteka nginx)
if [[ -n "${BASE_B:-}" ]]; then url[kartoteka_b]="$BASE_B$path"; targets+=(kartoteka_b); fi

# The pids of the server listening on a port (nginx: its master and workers).
pids_on() { ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u; }
cpu_ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
port_of() { sed -E 's|^https?://[^:/]+:([0-9]+).*|\1|' <<< "$1"; }

run() {
  local name="$1" round="$2"
  local pids; pids=($(pids_on "$(port_of "${url[$name]}")"))
  local before; before="$(cpu_ticks "${pids[@]}")"
  if [[ "$name" == kartoteka && "$round" == 1 && -n "${JFR_PID:-}" ]]; then
    jcmd "$JFR_PID" JFR.start name=bench settings=profile filename="$(realpath -m "${JFR_FILE:-public-count.jfr}")" >/dev/null
  fi
  wrk -t2 -c64 -d"$DURATION" --latency "${url[$name]}" > "$work/$name.txt"
  local ticks=$(( $(cpu_ticks "${pids[@]}") - before ))
  awk -v ticks="$ticks" -v hz="$(getconf CLK_TCK)" '/requests in/ {printf "%.2f\n", ticks / hz * 1e6 / $1}' \
    "$work/$name.txt" >> "$work/$name.cpu"
  if [[ "$name" == kartoteka && "$round" == 1 && -n "${JFR_PID:-}" ]]; then
    jcmd "$JFR_PID" JFR.stop name=bench >/dev/null
  fi
  awk '/Requests\/sec/ {print $2}' "$work/$name.txt" >> "$work/$name.rps"
  awk '$1 == "99%" {v=$2; if (v ~ /us$/) v=v/1000; else if (v ~ /ms$/) v=v+0; else if (v ~ /s$/) v=v*1000; print v}' \
    "$work/$name.txt" >> "$work/$name.p99"
}
median() { sort -g "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "wrk -t2 -c64 -d$DURATION --latency, $ROUNDS rounds, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in "${targets[@]}"; do
  [[ "$name" == nginx ]] || wrk -t2 -c64 -d5s "${url[$name]}" > /dev/null  # JIT warm-up, not measured
done
for round in $(seq 1 "$ROUNDS"); do
  for name in "${targets[@]}"; do run "$name" "$round"; done
done
nginx_rps="$(median "$work/nginx.rps")"
for name in "${targets[@]}"; do
  rps="$(median "$work/$name.rps")"
  awk -v name="$name" -v rps="$rps" -v p99="$(median "$work/$name.p99")" -v n="$nginx_rps" -v all="$(paste -sd' ' "$work/$name.rps")" -v u="${url[$name]}" \
    -v cpu="$(median "$work/$name.cpu")" -v ncpu="$(median "$work/nginx.cpu")" \
    'BEGIN { printf "%-12s median %9.0f requests/s (rounds: %s), median p99 %.2f ms, ratio to nginx %.2f; CPU %.1f us/request (nginx/this %.2f)  %s\n", name, rps, all, p99, rps / n, cpu, ncpu / cpu, u }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
