#include "channelname.h"

#include <QTest>

using tableside::pusher::ChannelType;

/// Tests channel names (type by prefix, allowed characters and length) and socket ids.
class TestChannelName : public QObject
{
    Q_OBJECT

private slots:
    void channelTypeOf_data();
    void channelTypeOf();
    void isValidChannelName_data();
    void isValidChannelName();
    void isValidSocketId_data();
    void isValidSocketId();
};

void TestChannelName::channelTypeOf_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ChannelType>("type");
    QTest::addColumn<bool>("needsAuth");
    QTest::newRow("public") << QStringLiteral("staff-channel") << ChannelType::Public << false;
    QTest::newRow("private") << QStringLiteral("private-staff") << ChannelType::Private << true;
    QTest::newRow("presence") << QStringLiteral("presence-staff") << ChannelType::Presence << true;
    QTest::newRow("private-encrypted")
        << QStringLiteral("private-encrypted-staff") << ChannelType::PrivateEncrypted << true;
    QTest::newRow("prefix without dash is public")
        << QStringLiteral("privatestaff") << ChannelType::Public << false;
    QTest::newRow("prefix is case-sensitive")
        << QStringLiteral("Private-staff") << ChannelType::Public << false;
    QTest::newRow("prefix in the middle")
        << QStringLiteral("my-private-x") << ChannelType::Public << false;
    QTest::newRow("bare private- prefix")
        << QStringLiteral("private-") << ChannelType::Private << true;
}

void TestChannelName::channelTypeOf()
{
    QFETCH(QString, name);
    QFETCH(ChannelType, type);
    QFETCH(bool, needsAuth);
    QCOMPARE(tableside::pusher::channelTypeOf(name), type);
    QCOMPARE(tableside::pusher::requiresAuth(type), needsAuth);
}

void TestChannelName::isValidChannelName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("staff-channel") << QStringLiteral("staff-channel") << true;
    QTest::newRow("every allowed character") << QStringLiteral("azAZ09_-=@,.;") << true;
    QTest::newRow("one character") << QStringLiteral("a") << true;
    QTest::newRow("164 characters") << QString(164, u'a') << true;
    QTest::newRow("165 characters") << QString(165, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("staff channel") << false;
    QTest::newRow("colon") << QStringLiteral("a:b") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("hash") << QStringLiteral("a#b") << false;
    QTest::newRow("asterisk") << QStringLiteral("a*") << false;
    QTest::newRow("cyrillic") << QStringLiteral("маса") << false;
    QTest::newRow("arabic-indic digit") << QStringLiteral("a\u0665") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
}

void TestChannelName::isValidChannelName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(tableside::pusher::isValidChannelName(name), valid);
}

void TestChannelName::isValidSocketId_data()
{
    QTest::addColumn<QString>("socketId");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1234.1234") << QStringLiteral("1234.1234") << true;
    QTest::newRow("1.2") << QStringLiteral("1.2") << true;
    QTest::newRow("two 31-bit numbers") << QStringLiteral("2147483647.2147483647") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no dot") << QStringLiteral("1234") << false;
    QTest::newRow("leading dot") << QStringLiteral(".1") << false;
    QTest::newRow("trailing dot") << QStringLiteral("1.") << false;
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << false;
    QTest::newRow("letters") << QStringLiteral("a.b") << false;
    QTest::newRow("uuid") << QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301") << false;
    QTest::newRow("leading space") << QStringLiteral(" 1.2") << false;
    QTest::newRow("sign") << QStringLiteral("-1.2") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661.\u0662") << false;
    QTest::newRow("only a dot") << QStringLiteral(".") << false;
}

void TestChannelName::isValidSocketId()
{
    QFETCH(QString, socketId);
    QFETCH(bool, valid);
    QCOMPARE(tableside::pusher::isValidSocketId(socketId), valid);
}

QTEST_APPLESS_MAIN(TestChannelName)
#include "tst_channelname.moc"
