#include "pushertestclient.h"

#include <QSignalSpy>
#include <QTest>

using tableside::pusher::Frame;

PusherTestClient::PusherTestClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const std::optional<Frame> frame = Frame::decode(text.toUtf8());
        if (!frame)
            return;
        if (frame->event == QLatin1String("pusher:connection_established"))
            m_socketId = frame->dataObject().value(QLatin1String("socket_id")).toString();
        if (frame->event == QLatin1String("pusher:ping") && m_answerPings)
            send(Frame::pong());
        m_frames.append(*frame);
    });
    connect(&m_socket, &QWebSocket::disconnected, this,
            [this] { m_closeCode = int(m_socket.closeCode()); });
}

void PusherTestClient::open(quint16 port, const QString &key, const QString &query)
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/app/") + key);
    url.setQuery(query);
    m_socket.open(url);
}

QString PusherTestClient::connectAndWait(quint16 port, const QString &key)
{
    open(port, key);
    waitForEvent(QStringLiteral("pusher:connection_established"));
    return m_socketId;
}

void PusherTestClient::send(const Frame &frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(frame.encode()));
}

void PusherTestClient::sendRaw(const QString &text)
{
    m_socket.sendTextMessage(text);
}

bool PusherTestClient::subscribeAndWait(const QString &channel, const QString &auth,
                                        const QString &channelData)
{
    const int from = int(m_frames.size());
    send(Frame::subscribe(channel, auth, channelData));
    const auto answer = waitFor(
        [&](const Frame &frame) {
            return frame.channel == channel
                && (frame.event == QLatin1String("pusher_internal:subscription_succeeded")
                    || frame.event == QLatin1String("pusher:subscription_error"));
        },
        5000, from);
    return answer && answer->event == QLatin1String("pusher_internal:subscription_succeeded");
}

std::optional<Frame> PusherTestClient::waitFor(const std::function<bool(const Frame &)> &match,
                                               int timeoutMs, int from)
{
    QDeadlineTimer deadline(timeoutMs);
    int index = from;
    while (true) {
        for (; index < m_frames.size(); ++index)
            if (match(m_frames.at(index)))
                return m_frames.at(index);
        if (deadline.hasExpired())
            return std::nullopt;
        QTest::qWait(5);
    }
}

std::optional<Frame> PusherTestClient::waitForEvent(const QString &event, int timeoutMs, int from)
{
    return waitFor([&](const Frame &frame) { return frame.event == event; }, timeoutMs, from);
}

bool PusherTestClient::waitForDisconnected(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}

QVector<Frame> PusherTestClient::framesNamed(const QString &event) const
{
    QVector<Frame> named;
    for (const Frame &frame : m_frames)
        if (frame.event == event)
            named.append(frame);
    return named;
}
