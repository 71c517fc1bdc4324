#!/bin/sh
# Takes the bill screenshots for the README (issue 15) against a real tableside-server:
#   docs/screenshots/dashboard-tables-{bg,en}.png  the tables tab: areas, tiles in mixed states
#   docs/screenshots/dashboard-bill-{bg,en}.png    an open bill (cash tendered, change)
#   docs/screenshots/bill-pdf-{bg,en}.png          the printed bill (PDF rendered at 150 dpi)
# Usage: docs/screenshots/take-bill-screenshots.sh [BUILD_DIR]   (default: build)
# Needs: curl, python3, pdftoppm (poppler-utils); the build's tableside-bill-screenshots target.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
server_bin=$build/app/server/tableside-server
shots_bin=$build/tests/dashboard/tableside-bill-screenshots
out=$root/docs/screenshots
. "$root/docs/screenshots/lib.sh"

"$server_bin" staff add --data-dir "$tmp/data" --name "Мария" --pin 432100 --role manager >/dev/null
printf "[orders]\nguestWritesPerMinute=0\ntableOrdersPerMinute=0\ntableCallsPerMinute=0\n[guest]\nrequireTableToken=false\n" >"$tmp/server.ini"
start_server
echo "server: $url"

token=$(staff_token 432100)
auth="Authorization: Bearer $token"
# Areas, as a manager sets them in the console (skipped quietly on a server without the route).
area() { curl -s -o /dev/null -X PATCH -H 'Content-Type: application/json' -H "$auth" \
    -d "{\"area\":\"$2\"}" "$url/api/admin/tables/$1" || true; }
for t in 1 2 3 4 5 6; do area $t "Вътре"; done
for t in 7 8 9 10 11 12; do area $t "Тераса"; done
products=$(curl -sf "$url/api/menu" | json '" ".join(str(p["id"]) for p in (d.get("products") or [q for c in d["categories"] for q in c.get("products", [])]) if p.get("isAvailable", True))')
product() { echo "$products" | tr ' ' '\n' | sed -n "${1}p"; }
order() { # table "productIndex:qty:notes" ...
    table=$1; shift
    items=
    for spec in "$@"; do
        idx=${spec%%:*}; rest=${spec#*:}; qty=${rest%%:*}; notes=${rest#*:}
        items="$items{\"productId\":$(product "$idx"),\"quantity\":$qty,\"notes\":\"$notes\"},"
    done
    curl -sf -X POST -H 'Content-Type: application/json' \
        -d "{\"tableNumber\":$table,\"items\":[${items%,}]}" "$url/api/orders/create" | json 'd["order"]["id"]'
}
status() { curl -sf -X PATCH -H 'Content-Type: application/json' -H "$auth" \
    -d "{\"status\":\"$2\"}" "$url/api/orders/$1/status" >/dev/null; }
call() { curl -sf -X POST -H 'Content-Type: application/json' -d "{\"tableNumber\":$1,\"callType\":\"$2\"}" \
    "$url/api/waiter-call" >/dev/null; }
pay() { curl -sf -X POST -H 'Content-Type: application/json' -H "$auth" -d "$2" "$url/api/tables/$1/payments" >/dev/null; }

order 2 "1:2:" "3:1:без захар" >/dev/null                     # open tab
o4=$(order 4 "1:2:без лук" "2:1:" "5:2:"); order 4 "6:1:" "3:1:" >/dev/null   # the bill we open
pay 4 "{\"method\":\"card\",\"items\":[{\"orderId\":\"$o4\",\"itemId\":1,\"quantity\":1}]}"  # one item paid
o3=$(order 3 "4:1:"); status "$o3" preparing; status "$o3" ready   # order waiting
order 8 "7:2:" "8:1:" >/dev/null; call 8 payment_card               # bill requested
order 9 "2:1:" >/dev/null; call 9 help                              # call waiting
order 11 "3:2:" >/dev/null; pay 11 '{"method":"cash"}'              # paid recently
order 5 "1:1:" "2:2:" >/dev/null; pay 5 '{"method":"card","parts":2}'  # half of a split paid

shot() { # lang
    QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.debug=false' \
        "$shots_bin" "$url" 432100 "$1" 4 "$tmp" 2>>"$tmp/shots.log" || { cat "$tmp/shots.log"; exit 1; }
    cp "$tmp/dashboard-tables-$1.png" "$tmp/dashboard-bill-$1.png" "$out/"
    pdftoppm -png -r 150 -singlefile "$tmp/bill-$1.pdf" "$out/bill-pdf-$1"
    echo "saved $out/dashboard-tables-$1.png $out/dashboard-bill-$1.png $out/bill-pdf-$1.png"
}
shot bg
shot en
