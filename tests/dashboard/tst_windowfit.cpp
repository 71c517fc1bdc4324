// The dashboard on a small tablet's screen, offscreen: at 1024×600 every control of the top
// bar and all three status columns lie inside the window; at 800×1280 (portrait) the
// New / Preparing / Ready switcher shows and one column at a time; WindowPlacement starts a
// window at the screen's available size and full screen at the screen's geometry; with two
// waiter calls open at 1024×600, each column's first order card shows whole, button included.
#include "calllistmodel.h"
#include "cardlistview.h"
#include "connectionindicator.h"
#include "dashboardsession.h"
#include "dashboardsettings.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "orderlistmodel.h"
#include "sampledata.h"
#include "statuscolumnswitcher.h"
#include "theme.h"
#include "windowplacement.h"

#include <QApplication>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tableside;
using namespace tableside::dashboard;
using namespace tableside::testkit;

namespace {
// Whether @p widget is shown and its whole rectangle lies inside @p window.
bool insideWindow(const QWidget *widget, const QWidget *window)
{
    if (!widget->isVisible())
        return false;
    const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return window->rect().contains(rect);
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyControlInsideAtTabletSizes_data();
    void everyControlInsideAtTabletSizes();
    void firstCardWholeWithTwoCallsOpen();
    void portraitShowsOneColumnAtATime();
    void switcherFollowsTheButtons();
    void startsAtTheScreensAvailableSize();
    void fullScreenTakesTheScreensGeometry();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DashboardSettings> m_settings;
    std::unique_ptr<DashboardSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowFit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<DashboardSettings>(m_dir->filePath(QStringLiteral("d.ini")));
    m_session = std::make_unique<DashboardSession>(m_settings.get());
    ThemeManager::apply(Theme::Light);
    m_window = std::make_unique<MainWindow>(m_session.get());
}

void TestWindowFit::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

void TestWindowFit::everyControlInsideAtTabletSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("7-inch landscape 1024x600") << QSize(1024, 600);
    QTest::newRow("landscape 1280x800") << QSize(1280, 800);
    QTest::newRow("portrait 800x1280") << QSize(800, 1280);
}

void TestWindowFit::everyControlInsideAtTabletSizes()
{
    QFETCH(QSize, size);
    QVERIFY2(m_window->minimumSizeHint().width() <= size.width()
                 && m_window->minimumSizeHint().height() <= size.height(),
             qPrintable(QStringLiteral("minimum %1x%2")
                            .arg(m_window->minimumSizeHint().width())
                            .arg(m_window->minimumSizeHint().height())));
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->size(), size);

    auto *menu = m_window->findChild<QToolButton *>();
    QVERIFY(menu);
    QVERIFY2(insideWindow(menu, m_window.get()), "the ☰ Menu button");
    QVERIFY2(insideWindow(m_window->connectionIndicator(), m_window.get()), "the connection light");
    QVERIFY2(insideWindow(m_window->tabs()->tabBar(), m_window.get()), "the tabs");
    const bool portrait = size.height() > size.width();
    QCOMPARE(m_window->statusSwitcher()->isVisible(), portrait);
    for (OrderStatus status : {OrderStatus::Pending, OrderStatus::Preparing, OrderStatus::Ready}) {
        CardListView *view = m_window->ordersView(status);
        QVERIFY(view);
        if (portrait) {
            m_window->statusSwitcher()->setCurrent(int(status) - int(OrderStatus::Pending));
            QVERIFY2(insideWindow(m_window->statusSwitcher()->button(int(status)), m_window.get()),
                     "a switcher button");
        }
        QVERIFY2(insideWindow(view, m_window.get()),
                 qPrintable(QStringLiteral("column %1").arg(int(status))));
    }
}

void TestWindowFit::firstCardWholeWithTwoCallsOpen()
{
    LanguageSwitcher language;
    QVERIFY(language.setLanguage(Language::Bulgarian)); // the longer words
    m_window->resize(1024, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_session->calls()->upsert(sampleCall(QStringLiteral("c1"), 4, CallStatus::Pending));
    m_session->calls()->upsert(
        sampleCall(QStringLiteral("c2"), 9, CallStatus::Acknowledged, QStringLiteral("Мария")));
    m_session->orders()->upsert(sampleOrder(QStringLiteral("o1"), 1, OrderStatus::Pending, 2, 970,
                                            QStringLiteral("Manager")));
    m_session->orders()->upsert(sampleOrder(QStringLiteral("o2"), 2, OrderStatus::Preparing, 2, 970,
                                            QStringLiteral("Manager")));
    m_session->orders()->upsert(sampleOrder(QStringLiteral("o3"), 3, OrderStatus::Ready, 2, 970,
                                            QStringLiteral("Manager")));
    for (OrderStatus status : {OrderStatus::Pending, OrderStatus::Preparing, OrderStatus::Ready}) {
        CardListView *view = m_window->ordersView(status);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTRY_VERIFY(view->visualRect(view->model()->index(0, 0)).height() > 0);
    }
    // TABLESIDE_WINDOWFIT_SHOT=file.png keeps a picture of this screen to look at.
    if (const QByteArray path = qgetenv("TABLESIDE_WINDOWFIT_SHOT"); !path.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(path));
    for (OrderStatus status : {OrderStatus::Pending, OrderStatus::Preparing, OrderStatus::Ready}) {
        CardListView *view = m_window->ordersView(status);
        // The action button is the card's bottom row (6 px margin, 14 px padding below it).
        const QRect card = view->visualRect(view->model()->index(0, 0));
        const QRect button(card.left() + 20, card.bottom() - 6 - 14 - ThemeManager::TouchTarget + 1,
                           card.width() - 40, ThemeManager::TouchTarget);
        QVERIFY2(view->viewport()->rect().contains(button),
                 qPrintable(QStringLiteral("column %1: button %2,%3 %4x%5 in a %6 px viewport")
                                .arg(int(status))
                                .arg(button.x())
                                .arg(button.y())
                                .arg(button.width())
                                .arg(button.height())
                                .arg(view->viewport()->height())));
    }
    QVERIFY(language.setLanguage(Language::English));
}

void TestWindowFit::portraitShowsOneColumnAtATime()
{
    m_window->resize(800, 1280);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    StatusColumnSwitcher *switcher = m_window->statusSwitcher();
    QTRY_VERIFY(switcher->isVisible());
    QCOMPARE(switcher->count(), 3);
    const auto visibleColumns = [this] {
        int visible = 0;
        for (OrderStatus status :
             {OrderStatus::Pending, OrderStatus::Preparing, OrderStatus::Ready})
            visible += static_cast<QWidget *>(m_window->ordersView(status))->isVisible();
        return visible;
    };
    QCOMPARE(visibleColumns(), 1);
    QTest::mouseClick(switcher->button(2), Qt::LeftButton);
    QCOMPARE(switcher->current(), 2);
    QVERIFY(static_cast<QWidget *>(m_window->ordersView(OrderStatus::Ready))->isVisible());
    QVERIFY(!static_cast<QWidget *>(m_window->ordersView(OrderStatus::Pending))->isVisible());
    QCOMPARE(visibleColumns(), 1);
    // Each button is at least touch-sized and names its column with the count.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(switcher->button(i)->height() >= ThemeManager::TouchTarget);
        QVERIFY2(switcher->button(i)->text().contains(QStringLiteral("(0)")),
                 qPrintable(switcher->button(i)->text()));
    }
    // Back to landscape: the switcher hides, every column shows.
    m_window->resize(1280, 800);
    QTRY_VERIFY(!switcher->isVisible());
    QCOMPARE(visibleColumns(), 3);
}

void TestWindowFit::switcherFollowsTheButtons()
{
    QWidget parent;
    StatusColumnSwitcher switcher;
    QWidget a, b;
    switcher.addColumn(&a);
    switcher.addColumn(&b);
    switcher.setLabel(1, QStringLiteral("Ready (3)"));
    QCOMPARE(switcher.button(1)->text(), QStringLiteral("Ready (3)"));
    QSignalSpy changed(&switcher, &StatusColumnSwitcher::currentChanged);
    switcher.setPortrait(true);
    QVERIFY(!a.isHidden());
    QVERIFY(b.isHidden());
    switcher.setCurrent(1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(a.isHidden());
    QVERIFY(!b.isHidden());
    QVERIFY(switcher.button(1)->isChecked());
    switcher.setCurrent(7); // out of range: ignored
    QCOMPARE(switcher.current(), 1);
    switcher.setPortrait(false);
    QVERIFY(!a.isHidden());
    QVERIFY(!b.isHidden());
    QVERIFY(switcher.isHidden());
}

void TestWindowFit::startsAtTheScreensAvailableSize()
{
    QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    QCOMPARE(WindowPlacement::startGeometry(screen), screen->availableGeometry());
    MainWindow window(m_session.get());
    // The constructor already fitted it (no fixed 1280×800).
    QCOMPARE(window.size(), screen->availableGeometry().size().expandedTo(window.minimumSize()));
}

void TestWindowFit::fullScreenTakesTheScreensGeometry()
{
    m_window->resize(640, 480);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->applyFullScreen(true);
    QVERIFY(m_window->isFullScreen());
    QTRY_COMPARE(m_window->geometry(), m_window->screen()->geometry());
    m_window->applyFullScreen(false);
    QTRY_VERIFY(!m_window->isFullScreen());
    QTRY_COMPARE(m_window->size(), m_window->screen()->availableGeometry().size());
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
