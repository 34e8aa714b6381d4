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

# Fetched on every first load (web/index.html and web/boot.js). The large and group indices
# are fetched only when that index set is chosen, so they are not part of the first load.
files=(index.html app.css boot.js mirror.js index.js index.wasm
       indices/vn.mic.1970-2021.sme.json
       indices/reference/vn.gov.provinces-2025.json
       indices/reference/vn.gso.vsic-2018.sections.json
       indices/reference/vn.gov.decree80-2021.size-classes.json
       indices/reference/vn.mic.377-2021.smedx.json
       indices/trust/trust.json
       indices/trust/root.pub.json)

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
