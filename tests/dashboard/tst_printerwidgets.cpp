// The dashboard's printer widgets against the real server with a ticket printer in its config
// that is a fake network printer in the test (tests/printing/fakeprinter.h): the orange line
// on the main window and on the kitchen screen while the printer is off (printer-status), gone
// when it is back; the console's Printers page lists it and a test print reports its answer.
#include "dashboardclient.h"
#include "fakeprinter.h"
#include "kitchenclient.h"
#include "mainwindow.h"
#include "orderbody.h"
#include "printerspage.h"
#include "serverprocess.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {

constexpr int Timeout = 15'000;
const QString ManagerPin = QStringLiteral("135790");
constexpr int Salad = 10; // a kitchen item of the default menu

QLabel *alertLine(QWidget &window)
{
    return window.findChild<QLabel *>(QStringLiteral("PrinterAlert"));
}

QPushButton *buttonWithText(QWidget &parent, const QString &text)
{
    for (QPushButton *button : parent.findChildren<QPushButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

} // namespace

class TestPrinterWidgets : public QObject
{
    Q_OBJECT

private:
    FakePrinter m_printer;
    quint16 m_port = 0;
    std::unique_ptr<ServerProcess> m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_printer.listen());
        m_port = m_printer.port();
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->isValid());
        m_server->disableGuestLimits();
        m_server->setConfig(QStringLiteral("printers/kitchen/address"), m_printer.address());
        m_server->setConfig(QStringLiteral("printers/kitchen/station"), QStringLiteral("kitchen"));
        m_server->setConfig(QStringLiteral("printers/kitchen/codePage"), QStringLiteral("cp866"));
        m_server->setConfig(QStringLiteral("printers/kitchen/width"), 80);
        QVERIFY(m_server->addStaff(QStringLiteral("Mara"), ManagerPin, QStringLiteral("manager")));
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void lineShowsWhileThePrinterIsOff()
    {
        DashboardClient manager;
        MainWindow window(&manager.session());
        QVERIFY(manager.signIn(m_server->url(), ManagerPin));
        KitchenSettings station;
        station.station = QStringLiteral("kitchen");
        KitchenClient kitchen(station);
        QVERIFY(kitchen.signIn(m_server->url(), ManagerPin));
        QLabel *line = alertLine(window);
        QLabel *kitchenLine = alertLine(kitchen.window());
        QVERIFY(line);
        QVERIFY(kitchenLine);
        QVERIFY(line->isHidden());
        QVERIFY(kitchenLine->isHidden());

        // Switched off; the next ticket finds it so (printer-status offline).
        m_printer.close();
        QCOMPARE(m_server->http()
                     .postJson(QStringLiteral("/api/orders/create"), orderBody(3, {{Salad, 1}}))
                     .status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(!line->isHidden(), Timeout);
        QVERIFY2(line->text().contains(QStringLiteral("Printer kitchen: offline")),
                 qPrintable(line->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!kitchenLine->isHidden(), Timeout);
        QVERIFY2(kitchenLine->text().contains(QStringLiteral("Printer kitchen: offline")),
                 qPrintable(kitchenLine->text()));
        QVERIFY(!line->toolTip().isEmpty()); // the server's reason ("cannot connect to …")

        // Back on: the retried ticket prints (printer-status ok) and both lines go.
        QVERIFY(m_printer.listen(m_port));
        QTRY_VERIFY_WITH_TIMEOUT(line->isHidden(), 45'000);
        QTRY_VERIFY_WITH_TIMEOUT(kitchenLine->isHidden(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_printer.tickets().size(), 1, Timeout);

        // A dashboard that signs in while the printer is off shows the line at once
        // (GET /api/printers/status), without waiting for an event.
        m_printer.close();
        QCOMPARE(m_server->http()
                     .postJson(QStringLiteral("/api/orders/create"), orderBody(4, {{Salad, 1}}))
                     .status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(!line->isHidden(), Timeout);
        DashboardClient late;
        MainWindow lateWindow(&late.session());
        QVERIFY(late.signIn(m_server->url(), ManagerPin));
        QTRY_VERIFY_WITH_TIMEOUT(!alertLine(lateWindow)->isHidden(), Timeout);
        QVERIFY(m_printer.listen(m_port));
        QTRY_VERIFY_WITH_TIMEOUT(alertLine(lateWindow)->isHidden(), 45'000);
        QTRY_VERIFY_WITH_TIMEOUT(line->isHidden(), Timeout);
    }

    void printersPageExplainsWhenThereAreNone()
    {
        ServerProcess server; // no printers/… in its config
        QVERIFY(server.isValid());
        QVERIFY(server.addStaff(QStringLiteral("Mara"), ManagerPin, QStringLiteral("manager")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        DashboardClient manager;
        QVERIFY(manager.signIn(server.url(), ManagerPin));
        PrintersPage page(&manager.session());
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.answers() > 0, Timeout);
        QVERIFY(page.table()->isHidden());
        QVERIFY(!page.emptyLabel()->isHidden());
        QVERIFY2(page.emptyLabel()->text().contains(QStringLiteral("printers/<name>/address")),
                 qPrintable(page.emptyLabel()->text()));
    }

    void printersPageListsAndTestPrints()
    {
        DashboardClient manager;
        QVERIFY(manager.signIn(m_server->url(), ManagerPin));
        PrintersPage page(&manager.session());
        page.resize(1024, 600);
        page.show(); // a shown page loads itself
        QTRY_COMPARE_WITH_TIMEOUT(page.printers().size(), 1, Timeout);
        QTableWidget *table = page.table();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!table->isHidden());
        QVERIFY(page.emptyLabel()->isHidden());
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("kitchen"));
        QCOMPARE(table->item(0, 1)->text(), m_printer.address());
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("kitchen"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("cp866"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("80 mm"));
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("ready"));
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral("0 waiting"));

        // Nothing chosen: the page says so and sends nothing.
        QPushButton *test = buttonWithText(page, QStringLiteral("Test print"));
        QVERIFY(test);
        table->clearSelection();
        table->setCurrentCell(-1, -1);
        const int before = page.answers();
        QTest::mouseClick(test, Qt::LeftButton);
        QCOMPARE(page.statusText(), QStringLiteral("Choose a printer first."));
        QCOMPARE(page.answers(), before);

        // A test print: the page shows what the printer answered, and the page is on paper.
        const qsizetype tickets = m_printer.tickets().size();
        table->selectRow(0);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.statusText().startsWith(QStringLiteral("kitchen printed the test page: ")),
            Timeout);
        QVERIFY(page.statusText().size()
                > QStringLiteral("kitchen printed the test page: ").size());
        QTRY_COMPARE_WITH_TIMEOUT(m_printer.tickets().size(), tickets + 1, Timeout);
        QVERIFY(m_printer.tickets().last().text().contains(QStringLiteral("TEST PRINT")));

        // Out of paper: the printer's own answer (DLE EOT), and the state column follows.
        m_printer.setPaperOut(true);
        table->selectRow(0);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.statusText().startsWith(QStringLiteral("kitchen did not print: ")), Timeout);
        QVERIFY2(page.statusText().contains(QStringLiteral("paper out")),
                 qPrintable(page.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->item(0, 6)->text(), QStringLiteral("out of paper"),
                                  Timeout);
        QCOMPARE(m_printer.tickets().size(), tickets + 1); // nothing printed

        // Switched off: the connection error, and "offline".
        m_printer.setPaperOut(false);
        m_printer.close();
        table->selectRow(0);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.statusText().startsWith(QStringLiteral("kitchen did not print: ")), Timeout);
        QVERIFY2(page.statusText().contains(QStringLiteral("cannot connect")),
                 qPrintable(page.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->item(0, 6)->text(), QStringLiteral("offline"),
                                  Timeout);

        // Back on: the test print says so again and the state is "ready".
        QVERIFY(m_printer.listen(m_port));
        table->selectRow(0);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.statusText().startsWith(QStringLiteral("kitchen printed the test page: ")),
            Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->item(0, 6)->text(), QStringLiteral("ready"),
                                  Timeout);
    }
};

QTEST_MAIN(TestPrinterWidgets)
#include "tst_printerwidgets.moc"
