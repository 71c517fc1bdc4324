#include "migrations.h"

namespace tableside::server::migrations {

namespace {
// tab_totals' triggers: an order counts while it is not cancelled and not paid (Counted, for the
// row NEW or OLD), and the columns whose change moves it between tabs.
const QString Counted = QStringLiteral("%1.paid_at IS NULL AND %1.status <> 'cancelled' BEGIN ");
const QString TabColumns
    = QStringLiteral("business_day, table_number, status, paid_at, due_eur_cents");
const QString AddToTab = QStringLiteral(
    "INSERT INTO tab_totals (business_day, table_number, orders, due_eur_cents) "
    "VALUES (NEW.business_day, NEW.table_number, 1, NEW.due_eur_cents) "
    "ON CONFLICT (business_day, table_number) DO UPDATE SET orders = tab_totals.orders + 1, "
    "due_eur_cents = tab_totals.due_eur_cents + excluded.due_eur_cents; END");
const QString TakeFromTab = QStringLiteral(
    "UPDATE tab_totals SET orders = orders - 1, due_eur_cents = due_eur_cents - OLD.due_eur_cents "
    "WHERE business_day = OLD.business_day AND table_number = OLD.table_number; END");
} // namespace

// Version 4: every table may have a name, an area (inside, terrace, bar …: the tables view's
// sections) and a number of seats. Payments and what they paid (the bill, issue 15):
// - payments: one row per payment, never deleted; a void sets voided_at/by/reason.
// - payment_lines: the quantities of order lines a whole or items payment paid.
// - tab_splits / tab_split_lines: an equal split in N parts, fixed at its first part with the
//   lines it covers; its lines count as paid once every part has a payment not voided.
// - order_items.paid_quantity, orders.paid_at / payment_method: the paid state derived from
//   the rows above, kept up to date by TabRepository in the same job (reads stay one query).
// - waiter_calls.tab: a payment call's tab summary at call time (JSON text, '' = none).
const QStringList &billV4()
{
    static const QStringList statements = {
        QStringLiteral("ALTER TABLE dining_tables ADD COLUMN name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE dining_tables ADD COLUMN area TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE dining_tables ADD COLUMN seats INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN paid_at TEXT"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN payment_method TEXT"),
        // What is still due on the order (total − paid lines), kept with paid_at: a tab's total
        // is one index scan. Orders of the last days get theirs now (tabs are the day's).
        QStringLiteral("ALTER TABLE orders ADD COLUMN due_eur_cents INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE orders SET due_eur_cents = (SELECT COALESCE(SUM(quantity * "
                       "unit_price_eur_cents), 0) FROM order_items WHERE order_id = orders.id) "
                       "WHERE business_day >= date('now', '-2 days')"),
        QStringLiteral("ALTER TABLE order_items ADD COLUMN paid_quantity INTEGER NOT NULL "
                       "DEFAULT 0"),
        QStringLiteral("ALTER TABLE waiter_calls ADD COLUMN tab TEXT NOT NULL DEFAULT ''"),
        // A tab's orders: the day's unpaid ones of a table (or of every table).
        QStringLiteral("CREATE INDEX orders_unpaid ON orders (business_day, table_number, "
                       "due_eur_cents) "
                       "WHERE paid_at IS NULL AND status <> 'cancelled'"),
        QStringLiteral("CREATE TABLE tab_splits (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "table_number INTEGER NOT NULL, "
                       "parts INTEGER NOT NULL CHECK (parts BETWEEN 2 AND 20), "
                       "base_eur_cents INTEGER NOT NULL CHECK (base_eur_cents >= 0), "
                       "created_at TEXT NOT NULL, closed_by TEXT)"),
        QStringLiteral("CREATE INDEX tab_splits_table ON tab_splits (table_number)"),
        QStringLiteral("CREATE TABLE tab_split_lines (split_id INTEGER NOT NULL "
                       "REFERENCES tab_splits(id), order_id TEXT NOT NULL, line INTEGER NOT NULL, "
                       "quantity INTEGER NOT NULL CHECK (quantity > 0), "
                       "PRIMARY KEY (split_id, order_id, line)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX tab_split_lines_order ON tab_split_lines (order_id, line)"),
        QStringLiteral("CREATE TABLE payments (id TEXT PRIMARY KEY, business_day TEXT NOT NULL, "
                       "table_number INTEGER NOT NULL, "
                       "method TEXT NOT NULL CHECK (method IN ('cash', 'card')), "
                       "kind TEXT NOT NULL CHECK (kind IN ('whole', 'items', 'part')), "
                       "amount_eur_cents INTEGER NOT NULL CHECK (amount_eur_cents >= 0), "
                       "tip_eur_cents INTEGER NOT NULL DEFAULT 0 CHECK (tip_eur_cents >= 0), "
                       "tendered_eur_cents INTEGER, split_id INTEGER REFERENCES tab_splits(id), "
                       "part INTEGER, taken_by TEXT NOT NULL, taken_by_id INTEGER NOT NULL, "
                       "created_at TEXT NOT NULL, voided_at TEXT, voided_by TEXT, "
                       "void_reason TEXT)"),
        // A table's latest payment not voided is one index seek (the tables view asks for every
        // table on every tab change).
        QStringLiteral("CREATE INDEX payments_table ON payments (table_number, voided_at, "
                       "created_at)"),
        QStringLiteral("CREATE INDEX payments_split ON payments (split_id) "
                       "WHERE split_id IS NOT NULL"),
        QStringLiteral("CREATE TABLE payment_lines (payment_id TEXT NOT NULL "
                       "REFERENCES payments(id), order_id TEXT NOT NULL, line INTEGER NOT NULL, "
                       "quantity INTEGER NOT NULL CHECK (quantity > 0), "
                       "amount_eur_cents INTEGER NOT NULL, "
                       "PRIMARY KEY (payment_id, order_id, line)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX payment_lines_order ON payment_lines (order_id, line)"),
        // Each table's open tab per business day (its orders not cancelled and not paid, and what
        // is still due on them), kept by triggers on orders whatever statement changes an order:
        // a new order reads its table's total in one lookup instead of scanning the tab, which a
        // table that never pays (bench_orders' one table) made grow with every order.
        QStringLiteral("CREATE TABLE tab_totals (business_day TEXT NOT NULL, "
                       "table_number INTEGER NOT NULL, orders INTEGER NOT NULL DEFAULT 0, "
                       "due_eur_cents INTEGER NOT NULL DEFAULT 0, "
                       "PRIMARY KEY (business_day, table_number)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO tab_totals (business_day, table_number, orders, due_eur_cents) "
                       "SELECT business_day, table_number, COUNT(*), SUM(due_eur_cents) FROM "
                       "orders WHERE paid_at IS NULL AND status <> 'cancelled' "
                       "GROUP BY business_day, table_number"),
        QStringLiteral("CREATE TRIGGER tab_totals_insert AFTER INSERT ON orders WHEN ")
            + Counted.arg(QStringLiteral("NEW")) + AddToTab,
        QStringLiteral("CREATE TRIGGER tab_totals_update_old AFTER UPDATE OF ") + TabColumns
            + QStringLiteral(" ON orders WHEN ") + Counted.arg(QStringLiteral("OLD")) + TakeFromTab,
        QStringLiteral("CREATE TRIGGER tab_totals_update_new AFTER UPDATE OF ") + TabColumns
            + QStringLiteral(" ON orders WHEN ") + Counted.arg(QStringLiteral("NEW")) + AddToTab,
        QStringLiteral("CREATE TRIGGER tab_totals_delete AFTER DELETE ON orders WHEN ")
            + Counted.arg(QStringLiteral("OLD")) + TakeFromTab,
    };
    return statements;
}

} // namespace tableside::server::migrations
