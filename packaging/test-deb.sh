#!/bin/sh
# Installs the built .deb, runs the installed command headless, and removes the package again.
# CI-optional: needs root (or sudo) and a Debian/Ubuntu machine; run packaging/build.sh first.
#   packaging/test-deb.sh [path/to/blogwright_*.deb]
# Exit status 0 only when install, --version, init + export, the start-up archive and removal all worked.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEB=${1:-$(ls "$ROOT"/target/packaging/blogwright_*.deb 2>/dev/null | head -1)}
[ -n "$DEB" ] && [ -f "$DEB" ] || { echo "no .deb found; run packaging/build.sh first" >&2; exit 1; }
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo

if [ "$(dpkg-query -W -f='${Status}' blogwright 2>/dev/null)" = "install ok installed" ]; then
    echo "blogwright is already installed; remove it first (dpkg --purge blogwright)" >&2
    exit 1
fi

WORK=$(mktemp -d)
removed=no
cleanup() {
    [ "$removed" = yes ] || $SUDO dpkg --purge blogwright >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== install $(basename "$DEB")"
# apt resolves the GTK/X11 dependencies a bare dpkg -i would refuse on a server without them.
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$DEB" >"$WORK/apt.log" 2>&1 \
    || { tail -20 "$WORK/apt.log" >&2; fail "installation"; }

echo "== installed files"
[ -x /opt/blogwright/bin/blogwright ] || fail "launcher /opt/blogwright/bin/blogwright missing"
command -v blogwright >/dev/null || fail "blogwright is not on PATH"
command -v blogwright-cli >/dev/null || fail "blogwright-cli is not on PATH"
[ -f /opt/blogwright/lib/app/blogwright.jsa ] || fail "postinst did not write the AppCDS archive"
grep -q '^MimeType=text/markdown;text/x-markdown;' /opt/blogwright/lib/blogwright-blogwright.desktop \
    || fail "desktop entry lacks the Markdown MIME types"

echo "== blogwright --version"
version=$(blogwright --version 2>"$WORK/err") || fail "--version exited non-zero: $(cat "$WORK/err")"
echo "$version"
case "$version" in Blogwright\ [0-9]*) ;; *) fail "unexpected version line: $version" ;; esac
[ ! -s "$WORK/err" ] || fail "--version wrote to stderr: $(cat "$WORK/err")"

echo "== blogwright init --sample + export"
export BLOGWRIGHT_LOG_DIR="$WORK/log"
blogwright init --sample --library "$WORK/x.db" || fail "init --sample"
blogwright export --library "$WORK/x.db" --out "$WORK/site" || fail "export"
blogwright-cli export --library "$WORK/x.db" --format json --out "$WORK/json" || fail "blogwright-cli export"
[ -s "$WORK/site/index.html" ] || fail "export wrote no index.html"
echo "site: $(find "$WORK/site" -type f | wc -l) files"

echo "== blogwright-cli start-up: AppCDS archive and unpacked SQLite library"
# JAVA_TOOL_OPTIONS reaches the JVM behind either launcher: a class-load log shows whether the archive that
# postinst made matches the launcher's class path, and a temporary folder of our own shows whether the driver
# copied its native library out of its jar instead of loading lib/app/native/libsqlitejdbc.so.
mkdir "$WORK/tmp"
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$WORK/classes.log -Djava.io.tmpdir=$WORK/tmp" \
    blogwright-cli list --library "$WORK/x.db" >/dev/null 2>&1 || fail "blogwright-cli list"
grep -q 'source: shared objects file' "$WORK/classes.log" || fail "blogwright-cli started without the AppCDS archive"
[ -z "$(ls "$WORK/tmp")" ] || fail "the SQLite driver extracted its library: $(ls "$WORK/tmp")"
echo "$(grep -c 'source: shared objects file' "$WORK/classes.log") classes from the archive"

echo "== remove"
# --purge rather than -r, so not even the package's record stays behind for the next run.
$SUDO dpkg --purge blogwright >/dev/null || fail "dpkg --purge"
removed=yes
[ ! -e /usr/bin/blogwright ] || fail "/usr/bin/blogwright left behind"
[ ! -e /usr/bin/blogwright-cli ] || fail "/usr/bin/blogwright-cli left behind"
[ ! -e /opt/blogwright ] || fail "/opt/blogwright left behind: $(find /opt/blogwright | head -5)"

echo "PASS"
