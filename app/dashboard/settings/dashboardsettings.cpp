#include "dashboardsettings.h"

#include <QCoreApplication>

namespace tableside::dashboard {

namespace {
const QString OrganizationName = QStringLiteral("Tableside");
const QString ApplicationName = QStringLiteral("tableside-dashboard");
} // namespace

std::unique_ptr<DashboardSettings> DashboardSettings::forProfile(const QString &profile,
                                                                 QObject *parent)
{
    // A profile is a separate file, so two instances never share a token or a window layout.
    const QString name
        = profile.isEmpty() ? ApplicationName : ApplicationName + QLatin1Char('-') + profile;
    auto settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                OrganizationName, name);
    return std::unique_ptr<DashboardSettings>(new DashboardSettings(std::move(settings), parent));
}

DashboardSettings::DashboardSettings(const QString &filePath, QObject *parent)
    : DashboardSettings(std::make_unique<QSettings>(filePath, QSettings::IniFormat), parent)
{ }

DashboardSettings::DashboardSettings(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{ }

QString DashboardSettings::filePath() const
{
    return m_settings->fileName();
}

QUrl DashboardSettings::serverUrl() const
{
    const QUrl url(m_settings->value(QStringLiteral("server/url")).toString());
    return url.isValid() && !url.isEmpty() ? url : defaultServerUrl();
}

void DashboardSettings::setServerUrl(const QUrl &url)
{
    m_settings->setValue(QStringLiteral("server/url"), url.toString());
}

bool DashboardSettings::hasServerUrl() const
{
    return m_settings->contains(QStringLiteral("server/url"));
}

QString DashboardSettings::token() const
{
    return m_settings->value(QStringLiteral("session/token")).toString();
}

std::optional<StaffMember> DashboardSettings::staff() const
{
    if (token().isEmpty())
        return std::nullopt;
    StaffMember staff;
    staff.id = m_settings->value(QStringLiteral("session/staffId")).toLongLong();
    staff.name = m_settings->value(QStringLiteral("session/staffName")).toString();
    staff.role
        = staffRoleFromWire(m_settings->value(QStringLiteral("session/staffRole")).toString())
              .value_or(StaffRole::Waiter);
    return staff;
}

void DashboardSettings::setSession(const QString &token, const StaffMember &staff)
{
    m_settings->setValue(QStringLiteral("session/token"), token);
    m_settings->setValue(QStringLiteral("session/staffId"), staff.id);
    m_settings->setValue(QStringLiteral("session/staffName"), staff.name);
    m_settings->setValue(QStringLiteral("session/staffRole"), toWireString(staff.role));
    m_settings->sync();
}

void DashboardSettings::clearSession()
{
    m_settings->remove(QStringLiteral("session"));
    m_settings->sync();
}

QString DashboardSettings::languageCode() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void DashboardSettings::setLanguageCode(const QString &code)
{
    if (code == languageCode())
        return;
    m_settings->setValue(QStringLiteral("ui/language"), code);
    emit changed();
}

Theme DashboardSettings::theme() const
{
    return m_settings->value(QStringLiteral("ui/theme")).toString() == QLatin1String("dark")
        ? Theme::Dark
        : Theme::Light;
}

void DashboardSettings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    m_settings->setValue(QStringLiteral("ui/theme"),
                         theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
    emit changed();
}

int DashboardSettings::volume() const
{
    return qBound(0, m_settings->value(QStringLiteral("sound/volume"), 80).toInt(), 100);
}

void DashboardSettings::setVolume(int volume)
{
    volume = qBound(0, volume, 100);
    if (volume == this->volume())
        return;
    m_settings->setValue(QStringLiteral("sound/volume"), volume);
    emit changed();
}

bool DashboardSettings::isMuted() const
{
    return m_settings->value(QStringLiteral("sound/muted"), false).toBool();
}

void DashboardSettings::setMuted(bool muted)
{
    if (muted == isMuted())
        return;
    m_settings->setValue(QStringLiteral("sound/muted"), muted);
    emit changed();
}

AlertOptions DashboardSettings::alerts() const
{
    AlertOptions a;
    a.orderSound = m_settings->value(QStringLiteral("alerts/orderSound"), true).toBool();
    a.orderToast = m_settings->value(QStringLiteral("alerts/orderToast"), true).toBool();
    a.callSound = m_settings->value(QStringLiteral("alerts/callSound"), true).toBool();
    a.callPopup = m_settings->value(QStringLiteral("alerts/callPopup"), true).toBool();
    a.trayNotifications = m_settings->value(QStringLiteral("alerts/tray"), true).toBool();
    return a;
}

void DashboardSettings::setAlerts(const AlertOptions &a)
{
    m_settings->setValue(QStringLiteral("alerts/orderSound"), a.orderSound);
    m_settings->setValue(QStringLiteral("alerts/orderToast"), a.orderToast);
    m_settings->setValue(QStringLiteral("alerts/callSound"), a.callSound);
    m_settings->setValue(QStringLiteral("alerts/callPopup"), a.callPopup);
    m_settings->setValue(QStringLiteral("alerts/tray"), a.trayNotifications);
    emit changed();
}

bool DashboardSettings::fullScreen() const
{
    return m_settings->value(QStringLiteral("ui/fullScreen"), false).toBool();
}

void DashboardSettings::setFullScreen(bool fullScreen)
{
    m_settings->setValue(QStringLiteral("ui/fullScreen"), fullScreen);
}

bool DashboardSettings::kitchenMode() const
{
    return m_settings->value(QStringLiteral("ui/kitchen"), false).toBool();
}

void DashboardSettings::setKitchenMode(bool kitchen)
{
    m_settings->setValue(QStringLiteral("ui/kitchen"), kitchen);
}

QString DashboardSettings::pusherHost() const
{
    return m_settings->value(QStringLiteral("pusher/host")).toString();
}

int DashboardSettings::pusherPort() const
{
    return m_settings->value(QStringLiteral("pusher/port"), 0).toInt();
}

bool DashboardSettings::pusherTls() const
{
    return m_settings->value(QStringLiteral("pusher/tls"), false).toBool();
}

QString DashboardSettings::pusherKey() const
{
    return m_settings->value(QStringLiteral("pusher/key")).toString();
}

QString DashboardSettings::pusherCluster() const
{
    return m_settings->value(QStringLiteral("pusher/cluster")).toString();
}

QString DashboardSettings::pusherChannel() const
{
    return m_settings->value(QStringLiteral("pusher/channel")).toString();
}

void DashboardSettings::setPusherOverrides(const QString &host, int port, bool tls,
                                           const QString &key, const QString &cluster,
                                           const QString &channel)
{
    m_settings->setValue(QStringLiteral("pusher/host"), host);
    m_settings->setValue(QStringLiteral("pusher/port"), port);
    m_settings->setValue(QStringLiteral("pusher/tls"), tls);
    m_settings->setValue(QStringLiteral("pusher/key"), key);
    m_settings->setValue(QStringLiteral("pusher/cluster"), cluster);
    m_settings->setValue(QStringLiteral("pusher/channel"), channel);
}

namespace {
// One key per server: "trust/<host:port percent-encoded>" (QSettings keys cannot hold '/').
QString pinKey(const QString &origin)
{
    return QStringLiteral("trust/") + QString::fromLatin1(QUrl::toPercentEncoding(origin));
}
} // namespace

QString DashboardSettings::pinnedCertificate(const QString &origin) const
{
    return m_settings->value(pinKey(origin)).toString();
}

void DashboardSettings::setPinnedCertificate(const QString &origin, const QString &fingerprint)
{
    m_settings->setValue(pinKey(origin), fingerprint);
    m_settings->sync();
}

void DashboardSettings::sync()
{
    m_settings->sync();
}

} // namespace tableside::dashboard
