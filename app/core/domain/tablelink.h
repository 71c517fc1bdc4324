#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <functional>
#include <optional>

namespace tableside {

/// The signed table link of a QR card and the guest's table session: the per-table token
/// (HMAC-SHA256 of the table number and its key generation under the server's secret), the
/// cookie value that carries it, and their checks. Pure: no I/O, safe on any untrusted bytes.
class TableLink
{
public:
    static constexpr int MinTable = 1;
    static constexpr int MaxTable = 9999;
    /// Bytes of the MAC kept in a token: 96 bits, far beyond online guessing, short on a card.
    static constexpr int TokenBytes = 12;
    /// A token's length as text (base64url, no padding).
    static constexpr int TokenLength = 16;
    /// Bytes of a server secret (made once, stored in the database).
    static constexpr int SecretBytes = 32;
    /// The guest's table session cookie.
    static constexpr const char *CookieName = "tableside_table";

    /// The token of table @p table at key generation @p generation under @p secret: the `k`
    /// of `/t/<table>?k=<token>`. Empty when the table or secret is out of range.
    static QByteArray token(const QByteArray &secret, int table, int generation);

    /// True when @p untrustedToken is exactly token(secret, table, generation) (constant time
    /// over the token's bytes).
    static bool verifyToken(const QByteArray &secret, int table, int generation,
                            QByteArrayView untrustedToken);

    /// What a session cookie carries: the table and that table's token.
    struct Session
    {
        int table = 0;
        QByteArray token;
    };
    /// "<table>.<token>": the cookie's value.
    static QByteArray sessionValue(int table, const QByteArray &token);
    /// Reads a cookie value strictly (1–9999 without leading zeros, '.', a token of the right
    /// length and alphabet); nullopt for anything else.
    static std::optional<Session> parseSession(QByteArrayView untrustedValue);
    /// The value of cookie @p name in a Cookie request header (the first one), or nullopt.
    static std::optional<QByteArrayView> cookieValue(QByteArrayView cookieHeader,
                                                     QByteArrayView name);
    /// Strict table number of a path or query text (1–9999, digits only, no leading zero).
    static std::optional<int> parseTable(QByteArrayView text);

    /// The key generation of a table (from the database on the server; a map in tests).
    using Generations = std::function<int(int table)>;

    /// Whether a request's Cookie header (untrusted bytes) holds a valid session for table
    /// @p table. Never throws or crashes, whatever the bytes: the fuzzing entry point.
    static bool acceptsCookieHeader(const QByteArray &secret, const Generations &generationOf,
                                    QByteArrayView untrustedCookieHeader, int table);
    /// Whether @p untrustedToken (a `k` value) is valid for table @p table.
    static bool acceptsToken(const QByteArray &secret, const Generations &generationOf, int table,
                             QByteArrayView untrustedToken);
};

} // namespace tableside
