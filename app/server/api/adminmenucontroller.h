#pragma once

#include "apicontext.h"
#include "apiresponder.h"
#include "menuedits.h"

#include <QObject>
#include <optional>

namespace tableside::server {

class ApiRouter;
class RequestValidator;
struct ApiRequest;

/// The manager's menu routes under /api/admin/ (categories, products, their order, photos,
/// pauses; managers only) and GET /api/menu/photos/{id}, the photos guests download.
class AdminMenuController : public QObject
{
    Q_OBJECT
public:
    explicit AdminMenuController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

private:
    void adminMenu(const ApiRequest &request, ApiResponder reply);
    void createProduct(const ApiRequest &request, ApiResponder reply);
    void updateProduct(const ApiRequest &request, ApiResponder reply);
    void uploadPhoto(const ApiRequest &request, ApiResponder reply);
    void servePhoto(const ApiRequest &request, ApiResponder reply);

    /// The fields of a product body that are present, checked; nullopt after a reply.
    static std::optional<MenuEdits::ProductPatch> readPatch(const QJsonObject &body,
                                                            RequestValidator &check);

    ApiContext m_context;
};

} // namespace tableside::server
