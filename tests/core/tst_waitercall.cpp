#include "waitercall.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using tableside::CallStatus;
using tableside::CallType;
using tableside::WaiterCall;

/// Tests WaiterCall: the seed's field names, round trips, refusals, and the call type strings.
class TestWaiterCall : public QObject
{
    Q_OBJECT

private slots:
    void callTypeWire_data();
    void callTypeWire();
    void unknownCallTypes_data();
    void unknownCallTypes();
    void toJsonShape();
    void toJsonNullsForAbsentValues();
    void roundTrip_data();
    void roundTrip();
    void acceptsSeedPayload();
    void refusals_data();
    void refusals();
};

namespace {

QDateTime utc(int hour, int minute, int msec = 0)
{
    return QDateTime(QDate(2026, 11, 24), QTime(hour, minute, 0, msec), QTimeZone::utc());
}

WaiterCall acknowledgedCall()
{
    WaiterCall call;
    call.id = QStringLiteral("9b2f0c7a-1111-4222-8333-444455556666");
    call.tableNumber = 12;
    call.type = CallType::PaymentCard;
    call.message = QStringLiteral("Сметката, моля");
    call.status = CallStatus::Acknowledged;
    call.createdAt = utc(20, 15, 5);
    call.acknowledgedAt = utc(20, 16);
    call.acknowledgedBy = QStringLiteral("Иван");
    call.changedBy = QStringLiteral("Иван");
    return call;
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TestWaiterCall::callTypeWire_data()
{
    QTest::addColumn<CallType>("type");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<bool>("urgent");
    QTest::newRow("payment_cash") << CallType::PaymentCash << QStringLiteral("payment_cash")
                                  << true;
    QTest::newRow("payment_card") << CallType::PaymentCard << QStringLiteral("payment_card")
                                  << true;
    QTest::newRow("help") << CallType::Help << QStringLiteral("help") << false;
    QTest::newRow("service") << CallType::Service << QStringLiteral("service") << false;
}

void TestWaiterCall::callTypeWire()
{
    QFETCH(CallType, type);
    QFETCH(QString, wire);
    QFETCH(bool, urgent);
    QCOMPARE(tableside::toWireString(type), wire);
    QCOMPARE(tableside::callTypeFromWire(wire), std::optional<CallType>(type));
    QCOMPARE(tableside::isUrgent(type), urgent);
    WaiterCall call;
    call.type = type;
    QCOMPARE(call.isUrgent(), urgent);
}

void TestWaiterCall::unknownCallTypes_data()
{
    QTest::addColumn<QString>("wire");
    QTest::newRow("empty") << QString();
    QTest::newRow("payment") << QStringLiteral("payment");
    QTest::newRow("upper case") << QStringLiteral("HELP");
    QTest::newRow("dash") << QStringLiteral("payment-cash");
}

void TestWaiterCall::unknownCallTypes()
{
    QFETCH(QString, wire);
    QVERIFY(!tableside::callTypeFromWire(wire).has_value());
}

void TestWaiterCall::toJsonShape()
{
    const QJsonObject expected {
        {QStringLiteral("id"), QStringLiteral("9b2f0c7a-1111-4222-8333-444455556666")},
        {QStringLiteral("callId"), QStringLiteral("9b2f0c7a-1111-4222-8333-444455556666")},
        {QStringLiteral("tableNumber"), 12},
        {QStringLiteral("callType"), QStringLiteral("payment_card")},
        {QStringLiteral("message"), QStringLiteral("Сметката, моля")},
        {QStringLiteral("status"), QStringLiteral("acknowledged")},
        {QStringLiteral("urgent"), true},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-24T20:15:00.005Z")},
        {QStringLiteral("timestamp"), QStringLiteral("2026-11-24T20:15:00.005Z")},
        {QStringLiteral("acknowledgedAt"), QStringLiteral("2026-11-24T20:16:00.000Z")},
        {QStringLiteral("completedAt"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("acknowledgedBy"), QStringLiteral("Иван")},
        {QStringLiteral("changedBy"), QStringLiteral("Иван")},
    };
    QCOMPARE(acknowledgedCall().toJson(), expected);
}

void TestWaiterCall::toJsonNullsForAbsentValues()
{
    WaiterCall call;
    call.id = QStringLiteral("c");
    call.tableNumber = 1;
    const QJsonObject json = call.toJson();
    QCOMPARE(json.value(QStringLiteral("callType")).toString(), QStringLiteral("help"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(json.value(QStringLiteral("urgent")), QJsonValue(false));
    QCOMPARE(json.value(QStringLiteral("message")), QJsonValue(QString()));
    for (const char *key :
         {"createdAt", "timestamp", "acknowledgedAt", "completedAt", "acknowledgedBy", "changedBy"})
        QVERIFY2(json.value(QLatin1String(key)).isNull(), key);
}

void TestWaiterCall::roundTrip_data()
{
    QTest::addColumn<WaiterCall>("call");
    QTest::newRow("acknowledged") << acknowledgedCall();
    WaiterCall completed = acknowledgedCall();
    completed.status = CallStatus::Completed;
    completed.completedAt = utc(20, 20);
    completed.type = CallType::Service;
    QTest::newRow("completed") << completed;
    WaiterCall fresh;
    fresh.id = QStringLiteral("n");
    fresh.tableNumber = 3;
    fresh.type = CallType::PaymentCash;
    fresh.createdAt = utc(8, 0);
    QTest::newRow("pending, no message") << fresh;
}

void TestWaiterCall::roundTrip()
{
    QFETCH(WaiterCall, call);
    const QByteArray text = QJsonDocument(call.toJson()).toJson(QJsonDocument::Compact);
    QString error;
    const std::optional<WaiterCall> back
        = WaiterCall::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(*back, call);
}

void TestWaiterCall::acceptsSeedPayload()
{
    // The seed's waiter-call: {callId, tableNumber, callType, message, timestamp}.
    QString error;
    const std::optional<WaiterCall> call
        = WaiterCall::fromJson(parse(R"({"callId":"u-9","tableNumber":5,"callType":"payment_cash",
                      "message":"","timestamp":"2026-11-24T09:00:00.000Z","urgent":true})"),
                               &error);
    QVERIFY2(call.has_value(), qPrintable(error));
    QCOMPARE(call->id, QStringLiteral("u-9"));
    QCOMPARE(call->tableNumber, 5);
    QCOMPARE(call->type, CallType::PaymentCash);
    QCOMPARE(call->status, CallStatus::Pending);
    QCOMPARE(call->createdAt, utc(9, 0));
    QVERIFY(call->isUrgent());
}

void TestWaiterCall::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("empty") << QByteArray("{}")
                           << QStringList {QStringLiteral("callId"), QStringLiteral("tableNumber"),
                                           QStringLiteral("callType")};
    QTest::newRow("unknown call type")
        << QByteArray(R"({"id":"a","tableNumber":1,"callType":"dance"})")
        << QStringList {QStringLiteral("callType")};
    QTest::newRow("call type not a string")
        << QByteArray(R"({"id":"a","tableNumber":1,"callType":1})")
        << QStringList {QStringLiteral("callType")};
    QTest::newRow("table zero") << QByteArray(R"({"id":"a","tableNumber":0,"callType":"help"})")
                                << QStringList {QStringLiteral("tableNumber")};
    QTest::newRow("unknown status")
        << QByteArray(R"({"id":"a","tableNumber":1,"callType":"help","status":"ready"})")
        << QStringList {QStringLiteral("status")};
    QTest::newRow("bad timestamp")
        << QByteArray(R"({"id":"a","tableNumber":1,"callType":"help","timestamp":"now"})")
        << QStringList {QStringLiteral("timestamp")};
    QTest::newRow("message not a string")
        << QByteArray(R"({"id":"a","tableNumber":1,"callType":"help","message":{}})")
        << QStringList {QStringLiteral("message")};
}

void TestWaiterCall::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);
    QString error;
    QVERIFY(!WaiterCall::fromJson(parse(json), &error).has_value());
    for (const QString &field : fields)
        QVERIFY2(error.contains(field + QStringLiteral(": ")), qPrintable(error));
    QCOMPARE(error.count(QLatin1Char(';')), fields.size() - 1);
}

QTEST_APPLESS_MAIN(TestWaiterCall)
#include "tst_waitercall.moc"
