#pragma once

#include <QObject>
#include <memory>

class QHttpServer;

namespace tableside::server {

class GuestLimits;
class Store;

/// The guest side served by tableside-server: /bg/order, /en/order, the /t/{n} QR short link
/// and the page's static files. (The page's JSON calls, such as GET
/// /api/waiter-call/{id}/status, are REST routes of the API layer.)
class GuestRoutes : public QObject
{
    Q_OBJECT
public:
    /// @p limits: the guest limits (Page and TableLink scopes), shared with the REST API.
    GuestRoutes(Store &store, GuestLimits &limits, QObject *parent = nullptr);
    ~GuestRoutes() override;

    /// Registers the routes on @p http. Call before listen().
    void attach(QHttpServer &http);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tableside::server
