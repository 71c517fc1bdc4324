#include "rawhttp.h"

namespace RawHttp {

QByteArray request(const QByteArray &method, const QString &path, const QByteArray &body,
                   const HttpHeaders &headers)
{
    QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &header : headers)
        request += header.first + ": " + header.second + "\r\n";
    if (!body.isNull() || method == "POST" || method == "PATCH")
        request += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    return request;
}

QList<HttpReply> takeResponses(QByteArray &buffer)
{
    QList<HttpReply> replies;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        HttpReply reply;
        reply.status = lines.first().split(' ').value(1).toInt();
        qint64 length = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            reply.headers.insert(name, value);
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (reply.status == 100) { // interim answer: drop it
            buffer.remove(0, end + 4);
            continue;
        }
        if (buffer.size() < end + 4 + length)
            break;
        reply.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        replies.append(reply);
    }
    return replies;
}

} // namespace RawHttp
