#!/usr/bin/env bash
# A throw-away PostgreSQL server for the server.pg.* tests (the CTest fixture dbi_pg).
#
#   tests/server/pg_cluster.sh start <dir> <port>   initdb in <dir>/data, listen on 127.0.0.1:<port>
#   tests/server/pg_cluster.sh stop  <dir>          stop it and delete <dir>
#
# The cluster trusts connections from 127.0.0.1 only (user "dbi", a superuser) and has no Unix
# socket; the tests create one database per test in it. PostgreSQL refuses to run as root, so
# as root the cluster belongs to the "postgres" user (created by Debian's postgresql package),
# or "nobody" without it. fsync is off: the cluster dies with the test run, and what the tests
# check is the server's transactions, not the disk. Missing binaries are an error, never a skip.
# DBI_PG_BIN may name another PostgreSQL bin folder.
set -euo pipefail

usage() { echo "usage: $0 start <dir> <port> | stop <dir>" >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1
dir=$2

bin=${DBI_PG_BIN:-}
if [ -z "$bin" ]; then
  for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then bin=$candidate; break; fi
  done
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id -u "$owner" >/dev/null 2>&1 || owner=nobody
  as_owner=(runuser -u "$owner" --)
fi

stop_cluster() {
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" stop -D "$dir/data" -m immediate -s >/dev/null 2>&1 || true
  fi
}

case "$cmd" in
  start)
    [ $# -eq 3 ] || usage
    port=$3
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
      echo "pg_cluster: the PostgreSQL server binaries (initdb, pg_ctl) are not installed" \
           "(looked in ${bin:-/usr/lib/postgresql/*/bin}); the server.pg.* tests need them:" \
           "apt-get install postgresql (or run tools/scripts/setup.sh --tests)" >&2
      exit 1
    fi
    # A cluster left by an interrupted run is replaced.
    stop_cluster
    rm -rf "$dir"
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "pg_cluster: port $port on 127.0.0.1 is in use; configure another with" \
           "cmake -DDBI_TEST_PG_PORT=<free port>" >&2
      exit 1
    fi
    mkdir -p "$dir/data"
    chmod 0755 "$dir"
    [ ${#as_owner[@]} -eq 0 ] || chown -R "$owner" "$dir"
    if ! "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U dbi --auth=trust --encoding=UTF8 \
           --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
      echo "pg_cluster: initdb failed:" >&2
      cat "$dir/initdb.log" >&2
      exit 1
    fi
    opts="-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' -c fsync=off"
    opts+=" -c full_page_writes=off -c max_connections=200 -c shared_buffers=32MB"
    if ! "${as_owner[@]}" "$bin/pg_ctl" start -D "$dir/data" -w -t 60 -s -o "$opts" \
           -l "$dir/server.log" >/dev/null; then
      echo "pg_cluster: the PostgreSQL server did not start; its log:" >&2
      cat "$dir/server.log" >&2 || true
      exit 1
    fi
    echo "pg_cluster: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on" \
         "postgresql://dbi@127.0.0.1:$port/postgres (data in $dir/data)"
    ;;
  stop)
    stop_cluster
    rm -rf "$dir"
    ;;
  *) usage ;;
esac
