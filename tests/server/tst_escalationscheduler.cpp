// EscalationScheduler over a real store with a clock the test moves: each step fires once, at
// its time, never after the call was acknowledged; a restart between steps keeps the schedule;
// ready orders nobody picks up escalate the same way.
#include "teststore.h"
#include "escalationscheduler.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tableside;
using namespace tableside::server;

namespace {

const StaffMember Waiter {0, QStringLiteral("Ivan"), StaffRole::Waiter};
const StaffMember Kitchen {0, QStringLiteral("Petar"), StaffRole::Kitchen};

struct Fixture : testkit::ClockedStore
{
    QDateTime start = now;
    std::unique_ptr<EscalationScheduler> scheduler;

    explicit Fixture(int t1 = 30, int t2 = 90)
        : t1(t1)
        , t2(t2)
    {
        open();
    }
    int t1;
    int t2;

    // A new store and scheduler over the same file: what a server restart does.
    void open()
    {
        scheduler.reset();
        openStore();
        EscalationScheduler::Options schedule;
        schedule.callLevel1Seconds = t1;
        schedule.callLevel2Seconds = t2;
        schedule.orderLevel1Seconds = 120;
        schedule.orderLevel2Seconds = 300;
        schedule.clock = [this] { return now; };
        scheduler = std::make_unique<EscalationScheduler>(*store, schedule);
    }

    QString call(int table)
    {
        Store::CallDraft draft;
        draft.tableNumber = table;
        const auto created = store->createCall(draft);
        store->flush();
        return created.ok() ? created.value().call.id : QString();
    }

    // Moves the clock to @p seconds after start, runs a check, commits; the steps it fired.
    int at(int seconds)
    {
        now = start.addSecs(seconds);
        const int fired = scheduler->check();
        store->flush();
        return fired;
    }

    // The (kind, id, level) of every escalation event in the log.
    QList<std::tuple<QString, QString, int>> escalations()
    {
        QList<std::tuple<QString, QString, int>> list;
        for (const StaffEvent &event : store->eventsAfter(0, 10000).events) {
            if (event.type() == StaffEventType::CallEscalated)
                list.append({QStringLiteral("call"), event.data().value("callId").toString(),
                             event.data().value("level").toInt()});
            else if (event.type() == StaffEventType::OrderEscalated)
                list.append({QStringLiteral("order"), event.data().value("orderId").toString(),
                             event.data().value("level").toInt()});
        }
        return list;
    }
};

} // namespace

class TestEscalationScheduler : public QObject
{
    Q_OBJECT
private slots:
    void stepsFireOnceAtTheirTimes_data();
    void stepsFireOnceAtTheirTimes();
    void nothingFiresAfterAcknowledgement_data();
    void nothingFiresAfterAcknowledgement();
    void restartBetweenStepsKeepsTheSchedule();
    void stepsMissedWhileDownFireOnceInOrder();
    void readyOrderNobodyPicksUpEscalates();
    void guestStatusLevelIsTheFiredOne();
};

void TestEscalationScheduler::stepsFireOnceAtTheirTimes_data()
{
    QTest::addColumn<int>("t1");
    QTest::addColumn<int>("t2");
    QTest::newRow("defaults 30/90") << 30 << 90;
    QTest::newRow("short 5/10") << 5 << 10;
    QTest::newRow("same time") << 20 << 20;
}

void TestEscalationScheduler::stepsFireOnceAtTheirTimes()
{
    QFETCH(int, t1);
    QFETCH(int, t2);
    Fixture f(t1, t2);
    const QString id = f.call(4);
    QVERIFY(!id.isEmpty());
    QCOMPARE(f.at(t1 - 1), 0);
    QCOMPARE(f.store->escalationLevel(QStringLiteral("call"), id), 0);
    QCOMPARE(f.at(t1), t1 == t2 ? 2 : 1);
    QCOMPARE(f.store->escalationLevel(QStringLiteral("call"), id), t1 == t2 ? 2 : 1);
    QCOMPARE(f.at(t1), 0); // again at the same time: nothing new
    if (t2 > t1) {
        QCOMPARE(f.at(t2 - 1), 0);
        QCOMPARE(f.at(t2), 1);
    }
    QCOMPARE(f.at(t2 + 600), 0); // no level 3
    using Step = std::tuple<QString, QString, int>;
    QCOMPARE(f.escalations(),
             (QList<Step> {{QStringLiteral("call"), id, 1}, {QStringLiteral("call"), id, 2}}));
    // The event carries what a dashboard shows.
    for (const StaffEvent &event : f.store->eventsAfter(0, 1000).events)
        if (event.type() == StaffEventType::CallEscalated) {
            QCOMPARE(event.data().value("tableNumber").toInt(), 4);
            QVERIFY(event.data().contains("seq"));
        }
}

void TestEscalationScheduler::nothingFiresAfterAcknowledgement_data()
{
    QTest::addColumn<int>("acknowledgeAt");
    QTest::addColumn<int>("levelsBefore");
    QTest::newRow("before level 1") << 10 << 0;
    QTest::newRow("between the levels") << 45 << 1;
}

void TestEscalationScheduler::nothingFiresAfterAcknowledgement()
{
    QFETCH(int, acknowledgeAt);
    QFETCH(int, levelsBefore);
    Fixture f;
    const QString id = f.call(2);
    QCOMPARE(f.at(acknowledgeAt), levelsBefore);
    QVERIFY(f.store->acknowledgeCall(id, Waiter).ok());
    f.store->flush();
    QCOMPARE(f.at(30), 0);
    QCOMPARE(f.at(90), 0);
    QCOMPARE(f.at(3600), 0);
    QCOMPARE(f.escalations().size(), levelsBefore);
}

void TestEscalationScheduler::restartBetweenStepsKeepsTheSchedule()
{
    Fixture f;
    const QString id = f.call(7);
    QCOMPARE(f.at(30), 1);
    f.open(); // restart
    QCOMPARE(f.at(31), 0); // level 1 does not fire again
    QCOMPARE(f.at(89), 0); // level 2 still counts from the call, not from the restart
    f.open();
    QCOMPARE(f.at(90), 1);
    QCOMPARE(f.at(91), 0);
    QCOMPARE(f.escalations().size(), 2);
    QCOMPARE(f.store->escalationLevel(QStringLiteral("call"), id), 2);
}

void TestEscalationScheduler::stepsMissedWhileDownFireOnceInOrder()
{
    Fixture f;
    const QString id = f.call(3);
    QCOMPARE(f.at(20), 0);
    f.open(); // the server was down from 20 s to 200 s
    f.now = f.start.addSecs(200);
    f.scheduler->start(); // the first check runs at once
    f.store->flush();
    using Step = std::tuple<QString, QString, int>;
    QCOMPARE(f.escalations(),
             (QList<Step> {{QStringLiteral("call"), id, 1}, {QStringLiteral("call"), id, 2}}));
    QCOMPARE(f.at(201), 0);
}

void TestEscalationScheduler::readyOrderNobodyPicksUpEscalates()
{
    Fixture f;
    Store::OrderDraft draft;
    draft.tableNumber = 5;
    draft.items.append({10, 1, QString()});
    const auto created = f.store->createOrder(draft);
    QVERIFY(created.ok());
    const QString id = created.value().order.id;
    f.now = f.start.addSecs(60);
    QVERIFY(f.store->changeOrderStatus(id, OrderStatus::Preparing, Kitchen).ok());
    QCOMPARE(f.at(500), 0); // preparing for long: not this rule's business
    QVERIFY(f.store->changeOrderStatus(id, OrderStatus::Ready, Kitchen).ok());
    f.store->flush();
    QCOMPARE(f.at(500 + 119), 0);
    QCOMPARE(f.at(500 + 120), 1);
    QCOMPARE(f.at(500 + 300), 1);
    QCOMPARE(f.at(500 + 900), 0);
    using Step = std::tuple<QString, QString, int>;
    QCOMPARE(f.escalations(),
             (QList<Step> {{QStringLiteral("order"), id, 1}, {QStringLiteral("order"), id, 2}}));
}

void TestEscalationScheduler::guestStatusLevelIsTheFiredOne()
{
    Fixture f;
    const QString a = f.call(1);
    const QString b = f.call(2);
    QCOMPARE(f.at(30), 2);
    const QHash<QString, int> levels = f.store->escalationLevels(QStringLiteral("call"));
    QCOMPARE(levels.value(a), 1);
    QCOMPARE(levels.value(b), 1);
    QCOMPARE(f.store->escalationLevel(QStringLiteral("order"), a), 0);
}

QTEST_GUILESS_MAIN(TestEscalationScheduler)
#include "tst_escalationscheduler.moc"
