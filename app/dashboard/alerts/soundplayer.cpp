#include "soundplayer.h"

#include "logging.h"

#include <QSoundEffect>
#include <QUrl>

namespace tableside::dashboard {

SoundPlayer::SoundPlayer(QObject *parent)
    : QObject(parent)
{
    m_repeatTimer.setInterval(3'000);
    connect(&m_repeatTimer, &QTimer::timeout, this, [this] { play(Sound::WaiterCall); });
}

void SoundPlayer::setVolume(int volume)
{
    m_volume = qBound(0, volume, 100);
    for (QSoundEffect *e : {m_order, m_call})
        if (e)
            e->setVolume(m_volume / 100.0);
}

void SoundPlayer::setMuted(bool muted)
{
    m_muted = muted;
    for (QSoundEffect *e : {m_order, m_call})
        if (e)
            e->setMuted(muted);
}

int SoundPlayer::playCount(Sound sound) const
{
    return sound == Sound::NewOrder ? m_orderCount : m_callCount;
}

QSoundEffect *SoundPlayer::effect(Sound sound)
{
    // Created on first use: a dashboard that never beeps never touches the audio system.
    QSoundEffect *&slot = sound == Sound::NewOrder ? m_order : m_call;
    if (!slot) {
        slot = new QSoundEffect(this);
        slot->setSource(QUrl(sound == Sound::NewOrder
                                 ? QStringLiteral("qrc:/dashboard/sounds/new-order.wav")
                                 : QStringLiteral("qrc:/dashboard/sounds/waiter-call.wav")));
        slot->setVolume(m_volume / 100.0);
        slot->setMuted(m_muted);
    }
    return slot;
}

void SoundPlayer::play(Sound sound)
{
    if (m_muted || m_volume == 0)
        return;
    QSoundEffect *e = effect(sound);
    // play() restarts a sound that is (or, without a device, seems to be) still playing.
    e->stop();
    e->play();
    int &count = sound == Sound::NewOrder ? m_orderCount : m_callCount;
    ++count;
    qCDebug(lcAlerts) << "Sound" << (sound == Sound::NewOrder ? "new-order" : "waiter-call")
                      << "played, status" << e->status();
}

void SoundPlayer::startRepeating()
{
    if (m_repeatTimer.isActive())
        return;
    qCInfo(lcAlerts) << "Urgent sound: repeating until the calls are acknowledged";
    play(Sound::WaiterCall);
    m_repeatTimer.start();
}

void SoundPlayer::stopRepeating()
{
    if (!m_repeatTimer.isActive())
        return;
    qCInfo(lcAlerts) << "Urgent sound: stopped";
    m_repeatTimer.stop();
    if (m_call)
        m_call->stop();
}

} // namespace tableside::dashboard
