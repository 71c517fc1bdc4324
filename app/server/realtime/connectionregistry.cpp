#include "connectionregistry.h"

#include "pusherconnection.h"

namespace tableside::server {

namespace {
QString addressKey(const QHostAddress &address)
{
    // IPv4-mapped IPv6 (::ffff:1.2.3.4) and plain IPv4 are the same client.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}
} // namespace

ConnectionRegistry::ConnectionRegistry(int maxConnections, int maxConnectionsPerAddress)
    : m_maxConnections(maxConnections)
    , m_maxConnectionsPerAddress(maxConnectionsPerAddress)
{ }

ConnectionRegistry::~ConnectionRegistry()
{
    qDeleteAll(m_bySocketId);
}

ConnectionRegistry::Admission ConnectionRegistry::admit(const QHostAddress &address) const
{
    if (m_maxConnections > 0 && count() >= m_maxConnections)
        return Admission::OverTotalCap;
    if (m_maxConnectionsPerAddress > 0 && countFrom(address) >= m_maxConnectionsPerAddress)
        return Admission::OverAddressCap;
    return Admission::Accepted;
}

void ConnectionRegistry::add(std::unique_ptr<PusherConnection> connection)
{
    ++m_perAddress[addressKey(connection->peerAddress())];
    PusherConnection *raw = connection.release();
    m_bySocketId.insert(raw->socketId(), raw);
}

std::unique_ptr<PusherConnection> ConnectionRegistry::take(PusherConnection *connection)
{
    auto it = m_bySocketId.find(connection->socketId());
    if (it == m_bySocketId.end() || it.value() != connection)
        return {};
    m_bySocketId.erase(it);
    const QString key = addressKey(connection->peerAddress());
    auto counter = m_perAddress.find(key);
    if (counter != m_perAddress.end() && --counter.value() <= 0)
        m_perAddress.erase(counter);
    return std::unique_ptr<PusherConnection>(connection);
}

PusherConnection *ConnectionRegistry::find(const QString &socketId) const
{
    return m_bySocketId.value(socketId);
}

int ConnectionRegistry::countFrom(const QHostAddress &address) const
{
    return m_perAddress.value(addressKey(address));
}

} // namespace tableside::server
