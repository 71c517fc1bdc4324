#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

/// A TCP proxy in front of a test server that loses a request or its answer on demand and
/// records what every request carried: retry and 409 tests over real sockets.
class LossyProxy : public QObject
{
    Q_OBJECT
public:
    /// What happens to the next request(s).
    enum class Fault {
        None,
        DropRequest, ///< the request never reaches the server; no answer comes
        DropAnswer, ///< the server gets the request; its answer never comes
    };
    /// One request as it arrived at the proxy.
    struct Seen
    {
        QByteArray method;
        QByteArray path;
        QByteArray authorization;
        QByteArray contentType;
        QByteArray body;
    };

    explicit LossyProxy(const QUrl &upstream, QObject *parent = nullptr);

    /// Listens on a free local port; false on failure.
    bool listen();
    QUrl url() const;
    /// The next @p count requests meet @p fault; later ones pass.
    void failNext(Fault fault, int count = 1);

    QList<Seen> seen() const { return m_seen; }
    /// Requests seen whose path ends with @p suffix.
    int count(const QByteArray &suffix) const;
    /// Requests that reached the server.
    int forwarded() const { return m_forwarded; }

private:
    void accept();
    void serve(QTcpSocket *client);

    QUrl m_upstream;
    QTcpServer m_server;
    Fault m_fault = Fault::None;
    int m_faults = 0;
    QList<Seen> m_seen;
    int m_forwarded = 0;
};
