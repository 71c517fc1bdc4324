#!/bin/sh
# Takes the printed-ticket pictures for the README: the real tableside-server (Bulgarian) with
# three printers in its config, fake network printers in tst_printingserver that keep every
# byte, and the ESC/POS stream decoded back and drawn 80 mm (576 dots) wide:
#   docs/screenshots/printing-ticket.png  a kitchen ticket, text mode, CP866
#   docs/screenshots/printing-bill.png    a bill, text mode, Windows-1251
#   docs/screenshots/printing-raster.png  a bar ticket, raster mode (the GS v 0 bitmap itself)
# Usage: docs/screenshots/take-printing-screenshots.sh [BUILD_DIR]   (default: build)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
cmake --build "$build" --target tst_printingserver tableside-server
LANG=bg_BG.UTF-8 LC_ALL=bg_BG.UTF-8 QT_QPA_PLATFORM=offscreen \
    TABLESIDE_SCREENSHOT_DIR="$root/docs/screenshots" \
    "$build/tests/printing/tst_printingserver" managerRoutesBillAndPictures
