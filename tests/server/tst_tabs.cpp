// The bill in the store over a real SQLite file: tab totals against an independent sum,
// payments by items and by equal parts adding up to the cent, idempotent payments, voids,
// moves and merges keeping every item, and every change in the event log without seq gaps.
#include "teststore.h"
#include "store.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tableside;
using namespace tableside::server;

using Lines = QList<QPair<qint64, int>>;
Q_DECLARE_METATYPE(Lines)

namespace {

const StaffMember Manager {1, QStringLiteral("Maria"), StaffRole::Manager};
const StaffMember Waiter {2, QStringLiteral("Ivan"), StaffRole::Waiter};

struct Fixture : testkit::ClockedStore
{
    QHash<qint64, qint64> prices; // product id → EUR cents

    Fixture()
    {
        openStore();
        for (const Product &product : store->products())
            prices.insert(product.id, product.price.euroCents());
    }

    /// An order of (product, quantity) lines, committed; its id.
    QString order(int table, const QList<QPair<qint64, int>> &lines)
    {
        Store::OrderDraft draft;
        draft.tableNumber = table;
        for (const auto &line : lines)
            draft.items.append({line.first, line.second, QString()});
        const auto created = store->createOrder(draft);
        if (!created.ok() || !store->flush())
            qFatal("order: %s", qPrintable(created.error().message));
        now = now.addSecs(1);
        return created.value().order.id;
    }

    StoreOutcome<bill::PaymentResult> pay(bill::PaymentDraft draft, const StaffMember &by = Waiter)
    {
        if (draft.method.isEmpty())
            draft.method = QStringLiteral("card");
        auto outcome = store->pay(draft, by);
        store->flush();
        now = now.addSecs(1);
        return outcome;
    }

    static bill::PaymentDraft whole(int table)
    {
        bill::PaymentDraft draft;
        draft.tableNumber = table;
        return draft;
    }

    static bill::PaymentDraft parts(int table, int n)
    {
        bill::PaymentDraft draft;
        draft.tableNumber = table;
        draft.parts = n;
        return draft;
    }

    QList<StaffEvent> events() { return store->eventsAfter(0, 100000).events; }

    void verifyNoSeqGaps()
    {
        const QList<StaffEvent> all = events();
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).seq(), qint64(i + 1));
        QCOMPARE(store->latestSeq(), qint64(all.size()));
    }

    QList<StaffEvent> tabEvents()
    {
        QList<StaffEvent> result;
        for (const StaffEvent &event : events()) {
            if (event.type() == StaffEventType::TableTabChange)
                result.append(event);
        }
        return result;
    }
};

// Every (order, line, product, quantity) on the given tables' tabs.
QSet<QString> itemsOn(Store &store, const QList<int> &tables)
{
    QSet<QString> items;
    for (const int table : tables) {
        for (const Order &order : store.tableTab(table).orders) {
            for (const OrderItem &item : order.items)
                items.insert(QStringLiteral("%1/%2/%3x%4")
                                 .arg(order.id)
                                 .arg(item.id)
                                 .arg(item.productId)
                                 .arg(item.quantity));
        }
    }
    return items;
}

} // namespace

class TestTabs : public QObject
{
    Q_OBJECT

private slots:
    // Many random orders over a few tables, some cancelled: each tab's total is the exact sum
    // of its orders' lines, and BGN is derived once from that EUR total.
    void totalsMatchAnIndependentSum()
    {
        Fixture f;
        QRandomGenerator random(4242);
        QHash<int, qint64> expected;
        const QList<qint64> productIds = f.prices.keys();
        for (int i = 0; i < 300; ++i) {
            const int table = random.bounded(1, 9);
            QList<QPair<qint64, int>> lines;
            qint64 sum = 0;
            const int count = random.bounded(1, 6);
            for (int l = 0; l < count; ++l) {
                const qint64 product = productIds.at(random.bounded(productIds.size()));
                const int quantity = random.bounded(1, 8);
                lines.append({product, quantity});
                sum += f.prices.value(product) * quantity;
            }
            const QString id = f.order(table, lines);
            if (random.bounded(10) == 0) {
                QVERIFY(f.store->changeOrderStatus(id, OrderStatus::Cancelled, Manager).ok());
                QVERIFY(f.store->flush());
            } else {
                expected[table] += sum;
            }
        }
        for (int table = 1; table <= 9; ++table) {
            const TableTab tab = f.store->tableTab(table);
            QCOMPARE(tab.total().euroCents(), expected.value(table));
            const QJsonObject json = tab.toJson();
            QCOMPARE(json.value("totalEurCents").toInteger(), expected.value(table));
            QCOMPARE(json.value("totalBgnCents").toInteger(),
                     Money::fromEuroCents(expected.value(table)).bgnCents());
            // The table's last tab event (aggregate queries) says the same.
            qint64 lastEventTotal = 0;
            for (const StaffEvent &event : f.tabEvents()) {
                if (event.data().value("tableNumber").toInt() == table)
                    lastEventTotal = event.data().value("totalEurCents").toInteger();
            }
            QCOMPARE(lastEventTotal, expected.value(table));
            for (const Order &order : tab.orders)
                QVERIFY(order.status != OrderStatus::Cancelled);
        }
        // The tables view agrees with the tabs.
        for (const bill::TableEntry &entry : f.store->tableEntries()) {
            QCOMPARE(entry.tab.total().euroCents(), expected.value(entry.tableNumber));
            QCOMPARE(entry.state,
                     expected.value(entry.tableNumber) > 0 ? QStringLiteral("open")
                                                           : QStringLiteral("free"));
        }
        f.verifyNoSeqGaps();
    }

    // Paying selected quantities (a line split between guests) then the rest: payments add up
    // to the tab to the cent, and only then are the orders paid.
    void payByItems()
    {
        Fixture f;
        const QString first = f.order(3, {{1, 3}, {10, 1}});
        const QString second = f.order(3, {{7, 2}});
        const qint64 total = f.store->tableTab(3).total().euroCents();
        QCOMPARE(total, f.prices[1] * 3 + f.prices[10] + f.prices[7] * 2);

        bill::PaymentDraft items = Fixture::whole(3);
        items.items = {{first, 0, 2}, {second, 0, 1}};
        const auto paid = f.pay(items);
        QVERIFY2(paid.ok(), qPrintable(paid.error().message));
        QCOMPARE(paid.value().payment.amount.euroCents(), f.prices[1] * 2 + f.prices[7]);
        QCOMPARE(paid.value().tab.total().euroCents(),
                 total - paid.value().payment.amount.euroCents());
        QCOMPARE(f.store->tableTab(3).paidQuantity(first, 0), 2);

        // More than is left of a line, or an item of no order: refused, nothing changed.
        const qint64 seq = f.store->latestSeq();
        bill::PaymentDraft tooMany = Fixture::whole(3);
        tooMany.items = {{first, 0, 2}};
        QCOMPARE(f.pay(tooMany).error().code, StoreError::Code::PaymentInvalid);
        bill::PaymentDraft unknown = Fixture::whole(3);
        unknown.items = {{first, 7, 1}};
        QCOMPARE(f.pay(unknown).error().code, StoreError::Code::PaymentInvalid);
        QCOMPARE(f.store->latestSeq(), seq);

        const auto rest = f.pay(Fixture::whole(3));
        QVERIFY(rest.ok());
        QCOMPARE(rest.value().payment.amount.euroCents() + paid.value().payment.amount.euroCents(),
                 total);
        QVERIFY(rest.value().tab.isEmpty());
        const std::optional<Order> order = f.store->findOrder(first);
        QVERIFY(order && order->isPaid);
        QCOMPARE(order->paymentMethod, QStringLiteral("card"));
        QCOMPARE(order->status, OrderStatus::Pending); // the kitchen is not affected
        QCOMPARE(f.pay(Fixture::whole(3)).error().code, StoreError::Code::TabEmpty);
        // A paid item cannot be paid again.
        bill::PaymentDraft again = Fixture::whole(3);
        again.items = {{first, 1, 1}};
        f.order(3, {{4, 1}});
        QCOMPARE(f.pay(again).error().code, StoreError::Code::AlreadyPaid);
        f.verifyNoSeqGaps();
    }

    void splitInParts_data()
    {
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<int>("parts");
        QTest::newRow("2 parts") << Lines {{1, 1}, {10, 1}} << 2;
        QTest::newRow("3 parts") << Lines {{7, 3}, {13, 1}} << 3;
        QTest::newRow("7 parts") << Lines {{2, 5}, {11, 2}, {9, 1}} << 7;
        QTest::newRow("20 parts") << Lines {{8, 9}, {12, 4}} << 20;
    }

    // N payments of the parts close the tab exactly; the leftover cents are on the first parts.
    void splitInParts()
    {
        QFETCH(Lines, lines);
        QFETCH(int, parts);
        Fixture f;
        f.order(5, lines);
        const qint64 total = f.store->tableTab(5).total().euroCents();
        qint64 paidSum = 0;
        for (int part = 1; part <= parts; ++part) {
            if (part == 2) {
                // Another N, or items, while the split is open: refused.
                QCOMPARE(f.pay(Fixture::parts(5, parts + 1)).error().code,
                         StoreError::Code::SplitConflict);
                bill::PaymentDraft items = Fixture::whole(5);
                items.items = {{f.store->tableTab(5).orders.first().id, 0, 1}};
                QCOMPARE(f.pay(items).error().code, StoreError::Code::SplitInProgress);
            }
            const auto paid = f.pay(Fixture::parts(5, parts));
            QVERIFY2(paid.ok(), qPrintable(paid.error().message));
            QCOMPARE(paid.value().payment.part, part);
            const qint64 expected = total / parts + (part <= total % parts ? 1 : 0);
            QCOMPARE(paid.value().payment.amount.euroCents(), expected);
            paidSum += expected;
            QCOMPARE(paid.value().tab.total().euroCents(), total - paidSum);
            // The event's figures (aggregate queries) agree with the tab (loaded orders).
            QCOMPARE(f.tabEvents().last().data().value("totalEurCents").toInteger(),
                     total - paidSum);
            QCOMPARE(paid.value().tab.isEmpty(), part == parts);
        }
        QCOMPARE(paidSum, total);
        QCOMPARE(f.pay(Fixture::parts(5, parts)).error().code, StoreError::Code::TabEmpty);
        f.verifyNoSeqGaps();
    }

    // A whole payment during a split pays what is left; voiding it reopens the split.
    void wholeDuringSplitAndVoid()
    {
        Fixture f;
        f.order(6, {{10, 3}});
        const qint64 total = f.store->tableTab(6).total().euroCents();
        const auto first = f.pay(Fixture::parts(6, 3));
        QVERIFY(first.ok());
        const auto rest = f.pay(Fixture::whole(6));
        QVERIFY(rest.ok());
        QCOMPARE(first.value().payment.amount.euroCents() + rest.value().payment.amount.euroCents(),
                 total);
        QVERIFY(f.store->tableTab(6).isEmpty());
        // The part cannot be voided while the whole payment settles its split.
        auto refused = f.store->voidPayment(first.value().payment.id, QStringLiteral("x"), Manager);
        QCOMPARE(refused.error().code, StoreError::Code::InvalidTransition);
        QVERIFY(
            f.store->voidPayment(rest.value().payment.id, QStringLiteral("wrong"), Manager).ok());
        QVERIFY(f.store->flush());
        const TableTab reopened = f.store->tableTab(6);
        QVERIFY(reopened.split);
        QCOMPARE(reopened.total().euroCents(), total - first.value().payment.amount.euroCents());
        f.verifyNoSeqGaps();
    }

    // The same Idempotency-Key pays once; the same key for another payment is refused.
    void idempotentPayment()
    {
        Fixture f;
        f.order(2, {{1, 2}});
        bill::PaymentDraft draft = Fixture::whole(2);
        draft.idempotencyKey = QStringLiteral("pay-1");
        draft.requestHash = QByteArray("hash-a");
        const auto first = f.pay(draft);
        QVERIFY(first.ok());
        QVERIFY(!first.value().replayed);
        const qint64 seq = f.store->latestSeq();
        const auto second = f.pay(draft);
        QVERIFY(second.ok());
        QVERIFY(second.value().replayed);
        QCOMPARE(second.value().payment.id, first.value().payment.id);
        QCOMPARE(f.store->latestSeq(), seq);
        QCOMPARE(f.store->tablePayments(2).size(), 1);
        draft.requestHash = QByteArray("hash-b");
        QCOMPARE(f.pay(draft).error().code, StoreError::Code::IdempotencyKeyReused);
    }

    // A waiter may not void; a manager voids with a reason: the tab reopens, the audit log has
    // "payment.void", and voiding twice is refused.
    void voidPayment()
    {
        Fixture f;
        f.order(4, {{2, 2}, {14, 1}});
        const qint64 total = f.store->tableTab(4).total().euroCents();
        bill::PaymentDraft cash = Fixture::whole(4);
        cash.method = QStringLiteral("cash");
        cash.tipEurCents = 50;
        cash.hasTendered = true;
        cash.tenderedEurCents = total + 50 - 1;
        QCOMPARE(f.pay(cash).error().code, StoreError::Code::PaymentInvalid);
        cash.tenderedEurCents = total + 1000;
        const auto paid = f.pay(cash);
        QVERIFY(paid.ok());
        QCOMPARE(paid.value().payment.change().euroCents(), qint64(950));
        QCOMPARE(paid.value().payment.takenBy, Waiter.name);
        QVERIFY(f.store->tableTab(4).isEmpty());

        const QString id = paid.value().payment.id;
        QCOMPARE(f.store->voidPayment(id, QStringLiteral("mistake"), Waiter).error().code,
                 StoreError::Code::Forbidden);
        QVERIFY(f.store->voidPayment(id, QStringLiteral("wrong table"), Manager).ok());
        QVERIFY(f.store->flush());
        QCOMPARE(f.store->tableTab(4).total().euroCents(), total);
        QVERIFY(!f.store->tableTab(4).orders.first().isPaid);
        QCOMPARE(f.store->voidPayment(id, QStringLiteral("again"), Manager).error().code,
                 StoreError::Code::AlreadyVoided);
        AuditLog::Filter filter;
        filter.actionPrefix = QStringLiteral("payment.");
        // Explicit bounds: AuditLog binds an invalid time as NULL, which matches nothing.
        filter.from = f.now.addDays(-1);
        filter.to = f.now.addDays(1);
        const QList<AuditLog::Entry> audit = f.store->auditEntries(filter);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("payment.void"));
        QCOMPARE(audit.first().subject, id);
        QCOMPARE(audit.first().staff, Manager.name);
        QCOMPARE(audit.first().detail.value("reason").toString(), QStringLiteral("wrong table"));
        const std::optional<Payment> stored = f.store->findPayment(id);
        QVERIFY(stored && stored->isVoided());
        f.verifyNoSeqGaps();
    }

    // Payments of one millisecond list newest first on both back ends (their ids order them:
    // PostgreSQL has no rowid), a voided one too.
    void paymentsOfOneMillisecondKeepTheirOrder()
    {
        Fixture f;
        const QString order = f.order(9, {{1, 4}});
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            bill::PaymentDraft item = Fixture::whole(9);
            item.method = QStringLiteral("card");
            item.items = {{order, 0, 1}};
            const auto paid = f.store->pay(item, Waiter); // the clock stands still
            QVERIFY2(paid.ok(), qPrintable(paid.error().message));
            ids.prepend(paid.value().payment.id);
        }
        QVERIFY(f.store->voidPayment(ids.last(), QStringLiteral("mistake"), Manager).ok());
        QVERIFY(f.store->flush());
        QStringList listed;
        for (const Payment &payment : f.store->tablePayments(9))
            listed.append(payment.id);
        QCOMPARE(listed, ids);
    }

    // Moving an order, moving a tab and merging tabs keep every item, partly paid lines too.
    void moveAndMergeKeepEveryItem()
    {
        Fixture f;
        const QString a = f.order(7, {{1, 2}, {10, 1}});
        f.order(7, {{3, 1}});
        f.order(8, {{5, 4}});
        bill::PaymentDraft part = Fixture::whole(7);
        part.items = {{a, 0, 1}};
        QVERIFY(f.pay(part).ok());
        const QSet<QString> before = itemsOn(*f.store, {7, 8, 9});
        const qint64 totalBefore
            = f.store->tableTab(7).total().euroCents() + f.store->tableTab(8).total().euroCents();

        QVERIFY(f.store->moveOrder(a, 9, Waiter).ok());
        QVERIFY(f.store->flush());
        QCOMPARE(f.store->findOrder(a)->tableNumber, 9);
        QCOMPARE(f.store->tableTab(9).paidQuantity(a, 0), 1);
        QCOMPARE(itemsOn(*f.store, {7, 8, 9}), before);

        QVERIFY(f.store->moveTab(7, 8, Waiter).ok()); // merge 7 into 8
        QVERIFY(f.store->moveTab(9, 8, Waiter).ok());
        QVERIFY(f.store->flush());
        QCOMPARE(itemsOn(*f.store, {8}), before);
        QVERIFY(f.store->tableTab(7).isEmpty());
        QCOMPARE(f.store->tableTab(8).total().euroCents(), totalBefore);

        QCOMPARE(f.store->moveTab(7, 8, Waiter).error().code, StoreError::Code::TabEmpty);
        QCOMPARE(f.store->moveOrder(a, 8, Waiter).error().code, StoreError::Code::Invalid);
        QCOMPARE(f.store->moveOrder(a, 999, Waiter).error().code, StoreError::Code::UnknownTable);
        f.verifyNoSeqGaps();
    }

    // Every change appends table-tab-change: opened, changed, paid, voided, moved.
    void everyChangeIsAnEvent()
    {
        Fixture f;
        const QString a = f.order(1, {{1, 1}});
        const QString b = f.order(1, {{2, 1}});
        QVERIFY(f.store->changeOrderStatus(b, OrderStatus::Cancelled, Manager).ok());
        QVERIFY(f.store->flush());
        const auto paid = f.pay(Fixture::whole(1));
        QVERIFY(paid.ok());
        QVERIFY(f.store->voidPayment(paid.value().payment.id, QStringLiteral("r"), Manager).ok());
        QVERIFY(f.store->flush());
        QVERIFY(f.store->moveOrder(a, 2, Waiter).ok());
        QVERIFY(f.store->flush());
        QStringList changes;
        QList<qint64> totals;
        for (const StaffEvent &event : f.tabEvents()) {
            changes.append(event.data().value("change").toString());
            totals.append(event.data().value("totalEurCents").toInteger());
            QVERIFY(event.data().contains("tableNumber"));
        }
        QCOMPARE(changes,
                 QStringList({"opened", "changed", "changed", "paid", "voided", "moved", "moved"}));
        const qint64 one = f.prices[1];
        const qint64 two = f.prices[2];
        QCOMPARE(totals, QList<qint64>({one, one + two, one, 0, one, 0, one}));
        f.verifyNoSeqGaps();
    }

    // A payment call carries the tab at that moment (a help call does not).
    void paymentCallCarriesTheTab()
    {
        Fixture f;
        f.order(11, {{7, 2}});
        Store::CallDraft draft;
        draft.tableNumber = 11;
        draft.type = CallType::PaymentCash;
        const auto call = f.store->createCall(draft);
        QVERIFY(call.ok());
        QVERIFY(f.store->flush());
        QCOMPARE(call.value().call.tab.value("totalEurCents").toInteger(), f.prices[7] * 2);
        QCOMPARE(call.value().call.tab.value("orders").toInt(), 1);
        QCOMPARE(f.store->findCall(call.value().call.id)->tab, call.value().call.tab);
        const QList<StaffEvent> events = f.events();
        QCOMPARE(events.last().type(), StaffEventType::WaiterCallCreated);
        QCOMPARE(events.last().data().value("tab").toObject(), call.value().call.tab);
        const QList<bill::TableEntry> entries = f.store->tableEntries();
        QCOMPARE(entries.at(10).state, QStringLiteral("bill_requested"));
        draft.type = CallType::Help;
        draft.tableNumber = 12;
        const auto help = f.store->createCall(draft);
        QVERIFY(help.ok() && help.value().call.tab.isEmpty());
    }

    // A tab is the business day's: an order left unpaid yesterday is not on today's bill.
    void tabIsTheBusinessDays()
    {
        Fixture f;
        f.order(14, {{1, 1}});
        QCOMPARE(f.store->tableTab(14).orders.size(), 1);
        f.now = f.now.addDays(1);
        QVERIFY(f.store->tableTab(14).isEmpty());
        QCOMPARE(f.pay(Fixture::whole(14)).error().code, StoreError::Code::TabEmpty);
        f.order(14, {{2, 1}});
        const TableTab tab = f.store->tableTab(14);
        QCOMPARE(tab.orders.size(), 1);
        QCOMPARE(tab.total().euroCents(), f.prices[2]);
        QCOMPARE(f.tabEvents().last().data().value("change").toString(), QStringLiteral("opened"));
    }

    // The guest page's read: today's orders with their paid state and "paid" just after.
    void guestBill()
    {
        Fixture f;
        f.order(13, {{1, 1}});
        QVERIFY(!f.store->guestBill(13).paidRecently);
        QVERIFY(f.pay(Fixture::whole(13)).ok());
        const bill::GuestBill bill = f.store->guestBill(13);
        QVERIFY(bill.paidRecently);
        QCOMPARE(bill.orders.size(), 1);
        QVERIFY(bill.orders.first().isPaid);
        QVERIFY(bill.tab.isEmpty());
        QCOMPARE(f.store->tableEntries().at(12).state, QStringLiteral("paid"));
        f.now = f.now.addSecs(16 * 60);
        QVERIFY(!f.store->guestBill(13).paidRecently);
        QCOMPARE(f.store->tableEntries().at(12).state, QStringLiteral("free"));
    }
};

QTEST_GUILESS_MAIN(TestTabs)
#include "tst_tabs.moc"
