#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace tableside::server {

/// The certificate and key the staff (TLS) port presents: the configured PEM files
/// (tls/certificate, tls/privateKey), or else the self-signed pair in the data folder
/// (tls/staff-certificate.pem, tls/staff-key.pem), made on first use and kept for ten years, so
/// dashboards that pinned it keep trusting the server across restarts and upgrades.
class StaffCertificate
{
public:
    /// Loads the configured files when both are set, else the data folder's pair, making it
    /// when missing. False (and @p error) when a file cannot be read, written or parsed.
    bool load(const QString &dataDir, const QString &certificateFile, const QString &keyFile,
              QString *error);

    const QSslCertificate &certificate() const { return m_certificate; }
    /// Reads the PEM pair @p certificateFile / @p keyFile (EC or RSA key) as they are.
    bool loadFiles(const QString &certificateFile, const QString &keyFile, QString *error);
    const QSslKey &privateKey() const { return m_key; }
    /// True when load() made a new pair now.
    bool created() const { return m_created; }
    /// The file the certificate came from.
    QString certificateFile() const { return m_certificateFile; }

    /// "SHA256 AB:CD:…" minus the prefix: 32 upper-case hex pairs joined by ':' — the form
    /// `openssl x509 -fingerprint -sha256` prints and the dashboard pins.
    static QString fingerprint(const QSslCertificate &certificate);
    static QString generatedCertificateFile(const QString &dataDir);
    static QString generatedKeyFile(const QString &dataDir);

private:
    bool create(const QString &certificateFile, const QString &keyFile, QString *error);

    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_certificateFile;
    bool m_created = false;
};

} // namespace tableside::server
