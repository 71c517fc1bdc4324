<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>CallsController</name>
    <message>
        <source>callType: expected payment_cash, payment_card, help or service</source>
        <translation>callType: expected payment_cash, payment_card, help or service</translation>
    </message>
    <message>
        <source>Idempotency-Key: at most %1 characters</source>
        <translation>Idempotency-Key: at most %1 characters</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage:
  tableside-server [--data-dir DIR] [--address ADDR] [--port PORT] [--config FILE]
                   [--public-staff-channel]
  tableside-server staff add --data-dir DIR --name NAME --pin PIN [--role waiter|kitchen|manager]
  tableside-server staff list --data-dir DIR
  tableside-server staff remove --data-dir DIR --name NAME
  tableside-server staff reset-pin --data-dir DIR --name NAME [--pin PIN]
  tableside-server app-credentials --data-dir DIR
  tableside-server menu import --data-dir DIR FILE.json
  tableside-server qr --tables 1-20 --base-url URL --out cards.pdf
  tableside-server --help | --version

Options:
  --data-dir DIR          where the database lives (default: the app-data folder)
  --address ADDR          IP address to listen on (default 0.0.0.0)
  --port PORT             TCP port (default 8080; 0 picks a free one)
  --config FILE           INI file with these and more settings (see docs/api.md)
  --public-staff-channel  broadcast on "staff-channel" instead of "private-staff-channel"</source>
        <translation>Usage:
  tableside-server [--data-dir DIR] [--address ADDR] [--port PORT] [--config FILE]
                   [--public-staff-channel]
  tableside-server staff add --data-dir DIR --name NAME --pin PIN [--role waiter|kitchen|manager]
  tableside-server staff list --data-dir DIR
  tableside-server staff remove --data-dir DIR --name NAME
  tableside-server staff reset-pin --data-dir DIR --name NAME [--pin PIN]
  tableside-server app-credentials --data-dir DIR
  tableside-server menu import --data-dir DIR FILE.json
  tableside-server qr --tables 1-20 --base-url URL --out cards.pdf
  tableside-server --help | --version

Options:
  --data-dir DIR          where the database lives (default: the app-data folder)
  --address ADDR          IP address to listen on (default 0.0.0.0)
  --port PORT             TCP port (default 8080; 0 picks a free one)
  --config FILE           INI file with these and more settings (see docs/api.md)
  --public-staff-channel  broadcast on "staff-channel" instead of "private-staff-channel"</translation>
    </message>
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
        <source>First start: staff PIN for "%1" is %2 (change it with tableside-server staff reset-pin)</source>
        <translation>First start: staff PIN for "%1" is %2 (change it with tableside-server staff reset-pin)</translation>
    </message>
    <message>
        <source>tableside-server: cannot open the database in %1: %2</source>
        <translation>tableside-server: cannot open the database in %1: %2</translation>
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
        <source>Staff member's name.</source>
        <translation>Staff member's name.</translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation>4 to 8 digits.</translation>
    </message>
    <message>
        <source>waiter, kitchen or manager.</source>
        <translation>waiter, kitchen or manager.</translation>
    </message>
    <message>
        <source>staff: expected add, list, remove or reset-pin</source>
        <translation>staff: expected add, list, remove or reset-pin</translation>
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
        <source>--pin: a PIN is 4 to 8 digits</source>
        <translation>--pin: a PIN is 4 to 8 digits</translation>
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
        <source>menu: expected import</source>
        <translation>menu: expected import</translation>
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
        <source>Guests on this network: no network address found (connect to the restaurant's network)</source>
        <translation>Guests on this network: no network address found (connect to the restaurant's network)</translation>
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
    <name>GuardedTcpServer</name>
    <message>
        <source>The server is at its connection limit; try again shortly.</source>
        <translation>The server is at its connection limit; try again shortly.</translation>
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
        <source>Idempotency-Key: at most %1 characters</source>
        <translation>Idempotency-Key: at most %1 characters</translation>
    </message>
    <message>
        <source>status: expected pending, preparing, ready, completed or cancelled</source>
        <translation>status: expected pending, preparing, ready, completed or cancelled</translation>
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
    <name>tableside::server::MenuController</name>
    <message>
        <source>There is no product %1.</source>
        <translation>There is no product %1.</translation>
    </message>
</context>
<context>
    <name>tableside::server::StaffController</name>
    <message numerus="yes">
        <source>Too many wrong PINs from this device; try again in %n minute(s).</source>
        <translation><numerusform>Too many wrong PINs from this device; try again in %n minute.</numerusform><numerusform>Too many wrong PINs from this device; try again in %n minutes.</numerusform></translation>
    </message>
    <message>
        <source>pin: expected the staff PIN</source>
        <translation>pin: expected the staff PIN</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
</context>
<context>
    <name>tableside::server::StationProgress</name>
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
        <source>Order %1 has nothing for the %2 station.</source>
        <translation>Order %1 has nothing for the %2 station.</translation>
    </message>
    <message>
        <source>Order %1 is %2; stations can no longer report on it.</source>
        <translation>Order %1 is %2; stations can no longer report on it.</translation>
    </message>
    <message>
        <source>The %1 station has already reported order %2 ready.</source>
        <translation>The %1 station has already reported order %2 ready.</translation>
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
</context>
<context>
    <name>tableside::server::TablesideServer</name>
    <message>
        <source>Cannot open the database in %1: %2</source>
        <translation>Cannot open the database in %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key.</source>
        <translation>Cannot read the TLS certificate or key.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>The TLS certificate or key is not valid PEM.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
</context>
</TS>