#include "schema.h"

#include "logging.h"
#include "migrations.h"
#include "sqldialect.h"
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace tableside::server {

namespace {

// The advisory lock PostgreSQL instances take to migrate one at a time (any fixed number).
constexpr qint64 kMigrationLock = 0x7461626c65;

// Version 1: everything issue 4 needs. Money is integer euro cents; times are UTC ISO 8601
// text with milliseconds (sortable); business_day is the local date an order belongs to.
const QStringList &migrationV1()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE categories (id INTEGER PRIMARY KEY, slug TEXT NOT NULL, "
                       "name_bg TEXT NOT NULL, name_en TEXT NOT NULL, "
                       "sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE products (id INTEGER PRIMARY KEY, "
                       "category_id INTEGER NOT NULL, name_bg TEXT NOT NULL, "
                       "name_en TEXT NOT NULL, description_bg TEXT NOT NULL DEFAULT '', "
                       "description_en TEXT NOT NULL DEFAULT '', "
                       "price_eur_cents INTEGER NOT NULL CHECK (price_eur_cents >= 0), "
                       "station TEXT NOT NULL DEFAULT 'kitchen', "
                       "is_available INTEGER NOT NULL DEFAULT 1, "
                       "is_hidden INTEGER NOT NULL DEFAULT 0, "
                       "sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE dining_tables (table_number INTEGER PRIMARY KEY, "
                       "is_active INTEGER NOT NULL DEFAULT 1, "
                       "scan_count INTEGER NOT NULL DEFAULT 0, last_scanned_at TEXT)"),
        QStringLiteral("CREATE TABLE orders (id TEXT PRIMARY KEY, business_day TEXT NOT NULL, "
                       "order_number INTEGER NOT NULL, table_number INTEGER NOT NULL, "
                       "notes TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, "
                       "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                       "completed_at TEXT, ready_at TEXT, changed_by TEXT, "
                       "station_status TEXT NOT NULL DEFAULT '{}', "
                       "UNIQUE (business_day, order_number))"),
        QStringLiteral("CREATE INDEX orders_status ON orders (status, created_at)"),
        // One row per business day: order numbers are allocated here inside the order's
        // transaction, and the UNIQUE constraint on orders backs it up.
        QStringLiteral("CREATE TABLE order_numbers (business_day TEXT PRIMARY KEY, "
                       "last_number INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE order_items (order_id TEXT NOT NULL REFERENCES orders(id), "
                       "line INTEGER NOT NULL, product_id INTEGER NOT NULL, "
                       "product_name TEXT NOT NULL, product_name_en TEXT NOT NULL, "
                       "quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 50), "
                       "unit_price_eur_cents INTEGER NOT NULL, notes TEXT NOT NULL DEFAULT '', "
                       "station TEXT NOT NULL, PRIMARY KEY (order_id, line)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE waiter_calls (id TEXT PRIMARY KEY, "
                       "business_day TEXT NOT NULL, table_number INTEGER NOT NULL, "
                       "call_type TEXT NOT NULL, message TEXT NOT NULL DEFAULT '', "
                       "status TEXT NOT NULL, created_at TEXT NOT NULL, acknowledged_at TEXT, "
                       "completed_at TEXT, acknowledged_by TEXT, changed_by TEXT)"),
        QStringLiteral("CREATE INDEX waiter_calls_open ON waiter_calls (table_number, call_type) "
                       "WHERE status <> 'completed'"),
        QStringLiteral("CREATE INDEX waiter_calls_day ON waiter_calls (business_day)"),
        QStringLiteral("CREATE TABLE staff (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "name TEXT NOT NULL UNIQUE, role TEXT NOT NULL, pin_salt BLOB NOT NULL, "
                       "pin_hash BLOB NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, "
                       "staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE, "
                       "created_at TEXT NOT NULL, expires_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE channels (name TEXT PRIMARY KEY, "
                       "last_seq INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO channels (name, last_seq) VALUES ('staff', 0)"),
        QStringLiteral("CREATE TABLE events (channel TEXT NOT NULL, seq INTEGER NOT NULL, "
                       "name TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL, "
                       "PRIMARY KEY (channel, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE idempotency_keys (scope TEXT NOT NULL, key TEXT NOT NULL, "
                       "request_hash BLOB NOT NULL, subject_id TEXT NOT NULL, "
                       "created_at TEXT NOT NULL, PRIMARY KEY (scope, key)) WITHOUT ROWID"),
    };
    return statements;
}

// Version 2: wrong PINs counted per account, per client address and for the whole server
// (scope 'account' / 'address' / 'global'), kept across restarts. A right PIN never clears
// another row; locked_until NULL = not locked.
const QStringList &migrationV2()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE login_failures (scope TEXT NOT NULL, subject TEXT NOT NULL, "
                       "failures INTEGER NOT NULL DEFAULT 0, window_start TEXT NOT NULL, "
                       "locked_until TEXT, PRIMARY KEY (scope, subject)) WITHOUT ROWID"),
    };
    return statements;
}

// Version 3: signed table links. Each table's key generation (no row = generation 1; a
// rotation bumps it), and whether guests need a signed link: yes for a database created by
// this build, no for one that already served guests with the unsigned /t/<n> cards (a first
// start has stored app_id), so upgrading never turns the printed cards away. The INI setting
// guest/requireTableToken overrides the stored decision. The secret itself is made in C++ at
// open (TableLinkRepository::ensureSecret), from the system's random generator.
const QStringList &migrationV3()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE table_link_keys (table_number INTEGER PRIMARY KEY "
                       "CHECK (table_number BETWEEN 1 AND 9999), "
                       "generation INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("INSERT INTO settings (key, value) SELECT 'guest_require_table_token', "
                       "CASE WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'app_id') "
                       "THEN 'false' ELSE 'true' END"),
    };
    return statements;
}

} // namespace

int Schema::currentVersion()
{
    return 8;
}

bool Schema::migrate(QSqlDatabase &db, int *fromVersion, QString *error, int toVersion)
{
    if (toVersion < 0 || toVersion > currentVersion())
        toVersion = currentVersion();
    const SqlDialect::Backend backend = SqlDialect::backendOf(db);
    const bool postgres = backend == SqlDialect::Backend::Postgres;
    QSqlQuery query(db);
    // SQLite keeps the version in PRAGMA user_version; PostgreSQL in a table of one row.
    if (postgres
        && !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version "
                                      "(version BIGINT NOT NULL)"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    const QString readVersion = postgres
        ? QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")
        : QStringLiteral("PRAGMA user_version");
    if (!query.exec(readVersion) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    int version = query.value(0).toInt();
    query.finish();
    if (fromVersion)
        *fromVersion = version;
    if (version > currentVersion()) {
        if (error)
            *error = QCoreApplication::translate(
                         "Schema",
                         "the database is from a newer version (schema %1, this "
                         "build knows %2)")
                         .arg(version)
                         .arg(currentVersion());
        return false;
    }
    const QList<const QStringList *> migrations = {&migrationV1(),
                                                   &migrationV2(),
                                                   &migrationV3(),
                                                   &migrations::billV4(),
                                                   &migrations::consoleV5(),
                                                   &migrations::serviceV6(),
                                                   &migrations::printingV7(),
                                                   &migrations::reportsV8()};
    for (int next = version + 1; next <= toVersion; ++next) {
        qCInfo(lcStore) << "migrating database schema to version" << next;
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        if (postgres) {
            // Instances starting together migrate one at a time; the one that waited finds the
            // step done by the other and skips it.
            if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock))
                || !query.exec(readVersion) || !query.next()) {
                if (error)
                    *error = query.lastError().text();
                db.rollback();
                return false;
            }
            version = query.value(0).toInt();
            query.finish();
            if (version >= next) {
                db.commit();
                continue;
            }
        }
        for (const QString &written : *migrations.at(next - 1)) {
            for (const QString &statement : SqlDialect::schemaStatements(backend, written)) {
                if (!query.exec(statement)) {
                    if (error)
                        *error = query.lastError().text() + QStringLiteral(" in: ") + statement;
                    db.rollback();
                    return false;
                }
            }
        }
        const QString storeVersion = postgres
            ? QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(next)
            : QStringLiteral("PRAGMA user_version = %1").arg(next);
        if (!query.exec(storeVersion) || !db.commit()) {
            if (error)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace tableside::server
