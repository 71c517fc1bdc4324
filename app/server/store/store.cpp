#include "store.h"

#include "demomenu.h"
#include "jsonreader.h"
#include "logging.h"
#include "pinhasher.h"
#include "schema.h"
#include "statustransitions.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <map>

namespace tableside::server {

namespace {

const QString StaffChannel = QStringLiteral("staff");
constexpr int FirstTable = 1;
constexpr int LastDemoTable = 20;
constexpr int IdempotencyRetentionHours = 48;

QString wireTime(const QDateTime &time)
{
    return time.isValid() ? toWireTimestamp(time) : QString();
}

QDateTime parseTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

// The orders.station_status column: each station's progress as compact JSON.
QString stationStatusText(const Order &order)
{
    QJsonObject stations;
    for (auto it = order.stationStatus.cbegin(); it != order.stationStatus.cend(); ++it)
        stations.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(stations).toJson(QJsonDocument::Compact));
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

StoreError error(StoreError::Code code, const QString &message, QJsonObject current = {})
{
    return StoreError {code, message, std::move(current)};
}

StoreError storageError()
{
    return error(StoreError::Code::Storage,
                 Store::tr("The database could not store the change; nothing was saved."));
}

// Finishes a cached statement when leaving scope: an active SQLite statement would otherwise
// keep its read snapshot open, and later reads on the connection would not see new commits.
struct Finisher
{
    QSqlQuery &query;
    ~Finisher() { query.finish(); }
};

} // namespace

class Store::Private
{
public:
    enum class Connection { Write, Read };

    Store *q = nullptr;
    Options options;
    QString path;
    QString writeName;
    QString readName;
    bool open = false;
    std::map<QString, std::unique_ptr<QSqlQuery>> writeQueries;
    std::map<QString, std::unique_ptr<QSqlQuery>> readQueries;

    // Group commit state.
    bool inBatch = false;
    bool inJob = false;
    bool batchBroken = false;
    bool batchMenuChanged = false;
    qint64 stagedSeq = 0;
    qint64 committedSeq = 0;
    QList<StaffEvent> pendingEvents;
    struct Callback
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void(bool)> done;
    };
    QList<Callback> pendingCallbacks;
    QTimer commitTimer;
    CommitStats stats;

    QSqlDatabase database(Connection connection) const
    {
        return QSqlDatabase::database(connection == Connection::Write ? writeName : readName,
                                      false);
    }

    QSqlQuery &statement(Connection connection, const QString &sql)
    {
        auto &cache = connection == Connection::Write ? writeQueries : readQueries;
        auto it = cache.find(sql);
        if (it == cache.end()) {
            auto query = std::make_unique<QSqlQuery>(database(connection));
            query->setForwardOnly(true);
            if (!query->prepare(sql))
                qCCritical(lcStore) << "prepare failed:" << query->lastError().text() << sql;
            it = cache.emplace(sql, std::move(query)).first;
        }
        return *it->second;
    }

    bool run(QSqlQuery &query, const QVariantList &binds = {})
    {
        for (int i = 0; i < binds.size(); ++i)
            query.bindValue(i, binds.at(i));
        if (!query.exec()) {
            qCWarning(lcStore) << "query failed:" << query.lastError().text() << query.lastQuery();
            return false;
        }
        return true;
    }

    bool exec(Connection connection, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery &query = statement(connection, sql);
        Finisher finisher {query};
        return run(query, binds);
    }

    bool execDirect(Connection connection, const QString &sql)
    {
        QSqlQuery query(database(connection));
        if (!query.exec(sql)) {
            qCWarning(lcStore) << "statement failed:" << query.lastError().text() << sql;
            return false;
        }
        return true;
    }

    QDateTime now() const { return options.clock().toUTC(); }

    QString businessDayText(const QDateTime &utc) const
    {
        return q->businessDay(utc).toString(Qt::ISODate);
    }

    // ---- loading rows ----
    static constexpr const char *OrderColumns
        = "id, order_number, table_number, notes, status, created_at, updated_at, "
          "completed_at, changed_by, station_status";

    Order orderFromRow(const QSqlQuery &row) const
    {
        Order order;
        order.id = row.value(0).toString();
        order.orderNumber = row.value(1).toInt();
        order.tableNumber = row.value(2).toInt();
        order.notes = row.value(3).toString();
        order.status = orderStatusFromWire(row.value(4).toString()).value_or(OrderStatus::Pending);
        order.createdAt = parseTime(row.value(5));
        order.updatedAt = parseTime(row.value(6));
        order.completedAt = parseTime(row.value(7));
        order.changedBy = row.value(8).toString();
        const QJsonObject stations
            = QJsonDocument::fromJson(row.value(9).toString().toUtf8()).object();
        for (auto it = stations.begin(); it != stations.end(); ++it)
            order.stationStatus.insert(it.key(), it.value().toString());
        return order;
    }

    // Loads orders matching @p where, with their items (two queries, not one per order).
    QList<Order> loadOrders(Connection connection, const QString &where, const QVariantList &binds,
                            const QString &orderBy)
    {
        QList<Order> orders;
        QHash<QString, qsizetype> index;
        {
            QSqlQuery &query
                = statement(connection,
                            QStringLiteral("SELECT %1 FROM orders WHERE %2 ORDER BY %3")
                                .arg(QLatin1String(OrderColumns), where, orderBy));
            Finisher finisher {query};
            if (!run(query, binds))
                return {};
            while (query.next()) {
                index.insert(query.value(0).toString(), orders.size());
                orders.append(orderFromRow(query));
            }
        }
        if (orders.isEmpty())
            return orders;
        QSqlQuery &items = statement(
            connection,
            QStringLiteral("SELECT order_id, product_id, product_name, product_name_en, "
                           "quantity, unit_price_eur_cents, notes, station FROM order_items "
                           "WHERE order_id IN (SELECT id FROM orders WHERE %1) "
                           "ORDER BY order_id, line")
                .arg(where));
        Finisher finisher {items};
        if (!run(items, binds))
            return {};
        while (items.next()) {
            const auto it = index.constFind(items.value(0).toString());
            if (it == index.constEnd())
                continue;
            OrderItem item;
            item.productId = items.value(1).toLongLong();
            item.productName = items.value(2).toString();
            item.productNameEn = items.value(3).toString();
            item.quantity = items.value(4).toInt();
            item.unitPrice = Money::fromEuroCents(items.value(5).toLongLong());
            item.notes = items.value(6).toString();
            item.station = items.value(7).toString();
            orders[*it].items.append(item);
        }
        return orders;
    }

    std::optional<Order> loadOrder(Connection connection, const QString &id)
    {
        const QList<Order> orders
            = loadOrders(connection, QStringLiteral("id = ?"), {id}, QStringLiteral("id"));
        if (orders.isEmpty())
            return std::nullopt;
        return orders.first();
    }

    static constexpr const char *CallColumns
        = "id, table_number, call_type, message, status, created_at, acknowledged_at, "
          "completed_at, acknowledged_by, changed_by";

    QList<WaiterCall> loadCalls(Connection connection, const QString &where,
                                const QVariantList &binds, const QString &orderBy)
    {
        QList<WaiterCall> calls;
        QSqlQuery &query
            = statement(connection,
                        QStringLiteral("SELECT %1 FROM waiter_calls WHERE %2 ORDER BY %3")
                            .arg(QLatin1String(CallColumns), where, orderBy));
        Finisher finisher {query};
        if (!run(query, binds))
            return {};
        while (query.next()) {
            WaiterCall call;
            call.id = query.value(0).toString();
            call.tableNumber = query.value(1).toInt();
            call.type = callTypeFromWire(query.value(2).toString()).value_or(CallType::Help);
            call.message = query.value(3).toString();
            call.status
                = callStatusFromWire(query.value(4).toString()).value_or(CallStatus::Pending);
            call.createdAt = parseTime(query.value(5));
            call.acknowledgedAt = parseTime(query.value(6));
            call.completedAt = parseTime(query.value(7));
            call.acknowledgedBy = query.value(8).toString();
            call.changedBy = query.value(9).toString();
            calls.append(call);
        }
        return calls;
    }

    std::optional<WaiterCall> loadCall(Connection connection, const QString &id)
    {
        const QList<WaiterCall> calls
            = loadCalls(connection, QStringLiteral("id = ?"), {id}, QStringLiteral("id"));
        if (calls.isEmpty())
            return std::nullopt;
        return calls.first();
    }

    QList<Product> loadProducts(Connection connection, const QString &where,
                                const QVariantList &binds)
    {
        QList<Product> products;
        QSqlQuery &query
            = statement(connection,
                        QStringLiteral("SELECT id, category_id, name_bg, name_en, description_bg, "
                                       "description_en, price_eur_cents, station, is_available, "
                                       "is_hidden, sort_order FROM products WHERE %1 "
                                       "ORDER BY sort_order, id")
                            .arg(where));
        Finisher finisher {query};
        if (!run(query, binds))
            return {};
        while (query.next()) {
            Product p;
            p.id = query.value(0).toLongLong();
            p.categoryId = query.value(1).toLongLong();
            p.nameBg = query.value(2).toString();
            p.nameEn = query.value(3).toString();
            p.descriptionBg = query.value(4).toString();
            p.descriptionEn = query.value(5).toString();
            p.price = Money::fromEuroCents(query.value(6).toLongLong());
            p.station = query.value(7).toString();
            p.isAvailable = query.value(8).toBool();
            p.isHidden = query.value(9).toBool();
            p.sortOrder = query.value(10).toInt();
            products.append(p);
        }
        return products;
    }

    // ---- group commit ----

    bool beginJob()
    {
        if (!open)
            return false;
        Q_ASSERT(!inJob);
        if (!inBatch) {
            if (!execDirect(Connection::Write, QStringLiteral("BEGIN IMMEDIATE")))
                return false;
            inBatch = true;
            batchBroken = false;
            commitTimer.start();
        }
        if (!exec(Connection::Write, QStringLiteral("SAVEPOINT job"))) {
            batchBroken = true;
            return false;
        }
        inJob = true;
        return true;
    }

    template<typename T> StoreOutcome<T> runJob(const std::function<StoreOutcome<T>()> &body)
    {
        if (!beginJob())
            return storageError();
        const qint64 seqBefore = stagedSeq;
        const qsizetype eventsBefore = pendingEvents.size();
        const bool menuChangedBefore = batchMenuChanged;
        StoreOutcome<T> outcome = body();
        inJob = false;
        if (outcome.ok() && exec(Connection::Write, QStringLiteral("RELEASE job"))) {
            ++stats.writes;
            return outcome;
        }
        // Refused (or failed): undo only this request's writes; the batch goes on.
        if (!exec(Connection::Write, QStringLiteral("ROLLBACK TO job"))
            || !exec(Connection::Write, QStringLiteral("RELEASE job")))
            batchBroken = true;
        stagedSeq = seqBefore;
        pendingEvents.resize(eventsBefore);
        batchMenuChanged = menuChangedBefore;
        if (outcome.ok())
            return storageError();
        return outcome;
    }

    // Appends an event to the log inside the current job; the seq is the channel's next.
    bool appendEvent(const std::function<StaffEvent(qint64 seq)> &make)
    {
        const qint64 seq = stagedSeq + 1;
        const StaffEvent event = make(seq);
        if (!exec(Connection::Write,
                  QStringLiteral("INSERT INTO events (channel, seq, name, data, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {StaffChannel, seq, event.name(), QString::fromUtf8(event.dataJson()),
                   wireTime(now())}))
            return false;
        stagedSeq = seq;
        pendingEvents.append(event);
        return true;
    }

    bool commit()
    {
        commitTimer.stop();
        if (!inBatch) {
            runCallbacks(true);
            return true;
        }
        QElapsedTimer timer;
        timer.start();
        bool ok = !batchBroken;
        if (ok && stagedSeq != committedSeq)
            ok = exec(Connection::Write,
                      QStringLiteral("UPDATE channels SET last_seq = ? WHERE name = ?"),
                      {stagedSeq, StaffChannel});
        ok = ok && execDirect(Connection::Write, QStringLiteral("COMMIT"));
        const double seconds = timer.nsecsElapsed() / 1e9;
        inBatch = false;
        if (!ok) {
            qCCritical(lcStore) << "commit failed; the batch's" << pendingCallbacks.size()
                                << "requests were not stored";
            execDirect(Connection::Write, QStringLiteral("ROLLBACK"));
            ++stats.failedCommits;
            stagedSeq = committedSeq;
            pendingEvents.clear();
            batchMenuChanged = false;
            runCallbacks(false);
            return false;
        }
        ++stats.commits;
        stats.commitSecondsTotal += seconds;
        const QList<double> bounds = commitBucketBounds();
        for (int i = 0; i < bounds.size(); ++i)
            if (seconds <= bounds.at(i))
                ++stats.commitBuckets[i];
        committedSeq = stagedSeq;
        const QList<StaffEvent> events = std::exchange(pendingEvents, {});
        const bool menuChanged = std::exchange(batchMenuChanged, false);
        for (const StaffEvent &event : events)
            emit q->eventCommitted(event);
        if (menuChanged)
            emit q->menuChanged();
        runCallbacks(true);
        return true;
    }

    void runCallbacks(bool committed)
    {
        const QList<Callback> callbacks = std::exchange(pendingCallbacks, {});
        for (const Callback &callback : callbacks) {
            if (callback.hasContext && !callback.context)
                continue;
            callback.done(committed);
        }
    }

    // ---- helpers used by jobs ----

    std::optional<StoreError> checkTable(int tableNumber)
    {
        QSqlQuery &query = statement(
            Connection::Write,
            QStringLiteral("SELECT is_active FROM dining_tables WHERE table_number = ?"));
        Finisher finisher {query};
        if (!run(query, {tableNumber}))
            return storageError();
        if (!query.next())
            return error(StoreError::Code::UnknownTable,
                         Store::tr("There is no table %1.").arg(tableNumber));
        if (!query.value(0).toBool())
            return error(StoreError::Code::TableInactive,
                         Store::tr("Table %1 is not taking orders.").arg(tableNumber));
        return std::nullopt;
    }

    enum class Lookup { Found, Missing, Failed };

    // An earlier request with this key: its subject id (order or call), or a reuse error.
    Lookup findIdempotent(const QString &scope, const QString &key, const QByteArray &hash,
                          QString *subjectId, bool *sameRequest)
    {
        QSqlQuery &query
            = statement(Connection::Write,
                        QStringLiteral("SELECT request_hash, subject_id FROM "
                                       "idempotency_keys WHERE scope = ? AND key = ?"));
        Finisher finisher {query};
        if (!run(query, {scope, key}))
            return Lookup::Failed;
        if (!query.next())
            return Lookup::Missing;
        *sameRequest = query.value(0).toByteArray() == hash;
        *subjectId = query.value(1).toString();
        return Lookup::Found;
    }

    // A retry of a create with an Idempotency-Key: the first result (wrapped by @p created), a
    // reuse error for a different request, or nullopt when the key is new and the create goes on.
    template<typename Outcome, typename Replay>
    std::optional<Outcome> replayIdempotent(const QString &scope, const QString &key,
                                            const QByteArray &hash, const QString &reusedMessage,
                                            Replay created)
    {
        if (key.isEmpty())
            return std::nullopt;
        QString subjectId;
        bool sameRequest = false;
        switch (findIdempotent(scope, key, hash, &subjectId, &sameRequest)) {
        case Lookup::Failed:
            return Outcome(storageError());
        case Lookup::Missing:
            return std::nullopt;
        case Lookup::Found:
            break;
        }
        if (!sameRequest)
            return Outcome(error(StoreError::Code::IdempotencyKeyReused, reusedMessage));
        return created(subjectId);
    }

    bool rememberIdempotent(const QString &scope, const QString &key, const QByteArray &hash,
                            const QString &subjectId)
    {
        return exec(Connection::Write,
                    QStringLiteral("INSERT INTO idempotency_keys (scope, key, request_hash, "
                                   "subject_id, created_at) VALUES (?, ?, ?, ?, ?)"),
                    {scope, key, hash, subjectId, wireTime(now())});
    }

    struct StaffHashRow
    {
        StaffMember member;
        QByteArray salt;
        QByteArray hash;
    };

    QList<StaffHashRow> staffHashes()
    {
        QList<StaffHashRow> rows;
        QSqlQuery &query = statement(
            Connection::Write,
            QStringLiteral("SELECT id, name, role, pin_salt, pin_hash FROM staff ORDER BY id"));
        Finisher finisher {query};
        if (!run(query))
            return rows;
        while (query.next()) {
            StaffHashRow row;
            row.member.id = query.value(0).toLongLong();
            row.member.name = query.value(1).toString();
            row.member.role
                = staffRoleFromWire(query.value(2).toString()).value_or(StaffRole::Waiter);
            row.salt = query.value(3).toByteArray();
            row.hash = query.value(4).toByteArray();
            rows.append(row);
        }
        return rows;
    }

    // The staff member (other than @p exceptId) whose PIN is @p pin.
    std::optional<StaffMember> staffWithPin(const QString &pin, qint64 exceptId = -1)
    {
        std::optional<StaffMember> found;
        // Every hash is computed, match or not, so the time taken does not tell which.
        for (const StaffHashRow &row : staffHashes()) {
            if (PinHasher::equal(PinHasher::hash(pin, row.salt), row.hash)
                && row.member.id != exceptId && !found)
                found = row.member;
        }
        return found;
    }

    bool insertCategory(const Category &c)
    {
        return exec(
            Connection::Write,
            QStringLiteral("INSERT INTO categories (id, slug, name_bg, name_en, sort_order) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                           "slug = excluded.slug, name_bg = excluded.name_bg, "
                           "name_en = excluded.name_en, sort_order = excluded.sort_order"),
            {c.id, c.slug, c.nameBg, c.nameEn, c.sortOrder});
    }

    bool insertProduct(const Product &p)
    {
        return exec(
            Connection::Write,
            QStringLiteral("INSERT INTO products (id, category_id, name_bg, name_en, "
                           "description_bg, description_en, price_eur_cents, station, "
                           "is_available, is_hidden, sort_order) VALUES "
                           "(?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET "
                           "category_id = excluded.category_id, name_bg = excluded.name_bg, "
                           "name_en = excluded.name_en, "
                           "description_bg = excluded.description_bg, "
                           "description_en = excluded.description_en, "
                           "price_eur_cents = excluded.price_eur_cents, "
                           "station = excluded.station, is_available = excluded.is_available, "
                           "is_hidden = excluded.is_hidden, sort_order = excluded.sort_order"),
            {p.id, p.categoryId, p.nameBg, p.nameEn, p.descriptionBg, p.descriptionEn,
             p.price.euroCents(), p.station, p.isAvailable ? 1 : 0, p.isHidden ? 1 : 0,
             p.sortOrder});
    }

    bool setSetting(const QString &key, const QString &value)
    {
        return exec(Connection::Write,
                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {key, value});
    }

    QString setting(Connection connection, const QString &key)
    {
        QSqlQuery &query
            = statement(connection, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        Finisher finisher {query};
        if (!run(query, {key}) || !query.next())
            return {};
        return query.value(0).toString();
    }

    bool openConnection(const QString &name, QString *errorText)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            if (errorText)
                *errorText = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        // WAL lets the read connection (and the guest pages) read while a batch is written;
        // synchronous=FULL fsyncs every commit, so a 201 means the order survives power loss.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
            || query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
            if (errorText)
                *errorText = Store::tr("cannot switch the database to WAL mode");
            return false;
        }
        query.finish();
        // temp_store=MEMORY also keeps the savepoint (sub-)journal of each request in memory
        // rather than spilling it to a temporary file: it only has to outlive its batch.
        if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL"))
            || !query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
            || !query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"))) {
            if (errorText)
                *errorText = query.lastError().text();
            return false;
        }
        return true;
    }

    bool seed(OpenInfo *info)
    {
        // First start (or a first start that crashed before this commit): all or nothing.
        if (!setting(Connection::Write, QStringLiteral("app_id")).isEmpty())
            return true;
        MenuImport menu {DemoMenu::categories(), DemoMenu::products()};
        if (!q->importMenu(menu).ok())
            return false;
        const auto seeded = runJob<bool>([this]() -> StoreOutcome<bool> {
            for (int table = FirstTable; table <= LastDemoTable; ++table) {
                if (!exec(Connection::Write,
                          QStringLiteral("INSERT OR IGNORE INTO dining_tables (table_number) "
                                         "VALUES (?)"),
                          {table}))
                    return storageError();
            }
            const QString appId
                = QString::number(QRandomGenerator::system()->bounded(1000000, 9999999));
            const QString key
                = QString::fromLatin1(QByteArray::fromBase64(PinHasher::randomToken(10).toLatin1(),
                                                             QByteArray::Base64UrlEncoding)
                                          .toHex());
            const QString secret
                = QString::fromLatin1(QByteArray::fromBase64(PinHasher::randomToken(16).toLatin1(),
                                                             QByteArray::Base64UrlEncoding)
                                          .toHex());
            if (!setSetting(QStringLiteral("app_id"), appId)
                || !setSetting(QStringLiteral("app_key"), key)
                || !setSetting(QStringLiteral("app_secret"), secret))
                return storageError();
            return true;
        });
        if (!seeded.ok())
            return false;
        const QString name = QStringLiteral("Manager");
        const QString pin = PinHasher::randomPin(6);
        if (!q->addStaff(name, pin, StaffRole::Manager).ok())
            return false;
        if (!commit())
            return false;
        if (info) {
            info->created = true;
            info->firstStaffName = name;
            info->firstStaffPin = pin;
        }
        return true;
    }
};

Store::Store(QObject *parent)
    : Store(Options(), parent)
{ }

Store::Store(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = std::move(options);
    d->commitTimer.setSingleShot(true);
    d->commitTimer.setInterval(0);
    connect(&d->commitTimer, &QTimer::timeout, this, [this] { d->commit(); });
    d->stats.commitBuckets = QList<quint64>(commitBucketBounds().size(), 0);
}

Store::~Store()
{
    if (d->open) {
        d->commit();
        d->writeQueries.clear();
        d->readQueries.clear();
        QSqlDatabase::database(d->writeName, false).close();
        QSqlDatabase::database(d->readName, false).close();
    }
    if (!d->writeName.isEmpty())
        QSqlDatabase::removeDatabase(d->writeName);
    if (!d->readName.isEmpty())
        QSqlDatabase::removeDatabase(d->readName);
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
    d->path = QDir(dataDir).filePath(QStringLiteral("tableside.db"));
    const QString id = QString::number(reinterpret_cast<quintptr>(this), 16);
    d->writeName = QStringLiteral("tableside-write-") + id;
    d->readName = QStringLiteral("tableside-read-") + id;
    if (!d->openConnection(d->writeName, errorText))
        return false;
    QSqlDatabase writeDb = d->database(Private::Connection::Write);
    int fromVersion = 0;
    if (!Schema::migrate(writeDb, &fromVersion, errorText))
        return false;
    if (!d->openConnection(d->readName, errorText))
        return false;
    d->open = true;
    {
        QSqlQuery &query
            = d->statement(Private::Connection::Write,
                           QStringLiteral("SELECT last_seq FROM channels WHERE name = ?"));
        Finisher finisher {query};
        if (!d->run(query, {StaffChannel}) || !query.next()) {
            if (errorText)
                *errorText = tr("the event log is damaged (no staff channel)");
            d->open = false;
            return false;
        }
        d->committedSeq = d->stagedSeq = query.value(0).toLongLong();
    }
    if (!d->seed(info)) {
        if (errorText)
            *errorText = tr("cannot write the first-start data");
        d->open = false;
        return false;
    }
    prune();
    d->commit();
    qCInfo(lcStore) << "database" << d->path << "schema" << Schema::currentVersion() << "seq"
                    << d->committedSeq;
    return true;
}

bool Store::isOpen() const
{
    return d->open;
}

QString Store::databasePath() const
{
    return d->path;
}

QDate Store::businessDay(const QDateTime &utc) const
{
    return utc.toLocalTime().addSecs(-3600LL * d->options.businessDayStartHour).date();
}

// ---------------------------------------------------------------- reads

std::optional<Order> Store::findOrder(const QString &id) const
{
    return d->loadOrder(Private::Connection::Read, id);
}

std::optional<WaiterCall> Store::findCall(const QString &id) const
{
    return d->loadCall(Private::Connection::Read, id);
}

bool Store::isTableActive(int tableNumber) const
{
    QSqlQuery &query = d->statement(
        Private::Connection::Read,
        QStringLiteral("SELECT is_active FROM dining_tables WHERE table_number = ?"));
    Finisher finisher {query};
    return d->run(query, {tableNumber}) && query.next() && query.value(0).toBool();
}

QList<int> Store::tableNumbers() const
{
    QList<int> numbers;
    QSqlQuery &query = d->statement(
        Private::Connection::Read,
        QStringLiteral("SELECT table_number FROM dining_tables ORDER BY table_number"));
    Finisher finisher {query};
    if (d->run(query))
        while (query.next())
            numbers.append(query.value(0).toInt());
    return numbers;
}

int Store::tableScanCount(int tableNumber) const
{
    QSqlQuery &query = d->statement(
        Private::Connection::Read,
        QStringLiteral("SELECT scan_count FROM dining_tables WHERE table_number = ?"));
    Finisher finisher {query};
    if (d->run(query, {tableNumber}) && query.next())
        return query.value(0).toInt();
    return 0;
}

QList<Category> Store::categories() const
{
    QList<Category> categories;
    QSqlQuery &query = d->statement(Private::Connection::Read,
                                    QStringLiteral("SELECT id, slug, name_bg, name_en, sort_order "
                                                   "FROM categories ORDER BY sort_order, id"));
    Finisher finisher {query};
    if (!d->run(query))
        return {};
    while (query.next()) {
        Category c;
        c.id = query.value(0).toLongLong();
        c.slug = query.value(1).toString();
        c.nameBg = query.value(2).toString();
        c.nameEn = query.value(3).toString();
        c.sortOrder = query.value(4).toInt();
        categories.append(c);
    }
    return categories;
}

QList<Product> Store::products() const
{
    return d->loadProducts(Private::Connection::Read, QStringLiteral("1"), {});
}

std::optional<Product> Store::findProduct(qint64 id) const
{
    const QList<Product> found
        = d->loadProducts(Private::Connection::Read, QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Order> Store::activeOrders() const
{
    return d->loadOrders(Private::Connection::Read,
                         QStringLiteral("status IN ('pending', 'preparing', 'ready')"), {},
                         QStringLiteral("created_at, id"));
}

QList<Order> Store::todaysOrders() const
{
    return d->loadOrders(Private::Connection::Read, QStringLiteral("business_day = ?"),
                         {d->businessDayText(d->now())}, QStringLiteral("order_number"));
}

QList<Order> Store::completedOrders() const
{
    return d->loadOrders(Private::Connection::Read,
                         QStringLiteral("business_day = ? AND status = 'completed'"),
                         {d->businessDayText(d->now())}, QStringLiteral("completed_at DESC, id"));
}

QList<WaiterCall> Store::openCalls() const
{
    return d->loadCalls(Private::Connection::Read, QStringLiteral("status <> 'completed'"), {},
                        QStringLiteral("created_at, id"));
}

QList<WaiterCall> Store::todaysCalls() const
{
    return d->loadCalls(Private::Connection::Read,
                        QStringLiteral("business_day = ? OR status <> 'completed'"),
                        {d->businessDayText(d->now())}, QStringLiteral("created_at, id"));
}

qint64 Store::latestSeq() const
{
    return d->committedSeq;
}

Store::StaffState Store::staffState() const
{
    StaffState state;
    // One read transaction: the seq and the rows come from the same snapshot.
    if (!d->execDirect(Private::Connection::Read, QStringLiteral("BEGIN")))
        return state;
    {
        QSqlQuery &query
            = d->statement(Private::Connection::Read,
                           QStringLiteral("SELECT last_seq FROM channels WHERE name = ?"));
        Finisher finisher {query};
        if (d->run(query, {StaffChannel}) && query.next())
            state.seq = query.value(0).toLongLong();
    }
    const QString day = d->businessDayText(d->now());
    state.orders = d->loadOrders(
        Private::Connection::Read,
        QStringLiteral("business_day = ? OR status IN ('pending', 'preparing', 'ready')"), {day},
        QStringLiteral("created_at, id"));
    state.calls = d->loadCalls(Private::Connection::Read,
                               QStringLiteral("business_day = ? OR status <> 'completed'"), {day},
                               QStringLiteral("created_at, id"));
    d->execDirect(Private::Connection::Read, QStringLiteral("COMMIT"));
    return state;
}

Store::EventPage Store::eventsAfter(qint64 after, int limit) const
{
    EventPage page;
    if (!d->execDirect(Private::Connection::Read, QStringLiteral("BEGIN")))
        return page;
    {
        QSqlQuery &query
            = d->statement(Private::Connection::Read,
                           QStringLiteral("SELECT (SELECT last_seq FROM channels WHERE name = ?), "
                                          "(SELECT MIN(seq) FROM events WHERE channel = ?)"));
        Finisher finisher {query};
        if (d->run(query, {StaffChannel, StaffChannel}) && query.next()) {
            page.latestSeq = query.value(0).toLongLong();
            page.oldestSeq
                = query.value(1).isNull() ? page.latestSeq + 1 : query.value(1).toLongLong();
        }
    }
    // Older than the log keeps (events were pruned) or ahead of it (another database).
    if (after < page.oldestSeq - 1 || after > page.latestSeq) {
        page.gone = true;
    } else {
        QSqlQuery &query
            = d->statement(Private::Connection::Read,
                           QStringLiteral("SELECT name, data FROM events WHERE "
                                          "channel = ? AND seq > ? ORDER BY seq LIMIT ?"));
        Finisher finisher {query};
        if (d->run(query, {StaffChannel, after, limit})) {
            while (query.next()) {
                QString decodeError;
                auto event = StaffEvent::decode(query.value(0).toString(),
                                                query.value(1).toString().toUtf8(), &decodeError);
                if (event)
                    page.events.append(*event);
                else
                    qCWarning(lcStore) << "undecodable event in the log:" << decodeError;
            }
        }
    }
    d->execDirect(Private::Connection::Read, QStringLiteral("COMMIT"));
    return page;
}

std::optional<StaffMember> Store::staffForToken(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery &query = d->statement(
        Private::Connection::Read,
        QStringLiteral("SELECT s.id, s.name, s.role FROM sessions x JOIN staff s ON "
                       "s.id = x.staff_id WHERE x.token_hash = ? AND x.expires_at > ?"));
    Finisher finisher {query};
    if (!d->run(query, {PinHasher::tokenHash(token), wireTime(d->now())}) || !query.next())
        return std::nullopt;
    StaffMember member;
    member.id = query.value(0).toLongLong();
    member.name = query.value(1).toString();
    member.role = staffRoleFromWire(query.value(2).toString()).value_or(StaffRole::Waiter);
    return member;
}

QList<Store::StaffRecord> Store::staffList() const
{
    QList<StaffRecord> list;
    QSqlQuery &query = d->statement(
        Private::Connection::Read,
        QStringLiteral("SELECT id, name, role, created_at FROM staff ORDER BY name"));
    Finisher finisher {query};
    if (!d->run(query))
        return list;
    while (query.next()) {
        StaffRecord record;
        record.member.id = query.value(0).toLongLong();
        record.member.name = query.value(1).toString();
        record.member.role
            = staffRoleFromWire(query.value(2).toString()).value_or(StaffRole::Waiter);
        record.createdAt = parseTime(query.value(3));
        list.append(record);
    }
    return list;
}

Store::AppCredentials Store::appCredentials() const
{
    return {d->setting(Private::Connection::Read, QStringLiteral("app_id")),
            d->setting(Private::Connection::Read, QStringLiteral("app_key")),
            d->setting(Private::Connection::Read, QStringLiteral("app_secret"))};
}

// ---------------------------------------------------------------- writes

StoreOutcome<Store::CreatedOrder> Store::createOrder(const OrderDraft &draft)
{
    return d->runJob<CreatedOrder>([&]() -> StoreOutcome<CreatedOrder> {
        using Outcome = StoreOutcome<CreatedOrder>;
        if (auto replayed = d->replayIdempotent<Outcome>(
                QStringLiteral("order"), draft.idempotencyKey, draft.requestHash,
                tr("This idempotency key was used for a different order."),
                [&](const QString &orderId) -> Outcome {
                    auto order = d->loadOrder(Private::Connection::Write, orderId);
                    if (!order)
                        return storageError();
                    return CreatedOrder {*order, true};
                }))
            return *replayed;
        if (auto refused = d->checkTable(draft.tableNumber))
            return *refused;

        const QDateTime now = d->now();
        Order order;
        order.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        order.tableNumber = draft.tableNumber;
        order.notes = draft.notes;
        order.status = OrderStatus::Pending;
        order.createdAt = now;
        order.updatedAt = now;
        for (const OrderLineDraft &line : draft.items) {
            QSqlQuery &query = d->statement(
                Private::Connection::Write,
                QStringLiteral("SELECT name_bg, name_en, price_eur_cents, station, "
                               "is_available, is_hidden FROM products WHERE id = ?"));
            Finisher finisher {query};
            if (!d->run(query, {line.productId}))
                return storageError();
            if (!query.next() || query.value(5).toBool())
                return error(StoreError::Code::UnknownProduct,
                             tr("There is no product %1 on the menu.").arg(line.productId));
            if (!query.value(4).toBool())
                return error(StoreError::Code::ProductUnavailable,
                             tr("%1 is sold out.").arg(query.value(1).toString()));
            OrderItem item;
            item.productId = line.productId;
            item.productName = query.value(0).toString();
            item.productNameEn = query.value(1).toString();
            item.quantity = line.quantity;
            item.unitPrice = Money::fromEuroCents(query.value(2).toLongLong());
            item.notes = line.notes;
            item.station = query.value(3).toString();
            order.items.append(item);
        }

        const QString day = d->businessDayText(now);
        {
            QSqlQuery &query = d->statement(
                Private::Connection::Write,
                QStringLiteral("INSERT INTO order_numbers (business_day, last_number) "
                               "VALUES (?, 1) ON CONFLICT (business_day) DO UPDATE SET "
                               "last_number = last_number + 1 RETURNING last_number"));
            Finisher finisher {query};
            if (!d->run(query, {day}) || !query.next())
                return storageError();
            order.orderNumber = query.value(0).toInt();
        }
        if (!d->exec(Private::Connection::Write,
                     QStringLiteral("INSERT INTO orders (id, business_day, order_number, "
                                    "table_number, notes, status, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?)"),
                     {order.id, day, order.orderNumber, order.tableNumber, order.notes,
                      toWireString(order.status), wireTime(now), wireTime(now)}))
            return storageError();
        for (int line = 0; line < order.items.size(); ++line) {
            const OrderItem &item = order.items.at(line);
            if (!d->exec(Private::Connection::Write,
                         QStringLiteral("INSERT INTO order_items (order_id, line, product_id, "
                                        "product_name, product_name_en, quantity, "
                                        "unit_price_eur_cents, notes, station) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?)"),
                         {order.id, line, item.productId, item.productName, item.productNameEn,
                          item.quantity, item.unitPrice.euroCents(), item.notes, item.station}))
                return storageError();
        }
        if (!draft.idempotencyKey.isEmpty()
            && !d->rememberIdempotent(QStringLiteral("order"), draft.idempotencyKey,
                                      draft.requestHash, order.id))
            return storageError();
        if (!d->appendEvent([&](qint64 seq) { return StaffEvent::newOrder(order, seq); }))
            return storageError();
        return CreatedOrder {order, false};
    });
}

StoreOutcome<Store::CreatedCall> Store::createCall(const CallDraft &draft)
{
    return d->runJob<CreatedCall>([&]() -> StoreOutcome<CreatedCall> {
        using Outcome = StoreOutcome<CreatedCall>;
        if (auto replayed = d->replayIdempotent<Outcome>(
                QStringLiteral("call"), draft.idempotencyKey, draft.requestHash,
                tr("This idempotency key was used for a different call."),
                [&](const QString &callId) -> Outcome {
                    auto call = d->loadCall(Private::Connection::Write, callId);
                    if (!call)
                        return storageError();
                    return CreatedCall {*call, true};
                }))
            return *replayed;
        if (auto refused = d->checkTable(draft.tableNumber))
            return *refused;
        // A second tap (or a second phone at the table) joins the open call: no second ring.
        const QList<WaiterCall> open = d->loadCalls(
            Private::Connection::Write,
            QStringLiteral("table_number = ? AND call_type = ? AND status <> 'completed'"),
            {draft.tableNumber, toWireString(draft.type)}, QStringLiteral("created_at"));
        if (!open.isEmpty())
            return CreatedCall {open.first(), true};

        const QDateTime now = d->now();
        WaiterCall call;
        call.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        call.tableNumber = draft.tableNumber;
        call.type = draft.type;
        // No message is an empty one (the column is NOT NULL): callers need not know that.
        call.message = draft.message.isNull() ? QStringLiteral("") : draft.message;
        call.status = CallStatus::Pending;
        call.createdAt = now;
        if (!d->exec(Private::Connection::Write,
                     QStringLiteral("INSERT INTO waiter_calls (id, business_day, table_number, "
                                    "call_type, message, status, created_at) "
                                    "VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, ?)"),
                     {call.id, d->businessDayText(now), call.tableNumber, toWireString(call.type),
                      call.message, toWireString(call.status), wireTime(now)}))
            return storageError();
        if (!draft.idempotencyKey.isEmpty()
            && !d->rememberIdempotent(QStringLiteral("call"), draft.idempotencyKey,
                                      draft.requestHash, call.id))
            return storageError();
        if (!d->appendEvent([&](qint64 seq) { return StaffEvent::waiterCall(call, seq); }))
            return storageError();
        return CreatedCall {call, false};
    });
}

StoreOutcome<Order> Store::changeOrderStatus(const QString &orderId, OrderStatus to,
                                             const StaffMember &by)
{
    return d->runJob<Order>([&]() -> StoreOutcome<Order> {
        auto found = d->loadOrder(Private::Connection::Write, orderId);
        if (!found)
            return error(StoreError::Code::NotFound, tr("There is no order %1.").arg(orderId));
        Order order = *found;
        const OrderStatus from = order.status;
        const QJsonObject current {{QStringLiteral("order"), order.toJson()}};
        if (!StatusTransitions::isAllowed(from, to))
            return error(StoreError::Code::InvalidTransition,
                         tr("Order %1 is %2 and cannot become %3.")
                             .arg(order.orderNumber)
                             .arg(toWireString(from), toWireString(to)),
                         current);
        const QDateTime now = d->now();
        if (StatusTransitions::isRecall(from, to)) {
            if (by.role == StaffRole::Waiter)
                return error(StoreError::Code::Forbidden,
                             tr("Only the kitchen or a manager can recall a ready order."),
                             current);
            QSqlQuery &query
                = d->statement(Private::Connection::Write,
                               QStringLiteral("SELECT ready_at FROM orders WHERE id = ?"));
            Finisher finisher {query};
            if (!d->run(query, {orderId}) || !query.next())
                return storageError();
            const QDateTime readyAt = parseTime(query.value(0));
            if (readyAt.isValid() && readyAt.secsTo(now) > d->options.recallWindowSeconds)
                return error(
                    StoreError::Code::InvalidTransition,
                    tr("Order %1 has been ready too long to be recalled.").arg(order.orderNumber),
                    current);
        }
        order.status = to;
        order.updatedAt = now;
        order.changedBy = by.name;
        if (to == OrderStatus::Completed)
            order.completedAt = now;
        // A plate taken back is no longer ready anywhere: stations that reported it ready are
        // working on it again (else they could never report it ready a second time).
        QStringList recalledStations;
        if (StatusTransitions::isRecall(from, to)) {
            for (const QString &station : order.stations()) {
                if (StationProgress::statusOf(order, station) == StationProgress::ready()) {
                    order.stationStatus.insert(station, StationProgress::preparing());
                    recalledStations.append(station);
                }
            }
        }
        if (!d->exec(Private::Connection::Write,
                     QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, "
                                    "completed_at = ?, changed_by = ?, station_status = ?, "
                                    "ready_at = CASE WHEN ? = 'ready' THEN ? ELSE ready_at END "
                                    "WHERE id = ?"),
                     {toWireString(to), wireTime(now), nullableText(wireTime(order.completedAt)),
                      by.name, stationStatusText(order), toWireString(to), wireTime(now), orderId}))
            return storageError();
        // Kitchen screens follow stations through their progress events: one per reset station,
        // then the status change, the same order as a station's own recall.
        for (const QString &station : std::as_const(recalledStations)) {
            if (!d->appendEvent([&](qint64 seq) {
                    return StaffEvent::orderStationProgress(order, station,
                                                            StationProgress::preparing(), seq, now);
                }))
                return storageError();
        }
        if (!d->appendEvent(
                [&](qint64 seq) { return StaffEvent::orderStatusChange(order, from, seq, now); }))
            return storageError();
        return order;
    });
}

StoreOutcome<Order> Store::bumpStation(const QString &orderId, const QString &station,
                                       const StaffMember &by)
{
    return d->runJob<Order>([&]() -> StoreOutcome<Order> {
        auto found = d->loadOrder(Private::Connection::Write, orderId);
        if (!found)
            return error(StoreError::Code::NotFound, tr("There is no order %1.").arg(orderId));
        Order order = *found;
        const QJsonObject current {{QStringLiteral("order"), order.toJson()}};
        if (!order.stations().contains(station))
            return error(
                StoreError::Code::NotFound,
                tr("Order %1 has nothing for the %2 station.").arg(order.orderNumber).arg(station));
        if (order.status != OrderStatus::Pending && order.status != OrderStatus::Preparing)
            return error(StoreError::Code::InvalidTransition,
                         tr("Order %1 is %2; stations can no longer report on it.")
                             .arg(order.orderNumber)
                             .arg(toWireString(order.status)),
                         current);
        if (order.stationStatus.value(station) == QStringLiteral("ready"))
            return error(StoreError::Code::InvalidTransition,
                         tr("The %1 station has already reported order %2 ready.")
                             .arg(station)
                             .arg(order.orderNumber),
                         current);
        const QDateTime now = d->now();
        order.stationStatus.insert(station, QStringLiteral("ready"));
        order.updatedAt = now;
        order.changedBy = by.name;
        const OrderStatus from = order.status;
        bool allReady = true;
        for (const QString &s : order.stations())
            allReady = allReady && order.stationStatus.value(s) == QStringLiteral("ready");
        // The first report means the kitchen has started; the last one makes the order ready.
        if (allReady)
            order.status = OrderStatus::Ready;
        else if (from == OrderStatus::Pending)
            order.status = OrderStatus::Preparing;
        if (!d->exec(Private::Connection::Write,
                     QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, "
                                    "changed_by = ?, station_status = ?, "
                                    "ready_at = CASE WHEN ? = 'ready' THEN ? ELSE ready_at END "
                                    "WHERE id = ?"),
                     {toWireString(order.status), wireTime(now), by.name, stationStatusText(order),
                      toWireString(order.status), wireTime(now), orderId}))
            return storageError();
        if (!d->appendEvent([&](qint64 seq) {
                return StaffEvent::orderStationProgress(order, station, QStringLiteral("ready"),
                                                        seq, now);
            }))
            return storageError();
        if (order.status != from && !d->appendEvent([&](qint64 seq) {
                return StaffEvent::orderStatusChange(order, from, seq, now);
            }))
            return storageError();
        return order;
    });
}

StoreOutcome<Order> Store::stepStation(const QString &orderId, const QString &station,
                                       StationProgress::Step step, const StaffMember &by)
{
    // Kitchen screens (issue 9); the rules themselves are in StationProgress.
    return d->runJob<Order>([&]() -> StoreOutcome<Order> {
        auto found = d->loadOrder(Private::Connection::Write, orderId);
        if (!found)
            return error(StoreError::Code::NotFound, tr("There is no order %1.").arg(orderId));
        Order order = *found;
        const OrderStatus from = order.status;
        const QDateTime now = d->now();
        if (step == StationProgress::Step::Recall) {
            const QJsonObject current {{QStringLiteral("order"), order.toJson()}};
            if (by.role == StaffRole::Waiter)
                return error(StoreError::Code::Forbidden,
                             tr("Only the kitchen or a manager can recall a ready order."),
                             current);
            // The window runs from the station's last "ready" report, which the event log
            // keeps (retention is longer than any recall window); none found = too late.
            QSqlQuery &query
                = d->statement(Private::Connection::Write,
                               QStringLiteral("SELECT created_at FROM events WHERE channel = ? "
                                              "AND name = 'order-station-progress' "
                                              "AND json_extract(data, '$.orderId') = ? "
                                              "AND json_extract(data, '$.station') = ? "
                                              "AND json_extract(data, '$.status') = 'ready' "
                                              "ORDER BY seq DESC LIMIT 1"));
            Finisher finisher {query};
            if (!d->run(query, {StaffChannel, orderId, station}))
                return storageError();
            const QDateTime readyAt = query.next() ? parseTime(query.value(0)) : QDateTime();
            if (StationProgress::statusOf(order, station) == StationProgress::ready()
                && (!readyAt.isValid() || readyAt.secsTo(now) > d->options.recallWindowSeconds))
                return error(
                    StoreError::Code::InvalidTransition,
                    tr("Order %1 has been ready too long to be recalled.").arg(order.orderNumber),
                    current);
        }
        if (const auto refusal = StationProgress::apply(order, station, step))
            return *refusal;
        order.updatedAt = now;
        order.changedBy = by.name;
        if (!d->exec(Private::Connection::Write,
                     QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, "
                                    "changed_by = ?, station_status = ?, "
                                    "ready_at = CASE WHEN ? = 'ready' THEN ? ELSE ready_at END "
                                    "WHERE id = ?"),
                     {toWireString(order.status), wireTime(now), by.name, stationStatusText(order),
                      toWireString(order.status), wireTime(now), orderId}))
            return storageError();
        const QString stationStatus = order.stationStatus.value(station);
        if (!d->appendEvent([&](qint64 seq) {
                return StaffEvent::orderStationProgress(order, station, stationStatus, seq, now);
            }))
            return storageError();
        if (order.status != from && !d->appendEvent([&](qint64 seq) {
                return StaffEvent::orderStatusChange(order, from, seq, now);
            }))
            return storageError();
        return order;
    });
}

StoreOutcome<WaiterCall> Store::acknowledgeCall(const QString &callId, const StaffMember &by)
{
    return d->runJob<WaiterCall>([&]() -> StoreOutcome<WaiterCall> {
        auto found = d->loadCall(Private::Connection::Write, callId);
        if (!found)
            return error(StoreError::Code::NotFound, tr("There is no call %1.").arg(callId));
        WaiterCall call = *found;
        const QJsonObject current {{QStringLiteral("call"), call.toJson()}};
        if (call.status == CallStatus::Acknowledged)
            return error(StoreError::Code::AlreadyAcknowledged,
                         tr("%1 has already taken this call.").arg(call.acknowledgedBy), current);
        if (call.status == CallStatus::Completed)
            return error(StoreError::Code::AlreadyCompleted,
                         tr("This call has already been completed."), current);
        const QDateTime now = d->now();
        call.status = CallStatus::Acknowledged;
        call.acknowledgedAt = now;
        call.acknowledgedBy = by.name;
        call.changedBy = by.name;
        if (!d->exec(Private::Connection::Write,
                     QStringLiteral("UPDATE waiter_calls SET status = 'acknowledged', "
                                    "acknowledged_at = ?, acknowledged_by = ?, changed_by = ? "
                                    "WHERE id = ? AND status = 'pending'"),
                     {wireTime(now), by.name, by.name, callId}))
            return storageError();
        if (!d->appendEvent(
                [&](qint64 seq) { return StaffEvent::callStatusChange(call, seq, now); }))
            return storageError();
        return call;
    });
}

StoreOutcome<WaiterCall> Store::completeCall(const QString &callId, const StaffMember &by)
{
    return d->runJob<WaiterCall>([&]() -> StoreOutcome<WaiterCall> {
        auto found = d->loadCall(Private::Connection::Write, callId);
        if (!found)
            return error(StoreError::Code::NotFound, tr("There is no call %1.").arg(callId));
        WaiterCall call = *found;
        if (call.status == CallStatus::Completed)
            return error(StoreError::Code::AlreadyCompleted,
                         tr("This call has already been completed."),
                         {{QStringLiteral("call"), call.toJson()}});
        const QDateTime now = d->now();
        call.status = CallStatus::Completed;
        call.completedAt = now;
        call.changedBy = by.name;
        if (!d->exec(Private::Connection::Write,
                     QStringLiteral("UPDATE waiter_calls SET status = 'completed', "
                                    "completed_at = ?, changed_by = ? WHERE id = ?"),
                     {wireTime(now), by.name, callId}))
            return storageError();
        if (!d->appendEvent(
                [&](qint64 seq) { return StaffEvent::callStatusChange(call, seq, now); }))
            return storageError();
        return call;
    });
}

StoreOutcome<Product> Store::setProductAvailability(qint64 productId, bool isAvailable,
                                                    const StaffMember &by)
{
    return d->runJob<Product>([&]() -> StoreOutcome<Product> {
        const QList<Product> found
            = d->loadProducts(Private::Connection::Write, QStringLiteral("id = ?"), {productId});
        if (found.isEmpty())
            return error(StoreError::Code::NotFound, tr("There is no product %1.").arg(productId));
        Product product = found.first();
        if (product.isAvailable == isAvailable)
            return product; // nothing changes, nothing to announce
        product.isAvailable = isAvailable;
        if (!d->exec(Private::Connection::Write,
                     QStringLiteral("UPDATE products SET is_available = ? WHERE id = ?"),
                     {isAvailable ? 1 : 0, productId}))
            return storageError();
        const QDateTime now = d->now();
        if (!d->appendEvent([&](qint64 seq) {
                return StaffEvent::productAvailabilityChange(productId, isAvailable, by.name, seq,
                                                             now);
            }))
            return storageError();
        d->batchMenuChanged = true;
        return product;
    });
}

StoreOutcome<Store::Session> Store::login(const QString &pin, qint64 lifetimeSeconds)
{
    return d->runJob<Session>([&]() -> StoreOutcome<Session> {
        const auto member = d->staffWithPin(pin);
        if (!member)
            return error(StoreError::Code::NotFound, tr("Wrong PIN."));
        const QDateTime now = d->now();
        Session session;
        session.token = PinHasher::randomToken();
        session.staff = *member;
        session.expiresAt = now.addSecs(lifetimeSeconds);
        if (!d->exec(Private::Connection::Write,
                     QStringLiteral("INSERT INTO sessions (token_hash, staff_id, created_at, "
                                    "expires_at) VALUES (?, ?, ?, ?)"),
                     {PinHasher::tokenHash(session.token), member->id, wireTime(now),
                      wireTime(session.expiresAt)}))
            return storageError();
        return session;
    });
}

StoreOutcome<bool> Store::logout(const QString &token)
{
    return d->runJob<bool>([&]() -> StoreOutcome<bool> {
        if (!d->exec(Private::Connection::Write,
                     QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"),
                     {PinHasher::tokenHash(token)}))
            return storageError();
        return true;
    });
}

void Store::recordTableScan(int tableNumber)
{
    d->runJob<bool>([&]() -> StoreOutcome<bool> {
        if (!d->exec(Private::Connection::Write,
                     QStringLiteral("UPDATE dining_tables SET scan_count = scan_count + 1, "
                                    "last_scanned_at = ? WHERE table_number = ?"),
                     {wireTime(d->now()), tableNumber}))
            return storageError();
        return true;
    });
}

StoreOutcome<StaffMember> Store::addStaff(const QString &name, const QString &pin, StaffRole role)
{
    return d->runJob<StaffMember>([&]() -> StoreOutcome<StaffMember> {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > 60)
            return error(StoreError::Code::Invalid, tr("A name of 1 to 60 characters is needed."));
        if (!PinHasher::isValidPin(pin))
            return error(StoreError::Code::Invalid, tr("A PIN is 4 to 8 digits."));
        for (const auto &row : d->staffHashes())
            if (row.member.name.compare(trimmed, Qt::CaseInsensitive) == 0)
                return error(StoreError::Code::Invalid,
                             tr("There is already a staff member called %1.").arg(trimmed));
        // Staff log in with the PIN alone, so two people may not share one.
        if (d->staffWithPin(pin))
            return error(StoreError::Code::Invalid,
                         tr("This PIN is already in use; choose another."));
        const QByteArray salt = PinHasher::newSalt();
        QSqlQuery &query = d->statement(Private::Connection::Write,
                                        QStringLiteral("INSERT INTO staff (name, role, pin_salt, "
                                                       "pin_hash, created_at) VALUES "
                                                       "(?, ?, ?, ?, ?) RETURNING id"));
        Finisher finisher {query};
        if (!d->run(
                query,
                {trimmed, toWireString(role), salt, PinHasher::hash(pin, salt), wireTime(d->now())})
            || !query.next())
            return storageError();
        StaffMember member;
        member.id = query.value(0).toLongLong();
        member.name = trimmed;
        member.role = role;
        return member;
    });
}

StoreOutcome<bool> Store::removeStaff(const QString &name)
{
    return d->runJob<bool>([&]() -> StoreOutcome<bool> {
        for (const auto &row : d->staffHashes()) {
            if (row.member.name.compare(name.trimmed(), Qt::CaseInsensitive) != 0)
                continue;
            if (!d->exec(Private::Connection::Write,
                         QStringLiteral("DELETE FROM sessions WHERE staff_id = ?"), {row.member.id})
                || !d->exec(Private::Connection::Write,
                            QStringLiteral("DELETE FROM staff WHERE id = ?"), {row.member.id}))
                return storageError();
            return true;
        }
        return error(StoreError::Code::NotFound,
                     tr("There is no staff member called %1.").arg(name));
    });
}

StoreOutcome<bool> Store::resetPin(const QString &name, const QString &pin)
{
    return d->runJob<bool>([&]() -> StoreOutcome<bool> {
        if (!PinHasher::isValidPin(pin))
            return error(StoreError::Code::Invalid, tr("A PIN is 4 to 8 digits."));
        for (const auto &row : d->staffHashes()) {
            if (row.member.name.compare(name.trimmed(), Qt::CaseInsensitive) != 0)
                continue;
            if (d->staffWithPin(pin, row.member.id))
                return error(StoreError::Code::Invalid,
                             tr("This PIN is already in use; choose another."));
            const QByteArray salt = PinHasher::newSalt();
            // A new PIN ends every session opened with the old one.
            if (!d->exec(Private::Connection::Write,
                         QStringLiteral("UPDATE staff SET pin_salt = ?, pin_hash = ? WHERE id = ?"),
                         {salt, PinHasher::hash(pin, salt), row.member.id})
                || !d->exec(Private::Connection::Write,
                            QStringLiteral("DELETE FROM sessions WHERE staff_id = ?"),
                            {row.member.id}))
                return storageError();
            return true;
        }
        return error(StoreError::Code::NotFound,
                     tr("There is no staff member called %1.").arg(name));
    });
}

StoreOutcome<int> Store::importMenu(const MenuImport &menu)
{
    return d->runJob<int>([&]() -> StoreOutcome<int> {
        QSet<qint64> categoryIds;
        for (const Category &c : menu.categories) {
            if (c.id <= 0 || c.nameBg.isEmpty() || c.nameEn.isEmpty())
                return error(
                    StoreError::Code::Invalid,
                    tr("Category %1 needs a positive id and names in both languages.").arg(c.id));
            categoryIds.insert(c.id);
            if (!d->insertCategory(c))
                return storageError();
        }
        {
            QSqlQuery &query = d->statement(Private::Connection::Write,
                                            QStringLiteral("SELECT id FROM categories"));
            Finisher finisher {query};
            if (!d->run(query))
                return storageError();
            while (query.next())
                categoryIds.insert(query.value(0).toLongLong());
        }
        static const QRegularExpression stationPattern(QStringLiteral("^[a-z0-9_-]{1,32}$"));
        QStringList ids;
        for (const Product &p : menu.products) {
            if (p.id <= 0 || p.nameBg.isEmpty() || p.nameEn.isEmpty()
                || !categoryIds.contains(p.categoryId) || p.price.isNegative()
                || !stationPattern.match(p.station).hasMatch())
                return error(StoreError::Code::Invalid,
                             tr("Product %1 needs a positive id, names in both languages, a "
                                "known category, a price and a station.")
                                 .arg(p.id));
            ids.append(QString::number(p.id));
            if (!d->insertProduct(p))
                return storageError();
        }
        // The menu becomes what the file says; products left out are hidden, not deleted, so
        // old orders keep pointing at them.
        if (!ids.isEmpty()
            && !d->exec(Private::Connection::Write,
                        QStringLiteral("UPDATE products SET is_hidden = 1 WHERE id NOT IN (%1)")
                            .arg(ids.join(u','))))
            return storageError();
        d->batchMenuChanged = true;
        return static_cast<int>(menu.products.size());
    });
}

StoreOutcome<int> Store::prune()
{
    return d->runJob<int>([&]() -> StoreOutcome<int> {
        const QDateTime now = d->now();
        const int retention = std::max(24, d->options.eventRetentionHours);
        QSqlQuery &query = d->statement(Private::Connection::Write,
                                        QStringLiteral("DELETE FROM events WHERE created_at < ?"));
        Finisher finisher {query};
        if (!d->run(query, {wireTime(now.addSecs(-3600LL * retention))}))
            return storageError();
        const int removed = query.numRowsAffected();
        if (!d->exec(Private::Connection::Write,
                     QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"),
                     {wireTime(now.addSecs(-3600LL * IdempotencyRetentionHours))})
            || !d->exec(Private::Connection::Write,
                        QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"),
                        {wireTime(now)}))
            return storageError();
        return removed;
    });
}

void Store::whenCommitted(QObject *context, std::function<void(bool committed)> done)
{
    if (!d->inBatch) {
        done(true);
        return;
    }
    d->pendingCallbacks.append({QPointer<QObject>(context), context != nullptr, std::move(done)});
}

bool Store::flush()
{
    return d->commit();
}

Store::CommitStats Store::commitStats() const
{
    return d->stats;
}

QList<double> Store::commitBucketBounds()
{
    return {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0};
}

} // namespace tableside::server
