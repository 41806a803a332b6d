#!/bin/sh
# Builds Blogwright-<version>.dmg on macOS. NOT runnable on the Linux build machine: jpackage only makes the
# installer types of the OS it runs on (and .dmg needs hdiutil).
#   [SIGN_IDENTITY="Developer ID Application: Name (TEAMID)"] packaging/macos/build.sh
# Needs: JDK 17+ with jpackage/jlink for the Mac's architecture, Maven. Output: target/packaging/*.dmg
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/target/packaging"
cd "$ROOT"

VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
JAR="blogwright-$VERSION.jar"
mvn -B -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$OUT/deps"

# Maven picks the "mac" or "mac-aarch64" JavaFX classifier by the build machine; those jars are modules for
# jlink, the rest stays on the class path (same split as packaging/build.sh).
rm -rf "$OUT/fx" "$OUT/input" "$OUT/runtime"
mkdir -p "$OUT/fx" "$OUT/input"
for jar in "$OUT"/deps/*.jar; do
    case "$(basename "$jar")" in
        javafx-*-mac.jar|javafx-*-mac-aarch64.jar) cp "$jar" "$OUT/fx/" ;;
        javafx-*) ;;
        *) cp "$jar" "$OUT/input/" ;;
    esac
done
cp "target/$JAR" "$OUT/input/"

jlink --module-path "$OUT/fx" \
    --add-modules javafx.controls,javafx.fxml,javafx.web,java.sql,java.desktop,java.logging,java.naming,java.xml,java.prefs,jdk.unsupported,jdk.charsets,jdk.localedata \
    --strip-debug --no-man-pages --no-header-files --output "$OUT/runtime"

set -- @packaging/macos/jpackage-dmg.args --app-version "${VERSION%-SNAPSHOT}" --dest "$OUT" \
    --input "$OUT/input" --main-jar "$JAR" --runtime-image "$OUT/runtime"
if [ "${SIGN_IDENTITY:-}" ]; then
    set -- "$@" --mac-sign --mac-signing-key-user-name "$SIGN_IDENTITY"
fi
jpackage "$@"
ls -l "$OUT"/*.dmg
