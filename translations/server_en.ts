<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminServiceController</name>
    <message>
        <source>approval: expected an object</source>
        <translation>approval: expected an object</translation>
    </message>
    <message>
        <source>from / to: expected a time like 2026-05-01T00:00:00Z</source>
        <translation>from / to: expected a time like 2026-05-01T00:00:00Z</translation>
    </message>
    <message>
        <source>before: an entry id; limit: 1 to 500</source>
        <translation>before: an entry id; limit: 1 to 500</translation>
    </message>
</context>
<context>
    <name>AdminStaffController</name>
    <message>
        <source>role: expected waiter, kitchen or manager</source>
        <translation>role: expected waiter, kitchen or manager</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>No such staff member.</translation>
    </message>
    <message>
        <source>name: empty</source>
        <translation>name: empty</translation>
    </message>
    <message>
        <source>Nothing to change: send name, role or active.</source>
        <translation>Nothing to change: send name, role or active.</translation>
    </message>
</context>
<context>
    <name>AdminTablesController</name>
    <message>
        <source>No such table.</source>
        <translation>No such table.</translation>
    </message>
    <message>
        <source>Nothing to change: send name, area, seats or active.</source>
        <translation>Nothing to change: send name, area, seats or active.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Log in first: a valid Bearer token is needed.</source>
        <translation>Log in first: a valid Bearer token is needed.</translation>
    </message>
    <message>
        <source>The database could not store the change; nothing was saved. Try again.</source>
        <translation>The database could not store the change; nothing was saved. Try again.</translation>
    </message>
</context>
<context>
    <name>ApiRouter</name>
    <message>
        <source>There is nothing at %1.</source>
        <translation>There is nothing at %1.</translation>
    </message>
    <message>
        <source>%1 does not take %2; use %3.</source>
        <translation>%1 does not take %2; use %3.</translation>
    </message>
    <message>
        <source>A %1 may not do this.</source>
        <translation>A %1 may not do this.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1</source>
        <translation>The body is not valid JSON: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
    <message>
        <source>Requests from other web sites are not accepted.</source>
        <translation>Requests from other web sites are not accepted.</translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation>Send the body as application/json.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>taken %1, %2 orders, last seq %3</source>
        <translation>taken %1, %2 orders, last seq %3</translation>
    </message>
    <message>
        <source>Backup file.</source>
        <translation>Backup file.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <source>there is no database in %1</source>
        <translation>there is no database in %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>the backup failed: %1</source>
        <translation>the backup failed: %1</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2)</source>
        <translation>Backup written: %1 (%2)</translation>
    </message>
    <message>
        <source>expected one backup file to restore</source>
        <translation>expected one backup file to restore</translation>
    </message>
    <message>
        <source>a server is running on %1; stop it first (e.g. systemctl stop tableside-server)</source>
        <translation>a server is running on %1; stop it first (e.g. systemctl stop tableside-server)</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>cannot lock %1</translation>
    </message>
    <message>
        <source>%1 is not a good backup, nothing was changed: %2</source>
        <translation>%1 is not a good backup, nothing was changed: %2</translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation>nothing was changed: %1</translation>
    </message>
    <message>
        <source>cannot move %1 aside, nothing was changed</source>
        <translation>cannot move %1 aside, nothing was changed</translation>
    </message>
    <message>
        <source>cannot put the restored database in place; the old one is at %1</source>
        <translation>cannot put the restored database in place; the old one is at %1</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (%3)</source>
        <translation>Restored %1 into %2 (%3)</translation>
    </message>
    <message>
        <source>The replaced database is kept as %1</source>
        <translation>The replaced database is kept as %1</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL backup (pg_dump archive); the database is %2, nothing was changed</source>
        <translation>%1 is not a PostgreSQL backup (pg_dump archive); the database is %2, nothing was changed</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>a server is running on %1 (%2 other connections); stop every instance first (e.g. systemctl stop tableside-server on each machine)</source>
        <translation>a server is running on %1 (%2 other connections); stop every instance first (e.g. systemctl stop tableside-server on each machine)</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL backup (pg_dump archive); the database is the SQLite file in %2, nothing was changed</source>
        <translation>%1 is a PostgreSQL backup (pg_dump archive); the database is the SQLite file in %2, nothing was changed</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot start unpacking the backup.</source>
        <translation>Cannot start unpacking the backup.</translation>
    </message>
    <message>
        <source>Cannot unpack the backup: %1</source>
        <translation>Cannot unpack the backup: %1</translation>
    </message>
    <message>
        <source>%1 is damaged: it does not unpack.</source>
        <translation>%1 is damaged: it does not unpack.</translation>
    </message>
    <message>
        <source>Cannot open the backup: %1</source>
        <translation>Cannot open the backup: %1</translation>
    </message>
    <message>
        <source>The backup fails the integrity check: %1</source>
        <translation>The backup fails the integrity check: %1</translation>
    </message>
    <message>
        <source>The file is not a Tableside database: %1</source>
        <translation>The file is not a Tableside database: %1</translation>
    </message>
    <message>
        <source>No such backup file: %1</source>
        <translation>No such backup file: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>No database at %1.</source>
        <translation>No database at %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation>Cannot copy the database to %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot start compressing the backup.</source>
        <translation>Cannot start compressing the backup.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>CallsController</name>
    <message>
        <source>callType: expected payment_cash, payment_card, help or service</source>
        <translation>callType: expected payment_cash, payment_card, help or service</translation>
    </message>
    <message>
        <source>No such waiter call.</source>
        <translation>No such waiter call.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>cannot read the config file %1</source>
        <translation>cannot read the config file %1</translation>
    </message>
    <message>
        <source>the config file %1 is not valid INI</source>
        <translation>the config file %1 is not valid INI</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>First start: staff PIN for &quot;%1&quot; is %2 (change it with tableside-server staff reset-pin)</source>
        <translation>First start: staff PIN for &quot;%1&quot; is %2 (change it with tableside-server staff reset-pin)</translation>
    </message>
    <message>
        <source>Data folder.</source>
        <translation>Data folder.</translation>
    </message>
    <message>
        <source>Config file.</source>
        <translation>Config file.</translation>
    </message>
    <message>
        <source>Staff member&apos;s name.</source>
        <translation>Staff member&apos;s name.</translation>
    </message>
    <message>
        <source>waiter, kitchen or manager.</source>
        <translation>waiter, kitchen or manager.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <source>staff %1: --name NAME is required</source>
        <translation>staff %1: --name NAME is required</translation>
    </message>
    <message>
        <source>staff add: --pin PIN is required</source>
        <translation>staff add: --pin PIN is required</translation>
    </message>
    <message>
        <source>--role: expected waiter, kitchen or manager</source>
        <translation>--role: expected waiter, kitchen or manager</translation>
    </message>
    <message>
        <source>tableside-server: the database could not store the change</source>
        <translation>tableside-server: the database could not store the change</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <source>New PIN for %1 is %2.</source>
        <translation>New PIN for %1 is %2.</translation>
    </message>
    <message>
        <source>menu import: expected one FILE.json</source>
        <translation>menu import: expected one FILE.json</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>%1: categories[%2]: %3</source>
        <translation>%1: categories[%2]: %3</translation>
    </message>
    <message>
        <source>%1: products[%2]: %3</source>
        <translation>%1: products[%2]: %3</translation>
    </message>
    <message>
        <source>%1: no products</source>
        <translation>%1: no products</translation>
    </message>
    <message>
        <source>Imported %1 categories and %2 products.</source>
        <translation>Imported %1 categories and %2 products.</translation>
    </message>
    <message>
        <source>Guests on this network: none (listening on %1 only)</source>
        <translation>Guests on this network: none (listening on %1 only)</translation>
    </message>
    <message>
        <source>Guests on this network: no network address found (connect to the restaurant&apos;s network)</source>
        <translation>Guests on this network: no network address found (connect to the restaurant&apos;s network)</translation>
    </message>
    <message>
        <source>Guests on this network: %1</source>
        <translation>Guests on this network: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Address to listen on.</translation>
    </message>
    <message>
        <source>Port to listen on.</source>
        <translation>Port to listen on.</translation>
    </message>
    <message>
        <source>Use the public staff-channel.</source>
        <translation>Use the public staff-channel.</translation>
    </message>
    <message>
        <source>unknown command: %1 (see --help)</source>
        <translation>unknown command: %1 (see --help)</translation>
    </message>
    <message>
        <source>--address: not an IP address: %1</source>
        <translation>--address: not an IP address: %1</translation>
    </message>
    <message>
        <source>--port: expected 0 to 65535, not %1</source>
        <translation>--port: expected 0 to 65535, not %1</translation>
    </message>
    <message>
        <source>Staff dashboards on this network: %1</source>
        <translation>Staff dashboards on this network: %1</translation>
    </message>
    <message>
        <source>Staff TLS port to listen on.</source>
        <translation>Staff TLS port to listen on.</translation>
    </message>
    <message>
        <source>on: staff over TLS on its own port.</source>
        <translation>on: staff over TLS on its own port.</translation>
    </message>
    <message>
        <source>--staff-port: expected 0 to 65535, not %1</source>
        <translation>--staff-port: expected 0 to 65535, not %1</translation>
    </message>
    <message>
        <source>--tls-mode: expected on or off, not %1</source>
        <translation>--tls-mode: expected on or off, not %1</translation>
    </message>
    <message>
        <source>Made a self-signed certificate for the staff side.</source>
        <translation>Made a self-signed certificate for the staff side.</translation>
    </message>
    <message>
        <source>Staff certificate SHA-256 fingerprint: %1 (dashboards pin it; tableside-server fingerprint prints it again)</source>
        <translation>Staff certificate SHA-256 fingerprint: %1 (dashboards pin it; tableside-server fingerprint prints it again)</translation>
    </message>
    <message>
        <source>Staff side on the same port (tls/mode=off): PINs and tokens are not encrypted unless a certificate is configured</source>
        <translation>Staff side on the same port (tls/mode=off): PINs and tokens are not encrypted unless a certificate is configured</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>6 to 8 digits.</source>
        <translation>6 to 8 digits.</translation>
    </message>
    <message>
        <source>Accept a 4- or 5-digit PIN (its owner is asked to change it).</source>
        <translation>Accept a 4- or 5-digit PIN (its owner is asked to change it).</translation>
    </message>
    <message>
        <source>Client address to unlock.</source>
        <translation>Client address to unlock.</translation>
    </message>
    <message>
        <source>staff: expected add, list, remove, reset-pin, lockouts or unlock</source>
        <translation>staff: expected add, list, remove, reset-pin, lockouts or unlock</translation>
    </message>
    <message>
        <source>--pin: a PIN is 6 to 8 digits</source>
        <translation>--pin: a PIN is 6 to 8 digits</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>Unlocked %1.</translation>
    </message>
    <message>
        <source>%1 was not locked.</source>
        <translation>%1 was not locked.</translation>
    </message>
    <message>
        <source>--tables: %1</source>
        <translation>--tables: %1</translation>
    </message>
    <message>
        <source>Usage:
  tableside-server [--data-dir DIR] [--address ADDR] [--port PORT] [--config FILE]
                   [--staff-port PORT] [--tls-mode on|off] [--public-staff-channel]
  tableside-server staff add --data-dir DIR --name NAME --pin PIN [--role waiter|kitchen|manager]
  tableside-server staff list --data-dir DIR
  tableside-server staff remove --data-dir DIR --name NAME
  tableside-server staff reset-pin --data-dir DIR --name NAME [--pin PIN]
  tableside-server staff lockouts|unlock --data-dir DIR [--name NAME | --address ADDR]
  tableside-server app-credentials --data-dir DIR
  tableside-server fingerprint [--data-dir DIR]
  tableside-server backup --data-dir DIR [--out FILE.db.gz|FILE.pgdump]
  tableside-server restore --data-dir DIR FILE.db.gz|FILE.pgdump
  tableside-server report --data-dir DIR (--day YYYY-MM-DD | --from D --to D)
                   [--lang bg|en] (--out FILE.pdf | --out FOLDER --format csv)
  tableside-server menu import --data-dir DIR FILE.json
  tableside-server menu export --data-dir DIR [FILE.json]
  tableside-server qr --data-dir DIR --base-url URL [--tables 1-20] --out cards.pdf
  tableside-server table-links --data-dir DIR --base-url URL [--tables 1-20] [--rotate]
  tableside-server --help | --version

Options:
  --data-dir DIR          where the database lives (default: the app-data folder)
  --address ADDR          IP address to listen on (default 0.0.0.0)
  --port PORT             guests&apos; TCP port, plain HTTP (default 8080; 0 picks a free one)
  --staff-port PORT       staff TCP port, HTTPS and wss (default 8443; 0 picks a free one)
  --tls-mode on|off       off: staff on the guests&apos; plain port too (tls/mode)
  --config FILE           INI file with these and more settings (see docs/api.md);
                          every command takes it: [database] url names its database
  --public-staff-channel  broadcast on &quot;staff-channel&quot; instead of &quot;private-staff-channel&quot;</source>
        <translation>Usage:
  tableside-server [--data-dir DIR] [--address ADDR] [--port PORT] [--config FILE]
                   [--staff-port PORT] [--tls-mode on|off] [--public-staff-channel]
  tableside-server staff add --data-dir DIR --name NAME --pin PIN [--role waiter|kitchen|manager]
  tableside-server staff list --data-dir DIR
  tableside-server staff remove --data-dir DIR --name NAME
  tableside-server staff reset-pin --data-dir DIR --name NAME [--pin PIN]
  tableside-server staff lockouts|unlock --data-dir DIR [--name NAME | --address ADDR]
  tableside-server app-credentials --data-dir DIR
  tableside-server fingerprint [--data-dir DIR]
  tableside-server backup --data-dir DIR [--out FILE.db.gz|FILE.pgdump]
  tableside-server restore --data-dir DIR FILE.db.gz|FILE.pgdump
  tableside-server report --data-dir DIR (--day YYYY-MM-DD | --from D --to D)
                   [--lang bg|en] (--out FILE.pdf | --out FOLDER --format csv)
  tableside-server menu import --data-dir DIR FILE.json
  tableside-server menu export --data-dir DIR [FILE.json]
  tableside-server qr --data-dir DIR --base-url URL [--tables 1-20] --out cards.pdf
  tableside-server table-links --data-dir DIR --base-url URL [--tables 1-20] [--rotate]
  tableside-server --help | --version

Options:
  --data-dir DIR          where the database lives (default: the app-data folder)
  --address ADDR          IP address to listen on (default 0.0.0.0)
  --port PORT             guests&apos; TCP port, plain HTTP (default 8080; 0 picks a free one)
  --staff-port PORT       staff TCP port, HTTPS and wss (default 8443; 0 picks a free one)
  --tls-mode on|off       off: staff on the guests&apos; plain port too (tls/mode)
  --config FILE           INI file with these and more settings (see docs/api.md);
                          every command takes it: [database] url names its database
  --public-staff-channel  broadcast on &quot;staff-channel&quot; instead of &quot;private-staff-channel&quot;</translation>
    </message>
    <message>
        <source>menu export: expected at most one FILE.json</source>
        <translation>menu export: expected at most one FILE.json</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Exported %1 categories and %2 products to %3.</source>
        <translation>Exported %1 categories and %2 products to %3.</translation>
    </message>
    <message>
        <source>menu: expected import or export</source>
        <translation>menu: expected import or export</translation>
    </message>
    <message>
        <source>cannot open the database in %1: %2</source>
        <translation>cannot open the database in %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>The request was not completed in time.</source>
        <translation>The request was not completed in time.</translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation>The request headers are too large.</translation>
    </message>
    <message>
        <source>Malformed chunked request body.</source>
        <translation>Malformed chunked request body.</translation>
    </message>
    <message>
        <source>The request body is over %1 bytes.</source>
        <translation>The request body is over %1 bytes.</translation>
    </message>
    <message>
        <source>Invalid Content-Length.</source>
        <translation>Invalid Content-Length.</translation>
    </message>
</context>
<context>
    <name>FingerprintCommand</name>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
</context>
<context>
    <name>GuardedTcpServer</name>
    <message>
        <source>The server is at its connection limit; try again shortly.</source>
        <translation>The server is at its connection limit; try again shortly.</translation>
    </message>
</context>
<context>
    <name>GuestBillController</name>
    <message>
        <source>No such table.</source>
        <translation>No such table.</translation>
    </message>
</context>
<context>
    <name>GuestRoutes</name>
    <message>
        <source>Too many requests; try again in %1 s.</source>
        <translation>Too many requests; try again in %1 s.</translation>
    </message>
</context>
<context>
    <name>GuestWriteLimits</name>
    <message>
        <source>Too many requests from this device; wait a moment.</source>
        <translation>Too many requests from this device; wait a moment.</translation>
    </message>
    <message>
        <source>Too many requests from this table; wait a moment.</source>
        <translation>Too many requests from this table; wait a moment.</translation>
    </message>
</context>
<context>
    <name>GuestWritePipeline</name>
    <message>
        <source>Idempotency-Key: at most %1 characters</source>
        <translation>Idempotency-Key: at most %1 characters</translation>
    </message>
    <message>
        <source>This table link is not valid here (another table&apos;s, or replaced). Scan the QR code on your table again.</source>
        <translation>This table link is not valid here (another table&apos;s, or replaced). Scan the QR code on your table again.</translation>
    </message>
    <message>
        <source>Open your table&apos;s link first: scan the QR code on your table.</source>
        <translation>Open your table&apos;s link first: scan the QR code on your table.</translation>
    </message>
</context>
<context>
    <name>HealthController</name>
    <message>
        <source>Metrics are served to this machine only.</source>
        <translation>Metrics are served to this machine only.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>unknown status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;</source>
        <translation>unknown role &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown call type &apos;%1&apos;</source>
        <translation>unknown call type &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>an amount may have at most two decimals</source>
        <translation>an amount may have at most two decimals</translation>
    </message>
    <message>
        <source>the amount is too large (at most %1)</source>
        <translation>the amount is too large (at most %1)</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>the amount is empty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (digits with an optional decimal point and up to two decimals)</source>
        <translation>&apos;%1&apos; is not an amount (digits with an optional decimal point and up to two decimals)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; is not an amount</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>expected a finite number</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>the amount is negative</translation>
    </message>
</context>
<context>
    <name>OrdersController</name>
    <message>
        <source>items: expected 1 to %1 lines</source>
        <translation>items: expected 1 to %1 lines</translation>
    </message>
    <message>
        <source>items[%1]: expected an object</source>
        <translation>items[%1]: expected an object</translation>
    </message>
    <message>
        <source>status: expected pending, preparing, ready, completed or cancelled</source>
        <translation>status: expected pending, preparing, ready, completed or cancelled</translation>
    </message>
</context>
<context>
    <name>PgDump</name>
    <message>
        <source>%1 is not installed (Debian package postgresql-client-15)</source>
        <translation>%1 is not installed (Debian package postgresql-client-15)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>No such backup file: %1</source>
        <translation>No such backup file: %1</translation>
    </message>
    <message>
        <source>%1 is not a pg_dump archive.</source>
        <translation>%1 is not a pg_dump archive.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Tableside database (no orders table).</source>
        <translation>%1 is not a backup of a Tableside database (no orders table).</translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation>nothing was changed: %1</translation>
    </message>
    <message>
        <source>the backup was restored, but its new history id was not written (reload the dashboards): %1</source>
        <translation>the backup was restored, but its new history id was not written (reload the dashboards): %1</translation>
    </message>
</context>
<context>
    <name>PhotoEncoder</name>
    <message>
        <source>The photo is empty or too large.</source>
        <translation>The photo is empty or too large.</translation>
    </message>
    <message>
        <source>The upload is not an image (JPEG, PNG, GIF).</source>
        <translation>The upload is not an image (JPEG, PNG, GIF).</translation>
    </message>
    <message>
        <source>The picture has too many pixels.</source>
        <translation>The picture has too many pixels.</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>The image cannot be read: %1</translation>
    </message>
    <message>
        <source>The photo stays too large even compressed.</source>
        <translation>The photo stays too large even compressed.</translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <source>printers/%1: a printer&apos;s name is 1–40 letters, digits, - or _</source>
        <translation>printers/%1: a printer&apos;s name is 1–40 letters, digits, - or _</translation>
    </message>
    <message>
        <source>%1address: expected HOST:PORT or a device path such as /dev/usb/lp0</source>
        <translation>%1address: expected HOST:PORT or a device path such as /dev/usb/lp0</translation>
    </message>
    <message>
        <source>%1codePage: expected cp866, cp855, cp1251, pc437 or raster</source>
        <translation>%1codePage: expected cp866, cp855, cp1251, pc437 or raster</translation>
    </message>
    <message>
        <source>%1width: expected 58 or 80</source>
        <translation>%1width: expected 58 or 80</translation>
    </message>
    <message>
        <source>%1when: expected new-order, start or late</source>
        <translation>%1when: expected new-order, start or late</translation>
    </message>
    <message>
        <source>%1lateSeconds: expected an integer from 5 to 3600</source>
        <translation>%1lateSeconds: expected an integer from 5 to 3600</translation>
    </message>
    <message>
        <source>%1codeTable: expected an integer from 0 to 255</source>
        <translation>%1codeTable: expected an integer from 0 to 255</translation>
    </message>
</context>
<context>
    <name>PrinterTransport</name>
    <message>
        <source>the printer reports: paper out</source>
        <translation>the printer reports: paper out</translation>
    </message>
    <message>
        <source>the printer reports: offline (cover open or an error)</source>
        <translation>the printer reports: offline (cover open or an error)</translation>
    </message>
    <message>
        <source>printed (the printer does not answer status queries)</source>
        <translation>printed (the printer does not answer status queries)</translation>
    </message>
    <message>
        <source>printed; status 0x%1 paper 0x%2</source>
        <translation>printed; status 0x%1 paper 0x%2</translation>
    </message>
    <message>
        <source>bad address %1</source>
        <translation>bad address %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>connected; the printer does not answer status queries</source>
        <translation>connected; the printer does not answer status queries</translation>
    </message>
    <message>
        <source>ready; status 0x%1</source>
        <translation>ready; status 0x%1</translation>
    </message>
    <message>
        <source>the connection broke after %1 of %2 bytes: %3</source>
        <translation>the connection broke after %1 of %2 bytes: %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2 (is the printer on, and the server in group lp?)</source>
        <translation>cannot open %1: %2 (is the printer on, and the server in group lp?)</translation>
    </message>
    <message>
        <source>%1 is open for writing</source>
        <translation>%1 is open for writing</translation>
    </message>
    <message>
        <source>%1 took %2 of %3 bytes (paper out or switched off?)</source>
        <translation>%1 took %2 of %3 bytes (paper out or switched off?)</translation>
    </message>
    <message>
        <source>device printers are supported on Linux only</source>
        <translation>device printers are supported on Linux only</translation>
    </message>
</context>
<context>
    <name>QrCardWriter</name>
    <message>
        <source>the base URL must be absolute, e.g. http://192.168.1.20:8080</source>
        <translation>the base URL must be absolute, e.g. http://192.168.1.20:8080</translation>
    </message>
    <message>
        <source>the base URL must start with http:// or https://</source>
        <translation>the base URL must start with http:// or https://</translation>
    </message>
    <message>
        <source>the base URL has no host</source>
        <translation>the base URL has no host</translation>
    </message>
    <message>
        <source>the base URL must not have a query or fragment</source>
        <translation>the base URL must not have a query or fragment</translation>
    </message>
    <message>
        <source>the base URL must not contain a user name or password</source>
        <translation>the base URL must not contain a user name or password</translation>
    </message>
    <message>
        <source>no tables to print</source>
        <translation>no tables to print</translation>
    </message>
    <message>
        <source>Tableside QR table cards</source>
        <translation>Tableside QR table cards</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>cannot finish %1</translation>
    </message>
</context>
<context>
    <name>QrCardsRoute</name>
    <message>
        <source>tables: a list of 1 to 200 existing table numbers</source>
        <translation>tables: a list of 1 to 200 existing table numbers</translation>
    </message>
    <message>
        <source>baseUrl: an http(s) address like http://192.168.1.20:8080</source>
        <translation>baseUrl: an http(s) address like http://192.168.1.20:8080</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Business day.</source>
        <translation>Business day.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>First day.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Last day.</translation>
    </message>
    <message>
        <source>bg or en.</source>
        <translation>bg or en.</translation>
    </message>
    <message>
        <source>pdf or csv.</source>
        <translation>pdf or csv.</translation>
    </message>
    <message>
        <source>Output.</source>
        <translation>Output.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <source>--lang: expected bg or en</source>
        <translation>--lang: expected bg or en</translation>
    </message>
    <message>
        <source>--format: expected pdf or csv</source>
        <translation>--format: expected pdf or csv</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out is required</translation>
    </message>
    <message>
        <source>there is no database in %1</source>
        <translation>there is no database in %1</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>cannot read the database: %1</translation>
    </message>
    <message>
        <source>Wrote the report for %1 (%2 orders) to %3</source>
        <translation>Wrote the report for %1 (%2 orders) to %3</translation>
    </message>
    <message>
        <source>Hour a business day starts.</source>
        <translation>Hour a business day starts.</translation>
    </message>
    <message>
        <source>--business-day-start-hour: expected 0-23</source>
        <translation>--business-day-start-hour: expected 0-23</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source> BGN</source>
        <translation> BGN</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Revenue in leva</source>
        <translation>Revenue in leva</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Average ticket</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Cancelled orders</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Paid by card</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Waiter calls</source>
        <translation>Waiter calls</translation>
    </message>
    <message>
        <source>%1 (%2 unanswered)</source>
        <translation>%1 (%2 unanswered)</translation>
    </message>
    <message>
        <source>Whole order</source>
        <translation>Whole order</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Kitchen</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Bill (cash)</source>
        <translation>Bill (cash)</translation>
    </message>
    <message>
        <source>Bill (card)</source>
        <translation>Bill (card)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Sales by hour (EUR)</source>
        <translation>Sales by hour (EUR)</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>Top products by revenue</translation>
    </message>
    <message>
        <source>Order to ready, minutes (orders per bucket)</source>
        <translation>Order to ready, minutes (orders per bucket)</translation>
    </message>
    <message>
        <source>Time to acknowledge a call (min:s)</source>
        <translation>Time to acknowledge a call (min:s)</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>By hour</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Their revenue</source>
        <translation>Their revenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Voids</translation>
    </message>
    <message>
        <source>Kitchen and bar</source>
        <translation>Kitchen and bar</translation>
    </message>
    <message>
        <source>order → start</source>
        <translation>order → start</translation>
    </message>
    <message>
        <source>order → ready</source>
        <translation>order → ready</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90%</source>
        <translation>90%</translation>
    </message>
    <message>
        <source>Slowest five</source>
        <translation>Slowest five</translation>
    </message>
    <message>
        <source>Type / waiter</source>
        <translation>Type / waiter</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Ack. median</source>
        <translation>Ack. median</translation>
    </message>
    <message>
        <source>Ack. 90%</source>
        <translation>Ack. 90%</translation>
    </message>
    <message>
        <source>Done median</source>
        <translation>Done median</translation>
    </message>
    <message>
        <source>Done 90%</source>
        <translation>Done 90%</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>In leva</source>
        <translation>In leva</translation>
    </message>
    <message>
        <source>Cancellations and voids</source>
        <translation>Cancellations and voids</translation>
    </message>
    <message>
        <source>order %1 cancelled</source>
        <translation>order %1 cancelled</translation>
    </message>
    <message>
        <source>payment voided</source>
        <translation>payment voided</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tableside report %1</source>
        <translation>Tableside report %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <source>Business days from %1:00 local time · made %2</source>
        <translation>Business days from %1:00 local time · made %2</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>day: expected a date YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>day: expected a date YYYY-MM-DD, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either a day or both from and to (YYYY-MM-DD)</source>
        <translation>give either a day or both from and to (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>from/to: expected dates YYYY-MM-DD</source>
        <translation>from/to: expected dates YYYY-MM-DD</translation>
    </message>
    <message>
        <source>from must not be after to, and a report covers at most %1 days</source>
        <translation>from must not be after to, and a report covers at most %1 days</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>table: which table (summary, by_product …)</source>
        <translation>table: which table (summary, by_product …)</translation>
    </message>
    <message>
        <source>There is no report table %1.</source>
        <translation>There is no report table %1.</translation>
    </message>
    <message>
        <source>lang: expected bg or en</source>
        <translation>lang: expected bg or en</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>The report could not be made.</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>%1: missing</source>
        <translation>%1: missing</translation>
    </message>
    <message>
        <source>%1: expected a whole number from %2 to %3</source>
        <translation>%1: expected a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>%1: expected text</source>
        <translation>%1: expected text</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1: at most %2 characters</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: expected true or false</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>the database is from a newer version (schema %1, this build knows %2)</source>
        <translation>the database is from a newer version (schema %1, this build knows %2)</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>%1: expected an integer from %2 to %3</source>
        <translation>%1: expected an integer from %2 to %3</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: expected true or false</translation>
    </message>
    <message>
        <source>server/address: not an IP address: %1</source>
        <translation>server/address: not an IP address: %1</translation>
    </message>
    <message>
        <source>tls/certificate and tls/privateKey must be set together</source>
        <translation>tls/certificate and tls/privateKey must be set together</translation>
    </message>
    <message>
        <source>server/metricsAccess: expected localhost+staff, localhost, staff or open</source>
        <translation>server/metricsAccess: expected localhost+staff, localhost, staff or open</translation>
    </message>
    <message>
        <source>tls/mode: expected on or off</source>
        <translation>tls/mode: expected on or off</translation>
    </message>
    <message>
        <source>reports/language: expected bg or en</source>
        <translation>reports/language: expected bg or en</translation>
    </message>
</context>
<context>
    <name>StaffCertificate</name>
    <message>
        <source>Cannot read the TLS certificate or key (%1, %2).</source>
        <translation>Cannot read the TLS certificate or key (%1, %2).</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM (%1, %2).</source>
        <translation>The TLS certificate or key is not valid PEM (%1, %2).</translation>
    </message>
    <message>
        <source>Cannot make a TLS certificate: %1</source>
        <translation>Cannot make a TLS certificate: %1</translation>
    </message>
    <message>
        <source>Cannot write the TLS certificate into %1.</source>
        <translation>Cannot write the TLS certificate into %1.</translation>
    </message>
</context>
<context>
    <name>StaffEvent</name>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>unknown value &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;</source>
        <translation>unknown event &apos;%1&apos;</translation>
    </message>
    <message>
        <source>payload is not valid JSON (%1)</source>
        <translation>payload is not valid JSON (%1)</translation>
    </message>
    <message>
        <source>payload is not a JSON object</source>
        <translation>payload is not a JSON object</translation>
    </message>
</context>
<context>
    <name>StationProgress</name>
    <message>
        <source>Order %1 has nothing for the %2 station.</source>
        <translation>Order %1 has nothing for the %2 station.</translation>
    </message>
    <message>
        <source>Order %1 is %2; stations can no longer report on it.</source>
        <translation>Order %1 is %2; stations can no longer report on it.</translation>
    </message>
    <message>
        <source>The %1 station is already %2 on order %3.</source>
        <translation>The %1 station is already %2 on order %3.</translation>
    </message>
    <message>
        <source>The %1 station has already reported order %2 ready.</source>
        <translation>The %1 station has already reported order %2 ready.</translation>
    </message>
    <message>
        <source>Order %1 is %2 and cannot be recalled.</source>
        <translation>Order %1 is %2 and cannot be recalled.</translation>
    </message>
    <message>
        <source>The %1 station has not reported order %2 ready; nothing to recall.</source>
        <translation>The %1 station has not reported order %2 ready; nothing to recall.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>the PostgreSQL driver of Qt (QPSQL, Debian package libqt6sql6-psql) is not installed</translation>
    </message>
</context>
<context>
    <name>TableLinksCommand</name>
    <message>
        <source>Server data folder (its database holds the keys).</source>
        <translation>Server data folder (its database holds the keys).</translation>
    </message>
    <message>
        <source>Where guests reach the server, e.g. http://192.168.1.20:8080.</source>
        <translation>Where guests reach the server, e.g. http://192.168.1.20:8080.</translation>
    </message>
    <message>
        <source>Tables, e.g. 1-20 or 1-5,8 (default: every active table).</source>
        <translation>Tables, e.g. 1-20 or 1-5,8 (default: every active table).</translation>
    </message>
    <message>
        <source>New keys for the tables given (every table without --tables): old links stop working.</source>
        <translation>New keys for the tables given (every table without --tables): old links stop working.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--base-url is required (e.g. --base-url http://192.168.1.20:8080)</source>
        <translation>--base-url is required (e.g. --base-url http://192.168.1.20:8080)</translation>
    </message>
    <message>
        <source>no Tableside database in %1</source>
        <translation>no Tableside database in %1</translation>
    </message>
    <message>
        <source>cannot write the new keys</source>
        <translation>cannot write the new keys</translation>
    </message>
    <message>
        <source>New keys for every table: the old links and cards no longer work.</source>
        <translation>New keys for every table: the old links and cards no longer work.</translation>
    </message>
    <message numerus="yes">
        <source>New keys for %n table(s): their old links and cards no longer work.</source>
        <translation>
            <numerusform>New keys for %n table(s): their old links and cards no longer work.</numerusform>
            <numerusform>New keys for %n table(s): their old links and cards no longer work.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint the cards: tableside-server qr --data-dir DIR --base-url URL [--tables LIST] --out cards.pdf</source>
        <translation>Reprint the cards: tableside-server qr --data-dir DIR --base-url URL [--tables LIST] --out cards.pdf</translation>
    </message>
    <message>
        <source>Config file: the database its [database] url names.</source>
        <translation>Config file: the database its [database] url names.</translation>
    </message>
    <message>
        <source>--data-dir or --config is required</source>
        <translation>--data-dir or --config is required</translation>
    </message>
</context>
<context>
    <name>TableSelection</name>
    <message>
        <source>no tables given (expected e.g. 1-20 or 1-5,8)</source>
        <translation>no tables given (expected e.g. 1-20 or 1-5,8)</translation>
    </message>
    <message>
        <source>empty item in table list &quot;%1&quot;</source>
        <translation>empty item in table list &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table number or range</source>
        <translation>&quot;%1&quot; is not a table number or range</translation>
    </message>
    <message>
        <source>table numbers start at 1 (got &quot;%1&quot;)</source>
        <translation>table numbers start at 1 (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>table numbers go up to %1 (got &quot;%2&quot;)</source>
        <translation>table numbers go up to %1 (got &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>range &quot;%1&quot; goes backwards</source>
        <translation>range &quot;%1&quot; goes backwards</translation>
    </message>
    <message>
        <source>more than %1 tables</source>
        <translation>more than %1 tables</translation>
    </message>
</context>
<context>
    <name>TicketLayout</name>
    <message>
        <source>Bill, cash</source>
        <translation>Bill, cash</translation>
    </message>
    <message>
        <source>Bill, card</source>
        <translation>Bill, card</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Order #%1</translation>
    </message>
    <message>
        <source>Ordered %1</source>
        <translation>Ordered %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>BILL</source>
        <translation>BILL</translation>
    </message>
    <message>
        <source>TOTAL EUR</source>
        <translation>TOTAL EUR</translation>
    </message>
    <message>
        <source>TOTAL BGN</source>
        <translation>TOTAL BGN</translation>
    </message>
    <message>
        <source>Paid EUR</source>
        <translation>Paid EUR</translation>
    </message>
    <message>
        <source>Due EUR</source>
        <translation>Due EUR</translation>
    </message>
    <message>
        <source>1 EUR = 1.95583 BGN</source>
        <translation>1 EUR = 1.95583 BGN</translation>
    </message>
    <message>
        <source>TEST PRINT</source>
        <translation>TEST PRINT</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <source>Code page: %1, ESC t %2</source>
        <translation>Code page: %1, ESC t %2</translation>
    </message>
    <message>
        <source>Paper: %1 mm, %2 columns</source>
        <translation>Paper: %1 mm, %2 columns</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>CALL</translation>
    </message>
    <message>
        <source>Waiting %1 min</source>
        <translation>Waiting %1 min</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>Tax ID %1</translation>
    </message>
</context>
<context>
    <name>tableside::JsonReader</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>expected an integer</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2</source>
        <translation>expected an integer from %1 to %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time (2026-11-24T09:00:00.000Z)</source>
        <translation>expected an ISO 8601 date and time (2026-11-24T09:00:00.000Z)</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
</context>
<context>
    <name>tableside::server</name>
    <message>
        <source>no Tableside database in %1</source>
        <translation>no Tableside database in %1</translation>
    </message>
    <message>
        <source>Writes printable QR table cards (A4 PDF).</source>
        <translation>Writes printable QR table cards (A4 PDF).</translation>
    </message>
    <message>
        <source>Tables to print, e.g. 1-20 or 1-5,8 (default with --data-dir: every active table).</source>
        <translation>Tables to print, e.g. 1-20 or 1-5,8 (default with --data-dir: every active table).</translation>
    </message>
    <message>
        <source>Where guests reach the server, e.g. http://192.168.1.20:8080 (printed by the server on start).</source>
        <translation>Where guests reach the server, e.g. http://192.168.1.20:8080 (printed by the server on start).</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>PDF file to write.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--base-url is required (e.g. --base-url http://192.168.1.20:8080)</source>
        <translation>--base-url is required (e.g. --base-url http://192.168.1.20:8080)</translation>
    </message>
    <message>
        <source>--out is required (e.g. --out cards.pdf)</source>
        <translation>--out is required (e.g. --out cards.pdf)</translation>
    </message>
    <message>
        <source>--tables is required without --data-dir (e.g. --tables 1-20)</source>
        <translation>--tables is required without --data-dir (e.g. --tables 1-20)</translation>
    </message>
    <message>
        <source>the database has no active tables</source>
        <translation>the database has no active tables</translation>
    </message>
    <message>
        <source>warning: table %1 is not configured in the database</source>
        <translation>warning: table %1 is not configured in the database</translation>
    </message>
    <message>
        <source>warning: table %1 is not active</source>
        <translation>warning: table %1 is not active</translation>
    </message>
    <message>
        <source>Wrote %1 QR cards (%2 pages) for %3/t/N to %4</source>
        <translation>Wrote %1 QR cards (%2 pages) for %3/t/N to %4</translation>
    </message>
    <message>
        <source>internal error: qr needs a QGuiApplication</source>
        <translation>internal error: qr needs a QGuiApplication</translation>
    </message>
    <message>
        <source>Server data folder: the cards carry its signed table links; the tables are checked against its database.</source>
        <translation>Server data folder: the cards carry its signed table links; the tables are checked against its database.</translation>
    </message>
    <message>
        <source>warning: without --data-dir the cards carry unsigned links, which a server with guest/requireTableToken=true refuses for orders and calls</source>
        <translation>warning: without --data-dir the cards carry unsigned links, which a server with guest/requireTableToken=true refuses for orders and calls</translation>
    </message>
    <message>
        <source>Config file: the database its [database] url names, as --data-dir does.</source>
        <translation>Config file: the database its [database] url names, as --data-dir does.</translation>
    </message>
</context>
<context>
    <name>tableside::server::AdminMenuController</name>
    <message>
        <source>There is no %1 %2.</source>
        <translation>There is no %1 %2.</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>the amount is negative</translation>
    </message>
    <message>
        <source>at most %1 €</source>
        <translation>at most %1 €</translation>
    </message>
    <message>
        <source>priceEur: %1</source>
        <translation>priceEur: %1</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: missing</translation>
    </message>
    <message>
        <source>%1: expected {&quot;bg&quot;: …, &quot;en&quot;: …}</source>
        <translation>%1: expected {&quot;bg&quot;: …, &quot;en&quot;: …}</translation>
    </message>
    <message>
        <source>%1.%2: missing</source>
        <translation>%1.%2: missing</translation>
    </message>
    <message>
        <source>%1.%2: 1 to %3 characters of text</source>
        <translation>%1.%2: 1 to %3 characters of text</translation>
    </message>
    <message>
        <source>ids: expected an array of ids</source>
        <translation>ids: expected an array of ids</translation>
    </message>
    <message>
        <source>station: lowercase letters, digits, - and _ (1 to 32)</source>
        <translation>station: lowercase letters, digits, - and _ (1 to 32)</translation>
    </message>
    <message>
        <source>allergens: expected codes from: %1</source>
        <translation>allergens: expected codes from: %1</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>Send the photo as the body, with Content-Type image/jpeg, image/png or image/gif.</source>
        <translation>Send the photo as the body, with Content-Type image/jpeg, image/png or image/gif.</translation>
    </message>
    <message>
        <source>A photo has at most %1 MB.</source>
        <translation>A photo has at most %1 MB.</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
</context>
<context>
    <name>tableside::server::BackupScheduler</name>
    <message>
        <source>Backup failed: cannot create the backup folder %1.</source>
        <translation>Backup failed: cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>Backup %1 written and verified: %2 orders, up to seq %3.</source>
        <translation>Backup %1 written and verified: %2 orders, up to seq %3.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
</context>
<context>
    <name>tableside::server::BillController</name>
    <message>
        <source>There is no table %1.</source>
        <translation>There is no table %1.</translation>
    </message>
    <message>
        <source>method: expected &quot;cash&quot; or &quot;card&quot;</source>
        <translation>method: expected &quot;cash&quot; or &quot;card&quot;</translation>
    </message>
    <message>
        <source>items: expected 1 to %1 items</source>
        <translation>items: expected 1 to %1 items</translation>
    </message>
    <message>
        <source>items and parts cannot be combined</source>
        <translation>items and parts cannot be combined</translation>
    </message>
    <message>
        <source>items[%1]: expected an object</source>
        <translation>items[%1]: expected an object</translation>
    </message>
    <message>
        <source>Idempotency-Key: at most %1 characters</source>
        <translation>Idempotency-Key: at most %1 characters</translation>
    </message>
    <message>
        <source>reason: a reason is needed to void a payment</source>
        <translation>reason: a reason is needed to void a payment</translation>
    </message>
</context>
<context>
    <name>tableside::server::ChannelAuthEndpoint</name>
    <message>
        <source>A staff Bearer token is required.</source>
        <translation>A staff Bearer token is required.</translation>
    </message>
    <message>
        <source>The staff token is not valid.</source>
        <translation>The staff token is not valid.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>The request body is too large.</translation>
    </message>
    <message>
        <source>socket_id and channel_name are required.</source>
        <translation>socket_id and channel_name are required.</translation>
    </message>
    <message>
        <source>socket_id must look like 123.456.</source>
        <translation>socket_id must look like 123.456.</translation>
    </message>
    <message>
        <source>Invalid channel name.</source>
        <translation>Invalid channel name.</translation>
    </message>
    <message>
        <source>Only private- and presence- channels are authorized here.</source>
        <translation>Only private- and presence- channels are authorized here.</translation>
    </message>
    <message>
        <source>socket_id is not a live connection of this server.</source>
        <translation>socket_id is not a live connection of this server.</translation>
    </message>
</context>
<context>
    <name>tableside::server::DatabaseSettings</name>
    <message>
        <source>expected postgresql://user@host:port/database (or nothing for the embedded SQLite database)</source>
        <translation>expected postgresql://user@host:port/database (or nothing for the embedded SQLite database)</translation>
    </message>
    <message>
        <source>the database name cannot contain &apos;/&apos;</source>
        <translation>the database name cannot contain &apos;/&apos;</translation>
    </message>
    <message>
        <source>no password in the URL: use database/passwordFile or the environment variable TABLESIDE_DATABASE_PASSWORD</source>
        <translation>no password in the URL: use database/passwordFile or the environment variable TABLESIDE_DATABASE_PASSWORD</translation>
    </message>
    <message>
        <source>unclosed [ in an IPv6 address</source>
        <translation>unclosed [ in an IPv6 address</translation>
    </message>
    <message>
        <source>expected :port after ]</source>
        <translation>expected :port after ]</translation>
    </message>
    <message>
        <source>the port must be 1-65535</source>
        <translation>the port must be 1-65535</translation>
    </message>
    <message>
        <source>a host is empty</source>
        <translation>a host is empty</translation>
    </message>
    <message>
        <source>give every host its port, or none</source>
        <translation>give every host its port, or none</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>unknown parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value of %1 cannot contain &apos;;&apos; or spaces</source>
        <translation>the value of %1 cannot contain &apos;;&apos; or spaces</translation>
    </message>
    <message>
        <source>name the database: postgresql://user@host:5432/tableside</source>
        <translation>name the database: postgresql://user@host:5432/tableside</translation>
    </message>
</context>
<context>
    <name>tableside::server::EventsController</name>
    <message>
        <source>after: expected a seq (0 or more); limit: 1 to %1</source>
        <translation>after: expected a seq (0 or more); limit: 1 to %1</translation>
    </message>
    <message>
        <source>Events after %1 are no longer in the log (it starts at %2 and ends at %3); reload /api/staff/state.</source>
        <translation>Events after %1 are no longer in the log (it starts at %2 and ends at %3); reload /api/staff/state.</translation>
    </message>
</context>
<context>
    <name>tableside::server::HttpApiController</name>
    <message>
        <source>Unknown app_id.</source>
        <translation>Unknown app_id.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>The request body is too large.</translation>
    </message>
    <message>
        <source>name must be a string of 1 to 200 characters.</source>
        <translation>name must be a string of 1 to 200 characters.</translation>
    </message>
    <message>
        <source>data must be a string.</source>
        <translation>data must be a string.</translation>
    </message>
    <message>
        <source>Event data is larger than %1 bytes.</source>
        <translation>Event data is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>Give 1 to 100 channels.</source>
        <translation>Give 1 to 100 channels.</translation>
    </message>
    <message>
        <source>Invalid channel name: %1</source>
        <translation>Invalid channel name: %1</translation>
    </message>
    <message>
        <source>socket_id must look like 123.456.</source>
        <translation>socket_id must look like 123.456.</translation>
    </message>
    <message>
        <source>Unknown info attribute: %1</source>
        <translation>Unknown info attribute: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
    <message>
        <source>The body must be {&quot;batch&quot;:[…]}.</source>
        <translation>The body must be {&quot;batch&quot;:[…]}.</translation>
    </message>
    <message>
        <source>A batch holds 1 to 10 events.</source>
        <translation>A batch holds 1 to 10 events.</translation>
    </message>
    <message>
        <source>info=user_count needs filter_by_prefix=presence-.</source>
        <translation>info=user_count needs filter_by_prefix=presence-.</translation>
    </message>
    <message>
        <source>Invalid channel name.</source>
        <translation>Invalid channel name.</translation>
    </message>
    <message>
        <source>user_count is only available for presence channels.</source>
        <translation>user_count is only available for presence channels.</translation>
    </message>
    <message>
        <source>Users can only be listed for presence channels.</source>
        <translation>Users can only be listed for presence channels.</translation>
    </message>
</context>
<context>
    <name>tableside::server::MenuController</name>
    <message>
        <source>There is no product %1.</source>
        <translation>There is no product %1.</translation>
    </message>
</context>
<context>
    <name>tableside::server::PrintSpooler</name>
    <message>
        <source>no printer called %1 in the config</source>
        <translation>no printer called %1 in the config</translation>
    </message>
    <message>
        <source>raster mode needs the server&apos;s fonts (QGuiApplication)</source>
        <translation>raster mode needs the server&apos;s fonts (QGuiApplication)</translation>
    </message>
    <message>
        <source>unknown code page %1</source>
        <translation>unknown code page %1</translation>
    </message>
    <message>
        <source>no printer called %1</source>
        <translation>no printer called %1</translation>
    </message>
</context>
<context>
    <name>tableside::server::PrintersController</name>
    <message>
        <source>No printer with this name.</source>
        <translation>No printer with this name.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>No such order.</translation>
    </message>
    <message>
        <source>No printer prints this order&apos;s stations.</source>
        <translation>No printer prints this order&apos;s stations.</translation>
    </message>
    <message>
        <source>No such table.</source>
        <translation>No such table.</translation>
    </message>
    <message>
        <source>This table has no open tab to print.</source>
        <translation>This table has no open tab to print.</translation>
    </message>
</context>
<context>
    <name>tableside::server::PusherProtocolHandler</name>
    <message>
        <source>Too many messages: the limit is %1 per second.</source>
        <translation>Too many messages: the limit is %1 per second.</translation>
    </message>
    <message>
        <source>Invalid message: %1</source>
        <translation>Invalid message: %1</translation>
    </message>
    <message>
        <source>Unsupported event: %1</source>
        <translation>Unsupported event: %1</translation>
    </message>
    <message>
        <source>Invalid channel name.</source>
        <translation>Invalid channel name.</translation>
    </message>
    <message>
        <source>Too many subscriptions: the limit is %1 per second.</source>
        <translation>Too many subscriptions: the limit is %1 per second.</translation>
    </message>
    <message>
        <source>Too many channels: the limit is %1 per connection.</source>
        <translation>Too many channels: the limit is %1 per connection.</translation>
    </message>
    <message>
        <source>Invalid signature for this socket and channel.</source>
        <translation>Invalid signature for this socket and channel.</translation>
    </message>
    <message>
        <source>Invalid signature for channel %1.</source>
        <translation>Invalid signature for channel %1.</translation>
    </message>
    <message>
        <source>channel_data needs a user_id of 1 to 128 characters.</source>
        <translation>channel_data needs a user_id of 1 to 128 characters.</translation>
    </message>
    <message>
        <source>user_info is larger than %1 bytes.</source>
        <translation>user_info is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>The presence channel is full (%1 members).</source>
        <translation>The presence channel is full (%1 members).</translation>
    </message>
    <message>
        <source>Client events are not enabled on this server.</source>
        <translation>Client events are not enabled on this server.</translation>
    </message>
    <message>
        <source>Client events are only allowed on private and presence channels.</source>
        <translation>Client events are only allowed on private and presence channels.</translation>
    </message>
    <message>
        <source>Not subscribed to channel %1.</source>
        <translation>Not subscribed to channel %1.</translation>
    </message>
    <message>
        <source>Event name longer than 200 characters.</source>
        <translation>Event name longer than 200 characters.</translation>
    </message>
    <message>
        <source>Too many client events: the limit is %1 per second.</source>
        <translation>Too many client events: the limit is %1 per second.</translation>
    </message>
    <message>
        <source>The client does not read its messages.</source>
        <translation>The client does not read its messages.</translation>
    </message>
</context>
<context>
    <name>tableside::server::RealtimeServer</name>
    <message>
        <source>App key %1 does not exist.</source>
        <translation>App key %1 does not exist.</translation>
    </message>
    <message>
        <source>No protocol version supplied.</source>
        <translation>No protocol version supplied.</translation>
    </message>
    <message>
        <source>Invalid version string format.</source>
        <translation>Invalid version string format.</translation>
    </message>
    <message>
        <source>Unsupported protocol version %1.</source>
        <translation>Unsupported protocol version %1.</translation>
    </message>
    <message>
        <source>Over capacity: the server accepts %1 connections.</source>
        <translation>Over capacity: the server accepts %1 connections.</translation>
    </message>
    <message>
        <source>Over capacity: %1 connections from one address.</source>
        <translation>Over capacity: %1 connections from one address.</translation>
    </message>
    <message>
        <source>Binary messages are not supported.</source>
        <translation>Binary messages are not supported.</translation>
    </message>
    <message>
        <source>Pong reply not received.</source>
        <translation>Pong reply not received.</translation>
    </message>
    <message>
        <source>Your staff session has ended.</source>
        <translation>Your staff session has ended.</translation>
    </message>
</context>
<context>
    <name>tableside::server::ServiceController</name>
    <message>
        <source>deviceId: expected 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>deviceId: expected 1 to 64 letters, digits, dots, dashes or underscores</translation>
    </message>
    <message>
        <source>Too many devices are registered.</source>
        <translation>Too many devices are registered.</translation>
    </message>
    <message>
        <source>assignments: expected an array of at most 500</source>
        <translation>assignments: expected an array of at most 500</translation>
    </message>
    <message>
        <source>Only a manager assigns tables.</source>
        <translation>Only a manager assigns tables.</translation>
    </message>
    <message>
        <source>tableNumber: no such table</source>
        <translation>tableNumber: no such table</translation>
    </message>
    <message>
        <source>staffId: no such waiter or manager</source>
        <translation>staffId: no such waiter or manager</translation>
    </message>
    <message>
        <source>A waiter assigns tables only to themselves.</source>
        <translation>A waiter assigns tables only to themselves.</translation>
    </message>
</context>
<context>
    <name>tableside::server::StaffController</name>
    <message numerus="yes">
        <source>Too many wrong PINs from this device; try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs from this device; try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs from this device; try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>pin: expected the staff PIN</source>
        <translation>pin: expected the staff PIN</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Another login is being checked; try again in a moment.</source>
        <translation>Another login is being checked; try again in a moment.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for this staff member; try again in %n minute(s) or ask a manager to unlock it.</source>
        <translation>
            <numerusform>Too many wrong PINs for this staff member; try again in %n minute or ask a manager to unlock it.</numerusform>
            <numerusform>Too many wrong PINs for this staff member; try again in %n minutes or ask a manager to unlock it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs on this server; enter your name with your PIN, or try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs on this server; enter your name with your PIN, or try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs on this server; enter your name with your PIN, or try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>name: expected a staff member&apos;s name</source>
        <translation>name: expected a staff member&apos;s name</translation>
    </message>
    <message>
        <source>pin: expected your current PIN</source>
        <translation>pin: expected your current PIN</translation>
    </message>
    <message>
        <source>newPin: a new PIN is %1 to 8 digits</source>
        <translation>newPin: a new PIN is %1 to 8 digits</translation>
    </message>
    <message>
        <source>expected {&quot;name&quot;} or {&quot;scope&quot;:&quot;account|address|global&quot;,&quot;subject&quot;}</source>
        <translation>expected {&quot;name&quot;} or {&quot;scope&quot;:&quot;account|address|global&quot;,&quot;subject&quot;}</translation>
    </message>
</context>
<context>
    <name>tableside::server::Store</name>
    <message>
        <source>The database could not store the change; nothing was saved.</source>
        <translation>The database could not store the change; nothing was saved.</translation>
    </message>
    <message>
        <source>There is no table %1.</source>
        <translation>There is no table %1.</translation>
    </message>
    <message>
        <source>Table %1 is not taking orders.</source>
        <translation>Table %1 is not taking orders.</translation>
    </message>
    <message>
        <source>cannot switch the database to WAL mode</source>
        <translation>cannot switch the database to WAL mode</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>cannot create the data folder %1</translation>
    </message>
    <message>
        <source>the event log is damaged (no staff channel)</source>
        <translation>the event log is damaged (no staff channel)</translation>
    </message>
    <message>
        <source>cannot write the first-start data</source>
        <translation>cannot write the first-start data</translation>
    </message>
    <message>
        <source>This idempotency key was used for a different order.</source>
        <translation>This idempotency key was used for a different order.</translation>
    </message>
    <message>
        <source>There is no product %1 on the menu.</source>
        <translation>There is no product %1 on the menu.</translation>
    </message>
    <message>
        <source>%1 is sold out.</source>
        <translation>%1 is sold out.</translation>
    </message>
    <message>
        <source>This idempotency key was used for a different call.</source>
        <translation>This idempotency key was used for a different call.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>There is no order %1.</translation>
    </message>
    <message>
        <source>Order %1 is %2 and cannot become %3.</source>
        <translation>Order %1 is %2 and cannot become %3.</translation>
    </message>
    <message>
        <source>Only the kitchen or a manager can recall a ready order.</source>
        <translation>Only the kitchen or a manager can recall a ready order.</translation>
    </message>
    <message>
        <source>Order %1 has been ready too long to be recalled.</source>
        <translation>Order %1 has been ready too long to be recalled.</translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation>There is no call %1.</translation>
    </message>
    <message>
        <source>%1 has already taken this call.</source>
        <translation>%1 has already taken this call.</translation>
    </message>
    <message>
        <source>This call has already been completed.</source>
        <translation>This call has already been completed.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>There is no product %1.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>A name of 1 to 60 characters is needed.</source>
        <translation>A name of 1 to 60 characters is needed.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>A PIN is 4 to 8 digits.</translation>
    </message>
    <message>
        <source>There is already a staff member called %1.</source>
        <translation>There is already a staff member called %1.</translation>
    </message>
    <message>
        <source>This PIN is already in use; choose another.</source>
        <translation>This PIN is already in use; choose another.</translation>
    </message>
    <message>
        <source>There is no staff member called %1.</source>
        <translation>There is no staff member called %1.</translation>
    </message>
    <message>
        <source>Category %1 needs a positive id and names in both languages.</source>
        <translation>Category %1 needs a positive id and names in both languages.</translation>
    </message>
    <message>
        <source>Product %1 needs a positive id, names in both languages, a known category, a price and a station.</source>
        <translation>Product %1 needs a positive id, names in both languages, a known category, a price and a station.</translation>
    </message>
    <message>
        <source>The staff list changed meanwhile; try again.</source>
        <translation>The staff list changed meanwhile; try again.</translation>
    </message>
    <message>
        <source>A category needs a name in Bulgarian and in English.</source>
        <translation>A category needs a name in Bulgarian and in English.</translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation>There is no category %1.</translation>
    </message>
    <message>
        <source>The new order must list every category exactly once.</source>
        <translation>The new order must list every category exactly once.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a station name.</source>
        <translation>&quot;%1&quot; is not a station name.</translation>
    </message>
    <message>
        <source>A product needs a name in Bulgarian and in English.</source>
        <translation>A product needs a name in Bulgarian and in English.</translation>
    </message>
    <message>
        <source>A product&apos;s name has at most %1 characters.</source>
        <translation>A product&apos;s name has at most %1 characters.</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>A description has at most %1 characters.</translation>
    </message>
    <message>
        <source>A price is between 0 and %1 €.</source>
        <translation>A price is between 0 and %1 €.</translation>
    </message>
    <message>
        <source>Unknown allergen code.</source>
        <translation>Unknown allergen code.</translation>
    </message>
    <message>
        <source>The new order must list every product of the category exactly once.</source>
        <translation>The new order must list every product of the category exactly once.</translation>
    </message>
    <message>
        <source>Order %1 is paid already.</source>
        <translation>Order %1 is paid already.</translation>
    </message>
    <message>
        <source>Order %1 is not on table %2&apos;s bill.</source>
        <translation>Order %1 is not on table %2&apos;s bill.</translation>
    </message>
    <message>
        <source>Order %1 has no item %2.</source>
        <translation>Order %1 has no item %2.</translation>
    </message>
    <message>
        <source>%1 of order %2 is paid already.</source>
        <translation>%1 of order %2 is paid already.</translation>
    </message>
    <message>
        <source>Only %1 of %2 × %3 is left to pay.</source>
        <translation>Only %1 of %2 × %3 is left to pay.</translation>
    </message>
    <message>
        <source>This idempotency key was used for a different payment.</source>
        <translation>This idempotency key was used for a different payment.</translation>
    </message>
    <message>
        <source>Table %1 has nothing left to pay.</source>
        <translation>Table %1 has nothing left to pay.</translation>
    </message>
    <message>
        <source>The bill is being split in %1 parts, not %2.</source>
        <translation>The bill is being split in %1 parts, not %2.</translation>
    </message>
    <message>
        <source>%1 cannot be split in %2 parts.</source>
        <translation>%1 cannot be split in %2 parts.</translation>
    </message>
    <message>
        <source>The bill is being split in %1 parts: pay the next part or the whole rest.</source>
        <translation>The bill is being split in %1 parts: pay the next part or the whole rest.</translation>
    </message>
    <message>
        <source>Cash tendered is only for cash payments.</source>
        <translation>Cash tendered is only for cash payments.</translation>
    </message>
    <message>
        <source>%1 tendered is less than the %2 due.</source>
        <translation>%1 tendered is less than the %2 due.</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>There is no payment %1.</translation>
    </message>
    <message>
        <source>Only a manager can void a payment.</source>
        <translation>Only a manager can void a payment.</translation>
    </message>
    <message>
        <source>This payment was voided already.</source>
        <translation>This payment was voided already.</translation>
    </message>
    <message>
        <source>A later payment settled this split: void that one first.</source>
        <translation>A later payment settled this split: void that one first.</translation>
    </message>
    <message>
        <source>The order is at table %1 already.</source>
        <translation>The order is at table %1 already.</translation>
    </message>
    <message>
        <source>Table %1&apos;s bill is being split: finish or void the split first.</source>
        <translation>Table %1&apos;s bill is being split: finish or void the split first.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled.</source>
        <translation>Order %1 is cancelled.</translation>
    </message>
    <message>
        <source>Table %1 has no open bill.</source>
        <translation>Table %1 has no open bill.</translation>
    </message>
    <message>
        <source>Ordering from the table is paused; please ask the staff.</source>
        <translation>Ordering from the table is paused; please ask the staff.</translation>
    </message>
    <message>
        <source>Calling the waiter from the table is paused; please ask the staff.</source>
        <translation>Calling the waiter from the table is paused; please ask the staff.</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>There is no staff member with id %1.</translation>
    </message>
    <message>
        <source>%1 is the last active manager: make someone else a manager first.</source>
        <translation>%1 is the last active manager: make someone else a manager first.</translation>
    </message>
    <message>
        <source>A table number is 1 to %1.</source>
        <translation>A table number is 1 to %1.</translation>
    </message>
    <message>
        <source>A table&apos;s name and area are at most %1 characters.</source>
        <translation>A table&apos;s name and area are at most %1 characters.</translation>
    </message>
    <message>
        <source>A table has 0 to %1 seats.</source>
        <translation>A table has 0 to %1 seats.</translation>
    </message>
    <message>
        <source>There is a table %1 already.</source>
        <translation>There is a table %1 already.</translation>
    </message>
    <message>
        <source>Table %1 has orders today or an open call: switch it off instead, or remove it tomorrow.</source>
        <translation>Table %1 has orders today or an open call: switch it off instead, or remove it tomorrow.</translation>
    </message>
    <message>
        <source>Category %1 still has %2 products (hidden ones too): move them to another category first.</source>
        <translation>Category %1 still has %2 products (hidden ones too): move them to another category first.</translation>
    </message>
    <message>
        <source>cannot LISTEN for other instances&apos; events</source>
        <translation>cannot LISTEN for other instances&apos; events</translation>
    </message>
    <message>
        <source>the data folder %1 belongs to a server that stores its data in PostgreSQL (%2): give the same --config as that server (its [database] url), or delete %3 to use a SQLite file here</source>
        <translation>the data folder %1 belongs to a server that stores its data in PostgreSQL (%2): give the same --config as that server (its [database] url), or delete %3 to use a SQLite file here</translation>
    </message>
</context>
<context>
    <name>tableside::server::TablesideServer</name>
    <message>
        <source>Cannot open the database in %1: %2</source>
        <translation>Cannot open the database in %1: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <source>Staff sign-in and staff data are served over HTTPS only: use %1</source>
        <translation>Staff sign-in and staff data are served over HTTPS only: use %1</translation>
    </message>
    <message>
        <source>Another Tableside Server is already running on %1.</source>
        <translation>Another Tableside Server is already running on %1.</translation>
    </message>
</context>
</TS>
