#!/bin/sh
# Renders the application icon from its SVG sources into every size and format the packages and the window use.
# The generated files are committed, so a package build does not need librsvg or icnsutils; run this after
# editing assets/icons/*.svg.
#   needs: rsvg-convert (Debian librsvg2-bin), convert (imagemagick), png2icns (icnsutils)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ICONS="$ROOT/assets/icons"
RES="$ROOT/src/main/resources/dev/blogwright/icons"

for size in 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$ICONS/blogwright.svg" -o "$ICONS/blogwright-$size.png"
done
# 16 px comes from the simplified drawing: the full one blurs its text lines and outlines into grey there.
rsvg-convert -w 16 -h 16 "$ICONS/blogwright-small.svg" -o "$ICONS/blogwright-16.png"

# The window shell loads its stage icons from the class path.
mkdir -p "$RES"
for size in 16 32 48 64 128 256 512; do
    cp "$ICONS/blogwright-$size.png" "$RES/blogwright-$size.png"
done

# Windows wants one .ico with the sizes Explorer and the task bar pick from.
convert "$ICONS/blogwright-16.png" "$ICONS/blogwright-32.png" "$ICONS/blogwright-48.png" \
        "$ICONS/blogwright-64.png" "$ICONS/blogwright-128.png" "$ICONS/blogwright-256.png" \
        "$ROOT/packaging/windows/blogwright.ico"
# macOS wants an .icns; png2icns takes the sizes it knows (16, 32, 48, 128, 256, 512).
png2icns "$ROOT/packaging/macos/blogwright.icns" \
        "$ICONS/blogwright-16.png" "$ICONS/blogwright-32.png" "$ICONS/blogwright-48.png" \
        "$ICONS/blogwright-128.png" "$ICONS/blogwright-256.png" "$ICONS/blogwright-512.png" >/dev/null
echo "icons written to $ICONS, $RES, packaging/windows and packaging/macos"
