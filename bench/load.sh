#!/usr/bin/env bash
# A bounded load run against `samskab serve` on this computer (loopback only), as in docs/performance.md:
# CLIENTS concurrent clients for SECONDS seconds on each of the interview's start page, a question page and
# POST /api/v1/classify (skipped when the server has no API), each on its own keep-alive connection.
#
#   bench/load.sh [--home DIR] [--clients 8] [--seconds 30] [--port 7099] [--serve-args "…"]
#
# --home runs another checkout's launcher (e.g. a copy of an older commit, for a before/after); the server is
# started on 127.0.0.1, loaded with bench/load/Load.java (JDK only), and stopped by its own process id.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(cd "$bench/.." && pwd)"
clients=8
seconds=30
port=7099
serve_args=""
while [ $# -gt 0 ]; do
  case "$1" in
    --home) home="$(cd "$2" && pwd)"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --serve-args) serve_args="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "load.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ "$seconds" -gt 120 ] || [ "$clients" -gt 64 ]; then
  echo "load.sh: at most 120 s and 64 clients" >&2
  exit 2
fi

work="$(mktemp -d)"
log="$work/serve.log"
# shellcheck disable=SC2086
"$home/samskab" serve --host 127.0.0.1 --port "$port" $serve_args >"$log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 300); do
  if grep -q "$base" "$log" 2>/dev/null; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$log" >&2; exit 1; fi
  sleep 0.1
done
grep -q "$base" "$log" || { echo "load.sh: the server did not start" >&2; cat "$log" >&2; exit 1; }

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$home" rev-parse --short HEAD 2>/dev/null || echo "$home"), load $(cut -d' ' -f1-3 /proc/loadavg)"
question="/interview?lang=en&title=H%C3%B8ring&actor=municipality%3APlan+og+Byg&actor=citizen-group%3ANaboer"
question+="&result_planned_in_advance=true&hearing_on_finished_proposal=true&partners_take_part_in=consultation"
run() { java "$bench/load/Load.java" --clients "$clients" --seconds "$seconds" "$@"; }
run --label "GET / (interview start page)" --url "$base/"
run --label "GET /interview?… (a question page)" --url "$base$question"
case_file="$home/scenarios/article/lokalplan-hoering.yaml"
[ -f "$case_file" ] || case_file="$(find "$home/scenarios" -name '*.yaml' | sort | head -1)"
if [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/yaml' \
      --data-binary "@$case_file" "$base/api/v1/classify")" = 200 ]; then
  run --label "POST /api/v1/classify ($(basename "$case_file"))" --url "$base/api/v1/classify" --method POST \
    --type application/yaml --body "$case_file"
else
  echo "POST /api/v1/classify | not served by this server"
fi
