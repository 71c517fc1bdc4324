#include "escalationscheduler.h"

#include "logging.h"
#include "store.h"

namespace tableside::server {

EscalationScheduler::EscalationScheduler(Store &store, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
{
    m_timer.setInterval(m_options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EscalationScheduler::check);
}

void EscalationScheduler::start()
{
    check(); // steps that fell due while the server was down
    m_timer.start();
}

int EscalationScheduler::check()
{
    const QDateTime now = m_options.clock();
    int fired = 0;
    // Level n is due once the subject has waited levelSeconds[n-1]; levels fire in order.
    const auto escalate = [&](const QString &kind, const QString &id, const QDateTime &since,
                              int firedLevel, int level1, int level2, QJsonObject data) {
        const qint64 waited = since.secsTo(now);
        const int due = waited >= level2 ? 2 : waited >= level1 ? 1 : 0;
        for (int level = firedLevel + 1; level <= due; ++level) {
            data.insert(QStringLiteral("waitedSeconds"), waited);
            data.insert(
                QStringLiteral("dueAt"),
                since.addSecs(level == 1 ? level1 : level2).toUTC().toString(Qt::ISODateWithMs));
            const auto outcome = m_store.recordEscalation(kind, id, level, data);
            if (!outcome.ok())
                return;
            if (outcome.value() > 0) {
                ++fired;
                qCInfo(lcService).noquote() << kind << id << "escalated to level" << level;
            }
        }
    };

    const QHash<QString, int> callLevels = m_store.escalationLevels(QStringLiteral("call"));
    for (const WaiterCall &call : m_store.openCalls()) {
        if (call.status != CallStatus::Pending)
            continue; // acknowledged: someone is going, nothing more fires
        escalate(QStringLiteral("call"), call.id, call.createdAt, callLevels.value(call.id),
                 m_options.callLevel1Seconds, m_options.callLevel2Seconds,
                 {{QStringLiteral("tableNumber"), call.tableNumber},
                  {QStringLiteral("callType"), toWireString(call.type)}});
    }
    const QHash<QString, int> orderLevels = m_store.escalationLevels(QStringLiteral("order"));
    for (const Order &order : m_store.readyOrders()) {
        escalate(QStringLiteral("order"), order.id, order.updatedAt, orderLevels.value(order.id),
                 m_options.orderLevel1Seconds, m_options.orderLevel2Seconds,
                 {{QStringLiteral("tableNumber"), order.tableNumber},
                  {QStringLiteral("orderNumber"), order.orderNumber}});
    }
    return fired;
}

} // namespace tableside::server
