#!/bin/bash
# End-to-end test of the Debian packages, as a restaurant owner would use them:
#   build the .debs with cpack (from the already-built tree) → static checks (contents, Depends,
#   lintian, desktop-file-validate) → dpkg -i → installed files, user, data folder, first-start
#   PIN → run the INSTALLED server on a free port with a temporary data folder and create a staff
#   account and an order through its API → reinstall (data kept) → remove (data kept) → purge
#   (nothing left).
#
# Usage: test-debian-packages.sh BUILD_DIR SOURCE_DIR
# It installs system packages, so it only runs when CI=true and as root; otherwise it exits 77,
# which ctest reports as "Skipped".
set -euo pipefail

SKIP=77
build_dir=$(realpath "${1:?usage: $0 BUILD_DIR SOURCE_DIR}")
source_dir=$(realpath "${2:?usage: $0 BUILD_DIR SOURCE_DIR}")
packages=(tableside-server tableside-dashboard)

step() { printf '\n=== [%3ds] %s\n' "$SECONDS" "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
skip() { printf 'SKIP: %s\n' "$*"; exit "$SKIP"; }

if [ "${CI:-}" != true ]; then
    skip "installs and purges system packages; runs only with CI=true (and as root)"
fi
if [ "$(id -u)" -ne 0 ]; then
    skip "must run as root to install packages (dpkg -i)"
fi
for tool in cpack dpkg dpkg-deb dpkg-shlibdeps fakeroot file; do
    command -v "$tool" >/dev/null || fail "$tool is missing (setup.sh installs dpkg-dev, fakeroot, file)"
done
# Never touch a machine that already has Tableside installed or data in its place: purging at
# the end would delete a real restaurant's orders.
for p in "${packages[@]}"; do
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "installed"; then
        skip "$p is already installed on this machine; not touching it"
    fi
done
if [ -e /var/lib/tableside ] || [ -e /etc/tableside ] || getent passwd tableside >/dev/null; then
    skip "/var/lib/tableside, /etc/tableside or the user tableside already exist; not touching them"
fi
export DEBIAN_FRONTEND=noninteractive
# Checking tools (setup.sh lists them for tests; installed here if a machine lacks one).
missing=()
for pair in lintian:lintian desktop-file-validate:desktop-file-utils curl:curl python3:python3; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
    step "installing ${missing[*]}"
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } \
        || fail "could not install ${missing[*]}"
fi

work=$(mktemp -d /tmp/tableside-packaging.XXXXXX)
chmod 0755 "$work"
server_pid=
lintian_pid=
cleanup() {
    local status=$?
    if [ -n "$server_pid" ]; then kill -KILL "$server_pid" 2>/dev/null || true; fi
    if [ -n "$lintian_pid" ]; then kill "$lintian_pid" 2>/dev/null || true; wait "$lintian_pid" 2>/dev/null || true; fi
    # Leave the machine as it was, even after a failure.
    dpkg --purge "${packages[@]}" >/dev/null 2>&1 || true
    # The user did not exist before this test (checked above): never leave it behind.
    if getent passwd tableside >/dev/null; then deluser --system --quiet tableside || true; fi
    if getent group tableside >/dev/null; then delgroup --system --quiet tableside || true; fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------
step "building the packages with cpack"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/packages" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
arch=$(dpkg --print-architecture)
server_deb="$work/packages/tableside-server_${version}_${arch}.deb"
dashboard_deb="$work/packages/tableside-dashboard_${version}_${arch}.deb"
[ -f "$server_deb" ] || fail "no $server_deb (cpack made: $(ls "$work/packages"))"
[ -f "$dashboard_deb" ] || fail "no $dashboard_deb"
ls -l "$work/packages"/*.deb

# ---------------------------------------------------------------------------------------------
step "package metadata and dependencies (dpkg-deb -I)"
check_depends() { # deb, required packages...
    local deb=$1; shift
    local depends
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "$(basename "$deb"): Depends: $depends"
    for required in "$@"; do
        # A whole package name in the comma-separated list, with or without a version.
        echo ", $depends," | grep -Eq "[ ,]$required( \([^)]*\))?," \
            || fail "$(basename "$deb") does not depend on $required"
    done
}
check_depends "$server_deb" adduser libqt6sql6-sqlite qt6-qpa-plugins fonts-dejavu-core libc6 \
    libqt6core6 libqt6httpserver6 libqt6sql6 libqt6websockets6 libqt6network6
check_depends "$dashboard_deb" qt6-qpa-plugins gstreamer1.0-plugins-good libqt6svg6 qt6-translations-l10n libc6 \
    libqt6widgets6 libqt6multimedia6 libqt6websockets6 libqt6charts6
# PostgreSQL (issue 21): the driver and pg_dump/pg_restore, recommended.
server_recommends=$(dpkg-deb -f "$server_deb" Recommends)
for recommended in libqt6sql6-psql postgresql-client-15; do
    echo ", $server_recommends," | grep -Eq "[ ,]$recommended( \([^)]*\))?," \
        || fail "tableside-server does not recommend $recommended (Recommends: $server_recommends)"
done
[ "$(dpkg-deb -f "$server_deb" Version)" = "$version" ] || fail "server version"
[ "$(dpkg-deb -f "$dashboard_deb" Version)" = "$version" ] || fail "dashboard version"
[ "$(dpkg-deb --info "$server_deb" conffiles)" = "/etc/tableside/server.conf" ] \
    || fail "conffiles must list exactly /etc/tableside/server.conf"

# lintian takes half a minute: it runs in the background while the packages are installed and
# used, and its verdict is read before the purge.
lintian "$server_deb" "$dashboard_deb" >"$work/lintian.log" 2>&1 &
lintian_pid=$!

# ---------------------------------------------------------------------------------------------
step "dpkg -i (first installation)"
dpkg -i "$server_deb" "$dashboard_deb" >"$work/install1.log" 2>&1 \
    || { cat "$work/install1.log"; fail "dpkg -i failed (are the run-time packages installed?)"; }
cat "$work/install1.log"
for p in "${packages[@]}"; do
    [ "$(dpkg-query -W -f='${Status}' "$p")" = "install ok installed" ] || fail "$p not installed"
done
grep -Eq 'First start: staff PIN for ".+" is [0-9]{4,}' "$work/install1.log" \
    || fail "postinst did not print the first-start PIN"
grep -Eq 'https?://[^ ]+:[0-9]+/' "$work/install1.log" || fail "postinst did not print a LAN URL"

step "installed files (dpkg -L)"
# (dpkg -L puts a blank line between packages.)
dpkg -L tableside-server tableside-dashboard | grep -v '^$' >"$work/files.txt"
for f in /usr/bin/tableside-server /etc/tableside/server.conf \
        /lib/systemd/system/tableside-server.service /usr/share/man/man1/tableside-server.1.gz \
        /usr/share/doc/tableside-server/copyright /usr/share/doc/tableside-server/changelog.gz \
        /usr/bin/tableside-dashboard /usr/share/applications/tableside-dashboard.desktop \
        /usr/share/icons/hicolor/scalable/apps/tableside.svg \
        /usr/share/icons/hicolor/16x16/apps/tableside.png \
        /usr/share/icons/hicolor/256x256/apps/tableside.png \
        /usr/lib/systemd/user/tableside-kitchen.service \
        /usr/share/doc/tableside-dashboard/examples/tableside-kitchen.desktop \
        /usr/share/man/man1/tableside-dashboard.1.gz; do
    grep -qx "$f" "$work/files.txt" || fail "$f is not in the packages"
    [ -e "$f" ] || fail "$f is not installed"
done
# Every regular file the packages list exists on disk.
while read -r f; do
    [ -e "$f" ] || fail "dpkg -L lists $f, which does not exist"
done <"$work/files.txt"
[ "$(dpkg-query -W -f='${Conffiles}' tableside-server | awk 'NF {print $1}')" \
    = "/etc/tableside/server.conf" ] || fail "server.conf is not a registered conffile"
for bin in /usr/bin/tableside-server /usr/bin/tableside-dashboard; do
    if ldd "$bin" | grep -q 'not found'; then ldd "$bin"; fail "$bin has missing libraries"; fi
done
# Both installed programs start with the installed libraries and plugins (the dashboard creates
# its QApplication, so the platform plugin loads) and report the packaged version.
for bin in tableside-server tableside-dashboard; do
    reported=$(cd "$work" && HOME="$work" QT_QPA_PLATFORM=offscreen timeout 30 "/usr/bin/$bin" \
        --version 2>/dev/null) || fail "$bin --version failed"
    echo "$reported" | grep -q "$version" || fail "$bin --version says '$reported', not $version"
    echo "$bin --version: $reported"
done
desktop-file-validate /usr/share/applications/tableside-dashboard.desktop \
    || fail "desktop-file-validate: tableside-dashboard.desktop"
desktop-file-validate /usr/share/doc/tableside-dashboard/examples/tableside-kitchen.desktop \
    || fail "desktop-file-validate: tableside-kitchen.desktop"
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify --man=no /lib/systemd/system/tableside-server.service \
        || fail "systemd-analyze verify tableside-server.service"
fi
grep -q '^ExecStart=/usr/bin/tableside-server --data-dir /var/lib/tableside --config /etc/tableside/server.conf$' \
    /lib/systemd/system/tableside-server.service || fail "unexpected ExecStart"

step "system user and data folder"
IFS=: read -r _ _ uid gid _ home shell < <(getent passwd tableside) || fail "no user tableside"
[ "$uid" -lt 1000 ] || fail "tableside is not a system user (uid $uid)"
[ "$home" = /var/lib/tableside ] || fail "home of tableside is $home"
case "$shell" in */nologin|*/false) ;; *) fail "tableside has a login shell: $shell" ;; esac
getent group tableside >/dev/null || fail "no group tableside"
[ "$(stat -c '%U:%G %a' /var/lib/tableside)" = "tableside:tableside 750" ] \
    || fail "/var/lib/tableside is $(stat -c '%U:%G %a' /var/lib/tableside)"
[ -n "$(ls -A /var/lib/tableside)" ] || fail "the first start did not create the database"
# A fingerprint of the service's data, to prove reinstall and remove keep it.
data_fingerprint() {
    (cd /var/lib/tableside && find . -type f ! -name '*-shm' -print0 | sort -z \
        | xargs -0 sha256sum) | sha256sum
}
data_before=$(data_fingerprint)
ls -la /var/lib/tableside

# ---------------------------------------------------------------------------------------------
step "running the installed server on a free port with a temporary data folder"
data_dir="$work/data"
mkdir "$data_dir"
chown tableside:tableside "$data_dir"
as_service_user() {
    setpriv --reuid=tableside --regid=tableside --clear-groups \
        env HOME="$data_dir" QT_QPA_PLATFORM=offscreen "$@"
}
waiter_pin=482913
as_service_user /usr/bin/tableside-server staff add --data-dir "$data_dir" --name "Test Waiter" \
    --pin "$waiter_pin" --role waiter >"$work/staff-add.log" 2>&1 </dev/null \
    || { cat "$work/staff-add.log"; fail "tableside-server staff add failed"; }
# The installed server.conf with every key uncommented: the documented defaults must all be
# accepted (an invalid value stops the server at start).
sed 's/^;\([A-Za-z]\+=\)/\1/' /etc/tableside/server.conf >"$work/all-keys.conf"
chmod 0644 "$work/all-keys.conf"
echo "config with $(grep -c '^[A-Za-z]\+=' "$work/all-keys.conf") keys set to their defaults"
# Started directly (not through the function) so that $! is the server itself: setpriv and env
# exec it.
setpriv --reuid=tableside --regid=tableside --clear-groups \
    env HOME="$data_dir" QT_QPA_PLATFORM=offscreen \
    /usr/bin/tableside-server --data-dir "$data_dir" --config "$work/all-keys.conf" \
    --address 127.0.0.1 --port 0 --tls-mode off >"$work/server.log" 2>&1 </dev/null &
server_pid=$!
port=
for _ in $(seq 1 150); do
    port=$(sed -n 's|.*listening on https\?://127\.0\.0\.1:\([0-9]\+\).*|\1|p' "$work/server.log" \
        | head -n1)
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; fail "the server exited"; }
    sleep 0.2
done
[ -n "$port" ] || { cat "$work/server.log"; fail "no 'listening on' line within 30 s"; }
base="http://127.0.0.1:$port"
echo "installed server: pid $server_pid, $base"

# curl wrapper: METHOD PATH [JSON] → body in $work/body.json, HTTP status on stdout.
api() {
    local method=$1 path=$2 body=${3:-}
    local args=(-sS -o "$work/body.json" -w '%{http_code}' -X "$method" --max-time 10
        -H 'Accept: application/json')
    [ -n "${token:-}" ] && args+=(-H "Authorization: Bearer $token")
    [ -f "$work/cookies" ] && args+=(-b "$work/cookies")
    [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data "$body")
    curl "${args[@]}" "$base$path"
}
json() { python3 -c "import json,sys; d=json.load(open('$work/body.json')); print($1)"; }

token=
status=$(api GET /api/menu)
[ "$status" = 200 ] || fail "GET /api/menu: $status $(cat "$work/body.json")"
product_id=$(json "next(p['id'] for p in d['products'] if p.get('isAvailable', True))")
echo "menu: $(json "len(d['products'])") products; ordering product $product_id"

# A guest opens table 7's signed link (its QR card) first: the session cookie goes with the order.
link=$(as_service_user /usr/bin/tableside-server table-links --data-dir "$data_dir" --base-url "$base" \
    --tables 7)
echo "table 7's link: $link"
[ "$(curl -sS -o /dev/null -w '%{http_code}' -c "$work/cookies" --max-time 10 "$link")" = 302 ] \
    || fail "opening $link did not redirect"
grep -q tableside_table "$work/cookies" || fail "no table session cookie from $link"
status=$(api POST /api/orders/create \
    "{\"tableNumber\":7,\"items\":[{\"productId\":$product_id,\"quantity\":2}]}")
[ "$status" = 201 ] || fail "POST /api/orders/create: $status $(cat "$work/body.json")"
order_id=$(json "d['order']['id']")
echo "created order $order_id (number $(json "d['orderNumber']"))"

status=$(api POST /api/staff/login "{\"pin\":\"$waiter_pin\"}")
[ "$status" = 200 ] || fail "POST /api/staff/login with the new waiter's PIN: $status $(cat "$work/body.json")"
token=$(json "d['token']")
status=$(api GET /api/orders/active)
[ "$status" = 200 ] || fail "GET /api/orders/active: $status $(cat "$work/body.json")"
found=$(json "any(str(o['id']) == '$order_id' and o['tableNumber'] == 7 and sum(i['quantity'] for i in o['items']) == 2 for o in (d['orders'] if isinstance(d, dict) else d))")
[ "$found" = True ] || fail "the order is not in GET /api/orders/active: $(cat "$work/body.json")"
echo "the waiter sees order $order_id for table 7"

step "printing QR cards with the installed binary (offscreen platform plugin from the Depends)"
as_service_user /usr/bin/tableside-server qr --tables 1-4 --base-url "$base" \
    --out "$data_dir/cards.pdf" >"$work/qr.log" 2>&1 </dev/null \
    || { cat "$work/qr.log"; fail "tableside-server qr failed"; }
[ "$(head -c 5 "$data_dir/cards.pdf")" = "%PDF-" ] || fail "qr did not write a PDF"
echo "cards.pdf: $(stat -c %s "$data_dir/cards.pdf") bytes"

step "stopping the server (SIGTERM)"
kill -TERM "$server_pid"
status=0
for _ in $(seq 1 100); do
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
kill -0 "$server_pid" 2>/dev/null && fail "the server did not stop within 10 s of SIGTERM"
wait "$server_pid" || status=$?
server_pid=
[ "$status" -eq 0 ] || { cat "$work/server.log"; fail "the server exited with $status on SIGTERM"; }

# ---------------------------------------------------------------------------------------------
step "reinstalling the same packages (data and settings kept, no new PIN)"
echo "; edited by the packaging test" >>/etc/tableside/server.conf
dpkg -i "$server_deb" "$dashboard_deb" >"$work/install2.log" 2>&1 \
    || { cat "$work/install2.log"; fail "reinstall failed"; }
cat "$work/install2.log"
grep -q 'First start:' "$work/install2.log" && fail "the reinstall printed a first-start PIN again"
[ "$(data_fingerprint)" = "$data_before" ] || fail "the reinstall changed /var/lib/tableside"
tail -n1 /etc/tableside/server.conf | grep -q 'edited by the packaging test' \
    || fail "the reinstall replaced the edited conffile"

step "dpkg -r (remove keeps data, settings and user)"
dpkg -r tableside-server tableside-dashboard >"$work/remove.log" 2>&1 \
    || { cat "$work/remove.log"; fail "dpkg -r failed"; }
[ ! -e /usr/bin/tableside-server ] || fail "remove left /usr/bin/tableside-server"
[ ! -e /usr/bin/tableside-dashboard ] || fail "remove left /usr/bin/tableside-dashboard"
[ "$(data_fingerprint)" = "$data_before" ] || fail "remove changed /var/lib/tableside"
[ -f /etc/tableside/server.conf ] || fail "remove deleted the conffile"
getent passwd tableside >/dev/null || fail "remove deleted the user"

step "lintian (errors fail the test; warnings are explained in packaging/README.md)"
wait "$lintian_pid" || true
lintian_pid=
cat "$work/lintian.log"
if grep -q '^E: ' "$work/lintian.log"; then
    fail "lintian reports errors"
fi
grep -q '^[EW]: ' "$work/lintian.log" || echo "lintian: no errors, no warnings"

step "dpkg --purge (nothing left)"
dpkg --purge tableside-server tableside-dashboard >"$work/purge.log" 2>&1 \
    || { cat "$work/purge.log"; fail "dpkg --purge failed"; }
for p in "${packages[@]}"; do
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -qv "not-installed"; then
        fail "$p still known to dpkg: $(dpkg-query -W -f='${Status}' "$p")"
    fi
done
while read -r f; do
    # Shared folders (/usr/bin, /lib/systemd/system, …) stay; nothing of ours may.
    if [ -e "$f" ] && [ ! -d "$f" ]; then fail "purge left $f"; fi
    case "$f" in
        /etc/tableside|/usr/share/doc/tableside-*) [ ! -e "$f" ] || fail "purge left $f" ;;
    esac
done <"$work/files.txt"
[ ! -e /var/lib/tableside ] || fail "purge left /var/lib/tableside"
[ ! -e /etc/tableside ] || fail "purge left /etc/tableside"
getent passwd tableside >/dev/null && fail "purge left the user tableside"
getent group tableside >/dev/null && fail "purge left the group tableside"
leftovers=$(find /etc /lib/systemd /usr/lib/systemd /var/lib/systemd /var/lib/dpkg/info \
    -name '*tableside*' 2>/dev/null || true)
[ -z "$leftovers" ] || fail "purge left: $leftovers"

printf '\nPASS [%ds]: packages built, installed, used, reinstalled, removed and purged cleanly\n' "$SECONDS"
