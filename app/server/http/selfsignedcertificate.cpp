#include "selfsignedcertificate.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace tableside::server {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNumber = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

QString openSslError(const char *step)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return QStringLiteral("%1: %2").arg(QLatin1String(step), QLatin1String(text));
}

bool addExtension(X509 *certificate, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

QByteArray readAll(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

} // namespace

std::optional<SelfSignedCertificate::Pem>
SelfSignedCertificate::generate(const QString &commonName, const QStringList &dnsNames,
                                const QList<QHostAddress> &addresses, int validDays, QString *error)
{
    auto fail = [error](const char *step) -> std::optional<Pem> {
        if (error)
            *error = openSslError(step);
        return std::nullopt;
    };
    // P-256: as strong as RSA 3072 for a fraction of the handshake cost, and made in
    // milliseconds on first start (an RSA key takes a second or more on a small box).
    Key key(EVP_EC_gen("P-256"));
    if (!key)
        return fail("EC key");
    Certificate certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1)
        return fail("X509");
    // A random 127-bit serial: two certificates made on one machine never share one.
    BigNumber serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return fail("serial");
    // An hour back, so a tablet whose clock is a little behind still accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -60 * 60)
        || !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), validDays, 0, nullptr))
        return fail("validity");
    if (X509_set_pubkey(certificate.get(), key.get()) != 1)
        return fail("public key");
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.left(64).toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>("Tableside"), -1, -1, 0)
            != 1
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(cn.constData()), -1,
                                      -1, 0)
            != 1
        || X509_set_issuer_name(certificate.get(), name) != 1)
        return fail("subject");

    QStringList alternatives;
    for (const QString &dns : QStringList {commonName} + dnsNames) {
        const QString entry = QStringLiteral("DNS:") + dns;
        if (!dns.isEmpty() && !alternatives.contains(entry))
            alternatives.append(entry);
    }
    for (const QHostAddress &address : addresses) {
        if (address.isNull() || !address.scopeId().isEmpty())
            continue;
        const QString entry = QStringLiteral("IP:") + address.toString();
        if (!alternatives.contains(entry))
            alternatives.append(entry);
    }
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        || (!alternatives.isEmpty()
            && !addExtension(certificate.get(), NID_subject_alt_name,
                             alternatives.join(QLatin1Char(',')).toUtf8())))
        return fail("extensions");
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return fail("signature");

    Bio certificateBio(BIO_new(BIO_s_mem()));
    Bio keyBio(BIO_new(BIO_s_mem()));
    if (!certificateBio || !keyBio
        || PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1
        // The traditional "EC PRIVATE KEY" form: what QSslKey(…, QSsl::Ec, QSsl::Pem) reads.
        || PEM_write_bio_PrivateKey_traditional(keyBio.get(), key.get(), nullptr, nullptr, 0,
                                                nullptr, nullptr)
            != 1)
        return fail("PEM");
    return Pem {readAll(certificateBio.get()), readAll(keyBio.get())};
}

} // namespace tableside::server
