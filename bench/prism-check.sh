#!/usr/bin/env bash
# Issue 12's check, tried again the way it was found: the README's curl examples and a reading of
# every collection, sent through Stoplight Prism in proxy mode with the committed OpenAPI document,
# against the packaged jar on a fresh embedded database with the seed data and the example register
# imported. Prints each violation Prism reports and their number; exits 1 when there is any.
#
#   ./mvnw -B package -DskipTests && bench/prism-check.sh
#
# Needs Node.js and npm (Prism 5.14.2 is installed once into ${PRISM_DIR:-/tmp/kartoteka-prism}),
# curl and jq. Ports: KARTOTEKA_PORT (default 18391) for the jar, PRISM_PORT (default 18392).
set -euo pipefail
cd "$(dirname "$0")/.."

port="${KARTOTEKA_PORT:-18391}"
prism_port="${PRISM_PORT:-18392}"
prism_dir="${PRISM_DIR:-/tmp/kartoteka-prism}"
work="$(mktemp -d)"
admin="kt_prismcheck_$(openssl rand -hex 16)"

if [[ ! -x "$prism_dir/node_modules/.bin/prism" ]]; then
  mkdir -p "$prism_dir"
  (cd "$prism_dir" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error @stoplight/prism-cli@5.14.2)
fi

cleanup() {
  [[ -n "${prism_pid:-}" ]] && kill "$prism_pid" 2>/dev/null || true
  [[ -n "${jar_pid:-}" ]] && kill "$jar_pid" 2>/dev/null && wait "$jar_pid" 2>/dev/null || true
  [[ -n "${KEEP_LOG:-}" ]] && cp "$work/prism.log" "$KEEP_LOG"
  rm -rf "$work"
}
trap cleanup EXIT

KARTOTEKA_DATA_DIR="$work/data" QUARKUS_HTTP_PORT="$port" KARTOTEKA_BOOTSTRAP_ADMIN_TOKEN="$admin" \
  java -jar target/quarkus-app/quarkus-run.jar >"$work/jar.log" 2>&1 &
jar_pid=$!
"$prism_dir/node_modules/.bin/prism" proxy openapi/openapi.yaml "http://localhost:$port" \
  --port "$prism_port" --errors=false >"$work/prism.log" 2>&1 &
prism_pid=$!
for _ in $(seq 120); do
  curl -sf "http://localhost:$port/q/health/ready" >/dev/null && break
  sleep 1
done
for _ in $(seq 60); do
  grep -q 'Prism is listening' "$work/prism.log" && break
  sleep 1
done

P="http://localhost:$prism_port"
requests=0
call() { # call METHOD PATH [curl options...]: through the proxy; prints the body
  local method="$1" path="$2"; shift 2
  requests=$((requests + 1))
  curl -s -X "$method" "$P$path" "$@"
}
auth=(-H "Authorization: Bearer $admin")
json=(-H 'Content-Type: application/json')

# Tokens (README "Other tokens")
researcher=$(call POST /api/v1/tokens "${auth[@]}" "${json[@]}" \
  -d '{"name": "Anna (research desk)", "role": "researcher", "expiresAt": "2027-06-30T00:00:00Z"}')
call GET /api/v1/tokens "${auth[@]}" >/dev/null
auditor=$(call POST /api/v1/tokens "${auth[@]}" "${json[@]}" -d '{"name": "audit", "role": "auditor"}' | jq -r .secret)
revoked=$(echo "$researcher" | jq -r .id)
call DELETE "/api/v1/tokens/$revoked" "${auth[@]}" >/dev/null

# Sources (README "API at a glance")
source_id=$(call POST /api/v1/sources "${auth[@]}" "${json[@]}" \
  -d '{"title": "Belarus Review by iSANS — February 7, 2022", "kind": "REPORT", "publisher": "iSANS",
       "publishedOn": "2022-02-07", "language": "en", "url": "https://isans.org/", "visibility": "PUBLIC"}' | jq -r .id)
call GET "/api/v1/sources/$source_id" >/dev/null
call PUT "/api/v1/sources/$source_id" "${auth[@]}" "${json[@]}" -H 'If-Match: "0"' \
  -d '{"title": "Belarus Review by iSANS — February 7, 2022", "kind": "REPORT", "publisher": "iSANS",
       "publishedOn": "2022-02-07", "reliability": "PROBABLE", "visibility": "PUBLIC"}' >/dev/null
call GET '/api/v1/sources?kind=REPORT&from=2021&to=2022-06&sort=-createdAt&limit=20' >/dev/null
call GET '/api/v1/sources?kind=REPORT&limit=500' "${auth[@]}" -H 'Accept: text/csv' >/dev/null
call DELETE "/api/v1/sources/$source_id" "${auth[@]}" >/dev/null

# Bulk import of the example register (README "Bulk import"): persons with every kind of record
register=$(call POST /api/v1/sources "${auth[@]}" "${json[@]}" \
  -d '{"title": "Register export", "kind": "REPORT", "publisher": "Human Rights Centre Viasna"}' | jq -r .id)
job=$(curl -s -D - -o /dev/null "${auth[@]}" -H 'Content-Type: text/csv' --data-binary @docs/examples/register-sample.csv \
  "$P/api/v1/imports?source=$register&idScheme=viasna&atomic=false&visibility=PUBLIC" | tr -d '\r' | sed -n 's/^[Ll]ocation: .*imports\///p')
requests=$((requests + 1))
for _ in $(seq 60); do
  [[ "$(curl -s "${auth[@]}" "http://localhost:$port/api/v1/imports/$job" | jq -r .status)" == DONE ]] && break
  sleep 1
done
call GET "/api/v1/imports/$job" "${auth[@]}" >/dev/null
call GET /api/v1/imports "${auth[@]}" >/dev/null
call GET "/api/v1/imports/$job/rows" "${auth[@]}" >/dev/null
call GET "/api/v1/imports/$job/rows?outcome=REJECTED" "${auth[@]}" -H 'Accept: text/csv' >/dev/null

# Every collection, as a list and one record of it by id, with its history
for collection in sources persons legal-articles cases charges trials detentions recognitions metrics observations; do
  first=$(call GET "/api/v1/$collection?limit=100" "${auth[@]}" | jq -r '.items[0].id // empty')
  call GET "/api/v1/$collection?limit=3" >/dev/null
  if [[ -n "$first" ]]; then
    call GET "/api/v1/$collection/$first" "${auth[@]}" >/dev/null
    call GET "/api/v1/$collection/$first/history" "${auth[@]}" >/dev/null
  fi
done

# Persons: search, timeline, duplicates, the register scan, merge and what follows it
call GET '/api/v1/persons?q=%D0%90%D0%BB%D0%B5%D1%81%D1%8C%20%D0%91%D0%B5%D0%BB%D1%8F%D1%86%D0%BA%D0%B8%D0%B9' "${auth[@]}" >/dev/null
for person in $(curl -s "${auth[@]}" "http://localhost:$port/api/v1/persons?limit=6" | jq -r '.items[].id'); do
  call GET "/api/v1/persons/$person/timeline" "${auth[@]}" >/dev/null
  call GET "/api/v1/persons/$person/timeline" >/dev/null
  call GET "/api/v1/persons/$person/duplicates" "${auth[@]}" >/dev/null
done
call GET '/api/v1/persons/duplicates?minScore=0.5' "${auth[@]}" >/dev/null
survivor=$(call POST /api/v1/persons "${auth[@]}" "${json[@]}" \
  -d '{"names": [{"value": "Ihar Losik", "lang": "en", "script": "Latn"}], "citations": [{"sourceId": "'"$register"'"}]}' | jq -r .id)
other=$(call POST /api/v1/persons "${auth[@]}" "${json[@]}" \
  -d '{"names": [{"value": "Игорь Лосик", "lang": "ru", "script": "Cyrl"}], "citations": [{"sourceId": "'"$register"'"}]}' | jq -r .id)
call POST "/api/v1/persons/$survivor/merge" "${auth[@]}" "${json[@]}" -H 'If-Match: "0"' \
  -d '{"from": "'"$other"'", "note": "same passport"}' >/dev/null
call GET "/api/v1/persons/$other" "${auth[@]}" >/dev/null

# Audit and exports (auditor)
call GET '/api/v1/audit?entity=person&from=2024-05-01&limit=100' -H "Authorization: Bearer $auditor" >/dev/null
call GET /api/v1/export/persons.csv -H "Authorization: Bearer $auditor" >/dev/null
call GET '/api/v1/export/persons.csv?bom=true' -H "Authorization: Bearer $auditor" >/dev/null
call GET /api/v1/export/detentions.csv -H "Authorization: Bearer $auditor" >/dev/null

# Counts over time, explained, and the public surface
call GET '/api/v1/observations?metric=political-prisoners&from=2022' >/dev/null
call GET '/api/v1/stats/series?metric=political-prisoners&from=2022-01&to=2022-12&interval=month' >/dev/null
call GET '/api/v1/stats/series?metric=political-prisoners&from=2022-01&to=2022-12&interval=month&groupBy=region' >/dev/null
call GET '/api/v1/stats/members?metric=political-prisoners&date=2022-02-07' >/dev/null
call GET '/api/v1/stats/changes?metric=political-prisoners&from=2022-01-10&to=2022-02-07' >/dev/null
call GET "/api/v1/stats/series?metric=political-prisoners&asKnownOn=$(date -u +%Y-%m-%dT%H:%M:%SZ)" >/dev/null
call GET /api/v1/public/counts/political-prisoners >/dev/null
call GET '/api/v1/stats/series.svg?metric=political-prisoners&from=2021&to=2022' >/dev/null
call GET /widget/political-prisoners >/dev/null
call GET /widget.js >/dev/null
call GET /badge/political-prisoners.svg >/dev/null
call GET /feed.atom >/dev/null
call GET /feed.json >/dev/null
call GET /api/v1/persons/not-a-uuid "${auth[@]}" >/dev/null
call GET /api/v1/persons "${json[@]}" -H 'Authorization: Bearer kt_wrong' >/dev/null
# Bad input on purpose: Prism reports the request as invalid (expected); its 422 answer is checked
call POST /api/v1/sources "${auth[@]}" "${json[@]}" -d '{"title": ""}' >/dev/null

# Violations of the answers, and requests to paths the document does not have, count; the request
# violations of the bad input sent on purpose above do not.
grep 'Violation:' "$work/prism.log" | sed 's/^.*Violation: /  /' | sort | uniq -c | sort -rn || true
violations=$(grep 'Violation:' "$work/prism.log" | grep -vc 'Violation: request\.body' || true)
echo "prism proxy: $requests requests, $violations violations of the contract"
[[ "$violations" -eq 0 ]]
