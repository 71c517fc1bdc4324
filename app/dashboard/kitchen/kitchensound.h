#pragma once

#include <QDateTime>
#include <QObject>

class QSoundEffect;

namespace tableside::dashboard {

/// The kitchen's own new-order sound (a bell, not the waiter's chime), from the Qt resources,
/// with volume and mute from the dashboard settings. A burst of orders (a replay after a
/// reconnect) rings once, not once per order. Never waits for a sound to end.
class KitchenSound : public QObject
{
    Q_OBJECT
public:
    explicit KitchenSound(QObject *parent = nullptr);

    void setVolume(int volume);
    void setMuted(bool muted);
    /// Times the bell really started (tests, log).
    int playCount() const { return m_count; }
    static QString source() { return QStringLiteral("qrc:/kitchen/sounds/kitchen-new-order.wav"); }

public slots:
    /// Rings for a new order at @p now, unless it rang less than two seconds before.
    void newOrder(const QDateTime &now);

private:
    QSoundEffect *m_effect = nullptr;
    int m_volume = 100;
    bool m_muted = false;
    int m_count = 0;
    QDateTime m_lastPlayed;
};

} // namespace tableside::dashboard
