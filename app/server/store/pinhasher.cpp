#include "pinhasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace tableside::server {

namespace {
// PINs are short, so the real protection is the login lockout; the iterations only make a
// stolen database file slower to read PINs out of.
constexpr int Iterations = 4096;
} // namespace

QByteArray PinHasher::newSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / 4);
    return salt;
}

QByteArray PinHasher::hash(const QString &pin, const QByteArray &salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              Iterations, 32);
}

bool PinHasher::equal(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

bool PinHasher::isValidPin(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    return digits.match(pin).hasMatch();
}

bool PinHasher::isStrongPin(const QString &pin)
{
    return isValidPin(pin) && pin.size() >= MinimumNewPinDigits;
}

QString PinHasher::randomPin(int digits)
{
    QString pin;
    for (int i = 0; i < digits; ++i)
        pin.append(QChar(u'0' + QRandomGenerator::system()->bounded(10)));
    return pin;
}

QString PinHasher::randomToken(int bytes)
{
    QByteArray raw(((bytes + 3) / 4) * 4, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    raw.truncate(bytes);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString PinHasher::tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace tableside::server
