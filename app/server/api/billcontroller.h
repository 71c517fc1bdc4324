#pragma once

#include "apicontext.h"
#include "billtypes.h"

#include <QObject>
#include <optional>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;
class RequestValidator;

/// The bill's staff routes (docs/api.md, "Bill"): the tables view, a table's tab, payments
/// (whole, items, equal parts; Idempotency-Key honoured), voids by a manager, moving an order
/// or a tab and merging tabs; and the origin's GET /api/categories alias.
class BillController : public QObject
{
    Q_OBJECT
public:
    /// Caps on what staff may enter (cents): far above any real bill, far below overflow.
    static constexpr qint64 MaxTipCents = 100'000;
    static constexpr qint64 MaxTenderedCents = 10'000'000;
    static constexpr int MinParts = 2;
    static constexpr int MaxParts = 20;
    static constexpr int MaxItems = 200;
    static constexpr int MaxReason = 200;

    explicit BillController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

    /// Parses a payment body into @p draft; false (with @p check's message) when invalid.
    static bool parsePayment(const QJsonObject &body, RequestValidator &check,
                             bill::PaymentDraft &draft);

private:
    void tables(ApiResponder reply);
    void tab(const ApiRequest &request, ApiResponder reply);
    void payments(const ApiRequest &request, ApiResponder reply);
    void pay(const ApiRequest &request, ApiResponder reply);
    void voidPayment(const ApiRequest &request, ApiResponder reply);
    void moveOrder(const ApiRequest &request, ApiResponder reply);
    void moveTab(const ApiRequest &request, ApiResponder reply, bool merge);
    void categories(ApiResponder reply);
    /// The table number of the route's {n}, or nullopt after answering 404.
    std::optional<int> tableParam(const ApiRequest &request, ApiResponder &reply);

    ApiContext m_context;
};

} // namespace tableside::server
