#!/usr/bin/env bash
# Starts the SPARQL servers `kg push` is tested against, on loopback only,
# each with a fresh database in a temporary directory:
#
#   Oxigraph server (PyPI `oxigraph`)        KG_TEST_OXIGRAPH_URL  (base URL: /query, /update, /store)
#   OpenLink Virtuoso (`virtuoso-opensource`) KG_TEST_VIRTUOSO_URL  (SPARQL endpoint, update rights granted)
#
# Usage, from a bash script:
#
#   source .ci/servers.sh
#   servers_install      # pip / apt-get, when missing
#   servers_start        # exports the variables above; waits (bounded) until each answers
#   trap servers_stop EXIT
#
# or by hand: `.ci/servers.sh start` prints the `export` lines, and
# `.ci/servers.sh stop DIR` stops what a start in DIR began.

SERVERS_OXIGRAPH_PORT="${SERVERS_OXIGRAPH_PORT:-7879}"
SERVERS_VIRTUOSO_HTTP_PORT="${SERVERS_VIRTUOSO_HTTP_PORT:-8890}"
SERVERS_VIRTUOSO_SQL_PORT="${SERVERS_VIRTUOSO_SQL_PORT:-1111}"
# Seconds each server gets to answer before the script gives up.
SERVERS_WAIT_SECONDS="${SERVERS_WAIT_SECONDS:-90}"

servers_install() {
    if ! command -v oxigraph >/dev/null 2>&1; then
        python3 -m pip install --quiet oxigraph
    fi
    if ! command -v virtuoso-t >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null
    fi
}

# Polls URL until it answers (any HTTP status) or the wait runs out.
servers_wait_for() {
    local name="$1" url="$2" waited=0
    until python3 - "$url" <<'EOF' 2>/dev/null
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1], timeout=2)
except urllib.error.HTTPError:
    pass
EOF
    do
        waited=$((waited + 1))
        if [ "$waited" -ge "$SERVERS_WAIT_SECONDS" ]; then
            echo "servers.sh: $name did not answer at $url within ${SERVERS_WAIT_SECONDS}s" >&2
            return 1
        fi
        sleep 1
    done
}

servers_start() {
    SERVERS_DIR="$(mktemp -d "${TMPDIR:-/tmp}/kg-servers.XXXXXX")"
    export SERVERS_DIR

    oxigraph serve --location "$SERVERS_DIR/oxigraph" --bind "127.0.0.1:$SERVERS_OXIGRAPH_PORT" \
        >"$SERVERS_DIR/oxigraph.log" 2>&1 &
    echo $! >"$SERVERS_DIR/oxigraph.pid"
    servers_wait_for "oxigraph server" "http://127.0.0.1:$SERVERS_OXIGRAPH_PORT/query?query=ASK%7B%7D" || return 1
    export KG_TEST_OXIGRAPH_URL="http://127.0.0.1:$SERVERS_OXIGRAPH_PORT"

    if command -v virtuoso-t >/dev/null 2>&1; then
        local db="$SERVERS_DIR/virtuoso"
        mkdir -p "$db"
        cat >"$db/virtuoso.ini" <<EOF
[Database]
DatabaseFile    = $db/virtuoso.db
ErrorLogFile    = $db/virtuoso.log
LockFile        = $db/virtuoso.lck
TransactionFile = $db/virtuoso.trx
xa_persistent_file = $db/virtuoso.pxa
TempStorage     = TempDatabase
[TempDatabase]
DatabaseFile    = $db/virtuoso-temp.db
TransactionFile = $db/virtuoso-temp.trx
[Parameters]
ServerPort        = 127.0.0.1:$SERVERS_VIRTUOSO_SQL_PORT
DisableUnixSocket = 1
NumberOfBuffers   = 10000
MaxDirtyBuffers   = 6000
DirsAllowed       = ., $db
VADInstallDir     = /usr/share/virtuoso-opensource-7/vad/
[HTTPServer]
ServerPort           = 127.0.0.1:$SERVERS_VIRTUOSO_HTTP_PORT
ServerRoot           = /var/lib/virtuoso-opensource-7/vsp
ServerThreads        = 10
MaxClientConnections = 10
Charset              = UTF-8
[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 60
EOF
        # +foreground keeps it our child, so the trap can stop it by its pid.
        (cd "$db" && exec virtuoso-t +configfile "$db/virtuoso.ini" +foreground) \
            >"$SERVERS_DIR/virtuoso.out" 2>&1 &
        echo $! >"$SERVERS_DIR/virtuoso.pid"
        servers_wait_for "virtuoso" "http://127.0.0.1:$SERVERS_VIRTUOSO_HTTP_PORT/sparql?query=ASK%7B%7D" || return 1
        # The anonymous SPARQL user may read only; give it update rights
        # (for /sparql and /sparql-graph-crud) in this throwaway database.
        isql-vt "127.0.0.1:$SERVERS_VIRTUOSO_SQL_PORT" dba dba \
            exec='GRANT SPARQL_UPDATE TO "SPARQL";' >"$SERVERS_DIR/virtuoso-grant.log" 2>&1 || {
            echo "servers.sh: granting SPARQL_UPDATE in virtuoso failed:" >&2
            cat "$SERVERS_DIR/virtuoso-grant.log" >&2
            return 1
        }
        export KG_TEST_VIRTUOSO_URL="http://127.0.0.1:$SERVERS_VIRTUOSO_HTTP_PORT/sparql"
    fi
}

servers_stop() {
    local dir="${1:-${SERVERS_DIR:-}}" pidfile pid waited
    [ -n "$dir" ] && [ -d "$dir" ] || return 0
    for pidfile in "$dir"/*.pid; do
        [ -f "$pidfile" ] || continue
        pid="$(cat "$pidfile")"
        kill "$pid" 2>/dev/null || continue
        waited=0
        while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 30 ]; do
            sleep 1
            waited=$((waited + 1))
        done
        kill -9 "$pid" 2>/dev/null || true
    done
    rm -rf "$dir"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    case "${1:-}" in
        start)
            servers_install
            servers_start
            echo "export SERVERS_DIR=$SERVERS_DIR"
            echo "export KG_TEST_OXIGRAPH_URL=$KG_TEST_OXIGRAPH_URL"
            [ -n "${KG_TEST_VIRTUOSO_URL:-}" ] && echo "export KG_TEST_VIRTUOSO_URL=$KG_TEST_VIRTUOSO_URL"
            ;;
        stop) servers_stop "${2:?usage: servers.sh stop DIR}" ;;
        *) echo "usage: servers.sh start | stop DIR" >&2; exit 2 ;;
    esac
fi
