// Widgets offscreen: run-time language switch (bg ↔ en) without restart, touch-sized cards and
// buttons, stacked dismissable toasts, the red pulsing call popup, themes, settings dialog.
#include "callalertpopup.h"
#include "callcarddelegate.h"
#include "calllistmodel.h"
#include "cardlistview.h"
#include "connectionindicator.h"
#include "dashboardsession.h"
#include "dashboardsettings.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "ordercarddelegate.h"
#include "orderlistmodel.h"
#include "sampledata.h"
#include "settingsdialog.h"
#include "soundplayer.h"
#include "theme.h"
#include "toastarea.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tableside;
using namespace tableside::dashboard;
using namespace tableside::testkit;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void switchesLanguageAtRunTime();
    void cardsAreTouchSized_data();
    void cardsAreTouchSized();
    void toastsStackAndDismiss();
    void toastsLeaveTheTopBarFree();
    void callPopupPulsesUntilAcknowledged();
    void themesChangeThePalette();
    void settingsDialogWritesSettings();
    void soundTestButtonPlays();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DashboardSettings> m_settings;
    std::unique_ptr<DashboardSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    LanguageSwitcher m_language;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<DashboardSettings>(m_dir->filePath(QStringLiteral("d.ini")));
    m_session = std::make_unique<DashboardSession>(m_settings.get());
    ThemeManager::apply(Theme::Light);
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    m_session->orders()->upsert(sampleOrder(QStringLiteral("o1"), 1, OrderStatus::Pending, 2));
    QVERIFY(m_language.setLanguage(Language::Bulgarian));
    QTRY_COMPARE(m_window->tabs()->tabText(0), QStringLiteral("Активни (1)"));
    QCOMPARE(m_window->tabs()->tabText(1), QStringLiteral("История"));
    QVERIFY(
        m_window->connectionIndicator()->stateText().startsWith(QStringLiteral("Без връзка от ")));
    QVERIFY(m_window->findChild<QToolButton *>()->text().contains(QStringLiteral("Меню")));
    QVERIFY(m_language.setLanguage(Language::English));
    QTRY_COMPARE(m_window->tabs()->tabText(0), QStringLiteral("Active (1)"));
    QCOMPARE(m_window->tabs()->tabText(1), QStringLiteral("History"));
    QVERIFY(m_language.setLanguage(Language::Bulgarian));
    QTRY_COMPARE(m_window->tabs()->tabText(1), QStringLiteral("История"));
    QVERIFY(m_language.setLanguage(Language::English));
}

void TestMainWindow::cardsAreTouchSized_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("items");
    QTest::newRow("new, 1 item") << int(OrderStatus::Pending) << 1;
    QTest::newRow("preparing, 5 items") << int(OrderStatus::Preparing) << 5;
    QTest::newRow("ready, 2 items") << int(OrderStatus::Ready) << 2;
}

void TestMainWindow::cardsAreTouchSized()
{
    QFETCH(int, status);
    QFETCH(int, items);
    m_session->orders()->upsert(sampleOrder(QStringLiteral("o"), 7, OrderStatus(status), items));
    CardListView *view = m_window->ordersView(OrderStatus(status));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QRect card = view->visualRect(view->model()->index(0, 0));
    // Header + one line per item (+ note) + total + a 52 px button row.
    QVERIFY2(card.height() >= 2 * 6 + 2 * 14 + 36 + items * 20 + ThemeManager::TouchTarget,
             qPrintable(QString::number(card.height())));
    QVERIFY(ThemeManager::TouchTarget >= 48);
    QVERIFY(card.width() >= 280);
    // Painting works and produces a non-empty image.
    const QImage image = view->viewport()->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(!OrderCardDelegate::actionsFor(OrderStatus(status)).isEmpty());
}

void TestMainWindow::toastsStackAndDismiss()
{
    ToastArea *area = m_window->toasts();
    for (int i = 0; i < 7; ++i)
        area->showToast(Toast::Kind::Order, QStringLiteral("Order #%1").arg(i));
    QCOMPARE(area->toasts().size(), 5); // newest five
    QCOMPARE(area->toasts().first()->title(), QStringLiteral("Order #6"));
    QVERIFY(area->isVisible());
    Toast *top = area->toasts().first();
    auto *close = top->findChild<QToolButton *>();
    QVERIFY(close);
    QVERIFY(close->height() >= 48);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(area->toasts().size(), 4);
    QCOMPARE(area->toasts().first()->title(), QStringLiteral("Order #5"));
    // Toasts also close themselves.
    area->showToast(Toast::Kind::Info, QStringLiteral("short"), {}, 50);
    QTRY_COMPARE(area->toasts().size(), 4);
}

void TestMainWindow::toastsLeaveTheTopBarFree()
{
    // At start without a sound device a toast says so: ☰ Menu must stay reachable under it.
    QToolButton *menu = nullptr;
    for (QToolButton *button : m_window->findChildren<QToolButton *>())
        if (button->text().contains(QStringLiteral("☰")))
            menu = button;
    QVERIFY(menu);
    ToastArea *area = m_window->toasts();
    area->showToast(Toast::Kind::Warning, QStringLiteral("Sound is muted"),
                    QStringLiteral("No sound device"));
    QVERIFY(area->isVisible());
    const QRect menuRect(menu->mapTo(m_window.get(), QPoint(0, 0)), menu->size());
    const QRect toastRect(area->mapTo(m_window.get(), QPoint(0, 0)), area->size());
    QVERIFY2(!toastRect.intersects(menuRect),
             qPrintable(QStringLiteral("toast %1,%2 %3x%4 over menu %5,%6 %7x%8")
                            .arg(toastRect.x())
                            .arg(toastRect.y())
                            .arg(toastRect.width())
                            .arg(toastRect.height())
                            .arg(menuRect.x())
                            .arg(menuRect.y())
                            .arg(menuRect.width())
                            .arg(menuRect.height())));
    // Still so after the window changes size (a tablet's 1024×600).
    m_window->resize(1024, 600);
    QTRY_VERIFY(!QRect(area->mapTo(m_window.get(), QPoint(0, 0)), area->size())
                     .intersects(QRect(menu->mapTo(m_window.get(), QPoint(0, 0)), menu->size())));
    // The tap on the menu button reaches the button.
    const QPoint centre = menu->mapTo(m_window.get(), menu->rect().center());
    QCOMPARE(m_window->childAt(centre), menu);
}

void TestMainWindow::callPopupPulsesUntilAcknowledged()
{
    CallAlertPopup *popup = m_window->callPopup();
    QVERIFY(!popup->isVisible());
    m_session->calls()->upsert(sampleCall(QStringLiteral("c1"), 4, CallStatus::Pending));
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(popup->isPulsing());
    const qreal first = popup->pulse();
    QTRY_VERIFY(!qFuzzyCompare(popup->pulse() + 1, first + 1)); // the animation runs
    QVERIFY(m_session->sounds()->isRepeating());
    m_session->calls()->applyStatusChange(QStringLiteral("c1"), CallStatus::Acknowledged,
                                          QStringLiteral("Maria"), QDateTime::currentDateTimeUtc(),
                                          {}, {});
    QVERIFY(!popup->isVisible());
    QVERIFY(!popup->isPulsing());
    QVERIFY(!m_session->sounds()->isRepeating());
    // Turned off in the settings: no popup, even for a new call.
    AlertOptions alerts = m_settings->alerts();
    alerts.callPopup = false;
    m_settings->setAlerts(alerts);
    m_session->calls()->upsert(sampleCall(QStringLiteral("c2"), 4, CallStatus::Pending));
    QVERIFY(!popup->isVisible());
}

void TestMainWindow::themesChangeThePalette()
{
    ThemeManager::apply(Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(ThemeManager::current(), Theme::Dark);
    m_session->orders()->upsert(sampleOrder(QStringLiteral("d"), 9, OrderStatus::Pending, 2));
    QVERIFY(!m_window->grab().isNull());
    ThemeManager::apply(Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
}

void TestMainWindow::settingsDialogWritesSettings()
{
    SettingsDialog dialog(m_settings.get(), m_session->sounds());
    QSignalSpy changed(m_settings.get(), &DashboardSettings::changed);
    dialog.volumeSlider()->setValue(35);
    dialog.muteBox()->setChecked(true);
    dialog.themeBox()->setCurrentIndex(1);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("bg")));
    dialog.accept();
    QCOMPARE(m_settings->volume(), 35);
    QVERIFY(m_settings->isMuted());
    QCOMPARE(m_settings->theme(), Theme::Dark);
    QCOMPARE(m_settings->languageCode(), QStringLiteral("bg"));
    QVERIFY(changed.count() >= 4);
    // The session follows: the sound player is muted now.
    QVERIFY(m_session->sounds()->isMuted());
    QCOMPARE(m_session->sounds()->volume(), 35);
    ThemeManager::apply(Theme::Light);
}

void TestMainWindow::soundTestButtonPlays()
{
    SettingsDialog dialog(m_settings.get(), m_session->sounds());
    dialog.muteBox()->setChecked(false);
    dialog.volumeSlider()->setValue(60);
    const int before = m_session->sounds()->playCount(Sound::WaiterCall);
    QTest::mouseClick(dialog.testCallSoundButton(), Qt::LeftButton);
    QCOMPARE(m_session->sounds()->playCount(Sound::WaiterCall), before + 1);
    const int orders = m_session->sounds()->playCount(Sound::NewOrder);
    QTest::mouseClick(dialog.testOrderSoundButton(), Qt::LeftButton);
    QCOMPARE(m_session->sounds()->playCount(Sound::NewOrder), orders + 1);
    // Muted in the dialog: the test button stays silent.
    dialog.muteBox()->setChecked(true);
    QTest::mouseClick(dialog.testOrderSoundButton(), Qt::LeftButton);
    QCOMPARE(m_session->sounds()->playCount(Sound::NewOrder), orders + 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
