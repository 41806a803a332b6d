#!/usr/bin/env bash
# Blogwright against Hugo on the same generated posts, alternating runs, whole-process wall time and peak RSS.
# Usage: bench/run.sh [N...]            (default: 1000 10000; one argument "1000 10000" works too)
# Environment: BENCH_PAIRS (runs per task, default 5), BENCH_WORK (scratch folder, default target/bench),
#   BENCH_RENDER_SECONDS (length of each in-process render measurement, default 10),
#   BENCH_REPORT (Markdown file to update, default BENCHMARKS.md), BENCH_JFR=1 (also record one full export
#   with Java Flight Recorder into BENCH_WORK/export-N.jfr), BENCH_ABLATION=1 (then also bench/ablation.sh on the
#   same sizes: each fast path off in turn, see BENCHMARKS.md, "The speed layer's ledger").
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck disable=SC2206  # splitting is wanted: Maven passes the sizes as one argument
SIZES=($*)
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000)
PAIRS=${BENCH_PAIRS:-5}
WORK=${BENCH_WORK:-$ROOT/target/bench}
REPORT=${BENCH_REPORT:-$ROOT/BENCHMARKS.md}
RENDER_SECONDS=${BENCH_RENDER_SECONDS:-10}
DESKTOP_STARTS=${BENCH_DESKTOP_STARTS:-5}
JAR=$ROOT/target/blogwright.jar
CP=$ROOT/target/test-classes:$JAR
# The JVM flags of the two packaged launchers: blogwright (the desktop app) and blogwright-cli (one-shot commands).
# shellcheck disable=SC2207  # one flag per word is wanted
DESKTOP_OPTS=($(grep -v '^#' packaging/java-options))
# shellcheck disable=SC2207
CLI_OPTS=($(grep -v '^#' packaging/cli-java-options))

install_pkg() {
  if [ "$(id -u)" = 0 ]; then apt-get install -y "$@"; else sudo apt-get install -y "$@"; fi
}
command -v hugo >/dev/null 2>&1 || install_pkg hugo
[ -x /usr/bin/time ] || install_pkg time
if [ ! -f "$JAR" ] || [ ! -f target/test-classes/dev/blogwright/bench/PostGenerator.class ] \
    || [ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]; then
  echo "Building the jar and the benchmark classes"
  mvn -B -q -DskipTests package
fi
# The desktop figure runs JavaFX headless, which needs Monocle (a test-scope dependency, not in the app jar).
MONOCLE=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout \
  | tr ':' '\n' | grep openjfx-monocle | head -1)
CP=$CP:$MONOCLE

# The "as shipped" rows run the packaged command-line launcher, with its AppCDS archive, where jpackage can build
# the app image here; otherwise the same JVM flags on the jar.
CLI=(java "${CLI_OPTS[@]}" -jar "$JAR")
LAUNCHER="java ${CLI_OPTS[*]} -jar target/blogwright.jar (the app image was not built, so no AppCDS archive)"
mkdir -p "$WORK"
if command -v jpackage >/dev/null 2>&1 && [ "${BENCH_PACKAGED:-1}" = 1 ]; then
  echo "Building the packaged app image (packaging/build.sh --no-deb)"
  packaging/build.sh --no-deb > "$WORK/packaging.log" 2>&1 || { tail -20 "$WORK/packaging.log" >&2; exit 1; }
  CLI=("$ROOT/target/packaging/image/blogwright/bin/blogwright-cli")
  LAUNCHER="target/packaging/image/blogwright/bin/blogwright-cli (AppCDS archive; ${CLI_OPTS[*]})"
fi
# The desktop figures run on a class path of jars only (AppCDS refuses directories), once with default flags and
# once with the desktop launcher's flags and an AppCDS archive made by a first, untimed run.
BENCH_JAR=$WORK/bench-classes.jar
jar cf "$BENCH_JAR" -C target/test-classes .
DESKTOP_CP=$BENCH_JAR:$JAR:$MONOCLE

mkdir -p "$WORK"
RESULTS=$WORK/results.tsv
printf '# N\ttask\ttool\trun\twall_s\tpeak_rss_kb\n' > "$RESULTS"
rm -f "$WORK"/inproc-*.txt
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# timed N TASK TOOL RUN COMMAND...: one whole-process measurement appended to results.tsv.
timed() {
  local n=$1 task=$2 tool=$3 run=$4
  shift 4
  if ! /usr/bin/time -f "%e %M" -o "$WORK/time.out" "$@" > "$WORK/last.log" 2>&1; then
    echo "FAILED: $*" >&2
    tail -20 "$WORK/last.log" >&2
    exit 1
  fi
  local wall rss
  read -r wall rss < <(tail -1 "$WORK/time.out")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$task" "$tool" "$run" "$wall" "$rss" >> "$RESULTS"
  printf '  N=%s %-11s %-4s #%s  %6.2f s  %5d MB\n' "$n" "$task" "$tool" "$run" "$wall" $((rss / 1024))
}

for N in "${SIZES[@]}"; do
  D=$WORK/n$N
  rm -rf "$D"
  mkdir -p "$D"
  cp -r bench/hugo-site "$D/hugo"
  POSTS=$D/hugo/content/posts
  echo "N=$N: generating posts into $POSTS"
  java -cp "$CP" dev.blogwright.bench.PostGenerator "$POSTS" "$N"
  LIB=$D/lib/library.db

  echo "N=$N: 1. import"
  for i in $(seq "$PAIRS"); do
    rm -rf "$D/lib"
    mkdir -p "$D/lib"
    timed "$N" import ours "$i" java -jar "$JAR" import --library "$LIB" "$POSTS"
    rm -rf "$D/lib"
    mkdir -p "$D/lib"
    timed "$N" import-launcher ours "$i" "${CLI[@]}" import --library "$LIB" "$POSTS"
  done

  echo "N=$N: 2. full HTML export vs hugo"
  for i in $(seq "$PAIRS"); do
    rm -rf "$D/hugo/public"
    timed "$N" full hugo "$i" hugo --source "$D/hugo" --destination "$D/hugo/public" --quiet
    rm -rf "$D/out"
    timed "$N" full ours "$i" java -jar "$JAR" export --library "$LIB" --format html --out "$D/out"
    rm -rf "$D/out-launcher"
    timed "$N" full-launcher ours "$i" "${CLI[@]}" export --library "$LIB" --format html --out "$D/out-launcher"
  done

  echo "N=$N: 3. re-export after one post changed vs hugo rebuild"
  # A post index that is a multiple of DRAFT_EVERY (20) is never a draft, so the change shows in both outputs.
  K=$(( N / 2 / 20 * 20 ))
  FILE=$(find "$POSTS" -name "$(printf '%05d' "$K")-*.md" -print -quit)
  SLUG=$(sed -n 's/^slug: //p' "$FILE" | head -1)
  for i in $(seq "$PAIRS"); do
    TEXT="Edited in benchmark run $i."
    printf '\n%s\n' "$TEXT" >> "$FILE"
    java -cp "$CP" dev.blogwright.bench.TouchPost "$LIB" "$SLUG" "$TEXT"
    timed "$N" incremental hugo "$i" hugo --source "$D/hugo" --destination "$D/hugo/public" --quiet
    timed "$N" incremental ours "$i" java -jar "$JAR" export --library "$LIB" --format html --out "$D/out"
    java -cp "$CP" dev.blogwright.bench.TouchPost "$LIB" "$SLUG" "$TEXT (launcher)"
    timed "$N" incremental-launcher ours "$i" "${CLI[@]}" export --library "$LIB" --format html \
      --out "$D/out-launcher"
  done
  grep -q "Edited in benchmark run $PAIRS" "$D/out/posts/$SLUG/index.html" \
    || { echo "The incremental export did not show the change" >&2; exit 1; }

  echo "N=$N: 4. JSON export"
  for i in $(seq "$PAIRS"); do
    rm -rf "$D/json"
    timed "$N" json ours "$i" java -jar "$JAR" export --library "$LIB" --format json --out "$D/json"
  done

  if [ "${BENCH_JFR:-0}" = 1 ]; then
    rm -rf "$D/out-jfr"
    java -XX:StartFlightRecording=filename="$WORK/export-$N.jfr",settings=profile \
      -jar "$JAR" export --library "$LIB" --format html --out "$D/out-jfr" > /dev/null 2>&1
  fi

  echo "N=$N: 5-6. render throughput, search and list latency (in-process)"
  java -cp "$CP" dev.blogwright.bench.InProcessBench "$LIB" "$WORK/inproc-$N.txt" "$RENDER_SECONDS"
  echo "N=$N: 7. desktop app first frame, heap, keystroke -> preview (headless JavaFX)"
  # One start with 200 keystrokes, then DESKTOP_STARTS - 1 more starts for the first frame, reported as the
  # median (min-max): one start alone varied by half a second on this shared machine.
  # Each start gets a fresh copy of the library (the bench types into it), made before the process starts.
  desktop_lib() {
    rm -rf "$WORK/desktop-lib" && mkdir -p "$WORK/desktop-lib"
    cp "$LIB" "$WORK/desktop-lib/library.db"
    if [ -f "$LIB-wal" ]; then cp "$LIB-wal" "$WORK/desktop-lib/library.db-wal"; fi
    echo "$WORK/desktop-lib/library.db"
  }
  desktop() {
    local key=$1
    shift
    local out=$WORK/desktop-$key-$N.txt frames=() lib
    lib=$(desktop_lib)
    java "$@" -cp "$DESKTOP_CP" dev.blogwright.bench.DesktopBench "$lib" "$out" 200 2>/dev/null
    frames+=("$(sed -n 's/^desktop\.first_frame\.ms=//p' "$out")")
    for _ in $(seq 2 "$DESKTOP_STARTS"); do
      lib=$(desktop_lib)
      java "$@" -cp "$DESKTOP_CP" dev.blogwright.bench.DesktopBench "$lib" "$WORK/desktop-start.txt" 5 2>/dev/null
      frames+=("$(sed -n 's/^desktop\.first_frame\.ms=//p' "$WORK/desktop-start.txt")")
    done
    sed "s/^desktop\./$key./" "$out" >> "$WORK/inproc-$N.txt"
    printf '%s\n' "${frames[@]}" | sort -n | awk -v key="$key" '{ v[NR] = $1 } END {
      printf "%s.first_frame.ms=%s\n%s.first_frame.range=%s–%s\n%s.first_frame.starts=%d\n",
        key, v[int((NR + 1) / 2)], key, v[1], v[NR], key, NR }' >> "$WORK/inproc-$N.txt"
  }
  desktop desktop
  rm -f "$WORK/desktop.jsa"
  java "${DESKTOP_OPTS[@]}" -XX:ArchiveClassesAtExit="$WORK/desktop.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$DESKTOP_CP" dev.blogwright.bench.DesktopBench "$(desktop_lib)" "$WORK/desktop-training.txt" 20 2>/dev/null
  desktop desktop_shipped "${DESKTOP_OPTS[@]}" -XX:SharedArchiveFile="$WORK/desktop.jsa" -Xshare:auto -Xlog:cds=off
  # The list's first page once more, each time in a new process as the installed app runs: the desktop launcher's
  # flags and the archive just made (the in-process figure above loads every class from the jar).
  firsts=()
  for _ in $(seq "$DESKTOP_STARTS"); do
    firsts+=("$(java "${DESKTOP_OPTS[@]}" -XX:SharedArchiveFile="$WORK/desktop.jsa" -Xshare:auto -Xlog:cds=off \
      -cp "$DESKTOP_CP" dev.blogwright.bench.FirstPage "$LIB" 2>/dev/null | tail -1)")
  done
  printf '%s\n' "${firsts[@]}" | sort -n | awk '{ v[NR] = $1 } END {
    printf "list_shipped.first.ms=%s\nlist_shipped.first.range=%s–%s\nlist_shipped.first.runs=%d\n",
      v[int((NR + 1) / 2)], v[1], v[NR], NR }' >> "$WORK/inproc-$N.txt"
  {
    echo "files.ours=$(find "$D/out" -type f | wc -l)"
    echo "html.ours=$(find "$D/out" -type f -name '*.html' | wc -l)"
    echo "files.hugo=$(find "$D/hugo/public" -type f | wc -l)"
    echo "html.hugo=$(find "$D/hugo/public" -type f -name '*.html' | wc -l)"
  } >> "$WORK/inproc-$N.txt"
done

{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "memory=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
  echo "os=$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r)"
  echo "hugo=$(hugo version | cut -d' ' -f1-2)"
  echo "load.before=$LOAD_BEFORE"
  echo "load.after=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "command=bench/run.sh ${SIZES[*]}"
  echo "pairs=$PAIRS"
  echo "launcher=$LAUNCHER"
  echo "desktop.flags=${DESKTOP_OPTS[*]}"
} > "$WORK/run.txt"
java -cp "$CP" dev.blogwright.bench.BenchReport "$WORK" "$REPORT"
echo "Results written to $REPORT (raw: $RESULTS)"
if [ "${BENCH_ABLATION:-0}" = 1 ]; then
  BENCH_WORK=$WORK bench/ablation.sh "${SIZES[@]}"
fi
