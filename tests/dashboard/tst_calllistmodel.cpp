// CallListModel and CallFilterProxy under QAbstractItemModelTester; pending-call counting that
// drives the urgent sound.
#include "callfilterproxy.h"
#include "calllistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {
WaiterCall makeCall(const QString &id, int table, CallStatus status = CallStatus::Pending,
                    int secondsAgo = 0)
{
    WaiterCall c;
    c.id = id;
    c.tableNumber = table;
    c.type = CallType::PaymentCash;
    c.status = status;
    c.createdAt = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    return c;
}
} // namespace

class TestCallListModel : public QObject
{
    Q_OBJECT
private slots:
    void pendingCountFollowsStatus();
    void proxiesSplitOpenAndDone();
    void snapshotReplacement();
};

void TestCallListModel::pendingCountFollowsStatus()
{
    CallListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pending(&model, &CallListModel::pendingCountChanged);
    model.upsert(makeCall(QStringLiteral("c1"), 3));
    model.upsert(makeCall(QStringLiteral("c2"), 4));
    QCOMPARE(model.pendingCount(), 2);
    QCOMPARE(pending.count(), 2);
    QVERIFY(model.applyStatusChange(QStringLiteral("c1"), CallStatus::Acknowledged,
                                    QStringLiteral("Maria"), QDateTime::currentDateTimeUtc(), {},
                                    QStringLiteral("Maria")));
    QCOMPARE(model.pendingCount(), 1);
    QCOMPARE(pending.last().at(0).toInt(), 1);
    QCOMPARE(model.call(QStringLiteral("c1"))->acknowledgedBy, QStringLiteral("Maria"));
    QVERIFY(model.applyStatusChange(QStringLiteral("c2"), CallStatus::Completed, {}, {},
                                    QDateTime::currentDateTimeUtc(), QStringLiteral("Ivan")));
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(pending.last().at(0).toInt(), 0);
    QVERIFY(!model.applyStatusChange(QStringLiteral("zzz"), CallStatus::Completed, {}, {}, {}, {}));
}

void TestCallListModel::proxiesSplitOpenAndDone()
{
    CallListModel model;
    CallFilterProxy open(CallFilterProxy::Show::Open);
    CallFilterProxy done(CallFilterProxy::Show::Completed);
    open.setSourceModel(&model);
    done.setSourceModel(&model);
    QAbstractItemModelTester t1(&open, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&done, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.upsert(makeCall(QStringLiteral("ack"), 1, CallStatus::Acknowledged, 100));
    model.upsert(makeCall(QStringLiteral("new"), 2, CallStatus::Pending, 10));
    model.upsert(makeCall(QStringLiteral("old"), 3, CallStatus::Pending, 50));
    QCOMPARE(open.rowCount(), 3);
    // Unanswered first (oldest first), then acknowledged.
    QCOMPARE(open.index(0, 0).data(CallListModel::IdRole).toString(), QStringLiteral("old"));
    QCOMPARE(open.index(1, 0).data(CallListModel::IdRole).toString(), QStringLiteral("new"));
    QCOMPARE(open.index(2, 0).data(CallListModel::IdRole).toString(), QStringLiteral("ack"));
    model.applyStatusChange(QStringLiteral("ack"), CallStatus::Completed, {}, {},
                            QDateTime::currentDateTimeUtc(), {});
    QCOMPARE(open.rowCount(), 2);
    QCOMPARE(done.rowCount(), 1);
    QVERIFY(model.index(0).data(CallListModel::UrgentRole).toBool());
    QCOMPARE(resets.count(), 0);
}

void TestCallListModel::snapshotReplacement()
{
    CallListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(makeCall(QStringLiteral("a"), 1));
    model.upsert(makeCall(QStringLiteral("b"), 2));
    model.upsert(makeCall(QStringLiteral("c"), 3));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.replaceAll({makeCall(QStringLiteral("b"), 2, CallStatus::Acknowledged),
                      makeCall(QStringLiteral("d"), 4)});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.call(QStringLiteral("b"))->status, CallStatus::Acknowledged);
    QCOMPARE(model.rowOf(QStringLiteral("a")), -1);
    QCOMPARE(model.pendingCount(), 1);
}

QTEST_GUILESS_MAIN(TestCallListModel)
#include "tst_calllistmodel.moc"
