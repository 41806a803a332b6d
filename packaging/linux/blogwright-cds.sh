#!/bin/sh
# Writes Blogwright's AppCDS archive: the classes a headless export loads, stored pre-parsed and pre-verified,
# so later starts map them instead of loading them from the jars.
# JDK 17 only accepts the archive with the exact absolute class path it was made with, so it is made where the
# app lives: by packaging/build.sh for the app image, by the .deb's postinst for /opt/blogwright.
#   usage: blogwright-cds.sh APPDIR      (APPDIR holds bin/ and lib/)
set -eu
appdir=${1:?usage: blogwright-cds.sh APPDIR}
app="$appdir/lib/app"
cfg="$app/blogwright.cfg"
java="$appdir/lib/runtime/bin/java"
archive="$app/blogwright.jsa"

# The launcher's class path, in the launcher's order, with $APPDIR expanded the way the launcher does.
classpath=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$cfg" | paste -sd: -)
main=$(sed -n 's|^app.mainclass=||p' "$cfg")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export BLOGWRIGHT_LOG_DIR="$work/log"
rm -f "$archive"

"$java" -cp "$classpath" "$main" init --sample --library "$work/train.db" >/dev/null
"$java" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$classpath" "$main" \
    export --library "$work/train.db" --out "$work/site" >/dev/null
chmod 644 "$archive"
