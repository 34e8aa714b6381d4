#!/usr/bin/env bash
# Reports the size of the browser app's first load — what a visitor's browser fetches before
# the first screen is usable: the page, its CSS and scripts, index.js + index.wasm (the font is
# embedded in the wasm), the SME index and the reference files — raw, gzip -9 and brotli -q 11,
# and checks the total against the budget of issue 4 (400 KB brotli = 409,600 bytes).
#   tools/scripts/web-size.sh [SITE_DIR]     (default: build-wasm/site)
# Exit code: 0 within budget, 1 over budget, 2 a file or a tool is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
site=${1:-build-wasm/site}
budget=409600

for tool in gzip brotli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "web-size.sh: $tool not found — install it with: apt-get install $tool" >&2
        exit 2
    fi
done

# Fetched on every first load: the page, what it links (code has content-hashed names, so
# they are read from the built index.html), the wasm file the app's glue names, and the data
# files boot.js fetches at start. The large and group indices are fetched only when that index
# set is chosen; the service worker's precache of the rest of the kit happens in the
# background after the first screen, so neither is part of the first load.
[ -f "$site/index.html" ] || { echo "web-size.sh: $site/index.html missing — build the wasm tree first" >&2; exit 2; }
linked=$(grep -oE '(src|href)="[^"]+\.(js|css)"' "$site/index.html" | sed -E 's/^[a-z]+="(.*)"$/\1/')
app_js=$(printf '%s\n' $linked | grep -E '^index\.' || true)
wasm=$( [ -n "$app_js" ] && grep -oE '"index\.[0-9a-f]+\.wasm"' "$site/$app_js" | head -1 | tr -d '"' || true)
files=(index.html $linked $wasm
       indices/vn.mic.1970-2021.sme.json
       indices/reference/vn.gov.provinces-2025.json
       indices/reference/vn.gso.vsic-2018.sections.json
       indices/reference/vn.gov.decree80-2021.size-classes.json
       indices/reference/vn.mic.377-2021.smedx.json
       indices/trust/trust.json
       indices/trust/root.pub.json
       sw.js)
[ -n "$wasm" ] || { echo "web-size.sh: the app's wasm file is not named in $site/$app_js" >&2; exit 2; }

printf '%-58s %10s %10s %10s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
for f in "${files[@]}"; do
    path="$site/$f"
    if [ ! -f "$path" ]; then
        echo "web-size.sh: $path missing — build the wasm tree first" >&2
        exit 2
    fi
    raw=$(wc -c < "$path")
    gz=$(gzip -9 -c "$path" | wc -c)
    br=$(brotli -q 11 -c "$path" | wc -c)
    printf '%-58s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
done
printf '%-58s %10d %10d %10d\n' "first load, total" "$total_raw" "$total_gz" "$total_br"
if [ "$total_br" -gt "$budget" ]; then
    echo "web-size.sh: OVER BUDGET: $total_br bytes brotli > $budget" >&2
    exit 1
fi
echo "web-size.sh: within budget ($total_br of $budget bytes brotli)"
