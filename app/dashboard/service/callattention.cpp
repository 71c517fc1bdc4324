#include "callattention.h"

#include "apiresult.h"
#include "calllistmodel.h"
#include "dashboardsettings.h"
#include "staffapi.h"

#include <QJsonArray>

namespace tableside::dashboard {

CallAttention::CallAttention(StaffApi *api, SyncEngine *sync, DashboardSettings *settings,
                             QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_settings(settings)
{
    connect(sync, &SyncEngine::eventApplied, this, &CallAttention::onEvent);
    connect(sync, &SyncEngine::snapshotApplied, this, &CallAttention::refresh);
}

bool CallAttention::isLoud(const WaiterCall &call) const
{
    const auto staff = m_settings->staff();
    if (!staff)
        return true;
    const int callLevel = level(call.id);
    if (staff->role == StaffRole::Kitchen)
        return callLevel >= 2;
    if (callLevel >= 1)
        return true; // T1 passed: every waiter and manager
    const QString owner = assignedTo(call.tableNumber);
    return owner.isEmpty() || owner == staff->name;
}

bool CallAttention::isOrderLoud(const QString &orderId, int tableNumber) const
{
    const auto staff = m_settings->staff();
    if (!staff)
        return true;
    const int orderLevel = level(orderId);
    if (orderLevel >= 2)
        return true; // T2 passed: managers and kitchen screens too
    if (staff->role == StaffRole::Kitchen)
        return false;
    const QString owner = assignedTo(tableNumber);
    if (owner.isEmpty() || owner == staff->name)
        return true;
    return orderLevel >= 1 && staff->role == StaffRole::Waiter; // T1: every waiter
}

int CallAttention::loudPendingCount(const CallListModel *calls) const
{
    int count = 0;
    for (const WaiterCall &call : calls->calls())
        if (call.status == CallStatus::Pending && isLoud(call))
            ++count;
    return count;
}

void CallAttention::refresh()
{
    m_api->staffJson("GET", QStringLiteral("/api/assignments"), {}, [this](const ApiResult &r) {
        if (!r.isSuccess())
            return;
        m_waitersAssignThemselves
            = r.body.value(QStringLiteral("waitersAssignThemselves")).toBool();
        setAssignments(r.body.value(QStringLiteral("assignments")).toArray());
    });
    m_api->staffJson("GET", QStringLiteral("/api/service/escalations"), {},
                     [this](const ApiResult &r) {
                         if (r.isSuccess())
                             setLevels(r.body);
                     });
}

void CallAttention::setAssignments(const QJsonArray &assignments)
{
    m_assignments.clear();
    for (const QJsonValue &value : assignments) {
        const QJsonObject a = value.toObject();
        m_assignments.insert(a.value(QStringLiteral("tableNumber")).toInt(),
                             a.value(QStringLiteral("staffName")).toString());
    }
    emit changed();
}

void CallAttention::setWaitersAssignThemselves(bool allowed)
{
    m_waitersAssignThemselves = allowed;
    emit changed();
}

void CallAttention::setLevels(const QJsonObject &escalations)
{
    m_levels.clear();
    for (const QString &kind : {QStringLiteral("calls"), QStringLiteral("orders")}) {
        const QJsonObject levels = escalations.value(kind).toObject();
        for (auto it = levels.begin(); it != levels.end(); ++it)
            m_levels.insert(it.key(), it.value().toInt());
    }
    emit changed();
}

void CallAttention::onEvent(const StaffEvent &event, Via)
{
    const QJsonObject data = event.data();
    switch (event.type()) {
    case StaffEventType::TableAssignmentChange:
        setAssignments(data.value(QStringLiteral("assignments")).toArray());
        break;
    case StaffEventType::CallEscalated:
    case StaffEventType::OrderEscalated: {
        const bool call = event.type() == StaffEventType::CallEscalated;
        const QString id
            = data.value(call ? QStringLiteral("callId") : QStringLiteral("orderId")).toString();
        const int newLevel = data.value(QStringLiteral("level")).toInt();
        if (newLevel <= level(id))
            break;
        m_levels.insert(id, newLevel);
        emit changed();
        emit escalated(call ? QStringLiteral("call") : QStringLiteral("order"), id, newLevel,
                       data.value(QStringLiteral("tableNumber")).toInt());
        break;
    }
    default:
        break;
    }
}

} // namespace tableside::dashboard
