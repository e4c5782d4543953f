#!/usr/bin/env bash
# Compares the members answers of two running builds over the same database, byte for byte:
# every page (limit 500, following nextCursor to the end, or the first PAGES) of several days and
# both level metrics, as the admin and anonymously (PUBLIC persons only, notShown), plus first
# pages of 1 and 50 and a flow. Prints one line per figure (total, notShown, pages, persons) and
# exits non-zero at the first difference, showing it.
#
#   OLD=http://localhost:19001 NEW=http://localhost:19002 KARTOTEKA_TOKEN=<admin token> \
#     bench/members-compare.sh [DAY ...]
#   PAGES=3 bench/members-compare.sh ...     # at most 3 pages of 500 a figure (the old build is slow)
#
# Both builds must read one database (start the second with QUARKUS_DATASOURCE_JDBC_URL, user and
# password of the first one's embedded PostgreSQL) that nothing writes to meanwhile.
set -euo pipefail
OLD="${OLD:?the base URL of the build to compare against}"
NEW="${NEW:?the base URL of the build under test}"
days=("$@")
[[ ${#days[@]} -gt 0 ]] || days=(2020-08-09 2021-06-30 2022-02-07 2023 2024-01 2024-01-01 2025-08-09 \
  "$(date -u +%F)")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# get BASE QUERY WHO: the body of one GET, WHO = admin or anonymous
get() {
  if [[ "$3" == admin ]]; then
    curl -fsS -H "Authorization: Bearer ${KARTOTEKA_TOKEN:?}" "$1/api/v1/stats/members?$2"
  else
    curl -fsS "$1/api/v1/stats/members?$2"
  fi
}

# compare QUERY WHO [all]: the first page, or with "all" every page by cursor, of both builds
compare() {
  local query="$1" who="$2" cursor="" pages=0 persons=0 old new
  while :; do
    old="$(get "$OLD" "$query${cursor:+&cursor=$cursor}" "$who")"
    new="$(get "$NEW" "$query${cursor:+&cursor=$cursor}" "$who")"
    if [[ "$old" != "$new" ]]; then
      printf '%s\n' "$old" >"$work/old.json"; printf '%s\n' "$new" >"$work/new.json"
      echo "DIFFERENT: $query as $who, page $((pages + 1))${cursor:+ (cursor $cursor)}"
      diff <(jq -S . "$work/old.json") <(jq -S . "$work/new.json") | head -20
      exit 1
    fi
    pages=$((pages + 1))
    persons=$((persons + $(jq '.items | length' <<<"$new")))
    cursor="$(jq -r '.nextCursor // empty' <<<"$new")"
    [[ -n "$cursor" && "${3:-}" == all && $pages -lt ${PAGES:-1000000} ]] || break
  done
  printf '  same: %-62s %-9s total %7s, notShown %7s, %4d pages, %7d persons\n' "$query" "$who" \
    "$(jq .total <<<"$new")" "$(jq .notShown <<<"$new")" "$pages" "$persons"
}

for day in "${days[@]}"; do
  for metric in political-prisoners detained; do
    for who in admin anonymous; do
      compare "metric=$metric&date=$day&limit=500" "$who" all
    done
    compare "metric=$metric&date=$day&limit=1" admin
    compare "metric=$metric&date=$day" anonymous
  done
done
compare "metric=new-detentions&from=2024-01-01&to=2024-01-31&limit=500" admin all
echo "all answers identical"
