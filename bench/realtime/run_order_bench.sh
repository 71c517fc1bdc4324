#!/bin/sh
# bench_realtime --mode order against the real tableside-server binary: a fresh data folder on
# the real disk (so every order pays its SQLite commit with fsync), limits raised so 1,000
# subscribers from 127.0.0.1 and 20 orders/s from one address are allowed, the server's PID for
# the RSS figures. Prints the machine load with the figures.
#   run_order_bench.sh BUILD_DIR [PORT] [bench_realtime options…]
#   e.g. run_order_bench.sh build-rel 18801 --subscribers 1,100,1000 --events 200 --rate 20
# --mode trigger (given after the others) publishes through the Pusher HTTP API instead of
# creating orders: the fan-out alone, comparable with other Pusher servers.
# FAN_OUT_THREADS=N sets realtime/fanOutThreads (default: the server's own, one per core).
# TLS=on runs the server as deployed (tls/mode=on): subscribers and the HTTP API over TLS on the
# staff port PORT+1, orders in plain HTTP on the guests' PORT; default TLS=off (one plain port).
set -eu
build=${1:?usage: run_order_bench.sh BUILD_DIR [PORT] [bench options]}
port=${2:-18801}
shift
[ $# -gt 0 ] && shift
server="$build/app/server/tableside-server"
bench="$build/bench/realtime/bench_realtime"
data=$(mktemp -d "${BENCH_DATA_PARENT:-/var/tmp}/tableside-bench-XXXXXX")
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$data"
}
trap cleanup EXIT INT TERM

cat >"$data/bench.ini" <<EOF
[server]
maxConnections=5000
[guest]
requireTableToken=false
[orders]
guestWritesPerMinute=0
tableOrdersPerMinute=0
tableCallsPerMinute=0
[realtime]
maxConnections=5000
maxConnectionsPerAddress=5000
${FAN_OUT_THREADS:+fanOutThreads=$FAN_OUT_THREADS}
EOF
ulimit -n 20000 2>/dev/null || true
credentials=$("$server" app-credentials --data-dir "$data" | tail -n 1)
value() { printf '%s' "$credentials" | sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
app_id=$(value appId)
key=$(value key)
secret=$(value secret)

# SERVER_NICE=-10 runs the server above the compilers of a busy build machine (a restaurant's
# server box runs little else); default: same priority as everything else.
tls=${TLS:-off}
staff_port=$port
tls_args="--tls-mode off"
bench_tls="--tls off"
if [ "$tls" = on ]; then
    staff_port=$((port + 1))
    tls_args="--tls-mode on --staff-port $staff_port"
    bench_tls="--tls on --guest-port $port"
fi
# shellcheck disable=SC2086 # tls_args are several words
${SERVER_NICE:+nice -n "$SERVER_NICE"} "$server" --data-dir "$data" --address 127.0.0.1 --port "$port" --config "$data/bench.ini" $tls_args \
    >"$data/server.out" 2>"$data/server.err" &
server_pid=$!
i=0
until grep -q "listening on" "$data/server.out" 2>/dev/null; do
    i=$((i + 1))
    if [ $i -gt 150 ] || ! kill -0 "$server_pid" 2>/dev/null; then
        echo "server did not start:" >&2
        cat "$data/server.out" "$data/server.err" >&2
        exit 1
    fi
    sleep 0.1
done

echo "uptime before: $(uptime)  server nice: ${SERVER_NICE:-0}  fanOutThreads: ${FAN_OUT_THREADS:-auto}  TLS: $tls"
# shellcheck disable=SC2086
"$bench" --port "$staff_port" $bench_tls --app-id "$app_id" --key "$key" --secret "$secret" \
    --server-pid "$server_pid" --mode order "$@"
echo "uptime after: $(uptime)"
# The server's own view: how long its SQLite commits (fsync included) took.
if command -v curl >/dev/null 2>&1; then
    echo "server commit times (cumulative buckets, seconds):"
    scheme=http
    [ "$tls" = on ] && scheme=https
    curl -sk "$scheme://127.0.0.1:$staff_port/metrics" | grep -E '^tableside_db_commit_duration_seconds' || true
fi
