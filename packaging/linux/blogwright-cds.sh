#!/bin/sh
# Blogwright's AppCDS archive: the classes that the desktop window, an import, the exports and the read-only
# commands load, stored pre-parsed and pre-verified, so later starts map them instead of loading them from the jars.
#
#   blogwright-cds.sh --train APPDIR   at build time: runs the app on a sample library (the window too, where a
#                                      display or xvfb-run is at hand) and writes the classes it loaded to
#                                      lib/app/blogwright.classlist, which ships in the .deb
#   blogwright-cds.sh APPDIR           writes lib/app/blogwright.jsa from that list (no display needed: the .deb's
#                                      postinst runs it); with no list, trains on headless commands first
#
# JDK 17 only accepts an archive with the exact absolute class path it was made with, so the archive is made
# where the app lives: by packaging/build.sh for the app image, by the .deb's postinst for /opt/blogwright. The
# class list holds class names only, so it is made once, where a window can be shown, and travels.
set -eu
train=no
if [ "${1:-}" = --train ]; then
    train=yes
    shift
fi
appdir=${1:?usage: blogwright-cds.sh [--train] APPDIR}
app="$appdir/lib/app"
cfg="$app/blogwright.cfg"
java="$appdir/lib/runtime/bin/java"
archive="$app/blogwright.jsa"
classlist="$app/blogwright.classlist"

# The launcher's class path, in the launcher's order, with $APPDIR expanded the way the launcher does.
classpath=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$cfg" | paste -sd: -)
main=$(sed -n 's|^app.mainclass=||p' "$cfg")
# The launcher's options other than the archive's own, so the training loads what a real start loads.
options=$(sed -n 's|^java-options=||p' "$cfg" | grep -v -e SharedArchiveFile -e '^-Xshare' -e '^-Xlog:cds' \
    | sed "s|\\\$APPDIR|$appdir|g")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export BLOGWRIGHT_LOG_DIR="$work/log"

# run NAME ARGS...: one run of the app that appends the classes it loads to the training list.
run() {
    name=$1
    shift
    # shellcheck disable=SC2086  # one option per word
    "$java" $options -Djava.util.prefs.userRoot="$work/prefs" -Xshare:off \
        -XX:DumpLoadedClassList="$work/$name.classlist" -cp "$classpath" "$main" "$@" >/dev/null
}

train_headless() {
    run init init --sample --library "$work/train.db"
    run export export --library "$work/train.db" --out "$work/site"
    # The same export again, with nothing changed: the re-export reads the manifest and skips unchanged pages,
    # code the first export never runs.
    run reexport export --library "$work/train.db" --out "$work/site"
    # A deploy to a folder, then again with nothing to send: the deploy's own classes (manifests, plan, upload
    # order, the library opened read-only beside the target). SSH and S3 need a server, so their classes are not here.
    run deploy deploy --library "$work/train.db" --out "$work/site" --to "file://$work/www"
    run redeploy deploy --library "$work/train.db" --out "$work/site" --to "file://$work/www"
    run json export --library "$work/train.db" --format json --out "$work/json"
    # The read-only commands a script runs most, so their start is archived too.
    run version --version
    run list list --library "$work/train.db"
    run listjson list --json --library "$work/train.db"
    run stats stats --library "$work/train.db"
    run search search --library "$work/train.db" schema
    run show show --library "$work/train.db" monorepo-vs-polyrepo
    mkdir -p "$work/posts"
    printf -- '---\ntitle: "Héllo"\ndate: 2024-05-01\ncategories: [Notes]\ntags: [a, b]\n---\n# Hi\n\nSome *text* with a [link](https://example.com).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n' \
        > "$work/posts/hello.md"
    printf -- '+++\ntitle = "TOML"\ndate = 2024-05-02\n+++\n```java\nint x;\n```\n\nA footnote[^1].\n\n[^1]: Here.\n' \
        > "$work/posts/toml.md"
    run import import --library "$work/import.db" "$work/posts"
}

train_desktop() {
    # The window, closed a few seconds after its first frame, once the editor built after it is up.
    if [ -n "${DISPLAY:-}" ]; then
        BLOGWRIGHT_STARTUP_REPORT="$work/startup.txt" BLOGWRIGHT_STARTUP_QUIT=4 \
            run desktop --library "$work/train.db"
    elif command -v xvfb-run >/dev/null 2>&1; then
        BLOGWRIGHT_STARTUP_REPORT="$work/startup.txt" BLOGWRIGHT_STARTUP_QUIT=4 \
            xvfb-run -a "$java" $options -Djava.util.prefs.userRoot="$work/prefs" -Xshare:off \
            -XX:DumpLoadedClassList="$work/desktop.classlist" -cp "$classpath" "$main" \
            --library "$work/train.db" >/dev/null 2>&1
    else
        echo "blogwright-cds: no display and no xvfb-run; the archive holds the command line's classes only" >&2
        return 0
    fi
    [ -s "$work/startup.txt" ] || echo "blogwright-cds: the window did not report its first frame" >&2
}

write_classlist() {
    # Each run lists what it loaded in load order; the archive wants each class once.
    cat "$work"/*.classlist | awk '!seen[$0]++' > "$classlist.tmp"
    chmod 644 "$classlist.tmp"
    mv "$classlist.tmp" "$classlist"
}

if [ "$train" = yes ]; then
    train_headless
    train_desktop
    write_classlist
    echo "blogwright-cds: $(wc -l < "$classlist") classes listed in $classlist"
    exit 0
fi

if [ ! -s "$classlist" ]; then
    train_headless
    classlist="$work/all.classlist"
    cat "$work"/*.classlist | awk '!seen[$0]++' > "$classlist"
fi
rm -f "$archive"
# shellcheck disable=SC2086  # one option per word
"$java" $options -Xshare:dump -XX:SharedClassListFile="$classlist" -XX:SharedArchiveFile="$archive" \
    -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$classpath" >"$work/dump.log" 2>&1 \
    || { cat "$work/dump.log" >&2; exit 1; }
chmod 644 "$archive"
