#include "settingsdialog.h"

#include "dashboardsettings.h"
#include "soundplayer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QVBoxLayout>

namespace tableside::dashboard {

SettingsDialog::SettingsDialog(DashboardSettings *settings, SoundPlayer *sounds, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_sounds(sounds)
    , m_serverLabel(new QLabel)
    , m_server(new QLineEdit(settings->serverUrl().toString()))
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_themeLabel(new QLabel)
    , m_theme(new QComboBox)
    , m_volumeLabel(new QLabel)
    , m_volume(new QSlider(Qt::Horizontal))
    , m_mute(new QCheckBox)
    , m_testOrder(new QPushButton)
    , m_testCall(new QPushButton)
    , m_alertsBox(new QGroupBox)
    , m_orderSound(new QCheckBox)
    , m_orderToast(new QCheckBox)
    , m_callSound(new QCheckBox)
    , m_callPopup(new QCheckBox)
    , m_tray(new QCheckBox)
    , m_fullScreen(new QCheckBox)
    , m_ok(new QPushButton)
    , m_cancel(new QPushButton)
{
    setMinimumWidth(560);
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("Български"), QStringLiteral("bg"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->languageCode())));
    m_theme->addItem(QString(), int(Theme::Light));
    m_theme->addItem(QString(), int(Theme::Dark));
    m_theme->setCurrentIndex(settings->theme() == Theme::Dark ? 1 : 0);
    m_volume->setRange(0, 100);
    m_volume->setValue(settings->volume());
    m_mute->setChecked(settings->isMuted());
    const AlertOptions alerts = settings->alerts();
    m_orderSound->setChecked(alerts.orderSound);
    m_orderToast->setChecked(alerts.orderToast);
    m_callSound->setChecked(alerts.callSound);
    m_callPopup->setChecked(alerts.callPopup);
    m_tray->setChecked(alerts.trayNotifications);
    m_fullScreen->setChecked(settings->fullScreen());
    m_ok->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    auto *volumeRow = new QHBoxLayout;
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_mute);
    form->addRow(m_volumeLabel, volumeRow);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testOrder);
    testRow->addWidget(m_testCall);
    form->addRow(QString(), testRow);
    auto *alertsLayout = new QVBoxLayout(m_alertsBox);
    for (QCheckBox *box : {m_orderSound, m_orderToast, m_callSound, m_callPopup, m_tray})
        alertsLayout->addWidget(box);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    // The fields are taller than a 1024×600 tablet: they scroll, so OK and Cancel stay on screen.
    m_fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(m_alertsBox);
    fieldsLayout->addWidget(m_fullScreen);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_fields);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    // The test buttons use the volume and mute as they are in the dialog right now.
    const auto test = [this](Sound sound) {
        const int oldVolume = m_sounds->volume();
        const bool oldMuted = m_sounds->isMuted();
        m_sounds->setVolume(m_volume->value());
        m_sounds->setMuted(m_mute->isChecked());
        m_sounds->play(sound);
        m_sounds->setVolume(oldVolume);
        m_sounds->setMuted(oldMuted);
    };
    connect(m_testOrder, &QPushButton::clicked, this, [test] { test(Sound::NewOrder); });
    connect(m_testCall, &QPushButton::clicked, this, [test] { test(Sound::WaiterCall); });
    connect(m_ok, &QPushButton::clicked, this, &SettingsDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

void SettingsDialog::accept()
{
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    m_serverChanged = server.isValid() && server != m_settings->serverUrl();
    if (m_serverChanged)
        m_settings->setServerUrl(server);
    m_settings->setVolume(m_volume->value());
    m_settings->setMuted(m_mute->isChecked());
    AlertOptions alerts;
    alerts.orderSound = m_orderSound->isChecked();
    alerts.orderToast = m_orderToast->isChecked();
    alerts.callSound = m_callSound->isChecked();
    alerts.callPopup = m_callPopup->isChecked();
    alerts.trayNotifications = m_tray->isChecked();
    m_settings->setAlerts(alerts);
    m_settings->setFullScreen(m_fullScreen->isChecked());
    m_settings->setTheme(Theme(m_theme->currentData().toInt()));
    m_settings->setLanguageCode(m_language->currentData().toString());
    m_settings->sync();
    QDialog::accept();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_serverLabel->setText(tr("Server address"));
    m_languageLabel->setText(tr("Language"));
    m_language->setItemText(0, tr("System default"));
    m_themeLabel->setText(tr("Theme"));
    m_theme->setItemText(0, tr("Light"));
    m_theme->setItemText(1, tr("Dark"));
    m_volumeLabel->setText(tr("Volume"));
    m_mute->setText(tr("Mute"));
    m_testOrder->setText(tr("Test sound: order"));
    m_testCall->setText(tr("Test sound: waiter call"));
    m_alertsBox->setTitle(tr("Alerts"));
    m_orderSound->setText(tr("Sound for new orders"));
    m_orderToast->setText(tr("Popup for new orders"));
    m_callSound->setText(tr("Repeating sound for waiter calls"));
    m_callPopup->setText(tr("Red popup for waiter calls"));
    m_tray->setText(tr("System tray notifications"));
    m_fullScreen->setText(tr("Full screen"));
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Cancel"));
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    // Sized here, not in the constructor: only a polished widget knows its size (the style
    // sheet's paddings, the language's texts). All of it where the screen has room; the
    // screen's height (less a margin) where it has not.
    if (!m_sized) {
        m_sized = true;
        const QSize wanted = m_fields->sizeHint();
        const QMargins margins = layout()->contentsMargins();
        const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
        m_scroll->setMinimumWidth(wanted.width() + scrollBar);
        const int width = wanted.width() + scrollBar + margins.left() + margins.right();
        QSize size(qMax(minimumWidth(), width),
                   wanted.height() + layout()->spacing() + m_ok->sizeHint().height() + margins.top()
                       + margins.bottom());
        if (const QScreen *shown = screen())
            size = size.boundedTo(shown->availableGeometry().size() - QSize(24, 24));
        resize(size);
    }
    QDialog::showEvent(event);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace tableside::dashboard
