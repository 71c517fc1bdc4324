// OrderListModel and its proxies under QAbstractItemModelTester: row-by-row updates, never a
// reset on live changes, snapshot replacement by row operations.
#include "orderfilterproxy.h"
#include "orderlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace tableside;
using namespace tableside::dashboard;

namespace {
Order makeOrder(const QString &id, int number, OrderStatus status = OrderStatus::Pending,
                int secondsAgo = 0)
{
    Order o;
    o.id = id;
    o.orderNumber = number;
    o.tableNumber = number % 7 + 1;
    o.status = status;
    o.createdAt = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    o.updatedAt = o.createdAt;
    OrderItem item;
    item.productId = 1;
    item.productName = QStringLiteral("Еспресо");
    item.productNameEn = QStringLiteral("Espresso");
    item.quantity = 2;
    item.unitPrice = Money::fromEuroCents(150);
    o.items = {item};
    return o;
}
} // namespace

class TestOrderListModel : public QObject
{
    Q_OBJECT
private slots:
    void upsertInsertsThenUpdatesInPlace();
    void statusChangeMovesBetweenProxies();
    void replaceAll_data();
    void replaceAll();
    void unknownOrderIsReported();
    void upsertIfNewerKeepsNewerRows();
    void actionPendingFlag();
    void revisionChangesWithContentOnly();
};

void TestOrderListModel::upsertInsertsThenUpdatesInPlace()
{
    OrderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.upsert(makeOrder(QStringLiteral("a"), 1));
    model.upsert(makeOrder(QStringLiteral("b"), 2));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserts.count(), 2);

    Order changed = makeOrder(QStringLiteral("a"), 1);
    changed.notes = QStringLiteral("без лед");
    model.upsert(changed);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.order(QStringLiteral("a"))->notes, QStringLiteral("без лед"));
    // Same content again: no signal at all.
    model.upsert(changed);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.index(0).data(OrderListModel::TotalEurCentsRole).toLongLong(), 300);
    QCOMPARE(model.index(1).data(OrderListModel::OrderNumberRole).toInt(), 2);
}

void TestOrderListModel::statusChangeMovesBetweenProxies()
{
    OrderListModel model;
    OrderFilterProxy pending({OrderStatus::Pending});
    OrderFilterProxy preparing({OrderStatus::Preparing});
    pending.setSourceModel(&model);
    preparing.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&pending, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&preparing, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.upsert(makeOrder(QStringLiteral("new"), 3, OrderStatus::Pending, 10));
    model.upsert(makeOrder(QStringLiteral("old"), 1, OrderStatus::Pending, 600));
    model.upsert(makeOrder(QStringLiteral("mid"), 2, OrderStatus::Pending, 300));
    QCOMPARE(pending.rowCount(), 3);
    // Oldest first.
    QCOMPARE(pending.index(0, 0).data(OrderListModel::IdRole).toString(), QStringLiteral("old"));
    QCOMPARE(pending.index(2, 0).data(OrderListModel::IdRole).toString(), QStringLiteral("new"));

    QVERIFY(model.applyStatusChange(QStringLiteral("mid"), OrderStatus::Preparing,
                                    QStringLiteral("Maria"), QDateTime::currentDateTimeUtc(), {}));
    QCOMPARE(pending.rowCount(), 2);
    QCOMPARE(preparing.rowCount(), 1);
    QCOMPARE(preparing.index(0, 0).data(OrderListModel::ChangedByRole).toString(),
             QStringLiteral("Maria"));
    QCOMPARE(resets.count(), 0);
}

void TestOrderListModel::replaceAll_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::newRow("empty to some") << QStringList {} << QStringList {"a", "b"};
    QTest::newRow("some to empty") << QStringList {"a", "b", "c"} << QStringList {};
    QTest::newRow("drop middle") << QStringList {"a", "b", "c"} << QStringList {"a", "c"};
    QTest::newRow("drop runs") << QStringList {"a", "b", "c", "d", "e"} << QStringList {"c"};
    QTest::newRow("replace all") << QStringList {"a", "b"} << QStringList {"x", "y", "z"};
    QTest::newRow("same") << QStringList {"a", "b"} << QStringList {"a", "b"};
}

void TestOrderListModel::replaceAll()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    OrderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int n = 1;
    for (const QString &id : before)
        model.upsert(makeOrder(id, n++));
    QList<Order> snapshot;
    for (const QString &id : after)
        snapshot.append(makeOrder(id, n++));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    model.replaceAll(snapshot);
    QCOMPARE(resets.count(), 0);
    // New orders of a snapshot arrive in one insertion, not one per order.
    const bool anyNew = std::any_of(after.begin(), after.end(),
                                    [&](const QString &id) { return !before.contains(id); });
    QCOMPARE(inserts.count(), anyNew ? 1 : 0);
    QCOMPARE(model.rowCount(), after.size());
    for (const QString &id : after) {
        QVERIFY(model.rowOf(id) >= 0);
        QCOMPARE(model.index(model.rowOf(id)).data(OrderListModel::IdRole).toString(), id);
    }
    for (const QString &id : before)
        if (!after.contains(id))
            QCOMPARE(model.rowOf(id), -1);
}

void TestOrderListModel::unknownOrderIsReported()
{
    OrderListModel model;
    QVERIFY(!model.applyStatusChange(QStringLiteral("nope"), OrderStatus::Ready, {}, {}, {}));
    QVERIFY(!model.applyStationStatus(QStringLiteral("nope"), {}, {}, {}));
    QCOMPARE(model.rowCount(), 0);
}

void TestOrderListModel::upsertIfNewerKeepsNewerRows()
{
    OrderListModel model;
    Order current = makeOrder(QStringLiteral("a"), 1, OrderStatus::Ready);
    current.updatedAt = QDateTime::currentDateTimeUtc();
    model.upsert(current);
    Order stale = current;
    stale.status = OrderStatus::Preparing;
    stale.updatedAt = current.updatedAt.addSecs(-5);
    model.upsertIfNewer(stale);
    QCOMPARE(model.order(QStringLiteral("a"))->status, OrderStatus::Ready);
    Order fresh = current;
    fresh.status = OrderStatus::Completed;
    fresh.updatedAt = current.updatedAt.addSecs(1);
    model.upsertIfNewer(fresh);
    QCOMPARE(model.order(QStringLiteral("a"))->status, OrderStatus::Completed);
}

void TestOrderListModel::actionPendingFlag()
{
    OrderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(makeOrder(QStringLiteral("a"), 1));
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setActionPending(QStringLiteral("a"), true);
    model.setActionPending(QStringLiteral("a"), true);
    QCOMPARE(changes.count(), 1);
    QVERIFY(model.index(0).data(OrderListModel::ActionPendingRole).toBool());
    model.setActionPending(QStringLiteral("a"), false);
    QVERIFY(!model.index(0).data(OrderListModel::ActionPendingRole).toBool());
    QCOMPARE(changes.count(), 2);
}

void TestOrderListModel::revisionChangesWithContentOnly()
{
    OrderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replaceAll({makeOrder(QStringLiteral("a"), 1), makeOrder(QStringLiteral("b"), 2)});
    const auto revision = [&](const QString &id) {
        return model.index(model.rowOf(id)).data(OrderListModel::RevisionRole).toULongLong();
    };
    const quint64 a = revision(QStringLiteral("a"));
    const quint64 b = revision(QStringLiteral("b"));
    QVERIFY(a != 0 && b != 0 && a != b);
    // Not content: the card keeps its height.
    model.setActionPending(QStringLiteral("a"), true);
    QCOMPARE(revision(QStringLiteral("a")), a);
    model.upsert(*model.order(QStringLiteral("a")));
    QCOMPARE(revision(QStringLiteral("a")), a);
    // Content: a new revision, never one used before, and only for that row.
    model.applyStatusChange(QStringLiteral("a"), OrderStatus::Preparing, QStringLiteral("Ivan"),
                            QDateTime::currentDateTimeUtc(), {});
    const quint64 a2 = revision(QStringLiteral("a"));
    QVERIFY(a2 != a && a2 != b);
    QCOMPARE(revision(QStringLiteral("b")), b);
    model.applyStationStatus(QStringLiteral("b"), {{QStringLiteral("bar"), QStringLiteral("done")}},
                             QStringLiteral("Bar"), QDateTime::currentDateTimeUtc());
    QVERIFY(revision(QStringLiteral("b")) != b);
    QVERIFY(revision(QStringLiteral("b")) != a2);
    QCOMPARE(revision(QStringLiteral("a")), a2);
}

QTEST_GUILESS_MAIN(TestOrderListModel)
#include "tst_orderlistmodel.moc"
