#!/bin/bash
# The packaged /etc/tableside/server.conf must document every key the server reads, and no key
# it does not: compares the "section/key" names in app/server/config/serversettings.cpp and
# app/server/common/databasesettings.cpp ([database]) with the commented ";key=default" lines of
# packaging/server/server.conf.
# Usage: check-config-keys.sh SOURCE_DIR
set -euo pipefail
source_dir=${1:?usage: $0 SOURCE_DIR}
settings="$source_dir/app/server/config/serversettings.cpp"
database_settings="$source_dir/app/server/common/databasesettings.cpp"
conf="$source_dir/packaging/server/server.conf"

code_keys=$(grep -ho 'QStringLiteral("[A-Za-z]*/[A-Za-z]*")' "$settings" "$database_settings" \
    | sed 's/QStringLiteral("\(.*\)")/\1/' | sort -u)
conf_keys=$(awk '/^\[/ { gsub(/[][]/, ""); section = $0; next }
                 /^;[A-Za-z]+=/ { key = substr($0, 2); sub(/=.*/, "", key); print section "/" key }' \
    "$conf" | sort -u)
[ -n "$code_keys" ] || { echo "FAIL: no keys found in $settings"; exit 1; }

missing=$(comm -23 <(echo "$code_keys") <(echo "$conf_keys"))
unknown=$(comm -13 <(echo "$code_keys") <(echo "$conf_keys"))
[ -z "$missing" ] || echo "FAIL: keys the server reads but server.conf does not document:"$'\n'"$missing"
[ -z "$unknown" ] || echo "FAIL: keys in server.conf the server does not read:"$'\n'"$unknown"
[ -z "$missing$unknown" ] || exit 1
echo "server.conf documents all $(echo "$code_keys" | wc -l) keys of ServerSettings"
