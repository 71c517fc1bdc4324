# Shared by docs/screenshots/take-*-screenshots.sh, sourced once $server_bin is set: a temporary
# folder $tmp, removed on exit with the server (and an Xvfb whose pid is in $xvfb_pid) stopped;
# start_server; json; staff_token.
tmp=$(mktemp -d)
server_pid=
xvfb_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# Starts the server on $tmp/data with the config $tmp/server.ini (written by the script), port
# 0, TLS off, its log in $tmp/server.log; sets $url and $server_pid, or exits with the log.
start_server() {
    "$server_bin" --data-dir "$tmp/data" --address 127.0.0.1 --port 0 --tls-mode off \
        --config "$tmp/server.ini" >"$tmp/server.log" 2>&1 &
    server_pid=$!
    url=
    for _ in $(seq 1 100); do
        url=$(sed -n 's/.*Tableside Server listening on \(http[^ ]*\).*/\1/p' "$tmp/server.log" | head -n 1)
        [ -n "$url" ] && break
        sleep 0.1
    done
    [ -n "$url" ] || { cat "$tmp/server.log"; echo "server did not start" >&2; exit 1; }
}

# json EXPRESSION: evaluates a Python expression over the JSON on stdin (as d).
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

# staff_token PIN: a staff token for that PIN from the running server.
staff_token() {
    curl -sf -X POST -H 'Content-Type: application/json' -d "{\"pin\":\"$1\"}" \
        "$url/api/staff/login" | json 'd["token"]'
}
