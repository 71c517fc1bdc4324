#include "pushererror.h"

#include <QSet>
#include <QTest>

using tableside::pusher::CloseAction;
using tableside::pusher::ErrorCode;

/// Tests close codes → client actions (as pusher-js decides) and the error code table.
class TestPusherError : public QObject
{
    Q_OBJECT

private slots:
    void closeActionFor_data();
    void closeActionFor();
    void codes_data();
    void codes();
    void descriptionsAreDistinct();
};

void TestPusherError::closeActionFor_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<CloseAction>("action");
    QTest::newRow("1000 normal") << 1000 << CloseAction::ReconnectAfterOneSecond;
    QTest::newRow("1001 going away") << 1001 << CloseAction::ReconnectAfterOneSecond;
    QTest::newRow("1002 protocol error") << 1002 << CloseAction::ReconnectAfterBackoff;
    QTest::newRow("1003 unsupported data") << 1003 << CloseAction::ReconnectAfterBackoff;
    QTest::newRow("1004 reserved") << 1004 << CloseAction::ReconnectAfterBackoff;
    QTest::newRow("1005 no status") << 1005 << CloseAction::ReconnectAfterOneSecond;
    QTest::newRow("1006 abnormal") << 1006 << CloseAction::ReconnectAfterOneSecond;
    QTest::newRow("3999") << 3999 << CloseAction::ReconnectAfterOneSecond;
    QTest::newRow("4000 TLS only") << 4000 << CloseAction::SwitchToTls;
    QTest::newRow("4001 app does not exist") << 4001 << CloseAction::Refused;
    QTest::newRow("4004 over quota") << 4004 << CloseAction::Refused;
    QTest::newRow("4009 unauthorized") << 4009 << CloseAction::Refused;
    QTest::newRow("4099") << 4099 << CloseAction::Refused;
    QTest::newRow("4100 over capacity") << 4100 << CloseAction::ReconnectAfterBackoff;
    QTest::newRow("4199") << 4199 << CloseAction::ReconnectAfterBackoff;
    QTest::newRow("4200 generic") << 4200 << CloseAction::ReconnectImmediately;
    QTest::newRow("4201 pong not received") << 4201 << CloseAction::ReconnectImmediately;
    QTest::newRow("4202 inactivity") << 4202 << CloseAction::ReconnectImmediately;
    QTest::newRow("4299") << 4299 << CloseAction::ReconnectImmediately;
    QTest::newRow("4300") << 4300 << CloseAction::Refused;
    QTest::newRow("4301 client event rejected") << 4301 << CloseAction::Refused;
    QTest::newRow("4399") << 4399 << CloseAction::Refused;
}

void TestPusherError::closeActionFor()
{
    QFETCH(int, code);
    QFETCH(CloseAction, action);
    QCOMPARE(tableside::pusher::closeActionFor(code), action);
}

void TestPusherError::codes_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("descriptionWord");
    QTest::newRow("4000") << ErrorCode::ApplicationOnlyAcceptsSsl << 4000 << QStringLiteral("TLS");
    QTest::newRow("4001") << ErrorCode::ApplicationDoesNotExist << 4001
                          << QStringLiteral("does not exist");
    QTest::newRow("4003") << ErrorCode::ApplicationDisabled << 4003 << QStringLiteral("disabled");
    QTest::newRow("4004") << ErrorCode::OverConnectionQuota << 4004 << QStringLiteral("quota");
    QTest::newRow("4005") << ErrorCode::PathNotFound << 4005 << QStringLiteral("path");
    QTest::newRow("4006") << ErrorCode::InvalidVersionStringFormat << 4006
                          << QStringLiteral("version");
    QTest::newRow("4007") << ErrorCode::UnsupportedProtocolVersion << 4007
                          << QStringLiteral("unsupported");
    QTest::newRow("4008") << ErrorCode::NoProtocolVersionSupplied << 4008
                          << QStringLiteral("no protocol");
    QTest::newRow("4009") << ErrorCode::ConnectionUnauthorized << 4009
                          << QStringLiteral("unauthorized");
    QTest::newRow("4100") << ErrorCode::OverCapacity << 4100 << QStringLiteral("capacity");
    QTest::newRow("4200") << ErrorCode::GenericReconnectImmediately << 4200
                          << QStringLiteral("reconnect");
    QTest::newRow("4201") << ErrorCode::PongNotReceived << 4201 << QStringLiteral("pong");
    QTest::newRow("4202") << ErrorCode::ClosedAfterInactivity << 4202
                          << QStringLiteral("inactivity");
    QTest::newRow("4301") << ErrorCode::ClientEventRejected << 4301
                          << QStringLiteral("client event");
}

void TestPusherError::codes()
{
    QFETCH(ErrorCode, code);
    QFETCH(int, value);
    QFETCH(QString, descriptionWord);
    QCOMPARE(int(code), value);
    QVERIFY2(tableside::pusher::describe(code).contains(descriptionWord),
             qPrintable(tableside::pusher::describe(code)));
}

void TestPusherError::descriptionsAreDistinct()
{
    QSet<QString> seen;
    for (const ErrorCode code :
         {ErrorCode::ApplicationOnlyAcceptsSsl, ErrorCode::ApplicationDoesNotExist,
          ErrorCode::ApplicationDisabled, ErrorCode::OverConnectionQuota, ErrorCode::PathNotFound,
          ErrorCode::InvalidVersionStringFormat, ErrorCode::UnsupportedProtocolVersion,
          ErrorCode::NoProtocolVersionSupplied, ErrorCode::ConnectionUnauthorized,
          ErrorCode::OverCapacity, ErrorCode::GenericReconnectImmediately,
          ErrorCode::PongNotReceived, ErrorCode::ClosedAfterInactivity,
          ErrorCode::ClientEventRejected}) {
        const QString text = tableside::pusher::describe(code);
        QVERIFY(!seen.contains(text));
        seen.insert(text);
    }
    QCOMPARE(seen.size(), 14);
}

QTEST_APPLESS_MAIN(TestPusherError)
#include "tst_pushererror.moc"
