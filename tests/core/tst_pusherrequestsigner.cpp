#include "pusherrequestsigner.h"

#include <QTest>

using tableside::pusher::PusherRequestSigner;
using Verdict = tableside::pusher::PusherRequestSigner::Verdict;

/// Tests HTTP API request signing against the documented worked example, and every verdict.
class TestPusherRequestSigner : public QObject
{
    Q_OBJECT

private slots:
    void workedExample();
    void stringToSignSortsAndLowerCases();
    void verify_data();
    void verify();
    void encodedAndRawValuesVerifyTheSame_data();
    void encodedAndRawValuesVerifyTheSame();
    void describe();
};

namespace {

const QString Key = QStringLiteral("278d425bdf160c739803");
const QString Secret = QStringLiteral("7ad3773142a6692b25b8");
const QByteArray Body = R"({"name":"foo","channels":["project-3"],"data":"{\"some\":\"data\"}"})";
const QString Path = QStringLiteral("/apps/3/events");
constexpr qint64 Timestamp = 1353088179;

QUrlQuery signedQuery(const QByteArray &body = Body, qint64 timestamp = Timestamp)
{
    return PusherRequestSigner::sign(QStringLiteral("POST"), Path, QUrlQuery(), body, Key, Secret,
                                     timestamp);
}

QUrlQuery without(QUrlQuery query, const QString &key)
{
    query.removeAllQueryItems(key);
    return query;
}

QUrlQuery replaced(QUrlQuery query, const QString &key, const QString &value)
{
    query.removeAllQueryItems(key);
    query.addQueryItem(key, value);
    return query;
}

} // namespace

void TestPusherRequestSigner::workedExample()
{
    QCOMPARE(PusherRequestSigner::bodyMd5(Body),
             QStringLiteral("ec365a775a4cd0599faeb73354201b6f"));
    const QUrlQuery query = signedQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("auth_key")), Key);
    QCOMPARE(query.queryItemValue(QStringLiteral("auth_timestamp")), QStringLiteral("1353088179"));
    QCOMPARE(query.queryItemValue(QStringLiteral("auth_version")), QStringLiteral("1.0"));
    QCOMPARE(query.queryItemValue(QStringLiteral("body_md5")),
             QStringLiteral("ec365a775a4cd0599faeb73354201b6f"));
    QCOMPARE(PusherRequestSigner::stringToSign(QStringLiteral("POST"), Path, query),
             QByteArray("POST\n/apps/3/events\nauth_key=278d425bdf160c739803&auth_timestamp="
                        "1353088179&auth_version=1.0&body_md5=ec365a775a4cd0599faeb73354201b6f"));
    QCOMPARE(query.queryItemValue(QStringLiteral("auth_signature")),
             QStringLiteral("da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c"));
    QCOMPARE(PusherRequestSigner::verify(QStringLiteral("POST"), Path, query, Body, Key, Secret,
                                         Timestamp),
             Verdict::Valid);
}

void TestPusherRequestSigner::stringToSignSortsAndLowerCases()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("info"), QStringLiteral("user_count"));
    query.addQueryItem(QStringLiteral("Filter_By_Prefix"), QStringLiteral("presence-"));
    query.addQueryItem(QStringLiteral("auth_signature"), QStringLiteral("ignored"));
    query.addQueryItem(QStringLiteral("auth_key"), QStringLiteral("k"));
    QCOMPARE(
        PusherRequestSigner::stringToSign(QStringLiteral("get"), QStringLiteral("/apps/3/channels"),
                                          query),
        QByteArray("GET\n/apps/3/channels\nauth_key=k&filter_by_prefix=presence-&info=user_count"));
    // A GET without a body carries no body_md5.
    const QUrlQuery signedGet
        = PusherRequestSigner::sign(QStringLiteral("GET"), QStringLiteral("/apps/3/channels"),
                                    QUrlQuery(), {}, Key, Secret, Timestamp);
    QVERIFY(!signedGet.hasQueryItem(QStringLiteral("body_md5")));
    QCOMPARE(PusherRequestSigner::verify(QStringLiteral("GET"), QStringLiteral("/apps/3/channels"),
                                         signedGet, {}, Key, Secret, Timestamp),
             Verdict::Valid);
}

void TestPusherRequestSigner::verify_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QUrlQuery>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<Verdict>("verdict");
    const QString post = QStringLiteral("POST");
    const QUrlQuery good = signedQuery();
    QTest::newRow("valid") << post << Path << good << Body << Timestamp << Verdict::Valid;
    QTest::newRow("600 s later: still valid")
        << post << Path << good << Body << Timestamp + 600 << Verdict::Valid;
    QTest::newRow("601 s later: stale")
        << post << Path << good << Body << Timestamp + 601 << Verdict::StaleTimestamp;
    QTest::newRow("600 s early: still valid")
        << post << Path << good << Body << Timestamp - 600 << Verdict::Valid;
    QTest::newRow("601 s early: stale")
        << post << Path << good << Body << Timestamp - 601 << Verdict::StaleTimestamp;
    QTest::newRow("timestamp not a number")
        << post << Path << replaced(good, QStringLiteral("auth_timestamp"), QStringLiteral("x"))
        << Body << Timestamp << Verdict::StaleTimestamp;
    QTest::newRow("body changed") << post << Path << good << QByteArray(R"({"name":"bar"})")
                                  << Timestamp << Verdict::BodyMismatch;
    QTest::newRow("body_md5 missing for a body")
        << post << Path << without(good, QStringLiteral("body_md5")) << Body << Timestamp
        << Verdict::BodyMismatch;
    QTest::newRow("body_md5 wrong") << post << Path
                                    << replaced(good, QStringLiteral("body_md5"),
                                                QStringLiteral("00000000000000000000000000000000"))
                                    << Body << Timestamp << Verdict::BodyMismatch;
    QTest::newRow("body_md5 for a missing body")
        << post << Path << good << QByteArray() << Timestamp << Verdict::BodyMismatch;
    QTest::newRow("unknown key") << post << Path
                                 << replaced(good, QStringLiteral("auth_key"),
                                             QStringLiteral("other"))
                                 << Body << Timestamp << Verdict::UnknownKey;
    for (const char *parameter : {"auth_key", "auth_timestamp", "auth_version", "auth_signature"}) {
        QTest::addRow("%s missing", parameter)
            << post << Path << without(good, QLatin1String(parameter)) << Body << Timestamp
            << Verdict::MissingParameters;
    }
    QTest::newRow("signature altered")
        << post << Path
        << replaced(
               good, QStringLiteral("auth_signature"),
               QStringLiteral("da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6d"))
        << Body << Timestamp << Verdict::BadSignature;
    QTest::newRow("signed timestamp changed within the window")
        << post << Path
        << replaced(good, QStringLiteral("auth_timestamp"), QStringLiteral("1353088180")) << Body
        << Timestamp << Verdict::BadSignature;
    QTest::newRow("extra unsigned parameter")
        << post << Path << replaced(good, QStringLiteral("socket_id"), QStringLiteral("1.2"))
        << Body << Timestamp << Verdict::BadSignature;
    QTest::newRow("another method")
        << QStringLiteral("PUT") << Path << good << Body << Timestamp << Verdict::BadSignature;
    QTest::newRow("another path") << post << QStringLiteral("/apps/4/events") << good << Body
                                  << Timestamp << Verdict::BadSignature;
    QTest::newRow("path prefix is signed") << post << QStringLiteral("/pusher/apps/3/events")
                                           << good << Body << Timestamp << Verdict::BadSignature;
    QTest::newRow("another secret") << post << Path
                                    << PusherRequestSigner::sign(post, Path, QUrlQuery(), Body, Key,
                                                                 QStringLiteral("wrong"), Timestamp)
                                    << Body << Timestamp << Verdict::BadSignature;
}

void TestPusherRequestSigner::verify()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QUrlQuery, query);
    QFETCH(QByteArray, body);
    QFETCH(qint64, now);
    QFETCH(Verdict, verdict);
    QCOMPARE(PusherRequestSigner::verify(method, path, query, body, Key, Secret, now), verdict);
}

void TestPusherRequestSigner::encodedAndRawValuesVerifyTheSame_data()
{
    QTest::addColumn<QString>("rawQuery");
    // pusher-http-node writes values unescaped; other libraries percent-encode them.
    QTest::newRow("raw") << QStringLiteral(
        "info=user_count,subscription_count&filter_by_prefix=presence-");
    QTest::newRow("percent-encoded")
        << QStringLiteral("info=user_count%2Csubscription_count&filter_by_prefix=presence%2D");
    QTest::newRow("upper-case key")
        << QStringLiteral("INFO=user_count,subscription_count&filter_by_prefix=presence-");
}

void TestPusherRequestSigner::encodedAndRawValuesVerifyTheSame()
{
    QFETCH(QString, rawQuery);
    const QString path = QStringLiteral("/apps/3/channels");
    QUrlQuery toSign;
    toSign.addQueryItem(QStringLiteral("info"), QStringLiteral("user_count,subscription_count"));
    toSign.addQueryItem(QStringLiteral("filter_by_prefix"), QStringLiteral("presence-"));
    const QUrlQuery signedQuery = PusherRequestSigner::sign(QStringLiteral("GET"), path, toSign, {},
                                                            Key, Secret, Timestamp);
    // What a server sees: the query text as sent, plus the auth parameters.
    QUrlQuery received(rawQuery);
    for (const char *parameter : {"auth_key", "auth_timestamp", "auth_version", "auth_signature"}) {
        received.addQueryItem(QLatin1String(parameter),
                              signedQuery.queryItemValue(QLatin1String(parameter)));
    }
    QCOMPARE(PusherRequestSigner::verify(QStringLiteral("GET"), path, received, {}, Key, Secret,
                                         Timestamp),
             Verdict::Valid);
}

void TestPusherRequestSigner::describe()
{
    QStringList seen;
    for (const Verdict verdict :
         {Verdict::Valid, Verdict::MissingParameters, Verdict::UnknownKey, Verdict::StaleTimestamp,
          Verdict::BodyMismatch, Verdict::BadSignature}) {
        const QString text = PusherRequestSigner::describe(verdict);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.append(text);
    }
}

QTEST_APPLESS_MAIN(TestPusherRequestSigner)
#include "tst_pusherrequestsigner.moc"
