#pragma once

#include "staffmember.h"

#include <QObject>
#include <QSettings>
#include <QUrl>
#include <memory>
#include <optional>

namespace tableside::dashboard {

/// Light or dark colours for the cards and windows.
enum class Theme { Light, Dark };

/// Which alerts the dashboard raises; each can be turned off in the settings dialog.
struct AlertOptions
{
    bool orderSound = true;
    bool orderToast = true;
    bool callSound = true;
    bool callPopup = true;
    bool trayNotifications = true;
};

/// The dashboard's typed, persistent settings over QSettings. Each --profile gets its own file,
/// so two instances can run side by side. Holds the session token, never the PIN.
class DashboardSettings : public QObject
{
    Q_OBJECT
public:
    /// The settings of profile @p profile ("" = default) in the user's config directory.
    static std::unique_ptr<DashboardSettings> forProfile(const QString &profile,
                                                         QObject *parent = nullptr);
    /// Settings kept in the INI file @p filePath (tests, benchmarks, screenshots).
    explicit DashboardSettings(const QString &filePath, QObject *parent = nullptr);

    QString filePath() const;

    /// The staff side of a server on this machine (tls/mode=on, the default).
    static QUrl defaultServerUrl() { return QUrl(QStringLiteral("https://localhost:8443")); }
    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    /// True once a server address was chosen (the first-start setup has run).
    bool hasServerUrl() const;

    QString token() const;
    std::optional<StaffMember> staff() const;
    void setSession(const QString &token, const StaffMember &staff);
    void clearSession();

    /// "bg", "en" or "" (follow the system locale).
    QString languageCode() const;
    void setLanguageCode(const QString &code);

    Theme theme() const;
    void setTheme(Theme theme);

    /// 0–100.
    int volume() const;
    void setVolume(int volume);
    bool isMuted() const;
    void setMuted(bool muted);

    AlertOptions alerts() const;
    void setAlerts(const AlertOptions &alerts);

    bool fullScreen() const;
    void setFullScreen(bool fullScreen);
    bool kitchenMode() const;
    void setKitchenMode(bool kitchen);

    /// Overrides for the realtime connection; empty/0 = take what the server advertises.
    QString pusherHost() const;
    int pusherPort() const;
    bool pusherTls() const;
    QString pusherKey() const;
    QString pusherCluster() const;
    QString pusherChannel() const;
    void setPusherOverrides(const QString &host, int port, bool tls, const QString &key,
                            const QString &cluster, const QString &channel);

    /// The SHA-256 fingerprint ("AB:CD:…") pinned for the server at @p origin ("host:port"),
    /// or "" when this profile never connected to it over TLS.
    QString pinnedCertificate(const QString &origin) const;
    void setPinnedCertificate(const QString &origin, const QString &fingerprint);

    void sync();

signals:
    /// Emitted after any appearance or alert setting changed (theme, language, sound, alerts).
    void changed();

private:
    explicit DashboardSettings(std::unique_ptr<QSettings> settings, QObject *parent);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tableside::dashboard
