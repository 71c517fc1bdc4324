#pragma once

#include "commandline.h"
#include "logindialog.h"
#include "mainwindow.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <memory>

namespace tableside::dashboard {

class CertificateChangedDialog;
class FirstTrustDialog;
class DashboardSession;
class KitchenWindow;
class DashboardSettings;
class LanguageSwitcher;

/// The tableside-dashboard program: reads the command line and the profile's settings, sets
/// language and theme, signs in (TABLESIDE_PIN, the stored token, or the login dialog), shows the
/// main window and follows settings changes (language and theme at run time).
class DashboardApplication : public QObject
{
    Q_OBJECT
public:
    /// @p sinceStart: started when main() began (for the first-paint figure).
    DashboardApplication(CommandLine commandLine, QElapsedTimer sinceStart,
                         QObject *parent = nullptr);
    ~DashboardApplication() override;

    void start();

    DashboardSession *session() const { return m_session; }
    MainWindow *window() const { return m_window; }

private:
    void applyAppearance();
    void showLogin(const QString &error = {});
    void showMainWindow();
    /// Kitchen display mode (--kitchen, or [kitchen] enabled=true) instead of the main window.
    void showKitchenWindow();
    void scheduleScreenshot();
    /// The server presented another certificate: the dialog for a manager to accept it.
    void onCertificateChanged(const QUrl &server, const QString &pinned, const QString &presented);
    /// A server's certificate was pinned on first use: an interactive dashboard asks whether its
    /// fingerprint matches the server's; an unattended one (TABLESIDE_PIN) only logs it.
    void onPinnedOnFirstUse(const QUrl &server, const QString &fingerprint);

    CommandLine m_commandLine;
    QElapsedTimer m_sinceStart;
    std::unique_ptr<DashboardSettings> m_settings;
    LanguageSwitcher *m_language;
    DashboardSession *m_session = nullptr;
    QPointer<MainWindow> m_window;
    QPointer<KitchenWindow> m_kitchen;
    QPointer<LoginDialog> m_login;
    QPointer<CertificateChangedDialog> m_certificateDialog;
    QPointer<FirstTrustDialog> m_firstTrustDialog;
    bool m_unattended = false; ///< started with TABLESIDE_PIN: no questions on screen
};

} // namespace tableside::dashboard
