#pragma once

#include "pusherframe.h"

#include <QObject>
#include <QUrl>
#include <QVector>
#include <QWebSocket>
#include <functional>

/// A real QWebSocket client for the tests: connects to the server, records every frame it
/// receives (decoded), and waits for the ones a test expects.
class PusherTestClient : public QObject
{
    Q_OBJECT
public:
    explicit PusherTestClient(QObject *parent = nullptr);

    /// Opens ws://127.0.0.1:port/app/key?<query> (query without '?').
    void open(quint16 port, const QString &key,
              const QString &query = QStringLiteral("protocol=7"));
    /// Opens and waits for pusher:connection_established; returns the socket_id ("" on failure).
    QString connectAndWait(quint16 port, const QString &key);

    void send(const tableside::pusher::Frame &frame);
    void sendRaw(const QString &text);
    /// Subscribes and waits for subscription_succeeded or subscription_error; true = succeeded.
    bool subscribeAndWait(const QString &channel, const QString &auth = {},
                          const QString &channelData = {});

    /// Waits (up to @p timeoutMs) for a frame after index @p from matching @p match.
    std::optional<tableside::pusher::Frame>
    waitFor(const std::function<bool(const tableside::pusher::Frame &)> &match,
            int timeoutMs = 5000, int from = 0);
    std::optional<tableside::pusher::Frame> waitForEvent(const QString &event, int timeoutMs = 5000,
                                                         int from = 0);
    bool waitForDisconnected(int timeoutMs = 5000);

    /// Frames named @p event received so far.
    QVector<tableside::pusher::Frame> framesNamed(const QString &event) const;

    QWebSocket &socket() { return m_socket; }
    QString socketId() const { return m_socketId; }
    const QVector<tableside::pusher::Frame> &frames() const { return m_frames; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    int closeCode() const { return m_closeCode; }
    /// Answer the server's pusher:ping automatically (on by default).
    void setAnswerPings(bool answer) { m_answerPings = answer; }

private:
    QWebSocket m_socket;
    QVector<tableside::pusher::Frame> m_frames;
    QString m_socketId;
    int m_closeCode = -1;
    bool m_answerPings = true;
};
