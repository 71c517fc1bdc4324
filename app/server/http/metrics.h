#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace tableside::server {

/// Counters and latency histograms for GET /metrics (Prometheus text format 0.0.4).
class Metrics
{
public:
    Metrics();

    /// One answered request: @p route is the route pattern ("/api/orders/{id}/status"), not
    /// the path, so labels stay few.
    void recordRequest(const QString &method, const QString &route, int status, double seconds);
    void orderCreated() { ++m_ordersCreated; }
    void callCreated() { ++m_callsCreated; }
    /// Requests the connection guard answered itself (413, 431, 503, 408).
    void guardRejected(int status) { ++m_guardRejections[status]; }

    /// Lines appended by other parts (database, realtime) at render time.
    void addSource(std::function<QByteArray()> source);

    QByteArray render() const;

    static QList<double> latencyBounds();

private:
    struct RequestKey
    {
        QString method;
        QString route;
        int status;
        bool operator==(const RequestKey &o) const
        {
            return status == o.status && method == o.method && route == o.route;
        }
    };
    friend size_t qHash(const RequestKey &key, size_t seed)
    {
        return qHashMulti(seed, key.method, key.route, key.status);
    }
    struct Histogram
    {
        QList<quint64> buckets;
        quint64 count = 0;
        double sum = 0;
    };

    QHash<RequestKey, quint64> m_requests;
    QHash<QString, Histogram> m_latency; ///< by route
    QHash<int, quint64> m_guardRejections;
    quint64 m_ordersCreated = 0;
    quint64 m_callsCreated = 0;
    QList<std::function<QByteArray()>> m_sources;
};

} // namespace tableside::server
