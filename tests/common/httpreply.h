#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <utility>

/// Extra request headers, in order.
using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// One HTTP answer as the test clients see it (status 0 = no answer).
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};
