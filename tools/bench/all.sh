#!/usr/bin/env bash
# Every benchmark figure of docs/performance.md, in one command (a few minutes; not a test):
# first-load size, web timings in Chromium, ingest on SQLite and PostgreSQL next to the
# machine's Ed25519 ceiling, and ranking/position queries at a million enterprises.
# Needs both trees built (tools/scripts/build.sh) and the test tools (setup.sh --tests).
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "######## first load (brotli budget 400 KB)"
tools/scripts/web-size.sh
echo "######## web (Chromium headless)"
(cd tests/browser && DBI_SITE_DIR="$PWD/../../build-wasm/site" DBI_NATIVE_BUILD="$PWD/../../build-native" \
   node ../../tools/bench/web.mjs)
echo "######## ingest, SQLite"
tools/bench/ingest.sh
echo "######## ingest, PostgreSQL"
work="$(mktemp -d /tmp/dbi-bench-pg-XXXXXX)"
chmod 0755 "$work"  # the cluster runs as the postgres user when this runs as root
port=$(( 24100 + RANDOM % 8000 ))
trap 'bash tests/server/pg_cluster.sh stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
bash tests/server/pg_cluster.sh start "$work/pg" "$port"
DATABASE="postgresql://dbi@127.0.0.1:$port/postgres" tools/bench/ingest.sh
echo "######## rankings"
tools/bench/rankings.sh
