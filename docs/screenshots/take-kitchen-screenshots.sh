#!/bin/sh
# Takes the kitchen display screenshots for the README under Xvfb at 1920×1080, against a real
# tableside-server, with ten open orders of mixed ages (green, amber, red, red pulsing):
#   docs/screenshots/kitchen-all-{bg,en}.png      all stations (tiles show every line)
#   docs/screenshots/kitchen-station-{bg,en}.png  --station kitchen (only the kitchen's lines)
# Usage: docs/screenshots/take-kitchen-screenshots.sh [BUILD_DIR]   (default: build)
# Needs: xvfb-run (apt-get install xvfb) and the build's kitchen-seed tool.
#
# Mixed ages: kitchen-seed writes the orders with the server's own Store while the server is
# stopped, its clock set back for each order ("placed 26 minutes ago"): the orders are real
# rows, only their creation times lie in the past. Nothing in the server or the dashboard is
# faked; the dashboard reads them through the normal snapshot.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
server_bin=$build/app/server/tableside-server
dashboard_bin=$build/app/dashboard/tableside-dashboard
seed_bin=$build/bench/kitchen/kitchen-seed
out=$root/docs/screenshots
. "$root/docs/screenshots/lib.sh"

shoot() { # lang station file
    lang=$1; station=$2; file=$3
    rm -rf "$tmp/data" "$tmp/config"
    # Ages in seconds: 4 green (< 5 min), 3 amber (< 10), 2 red, 1 far over (pulsing).
    "$seed_bin" --data-dir "$tmp/data" --lang "$lang" --kitchen-pin 4444 \
        --ages 35,95,170,250,330,410,520,680,840,1560 >/dev/null 2>&1
    printf "[orders]\nguestWritesPerMinute=0\ntableOrdersPerMinute=0\ntableCallsPerMinute=0\n[guest]\nrequireTableToken=false\n" >"$tmp/server.ini"
    start_server
    station_arg=
    [ -n "$station" ] && station_arg="--station $station"
    # shellcheck disable=SC2086
    XDG_CONFIG_HOME="$tmp/config" TABLESIDE_PIN=4444 QT_LOGGING_RULES="*.info=false" \
        xvfb-run -a -s "-screen 0 1920x1080x24" \
        "$dashboard_bin" --kitchen $station_arg --server "$url" --lang "$lang" \
        --screenshot "$out/$file" --screenshot-delay 1500
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=
    echo "saved $out/$file"
}

shoot bg "" kitchen-all-bg.png
shoot en "" kitchen-all-en.png
shoot bg kitchen kitchen-station-bg.png
shoot en kitchen kitchen-station-en.png
