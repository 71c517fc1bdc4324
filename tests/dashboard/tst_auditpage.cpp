// The console's Audit page against the real server (issue 16): date filters (from / to, whole
// local days; "All dates" clears them), older entries a page at a time, touch sizes.
#include "auditpage.h"
#include "dashboardclient.h"
#include "serverprocess.h"
#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {
constexpr int Timeout = 10'000;
constexpr int Switches = 5;
} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.addStaff(QStringLiteral("Mara"), QStringLiteral("135790"),
                                  QStringLiteral("manager")));
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        // Today's entries: a few service switches (one entry each).
        const QString token = m_server.http().login(QStringLiteral("135790"));
        QVERIFY(!token.isEmpty());
        for (int i = 0; i < Switches; ++i) {
            int status = 0;
            m_server.http().json("PUT", QStringLiteral("/api/admin/service"),
                                 {{"guestOrdering", i % 2 == 1}}, token, &status);
            QCOMPARE(status, 200);
        }
        QVERIFY(m_client.signIn(m_server.url(), QStringLiteral("135790")));
    }

    void touchSizes()
    {
        AuditPage page(&m_client.session());
        for (QWidget *widget : std::initializer_list<QWidget *> {page.filter(), page.fromDate(),
                                                                 page.toDate(), page.olderButton()})
            QVERIFY(widget->minimumSizeHint().height() >= ThemeManager::TouchTarget
                    || widget->minimumHeight() >= ThemeManager::TouchTarget);
    }

    void dateFilter()
    {
        AuditPage page(&m_client.session());
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.table()->rowCount() >= Switches, Timeout);
        const int all = page.table()->rowCount();
        const QDate today = QDate::currentDate();

        // From tomorrow: nothing yet.
        page.fromDate()->setDate(today.addDays(1));
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), 0, Timeout);
        // … and the page says so rather than showing an empty table.
        QTRY_VERIFY_WITH_TIMEOUT(!page.emptyLabel()->isHidden(), Timeout);
        QVERIFY(page.table()->isHidden());
        QCOMPARE(page.emptyLabel()->text(), QStringLiteral("No changes recorded for this filter."));
        // Up to yesterday: nothing either (the server started today).
        page.clearDates();
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), all, Timeout);
        QVERIFY(page.emptyLabel()->isHidden());
        QVERIFY(!page.table()->isHidden());
        page.toDate()->setDate(today.addDays(-1));
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), 0, Timeout);
        // Today only, from and to: every entry, each of them today.
        page.toDate()->setDate(today);
        page.fromDate()->setDate(today);
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), all, Timeout);
        for (const QJsonValue &entry : page.entries()) {
            const QDateTime at = QDateTime::fromString(
                entry.toObject().value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
            QCOMPARE(at.toLocalTime().date(), today);
        }
        // With the area filter too: the service switches only.
        page.filter()->setCurrentIndex(3); // Service
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), Switches, Timeout);
        page.clearDates();
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), Switches, Timeout);
        QCOMPARE(page.fromDate()->date(), page.fromDate()->minimumDate());
    }

    void olderEntriesPageByPage()
    {
        AuditPage page(&m_client.session());
        page.setPageSize(2);
        page.filter()->setCurrentIndex(3); // Service: Switches entries
        page.reload();
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), 2, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(page.olderButton()->isEnabled(), Timeout);
        QTest::mouseClick(page.olderButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), 4, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(page.olderButton()->isEnabled(), Timeout);
        QTest::mouseClick(page.olderButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), Switches, Timeout);
        // The last page was not full: nothing older.
        QVERIFY(!page.olderButton()->isEnabled());
        // Newest first across pages: ids only go down.
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &entry : page.entries()) {
            const qint64 id = entry.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY(id < previous);
            previous = id;
        }
    }

private:
    ServerProcess m_server;
    DashboardClient m_client;
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
