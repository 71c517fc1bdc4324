<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>AdminServiceController</name>
    <message>
        <source>approval: expected an object</source>
        <translation>approval: очаква се обект</translation>
    </message>
    <message>
        <source>from / to: expected a time like 2026-05-01T00:00:00Z</source>
        <translation>from / to: очаква се време като 2026-05-01T00:00:00Z</translation>
    </message>
    <message>
        <source>before: an entry id; limit: 1 to 500</source>
        <translation>before: номер на запис; limit: от 1 до 500</translation>
    </message>
</context>
<context>
    <name>AdminStaffController</name>
    <message>
        <source>role: expected waiter, kitchen or manager</source>
        <translation>role: очаква се waiter, kitchen или manager</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>Няма такъв служител.</translation>
    </message>
    <message>
        <source>name: empty</source>
        <translation>name: празно</translation>
    </message>
    <message>
        <source>Nothing to change: send name, role or active.</source>
        <translation>Няма какво да се промени: изпратете name, role или active.</translation>
    </message>
</context>
<context>
    <name>AdminTablesController</name>
    <message>
        <source>No such table.</source>
        <translation>Няма такава маса.</translation>
    </message>
    <message>
        <source>Nothing to change: send name, area, seats or active.</source>
        <translation>Няма какво да се промени: изпратете name, area, seats или active.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Log in first: a valid Bearer token is needed.</source>
        <translation>Първо влезте: нужен е валиден Bearer токен.</translation>
    </message>
    <message>
        <source>The database could not store the change; nothing was saved. Try again.</source>
        <translation>Базата данни не можа да запише промяната; нищо не е запазено. Опитайте отново.</translation>
    </message>
</context>
<context>
    <name>ApiRouter</name>
    <message>
        <source>There is nothing at %1.</source>
        <translation>На %1 няма нищо.</translation>
    </message>
    <message>
        <source>%1 does not take %2; use %3.</source>
        <translation>%1 не приема %2; използвайте %3.</translation>
    </message>
    <message>
        <source>A %1 may not do this.</source>
        <translation>Роля %1 няма право на това.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1</source>
        <translation>Тялото на заявката не е валиден JSON: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Тялото на заявката трябва да е JSON обект.</translation>
    </message>
    <message>
        <source>Requests from other web sites are not accepted.</source>
        <translation>Заявки от други уеб сайтове не се приемат.</translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation>Изпратете тялото като application/json.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>taken %1, %2 orders, last seq %3</source>
        <translation>направено %1, %2 поръчки, последен seq %3</translation>
    </message>
    <message>
        <source>Backup file.</source>
        <translation>Файл на резервното копие.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 не може да бъде записан: %2</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>неочакван аргумент: %1</translation>
    </message>
    <message>
        <source>there is no database in %1</source>
        <translation>в %1 няма база данни</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>папката %1 не може да бъде създадена</translation>
    </message>
    <message>
        <source>the backup failed: %1</source>
        <translation>резервното копие не успя: %1</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2)</source>
        <translation>Резервното копие е записано: %1 (%2)</translation>
    </message>
    <message>
        <source>expected one backup file to restore</source>
        <translation>очаква се един файл с резервно копие за възстановяване</translation>
    </message>
    <message>
        <source>a server is running on %1; stop it first (e.g. systemctl stop tableside-server)</source>
        <translation>в %1 работи сървър; първо го спрете (напр. systemctl stop tableside-server)</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 не може да бъде заключен</translation>
    </message>
    <message>
        <source>%1 is not a good backup, nothing was changed: %2</source>
        <translation>%1 не е изправно резервно копие, нищо не е променено: %2</translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation>нищо не е променено: %1</translation>
    </message>
    <message>
        <source>cannot move %1 aside, nothing was changed</source>
        <translation>%1 не може да бъде преместен настрани, нищо не е променено</translation>
    </message>
    <message>
        <source>cannot put the restored database in place; the old one is at %1</source>
        <translation>възстановената база данни не може да бъде поставена на мястото си; старата е в %1</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (%3)</source>
        <translation>Възстановено е %1 в %2 (%3)</translation>
    </message>
    <message>
        <source>The replaced database is kept as %1</source>
        <translation>Заменената база данни е запазена като %1</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL backup (pg_dump archive); the database is %2, nothing was changed</source>
        <translation>%1 не е резервно копие на PostgreSQL (архив на pg_dump); базата данни е %2, нищо не е променено</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>няма връзка с %1: %2</translation>
    </message>
    <message>
        <source>a server is running on %1 (%2 other connections); stop every instance first (e.g. systemctl stop tableside-server on each machine)</source>
        <translation>сървър работи с %1 (%2 други връзки); първо спрете всички инстанции (напр. systemctl stop tableside-server на всяка машина)</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL backup (pg_dump archive); the database is the SQLite file in %2, nothing was changed</source>
        <translation>%1 е резервно копие на PostgreSQL (архив на pg_dump); базата данни е файлът на SQLite в %2, нищо не е променено</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Файлът %1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <source>Cannot start unpacking the backup.</source>
        <translation>Разархивирането на резервното копие не може да започне.</translation>
    </message>
    <message>
        <source>Cannot unpack the backup: %1</source>
        <translation>Резервното копие не може да бъде разархивирано: %1</translation>
    </message>
    <message>
        <source>%1 is damaged: it does not unpack.</source>
        <translation>%1 е повреден: не може да бъде разархивиран.</translation>
    </message>
    <message>
        <source>Cannot open the backup: %1</source>
        <translation>Резервното копие не може да бъде отворено: %1</translation>
    </message>
    <message>
        <source>The backup fails the integrity check: %1</source>
        <translation>Резервното копие не минава проверката за цялост: %1</translation>
    </message>
    <message>
        <source>The file is not a Tableside database: %1</source>
        <translation>Файлът не е база данни на Tableside: %1</translation>
    </message>
    <message>
        <source>No such backup file: %1</source>
        <translation>Няма такъв файл с резервно копие: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 не може да бъде записан.</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>No database at %1.</source>
        <translation>Няма база данни в %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Базата данни %1 не може да бъде отворена: %2</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation>Базата данни не може да бъде копирана в %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Файлът %1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 не може да бъде записан: %2</translation>
    </message>
    <message>
        <source>Cannot start compressing the backup.</source>
        <translation>Компресирането на резервното копие не може да започне.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 не може да бъде записан.</translation>
    </message>
</context>
<context>
    <name>CallsController</name>
    <message>
        <source>callType: expected payment_cash, payment_card, help or service</source>
        <translation>callType: очаква се payment_cash, payment_card, help или service</translation>
    </message>
    <message>
        <source>No such waiter call.</source>
        <translation>Няма такова повикване на сервитьор.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>cannot read the config file %1</source>
        <translation>конфигурационният файл %1 не може да бъде прочетен</translation>
    </message>
    <message>
        <source>the config file %1 is not valid INI</source>
        <translation>конфигурационният файл %1 не е валиден INI</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>First start: staff PIN for &quot;%1&quot; is %2 (change it with tableside-server staff reset-pin)</source>
        <translation>Първо стартиране: ПИН на служителя „%1“ е %2 (сменете го с tableside-server staff reset-pin)</translation>
    </message>
    <message>
        <source>Data folder.</source>
        <translation>Папка с данни.</translation>
    </message>
    <message>
        <source>Config file.</source>
        <translation>Конфигурационен файл.</translation>
    </message>
    <message>
        <source>Staff member&apos;s name.</source>
        <translation>Име на служителя.</translation>
    </message>
    <message>
        <source>waiter, kitchen or manager.</source>
        <translation>waiter (сервитьор), kitchen (кухня) или manager (управител).</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>неочакван аргумент: %1</translation>
    </message>
    <message>
        <source>staff %1: --name NAME is required</source>
        <translation>staff %1: нужно е --name ИМЕ</translation>
    </message>
    <message>
        <source>staff add: --pin PIN is required</source>
        <translation>staff add: нужно е --pin ПИН</translation>
    </message>
    <message>
        <source>--role: expected waiter, kitchen or manager</source>
        <translation>--role: очаква се waiter, kitchen или manager</translation>
    </message>
    <message>
        <source>tableside-server: the database could not store the change</source>
        <translation>tableside-server: базата данни не можа да запише промяната</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Добавен е %1 (%2).</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Премахнат е %1.</translation>
    </message>
    <message>
        <source>New PIN for %1 is %2.</source>
        <translation>Новият ПИН на %1 е %2.</translation>
    </message>
    <message>
        <source>menu import: expected one FILE.json</source>
        <translation>menu import: очаква се един ФАЙЛ.json</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 не е JSON обект: %2</translation>
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
        <translation>%1: няма продукти</translation>
    </message>
    <message>
        <source>Imported %1 categories and %2 products.</source>
        <translation>Внесени са %1 категории и %2 продукта.</translation>
    </message>
    <message>
        <source>Guests on this network: none (listening on %1 only)</source>
        <translation>Гости в тази мрежа: няма (слуша се само на %1)</translation>
    </message>
    <message>
        <source>Guests on this network: no network address found (connect to the restaurant&apos;s network)</source>
        <translation>Гости в тази мрежа: не е намерен мрежов адрес (свържете се с мрежата на заведението)</translation>
    </message>
    <message>
        <source>Guests on this network: %1</source>
        <translation>Гости в тази мрежа: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показва тази помощ.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показва версията.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Адрес, на който да се слуша.</translation>
    </message>
    <message>
        <source>Port to listen on.</source>
        <translation>Порт, на който да се слуша.</translation>
    </message>
    <message>
        <source>Use the public staff-channel.</source>
        <translation>Използва публичния staff-channel.</translation>
    </message>
    <message>
        <source>unknown command: %1 (see --help)</source>
        <translation>непозната команда: %1 (вижте --help)</translation>
    </message>
    <message>
        <source>--address: not an IP address: %1</source>
        <translation>--address: не е IP адрес: %1</translation>
    </message>
    <message>
        <source>--port: expected 0 to 65535, not %1</source>
        <translation>--port: очаква се от 0 до 65535, а не %1</translation>
    </message>
    <message>
        <source>Staff dashboards on this network: %1</source>
        <translation>Табла на персонала в тази мрежа: %1</translation>
    </message>
    <message>
        <source>Staff TLS port to listen on.</source>
        <translation>TLS порт за персонала.</translation>
    </message>
    <message>
        <source>on: staff over TLS on its own port.</source>
        <translation>on: персоналът през TLS на собствен порт.</translation>
    </message>
    <message>
        <source>--staff-port: expected 0 to 65535, not %1</source>
        <translation>--staff-port: очаква се от 0 до 65535, а не %1</translation>
    </message>
    <message>
        <source>--tls-mode: expected on or off, not %1</source>
        <translation>--tls-mode: очаква се on или off, а не %1</translation>
    </message>
    <message>
        <source>Made a self-signed certificate for the staff side.</source>
        <translation>Създаден е самоподписан сертификат за частта на персонала.</translation>
    </message>
    <message>
        <source>Staff certificate SHA-256 fingerprint: %1 (dashboards pin it; tableside-server fingerprint prints it again)</source>
        <translation>SHA-256 отпечатък на сертификата за персонала: %1 (таблата го запомнят; tableside-server fingerprint го показва отново)</translation>
    </message>
    <message>
        <source>Staff side on the same port (tls/mode=off): PINs and tokens are not encrypted unless a certificate is configured</source>
        <translation>Частта на персонала е на същия порт (tls/mode=off): ПИН кодовете и токените не са шифровани, освен ако е зададен сертификат</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>заключен до %1</translation>
    </message>
    <message>
        <source>6 to 8 digits.</source>
        <translation>От 6 до 8 цифри.</translation>
    </message>
    <message>
        <source>Accept a 4- or 5-digit PIN (its owner is asked to change it).</source>
        <translation>Приема ПИН от 4 или 5 цифри (собственикът му ще бъде помолен да го смени).</translation>
    </message>
    <message>
        <source>Client address to unlock.</source>
        <translation>Адрес на клиент за отключване.</translation>
    </message>
    <message>
        <source>staff: expected add, list, remove, reset-pin, lockouts or unlock</source>
        <translation>staff: очаква се add, list, remove, reset-pin, lockouts или unlock</translation>
    </message>
    <message>
        <source>--pin: a PIN is 6 to 8 digits</source>
        <translation>--pin: ПИН-ът е от 6 до 8 цифри</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>%1 е отключен.</translation>
    </message>
    <message>
        <source>%1 was not locked.</source>
        <translation>%1 не беше заключен.</translation>
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
        <translation>Употреба:
  tableside-server [--data-dir ПАПКА] [--address АДРЕС] [--port ПОРТ] [--config ФАЙЛ]
                   [--staff-port ПОРТ] [--tls-mode on|off] [--public-staff-channel]
  tableside-server staff add --data-dir ПАПКА --name ИМЕ --pin ПИН [--role waiter|kitchen|manager]
  tableside-server staff list --data-dir ПАПКА
  tableside-server staff remove --data-dir ПАПКА --name ИМЕ
  tableside-server staff reset-pin --data-dir ПАПКА --name ИМЕ [--pin ПИН]
  tableside-server staff lockouts|unlock --data-dir ПАПКА [--name ИМЕ | --address АДРЕС]
  tableside-server app-credentials --data-dir ПАПКА
  tableside-server fingerprint [--data-dir ПАПКА]
  tableside-server backup --data-dir ПАПКА [--out ФАЙЛ.db.gz|ФАЙЛ.pgdump]
  tableside-server restore --data-dir ПАПКА ФАЙЛ.db.gz|ФАЙЛ.pgdump
  tableside-server report --data-dir ПАПКА (--day ГГГГ-ММ-ДД | --from Д --to Д)
                   [--lang bg|en] (--out ФАЙЛ.pdf | --out ПАПКА --format csv)
  tableside-server menu import --data-dir ПАПКА ФАЙЛ.json
  tableside-server menu export --data-dir ПАПКА [ФАЙЛ.json]
  tableside-server qr --data-dir ПАПКА --base-url URL [--tables 1-20] --out cards.pdf
  tableside-server table-links --data-dir ПАПКА --base-url URL [--tables 1-20] [--rotate]
  tableside-server --help | --version

Опции:
  --data-dir ПАПКА        къде е базата данни (по подразбиране: папката за данни на приложението)
  --address АДРЕС         IP адрес, на който да се слуша (по подразбиране 0.0.0.0)
  --port ПОРТ             TCP порт за гостите, обикновен HTTP (по подразбиране 8080; 0 избира свободен)
  --staff-port ПОРТ       TCP порт за персонала, HTTPS и wss (по подразбиране 8443; 0 избира свободен)
  --tls-mode on|off       off: персоналът също на обикновения порт на гостите (tls/mode)
  --config ФАЙЛ           INI файл с тези и още настройки (вижте docs/api.md);
                          всяка команда го приема: [database] url посочва базата ѝ данни
  --public-staff-channel  излъчва на &quot;staff-channel&quot; вместо на &quot;private-staff-channel&quot;</translation>
    </message>
    <message>
        <source>menu export: expected at most one FILE.json</source>
        <translation>menu export: очаква се най-много един FILE.json</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 не може да бъде записан</translation>
    </message>
    <message>
        <source>Exported %1 categories and %2 products to %3.</source>
        <translation>Изнесени са %1 категории и %2 продукта в %3.</translation>
    </message>
    <message>
        <source>menu: expected import or export</source>
        <translation>menu: очаква се import или export</translation>
    </message>
    <message>
        <source>cannot open the database in %1: %2</source>
        <translation>базата данни в %1 не може да бъде отворена: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>The request was not completed in time.</source>
        <translation>Заявката не беше завършена навреме.</translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation>Заглавките на заявката са твърде големи.</translation>
    </message>
    <message>
        <source>Malformed chunked request body.</source>
        <translation>Повредено тяло на заявка на части (chunked).</translation>
    </message>
    <message>
        <source>The request body is over %1 bytes.</source>
        <translation>Тялото на заявката е над %1 байта.</translation>
    </message>
    <message>
        <source>Invalid Content-Length.</source>
        <translation>Невалиден Content-Length.</translation>
    </message>
</context>
<context>
    <name>FingerprintCommand</name>
    <message>
        <source>unexpected argument: %1</source>
        <translation>неочакван аргумент: %1</translation>
    </message>
</context>
<context>
    <name>GuardedTcpServer</name>
    <message>
        <source>The server is at its connection limit; try again shortly.</source>
        <translation>Сървърът е достигнал лимита си на връзки; опитайте отново след малко.</translation>
    </message>
</context>
<context>
    <name>GuestBillController</name>
    <message>
        <source>No such table.</source>
        <translation>Няма такава маса.</translation>
    </message>
</context>
<context>
    <name>GuestRoutes</name>
    <message>
        <source>Too many requests; try again in %1 s.</source>
        <translation>Твърде много заявки; опитайте отново след %1 с.</translation>
    </message>
</context>
<context>
    <name>GuestWriteLimits</name>
    <message>
        <source>Too many requests from this device; wait a moment.</source>
        <translation>Твърде много заявки от това устройство; изчакайте малко.</translation>
    </message>
    <message>
        <source>Too many requests from this table; wait a moment.</source>
        <translation>Твърде много заявки от тази маса; изчакайте малко.</translation>
    </message>
</context>
<context>
    <name>GuestWritePipeline</name>
    <message>
        <source>Idempotency-Key: at most %1 characters</source>
        <translation>Idempotency-Key: най-много %1 знака</translation>
    </message>
    <message>
        <source>This table link is not valid here (another table&apos;s, or replaced). Scan the QR code on your table again.</source>
        <translation>Тази връзка към маса не важи тук (на друга маса е или е заменена). Сканирайте отново QR кода на масата си.</translation>
    </message>
    <message>
        <source>Open your table&apos;s link first: scan the QR code on your table.</source>
        <translation>Първо отворете връзката на масата си: сканирайте QR кода на масата.</translation>
    </message>
</context>
<context>
    <name>HealthController</name>
    <message>
        <source>Metrics are served to this machine only.</source>
        <translation>Метриките се дават само на този компютър.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>expected an object</source>
        <translation>очаква се обект</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>непознат статус &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>очаква се текст</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;</source>
        <translation>непозната роля &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown call type &apos;%1&apos;</source>
        <translation>непознат вид повикване &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>an amount may have at most two decimals</source>
        <translation>сумата може да има най-много два знака след десетичната запетая</translation>
    </message>
    <message>
        <source>the amount is too large (at most %1)</source>
        <translation>сумата е твърде голяма (най-много %1)</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>сумата е празна</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (digits with an optional decimal point and up to two decimals)</source>
        <translation>&apos;%1&apos; не е сума (цифри, по желание с десетична точка и до два знака след нея)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; не е сума</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>очаква се число</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>очаква се крайно число</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>сумата е отрицателна</translation>
    </message>
</context>
<context>
    <name>OrdersController</name>
    <message>
        <source>items: expected 1 to %1 lines</source>
        <translation>items: очакват се от 1 до %1 реда</translation>
    </message>
    <message>
        <source>items[%1]: expected an object</source>
        <translation>items[%1]: очаква се обект</translation>
    </message>
    <message>
        <source>status: expected pending, preparing, ready, completed or cancelled</source>
        <translation>status: очаква се pending, preparing, ready, completed или cancelled</translation>
    </message>
</context>
<context>
    <name>PgDump</name>
    <message>
        <source>%1 is not installed (Debian package postgresql-client-15)</source>
        <translation>%1 не е инсталиран (пакет на Debian postgresql-client-15)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 не може да бъде стартиран: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 не успя: %2</translation>
    </message>
    <message>
        <source>No such backup file: %1</source>
        <translation>Няма такъв файл с резервно копие: %1</translation>
    </message>
    <message>
        <source>%1 is not a pg_dump archive.</source>
        <translation>%1 не е архив на pg_dump.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 е повреден: %2</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Tableside database (no orders table).</source>
        <translation>%1 не е резервно копие на база данни на Tableside (няма таблица orders).</translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation>нищо не е променено: %1</translation>
    </message>
    <message>
        <source>the backup was restored, but its new history id was not written (reload the dashboards): %1</source>
        <translation>резервното копие е възстановено, но новият му идентификатор на историята не е записан (презаредете таблата): %1</translation>
    </message>
</context>
<context>
    <name>PhotoEncoder</name>
    <message>
        <source>The photo is empty or too large.</source>
        <translation>Снимката е празна или твърде голяма.</translation>
    </message>
    <message>
        <source>The upload is not an image (JPEG, PNG, GIF).</source>
        <translation>Каченият файл не е изображение (JPEG, PNG, GIF).</translation>
    </message>
    <message>
        <source>The picture has too many pixels.</source>
        <translation>Изображението има твърде много пиксели.</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>Изображението не може да бъде прочетено: %1</translation>
    </message>
    <message>
        <source>The photo stays too large even compressed.</source>
        <translation>Снимката остава твърде голяма и след компресиране.</translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <source>printers/%1: a printer&apos;s name is 1–40 letters, digits, - or _</source>
        <translation>printers/%1: името на принтер е 1–40 букви, цифри, - или _</translation>
    </message>
    <message>
        <source>%1address: expected HOST:PORT or a device path such as /dev/usb/lp0</source>
        <translation>%1address: очаква се ХОСТ:ПОРТ или път до устройство като /dev/usb/lp0</translation>
    </message>
    <message>
        <source>%1codePage: expected cp866, cp855, cp1251, pc437 or raster</source>
        <translation>%1codePage: очаква се cp866, cp855, cp1251, pc437 или raster</translation>
    </message>
    <message>
        <source>%1width: expected 58 or 80</source>
        <translation>%1width: очаква се 58 или 80</translation>
    </message>
    <message>
        <source>%1when: expected new-order, start or late</source>
        <translation>%1when: очаква се new-order, start или late</translation>
    </message>
    <message>
        <source>%1lateSeconds: expected an integer from 5 to 3600</source>
        <translation>%1lateSeconds: очаква се цяло число от 5 до 3600</translation>
    </message>
    <message>
        <source>%1codeTable: expected an integer from 0 to 255</source>
        <translation>%1codeTable: очаква се цяло число от 0 до 255</translation>
    </message>
</context>
<context>
    <name>PrinterTransport</name>
    <message>
        <source>the printer reports: paper out</source>
        <translation>принтерът съобщава: няма хартия</translation>
    </message>
    <message>
        <source>the printer reports: offline (cover open or an error)</source>
        <translation>принтерът съобщава: не е готов (отворен капак или грешка)</translation>
    </message>
    <message>
        <source>printed (the printer does not answer status queries)</source>
        <translation>отпечатано (принтерът не отговаря на запитвания за състояние)</translation>
    </message>
    <message>
        <source>printed; status 0x%1 paper 0x%2</source>
        <translation>отпечатано; състояние 0x%1, хартия 0x%2</translation>
    </message>
    <message>
        <source>bad address %1</source>
        <translation>грешен адрес %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>няма връзка с %1: %2</translation>
    </message>
    <message>
        <source>connected; the printer does not answer status queries</source>
        <translation>има връзка; принтерът не отговаря на запитвания за състояние</translation>
    </message>
    <message>
        <source>ready; status 0x%1</source>
        <translation>готов; състояние 0x%1</translation>
    </message>
    <message>
        <source>the connection broke after %1 of %2 bytes: %3</source>
        <translation>връзката прекъсна след %1 от %2 байта: %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2 (is the printer on, and the server in group lp?)</source>
        <translation>%1 не може да се отвори: %2 (включен ли е принтерът и в група lp ли е сървърът?)</translation>
    </message>
    <message>
        <source>%1 is open for writing</source>
        <translation>%1 е отворен за запис</translation>
    </message>
    <message>
        <source>%1 took %2 of %3 bytes (paper out or switched off?)</source>
        <translation>%1 прие %2 от %3 байта (няма хартия или е изключен?)</translation>
    </message>
    <message>
        <source>device printers are supported on Linux only</source>
        <translation>принтери като устройство се поддържат само под Linux</translation>
    </message>
</context>
<context>
    <name>QrCardWriter</name>
    <message>
        <source>the base URL must be absolute, e.g. http://192.168.1.20:8080</source>
        <translation>базовият URL адрес трябва да е пълен, напр. http://192.168.1.20:8080</translation>
    </message>
    <message>
        <source>the base URL must start with http:// or https://</source>
        <translation>базовият URL адрес трябва да започва с http:// или https://</translation>
    </message>
    <message>
        <source>the base URL has no host</source>
        <translation>базовият URL адрес няма хост</translation>
    </message>
    <message>
        <source>the base URL must not have a query or fragment</source>
        <translation>базовият URL адрес не трябва да съдържа заявка (query) или фрагмент</translation>
    </message>
    <message>
        <source>the base URL must not contain a user name or password</source>
        <translation>базовият URL адрес не трябва да съдържа потребителско име или парола</translation>
    </message>
    <message>
        <source>no tables to print</source>
        <translation>няма маси за отпечатване</translation>
    </message>
    <message>
        <source>Tableside QR table cards</source>
        <translation>Tableside – QR карти за масите</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 не може да бъде записан</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>%1 не може да бъде завършен</translation>
    </message>
</context>
<context>
    <name>QrCardsRoute</name>
    <message>
        <source>tables: a list of 1 to 200 existing table numbers</source>
        <translation>tables: списък от 1 до 200 съществуващи номера на маси</translation>
    </message>
    <message>
        <source>baseUrl: an http(s) address like http://192.168.1.20:8080</source>
        <translation>baseUrl: http(s) адрес като http://192.168.1.20:8080</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Business day.</source>
        <translation>Работен ден.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Първи ден.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Последен ден.</translation>
    </message>
    <message>
        <source>bg or en.</source>
        <translation>bg или en.</translation>
    </message>
    <message>
        <source>pdf or csv.</source>
        <translation>pdf или csv.</translation>
    </message>
    <message>
        <source>Output.</source>
        <translation>Изход.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>неочакван аргумент: %1</translation>
    </message>
    <message>
        <source>--lang: expected bg or en</source>
        <translation>--lang: очаква се bg или en</translation>
    </message>
    <message>
        <source>--format: expected pdf or csv</source>
        <translation>--format: очаква се pdf или csv</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out е задължителен</translation>
    </message>
    <message>
        <source>there is no database in %1</source>
        <translation>в %1 няма база данни</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>базата данни не може да се прочете: %1</translation>
    </message>
    <message>
        <source>Wrote the report for %1 (%2 orders) to %3</source>
        <translation>Отчетът за %1 (%2 поръчки) е записан в %3</translation>
    </message>
    <message>
        <source>Hour a business day starts.</source>
        <translation>Час, в който започва работният ден.</translation>
    </message>
    <message>
        <source>--business-day-start-hour: expected 0-23</source>
        <translation>--business-day-start-hour: очаква се 0-23</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source> BGN</source>
        <translation> лв.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Оборот</translation>
    </message>
    <message>
        <source>Revenue in leva</source>
        <translation>Оборот в лева</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Поръчки</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Артикули</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Средна сметка</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Отказани поръчки</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Платено в брой</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Платено с карта</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Бакшиши</translation>
    </message>
    <message>
        <source>Waiter calls</source>
        <translation>Повиквания</translation>
    </message>
    <message>
        <source>%1 (%2 unanswered)</source>
        <translation>%1 (%2 без отговор)</translation>
    </message>
    <message>
        <source>Whole order</source>
        <translation>Цялата поръчка</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Кухня</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Бар</translation>
    </message>
    <message>
        <source>Bill (cash)</source>
        <translation>Сметка (в брой)</translation>
    </message>
    <message>
        <source>Bill (card)</source>
        <translation>Сметка (с карта)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Обслужване</translation>
    </message>
    <message>
        <source>Sales by hour (EUR)</source>
        <translation>Продажби по часове (EUR)</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>Най-продавани по оборот</translation>
    </message>
    <message>
        <source>Order to ready, minutes (orders per bucket)</source>
        <translation>От поръчка до готово, минути (брой поръчки)</translation>
    </message>
    <message>
        <source>Time to acknowledge a call (min:s)</source>
        <translation>Време до отговор на повикване (мин:сек)</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-и процентил</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукти</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>По часове</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Маси</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Маса</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Приключени</translation>
    </message>
    <message>
        <source>Their revenue</source>
        <translation>Оборот от тях</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отказани</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Повиквания</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Плащания</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Анулирания</translation>
    </message>
    <message>
        <source>Kitchen and bar</source>
        <translation>Кухня и бар</translation>
    </message>
    <message>
        <source>order → start</source>
        <translation>поръчка → започната</translation>
    </message>
    <message>
        <source>order → ready</source>
        <translation>поръчка → готова</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Средно</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>90%</source>
        <translation>90%</translation>
    </message>
    <message>
        <source>Slowest five</source>
        <translation>Петте най-бавни</translation>
    </message>
    <message>
        <source>Type / waiter</source>
        <translation>Вид / сервитьор</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Без отговор</translation>
    </message>
    <message>
        <source>Ack. median</source>
        <translation>Отговор, медиана</translation>
    </message>
    <message>
        <source>Ack. 90%</source>
        <translation>Отговор, 90%</translation>
    </message>
    <message>
        <source>Done median</source>
        <translation>Изпълнено, медиана</translation>
    </message>
    <message>
        <source>Done 90%</source>
        <translation>Изпълнено, 90%</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Начин</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>In leva</source>
        <translation>В лева</translation>
    </message>
    <message>
        <source>Cancellations and voids</source>
        <translation>Откази и анулирания</translation>
    </message>
    <message>
        <source>order %1 cancelled</source>
        <translation>поръчка %1 отказана</translation>
    </message>
    <message>
        <source>payment voided</source>
        <translation>анулирано плащане</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>By</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Tableside report %1</source>
        <translation>Отчет на Tableside %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не може да се запише %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Отчет %1</translation>
    </message>
    <message>
        <source>Business days from %1:00 local time · made %2</source>
        <translation>Работни дни от %1:00 местно време · изготвен %2</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>day: expected a date YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>day: очаква се дата ГГГГ-ММ-ДД, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either a day or both from and to (YYYY-MM-DD)</source>
        <translation>задайте или day, или from и to (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>from/to: expected dates YYYY-MM-DD</source>
        <translation>from/to: очакват се дати ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>from must not be after to, and a report covers at most %1 days</source>
        <translation>from не може да е след to, а отчетът обхваща най-много %1 дни</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>папката %1 не може да се създаде</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не може да се запише %1: %2</translation>
    </message>
    <message>
        <source>table: which table (summary, by_product …)</source>
        <translation>table: коя таблица (summary, by_product …)</translation>
    </message>
    <message>
        <source>There is no report table %1.</source>
        <translation>Няма таблица %1 в отчета.</translation>
    </message>
    <message>
        <source>lang: expected bg or en</source>
        <translation>lang: очаква се bg или en</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Отчетът не можа да бъде изготвен.</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>%1: missing</source>
        <translation>%1: липсва</translation>
    </message>
    <message>
        <source>%1: expected a whole number from %2 to %3</source>
        <translation>%1: очаква се цяло число от %2 до %3</translation>
    </message>
    <message>
        <source>%1: expected text</source>
        <translation>%1: очаква се текст</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1: най-много %2 знака</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: очаква се true или false</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>the database is from a newer version (schema %1, this build knows %2)</source>
        <translation>базата данни е от по-нова версия (схема %1, тази версия познава %2)</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>%1: expected an integer from %2 to %3</source>
        <translation>%1: очаква се цяло число от %2 до %3</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: очаква се true или false</translation>
    </message>
    <message>
        <source>server/address: not an IP address: %1</source>
        <translation>server/address: не е IP адрес: %1</translation>
    </message>
    <message>
        <source>tls/certificate and tls/privateKey must be set together</source>
        <translation>tls/certificate и tls/privateKey трябва да се зададат заедно</translation>
    </message>
    <message>
        <source>server/metricsAccess: expected localhost+staff, localhost, staff or open</source>
        <translation>server/metricsAccess: очаква се localhost+staff, localhost, staff или open</translation>
    </message>
    <message>
        <source>tls/mode: expected on or off</source>
        <translation>tls/mode: очаква се on или off</translation>
    </message>
    <message>
        <source>reports/language: expected bg or en</source>
        <translation>reports/language: очаква се bg или en</translation>
    </message>
</context>
<context>
    <name>StaffCertificate</name>
    <message>
        <source>Cannot read the TLS certificate or key (%1, %2).</source>
        <translation>TLS сертификатът или ключът не може да се прочете (%1, %2).</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM (%1, %2).</source>
        <translation>TLS сертификатът или ключът не е валиден PEM (%1, %2).</translation>
    </message>
    <message>
        <source>Cannot make a TLS certificate: %1</source>
        <translation>Не може да се създаде TLS сертификат: %1</translation>
    </message>
    <message>
        <source>Cannot write the TLS certificate into %1.</source>
        <translation>TLS сертификатът не може да се запише в %1.</translation>
    </message>
</context>
<context>
    <name>StaffEvent</name>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>непозната стойност &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;</source>
        <translation>непознато събитие &apos;%1&apos;</translation>
    </message>
    <message>
        <source>payload is not valid JSON (%1)</source>
        <translation>съдържанието (payload) не е валиден JSON (%1)</translation>
    </message>
    <message>
        <source>payload is not a JSON object</source>
        <translation>съдържанието (payload) не е JSON обект</translation>
    </message>
</context>
<context>
    <name>StationProgress</name>
    <message>
        <source>Order %1 has nothing for the %2 station.</source>
        <translation>Поръчка %1 няма нищо за станция %2.</translation>
    </message>
    <message>
        <source>Order %1 is %2; stations can no longer report on it.</source>
        <translation>Поръчка %1 е %2; станциите вече не могат да отчитат по нея.</translation>
    </message>
    <message>
        <source>The %1 station is already %2 on order %3.</source>
        <translation>Станция %1 вече е %2 по поръчка %3.</translation>
    </message>
    <message>
        <source>The %1 station has already reported order %2 ready.</source>
        <translation>Станция %1 вече е отчела поръчка %2 като готова.</translation>
    </message>
    <message>
        <source>Order %1 is %2 and cannot be recalled.</source>
        <translation>Поръчка %1 е %2 и не може да бъде върната.</translation>
    </message>
    <message>
        <source>The %1 station has not reported order %2 ready; nothing to recall.</source>
        <translation>Станция %1 не е отчела поръчка %2 като готова; няма какво да се връща.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>драйверът на Qt за PostgreSQL (QPSQL, пакет на Debian libqt6sql6-psql) не е инсталиран</translation>
    </message>
</context>
<context>
    <name>TableLinksCommand</name>
    <message>
        <source>Server data folder (its database holds the keys).</source>
        <translation>Папка с данните на сървъра (базата данни пази ключовете).</translation>
    </message>
    <message>
        <source>Where guests reach the server, e.g. http://192.168.1.20:8080.</source>
        <translation>Адресът, на който гостите достигат сървъра, напр. http://192.168.1.20:8080.</translation>
    </message>
    <message>
        <source>Tables, e.g. 1-20 or 1-5,8 (default: every active table).</source>
        <translation>Маси, напр. 1-20 или 1-5,8 (по подразбиране: всяка активна маса).</translation>
    </message>
    <message>
        <source>New keys for the tables given (every table without --tables): old links stop working.</source>
        <translation>Нови ключове за дадените маси (за всички маси без --tables): старите връзки спират да работят.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>неочакван аргумент „%1“</translation>
    </message>
    <message>
        <source>--base-url is required (e.g. --base-url http://192.168.1.20:8080)</source>
        <translation>--base-url е задължителен (напр. --base-url http://192.168.1.20:8080)</translation>
    </message>
    <message>
        <source>no Tableside database in %1</source>
        <translation>в %1 няма база данни на Tableside</translation>
    </message>
    <message>
        <source>cannot write the new keys</source>
        <translation>новите ключове не могат да бъдат записани</translation>
    </message>
    <message>
        <source>New keys for every table: the old links and cards no longer work.</source>
        <translation>Нови ключове за всички маси: старите връзки и карти вече не работят.</translation>
    </message>
    <message numerus="yes">
        <source>New keys for %n table(s): their old links and cards no longer work.</source>
        <translation>
            <numerusform>Нов ключ за %n маса: старата ѝ връзка и карта вече не работят.</numerusform>
            <numerusform>Нови ключове за %n маси: старите им връзки и карти вече не работят.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint the cards: tableside-server qr --data-dir DIR --base-url URL [--tables LIST] --out cards.pdf</source>
        <translation>Отпечатайте картите отново: tableside-server qr --data-dir DIR --base-url URL [--tables LIST] --out cards.pdf</translation>
    </message>
    <message>
        <source>Config file: the database its [database] url names.</source>
        <translation>Конфигурационен файл: базата данни, която посочва неговият [database] url.</translation>
    </message>
    <message>
        <source>--data-dir or --config is required</source>
        <translation>изисква се --data-dir или --config</translation>
    </message>
</context>
<context>
    <name>TableSelection</name>
    <message>
        <source>no tables given (expected e.g. 1-20 or 1-5,8)</source>
        <translation>не са посочени маси (очаква се напр. 1-20 или 1-5,8)</translation>
    </message>
    <message>
        <source>empty item in table list &quot;%1&quot;</source>
        <translation>празен елемент в списъка с маси „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table number or range</source>
        <translation>„%1“ не е номер на маса или диапазон</translation>
    </message>
    <message>
        <source>table numbers start at 1 (got &quot;%1&quot;)</source>
        <translation>номерата на масите започват от 1 (получено „%1“)</translation>
    </message>
    <message>
        <source>table numbers go up to %1 (got &quot;%2&quot;)</source>
        <translation>номерата на масите са до %1 (получено „%2“)</translation>
    </message>
    <message>
        <source>range &quot;%1&quot; goes backwards</source>
        <translation>диапазонът „%1“ е в обратен ред</translation>
    </message>
    <message>
        <source>more than %1 tables</source>
        <translation>повече от %1 маси</translation>
    </message>
</context>
<context>
    <name>TicketLayout</name>
    <message>
        <source>Bill, cash</source>
        <translation>Сметка, в брой</translation>
    </message>
    <message>
        <source>Bill, card</source>
        <translation>Сметка, с карта</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Обслужване</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощ</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Маса %1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Поръчка №%1</translation>
    </message>
    <message>
        <source>Ordered %1</source>
        <translation>Поръчана %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Бележка: %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Отпечатана %1</translation>
    </message>
    <message>
        <source>BILL</source>
        <translation>СМЕТКА</translation>
    </message>
    <message>
        <source>TOTAL EUR</source>
        <translation>ОБЩО EUR</translation>
    </message>
    <message>
        <source>TOTAL BGN</source>
        <translation>ОБЩО BGN</translation>
    </message>
    <message>
        <source>Paid EUR</source>
        <translation>Платено EUR</translation>
    </message>
    <message>
        <source>Due EUR</source>
        <translation>За плащане EUR</translation>
    </message>
    <message>
        <source>1 EUR = 1.95583 BGN</source>
        <translation>1 EUR = 1,95583 лв.</translation>
    </message>
    <message>
        <source>TEST PRINT</source>
        <translation>ПРОБЕН ПЕЧАТ</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Принтер: %1</translation>
    </message>
    <message>
        <source>Code page: %1, ESC t %2</source>
        <translation>Кодова таблица: %1, ESC t %2</translation>
    </message>
    <message>
        <source>Paper: %1 mm, %2 columns</source>
        <translation>Хартия: %1 мм, %2 знака на ред</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>ПОВИКВАНЕ</translation>
    </message>
    <message>
        <source>Waiting %1 min</source>
        <translation>Чака %1 мин</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>ЕИК %1</translation>
    </message>
</context>
<context>
    <name>tableside::JsonReader</name>
    <message>
        <source>missing</source>
        <translation>липсва</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>очаква се текст</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>очаква се цяло число</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2</source>
        <translation>очаква се цяло число от %1 до %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>очаква се true или false</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time (2026-11-24T09:00:00.000Z)</source>
        <translation>очаква се дата и час по ISO 8601 (2026-11-24T09:00:00.000Z)</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>очаква се масив</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>очаква се обект</translation>
    </message>
</context>
<context>
    <name>tableside::server</name>
    <message>
        <source>no Tableside database in %1</source>
        <translation>в %1 няма база данни на Tableside</translation>
    </message>
    <message>
        <source>Writes printable QR table cards (A4 PDF).</source>
        <translation>Създава QR карти за масите за печат (PDF, A4).</translation>
    </message>
    <message>
        <source>Tables to print, e.g. 1-20 or 1-5,8 (default with --data-dir: every active table).</source>
        <translation>Маси за отпечатване, напр. 1-20 или 1-5,8 (по подразбиране с --data-dir: всички активни маси).</translation>
    </message>
    <message>
        <source>Where guests reach the server, e.g. http://192.168.1.20:8080 (printed by the server on start).</source>
        <translation>Адресът, на който гостите достигат сървъра, напр. http://192.168.1.20:8080 (сървърът го извежда при стартиране).</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>PDF файл, който да бъде създаден.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Показва тази помощ.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>неочакван аргумент „%1“</translation>
    </message>
    <message>
        <source>--base-url is required (e.g. --base-url http://192.168.1.20:8080)</source>
        <translation>--base-url е задължителен (напр. --base-url http://192.168.1.20:8080)</translation>
    </message>
    <message>
        <source>--out is required (e.g. --out cards.pdf)</source>
        <translation>--out е задължителен (напр. --out cards.pdf)</translation>
    </message>
    <message>
        <source>--tables is required without --data-dir (e.g. --tables 1-20)</source>
        <translation>--tables е задължителен без --data-dir (напр. --tables 1-20)</translation>
    </message>
    <message>
        <source>the database has no active tables</source>
        <translation>в базата данни няма активни маси</translation>
    </message>
    <message>
        <source>warning: table %1 is not configured in the database</source>
        <translation>внимание: маса %1 не е настроена в базата данни</translation>
    </message>
    <message>
        <source>warning: table %1 is not active</source>
        <translation>внимание: маса %1 не е активна</translation>
    </message>
    <message>
        <source>Wrote %1 QR cards (%2 pages) for %3/t/N to %4</source>
        <translation>Записани са %1 QR карти (%2 страници) за %3/t/N в %4</translation>
    </message>
    <message>
        <source>internal error: qr needs a QGuiApplication</source>
        <translation>вътрешна грешка: qr изисква QGuiApplication</translation>
    </message>
    <message>
        <source>Server data folder: the cards carry its signed table links; the tables are checked against its database.</source>
        <translation>Папка с данните на сървъра: картите носят подписаните му връзки към маси; масите се проверяват в базата му данни.</translation>
    </message>
    <message>
        <source>warning: without --data-dir the cards carry unsigned links, which a server with guest/requireTableToken=true refuses for orders and calls</source>
        <translation>предупреждение: без --data-dir картите носят неподписани връзки, които сървър с guest/requireTableToken=true отказва за поръчки и повиквания</translation>
    </message>
    <message>
        <source>Config file: the database its [database] url names, as --data-dir does.</source>
        <translation>Конфигурационен файл: базата данни, която посочва неговият [database] url, както --data-dir.</translation>
    </message>
</context>
<context>
    <name>tableside::server::AdminMenuController</name>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Няма %1 %2.</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>сумата е отрицателна</translation>
    </message>
    <message>
        <source>at most %1 €</source>
        <translation>най-много %1 €</translation>
    </message>
    <message>
        <source>priceEur: %1</source>
        <translation>priceEur: %1</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: липсва</translation>
    </message>
    <message>
        <source>%1: expected {&quot;bg&quot;: …, &quot;en&quot;: …}</source>
        <translation>%1: очаква се {&quot;bg&quot;: …, &quot;en&quot;: …}</translation>
    </message>
    <message>
        <source>%1.%2: missing</source>
        <translation>%1.%2: липсва</translation>
    </message>
    <message>
        <source>%1.%2: 1 to %3 characters of text</source>
        <translation>%1.%2: текст от 1 до %3 знака</translation>
    </message>
    <message>
        <source>ids: expected an array of ids</source>
        <translation>ids: очаква се масив от идентификатори</translation>
    </message>
    <message>
        <source>station: lowercase letters, digits, - and _ (1 to 32)</source>
        <translation>station: малки латински букви, цифри, - и _ (от 1 до 32)</translation>
    </message>
    <message>
        <source>allergens: expected codes from: %1</source>
        <translation>allergens: очакват се кодове от: %1</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>product</source>
        <translation>продукт</translation>
    </message>
    <message>
        <source>Send the photo as the body, with Content-Type image/jpeg, image/png or image/gif.</source>
        <translation>Изпратете снимката като тяло на заявката, с Content-Type image/jpeg, image/png или image/gif.</translation>
    </message>
    <message>
        <source>A photo has at most %1 MB.</source>
        <translation>Снимката е най-много %1 MB.</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>снимка</translation>
    </message>
</context>
<context>
    <name>tableside::server::BackupScheduler</name>
    <message>
        <source>Backup failed: cannot create the backup folder %1.</source>
        <translation>Резервното копие не е направено: папката за резервни копия %1 не може да бъде създадена.</translation>
    </message>
    <message>
        <source>Backup %1 written and verified: %2 orders, up to seq %3.</source>
        <translation>Резервното копие %1 е записано и проверено: %2 поръчки, до seq %3.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Резервното копие не е направено: %1</translation>
    </message>
</context>
<context>
    <name>tableside::server::BillController</name>
    <message>
        <source>There is no table %1.</source>
        <translation>Няма маса %1.</translation>
    </message>
    <message>
        <source>method: expected &quot;cash&quot; or &quot;card&quot;</source>
        <translation>method: очаква се &quot;cash&quot; или &quot;card&quot;</translation>
    </message>
    <message>
        <source>items: expected 1 to %1 items</source>
        <translation>items: очакват се от 1 до %1 артикула</translation>
    </message>
    <message>
        <source>items and parts cannot be combined</source>
        <translation>items и parts не може да се комбинират</translation>
    </message>
    <message>
        <source>items[%1]: expected an object</source>
        <translation>items[%1]: очаква се обект</translation>
    </message>
    <message>
        <source>Idempotency-Key: at most %1 characters</source>
        <translation>Idempotency-Key: най-много %1 знака</translation>
    </message>
    <message>
        <source>reason: a reason is needed to void a payment</source>
        <translation>reason: за анулиране на плащане е нужна причина</translation>
    </message>
</context>
<context>
    <name>tableside::server::ChannelAuthEndpoint</name>
    <message>
        <source>A staff Bearer token is required.</source>
        <translation>Нужен е Bearer токен на служител.</translation>
    </message>
    <message>
        <source>The staff token is not valid.</source>
        <translation>Токенът на служителя не е валиден.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>Тялото на заявката е твърде голямо.</translation>
    </message>
    <message>
        <source>socket_id and channel_name are required.</source>
        <translation>socket_id и channel_name са задължителни.</translation>
    </message>
    <message>
        <source>socket_id must look like 123.456.</source>
        <translation>socket_id трябва да е във вида 123.456.</translation>
    </message>
    <message>
        <source>Invalid channel name.</source>
        <translation>Невалидно име на канал.</translation>
    </message>
    <message>
        <source>Only private- and presence- channels are authorized here.</source>
        <translation>Тук се удостоверяват само каналите private- и presence-.</translation>
    </message>
    <message>
        <source>socket_id is not a live connection of this server.</source>
        <translation>socket_id не е активна връзка на този сървър.</translation>
    </message>
</context>
<context>
    <name>tableside::server::DatabaseSettings</name>
    <message>
        <source>expected postgresql://user@host:port/database (or nothing for the embedded SQLite database)</source>
        <translation>очаква се postgresql://потребител@хост:порт/база (или нищо за вградената база SQLite)</translation>
    </message>
    <message>
        <source>the database name cannot contain &apos;/&apos;</source>
        <translation>името на базата не може да съдържа „/“</translation>
    </message>
    <message>
        <source>no password in the URL: use database/passwordFile or the environment variable TABLESIDE_DATABASE_PASSWORD</source>
        <translation>без парола в адреса: използвайте database/passwordFile или променливата на средата TABLESIDE_DATABASE_PASSWORD</translation>
    </message>
    <message>
        <source>unclosed [ in an IPv6 address</source>
        <translation>незатворена [ в IPv6 адрес</translation>
    </message>
    <message>
        <source>expected :port after ]</source>
        <translation>очаква се :порт след ]</translation>
    </message>
    <message>
        <source>the port must be 1-65535</source>
        <translation>портът трябва да е 1–65535</translation>
    </message>
    <message>
        <source>a host is empty</source>
        <translation>празен хост</translation>
    </message>
    <message>
        <source>give every host its port, or none</source>
        <translation>дайте порт на всеки хост или на никой</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>непознат параметър „%1“</translation>
    </message>
    <message>
        <source>the value of %1 cannot contain &apos;;&apos; or spaces</source>
        <translation>стойността на %1 не може да съдържа „;“ или интервали</translation>
    </message>
    <message>
        <source>name the database: postgresql://user@host:5432/tableside</source>
        <translation>посочете базата: postgresql://потребител@хост:5432/tableside</translation>
    </message>
</context>
<context>
    <name>tableside::server::EventsController</name>
    <message>
        <source>after: expected a seq (0 or more); limit: 1 to %1</source>
        <translation>after: очаква се seq (0 или повече); limit: от 1 до %1</translation>
    </message>
    <message>
        <source>Events after %1 are no longer in the log (it starts at %2 and ends at %3); reload /api/staff/state.</source>
        <translation>Събитията след %1 вече не са в дневника (той започва от %2 и свършва на %3); заредете отново /api/staff/state.</translation>
    </message>
</context>
<context>
    <name>tableside::server::HttpApiController</name>
    <message>
        <source>Unknown app_id.</source>
        <translation>Непознат app_id.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>Тялото на заявката е твърде голямо.</translation>
    </message>
    <message>
        <source>name must be a string of 1 to 200 characters.</source>
        <translation>name трябва да е текст от 1 до 200 знака.</translation>
    </message>
    <message>
        <source>data must be a string.</source>
        <translation>data трябва да е текст.</translation>
    </message>
    <message>
        <source>Event data is larger than %1 bytes.</source>
        <translation>Данните на събитието са повече от %1 байта.</translation>
    </message>
    <message>
        <source>Give 1 to 100 channels.</source>
        <translation>Посочете от 1 до 100 канала.</translation>
    </message>
    <message>
        <source>Invalid channel name: %1</source>
        <translation>Невалидно име на канал: %1</translation>
    </message>
    <message>
        <source>socket_id must look like 123.456.</source>
        <translation>socket_id трябва да е във вида 123.456.</translation>
    </message>
    <message>
        <source>Unknown info attribute: %1</source>
        <translation>Непознат атрибут в info: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Тялото на заявката трябва да е JSON обект.</translation>
    </message>
    <message>
        <source>The body must be {&quot;batch&quot;:[…]}.</source>
        <translation>Тялото на заявката трябва да е {&quot;batch&quot;:[…]}.</translation>
    </message>
    <message>
        <source>A batch holds 1 to 10 events.</source>
        <translation>Пакетът (batch) съдържа от 1 до 10 събития.</translation>
    </message>
    <message>
        <source>info=user_count needs filter_by_prefix=presence-.</source>
        <translation>info=user_count изисква filter_by_prefix=presence-.</translation>
    </message>
    <message>
        <source>Invalid channel name.</source>
        <translation>Невалидно име на канал.</translation>
    </message>
    <message>
        <source>user_count is only available for presence channels.</source>
        <translation>user_count е достъпен само за presence канали.</translation>
    </message>
    <message>
        <source>Users can only be listed for presence channels.</source>
        <translation>Потребителите могат да се изброят само за presence канали.</translation>
    </message>
</context>
<context>
    <name>tableside::server::MenuController</name>
    <message>
        <source>There is no product %1.</source>
        <translation>Няма продукт %1.</translation>
    </message>
</context>
<context>
    <name>tableside::server::PrintSpooler</name>
    <message>
        <source>no printer called %1 in the config</source>
        <translation>в настройките няма принтер %1</translation>
    </message>
    <message>
        <source>raster mode needs the server&apos;s fonts (QGuiApplication)</source>
        <translation>растерният режим има нужда от шрифтовете на сървъра (QGuiApplication)</translation>
    </message>
    <message>
        <source>unknown code page %1</source>
        <translation>непозната кодова таблица %1</translation>
    </message>
    <message>
        <source>no printer called %1</source>
        <translation>няма принтер %1</translation>
    </message>
</context>
<context>
    <name>tableside::server::PrintersController</name>
    <message>
        <source>No printer with this name.</source>
        <translation>Няма принтер с това име.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>Няма такава поръчка.</translation>
    </message>
    <message>
        <source>No printer prints this order&apos;s stations.</source>
        <translation>Никой принтер не печата за станциите на тази поръчка.</translation>
    </message>
    <message>
        <source>No such table.</source>
        <translation>Няма такава маса.</translation>
    </message>
    <message>
        <source>This table has no open tab to print.</source>
        <translation>Тази маса няма отворена сметка за печат.</translation>
    </message>
</context>
<context>
    <name>tableside::server::PusherProtocolHandler</name>
    <message>
        <source>Too many messages: the limit is %1 per second.</source>
        <translation>Твърде много съобщения: ограничението е %1 в секунда.</translation>
    </message>
    <message>
        <source>Invalid message: %1</source>
        <translation>Невалидно съобщение: %1</translation>
    </message>
    <message>
        <source>Unsupported event: %1</source>
        <translation>Неподдържано събитие: %1</translation>
    </message>
    <message>
        <source>Invalid channel name.</source>
        <translation>Невалидно име на канал.</translation>
    </message>
    <message>
        <source>Too many subscriptions: the limit is %1 per second.</source>
        <translation>Твърде много абонаменти: ограничението е %1 в секунда.</translation>
    </message>
    <message>
        <source>Too many channels: the limit is %1 per connection.</source>
        <translation>Твърде много канали: ограничението е %1 на връзка.</translation>
    </message>
    <message>
        <source>Invalid signature for this socket and channel.</source>
        <translation>Невалиден подпис за тази връзка (socket) и канал.</translation>
    </message>
    <message>
        <source>Invalid signature for channel %1.</source>
        <translation>Невалиден подпис за канал %1.</translation>
    </message>
    <message>
        <source>channel_data needs a user_id of 1 to 128 characters.</source>
        <translation>channel_data изисква user_id от 1 до 128 знака.</translation>
    </message>
    <message>
        <source>user_info is larger than %1 bytes.</source>
        <translation>user_info е повече от %1 байта.</translation>
    </message>
    <message>
        <source>The presence channel is full (%1 members).</source>
        <translation>Presence каналът е пълен (%1 членове).</translation>
    </message>
    <message>
        <source>Client events are not enabled on this server.</source>
        <translation>Клиентските събития не са разрешени на този сървър.</translation>
    </message>
    <message>
        <source>Client events are only allowed on private and presence channels.</source>
        <translation>Клиентските събития са разрешени само в private и presence канали.</translation>
    </message>
    <message>
        <source>Not subscribed to channel %1.</source>
        <translation>Няма абонамент за канал %1.</translation>
    </message>
    <message>
        <source>Event name longer than 200 characters.</source>
        <translation>Името на събитието е по-дълго от 200 знака.</translation>
    </message>
    <message>
        <source>Too many client events: the limit is %1 per second.</source>
        <translation>Твърде много клиентски събития: ограничението е %1 в секунда.</translation>
    </message>
    <message>
        <source>The client does not read its messages.</source>
        <translation>Клиентът не чете съобщенията си.</translation>
    </message>
</context>
<context>
    <name>tableside::server::RealtimeServer</name>
    <message>
        <source>App key %1 does not exist.</source>
        <translation>Ключ на приложение %1 не съществува.</translation>
    </message>
    <message>
        <source>No protocol version supplied.</source>
        <translation>Не е посочена версия на протокола.</translation>
    </message>
    <message>
        <source>Invalid version string format.</source>
        <translation>Невалиден формат на версията.</translation>
    </message>
    <message>
        <source>Unsupported protocol version %1.</source>
        <translation>Неподдържана версия на протокола %1.</translation>
    </message>
    <message>
        <source>Over capacity: the server accepts %1 connections.</source>
        <translation>Капацитетът е надхвърлен: сървърът приема %1 връзки.</translation>
    </message>
    <message>
        <source>Over capacity: %1 connections from one address.</source>
        <translation>Капацитетът е надхвърлен: %1 връзки от един адрес.</translation>
    </message>
    <message>
        <source>Binary messages are not supported.</source>
        <translation>Двоичните съобщения не се поддържат.</translation>
    </message>
    <message>
        <source>Pong reply not received.</source>
        <translation>Не е получен отговор pong.</translation>
    </message>
    <message>
        <source>Your staff session has ended.</source>
        <translation>Сесията ви на служител приключи.</translation>
    </message>
</context>
<context>
    <name>tableside::server::ServiceController</name>
    <message>
        <source>deviceId: expected 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>deviceId: очакват се от 1 до 64 латински букви, цифри, точки, тирета или долни черти</translation>
    </message>
    <message>
        <source>Too many devices are registered.</source>
        <translation>Регистрирани са твърде много устройства.</translation>
    </message>
    <message>
        <source>assignments: expected an array of at most 500</source>
        <translation>assignments: очаква се масив с най-много 500 елемента</translation>
    </message>
    <message>
        <source>Only a manager assigns tables.</source>
        <translation>Само управител разпределя масите.</translation>
    </message>
    <message>
        <source>tableNumber: no such table</source>
        <translation>tableNumber: няма такава маса</translation>
    </message>
    <message>
        <source>staffId: no such waiter or manager</source>
        <translation>staffId: няма такъв сервитьор или управител</translation>
    </message>
    <message>
        <source>A waiter assigns tables only to themselves.</source>
        <translation>Сервитьор може да поема маси само за себе си.</translation>
    </message>
</context>
<context>
    <name>tableside::server::StaffController</name>
    <message numerus="yes">
        <source>Too many wrong PINs from this device; try again in %n minute(s).</source>
        <translation>
            <numerusform>Твърде много грешни ПИН-ове от това устройство; опитайте отново след %n минута.</numerusform>
            <numerusform>Твърде много грешни ПИН-ове от това устройство; опитайте отново след %n минути.</numerusform>
        </translation>
    </message>
    <message>
        <source>pin: expected the staff PIN</source>
        <translation>pin: очаква се ПИН на служител</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Грешен ПИН.</translation>
    </message>
    <message>
        <source>Another login is being checked; try again in a moment.</source>
        <translation>Друг вход се проверява в момента; опитайте отново след малко.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for this staff member; try again in %n minute(s) or ask a manager to unlock it.</source>
        <translation>
            <numerusform>Твърде много грешни ПИН-ове за този служител; опитайте отново след %n минута или помолете управител да го отключи.</numerusform>
            <numerusform>Твърде много грешни ПИН-ове за този служител; опитайте отново след %n минути или помолете управител да го отключи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs on this server; enter your name with your PIN, or try again in %n minute(s).</source>
        <translation>
            <numerusform>Твърде много грешни ПИН-ове на този сървър; въведете името си заедно с ПИН-а или опитайте отново след %n минута.</numerusform>
            <numerusform>Твърде много грешни ПИН-ове на този сървър; въведете името си заедно с ПИН-а или опитайте отново след %n минути.</numerusform>
        </translation>
    </message>
    <message>
        <source>name: expected a staff member&apos;s name</source>
        <translation>name: очаква се името на служител</translation>
    </message>
    <message>
        <source>pin: expected your current PIN</source>
        <translation>pin: очаква се текущият ви ПИН</translation>
    </message>
    <message>
        <source>newPin: a new PIN is %1 to 8 digits</source>
        <translation>newPin: новият ПИН е от %1 до 8 цифри</translation>
    </message>
    <message>
        <source>expected {&quot;name&quot;} or {&quot;scope&quot;:&quot;account|address|global&quot;,&quot;subject&quot;}</source>
        <translation>очаква се {&quot;name&quot;} или {&quot;scope&quot;:&quot;account|address|global&quot;,&quot;subject&quot;}</translation>
    </message>
</context>
<context>
    <name>tableside::server::Store</name>
    <message>
        <source>The database could not store the change; nothing was saved.</source>
        <translation>Базата данни не можа да запише промяната; нищо не е запазено.</translation>
    </message>
    <message>
        <source>There is no table %1.</source>
        <translation>Няма маса %1.</translation>
    </message>
    <message>
        <source>Table %1 is not taking orders.</source>
        <translation>Маса %1 не приема поръчки.</translation>
    </message>
    <message>
        <source>cannot switch the database to WAL mode</source>
        <translation>базата данни не може да премине в режим WAL</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>папката с данни %1 не може да бъде създадена</translation>
    </message>
    <message>
        <source>the event log is damaged (no staff channel)</source>
        <translation>дневникът на събитията е повреден (няма канал за персонала)</translation>
    </message>
    <message>
        <source>cannot write the first-start data</source>
        <translation>данните за първо стартиране не могат да бъдат записани</translation>
    </message>
    <message>
        <source>This idempotency key was used for a different order.</source>
        <translation>Този ключ за идемпотентност е използван за друга поръчка.</translation>
    </message>
    <message>
        <source>There is no product %1 on the menu.</source>
        <translation>В менюто няма продукт %1.</translation>
    </message>
    <message>
        <source>%1 is sold out.</source>
        <translation>%1 е изчерпан.</translation>
    </message>
    <message>
        <source>This idempotency key was used for a different call.</source>
        <translation>Този ключ за идемпотентност е използван за друго повикване.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Няма поръчка %1.</translation>
    </message>
    <message>
        <source>Order %1 is %2 and cannot become %3.</source>
        <translation>Поръчка %1 е %2 и не може да стане %3.</translation>
    </message>
    <message>
        <source>Only the kitchen or a manager can recall a ready order.</source>
        <translation>Само кухнята или управител може да върне готова поръчка.</translation>
    </message>
    <message>
        <source>Order %1 has been ready too long to be recalled.</source>
        <translation>Поръчка %1 е готова твърде отдавна, за да бъде върната.</translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation>Няма повикване %1.</translation>
    </message>
    <message>
        <source>%1 has already taken this call.</source>
        <translation>%1 вече е поел това повикване.</translation>
    </message>
    <message>
        <source>This call has already been completed.</source>
        <translation>Това повикване вече е приключено.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Няма продукт %1.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Грешен ПИН.</translation>
    </message>
    <message>
        <source>A name of 1 to 60 characters is needed.</source>
        <translation>Нужно е име от 1 до 60 знака.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>ПИН-ът е от 4 до 8 цифри.</translation>
    </message>
    <message>
        <source>There is already a staff member called %1.</source>
        <translation>Вече има служител с име %1.</translation>
    </message>
    <message>
        <source>This PIN is already in use; choose another.</source>
        <translation>Този ПИН вече се използва; изберете друг.</translation>
    </message>
    <message>
        <source>There is no staff member called %1.</source>
        <translation>Няма служител с име %1.</translation>
    </message>
    <message>
        <source>Category %1 needs a positive id and names in both languages.</source>
        <translation>Категория %1 трябва да има положителен id и имена на двата езика.</translation>
    </message>
    <message>
        <source>Product %1 needs a positive id, names in both languages, a known category, a price and a station.</source>
        <translation>Продукт %1 трябва да има положителен id, имена на двата езика, позната категория, цена и станция.</translation>
    </message>
    <message>
        <source>The staff list changed meanwhile; try again.</source>
        <translation>Списъкът на персонала се промени междувременно; опитайте отново.</translation>
    </message>
    <message>
        <source>A category needs a name in Bulgarian and in English.</source>
        <translation>Категорията трябва да има име на български и на английски.</translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation>Няма категория %1.</translation>
    </message>
    <message>
        <source>The new order must list every category exactly once.</source>
        <translation>Новият ред трябва да съдържа всяка категория точно веднъж.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a station name.</source>
        <translation>„%1“ не е име на станция.</translation>
    </message>
    <message>
        <source>A product needs a name in Bulgarian and in English.</source>
        <translation>Продуктът трябва да има име на български и на английски.</translation>
    </message>
    <message>
        <source>A product&apos;s name has at most %1 characters.</source>
        <translation>Името на продукта е най-много %1 знака.</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>Описанието е най-много %1 знака.</translation>
    </message>
    <message>
        <source>A price is between 0 and %1 €.</source>
        <translation>Цената е между 0 и %1 €.</translation>
    </message>
    <message>
        <source>Unknown allergen code.</source>
        <translation>Непознат код на алерген.</translation>
    </message>
    <message>
        <source>The new order must list every product of the category exactly once.</source>
        <translation>Новият ред трябва да съдържа всеки продукт от категорията точно веднъж.</translation>
    </message>
    <message>
        <source>Order %1 is paid already.</source>
        <translation>Поръчка %1 вече е платена.</translation>
    </message>
    <message>
        <source>Order %1 is not on table %2&apos;s bill.</source>
        <translation>Поръчка %1 не е в сметката на маса %2.</translation>
    </message>
    <message>
        <source>Order %1 has no item %2.</source>
        <translation>Поръчка %1 няма артикул %2.</translation>
    </message>
    <message>
        <source>%1 of order %2 is paid already.</source>
        <translation>%1 от поръчка %2 вече е платен.</translation>
    </message>
    <message>
        <source>Only %1 of %2 × %3 is left to pay.</source>
        <translation>Остават за плащане само %1 от %2 × %3.</translation>
    </message>
    <message>
        <source>This idempotency key was used for a different payment.</source>
        <translation>Този ключ за идемпотентност е използван за друго плащане.</translation>
    </message>
    <message>
        <source>Table %1 has nothing left to pay.</source>
        <translation>Маса %1 няма какво повече да плаща.</translation>
    </message>
    <message>
        <source>The bill is being split in %1 parts, not %2.</source>
        <translation>Сметката се разделя на %1 части, не на %2.</translation>
    </message>
    <message>
        <source>%1 cannot be split in %2 parts.</source>
        <translation>%1 не може да се раздели на %2 части.</translation>
    </message>
    <message>
        <source>The bill is being split in %1 parts: pay the next part or the whole rest.</source>
        <translation>Сметката се разделя на %1 части: платете следващата част или целия остатък.</translation>
    </message>
    <message>
        <source>Cash tendered is only for cash payments.</source>
        <translation>Дадена сума в брой има само при плащане в брой.</translation>
    </message>
    <message>
        <source>%1 tendered is less than the %2 due.</source>
        <translation>Дадените %1 са по-малко от дължимите %2.</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>Няма плащане %1.</translation>
    </message>
    <message>
        <source>Only a manager can void a payment.</source>
        <translation>Само управител може да анулира плащане.</translation>
    </message>
    <message>
        <source>This payment was voided already.</source>
        <translation>Това плащане вече е анулирано.</translation>
    </message>
    <message>
        <source>A later payment settled this split: void that one first.</source>
        <translation>По-късно плащане е приключило това разделяне: първо анулирайте него.</translation>
    </message>
    <message>
        <source>The order is at table %1 already.</source>
        <translation>Поръчката вече е на маса %1.</translation>
    </message>
    <message>
        <source>Table %1&apos;s bill is being split: finish or void the split first.</source>
        <translation>Сметката на маса %1 се разделя: първо завършете или анулирайте разделянето.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled.</source>
        <translation>Поръчка %1 е отказана.</translation>
    </message>
    <message>
        <source>Table %1 has no open bill.</source>
        <translation>Маса %1 няма отворена сметка.</translation>
    </message>
    <message>
        <source>Ordering from the table is paused; please ask the staff.</source>
        <translation>Поръчките от масата са временно спрени; моля, обърнете се към персонала.</translation>
    </message>
    <message>
        <source>Calling the waiter from the table is paused; please ask the staff.</source>
        <translation>Повикването на сервитьор от масата е временно спряно; моля, обърнете се към персонала.</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>Няма служител с номер %1.</translation>
    </message>
    <message>
        <source>%1 is the last active manager: make someone else a manager first.</source>
        <translation>%1 е последният активен управител: първо направете някой друг управител.</translation>
    </message>
    <message>
        <source>A table number is 1 to %1.</source>
        <translation>Номерът на маса е от 1 до %1.</translation>
    </message>
    <message>
        <source>A table&apos;s name and area are at most %1 characters.</source>
        <translation>Името и зоната на маса са най-много %1 знака.</translation>
    </message>
    <message>
        <source>A table has 0 to %1 seats.</source>
        <translation>Масата има от 0 до %1 места.</translation>
    </message>
    <message>
        <source>There is a table %1 already.</source>
        <translation>Вече има маса %1.</translation>
    </message>
    <message>
        <source>Table %1 has orders today or an open call: switch it off instead, or remove it tomorrow.</source>
        <translation>Маса %1 има поръчки днес или отворено повикване: изключете я вместо това или я премахнете утре.</translation>
    </message>
    <message>
        <source>Category %1 still has %2 products (hidden ones too): move them to another category first.</source>
        <translation>Категория %1 все още има %2 продукта (включително скритите): първо ги преместете в друга категория.</translation>
    </message>
    <message>
        <source>cannot LISTEN for other instances&apos; events</source>
        <translation>не може да се слушат (LISTEN) събитията на другите сървъри</translation>
    </message>
    <message>
        <source>the data folder %1 belongs to a server that stores its data in PostgreSQL (%2): give the same --config as that server (its [database] url), or delete %3 to use a SQLite file here</source>
        <translation>папката с данни %1 е на сървър, който пази данните си в PostgreSQL (%2): подайте същия --config като на този сървър (неговия [database] url) или изтрийте %3, за да ползвате SQLite файл тук</translation>
    </message>
</context>
<context>
    <name>tableside::server::TablesideServer</name>
    <message>
        <source>Cannot open the database in %1: %2</source>
        <translation>Базата данни в %1 не може да бъде отворена: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Не може да се слуша на %1:%2: %3</translation>
    </message>
    <message>
        <source>Staff sign-in and staff data are served over HTTPS only: use %1</source>
        <translation>Вписването и данните на персонала се обслужват само през HTTPS: използвайте %1</translation>
    </message>
    <message>
        <source>Another Tableside Server is already running on %1.</source>
        <translation>Друг Tableside Server вече работи с папката %1.</translation>
    </message>
</context>
</TS>
