#!/usr/bin/env bash
# Sync of a large library through a file:// bare repository, each run a whole process (JVM start included).
# Usage: bench/sync.sh [N]              (default 10000 posts)
# Environment: SYNC_RUNS (runs of each repeated task, default 5), BENCH_WORK (scratch folder, default target/bench),
#   BENCH_REPORT (Markdown file whose "Sync" section gets the table, default BENCHMARKS.md; BENCH_REPORT=- prints
#   it only), SYNC_JFR=1 (also records one one-post sync with Java Flight Recorder into BENCH_WORK/sync-N.jfr),
#   SYNC_TABLE_ONLY=1 (measures nothing: writes the table again from the last run's results.tsv).
# Each run's log line (fetch, commit, merge, import and push times) is kept in BENCH_WORK/sync-nN/breakdown.txt.
# Tasks: the first push (sync init of the imported library to an empty remote); a sync with nothing changed; a
# one-post push (one post edited, untimed, then sync); a one-post pull (a second computer, a copy of the first
# made after the first push, syncs what the first pushed). Each row gives the wall time of the whole process, the
# sync's own time from its log line ("synced … in N ms, M ms CPU …": the in-process figure, and the sync thread's CPU
# time, which the neighbours of a loaded machine do not inflate) and the 1-minute load before it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
N=${1:-10000}
RUNS=${SYNC_RUNS:-5}
WORK=${BENCH_WORK:-$ROOT/target/bench}/sync-n$N
REPORT=${BENCH_REPORT:-$ROOT/BENCHMARKS.md}
JAR=$ROOT/target/blogwright.jar
CP=$ROOT/target/test-classes:$JAR

LAPTOP=$WORK/laptop/library.db
DESKTOP=$WORK/desktop/library.db
REMOTE=$WORK/remote.git
RESULTS=$WORK/results.tsv

if [ "${SYNC_TABLE_ONLY:-0}" != 1 ]; then
  [ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }
  if [ ! -f "$JAR" ] || [ ! -f target/test-classes/dev/blogwright/bench/PostGenerator.class ] \
      || [ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]; then
    echo "Building the jar and the benchmark classes"
    mvn -B -q -DskipTests package
  fi

  rm -rf "$WORK"
  mkdir -p "$WORK/laptop" "$WORK/logs"
  printf '# task\trun\twall_s\tinproc_ms\tload1\tcpu_ms\n' > "$RESULTS"
  export BLOGWRIGHT_LOG_DIR=$WORK/logs

  echo "Generating $N posts and importing them (untimed)"
  java -cp "$CP" dev.blogwright.bench.PostGenerator "$WORK/posts" "$N"
  java -jar "$JAR" import --library "$LAPTOP" "$WORK/posts" > /dev/null
  git init -q --bare -b main "$REMOTE"
  # The post in the middle of the library (the generator's files name their slug in the front matter).
  SLUG=$(grep -m1 '^slug:' "$(find "$WORK/posts" -name '*.md' | sort | sed -n "$((N / 2))p")" | sed 's/^slug: *//')
  [ -n "$SLUG" ] || { echo "no post to edit found in $LAPTOP" >&2; exit 1; }

  # timed TASK RUN COMMAND...: one whole-process run; its wall time, the sync's own time and the load go to RESULTS.
  timed() {
    local task=$1 run=$2
    shift 2
    local load
    load=$(cut -d' ' -f1 /proc/loadavg)
    : > "$WORK/logs/blogwright.log"
    if ! /usr/bin/time -f "%e" -o "$WORK/time.out" "$@" > "$WORK/last.out" 2>&1; then
      echo "FAILED: $*" >&2
      tail -20 "$WORK/last.out" "$WORK/logs/blogwright.log" >&2
      exit 1
    fi
    local wall line inproc cpu
    wall=$(tail -1 "$WORK/time.out")
    line=$(grep -o 'synced .* in [0-9]* ms, [0-9]* ms CPU' "$WORK/logs/blogwright.log" | tail -1)
    inproc=$(echo "$line" | sed -n 's/.* in \([0-9]*\) ms,.*/\1/p')
    cpu=$(echo "$line" | sed -n 's/.* \([0-9]*\) ms CPU/\1/p')
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$task" "$run" "$wall" "${inproc:-?}" "$load" "${cpu:-?}" >> "$RESULTS"
    # Where the time went, each run's own line (the log is emptied before each run).
    printf '%s #%s: %s\n' "$task" "$run" "$(grep -o 'synced .*' "$WORK/logs/blogwright.log" | tail -1)" \
      >> "$WORK/breakdown.txt"
    printf '  %-16s #%s  %7.2f s wall  %6s ms in-process  %5s ms CPU  load %s  (%s)\n' "$task" "$run" "$wall" \
      "${inproc:-?}" "${cpu:-?}" "$load" "$(head -1 "$WORK/last.out")"
  }

  echo "1. first push of $N posts"
  timed first-push 1 java -jar "$JAR" sync init --library "$LAPTOP" "file://$REMOTE"
  # The second computer: a copy of the first one as it is now (library and its repository), as if it had synced.
  mkdir -p "$WORK/desktop"
  cp "$LAPTOP" "$DESKTOP"
  cp -r "$LAPTOP.sync" "$DESKTOP.sync"

  echo "2. no-change sync"
  for i in $(seq "$RUNS"); do
    timed no-change "$i" java -jar "$JAR" sync --library "$LAPTOP"
  done

  echo "3. one-post push and pull (post $SLUG)"
  for i in $(seq "$RUNS"); do
    java -cp "$CP" dev.blogwright.bench.TouchPost "$LAPTOP" "$SLUG" "Edit $i of the sync benchmark." > /dev/null
    timed one-post-push "$i" java -jar "$JAR" sync --library "$LAPTOP"
    timed one-post-pull "$i" java -jar "$JAR" sync --library "$DESKTOP"
  done
  if [ "${SYNC_JFR:-0}" = 1 ]; then
    java -cp "$CP" dev.blogwright.bench.TouchPost "$LAPTOP" "$SLUG" "Edit under the recorder." > /dev/null
    java -XX:StartFlightRecording=filename="$WORK/../sync-$N.jfr",settings=profile -jar "$JAR" sync \
      --library "$LAPTOP" > /dev/null 2>&1
    echo "recorded $WORK/../sync-$N.jfr"
  fi
fi

# The table: median wall and in-process time per task (of RUNS runs; the first push runs once).
median() {
  sort -n | awk '/^[0-9.]+$/ {v[++n] = $1} END {if (n == 0) print "—"; else if (n % 2) print v[(n + 1) / 2];
    else print (v[n / 2] + v[n / 2 + 1]) / 2}'
}
CPU=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
TABLE=$WORK/table.md
{
  echo "Run of $(date -u -r "$RESULTS" '+%Y-%m-%d %H:%M UTC'), N = $N posts, on $(nproc) × $CPU, $(java -version 2>&1 | head -1)."
  echo "Whole process (\`java -jar target/blogwright.jar sync\`, JVM start included), median of the runs;"
  echo "in-process = the sync's own time from its log line; load = 1-minute load average before each run."
  echo
  echo "| task | runs | wall (median) | in-process (median) | CPU of the sync thread (median) | load (min–max) |"
  echo "|---|---|---|---|---|---|"
  for task in first-push no-change one-post-push one-post-pull; do
    rows=$(awk -F'\t' -v t="$task" '$1 == t' "$RESULTS")
    [ -n "$rows" ] || continue
    runs=$(echo "$rows" | wc -l)
    wall=$(echo "$rows" | cut -f3 | median)
    inproc=$(echo "$rows" | cut -f4 | median)
    cpu=$(echo "$rows" | cut -f6 | median)
    load=$(echo "$rows" | cut -f5 | sort -n | awk 'NR == 1 {lo = $1} {hi = $1} END {print (lo == hi) ? lo : lo "–" hi}')
    echo "| $task | $runs | $wall s | $inproc ms | $cpu ms | $load |"
  done
} > "$TABLE"
cat "$TABLE"
if [ "$REPORT" != - ]; then
  # Between the markers of the report's "Sync" section; the text around them is kept.
  python3 - "$REPORT" "$TABLE" <<'EOF'
import sys
report, table = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
start, end = "<!-- sync-results:start -->", "<!-- sync-results:end -->"
text = open(report, encoding="utf-8").read()
if start in text and end in text:
    text = text[:text.index(start) + len(start)] + "\n" + table + text[text.index(end):]
else:
    text += "\n## Sync\n\n" + start + "\n" + table + end + "\n"
open(report, "w", encoding="utf-8").write(text)
EOF
  echo "Updated $REPORT"
fi
