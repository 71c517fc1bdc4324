#pragma once

#include <QObject>
#include <QTimer>

class QSoundEffect;

namespace tableside::dashboard {

/// The dashboard's two alert sounds.
enum class Sound { NewOrder, WaiterCall };

/// Plays the alert sounds (WAVs from the Qt resources) with QSoundEffect, honours volume and
/// mute, and repeats the urgent call sound until stopped. Never waits for a sound to finish:
/// without an audio device QSoundEffect never reports the end, and nothing may hang on that.
class SoundPlayer : public QObject
{
    Q_OBJECT
public:
    explicit SoundPlayer(QObject *parent = nullptr);

    /// 0–100.
    void setVolume(int volume);
    int volume() const { return m_volume; }
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    /// Time between repeats of the urgent sound.
    void setRepeatInterval(int ms) { m_repeatTimer.setInterval(ms); }

    /// How often play() really started a sound, per kind (for tests and the log).
    int playCount(Sound sound) const;
    bool isRepeating() const { return m_repeatTimer.isActive(); }

public slots:
    void play(tableside::dashboard::Sound sound);
    /// Plays the waiter-call sound now and then every repeat interval.
    void startRepeating();
    void stopRepeating();

private:
    QSoundEffect *effect(Sound sound);

    QSoundEffect *m_order = nullptr;
    QSoundEffect *m_call = nullptr;
    int m_volume = 80;
    bool m_muted = false;
    int m_orderCount = 0;
    int m_callCount = 0;
    QTimer m_repeatTimer;
};

} // namespace tableside::dashboard
