#!/usr/bin/env bash
# Lighthouse (mobile, the default form factor) over an exported site served by HTTP on loopback, in the light
# and the dark colour scheme, printing performance / accessibility / best practices / SEO per page.
#
#   bench/lighthouse.sh SITE_DIR [PAGE...]        PAGE paths relative to the site, default: every page kind of
#                                                 issue #21 in the site bench/LighthouseSite.java exports (index,
#                                                 page 2, a post with code, table and images, a page, a category,
#                                                 a tag, the archive, the 404)
#
# Needs Debian's chromium and Node; uses npm's lighthouse 13.5.0 (LIGHTHOUSE=path/to/cli overrides npx).
# Reports go to SITE_DIR/../lighthouse/*.json. Exit 1 when any score is below 100.
set -euo pipefail
site=$(cd "${1:?usage: bench/lighthouse.sh SITE_DIR [PAGE...]}" && pwd)
shift
pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  pages=("" "page/2/" "posts/reading-a-query-plan/" "about/" "categories/devops/" "tags/postgresql/" "archive/"
    "404.html")
fi
out="$site/../lighthouse"
mkdir -p "$out"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
lighthouse=${LIGHTHOUSE:-npx --yes lighthouse@13.5.0}
export CHROME_PATH=${CHROME_PATH:-$(command -v chromium)}
status=0
printf '%-6s %-50s %5s %5s %5s %5s\n' scheme page perf a11y bp seo
for scheme in light dark; do
  extra=""
  # Chromium's own switch for the scheme the page sees as prefers-color-scheme.
  [ "$scheme" = dark ] && extra="--force-dark-mode"
  for page in "${pages[@]}"; do
    name=$(echo "${page:-index}" | tr '/' '_' | sed 's/_$//')
    report="$out/$scheme-$name.json"
    $lighthouse "http://127.0.0.1:$port/$page" --quiet --output=json --output-path="$report" \
      --chrome-flags="--headless --no-sandbox --disable-gpu $extra" >/dev/null 2>&1 || true
    scores=$(python3 - "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["categories"]
print(" ".join(str(round((c[k]["score"] or 0) * 100)) for k in ("performance", "accessibility", "best-practices", "seo")))
for k in ("performance", "accessibility", "best-practices", "seo"):
    for ref in c[k]["auditRefs"]:
        a = r["audits"][ref["id"]]
        if ref["weight"] and a["score"] is not None and a["score"] < 1:
            print("  " + k + ": " + a["id"] + " " + str(a["score"]), file=sys.stderr)
PY
    ) || scores="error"
    # shellcheck disable=SC2086
    printf '%-6s %-50s %5s %5s %5s %5s\n' "$scheme" "/${page}" $scores
    [ "$scores" = "100 100 100 100" ] || status=1
  done
done
exit $status
