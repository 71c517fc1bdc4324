#pragma once

#include "alldaycounter.h"
#include "kitchensettings.h"
#include "tilecolour.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace tableside::dashboard {

class DashboardSession;
class KitchenActions;
class KitchenBoard;
class KitchenSound;
class KitchenTileModel;
class ScreenKeeper;

/// The kitchen display (`tableside-dashboard --kitchen [--station NAME]`): a frameless
/// full-screen window on the same live, convergent data as the waiter view (the session's
/// SyncEngine and models). Tiles in arrival order, bump by touch or bump-bar keys (digits
/// select, Enter advances, Backspace recalls), the all-day strip, connection state shown
/// plainly, the kitchen's own bell. One timer drives every time-dependent thing on screen.
class KitchenWindow : public QWidget
{
    Q_OBJECT
public:
    KitchenWindow(DashboardSession *session, const KitchenSettings &settings,
                  QWidget *parent = nullptr);
    ~KitchenWindow() override;

    /// Full screen on the window's screen; also without a window manager (bare X kiosk),
    /// where showFullScreen() alone leaves the window at its default size.
    void showOnWholeScreen();
    /// Replaces the clock (tests, demo screenshots); affects tiles, colours and recall.
    void setClock(KitchenClock clock);
    QDateTime now() const { return m_clock(); }
    const KitchenSettings &settings() const { return m_settings; }

    KitchenBoard *board() const { return m_board; }
    KitchenTileModel *tiles() const { return m_tiles; }
    KitchenActions *actions() const { return m_actions; }
    KitchenSound *sound() const { return m_sound; }
    QList<AllDayCounter::Entry> allDay() const { return m_allDayEntries; }
    QString allDayText() const;
    /// The banner's text ("" when hidden): offline, wrong role, or the last failure.
    QString bannerText() const;
    QString callsText() const;
    bool isCursorHidden() const { return m_cursorHidden; }
    /// The interval of the one timer.
    static constexpr int TickMs = 1'000;

public slots:
    /// What the timer does each second (public for tests with an injected clock).
    void tick();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void bumpSelectedOrFirst();
    void refreshAllDay();
    void refreshCalls();
    void refreshRecallBar();
    void refreshConnection();
    void refreshBanner();
    void refreshHeader();
    void retranslate();
    void showMessage(const QString &message);
    void noteActivity();

    DashboardSession *m_session;
    KitchenSettings m_settings;
    KitchenClock m_clock;
    KitchenTileModel *m_tiles;
    KitchenActions *m_actions;
    KitchenSound *m_sound;
    ScreenKeeper *m_keeper;
    KitchenBoard *m_board;
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_connection;
    QLabel *m_clockLabel;
    QLabel *m_banner;
    QLabel *m_calls;
    QWidget *m_recallBar;
    QHBoxLayout *m_recallLayout;
    QLabel *m_allDay;
    QTimer m_timer;
    QTimer m_allDayRefresh; ///< coalesces model changes (single shot, not periodic)
    QList<AllDayCounter::Entry> m_allDayEntries;
    QString m_message;
    QDateTime m_messageUntil;
    QDateTime m_offlineSince;
    bool m_online = false;
    bool m_cursorHidden = false;
    QElapsedTimer m_sinceActivity;
    int m_ticks = 0;
};

} // namespace tableside::dashboard
