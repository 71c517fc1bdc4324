#include "statustransitions.h"

#include <QTest>

using tableside::CallStatus;
using tableside::OrderStatus;
using tableside::StatusTransitions;

/// Tests the one table of status changes over every (from, to) pair, and the status wire strings.
class TestStatusTransitions : public QObject
{
    Q_OBJECT

private slots:
    void orderTransitions_data();
    void orderTransitions();
    void callTransitions_data();
    void callTransitions();
    void nextOrderStatuses_data();
    void nextOrderStatuses();
    void nextCallStatuses_data();
    void nextCallStatuses();
    void forwardStep_data();
    void forwardStep();
    void orderStatusWire_data();
    void orderStatusWire();
    void callStatusWire_data();
    void callStatusWire();
    void unknownWireStrings_data();
    void unknownWireStrings();
};

namespace {

const QList<OrderStatus> AllOrderStatuses
    = {OrderStatus::Pending,   OrderStatus::Preparing, OrderStatus::Ready,
       OrderStatus::Completed, OrderStatus::Cancelled, OrderStatus::PendingApproval};
const QList<CallStatus> AllCallStatuses
    = {CallStatus::Pending, CallStatus::Acknowledged, CallStatus::Completed};

} // namespace

void TestStatusTransitions::orderTransitions_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("recall");
    // Written out independently of the implementation's table: the product's rules.
    const QList<std::pair<OrderStatus, OrderStatus>> allowed = {
        {OrderStatus::Pending, OrderStatus::Preparing},
        {OrderStatus::Preparing, OrderStatus::Ready},
        {OrderStatus::Ready, OrderStatus::Completed},
        {OrderStatus::Pending, OrderStatus::Cancelled},
        {OrderStatus::Preparing, OrderStatus::Cancelled},
        {OrderStatus::Ready, OrderStatus::Cancelled},
        {OrderStatus::Ready, OrderStatus::Preparing}, // kitchen recall
        {OrderStatus::PendingApproval, OrderStatus::Pending}, // approved (issue 16)
        {OrderStatus::PendingApproval, OrderStatus::Cancelled}, // rejected
    };
    int rows = 0;
    for (const OrderStatus from : AllOrderStatuses) {
        for (const OrderStatus to : AllOrderStatuses) {
            const bool isAllowed = allowed.contains({from, to});
            const bool isRecall = from == OrderStatus::Ready && to == OrderStatus::Preparing;
            const QString name
                = tableside::toWireString(from) + QStringLiteral("→") + tableside::toWireString(to);
            QTest::newRow(qPrintable(name)) << from << to << isAllowed << isRecall;
            ++rows;
        }
    }
    QCOMPARE(rows, 36);
}

void TestStatusTransitions::orderTransitions()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(bool, allowed);
    QFETCH(bool, recall);
    QCOMPARE(StatusTransitions::isAllowed(from, to), allowed);
    QCOMPARE(StatusTransitions::isRecall(from, to), recall);
    QCOMPARE(StatusTransitions::nextStatuses(from).contains(to), allowed);
    // Nothing leaves a final state.
    if (!tableside::isOpen(from))
        QVERIFY(!allowed);
}

void TestStatusTransitions::callTransitions_data()
{
    QTest::addColumn<CallStatus>("from");
    QTest::addColumn<CallStatus>("to");
    QTest::addColumn<bool>("allowed");
    const QList<std::pair<CallStatus, CallStatus>> allowed = {
        {CallStatus::Pending, CallStatus::Acknowledged},
        {CallStatus::Acknowledged, CallStatus::Completed},
        {CallStatus::Pending, CallStatus::Completed},
    };
    for (const CallStatus from : AllCallStatuses) {
        for (const CallStatus to : AllCallStatuses) {
            const QString name
                = tableside::toWireString(from) + QStringLiteral("→") + tableside::toWireString(to);
            QTest::newRow(qPrintable(name)) << from << to << allowed.contains({from, to});
        }
    }
}

void TestStatusTransitions::callTransitions()
{
    QFETCH(CallStatus, from);
    QFETCH(CallStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(StatusTransitions::isAllowed(from, to), allowed);
    QCOMPARE(StatusTransitions::nextStatuses(from).contains(to), allowed);
    if (!tableside::isOpen(from))
        QVERIFY(!allowed);
}

void TestStatusTransitions::nextOrderStatuses_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<QList<OrderStatus>>("next");
    QTest::newRow("pending") << OrderStatus::Pending
                             << QList<OrderStatus> {OrderStatus::Preparing, OrderStatus::Cancelled};
    QTest::newRow("preparing") << OrderStatus::Preparing
                               << QList<OrderStatus> {OrderStatus::Ready, OrderStatus::Cancelled};
    QTest::newRow("ready") << OrderStatus::Ready
                           << QList<OrderStatus> {OrderStatus::Completed, OrderStatus::Preparing,
                                                  OrderStatus::Cancelled};
    QTest::newRow("completed") << OrderStatus::Completed << QList<OrderStatus> {};
    QTest::newRow("cancelled") << OrderStatus::Cancelled << QList<OrderStatus> {};
    QTest::newRow("pending_approval")
        << OrderStatus::PendingApproval
        << QList<OrderStatus> {OrderStatus::Pending, OrderStatus::Cancelled};
}

void TestStatusTransitions::nextOrderStatuses()
{
    QFETCH(OrderStatus, from);
    QFETCH(QList<OrderStatus>, next);
    QCOMPARE(StatusTransitions::nextStatuses(from), next);
}

void TestStatusTransitions::nextCallStatuses_data()
{
    QTest::addColumn<CallStatus>("from");
    QTest::addColumn<QList<CallStatus>>("next");
    QTest::newRow("pending") << CallStatus::Pending
                             << QList<CallStatus> {CallStatus::Acknowledged, CallStatus::Completed};
    QTest::newRow("acknowledged") << CallStatus::Acknowledged
                                  << QList<CallStatus> {CallStatus::Completed};
    QTest::newRow("completed") << CallStatus::Completed << QList<CallStatus> {};
}

void TestStatusTransitions::nextCallStatuses()
{
    QFETCH(CallStatus, from);
    QFETCH(QList<CallStatus>, next);
    QCOMPARE(StatusTransitions::nextStatuses(from), next);
}

void TestStatusTransitions::forwardStep_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<std::optional<OrderStatus>>("step");
    QTest::newRow("pending") << OrderStatus::Pending
                             << std::optional<OrderStatus>(OrderStatus::Preparing);
    QTest::newRow("preparing") << OrderStatus::Preparing
                               << std::optional<OrderStatus>(OrderStatus::Ready);
    QTest::newRow("ready") << OrderStatus::Ready
                           << std::optional<OrderStatus>(OrderStatus::Completed);
    QTest::newRow("completed") << OrderStatus::Completed << std::optional<OrderStatus>();
    QTest::newRow("cancelled") << OrderStatus::Cancelled << std::optional<OrderStatus>();
    QTest::newRow("pending_approval") << OrderStatus::PendingApproval
                                      << std::optional<OrderStatus>(OrderStatus::Pending);
}

void TestStatusTransitions::forwardStep()
{
    QFETCH(OrderStatus, from);
    QFETCH(std::optional<OrderStatus>, step);
    QCOMPARE(StatusTransitions::forwardStep(from), step);
    if (step)
        QVERIFY(StatusTransitions::isAllowed(from, *step));
}

void TestStatusTransitions::orderStatusWire_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<bool>("open");
    QTest::newRow("pending") << OrderStatus::Pending << QStringLiteral("pending") << true;
    QTest::newRow("preparing") << OrderStatus::Preparing << QStringLiteral("preparing") << true;
    QTest::newRow("ready") << OrderStatus::Ready << QStringLiteral("ready") << true;
    QTest::newRow("completed") << OrderStatus::Completed << QStringLiteral("completed") << false;
    QTest::newRow("cancelled") << OrderStatus::Cancelled << QStringLiteral("cancelled") << false;
    QTest::newRow("pending_approval") << OrderStatus::PendingApproval
                                      << QStringLiteral("pending_approval") << true;
}

void TestStatusTransitions::orderStatusWire()
{
    QFETCH(OrderStatus, status);
    QFETCH(QString, wire);
    QFETCH(bool, open);
    QCOMPARE(tableside::toWireString(status), wire);
    QCOMPARE(tableside::orderStatusFromWire(wire), std::optional<OrderStatus>(status));
    QCOMPARE(tableside::isOpen(status), open);
}

void TestStatusTransitions::callStatusWire_data()
{
    QTest::addColumn<CallStatus>("status");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<bool>("open");
    QTest::newRow("pending") << CallStatus::Pending << QStringLiteral("pending") << true;
    QTest::newRow("acknowledged") << CallStatus::Acknowledged << QStringLiteral("acknowledged")
                                  << true;
    QTest::newRow("completed") << CallStatus::Completed << QStringLiteral("completed") << false;
}

void TestStatusTransitions::callStatusWire()
{
    QFETCH(CallStatus, status);
    QFETCH(QString, wire);
    QFETCH(bool, open);
    QCOMPARE(tableside::toWireString(status), wire);
    QCOMPARE(tableside::callStatusFromWire(wire), std::optional<CallStatus>(status));
    QCOMPARE(tableside::isOpen(status), open);
}

void TestStatusTransitions::unknownWireStrings_data()
{
    QTest::addColumn<QString>("wire");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Pending");
    QTest::newRow("upper case") << QStringLiteral("READY");
    QTest::newRow("leading space") << QStringLiteral(" pending");
    QTest::newRow("trailing space") << QStringLiteral("ready ");
    QTest::newRow("other word") << QStringLiteral("served");
    QTest::newRow("acknowledged is not an order status") << QStringLiteral("acknowledged");
}

void TestStatusTransitions::unknownWireStrings()
{
    QFETCH(QString, wire);
    QVERIFY(!tableside::orderStatusFromWire(wire).has_value());
    if (wire != QLatin1String("acknowledged"))
        QVERIFY(!tableside::callStatusFromWire(wire).has_value());
}

QTEST_APPLESS_MAIN(TestStatusTransitions)
#include "tst_statustransitions.moc"
