#pragma once

#include <QByteArray>
#include <QString>

namespace tableside::server {

/// Salted PBKDF2-SHA256 of staff PINs, and the random tokens and secrets the server hands out.
class PinHasher
{
public:
    static QByteArray newSalt();
    static QByteArray hash(const QString &pin, const QByteArray &salt);
    /// Constant-time comparison of two hashes.
    static bool equal(const QByteArray &a, const QByteArray &b);
    /// 4 to 8 digits: what a stored PIN may be (older installations have 4-digit ones).
    static bool isValidPin(const QString &pin);
    /// Digits a new PIN needs at least (command line and PIN change).
    static constexpr int MinimumNewPinDigits = 6;
    /// 6 to 8 digits: what a new PIN must be. A shorter stored one still logs in, and the
    /// login answer asks its owner to change it.
    static bool isStrongPin(const QString &pin);
    /// A random PIN of @p digits digits.
    static QString randomPin(int digits = 6);
    /// @p bytes random bytes, base64url without padding.
    static QString randomToken(int bytes = 32);
    /// Hex SHA-256 of a token: what the sessions table stores.
    static QString tokenHash(const QString &token);
};

} // namespace tableside::server
