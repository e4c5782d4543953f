#!/usr/bin/env bash
# The public count against nginx serving the same bytes as a static file, in one run.
#
#   KARTOTEKA_PORT=18190 bench/public-count.sh [METRIC]
#
# Needs wrk and nginx (apt-get install -y wrk nginx) and a running Kartoteka at $BASE. Prints the
# requests/s and p99 latency of both, and the ratio (goal: Kartoteka >= 0.5 of nginx, p99 < 10 ms).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
metric="${1:-political-prisoners}"
path="/api/v1/public/counts/$metric"
NGINX_PORT="${NGINX_PORT:-18191}"
DURATION="${DURATION:-15s}"

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

run() {
  local name="$1" url="$2"
  wrk -t2 -c64 -d"$DURATION" --latency "$url" > "$work/$name.txt"
  local rps p99
  rps="$(awk '/Requests\/sec/ {print $2}' "$work/$name.txt")"
  p99="$(awk '$1 == "99%" {print $2}' "$work/$name.txt")"
  echo "$name: $rps requests/s, p99 $p99 ($url)"
  echo "$rps" > "$work/$name.rps"
}

echo "wrk -t2 -c64 -d$DURATION --latency, $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c64 -d5s "$BASE$path" > /dev/null  # JIT warm-up, not measured
run kartoteka "$BASE$path"
run nginx "http://127.0.0.1:$NGINX_PORT$path"
awk -v k="$(cat "$work/kartoteka.rps")" -v n="$(cat "$work/nginx.rps")" \
  'BEGIN { printf "ratio kartoteka/nginx: %.2f (goal >= 0.5)\n", k / n }'
