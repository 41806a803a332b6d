#!/usr/bin/env bash
# Small blogs start fast (issue #22): a full HTML export into an empty folder, whole process, at the sizes most
# blogs have. Hugo against the README's `java -jar target/blogwright.jar` and against the packaged `blogwright-cli`
# (as shipped: its AppCDS archive and packaging/cli-java-options), alternating, each run's CPU time (user + sys,
# which other processes' load disturbs far less than wall time), wall time and the 1-minute load when it ended.
# Usage: bench/start.sh [N...]          (default: 100 1000)
# Environment: BENCH_ROUNDS (rounds of the alternation, default 5), BENCH_WORK (default target/bench-start),
#   BENCH_PACKAGED=0 (no app image: the launcher's flags on the jar instead of the launcher),
#   BENCH_JDKS=1 (also the runtimes compared for the app image, each with the launcher's flags on the jar and an
#   archive made by one untimed export of the sample blog: JDK 17 + AppCDS, JDK 25 + AppCDS, JDK 25 + AOT cache;
#   BENCH_JDK25 names the JDK 25 home, default /usr/lib/jvm/temurin-25-jdk-amd64).
# Prints a Markdown table (median and range per tool) and keeps it with the raw runs in BENCH_WORK.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck disable=SC2206  # one argument "100 1000" works too
SIZES=($*)
[ ${#SIZES[@]} -eq 0 ] && SIZES=(100 1000)
ROUNDS=${BENCH_ROUNDS:-5}
WORK=${BENCH_WORK:-$ROOT/target/bench-start}
JDK25=${BENCH_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=$ROOT/target/blogwright.jar
# shellcheck disable=SC2207  # one flag per word is wanted
CLI_OPTS=($(grep -v '^#' packaging/cli-java-options))
export BLOGWRIGHT_LOG_DIR=$WORK/log

command -v hugo >/dev/null 2>&1 || { echo "hugo is missing (apt-get install hugo)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing (apt-get install time)" >&2; exit 1; }
if [ ! -f "$JAR" ] || [ ! -f target/test-classes/dev/blogwright/bench/PostGenerator.class ] \
    || [ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]; then
  echo "Building the jar and the benchmark classes"
  mvn -B -q -DskipTests package
fi
mkdir -p "$WORK"

SHIPPED=(java "${CLI_OPTS[@]}" -jar "$JAR")
SHIPPED_NAME="launcher flags on the jar (no app image)"
LAUNCHER=$ROOT/target/packaging/image/blogwright/bin/blogwright-cli
if [ "${BENCH_PACKAGED:-1}" = 1 ] && command -v jpackage >/dev/null 2>&1; then
  if [ ! -x "$LAUNCHER" ] || [ "$JAR" -nt "$LAUNCHER" ]; then
    echo "Building the packaged app image (packaging/build.sh --no-deb)"
    packaging/build.sh --no-deb > "$WORK/packaging.log" 2>&1 || { tail -20 "$WORK/packaging.log" >&2; exit 1; }
  fi
  SHIPPED=("$LAUNCHER")
  SHIPPED_NAME="blogwright-cli, $(sed -n 's/^JAVA_VERSION="\(.*\)"/JDK \1/p' \
    "$ROOT/target/packaging/image/blogwright/lib/runtime/release")"
fi

# The runtimes compared for the app image, on the jar, each with an archive from an untimed training export.
if [ "${BENCH_JDKS:-0}" = 1 ]; then
  rm -rf "$WORK/train" && mkdir -p "$WORK/train"
  java -jar "$JAR" init --sample --library "$WORK/train/library.db" > /dev/null
  train() {
    rm -rf "$WORK/train/out"
    "$@" -jar "$JAR" export --library "$WORK/train/library.db" --out "$WORK/train/out" > /dev/null 2>&1
  }
  train java "${CLI_OPTS[@]}" -XX:ArchiveClassesAtExit="$WORK/jdk17.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
  train "$JDK25/bin/java" "${CLI_OPTS[@]}" -XX:ArchiveClassesAtExit="$WORK/jdk25.jsa" -Xlog:cds=off \
    -Xlog:cds+dynamic=off
  rm -f "$WORK/jdk25.aot"
  train "$JDK25/bin/java" "${CLI_OPTS[@]}" -XX:AOTCacheOutput="$WORK/jdk25.aot" -Xlog:aot=off -Xlog:cds=off
fi

RESULTS=$WORK/results.tsv
printf '# N\ttool\tround\tcpu_s\twall_s\tload1\n' > "$RESULTS"

# timed N TOOL ROUND OUT COMMAND...: one whole-process run into the empty folder OUT, appended to results.tsv.
timed() {
  local n=$1 tool=$2 round=$3 out=$4
  shift 4
  rm -rf "$out"
  if ! /usr/bin/time -f "%e %U %S" -o "$WORK/time.out" "$@" > "$WORK/last.log" 2>&1; then
    echo "FAILED: $*" >&2
    tail -20 "$WORK/last.log" >&2
    exit 1
  fi
  local wall user sys cpu load
  read -r wall user sys < <(tail -1 "$WORK/time.out")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  load=$(cut -d' ' -f1 /proc/loadavg)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$round" "$cpu" "$wall" "$load" >> "$RESULTS"
  printf '  N=%-5s %-12s #%s  cpu %6.2f s  wall %6.2f s  load %s\n' "$n" "$tool" "$round" "$cpu" "$wall" "$load"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for N in "${SIZES[@]}"; do
  D=$WORK/n$N
  if [ ! -f "$D/lib/library.db" ]; then
    rm -rf "$D" && mkdir -p "$D/lib"
    cp -r bench/hugo-site "$D/hugo"
    echo "N=$N: generating and importing the posts"
    java -cp "$ROOT/target/test-classes:$JAR" dev.blogwright.bench.PostGenerator "$D/hugo/content/posts" "$N"
    java "${CLI_OPTS[@]}" -jar "$JAR" import --library "$D/lib/library.db" "$D/hugo/content/posts" \
      > "$WORK/import.log" 2>&1 || { tail -20 "$WORK/import.log" >&2; exit 1; }
  fi
  LIB=$D/lib/library.db
  for r in $(seq "$ROUNDS"); do
    timed "$N" hugo "$r" "$D/hugo/public" hugo --source "$D/hugo" --destination "$D/hugo/public" --quiet
    timed "$N" java-jar "$r" "$D/out" java -jar "$JAR" export --library "$LIB" --out "$D/out"
    timed "$N" shipped "$r" "$D/out" "${SHIPPED[@]}" export --library "$LIB" --out "$D/out"
    if [ "${BENCH_JDKS:-0}" = 1 ]; then
      timed "$N" jdk17-cds "$r" "$D/out" java "${CLI_OPTS[@]}" -XX:SharedArchiveFile="$WORK/jdk17.jsa" \
        -Xlog:cds=off -jar "$JAR" export --library "$LIB" --out "$D/out"
      timed "$N" jdk25-cds "$r" "$D/out" "$JDK25/bin/java" "${CLI_OPTS[@]}" \
        -XX:SharedArchiveFile="$WORK/jdk25.jsa" -Xlog:cds=off -jar "$JAR" export --library "$LIB" --out "$D/out"
      timed "$N" jdk25-aot "$r" "$D/out" "$JDK25/bin/java" "${CLI_OPTS[@]}" -XX:AOTCache="$WORK/jdk25.aot" \
        -Xlog:aot=off -Xlog:cds=off -jar "$JAR" export --library "$LIB" --out "$D/out"
    fi
  done
done

SUMMARY=$WORK/summary.md
{
  echo "bench/start.sh ${SIZES[*]}, $ROUNDS rounds, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores," \
    "load before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg); hugo $(hugo version | cut -d' ' -f2);" \
    "shipped = $SHIPPED_NAME"
  echo
  echo "| N | tool | CPU s, median (range) | CPU / Hugo's | wall s, median (range) | wall / Hugo's | load (1 min) |"
  echo "|---|---|---|---|---|---|---|"
  awk -F'\t' '!/^#/ { key = $1 "\t" $2; if (!(key in n)) order[++keys] = key; n[key]++;
      cpu[key, n[key]] = $4; wall[key, n[key]] = $5;
      if (n[key] == 1 || $6 + 0 < lo[key]) lo[key] = $6 + 0; if (n[key] == 1 || $6 + 0 > hi[key]) hi[key] = $6 + 0 }
    function sort(a, c,   i, j, t) { for (i = 2; i <= c; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
        t = a[j]; a[j] = a[j - 1]; a[j - 1] = t } }
    function med(a, c) { return c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2 }
    END {
      for (k = 1; k <= keys; k++) {
        key = order[k]; c = n[key]; split(key, part, "\t")
        for (i = 1; i <= c; i++) { cs[i] = cpu[key, i] + 0; ws[i] = wall[key, i] + 0 }
        sort(cs, c); sort(ws, c)
        mc[key] = med(cs, c); mw[key] = med(ws, c); rc[key] = cs[1] "–" cs[c]; rw[key] = ws[1] "–" ws[c]
      }
      for (k = 1; k <= keys; k++) {
        key = order[k]; split(key, part, "\t"); h = part[1] "\thugo"
        printf "| %s | %s | %.2f (%s) | %.2f | %.2f (%s) | %.2f | %s–%s |\n", part[1], part[2], mc[key], rc[key],
          mc[key] / mc[h], mw[key], rw[key], mw[key] / mw[h], lo[key], hi[key]
      }
    }' "$RESULTS"
} > "$SUMMARY"
cat "$SUMMARY"
