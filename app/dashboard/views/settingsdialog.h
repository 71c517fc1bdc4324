#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QGroupBox;
class QScrollArea;

namespace tableside::dashboard {

class DashboardSettings;
class SoundPlayer;

/// The settings dialog: server, language, theme, sound volume / mute with test buttons, which
/// alerts to show, full screen. Writes DashboardSettings on OK; changes apply at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(DashboardSettings *settings, SoundPlayer *sounds, QWidget *parent = nullptr);

    /// True if OK changed the server address (the session must log in again).
    bool serverChanged() const { return m_serverChanged; }

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QSlider *volumeSlider() const { return m_volume; }
    QCheckBox *muteBox() const { return m_mute; }
    QPushButton *testOrderSoundButton() const { return m_testOrder; }
    QPushButton *testCallSoundButton() const { return m_testCall; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    DashboardSettings *m_settings;
    SoundPlayer *m_sounds;
    bool m_serverChanged = false;
    bool m_sized = false;
    QWidget *m_fields = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_serverLabel;
    QLineEdit *m_server;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QLabel *m_volumeLabel;
    QSlider *m_volume;
    QCheckBox *m_mute;
    QPushButton *m_testOrder;
    QPushButton *m_testCall;
    QGroupBox *m_alertsBox;
    QCheckBox *m_orderSound;
    QCheckBox *m_orderToast;
    QCheckBox *m_callSound;
    QCheckBox *m_callPopup;
    QCheckBox *m_tray;
    QCheckBox *m_fullScreen;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace tableside::dashboard
