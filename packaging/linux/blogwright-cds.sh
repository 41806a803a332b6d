#!/bin/sh
# Blogwright's AppCDS archive: the classes that the desktop window, an import, the exports and the read-only
# commands load, stored pre-parsed and pre-verified, so later starts map them instead of loading them from the jars.
#
#   blogwright-cds.sh --train APPDIR   at build time: runs the app on a sample library (the window too, where a
#                                      display or xvfb-run is at hand) and writes the classes it loaded to
#                                      lib/app/blogwright.classlist, which ships in the .deb
#   blogwright-cds.sh APPDIR           writes lib/app/blogwright.jsa from that list (no display needed: the .deb's
#                                      postinst runs it); with no list, trains on headless commands first
#   blogwright-cds.sh [--train] --jar JAR ARCHIVE
#                                      the same for the plain (shaded) jar run as `java -jar JAR` with the flags of
#                                      packaging/cli-java-options, as bench/deploy.sh runs it; no window; the list
#                                      goes beside ARCHIVE (ARCHIVE minus .jsa, plus .classlist), and SQLite's
#                                      native library into native/ there (run with -Dorg.sqlite.lib.path=that
#                                      folder -Dorg.sqlite.lib.name=libsqlitejdbc.so, as the launchers do)
#
# The headless training includes an SFTP and an S3 deploy where a loopback sshd and S3Proxy can be started.
#
# JDK 17 only accepts an archive with the exact absolute class path it was made with, so the archive is made
# where the app lives: by packaging/build.sh for the app image, by the .deb's postinst for /opt/blogwright. The
# class list holds class names only, so it is made once, where a window can be shown, and travels.
set -eu
train=no
jar=
if [ "${1:-}" = --train ]; then
    train=yes
    shift
fi
if [ "${1:-}" = --jar ]; then
    jar=${2:?usage: blogwright-cds.sh --jar JAR ARCHIVE}
    archive=${3:?usage: blogwright-cds.sh --jar JAR ARCHIVE}
    # The plain jar as `java -jar JAR` runs it with the blogwright-cli launcher's flags (what bench/deploy.sh times):
    # the class path is the jar alone, so the archive fits every `java <flags> -XX:SharedArchiveFile=... -jar JAR`.
    java=${JAVA:-java}
    classpath=$jar
    main=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Main-Class: *//p' | tr -d '\r')
    options=$(grep -v '^#' "$(dirname "$0")/../cli-java-options" | tr '\n' ' ')
    classlist="${archive%.jsa}.classlist"
    # SQLite's native library unpacked beside the archive, as build.sh does for the app image (the driver would
    # otherwise copy it out of the jar into /tmp at every start); the jar's users pass the same two flags.
    native="$(dirname "$archive")/native"
    mkdir -p "$native"
    platform=$("$java" -cp "$jar" org.sqlite.util.OSInfo)
    unzip -p "$jar" "org/sqlite/native/$platform/libsqlitejdbc.so" > "$native/libsqlitejdbc.so"
    options="$options -Dorg.sqlite.lib.path=$native -Dorg.sqlite.lib.name=libsqlitejdbc.so"
else
    appdir=${1:?usage: blogwright-cds.sh [--train] APPDIR | blogwright-cds.sh --jar JAR ARCHIVE}
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
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export BLOGWRIGHT_LOG_DIR="$work/log"

# run NAME ARGS...: one run of the app that appends the classes it loads to the training list; $jvm_home, when set,
# is the user.home of the run (the SFTP training's keys and known_hosts).
jvm_home=
run() {
    name=$1
    shift
    # shellcheck disable=SC2086  # one option per word
    "$java" $options ${jvm_home:+-Duser.home="$jvm_home"} -Djava.util.prefs.userRoot="$work/prefs" -Xshare:off \
        -XX:DumpLoadedClassList="$work/$name.classlist" -cp "$classpath" "$main" "$@" >/dev/null
}

train_headless() {
    run init init --sample --library "$work/train.db"
    run export export --library "$work/train.db" --out "$work/site"
    # The same export again, with nothing changed: the re-export reads the manifest and skips unchanged pages,
    # code the first export never runs.
    run reexport export --library "$work/train.db" --out "$work/site"
    # A deploy to a folder, then again with nothing to send: the deploy's own classes (manifests, plan, upload
    # order, the library opened read-only beside the target). SSH and S3 need a server: see train_targets.
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
    train_targets
}

# A free TCP port on loopback, or nothing.
free_port() {
    command -v python3 >/dev/null 2>&1 || return 0
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# wait_port PORT: up to 15 s for a server on loopback to accept (bash's /dev/tcp; sh has none).
wait_port() {
    for _ in $(seq 30); do
        if bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; then
            return 0
        fi
        sleep 0.5
    done
    return 1
}

# An SFTP and an S3 deploy load MINA SSHD, Bouncy Castle and the AWS SDK, a quarter of a deploy's classes. They need
# a server, so they are trained only where one starts here (the CI that builds the .deb has both): a private OpenSSH
# sshd on loopback with its own keys, and S3Proxy from $S3PROXY_JAR or the local Maven repository. Without them the
# archive holds the other classes only, and nothing fails.
train_targets() {
    command -v bash >/dev/null 2>&1 || return 0
    if [ -x /usr/sbin/sshd ] && command -v ssh-keygen >/dev/null 2>&1 && port=$(free_port) && [ -n "$port" ]; then
        train_sftp "$port" || echo "blogwright-cds: no SFTP deploy in the training (the loopback sshd failed)" >&2
    fi
    s3proxy=${S3PROXY_JAR:-$(find "${HOME:-/nonexistent}/.m2/repository/org/gaul/s3proxy" \
        -name 's3proxy-*-jar-with-dependencies.jar' 2>/dev/null | sort | tail -1)}
    if [ -n "$s3proxy" ] && [ -f "$s3proxy" ] && command -v java >/dev/null 2>&1 && port=$(free_port) \
        && [ -n "$port" ]; then
        train_s3 "$port" "$s3proxy" || echo "blogwright-cds: no S3 deploy in the training (S3Proxy failed)" >&2
    fi
    return 0
}

# train_sftp PORT: a first deploy and one with nothing to send (manifest read, plan) over a private loopback sshd.
train_sftp() {
    ssh="$work/sshd"
    mkdir -p "$ssh" "$work/home/.ssh" "$work/sftp"
    chmod 755 "$ssh"
    ssh-keygen -q -t ed25519 -N '' -f "$ssh/host_key"
    ssh-keygen -q -t ed25519 -N '' -f "$work/home/.ssh/id_ed25519"
    cp "$work/home/.ssh/id_ed25519.pub" "$ssh/authorized_keys"
    mkdir -p /run/sshd 2>/dev/null || true
    cat > "$ssh/sshd_config" <<SSHD
Port $1
ListenAddress 127.0.0.1
HostKey $ssh/host_key
AuthorizedKeysFile $ssh/authorized_keys
PidFile $ssh/sshd.pid
PermitRootLogin prohibit-password
PasswordAuthentication no
UsePAM no
StrictModes no
Subsystem sftp internal-sftp
SSHD
    echo "[127.0.0.1]:$1 $(cut -d' ' -f1-2 "$ssh/host_key.pub")" > "$work/home/.ssh/known_hosts"
    /usr/sbin/sshd -f "$ssh/sshd_config" -D -e 2>"$ssh/log" &
    sshd=$!
    failed=0
    url="sftp://$(id -un)@127.0.0.1:$1$work/sftp"
    jvm_home="$work/home"
    if ! wait_port "$1" \
        || ! run sftp deploy --library "$work/train.db" --out "$work/site" --to "$url" \
        || ! run resftp deploy --library "$work/train.db" --out "$work/site" --to "$url"
    then
        failed=1
    fi
    jvm_home=
    kill "$sshd" 2>/dev/null || true
    wait "$sshd" 2>/dev/null || true
    return $failed
}

# train_s3 PORT S3PROXY_JAR: the same two deploys to S3Proxy (a real S3 API over a folder).
train_s3() {
    mkdir -p "$work/s3/site"
    cat > "$work/s3proxy.properties" <<S3
s3proxy.endpoint=http://127.0.0.1:$1
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=train
s3proxy.credential=train-secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$work/s3
S3
    java -jar "$2" --properties "$work/s3proxy.properties" >"$work/s3proxy.log" 2>&1 &
    s3=$!
    failed=0
    url="s3://site/blog?endpoint=http://127.0.0.1:$1&region=us-east-1&path-style=true"
    export AWS_ACCESS_KEY_ID=train AWS_SECRET_ACCESS_KEY=train-secret
    if ! wait_port "$1" \
        || ! run s3 deploy --library "$work/train.db" --out "$work/site" --to "$url" \
        || ! run res3 deploy --library "$work/train.db" --out "$work/site" --to "$url"
    then
        failed=1
    fi
    unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
    kill "$s3" 2>/dev/null || true
    wait "$s3" 2>/dev/null || true
    return $failed
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
    # The plain jar is timed as the command line; its archive leaves the window out.
    [ -n "$jar" ] || train_desktop
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
