#pragma once

#include "apicontext.h"

#include <QByteArray>
#include <QObject>

namespace tableside::server {

class ApiRouter;

/// GET /api/menu: categories and visible products with EUR and BGN prices, served from a
/// cached JSON text rebuilt when the menu changes.
class MenuController : public QObject
{
    Q_OBJECT
public:
    explicit MenuController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

private:
    QByteArray menuJson();
    ApiContext m_context;
    QByteArray m_cache;
    QByteArray m_etag; ///< of m_cache
};

} // namespace tableside::server
