#!/bin/sh
# Takes the screenshots of issue 18 (device health, escalation) for the README:
#   docs/screenshots/dashboard-devices-{bg,en}.png   the manager's Devices page (one device
#       offline, one muted, response figures, tables for the shift) — by shot_devicespage
#   docs/screenshots/dashboard-escalated-{bg,en}.png a call nobody took, escalated to level 2,
#       on a manager's dashboard (the real binary under Xvfb)
#   docs/screenshots/dashboard-ready-escalated-{bg,en}.png a ready order nobody picked up,
#       escalated to level 2 (managers), its card in the Ready column saying so
# Usage: docs/screenshots/take-service-screenshots.sh [BUILD_DIR]   (default: build)
# Needs: xvfb-run, curl, python3; the build's shot_devicespage target.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
server_bin=$build/app/server/tableside-server
dashboard_bin=$build/app/dashboard/tableside-dashboard
out=$root/docs/screenshots
. "$root/docs/screenshots/lib.sh"

for lang in bg en; do
    QT_QPA_PLATFORM=offscreen "$build/tests/dashboard/shot_devicespage" "$lang" \
        "$out/dashboard-devices-$lang.png" 2>>"$tmp/shot.log"
    echo "saved $out/dashboard-devices-$lang.png"
done

"$server_bin" staff add --data-dir "$tmp/data" --name "Елена" --pin 999900 --role manager >/dev/null
printf "[calls]\nescalateAfterSeconds=1\nmanagerAfterSeconds=2\n[orders]\nreadyEscalateAfterSeconds=1\nreadyManagerAfterSeconds=2\n[guest]\nrequireTableToken=false\n" >"$tmp/server.ini"
start_server
curl -sf -X POST -H 'Content-Type: application/json' -d '{"tableNumber":7,"callType":"help","message":"Още вода"}' \
    "$url/api/waiter-call" >/dev/null
sleep 3 # past both steps: call-escalated level 1 and 2
for lang in bg en; do
    XDG_CONFIG_HOME="$tmp/config-$lang" TABLESIDE_PIN=999900 QT_LOGGING_RULES='*.debug=false' \
        xvfb-run -a -s "-screen 0 1400x900x24" \
        "$dashboard_bin" --server "$url" --lang "$lang" --profile screenshots --window-size 1366x820 \
        --screenshot "$out/dashboard-escalated-$lang.png" --screenshot-delay 1500 2>>"$tmp/dashboard.log"
    echo "saved $out/dashboard-escalated-$lang.png"
done

# A ready order nobody picks up: a guest orders at table 4, the kitchen marks it ready, and
# both escalation steps pass (order-escalated level 1 and 2) before the dashboard starts.
products=$(curl -sf "$url/api/menu" | python3 -c '
import json, sys
menu = json.load(sys.stdin)
ids = [p["id"] for p in menu.get("products", [])]
for c in menu.get("categories", []):
    ids += [p["id"] for p in c.get("products", [])]
print(json.dumps([{"productId": i, "quantity": q} for i, q in zip(ids[:2], (2, 1))]))')
order=$(curl -sf -X POST -H 'Content-Type: application/json' \
    -d "{\"tableNumber\":4,\"items\":$products}" "$url/api/orders/create" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["order"]["id"])')
token=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"pin":"999900"}' \
    "$url/api/staff/login" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
for status in preparing ready; do
    curl -sf -X PATCH -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
        -d "{\"status\":\"$status\"}" "$url/api/orders/$order/status" >/dev/null
done
sleep 3 # past both steps
for lang in bg en; do
    XDG_CONFIG_HOME="$tmp/config-ready-$lang" TABLESIDE_PIN=999900 QT_LOGGING_RULES='*.debug=false' \
        xvfb-run -a -s "-screen 0 1400x900x24" \
        "$dashboard_bin" --server "$url" --lang "$lang" --profile screenshots --window-size 1366x820 \
        --screenshot "$out/dashboard-ready-escalated-$lang.png" --screenshot-delay 1500 2>>"$tmp/dashboard.log"
    echo "saved $out/dashboard-ready-escalated-$lang.png"
done
