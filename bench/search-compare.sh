#!/usr/bin/env bash
# Prints, for each name-search query, the full ranked answer of a running Kartoteka (every id of
# the up to 500 best matches, in order), as the admin (KARTOTEKA_TOKEN) and anonymously (public
# persons only), so that two builds can be compared on the same data: run it against each and diff
# the two files (docs/search.md, "At a million persons").
#
#   bench/search-compare.sh BASE_URL > answers.txt
#   QUERIES=bench bench/search-compare.sh BASE_URL   # only the 83 of the benchmark (at 1,000,000
#                                                    # persons the build before V90 takes seconds a query)
#
# Queries: the 83 of bench/wrk/search-queries.lua, then 144 of two words made of common given
# names and surnames of bench/generate.sh in both orders and several scripts, some cut short, and
# 12 of three words.
set -euo pipefail
cd "$(dirname "$0")"
base="${1:-http://localhost:18431}"
mapfile -t queries < <(sed -n '/^local queries = {/,/^}/p' wrk/search-queries.lua | grep -o '"[^"]*"' | tr -d '"')
given=(Ihar Игорь Aliaksandr Сяргей Maryja Ганна Volha Кацярына Дзмітрый Yauhen Natallia Андрей)
surnames=(Marozau Морозова Lukashenka Коваленко Shevchuk Zhuk Ivashkevich Бандарэнка Tsikhanouskaya Pushkina
  Sakal Дубава)
i=0
[[ "${QUERIES:-all}" == bench ]] && given=()
for g in "${given[@]}"; do
  for s in "${surnames[@]}"; do
    case $(( i++ % 4 )) in
      0) queries+=("$g $s") ;;
      1) queries+=("$s $g") ;;
      2) queries+=("$g ${s:0:5}") ;;
      3) queries+=("${s:0:6} ${g:0:4}") ;;
    esac
  done
done
for j in "${!given[@]}"; do
  s="${surnames[j]}"
  queries+=("${given[j]} $s ${s:0:4}")  # three words: the third matches where the second does
done
for q in "${queries[@]}"; do
  url="$base/api/v1/persons?limit=500&q=$(jq -rn --arg q "$q" '$q|@uri')"
  admin="$(curl -fsS ${KARTOTEKA_TOKEN:+-H "Authorization: Bearer $KARTOTEKA_TOKEN"} "$url" | jq -r '[.items[].id] | join(",")')"
  public="$(curl -fsS "$url" | jq -r '[.items[].id] | join(",")')"
  printf '%s\tadmin %d\t%s\n%s\tpublic %d\t%s\n' "$q" "$(awk -F, '{print NF}' <<<"$admin")" "$admin" \
    "$q" "$(awk -F, '{print NF}' <<<"$public")" "$public"
done
