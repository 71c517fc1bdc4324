#include "pinverifier.h"

#include "pinhasher.h"

#include <QMetaObject>

namespace tableside::server {

PinVerifier::PinVerifier(int threads, QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(qMax(1, threads));
}

PinVerifier::~PinVerifier()
{
    m_pool.waitForDone();
}

void PinVerifier::match(const QString &pin, QList<Store::PinRecord> records, MatchDone done)
{
    ++m_pending;
    m_pool.start([this, pin, records = std::move(records), done = std::move(done)]() mutable {
        std::optional<Store::PinRecord> found;
        for (const Store::PinRecord &record : std::as_const(records)) {
            const bool same = PinHasher::equal(PinHasher::hash(pin, record.salt), record.hash);
            if (same && !found)
                found = record;
        }
        // Delivered through this object's event queue: dropped if it is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, found = std::move(found), done = std::move(done)] {
                --m_pending;
                done(found);
            },
            Qt::QueuedConnection);
    });
}

void PinVerifier::prepareChange(const QString &oldPin, Store::PinRecord own, const QString &newPin,
                                QList<Store::PinRecord> others, ChangeDone done)
{
    ++m_pending;
    m_pool.start([this, oldPin, own = std::move(own), newPin, others = std::move(others),
                  done = std::move(done)]() mutable {
        Change change;
        change.oldPinMatches = PinHasher::equal(PinHasher::hash(oldPin, own.salt), own.hash);
        for (const Store::PinRecord &record : std::as_const(others)) {
            if (record.member.id != own.member.id
                && PinHasher::equal(PinHasher::hash(newPin, record.salt), record.hash))
                change.newPinInUse = true;
        }
        change.salt = PinHasher::newSalt();
        change.hash = PinHasher::hash(newPin, change.salt);
        QMetaObject::invokeMethod(
            this,
            [this, change = std::move(change), done = std::move(done)] {
                --m_pending;
                done(change);
            },
            Qt::QueuedConnection);
    });
}

} // namespace tableside::server
