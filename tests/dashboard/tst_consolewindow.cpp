// The manager's console against the real server (issue 16): only managers get the menu entry;
// the pages are there; reset a PIN (shown once, the old PIN stops working), add a member, flip
// a service switch (a guest's order is refused at once), add a table, read the audit log.
#include "auditpage.h"
#include "consolewindow.h"
#include "dashboardclient.h"
#include "mainwindow.h"
#include "orderbody.h"
#include "serverprocess.h"
#include "servicepage.h"
#include "staffpage.h"
#include "tablespage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {

constexpr int Timeout = 10'000;

qint64 idOf(const StaffPage &page, const QString &name)
{
    for (const QJsonValue &member : page.staff())
        if (member.toObject().value(QStringLiteral("name")).toString() == name)
            return member.toObject().value(QStringLiteral("id")).toInteger();
    return 0;
}

} // namespace

class TestConsoleWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->isValid());
        QVERIFY(m_server->addStaff(QStringLiteral("Mara"), QStringLiteral("135790"),
                                   QStringLiteral("manager")));
        QVERIFY(m_server->addStaff(QStringLiteral("Wim"), QStringLiteral("246802")));
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void onlyManagersGetTheConsole()
    {
        DashboardClient waiter;
        MainWindow waiterWindow(&waiter.session());
        QVERIFY(waiter.signIn(m_server->url(), QStringLiteral("246802")));
        QVERIFY(!waiterWindow.consoleAction()->isVisible());
        waiterWindow.openConsole();
        QVERIFY(!waiterWindow.console());

        DashboardClient manager;
        MainWindow managerWindow(&manager.session());
        QVERIFY(manager.signIn(m_server->url(), QStringLiteral("135790")));
        // The entry's visibility is decided each time the menu opens.
        auto *menu = qobject_cast<QMenu *>(managerWindow.consoleAction()->parent());
        QVERIFY(menu);
        emit menu->aboutToShow();
        QVERIFY(managerWindow.consoleAction()->isVisible());
        managerWindow.openConsole();
        ConsoleWindow *console = managerWindow.console();
        QVERIFY(console);
        for (const char *name : {"StaffPage", "TablesPage", "ServicePage", "AuditPage"})
            QVERIFY2(console->page(QString::fromLatin1(name)), name);
        QCOMPARE(console->pageList()->count(), console->pageCount());
        console->close();
        QTRY_VERIFY(!managerWindow.console());
    }

    void resetAPinAndAddAMember()
    {
        DashboardClient manager;
        QVERIFY(manager.signIn(m_server->url(), QStringLiteral("135790")));
        ConsoleWindow console(&manager.session());
        auto *page = qobject_cast<StaffPage *>(console.page(QStringLiteral("StaffPage")));
        QVERIFY(page);
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(idOf(*page, QStringLiteral("Wim")) > 0, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(page->table()->rowCount(), int(page->staff().size()), Timeout);

        page->resetPin(idOf(*page, QStringLiteral("Wim")));
        QTRY_VERIFY_WITH_TIMEOUT(page->pinDialog(), Timeout);
        const QString text = page->pinDialog()->text();
        const QRegularExpressionMatch pin
            = QRegularExpression(QStringLiteral("\\b(\\d{6})\\b")).match(text);
        QVERIFY2(pin.hasMatch(), qPrintable(text));
        QVERIFY(m_server->http().login(QStringLiteral("246802")).isEmpty());
        QVERIFY(!m_server->http().login(pin.captured(1)).isEmpty());
        page->pinDialog()->accept();
        QTRY_VERIFY(!page->pinDialog());

        page->addMember(QStringLiteral("Гергана"), QStringLiteral("kitchen"));
        QTRY_VERIFY_WITH_TIMEOUT(idOf(*page, QStringLiteral("Гергана")) > 0, Timeout);
        QVERIFY(page->pinDialog());
        // A refusal (a name taken) is shown on the page's status line.
        const int answers = page->answers();
        page->renameMember(idOf(*page, QStringLiteral("Гергана")), QStringLiteral("wim"));
        QTRY_VERIFY_WITH_TIMEOUT(page->answers() > answers, Timeout);
        QVERIFY2(page->statusText().contains(QStringLiteral("wim")),
                 qPrintable(page->statusText()));
    }

    void anotherManagersChangeShowsLive()
    {
        DashboardClient manager;
        QVERIFY(manager.signIn(m_server->url(), QStringLiteral("135790")));
        ConsoleWindow console(&manager.session());
        auto *page = qobject_cast<StaffPage *>(console.page(QStringLiteral("StaffPage")));
        QVERIFY(page);
        for (int i = 0; i < console.pageCount(); ++i)
            if (console.page(i) == page)
                console.setCurrentPage(i);
        console.show(); // a shown page reloads on venue-change events
        QTRY_VERIFY_WITH_TIMEOUT(idOf(*page, QStringLiteral("Mara")) > 0, Timeout);
        // Another manager (here: a script) adds someone: this page shows them by itself.
        int status = 0;
        m_server->http().json("POST", QStringLiteral("/api/admin/staff"),
                              {{"name", "Стефан"}, {"role", "waiter"}},
                              m_server->http().login(QStringLiteral("135790")), &status);
        QCOMPARE(status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(idOf(*page, QStringLiteral("Стефан")) > 0, Timeout);
    }

    void flipASwitch()
    {
        DashboardClient manager;
        QVERIFY(manager.signIn(m_server->url(), QStringLiteral("135790")));
        ConsoleWindow console(&manager.session());
        auto *page = qobject_cast<ServicePage *>(console.page(QStringLiteral("ServicePage")));
        QVERIFY(page);
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(page->answers() > 0, Timeout);
        QVERIFY(page->orderingSwitch()->isChecked());
        page->orderingMessage()->setText(QStringLiteral("Kitchen closed — drinks at the bar"));
        int answers = page->answers();
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->answers() > answers, Timeout);
        QVERIFY2(page->statusText().startsWith(QStringLiteral("Saved")),
                 qPrintable(page->statusText()));
        answers = page->answers();
        page->orderingSwitch()->click(); // one tap: off
        QTRY_VERIFY_WITH_TIMEOUT(page->answers() > answers, Timeout);
        QVERIFY(!page->orderingSwitch()->isChecked());
        const HttpReply refused = m_server->http().postJson(QStringLiteral("/api/orders/create"),
                                                            orderBody(2, {{1, 1}}));
        QCOMPARE(refused.status, 423);
        QCOMPARE(refused.json().value("message").toString(),
                 QStringLiteral("Kitchen closed — drinks at the bar"));
        answers = page->answers();
        page->orderingSwitch()->click(); // and back on
        QTRY_VERIFY_WITH_TIMEOUT(page->answers() > answers, Timeout);
        QCOMPARE(m_server->http()
                     .postJson(QStringLiteral("/api/orders/create"), orderBody(2, {{1, 1}}))
                     .status,
                 201);
    }

    void tablesAndAudit()
    {
        DashboardClient manager;
        QVERIFY(manager.signIn(m_server->url(), QStringLiteral("135790")));
        ConsoleWindow console(&manager.session());
        auto *tables = qobject_cast<TablesPage *>(console.page(QStringLiteral("TablesPage")));
        auto *audit = qobject_cast<AuditPage *>(console.page(QStringLiteral("AuditPage")));
        QVERIFY(tables && audit);
        tables->addTable({{"number", 55}, {"name", "Терасата"}, {"area", "terrace"}, {"seats", 4}});
        QTRY_VERIFY_WITH_TIMEOUT(tables->table()->rowCount() == 21, Timeout);
        // A duplicate number: the server's refusal on the status line, nothing added.
        const int answers = tables->answers();
        tables->addTable({{"number", 55}});
        QTRY_VERIFY_WITH_TIMEOUT(tables->answers() > answers, Timeout);
        QVERIFY2(tables->statusText().contains(QStringLiteral("55")),
                 qPrintable(tables->statusText()));
        // The QR cards of a selection: a PDF made by the server, saved here.
        QTemporaryDir dir;
        const QString pdfPath = dir.filePath(QStringLiteral("cards.pdf"));
        QSignalSpy saved(tables, &TablesPage::cardsSaved);
        tables->printCards({1, 55}, pdfPath);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 30'000);
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // Not for a waiter; not for a table that does not exist.
        const QString waiter = m_server->http().login(QStringLiteral("246802"));
        if (!waiter.isEmpty()) {
            int status = 0;
            m_server->http().json("POST", QStringLiteral("/api/admin/tables/qr-cards"),
                                  {{"tables", QJsonArray {1}}}, waiter, &status);
            QCOMPARE(status, 403);
        }
        int status = 0;
        m_server->http().json("POST", QStringLiteral("/api/admin/tables/qr-cards"),
                              {{"tables", QJsonArray {1, 999}}},
                              m_server->http().login(QStringLiteral("135790")), &status);
        QCOMPARE(status, 400);

        audit->reload();
        QTRY_VERIFY_WITH_TIMEOUT(audit->table()->rowCount() >= 5, Timeout);
        QCOMPARE(audit->table()->item(0, 2)->text(), QStringLiteral("table.create"));
        QCOMPARE(audit->table()->item(0, 1)->text(), QStringLiteral("Mara"));
        audit->filter()->setCurrentIndex(1); // staff only
        QTRY_VERIFY_WITH_TIMEOUT(
            audit->table()->rowCount() > 0
                && audit->table()->item(0, 2)->text().startsWith(QStringLiteral("staff.")),
            Timeout);
        for (int row = 0; row < audit->table()->rowCount(); ++row)
            QVERIFY(audit->table()->item(row, 2)->text().startsWith(QStringLiteral("staff.")));
    }
};

QTEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
