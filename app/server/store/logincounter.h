#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace tableside::server {

/// One count of wrong PINs: against a staff account, a client address or the whole server,
/// with the lockout it led to. Stored (login_failures), so a restart does not forget it.
struct LoginCounter
{
    enum class Scope { Account, Address, Global };

    Scope scope = Scope::Address;
    QString subject; ///< the staff id, the client address, or "*" for the whole server
    int failures = 0; ///< wrong PINs since windowStart (0 again once a lockout starts)
    QDateTime windowStart; ///< first failure counted; older than one lockout period = forgotten
    QDateTime lockedUntil; ///< invalid = not locked

    bool isLocked(const QDateTime &now) const { return lockedUntil.isValid() && lockedUntil > now; }
    /// Whole seconds left of the lockout at @p now (0 = not locked).
    int secondsLocked(const QDateTime &now) const
    {
        if (!isLocked(now))
            return 0;
        return int((now.msecsTo(lockedUntil) + 999) / 1000);
    }

    /// "account", "address" or "global": the scope column and the wire name.
    static QString scopeName(Scope scope)
    {
        switch (scope) {
        case Scope::Account:
            return QStringLiteral("account");
        case Scope::Global:
            return QStringLiteral("global");
        case Scope::Address:
            break;
        }
        return QStringLiteral("address");
    }
    static std::optional<Scope> scopeFromName(const QString &name)
    {
        if (name == u"account")
            return Scope::Account;
        if (name == u"address")
            return Scope::Address;
        if (name == u"global")
            return Scope::Global;
        return std::nullopt;
    }
    /// The subject of the one global counter.
    static QString globalSubject() { return QStringLiteral("*"); }
};

} // namespace tableside::server
