#!/usr/bin/env bash
# Ranking and position query latency at ROWS enterprises (default 1,000,000) on a new SQLite
# file and on a throw-away PostgreSQL cluster (tests/server/pg_cluster.sh; fsync off, which does
# not matter for reads). Usage: tools/bench/rankings.sh [BUILD_DIR]; env ROWS, QUERIES.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build-native}"
bench="$build/server-min/dbi-bench-rankings"
[[ -x "$bench" ]] || { echo "missing $bench: build the native tree first" >&2; exit 2; }
work="$(mktemp -d /tmp/dbi-bench-rankings-XXXXXX)"
chmod 0755 "$work"  # the cluster runs as the postgres user when this runs as root
port=$(( 24100 + RANDOM % 8000 ))
cleanup() { bash tests/server/pg_cluster.sh stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "== SQLite"
"$bench" --database "$work/rankings.sqlite3" --rows "${ROWS:-1000000}" --queries "${QUERIES:-1000}"
echo "== PostgreSQL"
bash tests/server/pg_cluster.sh start "$work/pg" "$port"
"$bench" --database "postgresql://dbi@127.0.0.1:$port/postgres" --rows "${ROWS:-1000000}" \
         --queries "${QUERIES:-1000}"
