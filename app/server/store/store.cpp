#include "store.h"

#include "businessclock.h"
#include "callrepository.h"
#include "database.h"
#include "eventlog.h"
#include "firststart.h"
#include "idempotencykeys.h"
#include "loginattemptrepository.h"
#include "logging.h"
#include "menurepository.h"
#include "orderrepository.h"
#include "schema.h"
#include "settingsrepository.h"
#include "staffrepository.h"
#include "tablelink.h"
#include "tablelinkrepository.h"
#include "tablerepository.h"
#include "writebatch.h"

#include <QDir>

namespace tableside::server {

namespace {

constexpr int IdempotencyRetentionHours = 48;

} // namespace

class Store::Private
{
public:
    explicit Private(const Options &options)
        : options(options)
        , clock(options.clock, options.businessDayStartHour)
        , batch(db, [this] { return clock.now(); })
        , log(db)
        , tables(db)
        , keys(db)
        , settings(db)
        , tableLinks(db, settings)
        , staff(db)
        , logins(db)
        , menu(db, batch)
        , orders(db, batch, log, clock, tables, menu, keys, options.recallWindowSeconds)
        , calls(db, batch, clock, tables, keys)
        , firstStart(batch, clock, menu, tables, staff, settings)
    { }

    Options options;
    BusinessClock clock;
    Database db;
    WriteBatch batch;
    EventLog log;
    TableRepository tables;
    IdempotencyKeys keys;
    SettingsRepository settings;
    TableLinkRepository tableLinks;
    StaffRepository staff;
    LoginAttemptRepository logins;
    MenuRepository menu;
    OrderRepository orders;
    CallRepository calls;
    FirstStart firstStart;
    bool open = false;
    // The staff watch: each member's PIN hash as last seen, compared after staff writes and on
    // a timer (the command line changes staff from another process).
    QHash<qint64, QByteArray> seenPinHashes;
    QTimer staffWatch;
};

Store::Store(QObject *parent)
    : Store(Options(), parent)
{ }

Store::Store(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(options))
{
    connect(&d->batch, &WriteBatch::eventCommitted, this, &Store::eventCommitted);
    connect(&d->batch, &WriteBatch::menuChanged, this, &Store::menuChanged);
}

Store::~Store()
{
    if (d->open)
        d->batch.commit();
    d->db.close();
}

int Store::schemaVersion()
{
    return Schema::currentVersion();
}

bool Store::open(const QString &dataDir, OpenInfo *info, QString *errorText)
{
    if (d->open)
        return true;
    if (!QDir().mkpath(dataDir)) {
        if (errorText)
            *errorText = tr("cannot create the data folder %1").arg(dataDir);
        return false;
    }
    if (!d->db.open(QDir(dataDir).filePath(QStringLiteral("tableside.db")), this, errorText))
        return false;
    const std::optional<qint64> seq = d->log.storedSeq(Database::Connection::Write);
    if (!seq) {
        if (errorText)
            *errorText = tr("the event log is damaged (no staff channel)");
        return false;
    }
    d->batch.startAt(*seq);
    if (!d->firstStart.run(info)) {
        if (errorText)
            *errorText = tr("cannot write the first-start data");
        return false;
    }
    // Databases from before the signed table links, and new ones, get their secret here.
    if (!d->batch.run<bool>([&]() -> StoreOutcome<bool> {
             if (!d->tableLinks.ensureSecret())
                 return StoreError::storage();
             return true;
         }).ok()) {
        if (errorText)
            *errorText = tr("cannot write the first-start data");
        return false;
    }
    d->open = true;
    prune();
    d->batch.commit();
    qCInfo(lcStore) << "database" << d->db.path() << "schema" << Schema::currentVersion() << "seq"
                    << d->batch.committedSeq();
    return true;
}

bool Store::isOpen() const
{
    return d->open;
}

QString Store::databasePath() const
{
    return d->db.path();
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
    return d->batch.committedSeq();
}

Store::StaffState Store::staffState() const
{
    StaffState state;
    // One read transaction: the seq and the rows come from the same snapshot.
    if (!d->db.execDirect(Database::Connection::Read, QStringLiteral("BEGIN")))
        return state;
    state.seq = d->log.storedSeq(Database::Connection::Read).value_or(0);
    const QString day = d->clock.todayText();
    state.orders = d->orders.forStaff(day);
    state.calls = d->calls.ofDay(day);
    d->db.execDirect(Database::Connection::Read, QStringLiteral("COMMIT"));
    return state;
}

Store::EventPage Store::eventsAfter(qint64 after, int limit) const
{
    return d->log.after(after, limit);
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

StoreOutcome<Store::CreatedOrder> Store::createOrder(const OrderDraft &draft)
{
    return d->batch.run<CreatedOrder>([&] { return d->orders.create(draft); });
}

StoreOutcome<Store::CreatedCall> Store::createCall(const CallDraft &draft)
{
    return d->batch.run<CreatedCall>([&] { return d->calls.create(draft); });
}

StoreOutcome<Order> Store::changeOrderStatus(const QString &orderId, OrderStatus to,
                                             const StaffMember &by)
{
    return d->batch.run<Order>([&] { return d->orders.changeStatus(orderId, to, by); });
}

StoreOutcome<Order> Store::bumpStation(const QString &orderId, const QString &station,
                                       const StaffMember &by)
{
    return stepStation(orderId, station, StationProgress::Step::Ready, by);
}

StoreOutcome<Order> Store::stepStation(const QString &orderId, const QString &station,
                                       StationProgress::Step step, const StaffMember &by)
{
    return d->batch.run<Order>([&] { return d->orders.stepStation(orderId, station, step, by); });
}

StoreOutcome<WaiterCall> Store::acknowledgeCall(const QString &callId, const StaffMember &by)
{
    return d->batch.run<WaiterCall>([&] { return d->calls.acknowledge(callId, by); });
}

StoreOutcome<WaiterCall> Store::completeCall(const QString &callId, const StaffMember &by)
{
    return d->batch.run<WaiterCall>([&] { return d->calls.complete(callId, by); });
}

StoreOutcome<Product> Store::setProductAvailability(qint64 productId, bool isAvailable,
                                                    const StaffMember &by)
{
    return d->batch.run<Product>(
        [&] { return d->menu.setAvailability(productId, isAvailable, by, d->clock.now()); });
}

StoreOutcome<Store::Session> Store::login(const QString &pin, qint64 lifetimeSeconds)
{
    return d->batch.run<Session>(
        [&] { return d->staff.login(pin, lifetimeSeconds, d->clock.now()); });
}

StoreOutcome<bool> Store::logout(const QString &token)
{
    return d->batch.run<bool>([&] { return d->staff.logout(token); });
}

StoreOutcome<Store::Session> Store::openSession(const PinRecord &verified, qint64 lifetimeSeconds)
{
    return d->batch.run<Session>(
        [&] { return d->staff.openSession(verified, lifetimeSeconds, d->clock.now()); });
}

StoreOutcome<bool> Store::changePin(const PinRecord &verified, const QByteArray &salt,
                                    const QByteArray &hash,
                                    const QList<PinRecord> &checkedAgainst,
                                    const QString &keepToken)
{
    auto outcome = d->batch.run<bool>(
        [&] { return d->staff.changePin(verified, salt, hash, checkedAgainst, keepToken); });
    if (outcome.ok())
        checkStaffAfterCommit();
    return outcome;
}

StoreOutcome<LoginCounter> Store::countLoginFailure(LoginCounter::Scope scope,
                                                    const QString &subject, int maxFailures,
                                                    int lockoutSeconds)
{
    return d->batch.run<LoginCounter>([&] {
        return d->logins.countFailure(scope, subject, maxFailures, lockoutSeconds,
                                      d->clock.now());
    });
}

StoreOutcome<bool> Store::clearLoginCounter(LoginCounter::Scope scope, const QString &subject)
{
    return d->batch.run<bool>([&] { return d->logins.clear(scope, subject); });
}

void Store::recordTableScan(int tableNumber)
{
    d->batch.run<bool>([&]() -> StoreOutcome<bool> {
        if (!d->tables.recordScan(tableNumber, d->clock.now()))
            return StoreError::storage();
        return true;
    });
}

StoreOutcome<StaffMember> Store::addStaff(const QString &name, const QString &pin, StaffRole role)
{
    return d->batch.run<StaffMember>([&] { return d->staff.add(name, pin, role, d->clock.now()); });
}

StoreOutcome<bool> Store::removeStaff(const QString &name)
{
    auto outcome = d->batch.run<bool>([&] { return d->staff.remove(name); });
    if (outcome.ok())
        checkStaffAfterCommit();
    return outcome;
}

StoreOutcome<bool> Store::resetPin(const QString &name, const QString &pin)
{
    auto outcome = d->batch.run<bool>([&] { return d->staff.resetPin(name, pin); });
    if (outcome.ok())
        checkStaffAfterCommit();
    return outcome;
}

StoreOutcome<int> Store::rotateTableLinks(const QList<int> &tableNumbers)
{
    return d->batch.run<int>([&]() -> StoreOutcome<int> {
        const bool ok = tableNumbers.isEmpty() ? d->tableLinks.rotateAll()
                                               : d->tableLinks.rotate(tableNumbers);
        if (!ok)
            return StoreError::storage();
        return int(tableNumbers.size());
    });
}

StoreOutcome<int> Store::importMenu(const MenuImport &menu)
{
    return d->batch.run<int>([&] { return d->menu.import(menu); });
}

StoreOutcome<int> Store::prune()
{
    return d->batch.run<int>([&]() -> StoreOutcome<int> {
        const QDateTime now = d->clock.now();
        const int retention = std::max(24, d->options.eventRetentionHours);
        const int removed = d->log.prune(now.addSecs(-3600LL * retention));
        if (removed < 0 || !d->keys.prune(now.addSecs(-3600LL * IdempotencyRetentionHours))
            || !d->staff.pruneSessions(now) || !d->logins.prune(now, now.addDays(-1)))
            return StoreError::storage();
        return removed;
    });
}

void Store::whenCommitted(QObject *context, std::function<void(bool committed)> done)
{
    d->batch.whenCommitted(context, std::move(done));
}

bool Store::flush()
{
    return d->batch.commit();
}

void Store::watchStaffChanges(int intervalMs)
{
    d->seenPinHashes = d->staff.committedPinHashes();
    d->staffWatch.setInterval(intervalMs);
    if (!d->staffWatch.isActive()) {
        connect(&d->staffWatch, &QTimer::timeout, this, [this] { checkStaff(); });
        d->staffWatch.start();
    }
}

void Store::checkStaffAfterCommit()
{
    if (d->staffWatch.isActive())
        whenCommitted(this, [this](bool committed) {
            if (committed)
                checkStaff();
        });
}

void Store::checkStaff()
{
    const QHash<qint64, QByteArray> now = d->staff.committedPinHashes();
    QList<qint64> ended;
    for (auto it = d->seenPinHashes.cbegin(); it != d->seenPinHashes.cend(); ++it) {
        const auto current = now.constFind(it.key());
        if (current == now.cend() || current.value() != it.value())
            ended.append(it.key());
    }
    d->seenPinHashes = now;
    for (const qint64 staffId : std::as_const(ended)) {
        qCInfo(lcStore) << "staff member" << staffId << "was removed or got a new PIN";
        emit staffSessionsEnded(staffId);
    }
}

Store::CommitStats Store::commitStats() const
{
    return d->batch.stats();
}

QList<double> Store::commitBucketBounds()
{
    return WriteBatch::bucketBounds();
}

} // namespace tableside::server
