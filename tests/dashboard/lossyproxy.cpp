#include "lossyproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <memory>

LossyProxy::LossyProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LossyProxy::accept);
}

bool LossyProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LossyProxy::url() const
{
    QUrl url = m_upstream;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void LossyProxy::failNext(Fault fault, int count)
{
    m_fault = fault;
    m_faults = count;
}

int LossyProxy::count(const QByteArray &suffix) const
{
    return int(std::count_if(m_seen.cbegin(), m_seen.cend(),
                             [&](const Seen &seen) { return seen.path.endsWith(suffix); }));
}

void LossyProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection())
        serve(client);
}

void LossyProxy::serve(QTcpSocket *client)
{
    // One upstream connection per client connection; requests are forwarded whole, one by one
    // (QNetworkAccessManager does not pipeline), so each can be lost on its own. A loss keeps
    // the connection open and silent, so the client gives up by its transfer timeout: a closed
    // connection would make QNetworkAccessManager resend the request by itself, hiding the
    // client's own retry.
    auto *upstream = new QTcpSocket(client);
    auto buffer = std::make_shared<QByteArray>();
    auto swallowAnswer = std::make_shared<bool>(false);
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
    connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, swallowAnswer] {
        const QByteArray answer = upstream->readAll();
        if (!*swallowAnswer)
            client->write(answer);
    });
    connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, buffer, swallowAnswer] {
        buffer->append(client->readAll());
        for (;;) {
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
            Seen seen;
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            seen.method = requestLine.value(0);
            seen.path = requestLine.value(1);
            qsizetype length = 0;
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length")
                    length = value.toLongLong();
                else if (name == "authorization")
                    seen.authorization = value;
                else if (name == "content-type")
                    seen.contentType = value;
            }
            const qsizetype total = headEnd + 4 + length;
            if (buffer->size() < total)
                return;
            seen.body = buffer->mid(headEnd + 4, length);
            const QByteArray request = buffer->left(total);
            buffer->remove(0, total);
            m_seen.append(seen);
            const Fault fault = m_faults > 0 ? m_fault : Fault::None;
            if (m_faults > 0)
                --m_faults;
            if (fault == Fault::DropRequest) {
                // Nothing more on this connection: the client waits until its transfer timeout.
                disconnect(client, &QTcpSocket::readyRead, this, nullptr);
                return;
            }
            *swallowAnswer = fault == Fault::DropAnswer;
            ++m_forwarded;
            upstream->write(request);
        }
    });
}
