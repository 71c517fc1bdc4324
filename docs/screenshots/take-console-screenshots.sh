#!/bin/sh
# Takes the manager console's screenshots for the README (issue 16) against a real
# tableside-server:
#   docs/screenshots/console-{staff,tables,service,audit,printers,reports}-{bg,en}.png  the console's
#     pages (two configured printers on closed ports: both offline)
#   docs/screenshots/console-pin-{bg,en}.png       a new PIN, shown once
#   docs/screenshots/console-approval-{bg,en}.png  the main window with orders waiting for approval
# Usage: docs/screenshots/take-console-screenshots.sh [BUILD_DIR]   (default: build;
#        OUT_DIR=… to write elsewhere than docs/screenshots)
# Needs: curl, python3; the build's tableside-console-screenshots target.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
server_bin=$build/app/server/tableside-server
shots_bin=$build/tests/dashboard/tableside-console-screenshots
out=${OUT_DIR:-$root/docs/screenshots}
. "$root/docs/screenshots/lib.sh"

"$server_bin" staff add --data-dir "$tmp/data" --name "Мария" --pin 432100 --role manager >/dev/null
"$server_bin" staff add --data-dir "$tmp/data" --name "Иван" --pin 246810 --role waiter >/dev/null
"$server_bin" staff add --data-dir "$tmp/data" --name "Петър" --pin 135791 --role kitchen >/dev/null
closed_port() { python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"; }
printf "[orders]\nguestWritesPerMinute=0\ntableOrdersPerMinute=0\ntableCallsPerMinute=0\n[guest]\nrequireTableToken=false\n" >"$tmp/server.ini"
printf "[printers]\nkitchen\\\\address=127.0.0.1:%s\nkitchen\\\\station=kitchen\nbar\\\\address=127.0.0.1:%s\nbar\\\\station=bar\nbar\\\\codePage=raster\nbar\\\\width=58\nbar\\\\when=start\n" \
    "$(closed_port)" "$(closed_port)" >>"$tmp/server.ini"
start_server
echo "server: $url"

token=$(staff_token 432100)
admin() { curl -sf -X "$1" -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    -d "$3" "$url$2" >/dev/null; }
for t in 1 2 3 4 5 6; do admin PATCH /api/admin/tables/$t '{"area":"Вътре","seats":4}'; done
for t in 7 8 9 10; do admin PATCH /api/admin/tables/$t '{"area":"Тераса","seats":2}'; done
admin PATCH /api/admin/tables/1 '{"name":"До прозореца"}'
admin PATCH /api/admin/tables/12 '{"active":false}'
admin POST /api/admin/tables '{"number":21,"name":"Бар","area":"Бар","seats":6}'
admin POST /api/admin/staff '{"name":"Гергана","role":"waiter"}'
admin PUT /api/admin/service '{"waiterCalls":false,"callsMessage":"Моля, елате на бара","approval":{"enabled":true,"maxOrders":2,"maxEurCents":5000,"windowMinutes":10}}'
for t in 1 1 3 7; do curl -s -o /dev/null "$url/t/$t" || true; done
product=$(curl -sf "$url/api/menu" | json '(d.get("products") or [p for c in d["categories"] for p in c.get("products", [])])[0]["id"]')
order() { curl -sf -X POST -H 'Content-Type: application/json' \
    -d "{\"tableNumber\":$1,\"items\":[{\"productId\":$product,\"quantity\":$2}]}" "$url/api/orders/create" >/dev/null; }
order 4 1; order 4 2; order 4 1; order 6 40   # the third order of table 4 and a big one wait

shot() { # lang
    QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.debug=false' \
        "$shots_bin" "$url" 432100 "$1" "$out" 2>>"$tmp/shots.log" || { cat "$tmp/shots.log"; exit 1; }
}
shot bg
shot en
grep saved "$tmp/shots.log"
