// Device health end to end (issue 18's must-show): a real tableside-server with
// devices/offlineAfterSeconds=2, dashboard A as its own process (the real tableside-dashboard
// binary, signed in as a waiter), dashboard B in this process signed in as a manager with the
// Devices page open. SIGSTOP A → B shows A offline and alerts; SIGCONT A → back online, lag 0.
// A dashboard with its sound muted shows as muted.
#include "dashboardclient.h"
#include "dashboardsession.h"
#include "dashboardsettings.h"
#include "devicealerts.h"
#include "devicelistmodel.h"
#include "devicespage.h"
#include "heartbeatsender.h"
#include "serverprocess.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace tableside;
using namespace tableside::dashboard;

class TestDeviceHealth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void stoppedDashboardShowsOfflineAndAlerts();
    void resumedDashboardIsBackWithoutLag();
    void mutedDashboardShowsMuted();
    void cleanupTestCase();

private:
    /// Row of the device whose signed-in member is @p staff (-1 = none).
    int rowOfStaff(const QString &staff) const;

    ServerProcess m_server;
    QTemporaryDir m_configA;
    QProcess m_dashboardA;
    std::unique_ptr<DashboardClient> m_manager;
    std::unique_ptr<DevicesPage> m_page;
};

int TestDeviceHealth::rowOfStaff(const QString &staff) const
{
    const auto &devices = m_page->model()->devices();
    for (qsizetype i = 0; i < devices.size(); ++i)
        if (devices.at(i).staff == staff)
            return int(i);
    return -1;
}

void TestDeviceHealth::initTestCase()
{
    QVERIFY(m_server.addStaff(QStringLiteral("Maria"), QStringLiteral("1111")));
    QVERIFY(m_server.addStaff(QStringLiteral("Ivan"), QStringLiteral("2222")));
    QVERIFY(m_server.addStaff(QStringLiteral("Boss"), QStringLiteral("9999"),
                              QStringLiteral("manager")));
    m_server.setConfig(QStringLiteral("devices/offlineAfterSeconds"), 2);
    QVERIFY2(m_server.start(), qPrintable(m_server.output()));

    // Dashboard A: the real binary, its own settings folder, signed in with TABLESIDE_PIN.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configA.path());
    env.insert(QStringLiteral("TABLESIDE_PIN"), QStringLiteral("1111"));
    m_dashboardA.setProcessEnvironment(env);
    m_dashboardA.setProcessChannelMode(QProcess::MergedChannels);
    m_dashboardA.start(QStringLiteral(TABLESIDE_DASHBOARD_BINARY),
                       {QStringLiteral("--server"), m_server.url().toString(),
                        QStringLiteral("--profile"), QStringLiteral("a")});
    QVERIFY(m_dashboardA.waitForStarted());

    m_manager = std::make_unique<DashboardClient>();
    // A test machine may have no sound card, which counts as muted: say there is one.
    m_manager->session().heartbeat()->setAudioProbe([] { return true; });
    QVERIFY(m_manager->signIn(m_server.url(), QStringLiteral("9999")));
    m_page = std::make_unique<DevicesPage>(&m_manager->session());
    m_page->show(); // active: loads GET /api/devices and follows device-status events
    QTRY_VERIFY_WITH_TIMEOUT(rowOfStaff(QStringLiteral("Maria")) >= 0, 30'000);
    QTRY_VERIFY(m_page->model()->devices().at(rowOfStaff(QStringLiteral("Maria"))).online);
}

void TestDeviceHealth::stoppedDashboardShowsOfflineAndAlerts()
{
    QSignalSpy alerts(m_manager->session().deviceAlerts(), &DeviceAlerts::alertRaised);
    ::kill(pid_t(m_dashboardA.processId()), SIGSTOP);
    // Offline after 2 s without a heartbeat (the server's sweep runs every second).
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->model()->devices().at(rowOfStaff(QStringLiteral("Maria"))).online, 15'000);
    const int row = rowOfStaff(QStringLiteral("Maria"));
    QVERIFY(m_page->model()
                ->index(row, DeviceListModel::StatusColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Offline since")));
    QTRY_VERIFY(!alerts.isEmpty());
    QVERIFY2(alerts.first().at(0).toString().endsWith(QStringLiteral("is offline")),
             qPrintable(alerts.first().at(0).toString()));
    QCOMPARE(alerts.first().at(1).toString(), QStringLiteral("Signed in: Maria"));
}

void TestDeviceHealth::resumedDashboardIsBackWithoutLag()
{
    ::kill(pid_t(m_dashboardA.processId()), SIGCONT);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->model()->devices().at(rowOfStaff(QStringLiteral("Maria"))).online, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->model()->devices().at(rowOfStaff(QStringLiteral("Maria"))).lagSeq, qint64(0),
        20'000);
    QCOMPARE(m_page->model()
                 ->index(rowOfStaff(QStringLiteral("Maria")), DeviceListModel::LagColumn)
                 .data()
                 .toString(),
             QStringLiteral("Up to date"));
}

void TestDeviceHealth::mutedDashboardShowsMuted()
{
    DashboardClient muted;
    muted.session().heartbeat()->setAudioProbe([] { return true; });
    muted.settings().setMuted(true);
    QVERIFY(muted.signIn(m_server.url(), QStringLiteral("2222")));
    QTRY_VERIFY_WITH_TIMEOUT(rowOfStaff(QStringLiteral("Ivan")) >= 0, 20'000);
    QTRY_VERIFY(m_page->model()->devices().at(rowOfStaff(QStringLiteral("Ivan"))).muted);
    QCOMPARE(m_page->model()
                 ->index(rowOfStaff(QStringLiteral("Ivan")), DeviceListModel::SoundColumn)
                 .data()
                 .toString(),
             QStringLiteral("Muted"));
    // The manager's own device, sound on, is not.
    QCOMPARE(m_page->model()
                 ->index(rowOfStaff(QStringLiteral("Boss")), DeviceListModel::SoundColumn)
                 .data()
                 .toString(),
             QStringLiteral("On"));
    // Signing out on purpose: offline, but no alert.
    QSignalSpy alerts(m_manager->session().deviceAlerts(), &DeviceAlerts::alertRaised);
    muted.session().logout();
    QTRY_VERIFY(!m_page->model()->devices().at(rowOfStaff(QStringLiteral("Ivan"))).online);
    QCOMPARE(alerts.size(), 0);
}

void TestDeviceHealth::cleanupTestCase()
{
    if (m_dashboardA.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_dashboardA.processId()), SIGCONT);
        m_dashboardA.terminate();
        if (!m_dashboardA.waitForFinished(5'000))
            m_dashboardA.kill();
    }
    m_page.reset();
    m_manager.reset();
}

QTEST_MAIN(TestDeviceHealth)
#include "tst_devicehealth.moc"
