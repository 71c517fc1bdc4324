#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QWebSocket;

namespace tableside::dashboard {

class DashboardSettings;

/// Trust on first use for the server's TLS certificate (self-signed by tableside-server): the
/// first certificate a server presents is pinned by its SHA-256 in the profile's settings, per
/// server (host:port); later connections must present the same one, whoever signed it. A
/// changed certificate is refused and reported (certificateChanged) until a manager accepts it.
class ServerTrust : public QObject
{
    Q_OBJECT
public:
    /// @p settings keeps the pins (null: in memory only).
    explicit ServerTrust(DashboardSettings *settings, QObject *parent = nullptr);

    enum class Verdict { Trusted, PinnedNow, Changed };

    /// "AB:CD:…" (32 upper-case hex pairs): the form tableside-server prints.
    static QString fingerprint(const QSslCertificate &certificate);
    /// @p text as "AB:CD:…" (accepts lower case, no colons, a "SHA256" prefix), "" if not a
    /// SHA-256 fingerprint.
    static QString normalize(const QString &text);
    /// "host:port" of @p url (https/wss default 443): REST and WebSocket share one pin.
    static QString originOf(const QUrl &url);

    QString pinnedFor(const QUrl &url) const;
    /// Pins @p fingerprint for @p url's server (a --fingerprint given up front, or a manager
    /// accepting a new certificate); replaces an earlier pin.
    void pin(const QUrl &url, const QString &fingerprint);
    /// Forgets the pin of @p url's server (someone said the fingerprint shown on first use
    /// differs from the server's): the next connection is a first use again.
    void unpin(const QUrl &url);
    /// Checks what the server at @p url presented: the pinned one → Trusted; nothing pinned
    /// yet → pins it (logged with its fingerprint, pinnedOnFirstUse()) → PinnedNow; another →
    /// Changed (and certificateChanged()).
    Verdict check(const QUrl &url, const QSslCertificate &certificate);

    /// Applies check() to every TLS reply of @p network: accepts the self-signed certificate
    /// it pinned, refuses (aborts) a changed one; refused() tells which replies.
    void watch(QNetworkAccessManager *network);
    /// The same for a WebSocket (its requestUrl() names the server).
    void watch(QWebSocket *socket);
    /// True when @p reply was refused for a changed certificate.
    static bool refused(const QNetworkReply *reply);
    /// The message for a refused connection to @p url (both fingerprints, what to do).
    QString refusalMessage(const QUrl &url) const;

signals:
    /// The server at @p url presented @p presented instead of the pinned @p pinned.
    void certificateChanged(const QUrl &url, const QString &pinned, const QString &presented);
    /// Nothing was pinned for @p url's server, so the certificate it presented (@p fingerprint)
    /// is pinned now: an interactive dashboard shows it for comparison with the server's.
    void pinnedOnFirstUse(const QUrl &url, const QString &fingerprint);

private:
    DashboardSettings *m_settings;
    QHash<QString, QString> m_memory; ///< pins when there are no settings
    QHash<QString, QString> m_lastPresented; ///< origin → the changed certificate seen last
};

} // namespace tableside::dashboard
