#!/bin/sh
# Builds Blogwright's Linux app image (own jlink'ed runtime, AppCDS archive) and its .deb with jpackage.
#   packaging/build.sh [--from-maven] [--no-deb]
#     --from-maven  the jar and target/packaging/deps were just made by `mvn -Ppackage package`; skip Maven
#     --no-deb      stop after the app image
# Output: target/packaging/image/blogwright/ and target/packaging/blogwright_<version>-1_amd64.deb
# Needs a JDK 17+ with jpackage and jmods (Debian: openjdk-17-jdk); the .deb also needs fakeroot and dpkg-dev.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PKG="$ROOT/packaging"
OUT="$ROOT/target/packaging"
FROM_MAVEN=no
DEB=yes
for arg in "$@"; do
    case "$arg" in
        --from-maven) FROM_MAVEN=yes ;;
        --no-deb) DEB=no ;;
        *) echo "usage: packaging/build.sh [--from-maven] [--no-deb]" >&2; exit 2 ;;
    esac
done

# The project version is the first <version> of the pom (it has no parent). jpackage wants digits and dots.
VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
APP_VERSION=${VERSION%-SNAPSHOT}
JAR="blogwright-$VERSION.jar"
MAIN_CLASS=dev.blogwright.Launcher
# From jdeps over every jar (see packaging/README.md) plus what only shows up at run time: jdk.charsets for the
# Windows-874 mojibake repair (Charset.forName), jdk.localedata for month names in the blog's language,
# java.naming for Logback's JNDI lookups. javafx.base/graphics/media and jdk.jsobject come in as dependencies.
MODULES=javafx.controls,javafx.fxml,javafx.web,java.sql,java.desktop,java.logging,java.naming,java.xml
MODULES=$MODULES,java.prefs,jdk.unsupported,jdk.charsets,jdk.localedata

step() { echo "[$(date +%H:%M:%S)] $*"; }

if [ "$FROM_MAVEN" = no ]; then
    step "building the jar and copying runtime dependencies"
    rm -rf "$OUT/deps"   # a dependency dropped from the pom must not linger in the package
    (cd "$ROOT" && mvn -B -q -DskipTests package dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$OUT/deps")
fi
[ -f "$ROOT/target/$JAR" ] || { echo "missing target/$JAR" >&2; exit 1; }
[ -d "$OUT/deps" ] || { echo "missing $OUT/deps (run without --from-maven)" >&2; exit 1; }

# The JavaFX *-linux.jar files are real modules and must go to jlink from a module path; the classifier-less
# javafx-*.jar are empty placeholders. Everything else, with the app's thin jar, runs from the class path.
step "splitting JavaFX modules from class-path jars"
rm -rf "$OUT/fx" "$OUT/input" "$OUT/runtime" "$OUT/image"
mkdir -p "$OUT/fx" "$OUT/input" "$OUT/image"
for jar in "$OUT"/deps/*.jar; do
    name=$(basename "$jar")
    case "$name" in
        javafx-*-linux.jar) cp "$jar" "$OUT/fx/" ;;
        javafx-*) ;;
        *) cp "$jar" "$OUT/input/" ;;
    esac
done
cp "$ROOT/target/$JAR" "$OUT/input/"
cp "$PKG/linux/blogwright-cds.sh" "$OUT/input/"

# sqlite-jdbc copies its native library out of its jar into /tmp on every start, compares the copy byte by byte
# and runs `uname` first to pick the platform: 70-130 ms of every command. The app image carries the library
# for this platform unpacked, and both launchers point the driver at it (SQLITE_OPTIONS below). The jar keeps
# all its libraries, so the driver still falls back to extracting one if this file cannot be loaded.
SQLITE_JAR=$(ls "$OUT"/input/sqlite-jdbc-*.jar)
SQLITE_PLATFORM=$(java -cp "$SQLITE_JAR" org.sqlite.util.OSInfo)   # the driver's own choice, e.g. Linux/x86_64
mkdir -p "$OUT/input/native"
unzip -p "$SQLITE_JAR" "org/sqlite/native/$SQLITE_PLATFORM/libsqlitejdbc.so" > "$OUT/input/native/libsqlitejdbc.so"
[ -s "$OUT/input/native/libsqlitejdbc.so" ] || { echo "no SQLite native library for $SQLITE_PLATFORM" >&2; exit 1; }

# JDK 17's AppCDS leaves out every class of a signed jar ("Skipping ...: Signed JAR" in its dump log), and Bouncy
# Castle's jar is signed: the ~830 classes an SFTP deploy loads from it (MINA SSHD's Ed25519 keys) would be read
# from the jar at every start. Only a JDK that insists on signed JCE providers (Oracle's) needs the signature; this
# runtime is OpenJDK's, and the shaded jar (`java -jar`) has always run Bouncy Castle without it.
for jar in "$OUT"/input/bcprov-*.jar; do
    [ -f "$jar" ] || continue
    if command -v zip >/dev/null 2>&1; then
        zip -q -d "$jar" 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA' 'META-INF/*.EC' || true
    else
        echo "build.sh: no zip here; $(basename "$jar") stays signed and out of the AppCDS archive" >&2
    fi
done

# --version reads Implementation-Version from the thin jar; the main build does not write it (yet), so the
# packaged copy gets it here rather than answering "development".
if ! unzip -p "$OUT/input/$JAR" META-INF/MANIFEST.MF | grep -q '^Implementation-Version:'; then
    printf 'Implementation-Title: Blogwright\nImplementation-Version: %s\nImplementation-Vendor: Blogwright\n' \
        "$VERSION" > "$OUT/version.mf"
    jar --update --file "$OUT/input/$JAR" --manifest "$OUT/version.mf"
fi

# One jlink for both package types. No --strip-native-commands: the CDS steps need the runtime's bin/java.
step "jlink runtime: $MODULES"
jlink --module-path "$OUT/fx" --add-modules "$MODULES" \
    --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
    --output "$OUT/runtime" >/dev/null

# shellcheck disable=SC2016  # $APPDIR is expanded by the jpackage launcher, not by this shell
CDS_OPTIONS='-XX:SharedArchiveFile=$APPDIR/blogwright.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off'
# JavaFX sits on the module path here: the preview's scroll sync reads WebKit's DOM element class.
FX_OPTIONS='--add-exports=javafx.web/com.sun.webkit.dom=ALL-UNNAMED'
# shellcheck disable=SC2016  # $APPDIR again; the library was unpacked above
SQLITE_OPTIONS='-Dorg.sqlite.lib.path=$APPDIR/native -Dorg.sqlite.lib.name=libsqlitejdbc.so'
# Memory and GC flags, in one file the benchmark reads too (see packaging/README.md, "Memory").
JVM_OPTIONS=$(grep -v '^#' "$ROOT/packaging/java-options" | xargs)
# A second launcher for one-shot commands, with its own JIT flags (packaging/cli-java-options); jpackage gives an
# added launcher only the options its properties file names, so the archive and export flags are repeated. Its
# menu entry, which jpackage makes for every launcher, is linux/blogwright-cli.desktop: hidden (NoDisplay).
CLI_OPTIONS=$(grep -v '^#' "$ROOT/packaging/cli-java-options" | xargs)
printf 'java-options=%s %s %s %s\n' "$CDS_OPTIONS" "$FX_OPTIONS" "$SQLITE_OPTIONS" "$CLI_OPTIONS" \
    > "$OUT/cli-launcher.properties"
step "jpackage app image"
jpackage --type app-image --dest "$OUT/image" \
    --add-launcher blogwright-cli="$OUT/cli-launcher.properties" \
    --name blogwright --app-version "$APP_VERSION" \
    --vendor "Blogwright" --copyright "Copyright the Blogwright authors" \
    --description "Offline blog authoring: Markdown editor, SQLite library, static site export." \
    --icon "$ROOT/assets/icons/blogwright-256.png" \
    --input "$OUT/input" --main-jar "$JAR" --main-class "$MAIN_CLASS" \
    --runtime-image "$OUT/runtime" \
    --java-options "$CDS_OPTIONS" \
    --java-options "$FX_OPTIONS" \
    --java-options "$SQLITE_OPTIONS" \
    --java-options "$JVM_OPTIONS"

# jpackage's native launchers ask rpm and dpkg who owns them on every start (see linux/sh-launcher.sh): both are
# replaced by sh scripts that start the same runtime with the options and class path of their .cfg files.
step "sh launchers instead of jpackage's"
"$PKG/linux/sh-launcher.sh" "$OUT/image/blogwright" blogwright
"$PKG/linux/sh-launcher.sh" "$OUT/image/blogwright" blogwright-cli

# The list of classes to archive is made here, where a window can be shown (under xvfb-run if need be), and ships
# in the .deb; the archive itself only fits the path it is made at (see linux/blogwright-cds.sh).
step "AppCDS class list: training runs of the window, import, export and deploys"
# The deploys to S3Proxy take the tests' copy when there is one (else the script looks in ~/.m2).
if [ -z "${S3PROXY_JAR:-}" ] && [ -f "$ROOT/target/s3proxy/s3proxy.jar" ]; then
    export S3PROXY_JAR="$ROOT/target/s3proxy/s3proxy.jar"
fi
"$PKG/linux/blogwright-cds.sh" --train "$OUT/image/blogwright"

if [ "$DEB" = yes ]; then
    # Made from the image without an archive: postinst makes the installed one from the class list. The resource dir overrides jpackage's .desktop entry, postinst and prerm.
    step "jpackage deb"
    rm -f "$OUT"/blogwright_*.deb
    jpackage --type deb --dest "$OUT" \
        --app-image "$OUT/image/blogwright" \
        --name blogwright --app-version "$APP_VERSION" \
        --vendor "Blogwright" --copyright "Copyright the Blogwright authors" \
        --description "Offline blog authoring: Markdown editor, SQLite library, static site export." \
        --icon "$ROOT/assets/icons/blogwright-256.png" \
        --resource-dir "$PKG/linux" \
        --install-dir /opt \
        --linux-shortcut \
        --linux-app-category editors \
        --linux-deb-maintainer "dev@blogwright.dev" \
        --linux-package-deps "libgtk-3-0, libgl1, fonts-symbola, webp"
fi

step "AppCDS archive for the app image"
"$OUT/image/blogwright/lib/app/blogwright-cds.sh" "$OUT/image/blogwright"

step "done"
du -sh "$OUT/image/blogwright"
ls -l "$OUT"/blogwright_*.deb 2>/dev/null || true
