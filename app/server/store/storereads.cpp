#include "storeprivate.h"

#include <QJsonDocument>

// Store's reads: committed data only, on the read connection (see store.h).

namespace tableside::server {

bool Store::isOpen() const
{
    return d->open;
}

QString Store::databasePath() const
{
    return d->db.path();
}

DatabaseSettings Store::databaseSettings() const
{
    return d->db.settings();
}

QDate Store::businessDay(const QDateTime &utc) const
{
    return d->clock.day(utc);
}

// ---------------------------------------------------------------- reads (committed data)

std::optional<Order> Store::findOrder(const QString &id) const
{
    return d->orders.find(id);
}

std::optional<WaiterCall> Store::findCall(const QString &id) const
{
    return d->calls.find(id);
}

bool Store::isTableActive(int tableNumber) const
{
    return d->tables.isActive(tableNumber);
}

QList<int> Store::tableNumbers() const
{
    return d->tables.numbers();
}

int Store::tableScanCount(int tableNumber) const
{
    return d->tables.scanCount(tableNumber);
}

QList<Category> Store::categories() const
{
    return d->menu.categories();
}

QList<Product> Store::products() const
{
    return d->menu.products();
}

std::optional<Product> Store::findProduct(qint64 id) const
{
    return d->menu.find(Database::Connection::Read, id);
}

QList<Order> Store::activeOrders() const
{
    return d->orders.active();
}

QList<Order> Store::readyOrders() const
{
    return d->orders.ready();
}

QList<Order> Store::todaysOrders() const
{
    return d->orders.ofDay(d->clock.todayText());
}

QList<Order> Store::completedOrders() const
{
    return d->orders.completedOn(d->clock.todayText());
}

QList<WaiterCall> Store::openCalls() const
{
    return d->calls.open();
}

QList<WaiterCall> Store::todaysCalls() const
{
    return d->calls.ofDay(d->clock.todayText());
}

qint64 Store::latestSeq() const
{
    // Several instances write to a PostgreSQL log: this one's last commit may be behind, so
    // the latest is the last event it emitted, its own or another instance's (read from the
    // log on their NOTIFY) — kept in memory, as the device registry asks once per device.
    if (d->db.isPostgres())
        return qMax(d->batch.emittedSeq(), d->batch.committedSeq());
    return d->batch.committedSeq();
}

Store::StaffState Store::staffState() const
{
    StaffState state;
    // One read transaction: the seq and the rows come from the same snapshot.
    if (!d->db.beginSnapshot(Database::Connection::Read))
        return state;
    state.seq = d->log.storedSeq(Database::Connection::Read).value_or(0);
    state.historyId = d->historyId;
    const QString day = d->clock.todayText();
    state.orders = d->orders.forStaff(day);
    state.calls = d->calls.ofDay(day);
    const QString backup
        = d->settings.value(Database::Connection::Read, QStringLiteral("backup_status"));
    if (!backup.isEmpty())
        state.backup = QJsonDocument::fromJson(backup.toUtf8()).object();
    d->db.execDirect(Database::Connection::Read, QStringLiteral("COMMIT"));
    return state;
}

Store::EventPage Store::eventsAfter(qint64 after, int limit) const
{
    EventPage page = d->log.after(after, limit);
    page.historyId = d->historyId;
    return page;
}

std::optional<StaffMember> Store::staffForToken(const QString &token) const
{
    return d->staff.forToken(token, d->clock.now());
}

QList<Store::StaffRecord> Store::staffList() const
{
    return d->staff.list();
}

QList<Store::PinRecord> Store::pinRecords(const QString &name) const
{
    return d->staff.records(name);
}

std::optional<LoginCounter> Store::loginCounter(LoginCounter::Scope scope,
                                                const QString &subject) const
{
    return d->logins.find(scope, subject);
}

int Store::loginLockSeconds(LoginCounter::Scope scope, const QString &subject) const
{
    const auto counter = d->logins.find(scope, subject);
    return counter ? counter->secondsLocked(d->clock.now()) : 0;
}

QList<LoginCounter> Store::loginLockouts() const
{
    return d->logins.locked(d->clock.now());
}

Store::AppCredentials Store::appCredentials() const
{
    return d->settings.appCredentials();
}

QByteArray Store::tableLinkToken(int tableNumber) const
{
    return TableLink::token(d->tableLinks.secret(), tableNumber,
                            d->tableLinks.generation(tableNumber));
}

bool Store::acceptsTableLinkToken(int tableNumber, QByteArrayView token) const
{
    return TableLink::acceptsToken(
        d->tableLinks.secret(), [this](int table) { return d->tableLinks.generation(table); },
        tableNumber, token);
}

bool Store::acceptsTableSession(QByteArrayView cookieHeader, int tableNumber) const
{
    return TableLink::acceptsCookieHeader(
        d->tableLinks.secret(), [this](int table) { return d->tableLinks.generation(table); },
        cookieHeader, tableNumber);
}

bool Store::tableTokenRequiredByDefault() const
{
    return d->tableLinks.requireTokenByDefault();
}

// ---------------------------------------------------------------- writes (one job each)

QList<AuditLog::Entry> Store::auditEntries(const AuditLog::Filter &filter) const
{
    return d->audit.entries(filter);
}

} // namespace tableside::server
