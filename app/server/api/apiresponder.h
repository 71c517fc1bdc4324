#pragma once

#include "httperror.h"

#include <QJsonObject>
#include <QPointer>
#include <functional>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace tableside::server {

/// Answers one API request, now or later (after the group commit): holds the Qt responder
/// with a guarded socket pointer, so an answer to a client that has gone is dropped instead of
/// crashing (the Qt 6.4 responder keeps a raw socket pointer). Copies share one answer.
class ApiResponder
{
public:
    using Header = QPair<QByteArray, QByteArray>;
    /// Called once with the status written (for metrics).
    using Written = std::function<void(int status)>;

    ApiResponder(QHttpServerResponder &&responder, Written written);

    void json(int status, const QJsonObject &body, const QList<Header> &headers = {});
    /// The one success body: {"success":true, ...fields}.
    void success(const QJsonObject &fields = {}, int status = 200,
                 const QList<Header> &headers = {});
    /// The error's status, body ({"error","message",...}) and headers.
    void error(const HttpError &error);
    void raw(int status, const QByteArray &body, const QByteArray &contentType,
             const QList<Header> &headers = {});

    /// The connection's socket: a context for Store::whenCommitted (gone = do not answer).
    QObject *context() const;
    bool answered() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace tableside::server
