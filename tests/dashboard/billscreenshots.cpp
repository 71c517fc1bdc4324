// Takes the README's bill screenshots against a running server (docs/screenshots/
// take-bill-screenshots.sh starts and fills it): the tables tab with mixed states, an open bill,
// and the bill as a PDF.
//   tableside-bill-screenshots SERVER_URL PIN LANG(bg|en) TABLE OUT_DIR
#include "billdialog.h"
#include "callalertpopup.h"
#include "mainwindow.h"
#include "pusherclient.h"
#include "screenshotsession.h"
#include "tablesmodel.h"
#include "tablesview.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace tableside;
using namespace tableside::dashboard;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: %s SERVER_URL PIN bg|en TABLE OUT_DIR\n", argv[0]);
        return 2;
    }
    const QString lang = args.at(3);
    const int table = args.at(4).toInt();
    const QDir out(args.at(5));
    // The tiles are the subject: the urgent popup (shown for the open calls) stays out of it.
    ScreenshotSession shots(QUrl(args.at(1)), lang);
    if (!shots.signIn(args.at(2)))
        return 1;
    MainWindow &window = *shots.window;
    window.tabs()->setCurrentWidget(window.tablesView());
    if (!QTest::qWaitFor([&] { return window.tablesModel()->rowCount() > 0; }, 20'000)) {
        std::fprintf(stderr, "no tables\n");
        return 1;
    }
    QTest::qWait(800); // the last refetch after the sign-in's snapshot
    const auto save = [&](QWidget *widget, const QString &name) {
        return ScreenshotSession::save(widget, out.filePath(name));
    };
    if (!save(&window, QStringLiteral("dashboard-tables-%1.png").arg(lang)))
        return 1;

    BillDialog *bill = window.openBill(table);
    if (!QTest::qWaitFor([&] { return bill->isLoaded(); }, 20'000))
        return 1;
    bill->resize(1100, 720);
    bill->setBillLanguage(lang == QLatin1String("bg") ? Language::Bulgarian : Language::English);
    bill->setMethod(QStringLiteral("cash"));
    bill->setTenderedCents(((bill->bill().total.euroCents() + 999) / 1000) * 1000);
    QTest::qWait(300);
    if (!save(bill, QStringLiteral("dashboard-bill-%1.png").arg(lang)))
        return 1;
    bill->setVenueLines({QStringLiteral("Механа „При Тони“"),
                         QStringLiteral("ул. Витоша 12, София"), QStringLiteral("ЕИК 123456789")});
    if (!bill->printTo(out.filePath(QStringLiteral("bill-%1.pdf").arg(lang))))
        return 1;
    return 0;
}
