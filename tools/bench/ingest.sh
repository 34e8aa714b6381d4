#!/usr/bin/env bash
# Ingest benchmark: starts dbi-server on a throw-away data folder on 127.0.0.1, then measures
# verified + re-scored + committed submissions per second and latency:
#   1. at a fixed rate (default 500/s for 10 s: p50/p99 at that rate),
#   2. as fast as possible (closed loop: the ingest ceiling).
# Usage: tools/bench/ingest.sh [BUILD_DIR] ; env RATE, SECONDS_RUN, CONNECTIONS, SYNC (normal|full),
#        DATABASE (a postgresql:// URI of an empty database; default: SQLite in the folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build-native}"
server="$build/server-min/dbi-server"
bench="$build/server-min/dbi-bench-ingest"
for f in "$server" "$bench"; do
  [[ -x "$f" ]] || { echo "missing $f: build the native tree first" >&2; exit 2; }
done
data="$(mktemp -d /tmp/dbi-bench-XXXXXX)"
port=$(( 20000 + RANDOM % 20000 ))
database=(--sync "${SYNC:-normal}")
[ -n "${DATABASE:-}" ] && database=(--database "$DATABASE")
"$server" --data "$data" --indices indices --host 127.0.0.1 --port "$port" \
          "${database[@]}" > "$data/server.log" 2>&1 &
pid=$!
cleanup() { kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
for _ in $(seq 50); do
  curl -fs "http://127.0.0.1:$port/api/v1/health" > /dev/null 2>&1 && break
  sleep 0.1
done
storage="sqlite synchronous=${SYNC:-normal}"
[ -n "${DATABASE:-}" ] && storage="postgresql"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $storage"
echo "== fixed rate"
"$bench" --port "$port" --indices indices --rate "${RATE:-500}" --seconds "${SECONDS_RUN:-10}" \
         --connections "${CONNECTIONS:-32}" || true
echo "== maximum"
"$bench" --port "$port" --indices indices --rate 0 --seconds "${SECONDS_RUN:-10}" \
         --connections "${CONNECTIONS:-32}" || true
if [ -z "${DATABASE:-}" ]; then
  echo "== database: $(du -h "$data/dbi.sqlite3" "$data/dbi.sqlite3-wal" 2>/dev/null | awk '{print $2": "$1}' | xargs)"
fi
