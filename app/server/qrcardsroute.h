#pragma once

#include "apicontext.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;

/// POST /api/admin/tables/qr-cards {"tables":[…],"baseUrl"?} → application/pdf (managers):
/// the QR cards of a selection of tables with their signed links. Registered by the assembly,
/// the one layer that sees both the API router and the guest layer's card writer. The server
/// runs without a GUI application (fonts need one), so the PDF is written by this binary's own
/// `qr` command in a child process, off the event loop.
class QrCardsRoute : public QObject
{
    Q_OBJECT
public:
    explicit QrCardsRoute(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

    static constexpr int MaxTables = 200;

private:
    void cards(const ApiRequest &request, ApiResponder reply);
    ApiContext m_context;
};

} // namespace tableside::server
