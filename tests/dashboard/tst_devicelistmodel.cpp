// DeviceListModel (under QAbstractItemModelTester): rows from GET /api/devices's body,
// offline since / behind / muted texts and roles, in-place updates keep rows, resets on a new
// device set. CallAttention: who rings where (assigned tables first, escalation to everyone).
#include "callattention.h"
#include "calllistmodel.h"
#include "dashboardsettings.h"
#include "devicelistmodel.h"
#include "orderlistmodel.h"
#include "staffapi.h"
#include "syncengine.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {

QJsonObject device(const QString &id, bool online, bool muted = false, qint64 lag = 0)
{
    return {{"deviceId", id},
            {"name", id.toUpper()},
            {"staff", "Maria"},
            {"mode", id.startsWith("k") ? "kitchen" : "dashboard"},
            {"station", id.startsWith("k") ? "grill" : ""},
            {"online", online},
            {"lastSeenAt", "2026-11-24T12:00:00.000Z"},
            {"offlineSince", online ? QJsonValue() : QJsonValue("2026-11-24T12:00:00.000Z")},
            {"appliedSeq", 10},
            {"lagSeq", lag},
            {"lagSeconds", lag ? 40 : 0},
            {"lagging", lag > 0},
            {"muted", muted}};
}

} // namespace

class TestDeviceListModel : public QObject
{
    Q_OBJECT
private slots:
    void rows_data();
    void rows();
    void sameDevicesUpdateInPlace();
    void attention_data();
    void attention();
};

void TestDeviceListModel::rows_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("lag");
    QTest::addColumn<QString>("sound");
    QTest::addColumn<bool>("problem");
    QTest::newRow("healthy") << device("bar", true) << "Online"
                             << "Up to date"
                             << "On" << false;
    QTest::newRow("offline") << device("bar", false) << "Offline since"
                             << "Up to date"
                             << "On" << true;
    QTest::newRow("muted") << device("bar", true, true) << "Online"
                           << "Up to date"
                           << "Muted" << true;
    QTest::newRow("behind") << device("k1", true, false, 3) << "Online"
                            << "3 event(s), 40 s"
                            << "On" << true;
}

void TestDeviceListModel::rows()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, status);
    QFETCH(QString, lag);
    QFETCH(QString, sound);
    QFETCH(bool, problem);
    DeviceListModel model(nullptr, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevices(QJsonArray {json});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(DeviceListModel::ColumnCount));
    QVERIFY(model.index(0, DeviceListModel::StatusColumn).data().toString().startsWith(status));
    QCOMPARE(model.index(0, DeviceListModel::LagColumn).data().toString(), lag);
    QCOMPARE(model.index(0, DeviceListModel::SoundColumn).data().toString(), sound);
    QCOMPARE(model.index(0, 0).data(DeviceListModel::ProblemRole).toBool(), problem);
    QCOMPARE(model.index(0, 0).data(DeviceListModel::DeviceIdRole).toString(),
             json.value("deviceId").toString());
}

void TestDeviceListModel::sameDevicesUpdateInPlace()
{
    DeviceListModel model(nullptr, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevices({device("a", true), device("k1", true)});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setDevices({device("a", false), device("k1", true)});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.index(0, 0).data(DeviceListModel::OnlineRole).toBool(), false);
    model.setDevices({device("a", false)});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf("a"), 0);
    QCOMPARE(model.rowOf("k1"), -1);
    QCOMPARE(model.index(0, DeviceListModel::ModeColumn).data().toString(),
             QStringLiteral("Dashboard"));
}

void TestDeviceListModel::attention_data()
{
    QTest::addColumn<int>("role"); // int(StaffRole)
    QTest::addColumn<QString>("me");
    QTest::addColumn<QString>("owner"); // of table 4; "" = nobody
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("loud");
    const int waiter = int(StaffRole::Waiter);
    const int kitchen = int(StaffRole::Kitchen);
    const int manager = int(StaffRole::Manager);
    QTest::newRow("unassigned table rings everyone") << waiter << "Ivan"
                                                     << "" << 0 << true;
    QTest::newRow("my table") << waiter << "Maria"
                              << "Maria" << 0 << true;
    QTest::newRow("someone else's: quiet") << waiter << "Ivan"
                                           << "Maria" << 0 << false;
    QTest::newRow("manager, someone else's") << manager << "Boss"
                                             << "Maria" << 0 << false;
    QTest::newRow("level 1 rings every waiter") << waiter << "Ivan"
                                                << "Maria" << 1 << true;
    QTest::newRow("kitchen quiet at level 1") << kitchen << "Petar"
                                              << "" << 1 << false;
    QTest::newRow("kitchen at level 2") << kitchen << "Petar"
                                        << "Maria" << 2 << true;
}

void TestDeviceListModel::attention()
{
    QFETCH(int, role);
    QFETCH(QString, me);
    QFETCH(QString, owner);
    QFETCH(int, level);
    QFETCH(bool, loud);
    QTemporaryDir dir;
    DashboardSettings settings(dir.filePath("settings.ini"));
    settings.setSession(QStringLiteral("token"), StaffMember {7, me, StaffRole(role)});
    StaffApi api;
    OrderListModel orders;
    CallListModel calls;
    SyncEngine sync(&api, &orders, &calls);
    CallAttention attention(&api, &sync, &settings);
    QSignalSpy changed(&attention, &CallAttention::changed);
    if (!owner.isEmpty())
        attention.setAssignments(
            QJsonArray {QJsonObject {{"tableNumber", 4}, {"staffId", 3}, {"staffName", owner}}});
    WaiterCall call;
    call.id = QStringLiteral("c1");
    call.tableNumber = 4;
    call.status = CallStatus::Pending;
    if (level > 0)
        attention.setLevels({{"calls", QJsonObject {{"c1", level}}}});
    QCOMPARE(attention.level("c1"), level);
    QCOMPARE(attention.isLoud(call), loud);
    QVERIFY(changed.size() >= (owner.isEmpty() ? 0 : 1));
}

QTEST_MAIN(TestDeviceListModel)
#include "tst_devicelistmodel.moc"
