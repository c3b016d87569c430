#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests, on 127.0.0.1 only, in a
# temporary folder: `start STATE_DIR` initialises and starts it and writes
# STATE_DIR/connection (a libpq string for its superuser, fn_admin);
# `stop STATE_DIR` stops it and removes the folder; `pause STATE_DIR` stops
# it keeping its data, `resume STATE_DIR` starts it again on the same port
# (a server gone in the middle of a night, and back). Used as a CTest fixture
# and by .ci/run, which stops it whatever happened.
set -euo pipefail
action="${1:?start|stop}"
state="${2:?state folder}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "pg_server: PostgreSQL server not installed (apt-get install postgresql-15)" >&2; exit 1; }

# initdb refuses to run as root: the server then runs as the postgres user.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop() {
    [ -f "$state/datadir" ] || return 0
    local data; data="$(cat "$state/datadir")"
    as_owner "$bin/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$data" "$state/datadir" "$state/connection" "$state/port"
}

case "$action" in
start)
    mkdir -p "$state"
    stop  # a server left over from an interrupted run
    data="$(mktemp -d /tmp/fn-pg.XXXXXX)"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
    echo "$data" > "$state/datadir"
    # C collation: ORDER BY and prefix search compare as SQLite does.
    as_owner "$bin/initdb" -D "$data/db" -A trust -U fn_admin -E UTF8 --locale=C >"$data/initdb.log" 2>&1 ||
        { cat "$data/initdb.log" >&2; exit 1; }
    port=""
    # FN_PG_PORT_BASE: a range of its own for a test that stops and starts
    # its server (another server must not take the port while it is down).
    base="${FN_PG_PORT_BASE:-55432}"
    for p in $(seq "$base" $((base + 199))); do
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { port=$p; break; }
    done
    [ -n "$port" ] || { echo "pg_server: no free port" >&2; exit 1; }
    # fsync off: a test server's data is thrown away, and CREATE DATABASE per test is then quick.
    as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $data -F -c max_connections=200" start >/dev/null ||
        { cat "$data/server.log" >&2; exit 1; }
    echo "$port" > "$state/port"
    echo "host=127.0.0.1 port=$port user=fn_admin dbname=postgres" > "$state/connection"
    echo "pg_server: PostgreSQL running on 127.0.0.1:$port"
    ;;
stop) stop ;;
pause)
    data="$(cat "$state/datadir")"
    as_owner "$bin/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null
    ;;
resume)
    data="$(cat "$state/datadir")"; port="$(cat "$state/port")"
    as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $data -F -c max_connections=200" start >/dev/null ||
        { cat "$data/server.log" >&2; exit 1; }
    ;;
*) echo "usage: pg_server.sh start|stop|pause|resume STATE_DIR" >&2; exit 2 ;;
esac
