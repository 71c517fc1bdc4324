// Takes the README's console screenshots against a running server (docs/screenshots/
// take-console-screenshots.sh starts and fills it): the Staff, Tables, Service, Audit, Printers
// and Reports pages, a new PIN's dialog and the main window's approval strip.
//   tableside-console-screenshots SERVER_URL PIN LANG(bg|en) OUT_DIR
#include "consolewindow.h"
#include "mainwindow.h"
#include "reportspage.h"
#include "screenshotsession.h"
#include "staffpage.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QJsonArray>
#include <QListWidget>
#include <QTableView>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace tableside;
using namespace tableside::dashboard;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: %s SERVER_URL PIN bg|en OUT_DIR\n", argv[0]);
        return 2;
    }
    const QString lang = args.at(3);
    const QDir out(args.at(4));
    ScreenshotSession shots(QUrl(args.at(1)), lang);
    if (!shots.signIn(args.at(2)))
        return 1;
    MainWindow &window = *shots.window;
    QTest::qWait(800);
    const auto save = [&](QWidget *widget, const QString &name) {
        return ScreenshotSession::save(
            widget, out.filePath(name + QLatin1Char('-') + lang + QStringLiteral(".png")));
    };
    // The main window with orders waiting for approval.
    if (!save(&window, QStringLiteral("console-approval")))
        return 1;

    window.openConsole();
    ConsoleWindow *console = window.console();
    if (!console)
        return 1;
    console->resize(1280, 800);
    const QList<QPair<QString, QString>> pages {
        {QStringLiteral("StaffPage"), QStringLiteral("console-staff")},
        {QStringLiteral("TablesPage"), QStringLiteral("console-tables")},
        {QStringLiteral("ServicePage"), QStringLiteral("console-service")},
        {QStringLiteral("AuditPage"), QStringLiteral("console-audit")},
        {QStringLiteral("PrintersPage"), QStringLiteral("console-printers")},
        {QStringLiteral("ReportsPage"), QStringLiteral("console-reports")},
    };
    for (const auto &[objectName, file] : pages) {
        QWidget *page = console->page(objectName);
        if (!page)
            continue;
        for (int i = 0; i < console->pageCount(); ++i)
            if (console->page(i) == page)
                console->setCurrentPage(i);
        // The Reports page opens on yesterday: show today's business day, the script's orders.
        if (auto *reports = qobject_cast<ReportsPage *>(page)) {
            reports->fromEdit()->setDate(QDateTime::currentDateTime().addSecs(-4 * 3600).date());
            reports->reload();
        }
        QTest::qWait(1200); // the page's fetch
        // Printers: columns as wide as their text (a manager drags them so; else "127.0.0.…").
        if (objectName == u"PrintersPage")
            for (QTableView *table : page->findChildren<QTableView *>())
                table->resizeColumnsToContents();
        if (!save(console, file))
            return 1;
    }
    // A new PIN, shown once.
    auto *staff = qobject_cast<StaffPage *>(console->page(QStringLiteral("StaffPage")));
    qint64 id = 0;
    for (const QJsonValue &member : staff->staff())
        if (member.toObject().value(QStringLiteral("role")).toString() == u"waiter")
            id = member.toObject().value(QStringLiteral("id")).toInteger();
    for (int i = 0; i < console->pageCount(); ++i)
        if (console->page(i) == staff)
            console->setCurrentPage(i);
    staff->resetPin(id);
    if (!QTest::qWaitFor([&] { return staff->pinDialog() != nullptr; }, 20'000))
        return 1;
    QTest::qWait(300);
    return save(staff->pinDialog(), QStringLiteral("console-pin")) ? 0 : 1;
}
