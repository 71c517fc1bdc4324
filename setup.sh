#!/usr/bin/env bash
# Tableside set-up on a fresh Debian 12 machine: installs what is missing, builds, then runs.
#   ./setup.sh run    builds and runs the system (server + one dashboard, embedded SQLite)
#   ./setup.sh test   builds and runs every test (CTest's summary line ends the output)
#   ./setup.sh fuzz   installs clang and libFuzzer, then fuzzes every target for FUZZ_SECONDS
#                     each (default 600) in build-fuzz (bench/fuzz/run_fuzz.sh)
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-}"
case "$mode" in
  run|test|fuzz) ;;
  *) echo "usage: ./setup.sh run|test|fuzz" >&2; exit 2 ;;
esac

# Build and run-time packages. libqt6sql6-sqlite is only a Recommends and qt6-httpserver-dev
# does not pull qt6-websockets-dev, so both are listed (see docs/development.md).
packages=(cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qt6-multimedia-dev qt6-tools-dev
  qt6-l10n-tools qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libsqlite3-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins libqrencode-dev libssl-dev zlib1g-dev
  gstreamer1.0-plugins-good fonts-dejavu-core qt6-translations-l10n
  # pg_dump/pg_restore: backups of a PostgreSQL database (issue 21, docs/backups.md).
  postgresql-client-15)
if [ "$mode" = test ]; then
  # Test-only tools: X server for screenshots, QR decoding, browser tests, package checks.
  packages+=(xvfb xauth zbar-tools poppler-utils chromium dpkg-dev fakeroot file lintian
    desktop-file-utils curl python3)
  # PostgreSQL back end (issue 21): the tests start a throw-away cluster of their own
  # (tests/common/postgrescluster.h); the package's system cluster is never used.
  packages+=(postgresql-15)
  # docs/scale-out.md's HAProxy configuration is run in front of two instances
  # (tests/server/tst_scaleoutrecipe.cpp); only the binary is used, never the system service.
  packages+=(haproxy)
  # Node may come from another source than Debian (it brings its own npm): only add Debian's when
  # there is none, so an existing installation is never replaced.
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi
if [ "$mode" = fuzz ]; then
  # clang with libFuzzer and the sanitizer runtimes; only this mode needs them.
  packages+=(clang-14 libclang-rt-14-dev)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "Installing: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if [ "$mode" = fuzz ]; then
  exec bench/fuzz/run_fuzz.sh all "${FUZZ_SECONDS:-600}"
fi

build_dir="${TABLESIDE_BUILD_DIR:-build}"
# Release: optimised like the packages, and without debug info it compiles in about half the
# time of RelWithDebInfo (measured: a QHttpServer controller 23 s → 14 s on this machine).
build_type="${CMAKE_BUILD_TYPE:-Release}"
launcher=()
if command -v ccache >/dev/null 2>&1; then
  # Re-builds from another clone of the tree hit the same cache.
  export CCACHE_BASEDIR="$PWD"
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"

if [ "$mode" = test ]; then
  export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
  cd "$build_dir"
  exec ctest --output-on-failure --timeout 600 -j "$(nproc)"
fi

# Run: the server in the background, then a dashboard against it; closing the dashboard stops both.
data_dir="${TABLESIDE_DATA_DIR:-$HOME/.local/share/tableside-dev}"
mkdir -p "$data_dir"
# Guests on plain http (port 8080), staff on https/wss (8443) with the server's own certificate;
# the dashboard pins that certificate's fingerprint up front (it would trust it on first use too).
server="$build_dir/app/server/tableside-server"
staff_port="${TABLESIDE_STAFF_PORT:-8443}"
fingerprint=$("$server" fingerprint --data-dir "$data_dir")
"$server" --data-dir "$data_dir" --port "${TABLESIDE_PORT:-8080}" --staff-port "$staff_port" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
sleep 1
"$build_dir/app/dashboard/tableside-dashboard" --server "https://localhost:$staff_port" \
  --fingerprint "$fingerprint"
