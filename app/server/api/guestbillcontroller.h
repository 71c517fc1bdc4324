#pragma once

#include "apicontext.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace tableside {
struct TableTab;
}

namespace tableside::server {

class ApiRouter;
class ApiResponder;
struct ApiRequest;

/// GET /api/guest/tables/{n}/bill: the running bill a guest's phone shows under the menu (the
/// table's open tab with each order's status, and whether the tab has been paid), for the
/// table whose signed link opened the phone's session only; answered with an ETag so the
/// page's poll every few seconds costs a 304 while nothing changed.
class GuestBillController : public QObject
{
    Q_OBJECT
public:
    explicit GuestBillController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

    /// The bill body for @p tab (the table's open tab, Store::guestBill): {"tableNumber",
    /// "orders":[the tab's orders as the staff see them (items with dueQuantity, order
    /// dueEurCents) without staff names],"totalEurCents" (still due),"totalBgnCents",
    /// "totalEur","totalBgn","orderedEurCents","paidEurCents","split","paid"}.
    /// @p paidRecently: the table paid within the last minutes and nothing is due.
    static QJsonObject billJson(const TableTab &tab, bool paidRecently);
    /// The strong ETag of @p body: "\"<32 hex of SHA-256>\"".
    static QByteArray etag(const QByteArray &body);

private:
    void bill(const ApiRequest &request, ApiResponder reply);
    ApiContext m_context;
};

} // namespace tableside::server
