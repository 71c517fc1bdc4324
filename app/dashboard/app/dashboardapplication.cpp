#include "dashboardapplication.h"

#include "alertcoordinator.h"
#include "certificatechangeddialog.h"
#include "dashboardsession.h"
#include "dashboardsettings.h"
#include "firsttrustdialog.h"
#include "kitchensettings.h"
#include "kitchenwindow.h"
#include "languageswitcher.h"
#include "logging.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "windowplacement.h"
#include "servertrust.h"
#include "staffapi.h"
#include "syncengine.h"
#include "theme.h"

#include <QApplication>
#include <QTimer>

namespace tableside::dashboard {

DashboardApplication::DashboardApplication(CommandLine commandLine, QElapsedTimer sinceStart,
                                           QObject *parent)
    : QObject(parent)
    , m_commandLine(std::move(commandLine))
    , m_sinceStart(sinceStart)
    , m_language(new LanguageSwitcher(this))
{ }

DashboardApplication::~DashboardApplication()
{
    delete m_login;
    delete m_window;
    delete m_kitchen;
    delete m_firstTrustDialog; // has no parent: it may come up before any window
}

void DashboardApplication::start()
{
    m_settings = DashboardSettings::forProfile(m_commandLine.profile);
    qCInfo(lcUi).noquote() << "Settings:" << m_settings->filePath();
    if (!m_commandLine.server.isEmpty() && m_commandLine.server != m_settings->serverUrl()) {
        // A token belongs to one server: another server means signing in again.
        m_settings->clearSession();
        m_settings->setServerUrl(m_commandLine.server);
    }
    m_settings->setKitchenMode(m_commandLine.kitchen);
    if (m_commandLine.fullScreen)
        m_settings->setFullScreen(true);
    m_settings->sync();

    m_session = new DashboardSession(m_settings.get(), this);
    if (!m_commandLine.fingerprint.isEmpty())
        m_session->trust()->pin(m_settings->serverUrl(), m_commandLine.fingerprint);
    connect(m_session->trust(), &ServerTrust::certificateChanged, this,
            &DashboardApplication::onCertificateChanged);
    connect(m_session->trust(), &ServerTrust::pinnedOnFirstUse, this,
            &DashboardApplication::onPinnedOnFirstUse);
    applyAppearance();
    connect(m_settings.get(), &DashboardSettings::changed, this, [this] {
        // --lang wins for this run only until the user picks a language in the settings.
        m_commandLine.language.clear();
        applyAppearance();
    });
    connect(m_session, &DashboardSession::sessionExpired, this,
            [this] { showLogin(tr("Your session has ended. Please enter your PIN again.")); });

    const QString pin = qEnvironmentVariable("TABLESIDE_PIN");
    m_unattended = !pin.isEmpty();
    if (!pin.isEmpty()) {
        qCInfo(lcUi) << "Logging in with the PIN from TABLESIDE_PIN";
        m_session->loginWithPin(pin, [this](const ApiResult &result) {
            if (result.isSuccess()) {
                showMainWindow();
                return;
            }
            qCWarning(lcUi).noquote()
                << "Login with TABLESIDE_PIN failed:" << result.errorMessage();
            showLogin(result.httpStatus == 401 ? tr("Wrong PIN.") : result.errorMessage());
        });
    } else if (m_session->hasSession()) {
        showMainWindow();
        m_session->start();
    } else {
        showLogin();
    }
}

void DashboardApplication::onCertificateChanged(const QUrl &server, const QString &pinned,
                                                const QString &presented)
{
    if (m_certificateDialog)
        return;
    QWidget *parent = m_kitchen ? static_cast<QWidget *>(m_kitchen) : m_window.data();
    m_certificateDialog = new CertificateChangedDialog(server, pinned, presented, parent);
    m_certificateDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_certificateDialog, &QDialog::accepted, this, [this, server, presented] {
        qCWarning(lcUi).noquote() << "A manager accepted the new server certificate" << presented;
        m_session->trust()->pin(server, presented);
        if (m_session->hasSession())
            m_session->start();
    });
    m_certificateDialog->open();
}

void DashboardApplication::onPinnedOnFirstUse(const QUrl &server, const QString &fingerprint)
{
    // Kiosks and tests have nobody to ask: ServerTrust has logged the fingerprint it pinned.
    if (m_unattended || m_firstTrustDialog)
        return;
    // No parent: the first TLS connection is usually the login dialog's, which closes (and
    // would take a child along) before anyone has compared the fingerprint.
    m_firstTrustDialog = new FirstTrustDialog(server, fingerprint);
    m_firstTrustDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_firstTrustDialog->setWindowModality(Qt::ApplicationModal);
    connect(m_firstTrustDialog, &QDialog::accepted, this, [server, fingerprint] {
        qCInfo(lcUi).noquote() << "Fingerprint of" << ServerTrust::originOf(server)
                               << "confirmed as the server's:" << fingerprint;
    });
    connect(m_firstTrustDialog, &QDialog::rejected, this, [this, server, fingerprint] {
        qCWarning(lcUi).noquote() << "Fingerprint of" << ServerTrust::originOf(server)
                                  << "said to differ from the server's:" << fingerprint;
        m_session->trust()->unpin(server);
        // The token (if the login went through) came from a server nobody vouches for.
        m_session->logout();
        showLogin(tr("The dashboard did not connect: the certificate fingerprint of the server "
                     "at %1 did not match the server's. Ask a manager to check the server "
                     "address and run \"tableside-server fingerprint\" on the server.")
                      .arg(server.toString(QUrl::RemovePath | QUrl::RemoveQuery)));
    });
    m_firstTrustDialog->open();
}

void DashboardApplication::applyAppearance()
{
    const QString code
        = m_commandLine.language.isEmpty() ? m_settings->languageCode() : m_commandLine.language;
    const Language language = LanguageSwitcher::resolve(code);
    if (language != m_language->current() || !m_window)
        m_language->setLanguage(language);
    Theme theme = m_settings->theme();
    if (m_commandLine.theme == QLatin1String("dark"))
        theme = Theme::Dark;
    else if (m_commandLine.theme == QLatin1String("light"))
        theme = Theme::Light;
    ThemeManager::apply(theme);
}

void DashboardApplication::showLogin(const QString &error)
{
    if (m_login) {
        m_login->setError(error);
        m_login->raise();
        return;
    }
    m_session->stop();
    m_login = new LoginDialog(m_session->api(), m_settings->serverUrl(), m_window);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setError(error);
    connect(m_login, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted) {
            if (!m_session->hasSession())
                QCoreApplication::exit(0);
            else
                QCoreApplication::exit(0);
            return;
        }
        m_session->adoptSession(m_login->session(), m_login->serverUrl());
        showMainWindow();
        m_session->start(m_login->session().realtime);
    });
    m_login->open();
}

void DashboardApplication::showMainWindow()
{
    if (m_settings->kitchenMode() || KitchenSettings::load(m_settings->filePath()).enabled) {
        showKitchenWindow();
        return;
    }
    if (!m_window) {
        m_window = new MainWindow(m_session);
        m_window->setKitchenMode(m_settings->kitchenMode());
        if (m_settings->kitchenMode())
            qCInfo(lcUi)
                << "Kitchen mode requested: the kitchen view comes later; showing the staff view";
        connect(m_window, &MainWindow::quitRequested, qApp, &QCoreApplication::quit);
        connect(m_window, &MainWindow::logoutRequested, this, [this] {
            m_session->logout();
            showLogin();
        });
        connect(m_window, &MainWindow::firstPaint, this, [this] {
            qCInfo(lcUi).noquote()
                << QStringLiteral("First paint after %1 ms").arg(m_sinceStart.elapsed());
        });
        if (m_commandLine.windowSize.isValid())
            m_window->resize(m_commandLine.windowSize);
        m_session->alerts()->enableTray();
        if (!m_commandLine.screenshotFile.isEmpty())
            scheduleScreenshot();
    }
    if (m_settings->fullScreen())
        WindowPlacement::showFullScreen(m_window); // with or without a window manager
    else
        m_window->show();
}

void DashboardApplication::showKitchenWindow()
{
    if (!m_kitchen) {
        KitchenSettings kitchen = KitchenSettings::load(m_settings->filePath());
        if (!m_commandLine.station.isEmpty())
            kitchen.station = m_commandLine.station; // for this run; the setting stays
        m_kitchen = new KitchenWindow(m_session, kitchen);
        if (!m_commandLine.screenshotFile.isEmpty())
            scheduleScreenshot();
    }
    // A wall screen: full screen unless a window size was asked for (tests, screenshots).
    if (m_commandLine.windowSize.isValid()) {
        m_kitchen->resize(m_commandLine.windowSize);
        m_kitchen->show();
    } else {
        m_kitchen->showOnWholeScreen();
    }
}

void DashboardApplication::scheduleScreenshot()
{
    // Wait until the dashboard has caught up with the server, then give it time to paint.
    auto shoot = [this] {
        QTimer::singleShot(m_commandLine.screenshotDelayMs, this, [this] {
            QWidget *shown = m_kitchen ? static_cast<QWidget *>(m_kitchen) : m_window.data();
            if (!shown)
                return;
            const bool saved = shown->grab().save(m_commandLine.screenshotFile);
            qCInfo(lcUi).noquote() << (saved ? "Screenshot saved:" : "Screenshot FAILED:")
                                   << m_commandLine.screenshotFile;
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    if (m_session->sync()->isLive()) {
        shoot();
        return;
    }
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_session->sync(), &SyncEngine::phaseChanged, this,
                          [connection, shoot](SyncEngine::Phase phase) {
                              if (phase != SyncEngine::Phase::Live)
                                  return;
                              QObject::disconnect(*connection);
                              delete connection;
                              shoot();
                          });
}

} // namespace tableside::dashboard
