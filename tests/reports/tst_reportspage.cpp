// The console's Reports page against the real server: a manager shows today's report, the key
// numbers and tables are the server's, the CSV export writes the server's files byte for byte,
// and Export PDF saves the server's PDF. Screenshots of the page in bg and en go to
// $TABLESIDE_SCREENSHOTS (docs/screenshots) when it is set.
#include "dashboardclient.h"
#include "reportspage.h"
#include "reporttablemodel.h"
#include "serverprocess.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside::dashboard;

namespace {
constexpr int Timeout = 20'000;
const QString ManagerPin = QStringLiteral("135790");
} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ServerProcess> m_server;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->isValid());
        QVERIFY(m_server->addStaff(QStringLiteral("Mara"), ManagerPin, QStringLiteral("manager")));
        m_server->disableGuestLimits();
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
        for (int table = 1; table <= 6; ++table)
            QVERIFY(!m_server->guest().createOrder(table, 1 + table % 3).isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void showsAndExportsTodaysReport()
    {
        DashboardClient manager;
        QVERIFY(manager.signIn(m_server->url(), ManagerPin));
        ReportsPage page(&manager.session());
        page.resize(1280, 900);
        page.show();
        page.fromEdit()->setDate(QDateTime::currentDateTime().addSecs(-4 * 3600).date());
        const int answers = page.answers();
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.answers() > answers, Timeout);
        const QJsonObject summary = page.report().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("orders")).toInteger(), 6);
        QVERIFY(page.keyNumber(QStringLiteral("orders")).contains(QStringLiteral(">6<")));
        QCOMPARE(page.model(QStringLiteral("by_table"))->rowCount(), 6);
        // CSV from the page = the server's CSV.
        QTemporaryDir out;
        QVERIFY(page.writeCsv(out.path()));
        const QString day = page.report().value(QStringLiteral("from")).toString();
        for (const QString &table : {QStringLiteral("by_product"), QStringLiteral("by_hour"),
                                     QStringLiteral("stations"), QStringLiteral("calls")}) {
            const HttpReply reply = m_server->http().request(
                "GET", QStringLiteral("/api/reports/csv?day=%1&table=%2").arg(day, table), {},
                m_server->http().login(ManagerPin));
            QFile file(QDir(out.path()).filePath(table + QStringLiteral(".csv")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), reply.body);
        }
        // The PDF through the page.
        const QString pdf = out.filePath(QStringLiteral("day.pdf"));
        QSignalSpy answered(&page, &ConsolePage::answered);
        page.savePdf(pdf, QStringLiteral("en"));
        QTRY_VERIFY_WITH_TIMEOUT(answered.count() > 0, 60'000);
        QFile saved(pdf);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.read(5) == "%PDF-");
        const QString shots = qEnvironmentVariable("TABLESIDE_SCREENSHOTS");
        if (!shots.isEmpty())
            QVERIFY(page.grab().save(QDir(shots).filePath(QStringLiteral("reports-page.png"))));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
