#include "pusherframe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using tableside::pusher::Frame;

/// Tests the Pusher protocol 7 frame codec: every builder byte for byte, both data forms on
/// decode, and malformed frames.
class TestPusherFrame : public QObject
{
    Q_OBJECT

private slots:
    void builders_data();
    void builders();
    void builderRoundTrip_data();
    void builderRoundTrip();
    void decode_data();
    void decode();
    void malformed_data();
    void malformed();
    void dataObject_data();
    void dataObject();
    void errorFrame();
};

void TestPusherFrame::builders_data()
{
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<QByteArray>("wire");
    // QJsonObject writes keys in sorted order, so the bytes are stable.
    QTest::newRow("connection_established")
        << Frame::connectionEstablished(QStringLiteral("123.456"), 120)
        << QByteArray(R"({"data":"{\"activity_timeout\":120,\"socket_id\":\"123.456\"}",)"
                      R"("event":"pusher:connection_established"})");
    QTest::newRow("error: data is an object")
        << Frame::error(4001, QStringLiteral("App key x does not exist."))
        << QByteArray(R"({"data":{"code":4001,"message":"App key x does not exist."},)"
                      R"("event":"pusher:error"})");
    QTest::newRow("ping") << Frame::ping() << QByteArray(R"({"data":"{}","event":"pusher:ping"})");
    QTest::newRow("pong") << Frame::pong() << QByteArray(R"({"data":"{}","event":"pusher:pong"})");
    QTest::newRow("subscribe public")
        << Frame::subscribe(QStringLiteral("staff-channel"))
        << QByteArray(R"({"data":"{\"channel\":\"staff-channel\"}","event":"pusher:subscribe"})");
    QTest::newRow("subscribe private")
        << Frame::subscribe(QStringLiteral("private-staff"), QStringLiteral("key:sig"))
        << QByteArray(R"({"data":"{\"auth\":\"key:sig\",\"channel\":\"private-staff\"}",)"
                      R"("event":"pusher:subscribe"})");
    QTest::newRow("subscribe presence")
        << Frame::subscribe(QStringLiteral("presence-staff"), QStringLiteral("key:sig"),
                            QStringLiteral(R"({"user_id":"1"})"))
        << QByteArray(R"({"data":"{\"auth\":\"key:sig\",\"channel\":\"presence-staff\",)"
                      R"(\"channel_data\":\"{\\\"user_id\\\":\\\"1\\\"}\"}",)"
                      R"("event":"pusher:subscribe"})");
    QTest::newRow("unsubscribe")
        << Frame::unsubscribe(QStringLiteral("staff-channel"))
        << QByteArray(R"({"data":"{\"channel\":\"staff-channel\"}","event":"pusher:unsubscribe"})");
    QTest::newRow("subscription_succeeded")
        << Frame::subscriptionSucceeded(QStringLiteral("private-staff"))
        << QByteArray(R"({"channel":"private-staff","data":"{}",)"
                      R"("event":"pusher_internal:subscription_succeeded"})");
    const QJsonObject presence {
        {QStringLiteral("presence"),
         QJsonObject {{QStringLiteral("ids"), QJsonArray {QStringLiteral("1")}},
                      {QStringLiteral("hash"),
                       QJsonObject {{QStringLiteral("1"),
                                     QJsonObject {{QStringLiteral("name"), QStringLiteral("A")}}}}},
                      {QStringLiteral("count"), 1}}}};
    QTest::newRow("subscription_succeeded presence")
        << Frame::subscriptionSucceeded(QStringLiteral("presence-staff"), presence)
        << QByteArray(R"({"channel":"presence-staff","data":"{\"presence\":{\"count\":1,)"
                      R"(\"hash\":{\"1\":{\"name\":\"A\"}},\"ids\":[\"1\"]}}",)"
                      R"("event":"pusher_internal:subscription_succeeded"})");
    QTest::newRow("subscription_error")
        << Frame::subscriptionError(QStringLiteral("private-staff"), QStringLiteral("AuthError"),
                                    QStringLiteral("Invalid signature"), 401)
        << QByteArray(
               R"({"channel":"private-staff","data":"{\"error\":\"Invalid signature\",)"
               R"(\"status\":401,\"type\":\"AuthError\"}","event":"pusher:subscription_error"})");
    QTest::newRow("member_added")
        << Frame::memberAdded(QStringLiteral("presence-staff"), QStringLiteral("7"),
                              QJsonObject {{QStringLiteral("name"), QStringLiteral("Мария")}})
        << QByteArray(
               R"({"channel":"presence-staff","data":"{\"user_id\":\"7\",)"
               R"(\"user_info\":{\"name\":\"Мария\"}}","event":"pusher_internal:member_added"})");
    QTest::newRow("member_removed")
        << Frame::memberRemoved(QStringLiteral("presence-staff"), QStringLiteral("7"))
        << QByteArray(R"({"channel":"presence-staff","data":"{\"user_id\":\"7\"}",)"
                      R"("event":"pusher_internal:member_removed"})");
    QTest::newRow("channel event: data exactly as triggered")
        << Frame::channelEvent(QStringLiteral("new-order"), QStringLiteral("staff-channel"),
                               QStringLiteral(R"({"orderId":"a","totalEur":5.11})"))
        << QByteArray(R"({"channel":"staff-channel","data":"{\"orderId\":\"a\",)"
                      R"(\"totalEur\":5.11}","event":"new-order"})");
    QTest::newRow("client event with user_id")
        << Frame::channelEvent(QStringLiteral("client-typing"), QStringLiteral("presence-x"),
                               QStringLiteral("{}"), QStringLiteral("7"))
        << QByteArray(
               R"({"channel":"presence-x","data":"{}","event":"client-typing","user_id":"7"})");
    QTest::newRow("plain string data stays a string")
        << Frame::channelEvent(QStringLiteral("note"), QStringLiteral("c"), QStringLiteral("hello"))
        << QByteArray(R"({"channel":"c","data":"hello","event":"note"})");
}

void TestPusherFrame::builders()
{
    QFETCH(Frame, frame);
    QFETCH(QByteArray, wire);
    QCOMPARE(frame.encode(), wire);
}

void TestPusherFrame::builderRoundTrip_data()
{
    builders_data();
}

void TestPusherFrame::builderRoundTrip()
{
    QFETCH(Frame, frame);
    QFETCH(QByteArray, wire);
    QString error;
    const std::optional<Frame> decoded = Frame::decode(wire, &error);
    QVERIFY2(decoded.has_value(), qPrintable(error));
    QCOMPARE(*decoded, frame);
}

void TestPusherFrame::decode_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("userId");
    QTest::newRow("server form: data as a string") << QByteArray(
        R"({"event":"pusher:connection_established","data":"{\"socket_id\":\"1.2\",\"activity_timeout\":30}"})")
                                                   << QStringLiteral(
                                                          "pusher:connection_established")
                                                   << QString()
                                                   << QStringLiteral(
                                                          R"({"socket_id":"1.2","activity_timeout":30})")
                                                   << QString();
    QTest::newRow("pusher-js form: data as an object")
        << QByteArray(R"({"event":"pusher:subscribe","data":{"auth":"k:s","channel":"private-x"}})")
        << QStringLiteral("pusher:subscribe") << QString()
        << QStringLiteral(R"({"auth":"k:s","channel":"private-x"})") << QString();
    QTest::newRow("pusher-js ping with an empty object")
        << QByteArray(R"({"event":"pusher:ping","data":{}})") << QStringLiteral("pusher:ping")
        << QString() << QStringLiteral("{}") << QString();
    QTest::newRow("data absent (soketi)")
        << QByteArray(R"({"event":"pusher_internal:subscription_succeeded","channel":"c"})")
        << QStringLiteral("pusher_internal:subscription_succeeded") << QStringLiteral("c")
        << QStringLiteral("{}") << QString();
    QTest::newRow("error with object data and null code")
        << QByteArray(R"({"event":"pusher:error","data":{"message":"x","code":null}})")
        << QStringLiteral("pusher:error") << QString()
        << QStringLiteral(R"({"code":null,"message":"x"})") << QString();
    QTest::newRow("client event with user_id")
        << QByteArray(R"({"event":"client-x","channel":"presence-a","data":"{}","user_id":"9"})")
        << QStringLiteral("client-x") << QStringLiteral("presence-a") << QStringLiteral("{}")
        << QStringLiteral("9");
    QTest::newRow("numeric user_id")
        << QByteArray(R"({"event":"client-x","channel":"presence-a","data":"{}","user_id":9})")
        << QStringLiteral("client-x") << QStringLiteral("presence-a") << QStringLiteral("{}")
        << QStringLiteral("9");
    QTest::newRow("array data kept as text")
        << QByteArray(R"({"event":"e","data":[1,"a"]})") << QStringLiteral("e") << QString()
        << QStringLiteral(R"([1,"a"])") << QString();
    QTest::newRow("number data kept as text")
        << QByteArray(R"({"event":"e","data":5})") << QStringLiteral("e") << QString()
        << QStringLiteral("5") << QString();
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"event":"e","data":"x","extra":[1]})") << QStringLiteral("e") << QString()
        << QStringLiteral("x") << QString();
    QTest::newRow("unicode") << QByteArray(R"({"event":"e","data":"{\"name\":\"Маса\"}"})")
                             << QStringLiteral("e") << QString()
                             << QStringLiteral(R"({"name":"Маса"})") << QString();
}

void TestPusherFrame::decode()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, event);
    QFETCH(QString, channel);
    QFETCH(QString, data);
    QFETCH(QString, userId);
    QString error;
    const std::optional<Frame> frame = Frame::decode(message, &error);
    QVERIFY2(frame.has_value(), qPrintable(error));
    QCOMPARE(frame->event, event);
    QCOMPARE(frame->channel, channel);
    QCOMPARE(frame->data, data);
    QCOMPARE(frame->userId, userId);
}

void TestPusherFrame::malformed_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("hello");
    QTest::newRow("truncated") << QByteArray(R"({"event":"pusher:ping")");
    QTest::newRow("array") << QByteArray(R"([{"event":"pusher:ping"}])");
    QTest::newRow("string") << QByteArray(R"("pusher:ping")");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("no event") << QByteArray(R"({"data":"{}"})");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("event a number") << QByteArray(R"({"event":5,"data":"{}"})");
    QTest::newRow("event null") << QByteArray(R"({"event":null})");
    QTest::newRow("event an object") << QByteArray(R"({"event":{"name":"x"}})");
    QTest::newRow("event empty") << QByteArray(R"({"event":""})");
    QTest::newRow("channel a number") << QByteArray(R"({"event":"e","channel":1})");
    QTest::newRow("channel null") << QByteArray(R"({"event":"e","channel":null})");
    QTest::newRow("channel an array") << QByteArray(R"({"event":"e","channel":["a"]})");
    QTest::newRow("user_id an object") << QByteArray(R"({"event":"e","user_id":{}})");
    QTest::newRow("two objects") << QByteArray(R"({"event":"a"}{"event":"b"})");
}

void TestPusherFrame::malformed()
{
    QFETCH(QByteArray, message);
    QString error;
    QVERIFY(!Frame::decode(message, &error).has_value());
    QVERIFY2(!error.isEmpty(), "a refusal must say why");
}

void TestPusherFrame::dataObject_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QJsonObject>("object");
    QTest::newRow("object") << QStringLiteral(R"({"a":1})")
                            << QJsonObject {{QStringLiteral("a"), 1}};
    QTest::newRow("empty object") << QStringLiteral("{}") << QJsonObject();
    QTest::newRow("plain string") << QStringLiteral("hello") << QJsonObject();
    QTest::newRow("array") << QStringLiteral("[1]") << QJsonObject();
    QTest::newRow("empty") << QString() << QJsonObject();
}

void TestPusherFrame::dataObject()
{
    QFETCH(QString, data);
    QFETCH(QJsonObject, object);
    Frame frame;
    frame.event = QStringLiteral("e");
    frame.data = data;
    QCOMPARE(frame.dataObject(), object);
}

void TestPusherFrame::errorFrame()
{
    const QJsonObject data = tableside::pusher::errorData(4009, QStringLiteral("unauthorized"));
    QCOMPARE(data,
             (QJsonObject {{QStringLiteral("code"), 4009},
                           {QStringLiteral("message"), QStringLiteral("unauthorized")}}));
    const Frame frame = Frame::error(4009, QStringLiteral("unauthorized"));
    QCOMPARE(frame.event, QStringLiteral("pusher:error"));
    QVERIFY(frame.channel.isEmpty());
    QCOMPARE(frame.dataObject(), data);
    // A hand-built pusher:error whose data is not an object is still sent, as a string.
    Frame odd;
    odd.event = QStringLiteral("pusher:error");
    odd.data = QStringLiteral("oops");
    QCOMPARE(odd.encode(), QByteArray(R"({"data":"oops","event":"pusher:error"})"));
}

QTEST_APPLESS_MAIN(TestPusherFrame)
#include "tst_pusherframe.moc"
