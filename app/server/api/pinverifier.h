#pragma once

#include "store.h"

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <optional>

namespace tableside::server {

/// Runs the PBKDF2 of staff PINs on its own small thread pool, so a login never stalls the
/// event loop, and delivers each result back on the thread that owns it.
class PinVerifier : public QObject
{
    Q_OBJECT
public:
    /// The record whose PIN @p pin is (nullopt = none).
    using MatchDone = std::function<void(std::optional<Store::PinRecord> match)>;

    /// What a PIN change needs: whether the old PIN is right, whether the new one is somebody
    /// else's already, and the new salt and hash to store.
    struct Change
    {
        bool oldPinMatches = false;
        bool newPinInUse = false;
        QByteArray salt;
        QByteArray hash;
    };
    using ChangeDone = std::function<void(const Change &change)>;

    explicit PinVerifier(int threads = 2, QObject *parent = nullptr);
    /// Waits for the hashes still running; their results are dropped.
    ~PinVerifier() override;

    /// Hashes @p pin against every record (match or not, so the time taken does not tell which)
    /// and calls @p done on this object's thread.
    void match(const QString &pin, QList<Store::PinRecord> records, MatchDone done);
    /// Checks @p oldPin against @p own and @p newPin against every record of @p others (own
    /// excluded), then hashes @p newPin with a fresh salt; calls @p done on this object's thread.
    void prepareChange(const QString &oldPin, Store::PinRecord own, const QString &newPin,
                       QList<Store::PinRecord> others, ChangeDone done);
    /// Checks handed to the pool and not yet delivered.
    int pending() const { return m_pending; }

private:
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace tableside::server
