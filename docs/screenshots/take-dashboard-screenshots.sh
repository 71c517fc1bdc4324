#!/bin/sh
# Takes the dashboard screenshots for the README under Xvfb, against a real tableside-server:
#   docs/screenshots/dashboard-main-{bg,en}.png  orders in every column, an acknowledged call
#   docs/screenshots/dashboard-call-{bg,en}.png  the red urgent waiter-call popup on top
# Usage: docs/screenshots/take-dashboard-screenshots.sh [BUILD_DIR]   (default: build)
# Needs: xvfb-run (apt-get install xvfb), curl, python3.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
server_bin=$build/app/server/tableside-server
dashboard_bin=$build/app/dashboard/tableside-dashboard
out=$root/docs/screenshots
. "$root/docs/screenshots/lib.sh"

"$server_bin" staff add --data-dir "$tmp/data" --name "Мария" --pin 432100 >/dev/null
"$server_bin" staff add --data-dir "$tmp/data" --name "Иван" --pin 876500 >/dev/null
printf "[orders]\nguestWritesPerMinute=0\ntableOrdersPerMinute=0\ntableCallsPerMinute=0\n[guest]\nrequireTableToken=false\n" >"$tmp/server.ini"
start_server
echo "server: $url"

token=$(staff_token 876500)
products=$(curl -sf "$url/api/menu" | json '" ".join(str(p["id"]) for p in (d.get("products") or [q for c in d["categories"] for q in c.get("products", [])]) if p.get("isAvailable", True))')
product() { echo "$products" | tr ' ' '\n' | sed -n "${1}p"; }
order() { # table "productIndex:qty:notes" ...
    table=$1; shift
    items=
    for spec in "$@"; do
        idx=${spec%%:*}; rest=${spec#*:}; qty=${rest%%:*}; notes=${rest#*:}
        pid=$(product "$idx")
        items="$items{\"productId\":$pid,\"quantity\":$qty,\"notes\":\"$notes\"},"
    done
    curl -sf -X POST -H 'Content-Type: application/json' \
        -d "{\"tableNumber\":$table,\"items\":[${items%,}]}" "$url/api/orders/create" | json 'd["order"]["id"]'
}
status() { curl -sf -X PATCH -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    -d "{\"status\":\"$2\"}" "$url/api/orders/$1/status" >/dev/null; }
o1=$(order 4 "1:2:" "3:1:без захар")
o2=$(order 7 "2:1:" "5:2:" "6:1:")
o3=$(order 12 "4:3:с лед")
o4=$(order 2 "1:1:" "2:1:")
o5=$(order 9 "7:2:" "8:1:без лук")
o6=$(order 15 "3:1:")
status "$o2" preparing; status "$o3" preparing
status "$o4" preparing; status "$o4" ready
status "$o6" preparing; status "$o6" ready; status "$o6" completed
call=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"tableNumber":3,"callType":"help","message":"Още салфетки"}' \
    "$url/api/waiter-call" | json '(d.get("call") or d)["id"]')
curl -sf -X PATCH -H "Authorization: Bearer $token" "$url/api/waiter-call/$call/acknowledge" >/dev/null

shot() { # lang file
    XDG_CONFIG_HOME="$tmp/config-$1" TABLESIDE_PIN=432100 QT_LOGGING_RULES='*.debug=false' \
        xvfb-run -a -s "-screen 0 1400x900x24" \
        "$dashboard_bin" --server "$url" --lang "$1" --profile screenshots --window-size 1366x820 \
        --screenshot "$2" --screenshot-delay 1200 2>>"$tmp/dashboard.log"
    echo "saved $2"
}
shot bg "$out/dashboard-main-bg.png"
shot en "$out/dashboard-main-en.png"

# An urgent call nobody has acknowledged yet: the red popup.
curl -sf -X POST -H 'Content-Type: application/json' -d '{"tableNumber":7,"callType":"payment_card"}' \
    "$url/api/waiter-call" >/dev/null
shot bg "$out/dashboard-call-bg.png"
shot en "$out/dashboard-call-en.png"
