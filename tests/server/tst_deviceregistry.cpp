// DeviceRegistry over a real store with a clock the test moves: heartbeats stay out of the
// event log, only state changes become device-status events (online, silent → offline, back,
// muted, lagging); ids are checked; /metrics labels are bounded; a restart remembers devices.
#include "teststore.h"
#include "deviceregistry.h"
#include "responsefigures.h"
#include "store.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tableside;
using namespace tableside::server;

namespace {

const StaffMember Maria {1, QStringLiteral("Maria"), StaffRole::Waiter};

struct Fixture : testkit::ClockedStore
{
    QDateTime start = now;
    std::unique_ptr<DeviceRegistry> registry;
    int maxDevices = 200;

    Fixture() { open(); }

    void open()
    {
        registry.reset();
        openStore();
        DeviceRegistry::Options devices;
        devices.offlineAfterSeconds = 20;
        devices.lagAlertSeconds = 30;
        devices.maxDevices = maxDevices;
        devices.clock = [this] { return now; };
        registry = std::make_unique<DeviceRegistry>(*store, devices);
        QObject::connect(store.get(), &Store::eventCommitted, registry.get(),
                         &DeviceRegistry::eventCommitted);
        registry->load();
    }

    void at(int seconds)
    {
        now = start.addSecs(seconds);
        registry->sweep();
        store->flush();
    }

    bool beat(const QString &id, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("deviceId"), id);
        if (!extra.contains(QStringLiteral("appliedSeq")))
            extra.insert(QStringLiteral("appliedSeq"), store->latestSeq());
        extra.insert(QStringLiteral("name"), QStringLiteral("Bar tablet"));
        extra.insert(QStringLiteral("mode"), QStringLiteral("dashboard"));
        const bool ok = registry->heartbeat(Maria, extra);
        store->flush();
        return ok;
    }

    QList<QJsonObject> statusEvents()
    {
        QList<QJsonObject> list;
        for (const StaffEvent &event : store->eventsAfter(0, 10000).events)
            if (event.type() == StaffEventType::DeviceStatus)
                list.append(event.data());
        return list;
    }

    QJsonObject device(const QString &id)
    {
        for (const DeviceRegistry::Device &d : registry->devices())
            if (d.record.deviceId == id)
                return registry->toJson(d);
        return {};
    }
};

} // namespace

class TestDeviceRegistry : public QObject
{
    Q_OBJECT
private slots:
    void heartbeatsStayOutOfTheLog();
    void silentDeviceGoesOfflineAndComesBack();
    void mutedIsAChange_data();
    void mutedIsAChange();
    void laggingDeviceIsReported();
    void signOutIsExpected();
    void ids_data();
    void ids();
    void registryIsBounded();
    void metricsHaveOneLabelPerDevice();
    void restartRemembersDevices();
    void responseFigures_data();
    void responseFigures();
};

void TestDeviceRegistry::heartbeatsStayOutOfTheLog()
{
    Fixture f;
    for (int i = 0; i < 20; ++i) {
        f.now = f.start.addSecs(i * 5);
        QVERIFY(f.beat(QStringLiteral("bar-1")));
        f.at(i * 5 + 1);
    }
    const QList<QJsonObject> events = f.statusEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().value("online").toBool(), true);
    QCOMPARE(events.first().value("reason").toString(), QStringLiteral("new"));
    QCOMPARE(events.first().value("staff").toString(), QStringLiteral("Maria"));
    const QJsonObject device = f.device(QStringLiteral("bar-1"));
    QCOMPARE(device.value("online").toBool(), true);
    QCOMPARE(device.value("lagSeq").toInteger(), 0);
    QCOMPARE(device.value("staff").toString(), QStringLiteral("Maria"));
}

void TestDeviceRegistry::silentDeviceGoesOfflineAndComesBack()
{
    Fixture f;
    QVERIFY(f.beat(QStringLiteral("bar-1")));
    f.at(20);
    QCOMPARE(f.device(QStringLiteral("bar-1")).value("online").toBool(), true);
    f.at(21);
    QCOMPARE(f.device(QStringLiteral("bar-1")).value("online").toBool(), false);
    QCOMPARE(f.device(QStringLiteral("bar-1")).value("offlineSince").toString(),
             f.start.toString(Qt::ISODateWithMs));
    f.at(60); // still offline: no second event
    QCOMPARE(f.statusEvents().size(), 2);
    QCOMPARE(f.statusEvents().at(1).value("online").toBool(), false);
    QCOMPARE(f.statusEvents().at(1).value("expected").toBool(), true);
    QVERIFY(f.beat(QStringLiteral("bar-1")));
    QCOMPARE(f.statusEvents().size(), 3);
    QCOMPARE(f.statusEvents().at(2).value("reason").toString(), QStringLiteral("back"));
    QCOMPARE(f.device(QStringLiteral("bar-1")).value("online").toBool(), true);
}

void TestDeviceRegistry::mutedIsAChange_data()
{
    QTest::addColumn<QJsonObject>("report");
    QTest::newRow("muted") << QJsonObject {{"muted", true}, {"volume", 80}};
    QTest::newRow("volume 0") << QJsonObject {{"muted", false}, {"volume", 0}};
    QTest::newRow("no audio device") << QJsonObject {{"audioDevice", false}, {"volume", 80}};
}

void TestDeviceRegistry::mutedIsAChange()
{
    QFETCH(QJsonObject, report);
    Fixture f;
    QVERIFY(f.beat(QStringLiteral("k1"), {{"volume", 80}}));
    QVERIFY(f.beat(QStringLiteral("k1"), report));
    QVERIFY(f.beat(QStringLiteral("k1"), report)); // still muted: nothing new
    QCOMPARE(f.statusEvents().size(), 2);
    QCOMPARE(f.statusEvents().at(1).value("muted").toBool(), true);
    QCOMPARE(f.statusEvents().at(1).value("reason").toString(), QStringLiteral("muted"));
    QCOMPARE(f.device(QStringLiteral("k1")).value("muted").toBool(), true);
    QVERIFY(f.beat(QStringLiteral("k1"), {{"volume", 80}}));
    QCOMPARE(f.statusEvents().size(), 3);
    QCOMPARE(f.statusEvents().at(2).value("reason").toString(), QStringLiteral("unmuted"));
}

void TestDeviceRegistry::laggingDeviceIsReported()
{
    Fixture f;
    QVERIFY(f.beat(QStringLiteral("k1")));
    const qint64 applied = f.store->latestSeq();
    Store::CallDraft draft;
    draft.tableNumber = 3;
    QVERIFY(f.store->createCall(draft).ok()); // an event the device will not apply
    f.store->flush();
    f.now = f.start.addSecs(10);
    QVERIFY(f.beat(QStringLiteral("k1"), {{"appliedSeq", applied}}));
    QCOMPARE(f.device(QStringLiteral("k1")).value("lagSeq").toInteger(), 1);
    QCOMPARE(f.device(QStringLiteral("k1")).value("lagging").toBool(), false);
    f.now = f.start.addSecs(31);
    QVERIFY(f.beat(QStringLiteral("k1"), {{"appliedSeq", applied}}));
    QCOMPARE(f.device(QStringLiteral("k1")).value("lagging").toBool(), true);
    QCOMPARE(f.statusEvents().last().value("reason").toString(), QStringLiteral("lagging"));
    QVERIFY(f.beat(QStringLiteral("k1"))); // caught up
    QCOMPARE(f.statusEvents().last().value("reason").toString(), QStringLiteral("caught-up"));
    QCOMPARE(f.device(QStringLiteral("k1")).value("lagging").toBool(), false);
    QVERIFY(f.beat(QStringLiteral("k1"))); // applied that event too: nothing behind
    QCOMPARE(f.device(QStringLiteral("k1")).value("lagSeq").toInteger(), 0);
    QCOMPARE(f.statusEvents().last().value("reason").toString(), QStringLiteral("caught-up"));
}

void TestDeviceRegistry::signOutIsExpected()
{
    Fixture f;
    QVERIFY(f.beat(QStringLiteral("w1")));
    f.registry->signOut(QStringLiteral("w1"));
    f.store->flush();
    QCOMPARE(f.statusEvents().last().value("online").toBool(), false);
    QCOMPARE(f.statusEvents().last().value("expected").toBool(), false);
    f.at(100); // no "silent" on top
    QCOMPARE(f.statusEvents().size(), 2);
}

void TestDeviceRegistry::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("uuid") << QStringLiteral("3f2a9c1e-1111-4a4a-9b9b-0123456789ab") << true;
    QTest::newRow("dotted") << QStringLiteral("bar.tablet_2") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("quote") << QStringLiteral("a\"} 1\nx") << false;
    QTest::newRow("space") << QStringLiteral("bar tablet") << false;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("cyrillic") << QStringLiteral("бар") << false;
}

void TestDeviceRegistry::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(DeviceRegistry::isValidId(id), valid);
}

void TestDeviceRegistry::registryIsBounded()
{
    Fixture f;
    f.maxDevices = 3;
    f.open();
    for (int i = 0; i < 3; ++i)
        QVERIFY(f.beat(QStringLiteral("d%1").arg(i)));
    QVERIFY(!f.beat(QStringLiteral("d3")));
    QVERIFY(f.beat(QStringLiteral("d0"))); // a known one still reports
    QCOMPARE(f.registry->devices().size(), 3);
}

void TestDeviceRegistry::metricsHaveOneLabelPerDevice()
{
    Fixture f;
    QVERIFY(f.beat(QStringLiteral("bar-1")));
    QVERIFY(f.beat(QStringLiteral("kitchen-2")));
    f.at(25);
    const QByteArray text = f.registry->metricsText();
    QVERIFY2(text.contains("tableside_device_online{device=\"bar-1\"} 0\n"), text.constData());
    QVERIFY(text.contains("tableside_device_lag_seq{device=\"kitchen-2\"} 0\n"));
    QVERIFY(text.contains("# TYPE tableside_device_lag_seconds gauge\n"));
    QCOMPARE(text.count("tableside_device_online{"), 2);
}

void TestDeviceRegistry::restartRemembersDevices()
{
    Fixture f;
    QVERIFY(f.beat(QStringLiteral("bar-1")));
    f.open(); // restart at the same time
    QCOMPARE(f.registry->devices().size(), 1);
    QCOMPARE(f.device(QStringLiteral("bar-1")).value("online").toBool(), true);
    const int before = f.statusEvents().size();
    f.at(15);
    QCOMPARE(f.statusEvents().size(), before); // within its grace period
    f.at(21); // never came back
    QCOMPARE(f.statusEvents().size(), before + 1);
    QCOMPARE(f.statusEvents().last().value("online").toBool(), false);
}

void TestDeviceRegistry::responseFigures_data()
{
    QTest::addColumn<QList<int>>("secondsToAcknowledge");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("p90");
    QTest::newRow("one") << QList<int> {12} << 12.0 << 12.0;
    QTest::newRow("ten") << QList<int> {1, 2, 3, 4, 5, 6, 7, 8, 9, 100} << 5.0 << 9.0;
    QTest::newRow("unsorted") << QList<int> {40, 10, 30, 20} << 20.0 << 40.0;
}

void TestDeviceRegistry::responseFigures()
{
    QFETCH(QList<int>, secondsToAcknowledge);
    QFETCH(double, median);
    QFETCH(double, p90);
    const QDateTime t0(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    QList<WaiterCall> calls;
    for (int seconds : secondsToAcknowledge) {
        WaiterCall call;
        call.createdAt = t0;
        call.acknowledgedAt = t0.addSecs(seconds);
        call.acknowledgedBy = QStringLiteral("Maria");
        call.status = CallStatus::Acknowledged;
        calls.append(call);
    }
    WaiterCall pending;
    pending.createdAt = t0;
    calls.append(pending);
    const QJsonObject figures = ResponseFigures::compute(calls);
    QCOMPARE(figures.value("overall").toObject().value("medianSeconds").toDouble(), median);
    QCOMPARE(figures.value("overall").toObject().value("p90Seconds").toDouble(), p90);
    QCOMPARE(figures.value("pending").toInt(), 1);
    QCOMPARE(figures.value("waiters").toArray().first().toObject().value("staff").toString(),
             QStringLiteral("Maria"));
}

QTEST_GUILESS_MAIN(TestDeviceRegistry)
#include "tst_deviceregistry.moc"
