#!/usr/bin/env bash
# Start (or stop) a throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks.
#   scripts/throwaway-postgres.sh start DIR [PORT]   -> prints the DATABASE_URL on stdout
#   scripts/throwaway-postgres.sh stop DIR
# initdb refuses to run as root, so as root the cluster runs as the `postgres` user.
set -euo pipefail
action=${1:?start|stop}
dir=${2:?data directory}
port=${3:-54329}

find_bin() {
  local name=$1
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] && [ -x "$found/$name" ] && { echo "$found/$name"; return; }
  echo "PostgreSQL's $name was not found; install the 'postgresql' package" >&2
  exit 1
}

as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
start)
  initdb=$(find_bin initdb)
  pg_ctl=$(find_bin pg_ctl)
  mkdir -p "$dir"
  [ "$(id -u)" = "0" ] && chown postgres: "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    as_owner "$initdb" -D "$dir" -U exportwatch --auth=trust --encoding=UTF8 --no-locale >"$dir.initdb.log" 2>&1 \
      || { cat "$dir.initdb.log" >&2; exit 1; }
  fi
  as_owner "$pg_ctl" -D "$dir" -w -t 60 -l "$dir/server.log" \
    -o "-h 127.0.0.1 -p $port -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  echo "postgresql+asyncpg://exportwatch@127.0.0.1:$port/postgres"
  ;;
stop)
  pg_ctl=$(find_bin pg_ctl)
  [ -f "$dir/postmaster.pid" ] && as_owner "$pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
  ;;
*)
  echo "usage: $0 start|stop DIR [PORT]" >&2
  exit 2
  ;;
esac
