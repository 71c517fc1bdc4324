#!/usr/bin/env bash
# Takes the guest page screenshots (phone size, 390×844 at 2×) shown in the README:
#   docs/screenshots/take-guest-screenshots.sh [BUILD_DIR]
# Needs a built tableside-server, Node.js/npm and Debian's chromium (apt-get install chromium);
# playwright-core is installed with npm into BUILD_DIR/guest-browser.
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir="${1:-${TABLESIDE_BUILD_DIR:-build}}"
server="$build_dir/app/server/tableside-server"
if [ ! -x "$server" ]; then
  echo "no $server: build first (cmake --build $build_dir --target tableside-server)" >&2
  exit 2
fi
exec node tests/guest/browser/take-screenshots.js --server "$server" \
  --modules "$build_dir/guest-browser" --out docs/screenshots
