#include "store.h"

#include "jsonreader.h"
#include "logging.h"
#include "approvalrule.h"
#include "servicegate.h"
#include "storeprivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QJsonDocument>

namespace tableside::server {

namespace {

constexpr int IdempotencyRetentionHours = 48;

} // namespace

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
    return open(dataDir, DatabaseSettings(), info, errorText);
}

bool Store::isPostgres() const
{
    return d->db.isPostgres();
}

bool Store::open(const QString &dataDir, const DatabaseSettings &database, OpenInfo *info,
                 QString *errorText)
{
    if (d->open)
        return true;
    if (!QDir().mkpath(dataDir)) {
        if (errorText)
            *errorText = tr("cannot create the data folder %1").arg(dataDir);
        return false;
    }
    // A data folder whose server stores its data in PostgreSQL says so in a file of its own: a
    // server or command pointed at that folder without the [database] url (a lost --config)
    // must not quietly start an empty SQLite database beside it.
    const QString marker = QDir(dataDir).filePath(QStringLiteral("postgresql-database.txt"));
    if (!database.isPostgres() && QFileInfo::exists(marker)) {
        QFile file(marker);
        const QString url = file.open(QIODevice::ReadOnly)
            ? QString::fromUtf8(file.readLine(4096)).trimmed()
            : QString();
        if (errorText)
            *errorText = tr("the data folder %1 belongs to a server that stores its data in "
                            "PostgreSQL (%2): give the same --config as that server (its "
                            "[database] url), or delete %3 to use a SQLite file here")
                             .arg(dataDir, url, marker);
        return false;
    }
    d->db.setConnectionLostHandler([this] {
        QMetaObject::invokeMethod(this, &Store::databaseConnectionLost, Qt::QueuedConnection);
    });
    if (!d->db.open(database, QDir(dataDir).filePath(QStringLiteral("tableside.db")), this,
                    errorText))
        return false;
    if (database.isPostgres()) {
        QFile file(marker);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(database.displayUrl().toUtf8() + '\n');
    }
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
    // Databases from before the signed table links or the history id, and new ones, get them here.
    if (!d->batch
             .run<bool>([&]() -> StoreOutcome<bool> {
                 if (!d->tableLinks.ensureSecret() || !d->settings.ensureHistoryId())
                     return StoreError::storage();
                 return true;
             })
             .ok()) {
        if (errorText)
            *errorText = tr("cannot write the first-start data");
        return false;
    }
    d->open = true;
    prune();
    d->batch.commit();
    d->historyId = d->settings.historyId(Database::Connection::Write);
    if (QSqlDriver *driver = d->db.listenDriver()) {
        // Other instances' commits (issue 21): their NOTIFY carries the last seq; the events
        // themselves are read from the log, in order. The timer covers a missed NOTIFY.
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    // This instance hears its own NOTIFYs too: nothing to read for those.
                    bool isSeq = false;
                    const qint64 seq = payload.toString().toLongLong(&isSeq);
                    if (!isSeq || seq > d->batch.emittedSeq())
                        d->batch.catchUp();
                });
        if (!driver->subscribeToNotification(EventLog::notifyChannel())) {
            if (errorText)
                *errorText = tr("cannot LISTEN for other instances' events");
            return false;
        }
        d->catchUp.setInterval(1000);
        // Also how a lost LISTEN connection is noticed while no request comes in.
        connect(&d->catchUp, &QTimer::timeout, this, [this] {
            if (d->db.checkConnections())
                d->batch.catchUp();
        });
        d->catchUp.start();
    }
    qCInfo(lcStore) << "database" << d->db.path() << "schema" << Schema::currentVersion() << "seq"
                    << d->batch.committedSeq();
    return true;
}

StoreOutcome<Store::CreatedOrder> Store::createOrder(const OrderDraft &draft)
{
    return d->batch.run<CreatedOrder>([&]() -> StoreOutcome<CreatedOrder> {
        // A manager may switch guest ordering off (issue 16).
        // Read once for both checks (each read is a round trip on PostgreSQL).
        const ServiceSwitches switches
            = ServiceGate::read(d->settings, Database::Connection::Write);
        if (auto paused = ServiceGate::refusal(switches, ServiceGate::Kind::Ordering))
            return *paused;
        // Over the approval thresholds (issue 16): the order waits for staff.
        OrderDraft checked = draft;
        const auto wait
            = ApprovalRule::mustWait(d->db, d->menu, switches, draft, d->clock.now());
        if (!wait)
            return StoreError::storage();
        checked.awaitApproval = *wait;
        auto created = d->orders.create(checked);
        // Its station tickets commit with it (printing: never an order without its tickets);
        // a waiting order's print when it is approved.
        if (created.ok() && !created.value().replayed && !checked.awaitApproval
            && !d->printJobs.queueForOrder(created.value().order, QStringLiteral("new-order"),
                                           d->clock.now()))
            return StoreError::storage();
        return created;
    });
}

StoreOutcome<Store::CreatedCall> Store::createCall(const CallDraft &draft)
{
    return d->batch.run<CreatedCall>([&]() -> StoreOutcome<CreatedCall> {
        if (auto paused = ServiceGate::refusal(
                ServiceGate::read(d->settings, Database::Connection::Write),
                ServiceGate::Kind::Calls))
            return *paused;
        return d->calls.create(draft);
    });
}

StoreOutcome<Order> Store::changeOrderStatus(const QString &orderId, OrderStatus to,
                                             const StaffMember &by)
{
    return d->batch.run<Order>([&]() -> StoreOutcome<Order> {
        const QList<Order> before = d->orders.load(Database::Connection::Write,
                                                   QStringLiteral("id = ?"), {orderId},
                                                   QStringLiteral("id"));
        auto changed = d->orders.changeStatus(orderId, to, by);
        // A waiting order approved or rejected (issue 16): an audit entry; approved, its
        // kitchen tickets print now.
        if (changed.ok() && !before.isEmpty()
            && before.first().status == OrderStatus::PendingApproval
            && !ApprovalRule::recordDecision(d->audit, changed.value(), by, d->clock.now(),
                                             [&](const Order &order) {
                                                 return d->printJobs.queueForOrder(
                                                     order, QStringLiteral("new-order"),
                                                     d->clock.now());
                                             }))
            return StoreError::storage();
        // A dashboard's "start" starts every station: their "start" tickets print.
        if (changed.ok() && to == OrderStatus::Preparing
            && !d->printJobs.queueForOrder(changed.value(), QStringLiteral("start"),
                                           d->clock.now()))
            return StoreError::storage();
        return changed;
    });
}

StoreOutcome<Order> Store::bumpStation(const QString &orderId, const QString &station,
                                       const StaffMember &by)
{
    return stepStation(orderId, station, StationProgress::Step::Ready, by);
}

StoreOutcome<Order> Store::stepStation(const QString &orderId, const QString &station,
                                       StationProgress::Step step, const StaffMember &by)
{
    return d->batch.run<Order>([&]() -> StoreOutcome<Order> {
        auto stepped = d->orders.stepStation(orderId, station, step, by);
        if (stepped.ok() && step == StationProgress::Step::Start
            && !d->printJobs.queueForOrder(stepped.value(), QStringLiteral("start"),
                                           d->clock.now(), station))
            return StoreError::storage();
        return stepped;
    });
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
                                    const QByteArray &hash, const QList<PinRecord> &checkedAgainst,
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
        return d->logins.countFailure(scope, subject, maxFailures, lockoutSeconds, d->clock.now());
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

StoreOutcome<qint64> Store::recordBackupStatus(bool ok, const QDateTime &at, const QString &file,
                                               const QString &message)
{
    return d->batch.run<qint64>([&]() -> StoreOutcome<qint64> {
        const QJsonObject last {{QStringLiteral("ok"), ok},
                                {QStringLiteral("at"), toWireTimestampOrNull(at)},
                                {QStringLiteral("file"), file},
                                {QStringLiteral("message"), message}};
        // Kept in settings too: the event log is pruned, a late dashboard still sees a failure.
        if (!d->settings.setValue(
                QStringLiteral("backup_status"),
                QString::fromUtf8(QJsonDocument(last).toJson(QJsonDocument::Compact))))
            return StoreError::storage();
        qint64 seq = 0;
        if (!d->batch.appendEvent([&](qint64 next) {
                seq = next;
                return StaffEvent::backupStatus(ok, at, file, message, next);
            }))
            return StoreError::storage();
        return seq;
    });
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
