#include "apiresponder.h"

#include <algorithm>

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>
#include <optional>

namespace tableside::server {

struct ApiResponder::State
{
    std::optional<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    Written written;
    bool answered = false;
};

ApiResponder::ApiResponder(QHttpServerResponder &&responder, Written written)
    : m_state(std::make_shared<State>())
{
    m_state->socket = responder.socket();
    m_state->responder.emplace(std::move(responder));
    m_state->written = std::move(written);
}

void ApiResponder::json(int status, const QJsonObject &body, const QList<Header> &headers)
{
    raw(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", headers);
}

void ApiResponder::success(const QJsonObject &fields, int status, const QList<Header> &headers)
{
    QJsonObject body = fields;
    body.insert(QStringLiteral("success"), true);
    json(status, body, headers);
}

void ApiResponder::error(const HttpError &error)
{
    raw(error.status, error.body(), "application/json", error.headers);
}

void ApiResponder::raw(int status, const QByteArray &body, const QByteArray &contentType,
                       const QList<Header> &headers)
{
    if (m_state->answered)
        return;
    m_state->answered = true;
    if (m_state->written)
        m_state->written(status);
    if (!m_state->socket || m_state->socket->state() != QAbstractSocket::ConnectedState)
        return; // the client left; nobody to answer
    QHttpServerResponder &responder = *m_state->responder;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader("Content-Type",
                          contentType.isEmpty() ? QByteArray("application/json") : contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    // no-store unless the caller says otherwise (the menu's ETag, photos cached for good).
    if (std::none_of(headers.cbegin(), headers.cend(), [](const Header &header) {
            return header.first.compare("Cache-Control", Qt::CaseInsensitive) == 0;
        }))
        responder.writeHeader("Cache-Control", "no-store");
    for (const Header &header : headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(body);
}

QObject *ApiResponder::context() const
{
    return m_state->socket.data();
}

bool ApiResponder::answered() const
{
    return m_state->answered;
}

} // namespace tableside::server
