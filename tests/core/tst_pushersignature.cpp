#include "pushersignature.h"

#include <QTest>

using tableside::pusher::PusherSignature;

/// Tests channel authorization signatures against the documented vectors, and their checks.
class TestPusherSignature : public QObject
{
    Q_OBJECT

private slots:
    void hmacSha256Hex_data();
    void hmacSha256Hex();
    void documentedVectors_data();
    void documentedVectors();
    void verifyRefuses_data();
    void verifyRefuses();
    void constantTimeEquals_data();
    void constantTimeEquals();
};

namespace {

const QString Key = QStringLiteral("278d425bdf160c739803");
const QString Secret = QStringLiteral("7ad3773142a6692b25b8");
const QString SocketId = QStringLiteral("1234.1234");
const QString PresenceData
    = QStringLiteral(R"({"user_id":10,"user_info":{"name":"Mr. Channels"}})");

} // namespace

void TestPusherSignature::hmacSha256Hex_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("hex");
    // RFC 4231 test case 2.
    QTest::newRow("rfc4231 case 2")
        << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
        << QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("empty key and message")
        << QByteArray() << QByteArray()
        << QStringLiteral("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

void TestPusherSignature::hmacSha256Hex()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, message);
    QFETCH(QString, hex);
    QCOMPARE(PusherSignature::hmacSha256Hex(secret, message), hex);
}

void TestPusherSignature::documentedVectors_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("channelData");
    QTest::addColumn<QString>("auth");
    QTest::newRow("private-foobar") << QStringLiteral("private-foobar") << QString()
                                    << Key
            + QStringLiteral(":58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4");
    // The docs print afaed369…, the value for "Mr. Pusher"; this is "Mr. Channels" recomputed.
    QTest::newRow("presence-foobar") << QStringLiteral("presence-foobar") << PresenceData
                                     << Key
            + QStringLiteral(":31935e7d86dba64c2a90aed31fdc61869f9b22ba9d8863bba239c03ca481bc80");
}

void TestPusherSignature::documentedVectors()
{
    QFETCH(QString, channel);
    QFETCH(QString, channelData);
    QFETCH(QString, auth);
    QCOMPARE(PusherSignature::channelAuth(Key, Secret, SocketId, channel, channelData), auth);
    QVERIFY(PusherSignature::verifyChannelAuth(auth, Key, Secret, SocketId, channel, channelData));
}

void TestPusherSignature::verifyRefuses_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("socketId");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("channelData");
    const QString good = PusherSignature::channelAuth(
        Key, Secret, SocketId, QStringLiteral("presence-foobar"), PresenceData);
    const QString channel = QStringLiteral("presence-foobar");
    QTest::newRow("another socket (auth is bound to its socket)")
        << good << Key << Secret << QStringLiteral("1234.1235") << channel << PresenceData;
    QTest::newRow("another channel")
        << good << Key << Secret << SocketId << QStringLiteral("presence-other") << PresenceData;
    QTest::newRow("another key") << good << QStringLiteral("0000425bdf160c739803") << Secret
                                 << SocketId << channel << PresenceData;
    QTest::newRow("another secret")
        << good << Key << QStringLiteral("x") << SocketId << channel << PresenceData;
    QTest::newRow("re-serialised channel data")
        << good << Key << Secret << SocketId << channel
        << QStringLiteral(R"({"user_id":10, "user_info":{"name":"Mr. Channels"}})");
    QTest::newRow("other user in channel data")
        << good << Key << Secret << SocketId << channel
        << QStringLiteral(R"({"user_id":11,"user_info":{"name":"Mr. Channels"}})");
    QTest::newRow("channel data dropped")
        << good << Key << Secret << SocketId << channel << QString();
    QString flipped = good;
    flipped[flipped.size() - 1] = flipped.endsWith(QLatin1Char('0')) ? u'1' : u'0';
    QTest::newRow("last hex digit changed")
        << flipped << Key << Secret << SocketId << channel << PresenceData;
    QTest::newRow("upper-case hex") << Key + good.mid(Key.size()).toUpper() << Key << Secret
                                    << SocketId << channel << PresenceData;
    QTest::newRow("signature without key")
        << good.mid(Key.size() + 1) << Key << Secret << SocketId << channel << PresenceData;
    QTest::newRow("truncated") << good.left(good.size() - 1) << Key << Secret << SocketId << channel
                               << PresenceData;
    QTest::newRow("trailing space")
        << good + QLatin1Char(' ') << Key << Secret << SocketId << channel << PresenceData;
    QTest::newRow("empty") << QString() << Key << Secret << SocketId << channel << PresenceData;
}

void TestPusherSignature::verifyRefuses()
{
    QFETCH(QString, auth);
    QFETCH(QString, key);
    QFETCH(QString, secret);
    QFETCH(QString, socketId);
    QFETCH(QString, channel);
    QFETCH(QString, channelData);
    QVERIFY(!PusherSignature::verifyChannelAuth(auth, key, secret, socketId, channel, channelData));
}

void TestPusherSignature::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("equal") << QByteArray("abc") << QByteArray("abc") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("first byte differs") << QByteArray("xbc") << QByteArray("abc") << false;
    QTest::newRow("last byte differs") << QByteArray("abx") << QByteArray("abc") << false;
    QTest::newRow("prefix") << QByteArray("ab") << QByteArray("abc") << false;
    QTest::newRow("empty vs not") << QByteArray() << QByteArray("a") << false;
    QTest::newRow("high bit") << QByteArray("\x80") << QByteArray("\x00", 1) << false;
}

void TestPusherSignature::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(PusherSignature::constantTimeEquals(a, b), equal);
    QCOMPARE(PusherSignature::constantTimeEquals(b, a), equal);
}

QTEST_APPLESS_MAIN(TestPusherSignature)
#include "tst_pushersignature.moc"
