#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace tableside::server {

class Database;

/// The Idempotency-Keys of guest creates: a retried request gets the first one's result, a key
/// reused for another request is refused. Keys live per scope ("order", "call").
class IdempotencyKeys
{
public:
    explicit IdempotencyKeys(Database &database);

    /// Inside a job: the first result of a retried create (wrapped by @p replayed from the
    /// subject id), a reuse refusal (@p reusedMessage) for a different request, or nullopt
    /// when @p key is empty or new and the create goes on.
    template<typename Outcome, typename Replay>
    std::optional<Outcome> replay(const QString &scope, const QString &key,
                                  const QByteArray &requestHash, const QString &reusedMessage,
                                  Replay replayed)
    {
        if (key.isEmpty())
            return std::nullopt;
        QString subjectId;
        bool sameRequest = false;
        switch (find(scope, key, requestHash, &subjectId, &sameRequest)) {
        case Lookup::Failed:
            return Outcome(StoreError::storage());
        case Lookup::Missing:
            return std::nullopt;
        case Lookup::Found:
            break;
        }
        if (!sameRequest)
            return Outcome(StoreError {StoreError::Code::IdempotencyKeyReused, reusedMessage, {}});
        return replayed(subjectId);
    }

    /// Inside a job: remembers @p key (when not empty) for the created @p subjectId.
    bool remember(const QString &scope, const QString &key, const QByteArray &requestHash,
                  const QString &subjectId, const QDateTime &at);
    /// Inside a job: forgets keys remembered before @p before.
    bool prune(const QDateTime &before);

private:
    enum class Lookup { Found, Missing, Failed };
    Lookup find(const QString &scope, const QString &key, const QByteArray &requestHash,
                QString *subjectId, bool *sameRequest);

    Database &m_db;
};

} // namespace tableside::server
