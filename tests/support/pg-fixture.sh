#!/usr/bin/env bash
# CTest fixture for the PostgreSQL-backed server tests.
#
#   pg-fixture.sh start STATEDIR   initdb a throw-away cluster under /tmp, start it on 127.0.0.1 with a free
#                                  port (55432 upwards) and write STATEDIR/pg.env
#   pg-fixture.sh stop STATEDIR    stop that cluster (pg_ctl stop -m fast) and delete it
#
# STATEDIR/pg.env holds KEY=VALUE lines (shell-sourceable) read by tierdesk::test::TestServer:
#   TIERDESK_TEST_PG_URL=postgresql://tierdesk@127.0.0.1:PORT/postgres
#   TIERDESK_TEST_PG_DIR=/tmp/tierdesk-pg.XXXXXX        (the cluster folder; data in ./data, log in ./postgres.log)
#   TIERDESK_TEST_PG_PORT=PORT
#   TIERDESK_TEST_PG_SOCKET_DIR=/tmp/tierdesk-pg.XXXXXX (Unix socket folder)
#
# The cluster uses trust authentication and the superuser "tierdesk"; nothing else is created.
# initdb refuses to run as root, so as root every PostgreSQL program runs as the "postgres" user.
# Environment: PG_BINDIR overrides where initdb/pg_ctl/postgres are looked for.
set -euo pipefail

readonly FIRST_PORT=55432
readonly PORT_ATTEMPTS=50
readonly SUPERUSER=tierdesk

die()
{
    echo "pg-fixture: error: $*" >&2
    exit 1
}

note()
{
    echo "pg-fixture: $*"
}

usage()
{
    echo "usage: $0 start|stop STATEDIR" >&2
    exit 2
}

find_bindir()
{
    if [[ -n "${PG_BINDIR:-}" ]]; then
        [[ -x "$PG_BINDIR/initdb" ]] || die "PG_BINDIR=$PG_BINDIR has no initdb"
        echo "$PG_BINDIR"
        return
    fi
    local dir
    # Debian/Ubuntu: /usr/lib/postgresql/<major>/bin, newest major first.
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -rn); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return
        fi
    done
    if command -v pg_config >/dev/null 2>&1; then
        dir=$(pg_config --bindir 2>/dev/null || true)
        if [[ -n "$dir" && -x "$dir/initdb" ]]; then
            echo "$dir"
            return
        fi
    fi
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return
    fi
    die "cannot find the PostgreSQL server programs (initdb, pg_ctl); install postgresql or set PG_BINDIR"
}

is_root()
{
    [[ "$(id -u)" -eq 0 ]]
}

# Runs a PostgreSQL program as the cluster owner: the "postgres" user when we are root, ourselves otherwise.
# Runs from the cluster folder so that a current directory the postgres user cannot read does not matter.
as_owner()
{
    if is_root; then
        (cd "$CLUSTER_DIR" && runuser -u postgres -- "$@")
    else
        (cd "$CLUSTER_DIR" && "$@")
    fi
}

port_in_use()
{
    local port=$1
    if command -v ss >/dev/null 2>&1; then
        ss -ltnH 2>/dev/null | awk '{print $4}' | grep -Eq "[:.]${port}\$" && return 0
        return 1
    fi
    # Fallback: something accepts connections on the port.
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    return 1
}

print_log()
{
    if [[ -s "$LOG_FILE" ]]; then
        echo "----- PostgreSQL server log ($LOG_FILE) -----" >&2
        cat "$LOG_FILE" >&2
        echo "----- end of server log -----" >&2
    else
        echo "(the PostgreSQL server log $LOG_FILE is empty or missing)" >&2
    fi
}

read_state()
{
    local env_file=$1
    CLUSTER_DIR=$(sed -n 's/^TIERDESK_TEST_PG_DIR=//p' "$env_file" | tail -n 1)
}

stop_cluster()
{
    # Expects CLUSTER_DIR. Stops the server if it runs and deletes the folder.
    [[ -n "$CLUSTER_DIR" ]] || return 0
    case "$CLUSTER_DIR" in
    /tmp/tierdesk-pg.*) ;;
    *)
        echo "pg-fixture: warning: not touching '$CLUSTER_DIR': not a folder made by this script" >&2
        return 1
        ;;
    esac
    if [[ ! -d "$CLUSTER_DIR" ]]; then
        note "cluster folder $CLUSTER_DIR is already gone"
        return 0
    fi
    local data_dir="$CLUSTER_DIR/data"
    if [[ -f "$data_dir/postmaster.pid" ]]; then
        if ! as_owner "$BINDIR/pg_ctl" -D "$data_dir" -m fast -w -t 60 stop >/dev/null; then
            echo "pg-fixture: warning: pg_ctl stop failed; killing the postmaster" >&2
            local pid
            pid=$(head -n 1 "$data_dir/postmaster.pid" 2>/dev/null || true)
            [[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null || true
            sleep 1
        fi
    fi
    rm -rf -- "$CLUSTER_DIR"
    note "stopped and removed $CLUSTER_DIR"
}

cmd_start()
{
    local state_dir=$1
    mkdir -p -- "$state_dir"
    state_dir=$(cd "$state_dir" && pwd)
    local env_file="$state_dir/pg.env"

    # A previous run that died before its cleanup: do not leak its server.
    if [[ -f "$env_file" ]]; then
        note "found a stale $env_file; stopping that cluster first"
        read_state "$env_file"
        stop_cluster || true
        rm -f -- "$env_file"
    fi

    if is_root; then
        id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to run initdb as"
        command -v runuser >/dev/null 2>&1 || die "running as root but runuser is missing"
    fi

    CLUSTER_DIR=$(mktemp -d /tmp/tierdesk-pg.XXXXXX)
    LOG_FILE="$CLUSTER_DIR/postgres.log"
    local data_dir="$CLUSTER_DIR/data"
    if is_root; then
        chown postgres: "$CLUSTER_DIR"
    fi
    chmod 700 "$CLUSTER_DIR"
    # From here on, a failure removes the half-made cluster.
    trap 'print_log; stop_cluster >/dev/null 2>&1 || true' ERR

    local locale=C
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
        locale=C.UTF-8
    fi
    local initdb_out
    if ! initdb_out=$(as_owner "$BINDIR/initdb" -D "$data_dir" -A trust -U "$SUPERUSER" -E UTF8 \
        --locale="$locale" --no-instructions 2>&1); then
        echo "$initdb_out" >&2
        trap - ERR
        stop_cluster >/dev/null 2>&1 || true
        die "initdb failed (see above)"
    fi
    as_owner touch "$LOG_FILE"

    local port=$FIRST_PORT attempt started=0
    for ((attempt = 0; attempt < PORT_ATTEMPTS; ++attempt, ++port)); do
        if port_in_use "$port"; then
            continue
        fi
        local log_size
        log_size=$(stat -c %s "$LOG_FILE")
        # Fast, test-only settings: durability does not matter for a throw-away cluster.
        if as_owner "$BINDIR/pg_ctl" -D "$data_dir" -l "$LOG_FILE" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $CLUSTER_DIR -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null 2>&1; then
            started=1
            break
        fi
        # Someone took the port between our check and the bind: try the next one. Anything else is fatal.
        if tail -c +"$((log_size + 1))" "$LOG_FILE" |
            grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets'; then
            note "port $port is taken, trying the next one"
            as_owner "$BINDIR/pg_ctl" -D "$data_dir" -m immediate stop >/dev/null 2>&1 || true
            continue
        fi
        break
    done
    if [[ $started -ne 1 ]]; then
        trap - ERR
        print_log
        stop_cluster >/dev/null 2>&1 || true
        die "could not start PostgreSQL ($BINDIR/postgres) on 127.0.0.1 (last port tried: $port; see the log above)"
    fi

    local ready=0
    for ((attempt = 0; attempt < 60; ++attempt)); do
        if "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" -U "$SUPERUSER" -d postgres -t 2; then
            ready=1
            break
        fi
        sleep 0.5
    done
    if [[ $ready -ne 1 ]]; then
        trap - ERR
        print_log
        stop_cluster >/dev/null 2>&1 || true
        die "PostgreSQL started but does not accept connections on 127.0.0.1:$port"
    fi
    trap - ERR

    local tmp_env="$env_file.tmp.$$"
    {
        echo "TIERDESK_TEST_PG_URL=postgresql://$SUPERUSER@127.0.0.1:$port/postgres"
        echo "TIERDESK_TEST_PG_DIR=$CLUSTER_DIR"
        echo "TIERDESK_TEST_PG_PORT=$port"
        echo "TIERDESK_TEST_PG_SOCKET_DIR=$CLUSTER_DIR"
    } >"$tmp_env"
    mv -f -- "$tmp_env" "$env_file"
    note "PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port (cluster $CLUSTER_DIR)"
    note "wrote $env_file"
}

cmd_stop()
{
    local state_dir=$1
    local env_file="$state_dir/pg.env"
    if [[ ! -f "$env_file" ]]; then
        note "no $env_file: nothing to stop"
        return 0
    fi
    read_state "$env_file"
    LOG_FILE="$CLUSTER_DIR/postgres.log"
    stop_cluster
    rm -f -- "$env_file"
}

[[ $# -eq 2 ]] || usage
CLUSTER_DIR=
LOG_FILE=/dev/null
BINDIR=$(find_bindir)
case "$1" in
start) cmd_start "$2" ;;
stop) cmd_stop "$2" ;;
*) usage ;;
esac
