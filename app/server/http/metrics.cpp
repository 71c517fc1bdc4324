#include "metrics.h"

#include <QMap>

namespace tableside::server {

namespace {

QByteArray escapeLabel(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

} // namespace

Metrics::Metrics() = default;

QList<double> Metrics::latencyBounds()
{
    return {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5};
}

void Metrics::recordRequest(const QString &method, const QString &route, int status, double seconds)
{
    ++m_requests[RequestKey {method, route, status}];
    Histogram &h = m_latency[route];
    const QList<double> bounds = latencyBounds();
    if (h.buckets.isEmpty())
        h.buckets = QList<quint64>(bounds.size(), 0);
    for (int i = 0; i < bounds.size(); ++i)
        if (seconds <= bounds.at(i))
            ++h.buckets[i];
    ++h.count;
    h.sum += seconds;
}

void Metrics::addSource(std::function<QByteArray()> source)
{
    m_sources.append(std::move(source));
}

QByteArray Metrics::render() const
{
    QByteArray out;
    out += "# HELP tableside_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE tableside_http_requests_total counter\n";
    // Sorted output: stable for people diffing two scrapes.
    QMap<QByteArray, quint64> lines;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        lines.insert("tableside_http_requests_total{method=\"" + escapeLabel(it.key().method)
                         + "\",route=\"" + escapeLabel(it.key().route) + "\",status=\""
                         + QByteArray::number(it.key().status) + "\"} ",
                     it.value());
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        out += it.key() + QByteArray::number(it.value()) + '\n';

    out += "# HELP tableside_http_request_duration_seconds Time from request to answer.\n"
           "# TYPE tableside_http_request_duration_seconds histogram\n";
    const QList<double> bounds = latencyBounds();
    QStringList routes = m_latency.keys();
    routes.sort();
    for (const QString &route : routes) {
        const Histogram &h = m_latency.value(route);
        const QByteArray label = "route=\"" + escapeLabel(route) + "\"";
        for (int i = 0; i < bounds.size(); ++i)
            out += "tableside_http_request_duration_seconds_bucket{" + label + ",le=\""
                + number(bounds.at(i)) + "\"} " + QByteArray::number(h.buckets.at(i)) + '\n';
        out += "tableside_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} "
            + QByteArray::number(h.count) + '\n';
        out += "tableside_http_request_duration_seconds_sum{" + label + "} " + number(h.sum) + '\n';
        out += "tableside_http_request_duration_seconds_count{" + label + "} "
            + QByteArray::number(h.count) + '\n';
    }

    out += "# HELP tableside_http_guard_rejections_total Requests refused before routing "
           "(413, 431, 408, 503).\n# TYPE tableside_http_guard_rejections_total counter\n";
    for (auto it = m_guardRejections.cbegin(); it != m_guardRejections.cend(); ++it)
        out += "tableside_http_guard_rejections_total{status=\"" + QByteArray::number(it.key())
            + "\"} " + QByteArray::number(it.value()) + '\n';

    out += "# HELP tableside_orders_created_total Orders created (idempotent replays not "
           "counted).\n# TYPE tableside_orders_created_total counter\n"
           "tableside_orders_created_total "
        + QByteArray::number(m_ordersCreated) + '\n';
    out += "# HELP tableside_waiter_calls_created_total Waiter calls created.\n"
           "# TYPE tableside_waiter_calls_created_total counter\n"
           "tableside_waiter_calls_created_total "
        + QByteArray::number(m_callsCreated) + '\n';
    for (const auto &source : m_sources)
        out += source();
    return out;
}

} // namespace tableside::server
