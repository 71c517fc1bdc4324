#include "rawhttpclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

namespace {

// The server under test runs in this thread: wait by spinning the event loop, never by
// blocking the thread (waitFor…() would starve the server).
template<typename Predicate> bool spinUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace

RawHttpClient::Response RawHttpClient::request(const QByteArray &method, const QByteArray &path,
                                               const QMap<QByteArray, QByteArray> &headers,
                                               const QByteArray &body) const
{
    Response response;
    QTcpSocket socket;
    if (!socket.bind(m_source, 0))
        return response;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    if (!spinUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return response;
    QByteArray request = method + ' ' + path
        + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request += it.key() + ": " + it.value() + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);

    // The server keeps connections open (it ignores Connection: close), so read exactly the
    // head and Content-Length bytes of body.
    QByteArray data;
    qsizetype headEnd = -1;
    qsizetype contentLength = -1;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (headEnd < 0) {
            headEnd = data.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const QList<QByteArray> lines = data.left(headEnd).split('\n');
                const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
                response.status = statusLine.value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon > 0)
                        response.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                                lines.at(i).mid(colon + 1).trimmed());
                }
                contentLength = response.headers.value("content-length", "0").toLongLong();
            }
        }
        if (headEnd >= 0 && data.size() - (headEnd + 4) >= contentLength) {
            response.body = data.mid(headEnd + 4, contentLength);
            return response;
        }
        if (!spinUntil([&] { return socket.bytesAvailable() > 0; }, 5000))
            break;
        data += socket.readAll();
    }
    response.status = 0;
    return response;
}
