#!/usr/bin/env bash
# The speed layer's ledger: each fast path off in turn (see logic/FastPaths), whole-process CPU time and wall time
# of a full export into an empty folder and of a re-export after one post changed, and the app's warm re-export.
# Usage: bench/ablation.sh [N...]        (default: 100 1000 10000)
# Environment: ABLATION_RUNS (rounds, default 3; each round runs every configuration once, in turn),
#   ABLATION_SWITCHES (default: every switch, then "all"), ABLATION_WARM_RUNS (warm re-exports per configuration,
#   default 10, at sizes from ABLATION_WARM_MIN = 1000 on; 0 skips them), BENCH_WORK (default target/bench).
# Besides, per size and configuration of the renderer's switches, the CPU time per post of rendering the first N
# generated posts once in a new JVM (RenderCpuBench cold, one thread): what a one-shot export pays per post.
# CPU time (user + sys, all threads) is the figure to read on a shared machine: wall time moves with the other
# processes' load, which is written beside it. Configurations alternate within each round for the same reason.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck disable=SC2206  # one size per word
SIZES=($*)
[ ${#SIZES[@]} -eq 0 ] && SIZES=(100 1000 10000)
RUNS=${ABLATION_RUNS:-3}
WARM_RUNS=${ABLATION_WARM_RUNS:-10}
WARM_MIN=${ABLATION_WARM_MIN:-1000}
RENDER_SWITCHES=" directHtml quickAutolink all "
WORK=${BENCH_WORK:-$ROOT/target/bench}/ablation
# shellcheck disable=SC2206
SWITCHES=(${ABLATION_SWITCHES:-directHtml quickAutolink xmlOut manifestJson sortedSection memo all})
JAR=$ROOT/target/blogwright.jar
CP=$ROOT/target/test-classes:$JAR
# shellcheck disable=SC2207  # one flag per word
CLI_OPTS=($(grep -v '^#' packaging/cli-java-options))
[ -x /usr/bin/time ] || { echo "GNU time is needed (apt-get install time)" >&2; exit 1; }
if [ ! -f "$JAR" ] || [ ! -f target/test-classes/dev/blogwright/bench/WarmExport.class ] \
    || [ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]; then
  echo "Building the jar and the benchmark classes"
  mvn -B -q -DskipTests package
fi
mkdir -p "$WORK"
RAW=$WORK/ablation.tsv
printf '# N\ttask\tconfig\trun\twall_s\tcpu_s\tpeak_rss_kb\tload1\n' > "$RAW"

flags() {
  case $1 in
    base) ;;
    *) echo "-Dblogwright.fast.$1=false" ;;
  esac
}

# timed N TASK CONFIG RUN COMMAND...: wall, user + sys, peak RSS and the 1-minute load, appended to the raw file.
timed() {
  local n=$1 task=$2 config=$3 run=$4
  shift 4
  if ! /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.out" "$@" > "$WORK/last.log" 2>&1; then
    echo "FAILED: $*" >&2
    tail -20 "$WORK/last.log" >&2
    exit 1
  fi
  local wall user sys rss
  read -r wall user sys rss < <(tail -1 "$WORK/time.out")
  local cpu load
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  load=$(cut -d' ' -f1 /proc/loadavg)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$task" "$config" "$run" "$wall" "$cpu" "$rss" "$load" >> "$RAW"
  printf '  N=%-6s %-12s %-14s #%s  wall %6.2f s  cpu %6.2f s  load %s\n' "$n" "$task" "$config" "$run" "$wall" \
    "$cpu" "$load"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for N in "${SIZES[@]}"; do
  D=$WORK/n$N
  rm -rf "$D"
  mkdir -p "$D/lib"
  echo "N=$N: generating and importing the posts"
  java -cp "$CP" dev.blogwright.bench.PostGenerator "$D/posts" "$N" > /dev/null
  LIB=$D/lib/library.db
  java "${CLI_OPTS[@]}" -jar "$JAR" import --library "$LIB" "$D/posts" > /dev/null
  K=$(( N / 2 / 20 * 20 ))
  SLUG=$(sed -n 's/^slug: //p' "$(find "$D/posts" -name "$(printf '%05d' "$K")-*.md" -print -quit)" | head -1)
  for i in $(seq "$RUNS"); do
    for config in base "${SWITCHES[@]}"; do
      # shellcheck disable=SC2046  # no flag for the base configuration
      set -- java "${CLI_OPTS[@]}" $(flags "$config") -jar "$JAR" export --library "$LIB" --format html
      rm -rf "$D/out-$config"
      timed "$N" full "$config" "$i" "$@" --out "$D/out-$config"
      java -cp "$CP" dev.blogwright.bench.TouchPost "$LIB" "$SLUG" "Ablation $config $i." > /dev/null
      timed "$N" incremental "$config" "$i" "$@" --out "$D/out-$config"
      grep -q "Ablation $config $i." "$D/out-$config/posts/$SLUG/index.html" \
        || { echo "The re-export did not show the change" >&2; exit 1; }
    done
  done
  for i in $(seq "$RUNS"); do
    for config in base "${SWITCHES[@]}"; do
      [ "$config" = base ] || [[ "$RENDER_SWITCHES" == *" $config "* ]] || continue
      # shellcheck disable=SC2046
      us=$(java "${CLI_OPTS[@]}" $(flags "$config") -cp "$CP" dev.blogwright.logic.markdown.RenderCpuBench cold \
        renderPost safe "$N" 2>/dev/null | sed -n 's/.*: \([0-9.]*\) us\/post.*/\1/p')
      printf '%s\trender_us\t%s\t%s\t-\t%s\t-\t%s\n' "$N" "$config" "$i" "$us" "$(cut -d' ' -f1 /proc/loadavg)" \
        >> "$RAW"
      printf '  N=%-6s %-12s %-14s #%s  %s us/post (CPU)\n' "$N" render "$config" "$i" "$us"
    done
  done
  if [ "$WARM_RUNS" -gt 0 ] && [ "$N" -ge "$WARM_MIN" ]; then
    for i in $(seq "$RUNS"); do
      for config in base "${SWITCHES[@]}"; do
        # shellcheck disable=SC2046
        read -r median _ _ _ < <(java $(flags "$config") -cp "$CP" dev.blogwright.bench.WarmExport "$LIB" \
          "$WARM_RUNS" 2>/dev/null | tail -1)
        printf '%s\twarm_ms\t%s\t%s\t%s\t-\t-\t%s\n' "$N" "$config" "$i" "$median" \
          "$(cut -d' ' -f1 /proc/loadavg)" >> "$RAW"
        printf '  N=%-6s %-12s %-14s #%s  median %s ms\n' "$N" warm "$config" "$i" "$median"
      done
    done
  fi
done

# The summary: per size, task and configuration the median over the rounds, and the change against "base".
{
  echo "Ablation of $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before: $LOAD_BEFORE, after:" \
    "$(cut -d' ' -f1-3 /proc/loadavg); command: bench/ablation.sh ${SIZES[*]}, $RUNS rounds," \
    "launcher flags ${CLI_OPTS[*]} on the jar"
  echo
  echo "| N | task | configuration | CPU s, median | vs base | wall s, median | load (1 min) |"
  echo "|---|---|---|---|---|---|---|"
  grep -v '^#' "$RAW" | sort -t$'\t' -k1,1n -k2,2 -k3,3 | awk -F'\t' '
    function median(list,   n, a, i, j, t) {
      n = split(list, a, " ")
      for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    {
      key = $1 "\t" $2 "\t" $3
      if (!(key in seen)) { seen[key] = 1; order[++count] = key }
      metric = $2 == "warm_ms" ? $5 : $6
      if ($2 == "render_us") { $5 = "-" }
      cpu[key] = cpu[key] " " metric; wall[key] = wall[key] " " $5; load[key] = load[key] " " $8
    }
    END {
      for (i = 1; i <= count; i++) {
        split(order[i], k, "\t")
        base = k[1] "\t" k[2] "\tbase"
        m = median(cpu[order[i]]); b = median(cpu[base])
        delta = (k[3] == "base" || b == 0) ? "–" : sprintf("%+.0f %%", (m - b) * 100 / b)
        unit = k[2] == "warm_ms" ? " ms (wall)" : k[2] == "render_us" ? " µs/post" : ""
        printf "| %s | %s | %s | %s%s | %s | %s | %s |\n", k[1], k[2], k[3], m, unit, delta,
          k[2] == "full" || k[2] == "incremental" ? median(wall[order[i]]) : "–", median(load[order[i]])
      }
    }'
} > "$WORK/ablation.md"
cat "$WORK/ablation.md"
echo "Raw: $RAW; summary: $WORK/ablation.md (copy it into the ledger of BENCHMARKS.md)"
