// The Store facade over a real SQLite file: every write puts its row and its event in one
// transaction, a refusal leaves nothing (and no seq gap), idempotent replays, the recall
// window, the business-day rollover and first-start seeding.
#include "teststore.h"
#include "store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace tableside;
using namespace tableside::server;

namespace {

// Demo menu: product 1 (espresso) is made at the bar, 10 (shopska salad) in the kitchen.
constexpr qint64 Espresso = 1;
constexpr qint64 Salad = 10;

const StaffMember Kitchen {0, QStringLiteral("Petar"), StaffRole::Kitchen};
const StaffMember Waiter {0, QStringLiteral("Ivan"), StaffRole::Waiter};

// A store over a fresh file in a temporary folder, with a clock the test moves.
struct Fixture : testkit::ClockedStore
{
    Fixture() { open(); }

    void open() { openStore(); }

    StoreOutcome<Store::CreatedOrder> order(int table, const QList<qint64> &products,
                                            const QString &key = {}, const QByteArray &hash = {})
    {
        Store::OrderDraft draft;
        draft.tableNumber = table;
        for (qint64 id : products)
            draft.items.append({id, 1, QString()});
        draft.idempotencyKey = key;
        draft.requestHash = hash;
        return store->createOrder(draft);
    }

    StoreOutcome<Store::CreatedCall> call(int table, const QString &key = {},
                                          const QByteArray &hash = {})
    {
        Store::CallDraft draft;
        draft.tableNumber = table;
        draft.idempotencyKey = key;
        draft.requestHash = hash;
        return store->createCall(draft);
    }

    // Commits and returns the seqs of the events committed since @p after.
    QList<qint64> seqsAfter(qint64 after)
    {
        QList<qint64> seqs;
        for (const StaffEvent &event : store->eventsAfter(after, 1000).events)
            seqs.append(event.seq());
        return seqs;
    }
};

QList<qint64> consecutive(qint64 after, int count)
{
    QList<qint64> seqs;
    for (int i = 1; i <= count; ++i)
        seqs.append(after + i);
    return seqs;
}

// One kind of write: what it does, and how its row looks from the read connection.
struct Write
{
    std::function<bool()> run;
    std::function<QString()> row;
    int events = 1;
};

Write writeOfKind(const QString &kind, Fixture &f)
{
    Store &store = *f.store;
    if (kind == QLatin1String("create order")) {
        auto id = std::make_shared<QString>();
        return {
            [&f, id] {
                auto created = f.order(3, {Salad});
                *id = created.ok() ? created.value().order.id : QString();
                return created.ok();
            },
            [&store, id] { return store.findOrder(*id) ? QStringLiteral("order") : QString(); },
            2}; // new-order and the table's table-tab-change (the bill)
    }
    if (kind == QLatin1String("create call")) {
        auto id = std::make_shared<QString>();
        return {[&f, id] {
                    auto created = f.call(3);
                    *id = created.ok() ? created.value().call.id : QString();
                    return created.ok();
                },
                [&store, id] { return store.findCall(*id) ? QStringLiteral("call") : QString(); }};
    }
    if (kind.contains(QLatin1String("call"))) { // acknowledge / complete an existing call
        const QString id = f.call(3).value().call.id;
        store.flush();
        const bool acknowledge = kind.startsWith(QLatin1String("acknowledge"));
        return {[&store, id, acknowledge] {
                    return acknowledge ? store.acknowledgeCall(id, Waiter).ok()
                                       : store.completeCall(id, Waiter).ok();
                },
                [&store, id] { return toWireString(store.findCall(id)->status); }};
    }
    if (kind == QLatin1String("product availability"))
        return {[&store] { return store.setProductAvailability(Salad, false, Waiter).ok(); },
                [&store] { return QString::number(store.findProduct(Salad)->isAvailable); }};
    // Order changes, on a committed order with a bar and a kitchen item.
    const QString id = f.order(3, {Espresso, Salad}).value().order.id;
    store.flush();
    const auto row = [&store, id]() -> QString {
        const Order order = *store.findOrder(id);
        return toWireString(order.status) + QLatin1Char(' ')
            + order.stationStatus.value(QStringLiteral("bar"));
    };
    if (kind == QLatin1String("change order status"))
        return {[&store, id] {
                    return store.changeOrderStatus(id, OrderStatus::Preparing, Waiter).ok();
                },
                row};
    if (kind == QLatin1String("bump station")) // progress, then pending → preparing
        return {[&store, id] { return store.bumpStation(id, "bar", Kitchen).ok(); }, row, 2};
    // "whole-order recall": both stations ready, then the order taken back resets both.
    store.bumpStation(id, "bar", Kitchen);
    store.bumpStation(id, "kitchen", Kitchen);
    store.flush();
    return {
        [&store, id] { return store.changeOrderStatus(id, OrderStatus::Preparing, Kitchen).ok(); },
        row, 3};
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void writeCommitsRowAndEventTogether_data();
    void writeCommitsRowAndEventTogether();
    void refusalLeavesNothing_data();
    void refusalLeavesNothing();
    void idempotentReplay_data();
    void idempotentReplay();
    void recallWindow_data();
    void recallWindow();
    void businessDayRollover_data();
    void businessDayRollover();
    void firstStartSeedsOnce();
};

void TestStore::writeCommitsRowAndEventTogether_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind :
         {"create order", "create call", "acknowledge call", "complete call",
          "product availability", "change order status", "bump station", "whole-order recall"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestStore::writeCommitsRowAndEventTogether()
{
    QFETCH(QString, kind);
    Fixture f;
    const Write write = writeOfKind(kind, f);
    const qint64 seq = f.store->latestSeq();
    const QString rowBefore = write.row();
    QSignalSpy committed(f.store.get(), &Store::eventCommitted);

    QVERIFY(write.run());
    // Staged: neither the row nor the event is visible to readers yet.
    QCOMPARE(write.row(), rowBefore);
    QCOMPARE(f.store->latestSeq(), seq);
    QVERIFY(f.store->eventsAfter(seq, 10).events.isEmpty());
    QCOMPARE(committed.count(), 0);

    bool answered = false;
    f.store->whenCommitted(this, [&](bool ok) { answered = ok && committed.count() > 0; });
    QVERIFY(f.store->flush());
    QVERIFY(answered); // the caller's answer comes after the events are out
    // Committed: the row and every event, with the next seqs and no gap.
    QVERIFY(write.row() != rowBefore);
    QCOMPARE(f.store->latestSeq(), seq + write.events);
    QCOMPARE(f.seqsAfter(seq), consecutive(seq, write.events));
    QCOMPARE(committed.count(), write.events);
    QCOMPARE(committed.first().first().value<StaffEvent>().seq(), seq + 1);
}

void TestStore::refusalLeavesNothing_data()
{
    QTest::addColumn<QString>("refused");
    QTest::addColumn<StoreError::Code>("code");
    QTest::newRow("unknown table") << "unknown table" << StoreError::Code::UnknownTable;
    QTest::newRow("unknown product") << "unknown product" << StoreError::Code::UnknownProduct;
    QTest::newRow("sold out") << "sold out" << StoreError::Code::ProductUnavailable;
    QTest::newRow("invalid transition")
        << "invalid transition" << StoreError::Code::InvalidTransition;
    QTest::newRow("station has nothing") << "station has nothing" << StoreError::Code::NotFound;
    QTest::newRow("recall by a waiter") << "recall by a waiter" << StoreError::Code::Forbidden;
    QTest::newRow("call already completed")
        << "call already completed" << StoreError::Code::AlreadyCompleted;
    QTest::newRow("PIN in use") << "PIN in use" << StoreError::Code::Invalid;
    QTest::newRow("idempotency key reused")
        << "idempotency key reused" << StoreError::Code::IdempotencyKeyReused;
}

void TestStore::refusalLeavesNothing()
{
    QFETCH(QString, refused);
    QFETCH(StoreError::Code, code);
    Fixture f;
    // What the refusals need, committed beforehand.
    const Order ready = f.order(1, {Salad}, QStringLiteral("k1"), "hash-1").value().order;
    QVERIFY(f.store->bumpStation(ready.id, "kitchen", Kitchen).ok());
    const WaiterCall closed = f.call(2).value().call;
    QVERIFY(f.store->completeCall(closed.id, Waiter).ok());
    QVERIFY(f.store->setProductAvailability(Espresso, false, Waiter).ok());
    QVERIFY(
        f.store->addStaff(QStringLiteral("Maria"), QStringLiteral("5555"), StaffRole::Waiter).ok());
    QVERIFY(f.store->flush());
    const qint64 seq = f.store->latestSeq();
    const int orders = f.store->todaysOrders().size();
    const int staff = f.store->staffList().size();
    QSignalSpy committed(f.store.get(), &Store::eventCommitted);

    // In one batch: a good write, the refused one, another good write.
    QVERIFY(f.order(4, {Salad}).ok());
    StoreError error;
    const auto refuse = [&error](auto outcome) {
        if (!outcome.ok())
            error = outcome.error();
        return !outcome.ok();
    };
    bool wasRefused = false;
    if (refused == "unknown table")
        wasRefused = refuse(f.order(99, {Salad}));
    else if (refused == "unknown product")
        wasRefused = refuse(f.order(4, {Salad, 9999}));
    else if (refused == "sold out")
        wasRefused = refuse(f.order(4, {Salad, Espresso}));
    else if (refused == "invalid transition")
        wasRefused = refuse(f.store->changeOrderStatus(ready.id, OrderStatus::Pending, Kitchen));
    else if (refused == "station has nothing")
        wasRefused = refuse(f.store->bumpStation(ready.id, "bar", Kitchen));
    else if (refused == "recall by a waiter")
        wasRefused = refuse(f.store->changeOrderStatus(ready.id, OrderStatus::Preparing, Waiter));
    else if (refused == "call already completed")
        wasRefused = refuse(f.store->acknowledgeCall(closed.id, Waiter));
    else if (refused == "PIN in use")
        wasRefused = refuse(f.store->addStaff("Georgi", "5555", StaffRole::Kitchen));
    else if (refused == "idempotency key reused")
        wasRefused = refuse(f.order(4, {Salad}, QStringLiteral("k1"), "another body"));
    QVERIFY(wasRefused);
    QCOMPARE(error.code, code);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(f.call(5).ok());
    QVERIFY(f.store->flush());

    // Only the two good writes are stored, their events numbered without a gap (the order's
    // new-order and table-tab-change, the call's waiter-call).
    QCOMPARE(f.seqsAfter(seq), consecutive(seq, 3));
    QCOMPARE(committed.count(), 3);
    QCOMPARE(f.store->latestSeq(), seq + 3);
    QCOMPARE(f.store->todaysOrders().size(), orders + 1);
    QCOMPARE(f.store->staffList().size(), staff);
    QCOMPARE(f.store->findOrder(ready.id)->status, OrderStatus::Ready);
    QCOMPARE(f.store->findCall(closed.id)->status, CallStatus::Completed);
}

void TestStore::idempotentReplay_data()
{
    QTest::addColumn<bool>("call");
    QTest::addColumn<bool>("commitBetween");
    QTest::newRow("order, retried after the commit") << false << true;
    QTest::newRow("order, retried in the same batch") << false << false;
    QTest::newRow("call, retried after the commit") << true << true;
    QTest::newRow("call, retried in the same batch") << true << false;
}

void TestStore::idempotentReplay()
{
    QFETCH(bool, call);
    QFETCH(bool, commitBetween);
    Fixture f;
    const QString key = QStringLiteral("6f1c1a52-key");
    const qint64 seq = f.store->latestSeq();
    const auto create = [&](const QByteArray &hash) {
        struct Result
        {
            bool ok;
            QString id;
            bool replayed;
            StoreError error;
        };
        if (call) {
            auto created = f.call(6, key, hash);
            return created.ok()
                ? Result {true, created.value().call.id, created.value().existing, {}}
                : Result {false, {}, false, created.error()};
        }
        auto created = f.order(6, {Salad}, key, hash);
        return created.ok() ? Result {true, created.value().order.id, created.value().replayed, {}}
                            : Result {false, {}, false, created.error()};
    };

    const auto first = create("body-a");
    QVERIFY(first.ok);
    QVERIFY(!first.replayed);
    if (commitBetween)
        QVERIFY(f.store->flush());
    const auto again = create("body-a");
    QVERIFY(again.ok);
    QVERIFY(again.replayed);
    QCOMPARE(again.id, first.id);
    const auto reused = create("body-b");
    QVERIFY(!reused.ok);
    QCOMPARE(reused.error.code, StoreError::Code::IdempotencyKeyReused);
    QVERIFY(f.store->flush());

    // One order (new-order, table-tab-change) or call (waiter-call): the retry added nothing.
    QCOMPARE(f.seqsAfter(seq), consecutive(seq, call ? 1 : 2));
    if (call)
        QCOMPARE(f.store->openCalls().size(), 1);
    else
        QCOMPARE(f.store->todaysOrders().size(), 1);
}

void TestStore::recallWindow_data()
{
    QTest::addColumn<QString>("station"); ///< empty: the whole order (PATCH status)
    QTest::addColumn<bool>("readyByStations"); ///< else set ready by status changes
    QTest::addColumn<int>("seconds");
    QTest::addColumn<bool>("allowed");
    for (const char *station : {"", "kitchen"}) {
        const QString name = *station ? QStringLiteral("station") : QStringLiteral("order");
        QTest::addRow("%s at once", qPrintable(name)) << station << true << 0 << true;
        QTest::addRow("%s, last second", qPrintable(name)) << station << true << 300 << true;
        QTest::addRow("%s, too late", qPrintable(name)) << station << true << 301 << false;
    }
    QTest::newRow("order set ready, in time") << "" << false << 300 << true;
    QTest::newRow("order set ready, too late") << "" << false << 301 << false;
}

void TestStore::recallWindow()
{
    QFETCH(QString, station);
    QFETCH(bool, readyByStations);
    QFETCH(int, seconds);
    QFETCH(bool, allowed);
    Fixture f; // recall window: the default 300 s
    QCOMPARE(f.options.recallWindowSeconds, 300);
    const Order order = f.order(7, {Salad}).value().order;
    if (readyByStations) {
        QVERIFY(f.store->bumpStation(order.id, "kitchen", Kitchen).ok());
    } else {
        QVERIFY(f.store->changeOrderStatus(order.id, OrderStatus::Preparing, Waiter).ok());
        QVERIFY(f.store->changeOrderStatus(order.id, OrderStatus::Ready, Waiter).ok());
    }
    QVERIFY(f.store->flush());
    const qint64 seq = f.store->latestSeq();

    f.now = f.now.addSecs(seconds);
    const StoreOutcome<Order> recalled = station.isEmpty()
        ? f.store->changeOrderStatus(order.id, OrderStatus::Preparing, Kitchen)
        : f.store->stepStation(order.id, station, StationProgress::Step::Recall, Kitchen);
    QVERIFY(f.store->flush());
    QCOMPARE(recalled.ok(), allowed);
    if (allowed) {
        QCOMPARE(recalled.value().status, OrderStatus::Preparing);
        QCOMPARE(f.store->findOrder(order.id)->status, OrderStatus::Preparing);
        QVERIFY(f.store->latestSeq() > seq);
    } else {
        QCOMPARE(recalled.error().code, StoreError::Code::InvalidTransition);
        QVERIFY(recalled.error().message.contains(QStringLiteral("too long")));
        QCOMPARE(f.store->findOrder(order.id)->status, OrderStatus::Ready);
        QCOMPARE(f.store->latestSeq(), seq);
    }
}

void TestStore::businessDayRollover_data()
{
    // The first order is at 22:00 local time; the business day starts at 04:00.
    QTest::addColumn<int>("dayOffset");
    QTest::addColumn<QTime>("secondAt");
    QTest::addColumn<bool>("sameDay");
    QTest::newRow("before midnight") << 0 << QTime(23, 59) << true;
    QTest::newRow("after midnight") << 1 << QTime(0, 30) << true;
    QTest::newRow("last minute of the day") << 1 << QTime(3, 59) << true;
    QTest::newRow("start of the next day") << 1 << QTime(4, 0) << false;
    QTest::newRow("next afternoon") << 1 << QTime(15, 0) << false;
}

void TestStore::businessDayRollover()
{
    QFETCH(int, dayOffset);
    QFETCH(QTime, secondAt);
    QFETCH(bool, sameDay);
    Fixture f;
    QCOMPARE(f.options.businessDayStartHour, 4);
    const QDate day(2026, 11, 24); // no daylight-saving change around it
    f.now = QDateTime(day, QTime(22, 0), Qt::LocalTime).toUTC();
    const Order first = f.order(8, {Salad}).value().order;
    QVERIFY(f.store->flush());
    QCOMPARE(f.store->businessDay(f.now), day);

    f.now = QDateTime(day.addDays(dayOffset), secondAt, Qt::LocalTime).toUTC();
    const Order second = f.order(9, {Salad}).value().order;
    QVERIFY(f.store->flush());
    QCOMPARE(f.store->businessDay(f.now), sameDay ? day : day.addDays(1));
    // Order numbers start again at 1 each business day; "today" is the business day.
    QCOMPARE(second.orderNumber, sameDay ? 2 : 1);
    QList<QString> today;
    for (const Order &order : f.store->todaysOrders())
        today.append(order.id);
    const QList<QString> expected
        = sameDay ? QList<QString> {first.id, second.id} : QList<QString> {second.id};
    QCOMPARE(today, expected);
    // Yesterday's open order is still on the staff's screens.
    QCOMPARE(f.store->staffState().orders.size(), 2);
    QCOMPARE(f.store->activeOrders().size(), 2);
}

void TestStore::firstStartSeedsOnce()
{
    Fixture f;
    QVERIFY(f.info.created);
    QCOMPARE(f.info.firstStaffName, QStringLiteral("Manager"));
    QCOMPARE(f.info.firstStaffPin.size(), 6);
    QCOMPARE(f.store->tableNumbers().size(), 20);
    QVERIFY(!f.store->products().isEmpty());
    const Store::AppCredentials credentials = f.store->appCredentials();
    QVERIFY(!credentials.appId.isEmpty() && !credentials.key.isEmpty()
            && !credentials.secret.isEmpty());
    QVERIFY(f.store->login(f.info.firstStaffPin, 60).ok());
    QVERIFY(f.order(1, {Salad}).ok());
    QVERIFY(f.store->flush());
    const qint64 seq = f.store->latestSeq();

    // Opened again: nothing seeded twice, the log goes on where it was.
    f.info = {};
    f.open();
    QVERIFY(!f.info.created);
    QVERIFY(f.info.firstStaffPin.isEmpty());
    QCOMPARE(f.store->latestSeq(), seq);
    QCOMPARE(f.store->staffList().size(), 1);
    QCOMPARE(f.store->appCredentials().secret, credentials.secret);
    QVERIFY(f.order(2, {Salad}).ok());
    QVERIFY(f.store->flush());
    QCOMPARE(f.seqsAfter(seq), consecutive(seq, 2)); // new-order, table-tab-change
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
