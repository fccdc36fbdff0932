#!/usr/bin/env bash
# bench/run.sh — samskab's whole-process figures, side by side in one run (bench/README.md explains each).
#
# Builds what it needs (the main jar via the launcher's layout, the benchmarks jar, a trivial Java main), runs
# every whole-process command once unmeasured (warm-up: OS caches, whatever the launcher or a rule cache sets up
# on a first run), then --runs rounds, each running every command once (interleaved, so that a slow spell of the
# machine hits all rows alike), and prints ONE table of medians: wall time, CPU time (user+sys), peak RSS.
# Then the in-process figures (JMH and Throughput engine throughput, reused sessions and fresh ones; what Drools
# costs per firing, FiringCost; the interview's page time; watch mode's save-to-result), and the peak RSS of a replay
# of 100,000 files. Every target is printed with "met" or "NOT met", and every in-process figure with the load
# average when it was measured.
#
#   bench/run.sh              everything (about 10–15 minutes on 2 vCPU, most of it the 100,000 files)
#   bench/run.sh --quick      no 100,000 files, shorter JMH (about 5 minutes)
#   bench/run.sh --startup    only the start-up rows: the floor, classify as text, json and html (about 1 minute)
#   bench/run.sh --help       all options
set -euo pipefail
export LC_ALL=C

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(dirname "$bench")"
target="$bench/target"
samskab="$home/samskab"
case_file="$home/scenarios/article/lokalplan-hoering.yaml"

runs=5
rss_runs=1
n10k=10000
n100k=100000
seed=1
do_build=1
do_10k=1
do_100k=1
do_jmh=1
do_watch=1
do_interview=1
startup_only=0
data="$target/data"
jmh_opts=(-f 1 -wi 10 -w 2s -i 5 -r 2s)

usage() {
  cat <<'EOF'
usage: bench/run.sh [options]
  --runs N        measured rounds of the whole-process commands (default 5; the issue asks for >= 5)
  --quick         = --no-100k and a shorter JMH run (5 x 2 s warm-up, 5 x 1 s measured)
  --startup       only the floor and cold classify (rules unchanged) as text, json and html; no JMH, no 10k/100k
  --no-100k       skip the peak-RSS replay over 100,000 generated files
  --no-10k        skip replay and parse-only of the 10,000 generated files
  --no-jmh        skip the engine-throughput figures (JMH, and the in-process Throughput)
  --no-watch      skip watch mode's save-to-result figure (WatchLatency, 10 saves)
  --no-interview  skip the interview's page time (InterviewPages)
  --no-build      use bench/target and target/ as they are (no Maven)
  --n10k N        size of the replay/parse-only pair (default 10000)
  --n100k N       size of the peak-RSS replay (default 100000)
  --rss-runs N    runs of the peak-RSS replay (default 1; the median is shown)
  --seed S        generator seed (default 1)
  --data DIR      where generated scenarios are kept between runs (default bench/target/data)
Environment: SAMSKAB_JAVA_OPTS is passed on by the launcher and used for ParseOnly too;
BENCH_POLL_RSS=1 measures peak RSS by polling /proc/PID/status even where /usr/bin/time exists.
EOF
}

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --quick) do_100k=0; jmh_opts=(-f 1 -wi 5 -w 2s -i 5 -r 1s); shift ;;
    --startup) startup_only=1; do_100k=0; do_10k=0; do_jmh=0; do_watch=0; do_interview=0; shift ;;
    --no-100k) do_100k=0; shift ;;
    --no-10k) do_10k=0; shift ;;
    --no-jmh) do_jmh=0; shift ;;
    --no-watch) do_watch=0; shift ;;
    --no-interview) do_interview=0; shift ;;
    --no-build) do_build=0; shift ;;
    --n10k) n10k="$2"; shift 2 ;;
    --n100k) n100k="$2"; shift 2 ;;
    --rss-runs) rss_runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
for n in "$runs" "$rss_runs" "$n10k" "$n100k" "$seed"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "run.sh: not a number: $n" >&2; exit 2; }
done
[ "$runs" -ge 1 ] && [ "$rss_runs" -ge 1 ] || { echo "run.sh: --runs and --rss-runs must be at least 1" >&2; exit 2; }

say() { printf '%s\n' "run.sh: $*" >&2; }
die() { say "$*"; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/samskab-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# --- build ---------------------------------------------------------------------------------------------------
cd "$home"
if [ "$do_build" = 1 ]; then
  command -v mvn >/dev/null || die "Maven (mvn) is needed to build; or pass --no-build"
  say "building samskab (mvn -f pom.xml install, tests skipped) and the benchmarks (bench/pom.xml)"
  mvn -q -B -ntp -f "$home/pom.xml" -Dmaven.test.skip=true install >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; die "the samskab build failed"; }
  mvn -q -B -ntp -f "$bench/pom.xml" -DskipTests package >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; die "the benchmarks build failed"; }
  mkdir -p "$target/floor"
  javac -d "$target/floor" "$bench/floor/Hello.java"
fi
[ -f "$home/target/samskab.jar" ] || die "no target/samskab.jar: run without --no-build"
[ -f "$target/benchmarks.jar" ] || die "no bench/target/benchmarks.jar: run without --no-build"
[ -f "$target/floor/Hello.class" ] || die "no bench/target/floor/Hello.class: run without --no-build"

# --- timing one process --------------------------------------------------------------------------------------
timecmd=""
[ -z "${BENCH_POLL_RSS:-}" ] && [ -x /usr/bin/time ] && /usr/bin/time -f '%M' true >/dev/null 2>&1 && timecmd=/usr/bin/time

usec() { local t="${1/./}"; echo $((10#$t)); }   # EPOCHREALTIME (C locale) to microseconds

# run_once NAME CMD... : runs CMD once with stdout/stderr in $work/NAME.out/.err; appends
# "wall_s cpu_s rss_kb" to $work/NAME.tsv; returns CMD's exit status.
run_once() {
  local name="$1"; shift
  local t0 t1 status=0 rss="-" cpu="-"
  if [ -n "$timecmd" ]; then
    t0=$EPOCHREALTIME
    "$timecmd" -f '%M %U %S' -o "$work/time" "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
    t1=$EPOCHREALTIME
    read -r rss u s < <(tail -n 1 "$work/time")
    cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
  else   # no GNU time: poll the high-water mark of the resident set (VmHWM) while the process runs
    t0=$EPOCHREALTIME
    "$@" >"$work/$name.out" 2>"$work/$name.err" &
    local pid=$! hwm key value rest
    while kill -0 "$pid" 2>/dev/null; do   # bash builtins only: the poll must not load the machine
      while read -r key value rest; do
        [ "$key" = "VmHWM:" ] && hwm=$value
      done <"/proc/$pid/status" 2>/dev/null || true
      sleep 0.02
    done
    wait "$pid" || status=$?
    t1=$EPOCHREALTIME
    rss="${hwm:--}"
  fi
  local wall
  wall=$(awk -v a="$(usec "$t0")" -v b="$(usec "$t1")" 'BEGIN { printf "%.3f", (b - a) / 1e6 }')
  printf '%s\t%s\t%s\n' "$wall" "$cpu" "$rss" >>"$work/$name.tsv"
  return "$status"
}

# The check each figure's output must pass, so that a broken run never yields a figure.
check() {
  local name="$1" status="$2" out="$work/$1.out"
  local last; last="$(grep -v '^$' "$out" | tail -n 1 || true)"
  case "$name" in
    floor) [ "$status" = 0 ] && [ "$last" = hello ] ;;
    classify*) [ "$status" = 0 ] ;;
    replay-shipped) [ "$status" = 0 ] && [[ "$last" =~ ^[0-9]+\ passed,\ 0\ failed$ ]] ;;
    replay-*) [ "$status" = 0 ] && [ "$last" = "${expected_count[$name]} passed, 0 failed" ] ;;
    parse-*) [ "$status" = 0 ] && [[ "$last" == "${expected_count[$name]} files read, 0 errors"* ]] ;;
    *) [ "$status" = 0 ] ;;
  esac || {
    say "$name failed (exit $status); its output ends:"
    tail -n 5 "$out" >&2; tail -n 20 "$work/$name.err" >&2
    exit 1
  }
}

declare -A expected_count
declare -a names=()
declare -A label
declare -A cmd_of

add() { names+=("$1"); label[$1]="$2"; }

# The edited copy of the rules: a fresh edit (a comment line appended to one rule file) before each run.
edit_rules="$work/rules-edited"
cp -r "$home/rules" "$edit_rules"
edit_file="$edit_rules/$(cd "$edit_rules" && ls -1 | grep -E '\.drl$' | sort | tail -n 1)"
edit_count=0
edit_rule() {
  edit_count=$((edit_count + 1))
  printf '\n// bench/run.sh: rule edit %d at %s\n' "$edit_count" "$EPOCHREALTIME" >>"$edit_file"
}

# settle: waits (at most 3 minutes) until no background work the launcher started is running: the executable-model
# build a run after a rule edit starts, the start-up archive's training run after a rebuilt jar. They run niced, but
# on two cores they would still slow whatever row is measured next.
settle() {
  local waited=0
  while pgrep -f 'dk[.]samskab[.]cache[.]BuildCache|dk[.]samskab[.]cli[.]ArchiveTraining' >/dev/null 2>&1 \
      && [ "$waited" -lt 1800 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
}

# measure NAME: one run of the figure NAME, checked.
measure() {
  local name="$1" status=0
  case "$name" in
    floor) run_once floor java -cp "$target/floor" Hello || status=$? ;;
    classify) run_once classify "$samskab" classify "$case_file" || status=$? ;;
    classify-json) run_once classify-json "$samskab" classify --format json "$case_file" || status=$? ;;
    classify-html) run_once classify-html "$samskab" classify --format html "$case_file" || status=$? ;;
    classify-edit) edit_rule; run_once classify-edit "$samskab" classify --rules "$edit_rules" "$case_file" || status=$?
                   settle ;;
    classify-nocache) run_once classify-nocache "$samskab" classify --no-cache "$case_file" || status=$? ;;
    replay-shipped) run_once replay-shipped "$samskab" replay "$home/scenarios" || status=$? ;;
    replay-10k) run_once replay-10k "$samskab" replay "$dir10k" || status=$? ;;
    parse-10k) run_once parse-10k java ${SAMSKAB_JAVA_OPTS:-} -cp "$target/benchmarks.jar" \
                 dk.samskab.bench.ParseOnly "$dir10k" || status=$? ;;
    replay-100k) run_once replay-100k "$samskab" replay "$dir100k" || status=$? ;;
  esac
  check "$name" "$status"
}

# --- generated scenarios, reused while the rules, the code and the seed are the same ---------------------------
# The fingerprint covers what the generated files depend on: the rules, the shipped scenarios they start from,
# the main sources (the engine computes expect:), the generator's sources, N and the seed.
fingerprint() {
  {
    (cd "$home" && find rules scenarios src/main bench/src/main -type f | LC_ALL=C sort | xargs sha256sum)
    echo "$1 $seed"
  } | sha256sum | cut -d' ' -f1
}

generate() {  # generate N -> prints the folder
  local n="$1" dir="$data/gen-$1-seed$seed" stamp
  stamp="$(fingerprint "$n")"
  if [ -f "$dir.stamp" ] && [ "$(cat "$dir.stamp")" = "$stamp" ] && [ -d "$dir" ]; then
    say "reusing $n generated scenarios in $dir"
  else
    rm -rf "$dir" "$dir.stamp"
    mkdir -p "$data"
    say "generating $n scenarios into $dir"
    java -cp "$target/benchmarks.jar" dk.samskab.bench.GenerateScenarios "$n" "$dir" "$seed" >&2 \
      || die "the generator failed"
    echo "$stamp" >"$dir.stamp"
  fi
  echo "$dir"
}

# --- what this run measures ----------------------------------------------------------------------------------
add floor "floor: trivial Java main (java Hello)"
add classify "classify 1 case, cold, rules unchanged"
add classify-json "classify 1 case, cold, rules unchanged, --format json"
add classify-html "classify 1 case, cold, rules unchanged, --format html"
if [ "$startup_only" = 0 ]; then
add classify-edit "classify 1 case, cold, right after a rule edit"
if "$samskab" classify --help 2>/dev/null | grep -- '--no-cache' >/dev/null; then
  add classify-nocache "classify 1 case, cold, --no-cache"
fi
add replay-shipped "replay scenarios/ ($(find "$home/scenarios" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | wc -l) files)"
if [ "$do_10k" = 1 ]; then
  dir10k="$(generate "$n10k")"
  expected_count[replay-10k]="$n10k"
  expected_count[parse-10k]="$n10k"
  add replay-10k "replay $n10k generated scenarios"
  add parse-10k "parse-only, the same $n10k files (ParseOnly)"
fi
fi

machine() {
  echo "machine:  $(nproc) vCPU, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM"
  echo "java:     $(java -version 2>&1 | sed -n 1p) ($(java -version 2>&1 | sed -n 2p | sed 's/.*(build \(.*\))/\1/'))"
  echo "samskab:  $(git -C "$home" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$home" diff --quiet HEAD 2>/dev/null || echo ' + uncommitted changes'), rules sha256 $(find "$home/rules" -type f | sort | xargs cat | sha256sum | cut -c1-12)"
  echo "options:  SAMSKAB_JAVA_OPTS=${SAMSKAB_JAVA_OPTS:-<unset>}; $runs measured rounds after 1 warm-up round; timing by ${timecmd:-polling /proc/PID/status}"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
say "load average before: $load_before (other processes on the machine disturb every figure)"
say "warm-up round (unmeasured)"
for name in "${names[@]}"; do measure "$name"; done
settle
for name in "${names[@]}"; do rm -f "$work/$name.tsv"; done
for ((r = 1; r <= runs; r++)); do
  say "round $r of $runs"
  for name in "${names[@]}"; do measure "$name"; done
done

# --- JMH engine throughput -----------------------------------------------------------------------------------
throughput=""
if [ "$do_jmh" = 1 ]; then
  say "JMH: EngineBench.classify, cases=shipped, one thread (${jmh_opts[*]})"
  java -jar "$target/benchmarks.jar" 'dk.samskab.bench.EngineBench.classify' -p cases=shipped -foe true \
    "${jmh_opts[@]}" >"$work/jmh.txt" 2>&1 || { tail -n 30 "$work/jmh.txt" >&2; die "JMH failed"; }
  throughput="$(awk '/^Iteration +[0-9]+:/ { print $3 }' "$work/jmh.txt" | sort -g \
    | awk '{ v[NR] = $1 } END { if (NR) printf "%.0f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
  throughput_iters="$(awk '/^Iteration +[0-9]+:/ { printf "%s%.0f", sep, $3; sep = " " }' "$work/jmh.txt")"
  jmh_load="$(cut -d' ' -f1 /proc/loadavg)"
  say "in-process: Throughput (15 s of thread CPU warm-up, 5 rounds of 2 s of thread CPU), reused sessions"
  java -cp "$target/benchmarks.jar" dk.samskab.bench.Throughput >"$work/throughput.txt" 2>&1 \
    || { cat "$work/throughput.txt" >&2; die "Throughput failed"; }
  per_cpu="$(sed -n 's/.* \([0-9][0-9]*\) cases per CPU second.*/\1/p' "$work/throughput.txt")"
  per_cpu_wall="$(sed -n 's/^\([0-9][0-9]*\) cases\/s wall.*/\1/p' "$work/throughput.txt")"
  per_cpu_load="$(cut -d' ' -f1 /proc/loadavg)"
  say "in-process: Throughput again with a fresh session per case (how the engine ran before), for comparison"
  java -Dbench.freshSessions=true -cp "$target/benchmarks.jar" dk.samskab.bench.Throughput >"$work/throughput-fresh.txt" 2>&1 \
    || { cat "$work/throughput-fresh.txt" >&2; die "Throughput (fresh sessions) failed"; }
  fresh_cpu="$(sed -n 's/.* \([0-9][0-9]*\) cases per CPU second.*/\1/p' "$work/throughput-fresh.txt")"
  fresh_load="$(cut -d' ' -f1 /proc/loadavg)"
  say "in-process: FiringCost (what Drools costs per firing, apart from samskab's rules)"
  java -cp "$target/benchmarks.jar" dk.samskab.bench.FiringCost >"$work/firing-cost.txt" 2>&1 \
    || { cat "$work/firing-cost.txt" >&2; die "FiringCost failed"; }
  firing_cost="$(sed -n 's/^one firing: \([0-9.]*\) .*/\1/p' "$work/firing-cost.txt")"   # LC_ALL=C: no µ here
  firing_ceiling="$(sed -n 's/.* at most \([0-9,]*\) classifications per CPU second.*/\1/p' "$work/firing-cost.txt")"
  firing_conclusions="$(sed -n 's/.*rules conclude \([0-9.]*\) facts.*/\1/p' "$work/firing-cost.txt")"
  firing_load="$(cut -d' ' -f1 /proc/loadavg)"
fi

# --- the interview's page time, and watch mode -----------------------------------------------------------------
interview=""
if [ "$do_interview" = 1 ]; then
  say "in-process: InterviewPages (the article's examples walked 5 times after one round of warm-up, each page seen for the first time)"
  java -cp "$target/benchmarks.jar" dk.samskab.bench.InterviewPages >"$work/interview.txt" 2>&1 \
    || { cat "$work/interview.txt" >&2; die "InterviewPages failed"; }
  interview="$(sed -n 's/^interview page, server side: //p' "$work/interview.txt")"
  interview_median="$(echo "$interview" | sed -n 's/^median \([0-9.]*\) ms.*/\1/p')"
  interview_p95="$(echo "$interview" | sed -n 's/.*p95 \([0-9.]*\) ms.*/\1/p')"
  interview_load="$(cut -d' ' -f1 /proc/loadavg)"
fi
watch_median=""
if [ "$do_watch" = 1 ]; then
  say "in-process: WatchLatency (replay --watch, 10 rule saves)"
  java -cp "$target/benchmarks.jar" dk.samskab.bench.WatchLatency 10 >"$work/watch.txt" 2>&1 \
    || { cat "$work/watch.txt" >&2; die "WatchLatency failed"; }
  watch_median="$(sed -n 's/^median from save to result: \([0-9]*\) ms.*/\1/p' "$work/watch.txt")"
  watch_line="$(sed -n 's/^median from save to result: //p' "$work/watch.txt")"
  watch_load="$(cut -d' ' -f1 /proc/loadavg)"
fi

# --- peak RSS over 100,000 files -----------------------------------------------------------------------------
if [ "$do_100k" = 1 ]; then
  dir100k="$(generate "$n100k")"
  expected_count[replay-100k]="$n100k"
  label[replay-100k]="replay $n100k generated scenarios"
  for ((r = 1; r <= rss_runs; r++)); do
    say "replay of $n100k files, run $r of $rss_runs"
    measure replay-100k
  done
fi

# --- the table -----------------------------------------------------------------------------------------------
median() {  # median of column $2 of file $1 ("-" when none)
  cut -f"$2" "$1" | { grep -v '^-$' || true; } | sort -g \
    | awk '{ v[NR] = $1 } END { if (!NR) print "-"; else printf "%.3f\n", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
col() { cut -f"$2" "$1" | sort -g | sed -n "$3"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "-" && b > 0) printf "%.1f", a / b; else print "-" }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
cpu_ratio() {  # " (CPU 1.2x)" from the CPU medians of two rows, or nothing when CPU time was not measured
  local r; r="$(ratio "$(median "$work/$1.tsv" 2)" "$(median "$work/$2.tsv" 2)")"
  [ "$r" != "-" ] && echo " (CPU ${r}x)"
  return 0
}
verdict() { if [ "$1" = "-" ]; then echo "?"; elif le "$1" "$2"; then echo "met"; else echo "NOT met"; fi; }

declare -A med cpu rss
row() {
  local name="$1" note="$2" f="$work/$1.tsv" n
  n=$(wc -l <"$f")
  med[$name]=$(median "$f" 1); cpu[$name]=$(median "$f" 2); rss[$name]=$(median "$f" 3)
  local mb="-"
  [ "${rss[$name]}" != "-" ] && mb=$(awk -v k="${rss[$name]}" 'BEGIN { printf "%.0f MB", k / 1024 }')
  local c="-"
  [ "${cpu[$name]}" != "-" ] && c=$(printf '%.2f' "${cpu[$name]}")
  printf '%-48s %8.2f s %7.2f %7.2f %8s %9s %3d  %s\n' "${label[$name]}" "${med[$name]}" "$(col "$f" 1 1p)" \
    "$(col "$f" 1 '$p')" "$c" "$mb" "$n" "$note"
}

all_rows=("${names[@]}")
[ "$do_100k" = 1 ] && all_rows+=(replay-100k)
for name in "${all_rows[@]}"; do
  med[$name]=$(median "$work/$name.tsv" 1)
done

{
  echo
  echo "samskab whole-process figures — $(date -u '+%Y-%m-%d %H:%M UTC')"
  machine
  echo "load:     $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) at the end (1, 5, 15 min load averages; above ~0.3, something else was running)"
  echo
  printf '%-48s %10s %7s %7s %8s %9s %3s  %s\n' "figure" "median" "min" "max" "cpu s" "peak RSS" "n" "vs target"
  printf '%s\n' "$(printf '%.0s-' {1..130})"
  floor="${med[floor]}"
  for name in "${all_rows[@]}"; do
    case "$name" in
      floor) note="the floor" ;;
      classify) note="$(ratio "${med[classify]}" "$floor")x floor; target <= 8x: $(verdict "$(ratio "${med[classify]}" "$floor")" 8)" ;;
      classify-json|classify-html) note="$(ratio "${med[$name]}" "$floor")x floor; $(ratio "${med[$name]}" "${med[classify]}")x the text report$(cpu_ratio "$name" classify)" ;;
      classify-edit)
        if [ -n "${med[classify-nocache]:-}" ]; then
          r="$(ratio "${med[classify-edit]}" "${med[classify-nocache]}")"
          note="$(ratio "${med[classify-edit]}" "$floor")x floor; vs --no-cache: ${r}x$(cpu_ratio classify-edit classify-nocache); target <= 1x (no slower than uncached): $(verdict "$r" 1)"
        else
          note="$(ratio "${med[classify-edit]}" "$floor")x floor; no rule cache yet: this is the uncached build"
        fi ;;
      classify-nocache) note="$(ratio "${med[classify-nocache]}" "$floor")x floor; the uncached build" ;;
      replay-shipped) note="" ;;
      replay-10k) r="$(ratio "${med[replay-10k]}" "${med[parse-10k]}")"
        note="replay / parse-only = ${r}x$(cpu_ratio replay-10k parse-10k); target <= 3x: $(verdict "$r" 3)" ;;
      parse-10k) note="the baseline of the ratio above" ;;
      replay-100k) note="peak RSS target <= 512 MB: $(verdict "$(awk -v k="$(median "$work/replay-100k.tsv" 3)" 'BEGIN { print k / 1024 }')" 512)" ;;
    esac
    row "$name" "$note"
  done
  if [ -n "$throughput" ]; then
    printf '%-48s %10s %7s %7s %8s %9s %3s  %s\n' "engine throughput, JMH, 1 thread, warm (cases/s)" \
      "$throughput" "" "" "" "" "$(echo "$throughput_iters" | wc -w)" \
      "median of JMH iterations ($throughput_iters), load $jmh_load"
  fi
  if [ -n "${per_cpu:-}" ]; then
    printf '%-48s %10s %7s %7s %8s %9s %3s  %s\n' "engine throughput per CPU second of its thread" \
      "$per_cpu" "" "" "" "" 5 "Throughput ($per_cpu_wall cases/s wall), load $per_cpu_load; target >= 100000: $(if [ "$per_cpu" -ge 100000 ]; then echo met; else echo "NOT met"; fi)"
    printf '%-48s %10s %7s %7s %8s %9s %3s  %s\n' "the same, a fresh session per case (before)" \
      "$fresh_cpu" "" "" "" "" 5 "Throughput -Dbench.freshSessions=true, load $fresh_load; reused sessions: $(ratio "$per_cpu" "$fresh_cpu")x"
    printf '%-48s %10s %7s %7s %8s %9s %3s  %s\n' "Drools' cost of one firing (µs), bare rules" \
      "$firing_cost" "" "" "" "" "" "FiringCost, load $firing_load; samskab concludes $firing_conclusions facts a case: at most $firing_ceiling cases per CPU s"
  fi
  if [ -n "$interview" ]; then
    printf '%-48s %10s %7s %7s %8s %9s %3s  %s\n' "interview page, server side (ms), median" \
      "$interview_median" "" "" "" "" "" "InterviewPages: $interview, load $interview_load; p95 $interview_p95 ms"
  fi
  if [ -n "$watch_median" ]; then
    printf '%-48s %10s %7s %7s %8s %9s %3s  %s\n' "replay --watch, save to result (ms), median" \
      "$watch_median" "" "" "" "" 10 "WatchLatency: $watch_line, load $watch_load; target < 1000: $(if [ "$watch_median" -lt 1000 ]; then echo met; else echo "NOT met"; fi)"
  fi
  echo
  echo "wall = median of whole-process wall times (launcher included, build excluded); cpu = median user+sys seconds;"
  echo "peak RSS = median maximum resident set size; n = measured runs. Ratios are of medians from this run."
} | tee "$work/table.txt"

mkdir -p "$target/results"
stamp="$(date -u '+%Y%m%d-%H%M%S')"
cp "$work/table.txt" "$target/results/run-$stamp.txt"
for name in "${all_rows[@]}"; do
  sed "s/^/$name\t/" "$work/$name.tsv"
done >"$target/results/run-$stamp.tsv"
[ -f "$work/jmh.txt" ] && cp "$work/jmh.txt" "$target/results/run-$stamp.jmh.txt"
for f in throughput throughput-fresh firing-cost interview watch; do
  [ -f "$work/$f.txt" ] && cp "$work/$f.txt" "$target/results/run-$stamp.$f.txt"
done
say "table, raw runs (name, wall s, cpu s, rss kB) and JMH output kept in bench/target/results/run-$stamp.*"
