#!/bin/sh
# Builds the emoji images the app draws post icons with (JavaFX cannot draw colour emoji fonts): every Twemoji
# graphic of emoji-datasource-twitter, scaled to 32 px and cut to 64 colours each (side by side with the
# originals no difference shows at this size, and the set is 2.4 times smaller), concatenated into
# assets/emoji/twemoji-32.pack with its index assets/emoji/twemoji-32.tsv. The generated files are committed,
# so a build needs none of these tools; run this to move to a newer emoji set.
#   needs: npm, python3, mogrify (imagemagick), pngquant
set -eu
VERSION=${1:-16.0.0}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "emoji-datasource-twitter@$VERSION" >/dev/null && tar xzf ./*.tgz)
mkdir "$WORK/32"
(cd "$WORK/package/img/twitter/64" && ls | xargs mogrify -path "$WORK/32" -filter Lanczos -resize 32x32 -strip)
# pngquant leaves a file as it was (exit 99) when 64 colours would not reach its quality floor; none did in 16.0.0.
pngquant 64 --speed 1 --strip --force --ext .png "$WORK"/32/*.png || [ $? -eq 99 ]
python3 "$ROOT/packaging/emoji-pack.py" "$WORK/package" "$WORK/32" "$ROOT/assets/emoji" "$VERSION"
