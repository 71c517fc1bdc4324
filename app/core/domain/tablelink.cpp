#include "tablelink.h"

#include <QMessageAuthenticationCode>
#include <QStringBuilder>

namespace tableside {

namespace {

bool isTokenCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

bool inRange(int table)
{
    return table >= TableLink::MinTable && table <= TableLink::MaxTable;
}

} // namespace

QByteArray TableLink::token(const QByteArray &secret, int table, int generation)
{
    if (secret.isEmpty() || !inRange(table))
        return {};
    // A fixed label keeps these MACs apart from anything else the secret might ever sign.
    const QByteArray message = QByteArrayLiteral("tableside-table-link:")
        + QByteArray::number(table) + ':' + QByteArray::number(generation);
    const QByteArray mac
        = QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256);
    return mac.left(TokenBytes)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool TableLink::verifyToken(const QByteArray &secret, int table, int generation,
                            QByteArrayView untrustedToken)
{
    if (untrustedToken.size() != TokenLength)
        return false;
    const QByteArray expected = token(secret, table, generation);
    if (expected.size() != TokenLength)
        return false;
    // Constant time: every byte is compared whatever the first difference.
    unsigned char difference = 0;
    for (int i = 0; i < TokenLength; ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ untrustedToken.at(i));
    return difference == 0;
}

QByteArray TableLink::sessionValue(int table, const QByteArray &token)
{
    return QByteArray::number(table) + '.' + token;
}

std::optional<int> TableLink::parseTable(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 4 || text.front() == '0')
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (!inRange(value))
        return std::nullopt;
    return value;
}

std::optional<TableLink::Session> TableLink::parseSession(QByteArrayView untrustedValue)
{
    const qsizetype dot = untrustedValue.indexOf('.');
    if (dot < 0)
        return std::nullopt;
    const std::optional<int> table = parseTable(untrustedValue.first(dot));
    const QByteArrayView token = untrustedValue.sliced(dot + 1);
    if (!table || token.size() != TokenLength)
        return std::nullopt;
    for (const char c : token) {
        if (!isTokenCharacter(c))
            return std::nullopt;
    }
    return Session {*table, token.toByteArray()};
}

std::optional<QByteArrayView> TableLink::cookieValue(QByteArrayView cookieHeader,
                                                     QByteArrayView name)
{
    // "a=1; b=2": pairs separated by ';', optional spaces around them (RFC 6265 §5.4).
    qsizetype start = 0;
    while (start <= cookieHeader.size()) {
        qsizetype end = cookieHeader.indexOf(';', start);
        if (end < 0)
            end = cookieHeader.size();
        QByteArrayView pair = cookieHeader.sliced(start, end - start).trimmed();
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && pair.first(equals).trimmed() == name)
            return pair.sliced(equals + 1).trimmed();
        start = end + 1;
    }
    return std::nullopt;
}

bool TableLink::acceptsToken(const QByteArray &secret, const Generations &generationOf, int table,
                             QByteArrayView untrustedToken)
{
    if (!inRange(table) || untrustedToken.size() != TokenLength || !generationOf)
        return false;
    return verifyToken(secret, table, generationOf(table), untrustedToken);
}

bool TableLink::acceptsCookieHeader(const QByteArray &secret, const Generations &generationOf,
                                    QByteArrayView untrustedCookieHeader, int table)
{
    const std::optional<QByteArrayView> value
        = cookieValue(untrustedCookieHeader, QByteArrayView(CookieName));
    if (!value)
        return false;
    const std::optional<Session> session = parseSession(*value);
    // A session for another table is refused before any MAC is computed.
    if (!session || session->table != table)
        return false;
    return acceptsToken(secret, generationOf, table, session->token);
}

} // namespace tableside
