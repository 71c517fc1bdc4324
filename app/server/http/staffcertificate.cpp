#include "staffcertificate.h"

#include "logging.h"
#include "selfsignedcertificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkInterface>

namespace tableside::server {

namespace {

constexpr int ValidDays = 10 * 365 + 2;

bool readFile(const QString &path, QByteArray *data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *data = file.readAll();
    return true;
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    // Created with its final permissions: the key is never readable by others, not even briefly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, permissions))
        return false;
    const bool written = file.write(data) == data.size() && file.flush();
    file.close();
    return written && file.setPermissions(permissions);
}

} // namespace

QString StaffCertificate::generatedCertificateFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tls/staff-certificate.pem"));
}

QString StaffCertificate::generatedKeyFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tls/staff-key.pem"));
}

QString StaffCertificate::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool StaffCertificate::load(const QString &dataDir, const QString &certificateFile,
                            const QString &keyFile, QString *error)
{
    const bool configured = !certificateFile.isEmpty() && !keyFile.isEmpty();
    const QString certificatePath
        = configured ? certificateFile : generatedCertificateFile(dataDir);
    const QString keyPath = configured ? keyFile : generatedKeyFile(dataDir);
    m_created = false;
    if (!configured && !QFile::exists(certificatePath) && !QFile::exists(keyPath)) {
        if (!create(certificatePath, keyPath, error))
            return false;
        m_created = true;
    }
    return loadFiles(certificatePath, keyPath, error);
}

bool StaffCertificate::loadFiles(const QString &certificatePath, const QString &keyPath,
                                 QString *error)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readFile(certificatePath, &certificatePem) || !readFile(keyPath, &keyPem)) {
        *error = QCoreApplication::translate("StaffCertificate",
                                             "Cannot read the TLS certificate or key (%1, %2).")
                     .arg(certificatePath, keyPath);
        return false;
    }
    m_certificate = QSslCertificate(certificatePem, QSsl::Pem);
    m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (m_key.isNull())
        m_key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (m_certificate.isNull() || m_key.isNull()) {
        *error = QCoreApplication::translate(
                     "StaffCertificate", "The TLS certificate or key is not valid PEM (%1, %2).")
                     .arg(certificatePath, keyPath);
        return false;
    }
    m_certificateFile = certificatePath;
    return true;
}

bool StaffCertificate::create(const QString &certificateFile, const QString &keyFile,
                              QString *error)
{
    const QString hostName = QHostInfo::localHostName();
    QStringList names {QStringLiteral("localhost")};
    if (!QHostInfo::localDomainName().isEmpty())
        names.append(hostName + u'.' + QHostInfo::localDomainName());
    QList<QHostAddress> addresses {QHostAddress(QHostAddress::LocalHost),
                                   QHostAddress(QHostAddress::LocalHostIPv6)};
    addresses += QNetworkInterface::allAddresses();
    QString generateError;
    const auto pem = SelfSignedCertificate::generate(
        hostName.isEmpty() ? QStringLiteral("tableside-server") : hostName, names, addresses,
        ValidDays, &generateError);
    if (!pem) {
        *error
            = QCoreApplication::translate("StaffCertificate", "Cannot make a TLS certificate: %1")
                  .arg(generateError);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(certificateFile).absolutePath())
        || !writeFile(keyFile, pem->privateKey, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !writeFile(certificateFile, pem->certificate,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                          | QFileDevice::ReadOther)) {
        QFile::remove(keyFile);
        QFile::remove(certificateFile);
        *error = QCoreApplication::translate("StaffCertificate",
                                             "Cannot write the TLS certificate into %1.")
                     .arg(QFileInfo(certificateFile).absolutePath());
        return false;
    }
    qCInfo(lcHttp).noquote() << "made a self-signed staff certificate:" << certificateFile;
    return true;
}

} // namespace tableside::server
