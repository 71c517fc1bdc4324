#include "backupstatusmodel.h"

namespace tableside::dashboard {

BackupStatusModel::BackupStatusModel(QObject *parent)
    : QObject(parent)
{ }

void BackupStatusModel::report(const QJsonObject &status)
{
    if (status.isEmpty() || !status.value(QStringLiteral("ok")).isBool()) {
        if (!m_last)
            return;
        m_last.reset();
        emit changed();
        return;
    }
    Status next;
    next.ok = status.value(QStringLiteral("ok")).toBool();
    next.at = QDateTime::fromString(status.value(QStringLiteral("at")).toString(), Qt::ISODate);
    next.file = status.value(QStringLiteral("file")).toString();
    next.message = status.value(QStringLiteral("message")).toString();
    m_last = next;
    emit changed();
    // Every snapshot repeats the last attempt: alert once per failed attempt.
    if (!next.ok && next.at != m_lastFailureShown) {
        m_lastFailureShown = next.at;
        emit failed(next);
    }
}

void BackupStatusModel::clear()
{
    m_lastFailureShown = {};
    if (!m_last)
        return;
    m_last.reset();
    emit changed();
}

} // namespace tableside::dashboard
