#pragma once

#include "auditlog.h"
#include "billtypes.h"
#include "databasesettings.h"
#include "consolerecords.h"
#include "logincounter.h"
#include "menuedits.h"
#include "order.h"
#include "printrecords.h"
#include "product.h"
#include "servicerecords.h"
#include "staffevent.h"
#include "staffmember.h"
#include "stationprogress.h"
#include "storeoutcome.h"
#include "waitercall.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace tableside::server {

/// The server's durable state (SQLite, WAL, synchronous=FULL): menu, tables, orders, waiter
/// calls, staff and sessions, and the staff channel's event log.
///
/// A thin facade: Database holds the connections, WriteBatch the group commit and the event
/// log's appends, EventLog its reads, and one repository per aggregate the SQL and the rules;
/// every write below runs as one WriteBatch job around one repository call.
///
/// Writes use group commit: each write runs at once inside a savepoint of the open batch
/// transaction (so it sees earlier writes and can be refused alone), and the batch commits at
/// the end of the current event-loop turn with one fsync for every request served in that turn.
/// Callers answer their client from whenCommitted(); eventCommitted() fires after the commit,
/// in seq order. Reads use a second connection and only ever see committed data.
class Store : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int businessDayStartHour = 4;
        int eventRetentionHours = 48;
        int recallWindowSeconds = 300;
        /// Current time; tests replace it to cross business days.
        std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    };

    /// What open() found or created.
    struct OpenInfo
    {
        bool created = false; ///< a new database: demo menu, tables 1–20, credentials made
        QString firstStaffName;
        QString firstStaffPin; ///< set once, on creation only
    };

    /// One line of a guest's order as the API validated it (prices come from the menu).
    struct OrderLineDraft
    {
        qint64 productId = 0;
        int quantity = 1;
        QString notes;
    };
    struct OrderDraft
    {
        int tableNumber = 0;
        QList<OrderLineDraft> items;
        QString notes;
        QString idempotencyKey; ///< empty = none
        QByteArray requestHash; ///< to refuse a reused key with another request
        /// Set by createOrder from the approval rule (issue 16), not by callers: the order is
        /// created as pending_approval.
        bool awaitApproval = false;
    };
    struct CreatedOrder
    {
        Order order;
        bool replayed = false; ///< an earlier request with the same idempotency key
    };

    struct CallDraft
    {
        int tableNumber = 0;
        CallType type = CallType::Help;
        QString message;
        QString idempotencyKey;
        QByteArray requestHash;
    };
    struct CreatedCall
    {
        WaiterCall call;
        bool existing = false; ///< the table's open call of that type, returned instead
    };

    struct Session
    {
        QString token; ///< shown once; only its SHA-256 is stored
        StaffMember staff;
        QDateTime expiresAt;
    };

    struct StaffRecord
    {
        StaffMember member;
        QDateTime createdAt;
    };

    /// A member's PIN salt and hash: what a login checks on a thread pool (PBKDF2 is slow).
    struct PinRecord
    {
        StaffMember member;
        QByteArray salt;
        QByteArray hash;
    };

    struct AppCredentials
    {
        QString appId;
        QString key;
        QString secret;
    };

    /// A consistent view for dashboards: everything up to and including @c seq.
    struct StaffState
    {
        qint64 seq = 0;
        QList<Order> orders;
        QList<WaiterCall> calls;
        /// The last backup attempt {ok, at, file, message}; empty when there was none yet.
        QJsonObject backup;
        QString historyId; ///< changes with every restore
    };

    struct EventPage
    {
        bool gone = false; ///< @c after is older than the log keeps (or ahead of it)
        QList<StaffEvent> events;
        qint64 latestSeq = 0;
        qint64 oldestSeq = 0; ///< first seq still in the log (latestSeq + 1 when empty)
        QString historyId; ///< changes with every restore
    };

    struct MenuImport
    {
        QList<Category> categories;
        QList<Product> products;
    };

    explicit Store(QObject *parent = nullptr);
    explicit Store(Options options, QObject *parent = nullptr);
    ~Store() override;

    /// Opens (creating and migrating) tableside.db in @p dataDir.
    bool open(const QString &dataDir, OpenInfo *info = nullptr, QString *error = nullptr);
    /// Opens the database @p database names (PostgreSQL, issue 21), else tableside.db in
    /// @p dataDir. On PostgreSQL other instances' events are emitted too (eventCommitted).
    bool open(const QString &dataDir, const DatabaseSettings &database, OpenInfo *info = nullptr,
              QString *error = nullptr);
    bool isPostgres() const;
    bool isOpen() const;
    QString databasePath() const;
    /// What the store was opened on (the backups run pg_dump with it on PostgreSQL).
    DatabaseSettings databaseSettings() const;
    /// Schema version this build migrates to.
    static int schemaVersion();

    // ---- reads (committed data only) ----
    std::optional<Order> findOrder(const QString &id) const;
    std::optional<WaiterCall> findCall(const QString &id) const;
    bool isTableActive(int tableNumber) const;
    /// Tables configured, in order (active or not).
    QList<int> tableNumbers() const;
    QList<Category> categories() const;
    /// Every product, hidden ones included (the menu filters them).
    QList<Product> products() const;
    std::optional<Product> findProduct(qint64 id) const;
    /// Open orders (pending, preparing, ready) of any day, oldest first.
    QList<Order> activeOrders() const;
    /// Ready orders of any day, oldest first.
    QList<Order> readyOrders() const;
    /// Orders of the current business day, oldest first.
    QList<Order> todaysOrders() const;
    /// Completed orders of the current business day, newest first.
    QList<Order> completedOrders() const;
    /// Open calls (pending, acknowledged) of any day, oldest first.
    QList<WaiterCall> openCalls() const;
    /// Calls of the current business day plus open ones, oldest first.
    QList<WaiterCall> todaysCalls() const;
    StaffState staffState() const;
    /// Up to @p limit events with seq > @p after.
    EventPage eventsAfter(qint64 after, int limit) const;
    /// Latest committed seq of the staff channel.
    qint64 latestSeq() const;
    /// The staff member a Bearer token belongs to, when the session exists and has not expired.
    std::optional<StaffMember> staffForToken(const QString &token) const;
    QList<StaffRecord> staffList() const;
    /// Every member's PIN record (by id), or the one called @p name (trimmed, any case).
    QList<PinRecord> pinRecords(const QString &name = {}) const;
    /// The wrong-PIN counter of @p subject, counted earlier in this turn included.
    std::optional<LoginCounter> loginCounter(LoginCounter::Scope scope,
                                             const QString &subject) const;
    /// Seconds @p subject stays locked out (0 = not locked).
    int loginLockSeconds(LoginCounter::Scope scope, const QString &subject) const;
    /// Every lockout in force now, longest first.
    QList<LoginCounter> loginLockouts() const;
    AppCredentials appCredentials() const;
    int tableScanCount(int tableNumber) const;
    /// The token of table @p tableNumber's signed link (`/t/<n>?k=<token>`, see TableLink).
    QByteArray tableLinkToken(int tableNumber) const;
    /// Whether @p token (a `k` value, untrusted) is table @p tableNumber's current token.
    bool acceptsTableLinkToken(int tableNumber, QByteArrayView token) const;
    /// Whether a Cookie header (untrusted) holds a valid guest session for @p tableNumber.
    bool acceptsTableSession(QByteArrayView cookieHeader, int tableNumber) const;
    /// What guest/requireTableToken is for this database when the INI does not say (decided
    /// when its schema step ran: true for a database made by this build).
    bool tableTokenRequiredByDefault() const;
    /// The business day (local date, rolling over at businessDayStartHour) of @p utc.
    QDate businessDay(const QDateTime &utc) const;
    /// The audit log's committed entries, newest first.
    QList<AuditLog::Entry> auditEntries(const AuditLog::Filter &filter) const;

    // ---- the bill (storebill.cpp; shapes in docs/api.md "Bill") ----
    /// Table @p tableNumber's open tab (empty when it has none or does not exist).
    TableTab tableTab(int tableNumber) const;
    /// Every table's tile for the tables view (state, tab summary, open calls).
    QList<bill::TableEntry> tableEntries() const;
    /// The guest page's bill: today's orders of the table, its tab, whether it was just paid.
    bill::GuestBill guestBill(int tableNumber) const;
    bool tableExists(int tableNumber) const;
    std::optional<Payment> findPayment(const QString &id) const;
    /// Today's payments of a table, newest first (voided ones included).
    QList<Payment> tablePayments(int tableNumber) const;
    /// Pays a table's whole tab, selected item quantities or the next part of an equal split
    /// (idempotent by draft.idempotencyKey); appends table-tab-change "paid".
    StoreOutcome<bill::PaymentResult> pay(const bill::PaymentDraft &draft, const StaffMember &by);
    /// A manager voids a payment with a reason: its orders are due again; audit "payment.void".
    StoreOutcome<bill::PaymentResult> voidPayment(const QString &paymentId, const QString &reason,
                                                  const StaffMember &by);
    /// Moves one unpaid order to another table (both tabs announce "moved").
    StoreOutcome<bill::TabMove> moveOrder(const QString &orderId, int toTable,
                                          const StaffMember &by);
    /// Moves a table's whole tab to another table (a merge is a move into a table with a tab).
    StoreOutcome<bill::TabMove> moveTab(int fromTable, int toTable, const StaffMember &by);

    // ---- writes (staged in the batch; durable after whenCommitted reports true) ----
    StoreOutcome<CreatedOrder> createOrder(const OrderDraft &draft);
    StoreOutcome<CreatedCall> createCall(const CallDraft &draft);
    StoreOutcome<Order> changeOrderStatus(const QString &orderId, OrderStatus to,
                                          const StaffMember &by);
    /// Marks @p station's part of the order ready; when every station is ready the order goes
    /// to ready too. Emits order-station-progress (and order-status-change when it moves).
    StoreOutcome<Order> bumpStation(const QString &orderId, const QString &station,
                                    const StaffMember &by);
    /// A kitchen station's step on an order by the StationProgress rules: Start (pending →
    /// preparing) or Recall (ready → preparing: kitchen or manager only, within the recall
    /// window after that station reported ready). Emits order-station-progress, and
    /// order-status-change when the order's status moves, in the same transaction.
    StoreOutcome<Order> stepStation(const QString &orderId, const QString &station,
                                    StationProgress::Step step, const StaffMember &by);
    StoreOutcome<WaiterCall> acknowledgeCall(const QString &callId, const StaffMember &by);
    StoreOutcome<WaiterCall> completeCall(const QString &callId, const StaffMember &by);
    StoreOutcome<Product> setProductAvailability(qint64 productId, bool isAvailable,
                                                 const StaffMember &by);
    /// Finds the staff member with this PIN and opens a session lasting @p lifetimeSeconds.
    StoreOutcome<Session> login(const QString &pin, qint64 lifetimeSeconds);
    StoreOutcome<bool> logout(const QString &token);
    /// Opens a session for @p verified, whose PIN matched its hash (checked off the event
    /// loop); refused like a wrong PIN when the member was removed or reset meanwhile.
    StoreOutcome<Session> openSession(const PinRecord &verified, qint64 lifetimeSeconds);
    /// A member's own PIN change (old PIN checked against @p verified, new one hashed to
    /// @p salt / @p hash and checked against every PIN of @p checkedAgainst off the event
    /// loop): refused when the staff rows changed since. Ends their other sessions.
    StoreOutcome<bool> changePin(const PinRecord &verified, const QByteArray &salt,
                                 const QByteArray &hash, const QList<PinRecord> &checkedAgainst,
                                 const QString &keepToken);
    /// Counts one wrong PIN against @p subject (see LoginAttemptRepository::countFailure).
    StoreOutcome<LoginCounter> countLoginFailure(LoginCounter::Scope scope, const QString &subject,
                                                 int maxFailures, int lockoutSeconds);
    /// Forgets @p subject's wrong PINs and lockout; true if there was a counter.
    StoreOutcome<bool> clearLoginCounter(LoginCounter::Scope scope, const QString &subject);
    void recordTableScan(int tableNumber);
    StoreOutcome<StaffMember> addStaff(const QString &name, const QString &pin, StaffRole role);
    StoreOutcome<bool> removeStaff(const QString &name);
    StoreOutcome<bool> resetPin(const QString &name, const QString &pin);
    /// The next key generation for each of @p tableNumbers, or a new secret for every table
    /// when the list is empty: their old links (and guests' sessions) stop working at once.
    /// The number of tables rotated (0 = all).
    StoreOutcome<int> rotateTableLinks(const QList<int> &tableNumbers);
    /// Upserts categories and products by id; products missing from the import are hidden.
    StoreOutcome<int> importMenu(const MenuImport &menu);
    /// A backup attempt's outcome (@p file empty on failure): appends backup-status and keeps
    /// it as the last one staffState() reports, in one transaction. The event's seq.
    StoreOutcome<qint64> recordBackupStatus(bool ok, const QDateTime &at, const QString &file,
                                            const QString &message);
    /// Deletes events older than the retention and stale idempotency keys / sessions.
    StoreOutcome<int> prune();

    // ---- the manager's menu edits (storemenuedits.cpp): each one commits with its
    // menu-change event and audit entry, and makes GET /api/menu rebuild at once ----
    StoreOutcome<Category> createCategory(const QString &nameBg, const QString &nameEn,
                                          const StaffMember &by);
    StoreOutcome<Category> updateCategory(qint64 id, const MenuEdits::CategoryPatch &patch,
                                          const StaffMember &by);
    StoreOutcome<bool> deleteCategory(qint64 id, const StaffMember &by);
    StoreOutcome<bool> reorderCategories(const QList<qint64> &ids, const StaffMember &by);
    StoreOutcome<Category> setCategoryPaused(qint64 id, bool paused, const StaffMember &by);
    StoreOutcome<bool> setStationPaused(const QString &station, bool paused,
                                        const StaffMember &by);
    StoreOutcome<Product> createProduct(const Product &draft, const StaffMember &by);
    StoreOutcome<Product> updateProduct(qint64 id, const MenuEdits::ProductPatch &patch,
                                        const StaffMember &by);
    StoreOutcome<bool> reorderProducts(qint64 categoryId, const QList<qint64> &ids,
                                       const StaffMember &by);
    /// @p jpeg already re-encoded by the caller; empty removes the photo.
    StoreOutcome<Product> setProductPhoto(qint64 id, const QByteArray &jpeg,
                                          const StaffMember &by);
    /// A product's photo (JPEG) and its version, when it has one (committed data).
    std::optional<QPair<QByteArray, qint64>> productPhoto(qint64 productId) const;
    /// Stations paused now ("kitchen closed"), sorted (committed data).
    QStringList pausedStations() const;
    // ---- device health, waiter assignment, escalation (issue 18, storeservice.cpp) ----
    QList<TableAssignment> tableAssignments() const;
    /// Gives each table of @p changes to its staffId (0 = to nobody), appends one
    /// table-assignment-change with the whole list and an audit entry; the new list.
    StoreOutcome<QList<TableAssignment>> assignTables(const QList<TableAssignment> &changes,
                                                      const StaffMember &by);
    /// The highest escalation level fired per subject of @p kind ("call" or "order").
    QHash<QString, int> escalationLevels(const QString &kind) const;
    /// The highest escalation level fired for one call or order (0 = none).
    int escalationLevel(const QString &kind, const QString &subjectId) const;
    /// Fires step @p level of @p kind's @p subjectId once: records it and appends
    /// call-escalated / order-escalated with @p data. The event's seq, or 0 when that step had
    /// fired already (nothing appended).
    StoreOutcome<qint64> recordEscalation(const QString &kind, const QString &subjectId,
                                          int level, QJsonObject data);
    /// Staff devices as of their last state change.
    QList<DeviceRecord> devices() const;
    /// Keeps @p device's new state and appends device-status with @p data; the event's seq.
    /// Going offline is conditional (several instances, issue 21): 0 and nothing written when
    /// the stored row is offline already, or — for a silent device — was seen later than
    /// @p device.lastSeenAt (another instance hears it).
    StoreOutcome<qint64> recordDeviceStatus(const DeviceRecord &device, QJsonObject data);
    /// Stores when @p deviceId, online, was last heard (several instances share it; no event).
    StoreOutcome<bool> touchDevice(const QString &deviceId, const QDateTime &seenAt);

    // ---- printing (issue 19, storeprinting.cpp) ----
    /// The printers' station rules: createOrder ("new-order") and a station's start ("start")
    /// queue that station's ticket on the matching printers in their own job.
    void setPrintRules(const QList<PrintRule> &rules);
    /// Queues @p draft (late tickets, reprints, bills, tests): its id, 0 when deduplicated.
    StoreOutcome<qint64> queuePrintJob(const PrintJobDraft &draft);
    /// queued → sending: send no byte before this is committed.
    StoreOutcome<PrintJob> claimPrintJob(qint64 id);
    StoreOutcome<bool> finishPrintJob(qint64 id);
    StoreOutcome<bool> deferPrintJob(qint64 id, const QString &error, const QDateTime &notBefore,
                                     bool asCopy);
    StoreOutcome<bool> failPrintJob(qint64 id, const QString &error);
    /// At start-up: jobs of @p printers (this instance's) a crash left "sending" become
    /// "uncertain" (never resent); how many.
    StoreOutcome<int> markInterruptedPrintJobs(const QStringList &printers);
    /// Keeps @p printer's state, appending printer-status when it changed: that event's seq,
    /// or 0 when the state was already so.
    StoreOutcome<qint64> recordPrinterState(const QString &printer, const QString &state,
                                            const QString &message);
    std::optional<PrintJob> nextPrintJob(const QString &printer) const;
    std::optional<PrintJob> findPrintJob(qint64 id) const;
    QList<PrintJob> printJobs(const QString &printer, int limit) const;
    QJsonObject printJobCounts(const QString &printer) const;
    QList<PrinterStateRecord> printerStates() const;
    /// A station ticket's payload: @p order with only @p station's items (all when empty).
    static QJsonObject ticketPayload(const Order &order, const QString &station);

    // ---- the manager's console: staff, tables, service switches (issue 16, storeconsole.cpp;
    // every write records an audit entry and appends venue-change / service-change) ----
    QList<ConsoleStaff> consoleStaff() const;
    StoreOutcome<ConsoleStaffWithPin> consoleAddStaff(const QString &name, StaffRole role,
                                                      const StaffMember &by);
    StoreOutcome<ConsoleStaff> consoleChangeStaff(qint64 id, const ConsoleStaffChange &change,
                                                  const StaffMember &by);
    StoreOutcome<ConsoleStaff> consoleRemoveStaff(qint64 id, const StaffMember &by);
    StoreOutcome<ConsoleStaffWithPin> consoleResetPin(qint64 id, const StaffMember &by);
    QList<ConsoleTable> consoleTables() const;
    StoreOutcome<ConsoleTable> consoleAddTable(const ConsoleTable &table, const StaffMember &by);
    StoreOutcome<ConsoleTable> consoleChangeTable(int number, const ConsoleTableChange &change,
                                                  const StaffMember &by);
    StoreOutcome<ConsoleTable> consoleRemoveTable(int number, const StaffMember &by);
    ServiceSwitches serviceSwitches() const;
    StoreOutcome<ServiceSwitches> setServiceSwitches(const ServiceSwitches &switches,
                                                     const StaffMember &by);

    /// Calls @p done once the current batch is committed (true) or failed (false); at once
    /// with true when nothing is staged. @p context guards the call like a connection's.
    void whenCommitted(QObject *context, std::function<void(bool committed)> done);
    /// Commits the current batch now (CLI, tests, shutdown).
    bool flush();
    /// Emits staffSessionsEnded() for a member removed or given a new PIN, by this store at
    /// once after the commit, by another process (the command line) within @p intervalMs.
    void watchStaffChanges(int intervalMs);

    /// Statistics for /metrics.
    struct CommitStats
    {
        quint64 commits = 0;
        quint64 failedCommits = 0;
        quint64 writes = 0;
        double commitSecondsTotal = 0;
        /// PostgreSQL: time batches waited for the channel's row (another instance's batch).
        double lockWaitSecondsTotal = 0;
        /// PostgreSQL: events of other instances emitted here (cross-instance fan-out).
        quint64 eventsFromOtherInstances = 0;
        QList<quint64> commitBuckets; ///< cumulative counts per bucket of commitBucketBounds()
    };
    CommitStats commitStats() const;
    static QList<double> commitBucketBounds();

signals:
    /// A committed event of the staff channel, in seq order (connected to the realtime server).
    void eventCommitted(const tableside::StaffEvent &event);
    /// The menu changed (availability or import): cached menu JSON must be rebuilt.
    void menuChanged();
    /// Staff member @p staffId was removed or got a new PIN: sessions of theirs have ended.
    void staffSessionsEnded(qint64 staffId);
    /// PostgreSQL: a connection to the database is gone (restart, failover); the store cannot
    /// serve until the process starts again (queued, never inside a store call).
    void databaseConnectionLost();

private:
    void checkStaffAfterCommit();
    void checkStaff();

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tableside::server
