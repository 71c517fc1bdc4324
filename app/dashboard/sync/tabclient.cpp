#include "tabclient.h"

#include <QPointer>
#include <QUrl>
#include <QUuid>

namespace tableside::dashboard {

namespace {
QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

QJsonObject TabClient::PaymentRequest::toJson() const
{
    QJsonObject body {{QStringLiteral("method"), method}};
    if (tipEurCents > 0)
        body.insert(QStringLiteral("tipEurCents"), tipEurCents);
    if (method == QLatin1String("cash") && tenderedEurCents >= 0)
        body.insert(QStringLiteral("tenderedEurCents"), tenderedEurCents);
    if (!items.isEmpty())
        body.insert(QStringLiteral("items"), items);
    else if (parts >= 2)
        body.insert(QStringLiteral("parts"), parts);
    return body;
}

TabClient::TabClient(StaffApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

TabClient::Callback TabClient::guarded(Callback done)
{
    // The dialog that asked (and this client with it) may be gone when the answer comes.
    return [guard = QPointer<TabClient>(this), done = std::move(done)](const ApiResult &result) {
        if (guard && done)
            done(result);
    };
}

void TabClient::fetchTab(int tableNumber, Callback done)
{
    m_api->staffJson("GET", QStringLiteral("/api/tables/%1/tab").arg(tableNumber), {},
                     guarded(std::move(done)));
}

void TabClient::fetchPayments(int tableNumber, Callback done)
{
    m_api->staffJson("GET", QStringLiteral("/api/tables/%1/payments").arg(tableNumber), {},
                     guarded(std::move(done)));
}

void TabClient::pay(int tableNumber, const PaymentRequest &request,
                    const QByteArray &idempotencyKey, Callback done)
{
    m_api->staffJson("POST", QStringLiteral("/api/tables/%1/payments").arg(tableNumber),
                     request.toJson(), guarded(std::move(done)), idempotencyKey);
}

void TabClient::voidPayment(const QString &paymentId, const QString &reason, Callback done)
{
    m_api->staffJson("POST", QStringLiteral("/api/payments/%1/void").arg(segment(paymentId)),
                     QJsonObject {{QStringLiteral("reason"), reason}}, guarded(std::move(done)));
}

void TabClient::moveOrder(const QString &orderId, int toTable, Callback done)
{
    m_api->staffJson("POST", QStringLiteral("/api/orders/%1/move").arg(segment(orderId)),
                     QJsonObject {{QStringLiteral("tableNumber"), toTable}},
                     guarded(std::move(done)));
}

void TabClient::moveTab(int fromTable, int toTable, Callback done)
{
    m_api->staffJson("POST", QStringLiteral("/api/tables/%1/move").arg(fromTable),
                     QJsonObject {{QStringLiteral("toTable"), toTable}}, guarded(std::move(done)));
}

void TabClient::mergeTab(int intoTable, int fromTable, Callback done)
{
    m_api->staffJson("POST", QStringLiteral("/api/tables/%1/merge").arg(intoTable),
                     QJsonObject {{QStringLiteral("fromTable"), fromTable}},
                     guarded(std::move(done)));
}

QByteArray TabClient::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace tableside::dashboard
