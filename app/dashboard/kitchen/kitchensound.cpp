#include "kitchensound.h"

#include "logging.h"

#include <QSoundEffect>
#include <QUrl>

namespace tableside::dashboard {

namespace {
constexpr qint64 QuietAfterRingMs = 2'000;
}

KitchenSound::KitchenSound(QObject *parent)
    : QObject(parent)
{ }

void KitchenSound::setVolume(int volume)
{
    m_volume = qBound(0, volume, 100);
    if (m_effect)
        m_effect->setVolume(m_volume / 100.0);
}

void KitchenSound::setMuted(bool muted)
{
    m_muted = muted;
    if (m_effect)
        m_effect->setMuted(muted);
}

void KitchenSound::newOrder(const QDateTime &now)
{
    if (m_muted || m_volume == 0)
        return;
    if (m_lastPlayed.isValid() && m_lastPlayed.msecsTo(now) < QuietAfterRingMs)
        return;
    if (!m_effect) {
        // Created on first use: a screen that never rings never opens the audio system.
        m_effect = new QSoundEffect(this);
        m_effect->setSource(QUrl(source()));
        m_effect->setVolume(m_volume / 100.0);
        m_effect->setMuted(m_muted);
    }
    m_effect->stop();
    m_effect->play();
    m_lastPlayed = now;
    ++m_count;
    qCInfo(lcAlerts) << "Kitchen bell: new order";
}

} // namespace tableside::dashboard
