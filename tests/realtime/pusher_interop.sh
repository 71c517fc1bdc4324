#!/bin/sh
# ctest "pusher_interop": installs pusher-js and pusher from npm into the build folder and runs
# pusher_interop.js against the real tableside-server. Exit 77 (= skipped) only when npm cannot
# reach its registry and no earlier install is there.
#   pusher_interop.sh SERVER_BIN PREFIX SCRIPT_DIR
set -u
server_bin=$1
prefix=$2
script_dir=$3
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "SKIP: node/npm are not installed"
    exit 77
fi
if ! npm install --prefix "$prefix" --no-audit --no-fund --no-save pusher-js@8 pusher@5 >"$prefix/npm-install.log" 2>&1; then
    if [ -d "$prefix/node_modules/pusher-js" ] && [ -d "$prefix/node_modules/pusher" ]; then
        echo "npm install failed (see $prefix/npm-install.log); using the packages installed earlier"
    else
        echo "SKIP: npm could not install pusher-js@8 and pusher@5 (registry unreachable?); see $prefix/npm-install.log"
        exit 77
    fi
fi
exec node "$script_dir/pusher_interop.js" "$server_bin" "$prefix"
