#pragma once

#include "staffevent.h"
#include "syncengine.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace tableside::dashboard {

class DashboardSettings;
class SoundPlayer;

/// Turns device-status events into alerts: on a manager's device a toast and a sound when a
/// device goes offline without signing out, lags, or is muted; on kitchen screens a line that
/// names the kitchen devices in trouble (kitchenLine()).
class DeviceAlerts : public QObject
{
    Q_OBJECT
public:
    DeviceAlerts(SyncEngine *sync, SoundPlayer *sounds, DashboardSettings *settings,
                 QObject *parent = nullptr);

    /// "Bar screen is offline · Grill is muted" — kitchen devices in trouble; "" when none.
    QString kitchenLine() const;
    int alertCount() const { return m_alerts; }

signals:
    /// A manager's alert: show it (toast) — the sound was played already.
    void alertRaised(const QString &title, const QString &text);
    void kitchenLineChanged(const QString &line);

private:
    void onEvent(const tableside::StaffEvent &event, tableside::dashboard::Via via);

    SoundPlayer *m_sounds;
    DashboardSettings *m_settings;
    QHash<QString, QString> m_kitchenProblems; ///< deviceId → problem text
    int m_alerts = 0;
};

} // namespace tableside::dashboard
