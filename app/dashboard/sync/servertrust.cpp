#include "servertrust.h"

#include "dashboardsettings.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QWebSocket>

namespace tableside::dashboard {

namespace {
const char RefusedProperty[] = "tablesideCertificateRefused";
} // namespace

ServerTrust::ServerTrust(DashboardSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

QString ServerTrust::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString ServerTrust::normalize(const QString &text)
{
    QString hex = text.trimmed().toUpper();
    if (hex.startsWith(QLatin1String("SHA256")))
        hex = hex.mid(6);
    else if (hex.startsWith(QLatin1String("SHA-256")))
        hex = hex.mid(7);
    hex.remove(QRegularExpression(QStringLiteral("[\\s:=]")));
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-F]{64}$"));
    if (!sha256.match(hex).hasMatch())
        return {};
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString ServerTrust::originOf(const QUrl &url)
{
    const bool tls = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("wss");
    return QStringLiteral("%1:%2").arg(url.host().toLower()).arg(url.port(tls ? 443 : 80));
}

QString ServerTrust::pinnedFor(const QUrl &url) const
{
    const QString origin = originOf(url);
    return m_settings ? m_settings->pinnedCertificate(origin) : m_memory.value(origin);
}

void ServerTrust::pin(const QUrl &url, const QString &fingerprint)
{
    const QString origin = originOf(url);
    m_lastPresented.remove(origin);
    if (m_settings)
        m_settings->setPinnedCertificate(origin, fingerprint);
    else
        m_memory.insert(origin, fingerprint);
    qCInfo(lcApi).noquote() << "Pinned the certificate of" << origin << "SHA-256" << fingerprint;
}

void ServerTrust::unpin(const QUrl &url)
{
    const QString origin = originOf(url);
    m_lastPresented.remove(origin);
    if (m_settings)
        m_settings->setPinnedCertificate(origin, QString());
    else
        m_memory.remove(origin);
    qCWarning(lcApi).noquote() << "Removed the pinned certificate of" << origin;
}

ServerTrust::Verdict ServerTrust::check(const QUrl &url, const QSslCertificate &certificate)
{
    const QString presented = fingerprint(certificate);
    const QString pinned = pinnedFor(url);
    if (!presented.isEmpty() && presented == pinned)
        return Verdict::Trusted;
    if (pinned.isEmpty() && !presented.isEmpty()) {
        // Trust on first use: the first server this profile meets at this address is the one.
        qCInfo(lcApi).noquote() << "First TLS connection to" << originOf(url)
                                << "- trusting its certificate on first use";
        pin(url, presented);
        emit pinnedOnFirstUse(url, presented);
        return Verdict::PinnedNow;
    }
    const QString origin = originOf(url);
    qCWarning(lcApi).noquote() << "Refusing" << origin << "- its certificate changed: pinned"
                               << pinned << "presented" << presented;
    const bool first = m_lastPresented.value(origin) != presented;
    m_lastPresented.insert(origin, presented);
    if (first) // once per new certificate, not on every retry
        emit certificateChanged(url, pinned, presented);
    return Verdict::Changed;
}

void ServerTrust::watch(QNetworkAccessManager *network)
{
    connect(network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
                if (certificate.isNull() && !errors.isEmpty())
                    certificate = errors.first().certificate();
                // The pinned certificate itself: self-signed, and its names may not match the
                // address the tablet uses (a new IP after a router change). The pin is stronger
                // than both checks.
                if (check(reply->url(), certificate) != Verdict::Changed)
                    reply->ignoreSslErrors();
                else
                    reply->setProperty(RefusedProperty, true);
            });
    // A certificate a public CA vouches for raises no sslErrors: the pin still applies.
    connect(network, &QNetworkAccessManager::encrypted, this, [this](QNetworkReply *reply) {
        if (check(reply->url(), reply->sslConfiguration().peerCertificate()) == Verdict::Changed) {
            reply->setProperty(RefusedProperty, true);
            reply->abort();
        }
    });
}

void ServerTrust::watch(QWebSocket *socket)
{
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        QSslCertificate certificate = socket->sslConfiguration().peerCertificate();
        if (certificate.isNull() && !errors.isEmpty())
            certificate = errors.first().certificate();
        if (check(socket->requestUrl(), certificate) != Verdict::Changed)
            socket->ignoreSslErrors();
    });
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        const QUrl url = socket->requestUrl();
        if (url.scheme() == QLatin1String("wss")
            && check(url, socket->sslConfiguration().peerCertificate()) == Verdict::Changed)
            socket->abort();
    });
}

bool ServerTrust::refused(const QNetworkReply *reply)
{
    return reply->property(RefusedProperty).toBool();
}

QString ServerTrust::refusalMessage(const QUrl &url) const
{
    const QString origin = originOf(url);
    return tr("The server at %1 presents another certificate than the one this dashboard "
              "trusts, so the dashboard does not connect (someone may be listening in).\n"
              "Trusted:   %2\nPresented: %3\n"
              "If the server was reinstalled or its certificate replaced, a manager can accept "
              "the new one after comparing it with what \"tableside-server fingerprint\" prints "
              "on the server.")
        .arg(origin, pinnedFor(url), m_lastPresented.value(origin));
}

} // namespace tableside::dashboard
