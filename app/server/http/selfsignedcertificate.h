#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tableside::server {

/// Makes a new self-signed server certificate and its private key with OpenSSL's library (no
/// shell command): an EC P-256 key, SHA-256 signature, subjectAltName for the given names and
/// addresses, server authentication only.
class SelfSignedCertificate
{
public:
    struct Pem
    {
        QByteArray certificate; ///< "-----BEGIN CERTIFICATE-----"
        QByteArray privateKey; ///< "-----BEGIN EC PRIVATE KEY-----"
    };

    /// @p commonName also goes into the subjectAltName with @p dnsNames; @p addresses become IP
    /// entries (scoped IPv6 addresses are left out). Valid from an hour ago for @p validDays.
    static std::optional<Pem> generate(const QString &commonName, const QStringList &dnsNames,
                                       const QList<QHostAddress> &addresses, int validDays,
                                       QString *error = nullptr);
};

} // namespace tableside::server
