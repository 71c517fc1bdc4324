#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

class HttpClient;

/// Acts as a guest's phone against a running server: reads the menu, places orders and calls the
/// waiter (synchronous, for tests and benchmarks that need traffic).
class GuestClient
{
public:
    explicit GuestClient(HttpClient &http);

    /// Opens a table's signed link (a line of `table-links`, a QR card) as a phone does: the
    /// redirect is followed and the session cookie kept for later orders and calls. The final
    /// status (200 on the order page).
    int openTableLink(const QUrl &link);
    /// Ids of orderable products from GET /api/menu (read once).
    QList<qint64> productIds();
    /// POST /api/orders/create with @p lines lines of the menu; the created order (empty on
    /// failure).
    QJsonObject createOrder(int table, int lines = 2, const QString &notes = {});
    /// POST /api/waiter-call; the created call (empty on failure).
    QJsonObject createCall(int table, const QString &type = QStringLiteral("payment_cash"),
                           const QString &message = {});

private:
    HttpClient &m_http;
    QList<qint64> m_products;
};
