// ServerTrust: trust on first use tells who pinned what (pinnedOnFirstUse, once per server),
// a pin given up front or a changed certificate never counts as a first use, and unpin()
// makes the next connection a first use again (in memory and in the profile's settings).
#include "dashboardsettings.h"
#include "servertrust.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside::dashboard;

namespace {
// A self-signed P-256 certificate made once with openssl for this test (expires 2126).
const char Pem[] = "-----BEGIN CERTIFICATE-----\n"
                   "MIIBizCCATGgAwIBAgIUQ/7Bus07GLDLdj5VC0AdXgjUhcgwCgYIKoZIzj0EAwIw\n"
                   "GjEYMBYGA1UEAwwPdHN0LXNlcnZlcnRydXN0MCAXDTI2MTIwNjA2MTkwNloYDzIx\n"
                   "MjYxMTEyMDYxOTA2WjAaMRgwFgYDVQQDDA90c3Qtc2VydmVydHJ1c3QwWTATBgcq\n"
                   "hkjOPQIBBggqhkjOPQMBBwNCAAQ+xvxSUkx/QKRIZIQlxxm6Q5kyU2rY11lfyUsf\n"
                   "u5hV6zOT3n1JqLHa+YmWaEoNEPUwyx8UIuykT9YM8RmJV5Hvo1MwUTAdBgNVHQ4E\n"
                   "FgQUMtZnmXzDsky0uX4mBqXLPCBg7n8wHwYDVR0jBBgwFoAUMtZnmXzDsky0uX4m\n"
                   "BqXLPCBg7n8wDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiEAhrJw\n"
                   "K9v+/R9Ep3IaokpJwgyRp+42eCBRnOQvnqoSkOoCIEBs2An8f9w0dX44GBCuXFMV\n"
                   "wGGd/eRVYHFTNgJqYmwP\n"
                   "-----END CERTIFICATE-----\n";
// What `openssl x509 -fingerprint -sha256` (and tableside-server) prints for it.
const QString Fingerprint = QStringLiteral("95:14:DF:28:40:C2:73:75:FA:62:75:2E:14:EB:FA:52:"
                                           "28:89:B2:D3:95:0C:ED:DC:F7:C3:90:38:51:49:70:55");

QSslCertificate certificate()
{
    return QSslCertificate(QByteArray(Pem), QSsl::Pem);
}
} // namespace

class TestServerTrust : public QObject
{
    Q_OBJECT
private slots:
    void firstUseIsSignalledOncePerServer()
    {
        ServerTrust trust(nullptr);
        QSignalSpy firstUse(&trust, &ServerTrust::pinnedOnFirstUse);
        const QUrl rest(QStringLiteral("https://10.0.0.5:8443/api/staff/login"));
        QVERIFY(!certificate().isNull());
        QCOMPARE(trust.check(rest, certificate()), ServerTrust::Verdict::PinnedNow);
        QCOMPARE(firstUse.size(), 1);
        QCOMPARE(firstUse.first().at(0).toUrl(), rest);
        QCOMPARE(firstUse.first().at(1).toString(), Fingerprint);
        QCOMPARE(trust.pinnedFor(rest), Fingerprint);

        // Later requests and the WebSocket (same host:port) are no first use.
        QCOMPARE(trust.check(rest, certificate()), ServerTrust::Verdict::Trusted);
        const QUrl socket(QStringLiteral("wss://10.0.0.5:8443/app/key"));
        QCOMPARE(trust.check(socket, certificate()), ServerTrust::Verdict::Trusted);
        QCOMPARE(firstUse.size(), 1);

        // Another server is its own first use.
        const QUrl other(QStringLiteral("https://10.0.0.6:8443/"));
        QCOMPARE(trust.check(other, certificate()), ServerTrust::Verdict::PinnedNow);
        QCOMPARE(firstUse.size(), 2);
    }

    void pinnedUpFrontIsNoFirstUse()
    {
        ServerTrust trust(nullptr);
        QSignalSpy firstUse(&trust, &ServerTrust::pinnedOnFirstUse);
        const QUrl url(QStringLiteral("https://tableside.local:8443/"));
        trust.pin(url, Fingerprint); // --fingerprint
        QCOMPARE(trust.check(url, certificate()), ServerTrust::Verdict::Trusted);
        QCOMPARE(firstUse.size(), 0);
    }

    void changedCertificateIsNoFirstUse()
    {
        ServerTrust trust(nullptr);
        QSignalSpy firstUse(&trust, &ServerTrust::pinnedOnFirstUse);
        QSignalSpy changed(&trust, &ServerTrust::certificateChanged);
        const QUrl url(QStringLiteral("https://tableside.local:8443/"));
        const QString other = ServerTrust::normalize(QString(64, QLatin1Char('a')));
        trust.pin(url, other);
        QCOMPARE(trust.check(url, certificate()), ServerTrust::Verdict::Changed);
        QCOMPARE(firstUse.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(trust.pinnedFor(url), other);
    }

    void unpinMakesTheNextConnectionAFirstUse()
    {
        ServerTrust trust(nullptr);
        QSignalSpy firstUse(&trust, &ServerTrust::pinnedOnFirstUse);
        const QUrl url(QStringLiteral("https://10.0.0.5:8443/"));
        QCOMPARE(trust.check(url, certificate()), ServerTrust::Verdict::PinnedNow);
        trust.unpin(QUrl(QStringLiteral("wss://10.0.0.5:8443/app/key"))); // same server
        QCOMPARE(trust.pinnedFor(url), QString());
        QCOMPARE(trust.check(url, certificate()), ServerTrust::Verdict::PinnedNow);
        QCOMPARE(firstUse.size(), 2);
        // Only that server's pin goes.
        const QUrl other(QStringLiteral("https://10.0.0.6:8443/"));
        trust.pin(other, Fingerprint);
        trust.unpin(url);
        QCOMPARE(trust.pinnedFor(other), Fingerprint);
    }

    void unpinForgetsThePinInTheProfile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("dashboard.ini"));
        const QUrl url(QStringLiteral("https://10.0.0.5:8443/"));
        {
            DashboardSettings settings(file);
            ServerTrust trust(&settings);
            QCOMPARE(trust.check(url, certificate()), ServerTrust::Verdict::PinnedNow);
        }
        {
            DashboardSettings settings(file);
            ServerTrust trust(&settings);
            QCOMPARE(trust.pinnedFor(url), Fingerprint); // kept across runs
            trust.unpin(url);
        }
        DashboardSettings settings(file);
        ServerTrust trust(&settings);
        QSignalSpy firstUse(&trust, &ServerTrust::pinnedOnFirstUse);
        QCOMPARE(trust.pinnedFor(url), QString());
        QCOMPARE(trust.check(url, certificate()), ServerTrust::Verdict::PinnedNow);
        QCOMPARE(firstUse.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerTrust)
#include "tst_servertrust.moc"
