#pragma once

#include <QObject>
#include <memory>

class QHttpServer;

namespace tableside::server {

class Store;

/// The guest side served by tableside-server: /bg/order, /en/order, the /t/{n} QR short link,
/// the page's static files, and the guest's view of its own waiter call.
class GuestRoutes : public QObject
{
    Q_OBJECT
public:
    GuestRoutes(Store &store, QObject *parent = nullptr);
    ~GuestRoutes() override;

    /// Registers the routes on @p http. Call before listen().
    void attach(QHttpServer &http);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tableside::server
