#include "menucontroller.h"

#include "apierror.h"
#include "apirouter.h"
#include "commitreply.h"
#include "requestvalidator.h"
#include "store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace tableside::server {

MenuController::MenuController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_context.store, &Store::menuChanged, this, [this] { m_cache.clear(); });
}

QByteArray MenuController::menuJson()
{
    if (m_cache.isEmpty()) {
        QJsonArray categories;
        for (const Category &category : m_context.store.categories())
            if (!category.isPaused) // "kitchen closed": the whole section leaves the menu
                categories.append(category.toJson());
        QJsonArray products;
        // Sold-out products stay listed (shown as such); hidden ones are not on the menu, nor
        // those of a paused category (a paused station's are listed as unavailable).
        for (const Product &product : m_context.store.products())
            if (!product.isHidden && product.pausedBy != QLatin1String("category"))
                products.append(product.toJson());
        m_cache = QJsonDocument(QJsonObject {{QStringLiteral("categories"), categories},
                                             {QStringLiteral("products"), products},
                                             {QStringLiteral("currency"), QStringLiteral("EUR")}})
                      .toJson(QJsonDocument::Compact);
        m_etag = '"' + QCryptographicHash::hash(m_cache, QCryptographicHash::Sha1).toHex().left(16)
            + '"';
    }
    return m_cache;
}

void MenuController::registerRoutes(ApiRouter &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/menu"), ApiRouter::Access::Guest,
               ApiRouter::Body::None, [this](const ApiRequest &request, ApiResponder reply) {
                   const QByteArray body = menuJson();
                   // A cheap change check for the guest page: it sends its ETag back and gets
                   // 304 with no body until a manager changes the menu.
                   const QList<ApiResponder::Header> headers {{"ETag", m_etag},
                                                              {"Cache-Control", "no-cache"}};
                   if (request.header("if-none-match") == m_etag)
                       return reply.raw(304, {}, "application/json", headers);
                   reply.raw(200, body, "application/json", headers);
               });
    router.add(
        QStringLiteral("PATCH"), QStringLiteral("/api/products/{id}/availability"),
        ApiRouter::Access::Staff, ApiRouter::Body::JsonObject,
        [this](const ApiRequest &request, ApiResponder reply) {
            bool idOk = false;
            const qint64 id = request.params.at(0).toLongLong(&idOk);
            RequestValidator check;
            const auto available = check.boolean(request.json, QStringLiteral("isAvailable"));
            if (!idOk || id <= 0) {
                reply.error(
                    ApiError::notFound(tr("There is no product %1.").arg(request.params.at(0))));
                return;
            }
            if (!available) {
                reply.error(ApiError::badRequest(check.error()));
                return;
            }
            replyAfterCommit(m_context.store, reply,
                             m_context.store.setProductAvailability(id, *available, *request.staff),
                             successWith(QStringLiteral("product")));
        },
        {StaffRole::Kitchen, StaffRole::Manager});
}

} // namespace tableside::server
