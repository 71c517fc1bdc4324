#!/bin/sh
# The dashboard on a small tablet's screen as kiosk sessions run it: a bare X server (Xvfb, no
# window manager), `--fullscreen`, the whole screen captured (not only the window):
#   docs/screenshots/dashboard-tablet-1024x600.png   7" landscape: every control on screen
#   docs/screenshots/dashboard-tablet-800x1280.png   portrait: one status column + the switcher
# Usage: docs/screenshots/take-tablet-screenshots.sh [BUILD_DIR]   (default: build)
# Needs: Xvfb (apt-get install xvfb), import (imagemagick), curl, python3.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
server_bin=${SERVER_BIN:-$build/app/server/tableside-server}
dashboard_bin=${DASHBOARD_BIN:-$build/app/dashboard/tableside-dashboard}
out=$root/docs/screenshots
. "$root/docs/screenshots/lib.sh"

"$server_bin" staff add --data-dir "$tmp/data" --name "Мария" --pin 432100 >/dev/null
printf "[orders]\nguestWritesPerMinute=0\ntableOrdersPerMinute=0\ntableCallsPerMinute=0\n[guest]\nrequireTableToken=false\n" >"$tmp/server.ini"
start_server

token=$(staff_token 432100)
order() { # table productId quantity
    curl -sf -X POST -H 'Content-Type: application/json' \
        -d "{\"tableNumber\":$1,\"items\":[{\"productId\":$2,\"quantity\":$3}]}" "$url/api/orders/create" | json 'd["order"]["id"]'
}
status() { curl -sf -X PATCH -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    -d "{\"status\":\"$2\"}" "$url/api/orders/$1/status" >/dev/null; }
order 4 1 2 >/dev/null; order 9 3 1 >/dev/null
o=$(order 7 2 1); status "$o" preparing
o=$(order 12 4 3); status "$o" preparing
o=$(order 2 5 1); status "$o" preparing; status "$o" ready
# An acknowledged call (a card in the calls strip, no popup over the columns).
call=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"tableNumber":3,"callType":"help","message":""}' \
    "$url/api/waiter-call" | json '(d.get("call") or d)["id"]')
curl -sf -X PATCH -H "Authorization: Bearer $token" "$url/api/waiter-call/$call/acknowledge" >/dev/null

shot() { # WIDTHxHEIGHT lang file
    Xvfb :99 -screen 0 "$1x24" -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
    xvfb_pid=$!
    sleep 1
    DISPLAY=:99 XDG_CONFIG_HOME="$tmp/config-$2" TABLESIDE_PIN=432100 QT_LOGGING_RULES='*.debug=false' \
        "$dashboard_bin" --server "$url" --lang "$2" --profile tablet --fullscreen \
        2>>"$tmp/dashboard.log" &
    dashboard_pid=$!
    sleep 5
    import -display :99 -window root "$3"
    kill "$dashboard_pid" 2>/dev/null || true
    wait "$dashboard_pid" 2>/dev/null || true
    kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=
    echo "saved $3"
}
shot 1024x600 bg "$out/dashboard-tablet-1024x600.png"
shot 800x1280 en "$out/dashboard-tablet-800x1280.png"
