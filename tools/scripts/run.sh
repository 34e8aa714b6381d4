#!/usr/bin/env bash
# The main job: install, build both trees, then serve the kit and the endpoint on
# http://127.0.0.1:${DBI_PORT:-8080}/ with its data (SQLite) under data/. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/../.."
tools/scripts/setup.sh
tools/scripts/build.sh
mkdir -p data
exec build-native/server-min/dbi-server --site build-wasm/site --data data \
     --host 127.0.0.1 --port "${DBI_PORT:-8080}"
