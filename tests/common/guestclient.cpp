#include "guestclient.h"

#include "httpclient.h"

#include <QJsonArray>

GuestClient::GuestClient(HttpClient &http)
    : m_http(http)
{ }

int GuestClient::openTableLink(const QUrl &link)
{
    // HttpClient's network access manager keeps the cookie, as a phone's browser does.
    return m_http
        .request("GET", link.path(QUrl::FullyEncoded) + u'?' + link.query(QUrl::FullyEncoded))
        .status;
}

QList<qint64> GuestClient::productIds()
{
    if (!m_products.isEmpty())
        return m_products;
    const QJsonObject menu = m_http.json("GET", QStringLiteral("/api/menu"));
    const auto collect = [this](const QJsonArray &products) {
        for (const QJsonValue &value : products) {
            const QJsonObject product = value.toObject();
            if (product.value(QStringLiteral("isAvailable")).toBool(true))
                m_products.append(product.value(QStringLiteral("id")).toInteger());
        }
    };
    collect(menu.value(QStringLiteral("products")).toArray());
    for (const QJsonValue &category : menu.value(QStringLiteral("categories")).toArray())
        collect(category.toObject().value(QStringLiteral("products")).toArray());
    return m_products;
}

QJsonObject GuestClient::createOrder(int table, int lines, const QString &notes)
{
    const QList<qint64> products = productIds();
    QJsonArray items;
    for (int i = 0; i < lines && !products.isEmpty(); ++i)
        items.append(QJsonObject {{QStringLiteral("productId"), products.at(i % products.size())},
                                  {QStringLiteral("quantity"), 1 + i % 3},
                                  {QStringLiteral("notes"), i == 0 ? notes : QString()}});
    const QJsonObject body {{QStringLiteral("tableNumber"), table},
                            {QStringLiteral("items"), items}};
    int status = 0;
    const QJsonObject reply
        = m_http.json("POST", QStringLiteral("/api/orders/create"), body, {}, &status);
    return status == 201 || status == 200 ? reply.value(QStringLiteral("order")).toObject()
                                          : QJsonObject();
}

QJsonObject GuestClient::createCall(int table, const QString &type, const QString &message)
{
    QJsonObject body {{QStringLiteral("tableNumber"), table}, {QStringLiteral("callType"), type}};
    if (!message.isEmpty())
        body.insert(QStringLiteral("message"), message);
    int status = 0;
    const QJsonObject reply
        = m_http.json("POST", QStringLiteral("/api/waiter-call"), body, {}, &status);
    if (status != 201 && status != 200)
        return {};
    return reply.contains(QStringLiteral("call")) ? reply.value(QStringLiteral("call")).toObject()
                                                  : reply;
}
