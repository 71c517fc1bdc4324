#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <memory>

namespace tableside::server {

class PusherConnection;

/// Owns the live connections, finds them by socket_id, and counts them per client address for
/// the connection caps.
class ConnectionRegistry
{
public:
    enum class Admission { Accepted, OverTotalCap, OverAddressCap };

    ConnectionRegistry(int maxConnections, int maxConnectionsPerAddress);
    ~ConnectionRegistry();

    /// Whether one more connection from @p address fits.
    Admission admit(const QHostAddress &address) const;
    void add(std::unique_ptr<PusherConnection> connection);
    /// Removes and returns it (the caller decides when to destroy it).
    std::unique_ptr<PusherConnection> take(PusherConnection *connection);

    PusherConnection *find(const QString &socketId) const;
    int count() const { return int(m_bySocketId.size()); }
    int countFrom(const QHostAddress &address) const;
    template<typename F> void forEach(F &&visit) const
    {
        for (auto it = m_bySocketId.cbegin(); it != m_bySocketId.cend(); ++it)
            visit(it.value());
    }

private:
    int m_maxConnections;
    int m_maxConnectionsPerAddress;
    QHash<QString, PusherConnection *> m_bySocketId; // owning (deleted in take/destructor)
    QHash<QString, int> m_perAddress;
};

} // namespace tableside::server
