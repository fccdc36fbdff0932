#!/usr/bin/env bash
# The interview's figures for a folder of scenarios (default: the article's examples), in one language:
# per file the questions asked (screens), the answers until the provisional type is the final one, the answers until
# the type is settled ("-" when it never is), the questions not marked optional, and whether the final type is the
# one the scenario expects. Then the median and the maximum. Reads `samskab interview --format json`.
#
#     bench/interview-figures.sh [FOLDER] [en|da]
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
folder="${1:-$home/scenarios/article}"
lang="${2:-en}"
json="$("$home/samskab" interview "$folder" --format json --lang "$lang")"
expected="$(for f in "$folder"/*.yaml; do printf '%s %s\n' "$(sed -n 's/^id: *//p' "$f")" "$(sed -n 's/^  type: *//p' "$f" | head -1)"; done)"
printf '%-38s %7s %14s %16s %13s %s\n' "example ($lang)" screens "final after" "settled after" "not optional" "type"
tsv="$(echo "$json" | jq -r '(if type == "array" then . else [.] end)[] |
  . as $w | ($w.questions | length) as $n |
  ([range(0; $n)] | map(select(all($w.questions[.:][]; .type == $w.type))) | first // $n) as $final |
  ([range(0; $n)] | map(select($w.questions[.].settled)) | first) as $settled |
  [$w.id, $w.asked, (if $w.questions | length == 0 then 0 else $final + 1 end),
   (if $settled == null then "-" else $settled + 1 end),
   ([$w.questions[] | select(.optional | not)] | length), $w.type] | @tsv')"
rows="$(echo "$tsv" | while IFS=$'\t' read -r id asked final settled required type; do
  want="$(echo "$expected" | awk -v id="$id" '$1 == id {print $2}')"
  printf '%-38s %7s %14s %16s %13s %s%s\n' "$id" "$asked" "$final" "$settled" "$required" "$type" \
    "$([ "$type" = "$want" ] && echo "" || echo " (expected $want)")"
done)"
echo "$rows"
median() { echo "$rows" | awk -v c="$1" '{print $c}' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
most() { echo "$rows" | awk -v c="$1" '{print $c}' | sort -n | tail -1; }
printf '%-38s %7s %14s %16s %13s\n' median "$(median 2)" "$(median 3)" "" "$(median 5)"
printf '%-38s %7s %14s %16s %13s\n' max "$(most 2)" "$(most 3)" "" "$(most 5)"
