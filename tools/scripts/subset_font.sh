#!/bin/sh
# Regenerates wasm/fonts/NotoSans-vi.ttf: Noto Sans Regular (Debian fonts-noto-core, SIL OFL 1.1)
# cut down to Latin-1, Vietnamese and general punctuation, ₫ and €. The app embeds this file
# as a C array (see wasm/CMakeLists.txt); ImGui's stb_truetype reads none of the dropped tables.
# Needs: apt-get install --no-install-recommends fonttools fonts-noto-core
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out="${1:-$(cd "$here/../.." && pwd)/wasm/fonts/NotoSans-vi.ttf}"
src=/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf

if ! command -v pyftsubset >/dev/null 2>&1; then
    echo "subset_font.sh: pyftsubset not found — install it with: apt-get install fonttools" >&2
    exit 1
fi
if [ ! -f "$src" ]; then
    echo "subset_font.sh: $src not found — install it with: apt-get install fonts-noto-core" >&2
    exit 1
fi

# The ranges must cover what the app asks ImGui for (wasm/src/main.cpp): Vietnamese, the
# General Punctuation block (U+2013 "–", U+2026 "…", quotes) and U+20AB–20AC.
pyftsubset "$src" --output-file="$out" \
    --unicodes="U+0020-00FF,U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+1EA0-1EF9,U+2000-206F,U+20AB-20AC" \
    --layout-features='' --no-hinting --desubroutinize --drop-tables+=GSUB,GPOS,GDEF,kern

echo "subset_font.sh: wrote $out ($(wc -c < "$out") bytes)"
