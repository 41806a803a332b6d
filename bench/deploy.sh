#!/usr/bin/env bash
# Deploy benchmark: `blogwright deploy` of an N-post site to a loopback SFTP server (Debian's OpenSSH) and to S3Proxy,
# the first time and after one changed post, against `rsync -a --delete` over the same sshd for the same change.
# Every deploy runs the CLI as shipped: the blogwright-cli launcher's JVM flags and an AppCDS archive made for the
# jar by packaging/linux/blogwright-cds.sh (the package's training, SFTP and S3 deploys included); the one-post SFTP
# deploy is also timed with the plain jar, without the archive, so what the archive saves stays visible.
# Usage: bench/deploy.sh [N]            (default 10000)
# Environment: BENCH_PAIRS (timed runs of the one-post change, default 3), BENCH_WORK (scratch, default
#   target/bench-deploy), BENCH_REPORT (Markdown file whose deploy section is rewritten, default BENCHMARKS.md).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
N=${1:-10000}
PAIRS=${BENCH_PAIRS:-3}
WORK=${BENCH_WORK:-$ROOT/target/bench-deploy}
REPORT=${BENCH_REPORT:-$ROOT/BENCHMARKS.md}
JAR=$ROOT/target/blogwright.jar
CP=$ROOT/target/test-classes:$JAR
# shellcheck disable=SC2207  # one flag per word is wanted
CLI_OPTS=($(grep -v '^#' packaging/cli-java-options))

install_pkg() {
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq "$@"; else sudo apt-get install -y -qq "$@"; fi
}
[ -x /usr/sbin/sshd ] || install_pkg openssh-server
command -v rsync >/dev/null 2>&1 || install_pkg rsync
[ -x /usr/bin/time ] || install_pkg time
if [ ! -f "$JAR" ] || [ ! -f target/test-classes/dev/blogwright/bench/PostGenerator.class ] \
    || [ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]; then
  echo "Building the jar and the benchmark classes"
  mvn -B -q -DskipTests package
fi
S3PROXY_JAR=${S3PROXY_JAR:-}
[ -n "$S3PROXY_JAR" ] || S3PROXY_JAR=$(find "$HOME/.m2/repository/org/gaul/s3proxy" -name 's3proxy-*-jar-with-dependencies.jar' 2>/dev/null \
  | sort | tail -1 || true)
if [ -z "$S3PROXY_JAR" ]; then
  mvn -B -q dependency:get -Dartifact=org.gaul:s3proxy:4.1.0:jar:jar-with-dependencies
  S3PROXY_JAR=$(find "$HOME/.m2/repository/org/gaul/s3proxy" -name 's3proxy-*-jar-with-dependencies.jar' | tail -1)
fi

# The AppCDS archive of the jar, made again whenever the jar or the script that makes it is newer (about a minute:
# the training runs init, exports, imports and deploys to a folder, a loopback sshd and S3Proxy).
CDS=$ROOT/target/cds/blogwright.jsa
if [ ! -s "$CDS" ] || [ "$JAR" -nt "$CDS" ] || [ packaging/linux/blogwright-cds.sh -nt "$CDS" ]; then
  echo "Making the AppCDS archive of the jar"
  mkdir -p "$(dirname "$CDS")"
  rm -f "$CDS" "${CDS%.jsa}.classlist"
  S3PROXY_JAR=$S3PROXY_JAR sh packaging/linux/blogwright-cds.sh --train --jar "$JAR" "$CDS"
  sh packaging/linux/blogwright-cds.sh --jar "$JAR" "$CDS"
fi
# The launchers' other start-up flags: SQLite's native library unpacked (by the script above) instead of copied out
# of the jar into /tmp at each start.
CDS_OPTS=(-XX:SharedArchiveFile="$CDS" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
  -Dorg.sqlite.lib.path="$(dirname "$CDS")/native" -Dorg.sqlite.lib.name=libsqlitejdbc.so)

rm -rf "$WORK"
mkdir -p "$WORK"
RESULTS=$WORK/results.tsv
printf '# task\ttool\trun\twall_s\tcpu_s\n' > "$RESULTS"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
timed() {
  local task=$1 tool=$2 run=$3
  shift 3
  # Each timed run starts on a quiet machine: the step before it (another JVM, an rsync, a TouchPost writing the
  # library) leaves dirty pages whose writeback, and a CPU still busy for a moment, would otherwise be charged to
  # whichever tool runs next. The same for ours and for rsync.
  sync
  sleep 1
  # Wall and CPU (user + system, children included): under load the CPU time is the steadier figure.
  if ! /usr/bin/time -f "%e %U %S" -o "$WORK/time.out" "$@" > "$WORK/last.log" 2>&1; then
    echo "FAILED: $*" >&2
    tail -20 "$WORK/last.log" >&2
    exit 1
  fi
  local wall cpu
  read -r wall user sys < <(tail -1 "$WORK/time.out")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  printf '%s\t%s\t%s\t%s\t%s\n' "$task" "$tool" "$run" "$wall" "$cpu" >> "$RESULTS"
  printf '  %-22s %-6s #%s  %6.2f s wall  %6.2f s CPU\n' "$task" "$tool" "$run" "$wall" "$cpu"
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# A private sshd on loopback, with its own host key, client key and a home whose known_hosts knows the host, so
# neither ssh (rsync) nor the JVM (-Duser.home) asks anything.
SSH=$WORK/ssh
HOMEDIR=$WORK/home
mkdir -p "$SSH" "$HOMEDIR/.ssh" /run/sshd
ssh-keygen -q -t ed25519 -N '' -f "$SSH/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$HOMEDIR/.ssh/id_ed25519"
cp "$HOMEDIR/.ssh/id_ed25519.pub" "$SSH/authorized_keys"
SSH_PORT=$(free_port)
cat > "$SSH/sshd_config" <<EOF
Port $SSH_PORT
ListenAddress 127.0.0.1
HostKey $SSH/host_key
AuthorizedKeysFile $SSH/authorized_keys
PidFile $SSH/sshd.pid
PermitRootLogin prohibit-password
PasswordAuthentication no
UsePAM no
StrictModes no
Subsystem sftp internal-sftp
EOF
echo "[127.0.0.1]:$SSH_PORT $(cut -d' ' -f1-2 "$SSH/host_key.pub")" > "$HOMEDIR/.ssh/known_hosts"
/usr/sbin/sshd -f "$SSH/sshd_config" -D -e 2> "$WORK/sshd.log" &
SSHD_PID=$!
S3_PORT=$(free_port)
cat > "$WORK/s3proxy.properties" <<EOF
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=bench
s3proxy.credential=bench-secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$WORK/s3
EOF
mkdir -p "$WORK/s3/site"
java -jar "$S3PROXY_JAR" --properties "$WORK/s3proxy.properties" > "$WORK/s3proxy.log" 2>&1 &
S3_PID=$!
trap 'kill $SSHD_PID $S3_PID 2>/dev/null || true' EXIT
for _ in $(seq 60); do
  if (exec 3<>/dev/tcp/127.0.0.1/"$S3_PORT") 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/"$SSH_PORT") 2>/dev/null; then
    break
  fi
  sleep 0.5
done
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench-secret
SFTP_URL="sftp://root@127.0.0.1:$SSH_PORT$WORK/remote-ours"
S3_URL="s3://site/blog?endpoint=http://127.0.0.1:$S3_PORT&region=us-east-1&path-style=true"
RSYNC_DEST="root@127.0.0.1:$WORK/remote-rsync/"
RSYNC=(rsync -a --delete -e "ssh -p $SSH_PORT -i $HOMEDIR/.ssh/id_ed25519 -o UserKnownHostsFile=$HOMEDIR/.ssh/known_hosts -o BatchMode=yes")
mkdir -p "$WORK/remote-ours" "$WORK/remote-rsync"
# As shipped (the launcher's flags, archive and unpacked SQLite library), and the plain jar with cli-java-options only.
BW=(java "${CLI_OPTS[@]}" "${CDS_OPTS[@]}" -Duser.home="$HOMEDIR" -jar "$JAR")
BW_PLAIN=(java "${CLI_OPTS[@]}" -Duser.home="$HOMEDIR" -jar "$JAR")

POSTS=$WORK/posts
LIB=$WORK/lib/library.db
mkdir -p "$WORK/lib"
echo "N=$N: generating and importing posts"
java -cp "$CP" dev.blogwright.bench.PostGenerator "$POSTS" "$N"
"${BW[@]}" import --library "$LIB" "$POSTS" > /dev/null
OUT=$WORK/site

echo "N=$N: first deploy"
timed first-sftp ours 1 "${BW[@]}" deploy --library "$LIB" --out "$OUT" --to "$SFTP_URL"
timed first-s3 ours 1 "${BW[@]}" deploy --library "$LIB" --out "$OUT" --to "$S3_URL"
timed first-ssh rsync 1 "${RSYNC[@]}" "$OUT/" "$RSYNC_DEST"
diff -r --exclude=.blogwright-deploy.json --exclude=.blogwright-deploy-stamp --exclude=.blogwright-heads --exclude=.blogwright-cache --exclude=.blogwright-manifest.json "$OUT" "$WORK/remote-ours" > /dev/null \
  || { echo "The SFTP deploy differs from the export" >&2; exit 1; }

echo "N=$N: one post changed"
K=$(( N / 2 / 20 * 20 ))
FILE=$(find "$POSTS" -name "$(printf '%05d' "$K")-*.md" -print -quit)
SLUG=$(sed -n 's/^slug: //p' "$FILE" | head -1)
for i in $(seq "$PAIRS"); do
  java -cp "$CP" dev.blogwright.bench.TouchPost "$LIB" "$SLUG" "Edited in deploy run $i (sftp)."
  timed one-post-sftp ours "$i" "${BW[@]}" deploy --library "$LIB" --out "$OUT" --to "$SFTP_URL"
  # The second target of the same change: the library is as the SFTP deploy exported it, so this deploy finds its
  # bundle stamp and skips the export (staging, then production).
  timed one-post-s3 ours "$i" "${BW[@]}" deploy --library "$LIB" --out "$OUT" --to "$S3_URL"
  # The anchor: the same change sent by rsync over the same sshd (the export is already done).
  timed one-post-ssh rsync "$i" "${RSYNC[@]}" "$OUT/" "$RSYNC_DEST"
  # A change sent to S3 alone: export and upload, as the SFTP row.
  java -cp "$CP" dev.blogwright.bench.TouchPost "$LIB" "$SLUG" "Edited in deploy run $i (s3)."
  timed one-post-s3-alone ours "$i" "${BW[@]}" deploy --library "$LIB" --out "$OUT" --to "$S3_URL"
  # And the hand-run pipeline a Hugo user has: export, then rsync.
  java -cp "$CP" dev.blogwright.bench.TouchPost "$LIB" "$SLUG" "Edited in deploy run $i (export+rsync)."
  timed one-post-export+rsync both "$i" bash -c "$(printf '%q ' "${BW[@]}") export --library $(printf '%q' "$LIB") \
--format html --out $(printf '%q' "$OUT") && $(printf '%q ' "${RSYNC[@]}") $(printf '%q' "$OUT/") $RSYNC_DEST"
  # The SFTP row with the plain jar: cli-java-options without the AppCDS archive and the unpacked SQLite library.
  java -cp "$CP" dev.blogwright.bench.TouchPost "$LIB" "$SLUG" "Edited in deploy run $i (sftp, plain jar)."
  timed one-post-sftp plain "$i" "${BW_PLAIN[@]}" deploy --library "$LIB" --out "$OUT" --to "$SFTP_URL"
done
# Where a one-post SFTP deploy's classes come from, with and without the archive (-Xlog:class+load, untimed).
classes() {
  java -cp "$CP" dev.blogwright.bench.TouchPost "$LIB" "$SLUG" "Edited for the class count ($1)."
  local log=$WORK/classes-$1.log
  shift
  "$@" -Xlog:class+load:file="$log" -Duser.home="$HOMEDIR" -jar "$JAR" deploy --library "$LIB" --out "$OUT" \
    --to "$SFTP_URL" > /dev/null
  echo "$(grep -c 'source: shared objects file' "$log") of $(grep -c 'source:' "$log")"
}
CLASSES_CDS=$(classes cds java "${CLI_OPTS[@]}" "${CDS_OPTS[@]}")
CLASSES_PLAIN=$(classes plain java "${CLI_OPTS[@]}")
grep -q "Edited for the class count (plain)" "$WORK/remote-ours/posts/$SLUG/index.html" \
  || { echo "The deploy did not carry the change" >&2; exit 1; }

median() { awk -F'\t' -v t="$1" -v o="$2" -v c="${3:-4}" '$1 == t && $2 == o { print $c }' "$RESULTS" | sort -n \
  | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
# "wall s (CPU s)" of a step: medians of each.
both() { echo "$(median "$1" "$2") s ($(median "$1" "$2" 5) s CPU)"; }
{
  echo "<!-- deploy-results:start -->"
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), load before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg); \`bench/deploy.sh $N\`, $(find "$OUT" -type f | wc -l) files ($(du -sh "$OUT" | cut -f1)); medians of $PAIRS runs; wall time, and CPU time (user + system of the whole process tree, sshd's side not included) in brackets."
  echo
  echo "| step | ours (deploy = incremental export + upload, whole process; launcher flags + AppCDS archive) | anchor |"
  echo "|---|---|---|"
  echo "| first deploy, loopback SFTP | $(both first-sftp ours) | rsync -a --delete over the same sshd: $(both first-ssh rsync) (export not included) |"
  echo "| first deploy, S3Proxy | $(both first-s3 ours) | |"
  echo "| one post changed, SFTP | $(both one-post-sftp ours) | rsync alone: $(both one-post-ssh rsync); export + rsync: $(both one-post-export+rsync both) |"
  echo "| one post changed, SFTP, plain jar (\`java -jar\` with cli-java-options: no AppCDS archive, SQLite's library copied out of the jar) | $(both one-post-sftp plain) | |"
  echo "| one post changed, S3Proxy | $(both one-post-s3-alone ours) | |"
  echo "| the same change to a second target, S3Proxy, right after SFTP (export skipped) | $(both one-post-s3 ours) | |"
  echo
  echo "Classes of a one-post SFTP deploy mapped from a CDS archive: $CLASSES_CDS with the jar's AppCDS archive, $CLASSES_PLAIN without it (the JDK's own default archive); the rest are read from the jar and the JDK's modules (\`-Xlog:class+load\`)."
  echo "<!-- deploy-results:end -->"
} > "$WORK/table.md"
cat "$WORK/table.md"
if grep -q '<!-- deploy-results:start -->' "$REPORT"; then
  python3 - "$REPORT" "$WORK/table.md" <<'EOF'
import re, sys
report, table = sys.argv[1], open(sys.argv[2]).read().strip()
text = open(report).read()
text = re.sub(r'<!-- deploy-results:start -->.*?<!-- deploy-results:end -->', lambda m: table, text, flags=re.S)
open(report, 'w').write(text)
EOF
fi
