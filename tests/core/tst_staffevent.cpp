#include "staffevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using tableside::CallStatus;
using tableside::CallType;
using tableside::Money;
using tableside::Order;
using tableside::OrderItem;
using tableside::OrderStatus;
using tableside::StaffEvent;
using tableside::StaffEventType;
using tableside::WaiterCall;

/// Tests StaffEvent: factories, payload shapes, decode() validation of every required field.
class TestStaffEvent : public QObject
{
    Q_OBJECT

private slots:
    void typeNames_data();
    void typeNames();
    void roundTrip_data();
    void roundTrip();
    void missingField_data();
    void missingField();
    void illTypedField_data();
    void illTypedField();
    void unknownFieldsAreKept();
    void seedPayloadsDecode_data();
    void seedPayloadsDecode();
    void refusesUnknownEventsAndBadJson_data();
    void refusesUnknownEventsAndBadJson();
    void newOrderPayload();
    void waiterCallPayload();
    void orderStatusChangePayload();
    void callStatusChangePayload();
    void productAvailabilityPayload();
    void stationProgressPayload();
    void backupStatusPayload();
    void withSeq();
    void typedViews();
};

namespace {

QDateTime utc(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 24), QTime(hour, minute), QTimeZone::utc());
}

Order sampleOrder()
{
    OrderItem coffee;
    coffee.productId = 3;
    coffee.productName = QStringLiteral("Кафе");
    coffee.productNameEn = QStringLiteral("Coffee");
    coffee.quantity = 2;
    coffee.unitPrice = Money::fromEuroCents(256);
    coffee.station = QStringLiteral("bar");
    OrderItem soup;
    soup.productId = 8;
    soup.productName = QStringLiteral("Таратор");
    soup.unitPrice = Money::fromEuroCents(450);
    Order order;
    order.id = QStringLiteral("0d9b7f3e-5a2c-4e61-9f00-7c2b1a3d4e5f");
    order.orderNumber = 1;
    order.tableNumber = 1;
    order.items = {coffee, soup};
    order.status = OrderStatus::Pending;
    order.createdAt = utc(9, 0);
    order.updatedAt = utc(9, 0);
    return order;
}

WaiterCall sampleCall()
{
    WaiterCall call;
    call.id = QStringLiteral("5c1e2d3f-0000-4000-8000-000000000001");
    call.tableNumber = 6;
    call.type = CallType::PaymentCash;
    call.message = QStringLiteral("Ресто от 50 €");
    call.createdAt = utc(21, 30);
    return call;
}

// One valid event of each type, built with the factories.
QList<StaffEvent> sampleEvents()
{
    Order preparing = sampleOrder();
    preparing.status = OrderStatus::Preparing;
    preparing.changedBy = QStringLiteral("Мария");
    preparing.updatedAt = utc(9, 3);
    WaiterCall acknowledged = sampleCall();
    acknowledged.status = CallStatus::Acknowledged;
    acknowledged.acknowledgedAt = utc(21, 31);
    acknowledged.acknowledgedBy = QStringLiteral("Иван");
    acknowledged.changedBy = QStringLiteral("Иван");
    Order progressing = preparing;
    progressing.stationStatus = {{QStringLiteral("kitchen"), QStringLiteral("ready")}};
    return {
        StaffEvent::newOrder(sampleOrder(), 1),
        StaffEvent::waiterCall(sampleCall(), 2),
        StaffEvent::orderStatusChange(preparing, OrderStatus::Pending, 3, utc(9, 3)),
        StaffEvent::callStatusChange(acknowledged, 4, utc(21, 31)),
        StaffEvent::productAvailabilityChange(8, false, QStringLiteral("Петър"), 5, utc(12, 0)),
        StaffEvent::orderStationProgress(progressing, QStringLiteral("bar"),
                                         QStringLiteral("ready"), 6, utc(9, 10)),
        StaffEvent::backupStatus(true, utc(4, 0),
                                 QStringLiteral("tableside-2026-11-24-040000.db.gz"),
                                 QStringLiteral("1234 orders"), 7),
    };
}

StaffEvent sampleOf(StaffEventType type)
{
    const QList<StaffEvent> events = sampleEvents();
    for (const StaffEvent &event : events) {
        if (event.type() == type)
            return event;
    }
    qFatal("no sample event");
}

// The required fields per event, written out here from the seed and the header contract (not
// read from the implementation), each with a value of the wrong type or an invalid value.
struct Requirement
{
    StaffEventType type;
    QString field;
    QJsonValue badValue;
};

QList<Requirement> requirements()
{
    const QJsonValue number(5);
    const QJsonValue text(QStringLiteral("1"));
    const QJsonValue object {QJsonObject {}};
    const QString seq = QStringLiteral("seq");
    QList<Requirement> list;
    auto add = [&list](StaffEventType type, const char *field, const QJsonValue &bad) {
        list.append({type, QString::fromLatin1(field), bad});
    };
    add(StaffEventType::NewOrder, "orderId", number);
    add(StaffEventType::NewOrder, "orderNumber", text);
    add(StaffEventType::NewOrder, "tableNumber", QJsonValue(1.5));
    add(StaffEventType::NewOrder, "items", object);
    add(StaffEventType::NewOrder, "totalBgn", QJsonValue(QStringLiteral("10.00")));
    add(StaffEventType::NewOrder, "totalEur", QJsonValue(5.111));
    add(StaffEventType::WaiterCallCreated, "callId", QJsonValue(true));
    add(StaffEventType::WaiterCallCreated, "tableNumber", text);
    add(StaffEventType::WaiterCallCreated, "callType", QJsonValue(QStringLiteral("dance")));
    add(StaffEventType::WaiterCallCreated, "message", number);
    add(StaffEventType::WaiterCallCreated, "timestamp", QJsonValue(QStringLiteral("later")));
    add(StaffEventType::OrderStatusChange, "orderId", QJsonValue(QJsonArray {}));
    add(StaffEventType::OrderStatusChange, "orderNumber", QJsonValue(0));
    add(StaffEventType::OrderStatusChange, "tableNumber", text);
    add(StaffEventType::OrderStatusChange, "status", QJsonValue(QStringLiteral("served")));
    add(StaffEventType::CallStatusChange, "callId", number);
    add(StaffEventType::CallStatusChange, "tableNumber", QJsonValue(-1));
    add(StaffEventType::CallStatusChange, "status", QJsonValue(QStringLiteral("ready")));
    add(StaffEventType::ProductAvailabilityChange, "productId", QJsonValue(1.5));
    add(StaffEventType::ProductAvailabilityChange, "isAvailable",
        QJsonValue(QStringLiteral("yes")));
    add(StaffEventType::OrderStationProgress, "orderId", number);
    add(StaffEventType::OrderStationProgress, "orderNumber", text);
    add(StaffEventType::OrderStationProgress, "tableNumber", text);
    add(StaffEventType::OrderStationProgress, "station", number);
    add(StaffEventType::OrderStationProgress, "status", object);
    add(StaffEventType::BackupStatus, "ok", QJsonValue(QStringLiteral("yes")));
    add(StaffEventType::BackupStatus, "at", QJsonValue(QStringLiteral("last night")));
    add(StaffEventType::BackupStatus, "file", number);
    add(StaffEventType::BackupStatus, "message", object);
    for (const StaffEventType type :
         {StaffEventType::NewOrder, StaffEventType::WaiterCallCreated,
          StaffEventType::OrderStatusChange, StaffEventType::CallStatusChange,
          StaffEventType::ProductAvailabilityChange, StaffEventType::OrderStationProgress,
          StaffEventType::BackupStatus}) {
        list.append({type, seq, QJsonValue(-1)});
    }
    return list;
}

} // namespace

void TestStaffEvent::typeNames_data()
{
    QTest::addColumn<StaffEventType>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("new-order") << StaffEventType::NewOrder << QStringLiteral("new-order");
    QTest::newRow("waiter-call") << StaffEventType::WaiterCallCreated
                                 << QStringLiteral("waiter-call");
    QTest::newRow("order-status-change")
        << StaffEventType::OrderStatusChange << QStringLiteral("order-status-change");
    QTest::newRow("call-status-change")
        << StaffEventType::CallStatusChange << QStringLiteral("call-status-change");
    QTest::newRow("product-availability-change") << StaffEventType::ProductAvailabilityChange
                                                 << QStringLiteral("product-availability-change");
    QTest::newRow("order-station-progress")
        << StaffEventType::OrderStationProgress << QStringLiteral("order-station-progress");
    QTest::newRow("backup-status")
        << StaffEventType::BackupStatus << QStringLiteral("backup-status");
}

void TestStaffEvent::typeNames()
{
    QFETCH(StaffEventType, type);
    QFETCH(QString, name);
    QCOMPARE(tableside::toWireString(type), name);
    QCOMPARE(tableside::staffEventTypeFromWire(name), std::optional<StaffEventType>(type));
    QCOMPARE(sampleOf(type).name(), name);
    QVERIFY(!tableside::staffEventTypeFromWire(name.toUpper()).has_value());
}

void TestStaffEvent::roundTrip_data()
{
    QTest::addColumn<StaffEvent>("event");
    const QList<StaffEvent> events = sampleEvents();
    for (const StaffEvent &event : events)
        QTest::newRow(qPrintable(event.name())) << event;
}

void TestStaffEvent::roundTrip()
{
    QFETCH(StaffEvent, event);
    QString error;
    // As a Pusher channel event carries it: the payload as JSON text.
    const std::optional<StaffEvent> decoded
        = StaffEvent::decode(event.name(), event.dataJson(), &error);
    QVERIFY2(decoded.has_value(), qPrintable(error));
    QCOMPARE(*decoded, event);
    QCOMPARE(decoded->seq(), event.seq());
    QCOMPARE(decoded->data().value(QStringLiteral("seq")).toInteger(), event.seq());
    QVERIFY(decoded->createdAt().isValid());
    QCOMPARE(decoded->createdAt(), event.createdAt());
    QVERIFY(!decoded->subjectId().isEmpty());
}

void TestStaffEvent::missingField_data()
{
    QTest::addColumn<StaffEventType>("type");
    QTest::addColumn<QString>("field");
    const QList<Requirement> list = requirements();
    for (const Requirement &requirement : list) {
        QTest::addRow("%s without %s", qPrintable(tableside::toWireString(requirement.type)),
                      qPrintable(requirement.field))
            << requirement.type << requirement.field;
    }
}

void TestStaffEvent::missingField()
{
    QFETCH(StaffEventType, type);
    QFETCH(QString, field);
    const StaffEvent event = sampleOf(type);
    QJsonObject data = event.data();
    QVERIFY2(data.contains(field), "the factory must write every required field");
    data.remove(field);
    QString error;
    QVERIFY(!StaffEvent::decode(event.name(), data, &error).has_value());
    QCOMPARE(error, event.name() + QStringLiteral(": ") + field + QStringLiteral(": missing"));
}

void TestStaffEvent::illTypedField_data()
{
    QTest::addColumn<StaffEventType>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("badValue");
    const QList<Requirement> list = requirements();
    for (const Requirement &requirement : list) {
        QTest::addRow("%s with a bad %s", qPrintable(tableside::toWireString(requirement.type)),
                      qPrintable(requirement.field))
            << requirement.type << requirement.field << requirement.badValue;
        // null is never a value for a required field.
        QTest::addRow("%s with a null %s", qPrintable(tableside::toWireString(requirement.type)),
                      qPrintable(requirement.field))
            << requirement.type << requirement.field << QJsonValue(QJsonValue::Null);
    }
}

void TestStaffEvent::illTypedField()
{
    QFETCH(StaffEventType, type);
    QFETCH(QString, field);
    QFETCH(QJsonValue, badValue);
    const StaffEvent event = sampleOf(type);
    QJsonObject data = event.data();
    data.insert(field, badValue);
    QString error;
    QVERIFY(!StaffEvent::decode(event.name(), data, &error).has_value());
    const QString prefix = event.name() + QStringLiteral(": ") + field + QStringLiteral(": ");
    QVERIFY2(error.startsWith(prefix), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("missing")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char(';')), "exactly one error expected");
}

void TestStaffEvent::unknownFieldsAreKept()
{
    const QList<StaffEvent> events = sampleEvents();
    for (const StaffEvent &event : events) {
        QJsonObject data = event.data();
        data.insert(QStringLiteral("addedInVersion2"), QJsonObject {{QStringLiteral("x"), 1}});
        QString error;
        const std::optional<StaffEvent> decoded = StaffEvent::decode(event.name(), data, &error);
        QVERIFY2(decoded.has_value(), qPrintable(error));
        QCOMPARE(decoded->data().value(QStringLiteral("addedInVersion2")).toObject().size(), 1);
    }
}

void TestStaffEvent::seedPayloadsDecode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("subject");
    // The seed's payloads, literally, plus the seq every event of ours carries.
    QTest::newRow("new-order") << QStringLiteral(
        "new-order") << QByteArray(R"({"orderId":"uuid","orderNumber":1,"tableNumber":1,"items":[],
                             "totalBgn":10.00,"totalEur":5.11,"seq":1})")
                               << QStringLiteral("uuid");
    QTest::newRow("waiter-call") << QStringLiteral(
        "waiter-call") << QByteArray(R"({"callId":"uuid","tableNumber":1,"callType":"payment_cash",
                             "message":"","timestamp":"2026-11-24T09:00:00.000Z","seq":2})")
                                 << QStringLiteral("uuid");
    QTest::newRow("order-status-change")
        << QStringLiteral("order-status-change")
        << QByteArray(R"({"orderId":"o","orderNumber":1,"tableNumber":1,"status":"ready","seq":3})")
        << QStringLiteral("o");
    QTest::newRow("call-status-change")
        << QStringLiteral("call-status-change")
        << QByteArray(R"({"callId":"c","tableNumber":1,"status":"acknowledged","seq":4})")
        << QStringLiteral("c");
    QTest::newRow("product-availability-change")
        << QStringLiteral("product-availability-change")
        << QByteArray(R"({"productId":42,"isAvailable":true,"seq":5})") << QStringLiteral("42");
}

void TestStaffEvent::seedPayloadsDecode()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, json);
    QFETCH(QString, subject);
    QString error;
    const std::optional<StaffEvent> event = StaffEvent::decode(name, json, &error);
    QVERIFY2(event.has_value(), qPrintable(error));
    QCOMPARE(event->name(), name);
    QCOMPARE(event->subjectId(), subject);
    // Without seq, the same payload is refused.
    QJsonObject withoutSeq = QJsonDocument::fromJson(json).object();
    withoutSeq.remove(QStringLiteral("seq"));
    QVERIFY(!StaffEvent::decode(name, withoutSeq, &error).has_value());
    QCOMPARE(error, name + QStringLiteral(": seq: missing"));
}

void TestStaffEvent::refusesUnknownEventsAndBadJson_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown event") << QStringLiteral("order-deleted") << QByteArray(R"({"seq":1})")
                                   << QStringLiteral("unknown event 'order-deleted'");
    QTest::newRow("pusher event") << QStringLiteral("pusher:ping") << QByteArray("{}")
                                  << QStringLiteral("unknown event 'pusher:ping'");
    QTest::newRow("not JSON") << QStringLiteral("new-order") << QByteArray("{seq:1")
                              << QStringLiteral("new-order: payload is not valid JSON");
    QTest::newRow("array") << QStringLiteral("new-order") << QByteArray("[1]")
                           << QStringLiteral("new-order: payload is not a JSON object");
    QTest::newRow("empty") << QStringLiteral("waiter-call") << QByteArray()
                           << QStringLiteral("waiter-call: payload is not valid JSON");
    QTest::newRow("seq fractional")
        << QStringLiteral("call-status-change")
        << QByteArray(R"({"callId":"c","tableNumber":1,"status":"completed","seq":1.5})")
        << QStringLiteral("call-status-change: seq: expected an integer");
    QTest::newRow("every missing field named")
        << QStringLiteral("call-status-change") << QByteArray("{}")
        << QStringLiteral("call-status-change: seq: missing; callId: missing; "
                          "tableNumber: missing; status: missing");
}

void TestStaffEvent::refusesUnknownEventsAndBadJson()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!StaffEvent::decode(name, json, &actual).has_value());
    QVERIFY2(actual.startsWith(error), qPrintable(actual));
}

void TestStaffEvent::newOrderPayload()
{
    const Order order = sampleOrder();
    const StaffEvent event = StaffEvent::newOrder(order, 17);
    QCOMPARE(event.type(), StaffEventType::NewOrder);
    QCOMPARE(event.seq(), 17);
    QJsonObject expected = order.toJson();
    expected.insert(QStringLiteral("seq"), 17);
    QCOMPARE(event.data(), expected);
    QCOMPARE(event.data().value(QStringLiteral("orderId")).toString(), order.id);
    QCOMPARE(event.data().value(QStringLiteral("totalEur")).toDouble(), 9.62);
    QCOMPARE(event.data().value(QStringLiteral("totalBgn")).toDouble(), 18.82);
    QCOMPARE(event.createdAt(), order.createdAt);
    QCOMPARE(event.subjectId(), order.id);
    QCOMPARE(event.status(), QStringLiteral("pending"));
}

void TestStaffEvent::waiterCallPayload()
{
    const StaffEvent event = StaffEvent::waiterCall(sampleCall(), 2);
    QJsonObject expected = sampleCall().toJson();
    expected.insert(QStringLiteral("seq"), 2);
    QCOMPARE(event.data(), expected);
    QCOMPARE(event.data().value(QStringLiteral("urgent")), QJsonValue(true));
    QCOMPARE(event.data().value(QStringLiteral("timestamp")).toString(),
             QStringLiteral("2026-11-24T21:30:00.000Z"));
    QCOMPARE(event.subjectId(), sampleCall().id);
}

void TestStaffEvent::orderStatusChangePayload()
{
    Order order = sampleOrder();
    order.status = OrderStatus::Completed;
    order.changedBy = QStringLiteral("Мария");
    order.updatedAt = utc(9, 40);
    order.completedAt = utc(9, 40);
    const StaffEvent event
        = StaffEvent::orderStatusChange(order, OrderStatus::Ready, 8, utc(9, 41));
    const QJsonObject expected {
        {QStringLiteral("orderId"), order.id},
        {QStringLiteral("orderNumber"), 1},
        {QStringLiteral("tableNumber"), 1},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("previousStatus"), QStringLiteral("ready")},
        {QStringLiteral("changedBy"), QStringLiteral("Мария")},
        {QStringLiteral("updatedAt"), QStringLiteral("2026-11-24T09:40:00.000Z")},
        {QStringLiteral("completedAt"), QStringLiteral("2026-11-24T09:40:00.000Z")},
        {QStringLiteral("seq"), 8},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-24T09:41:00.000Z")},
    };
    QCOMPARE(event.data(), expected);
    QCOMPARE(event.status(), QStringLiteral("completed"));
    QCOMPARE(event.createdAt(), utc(9, 41));
    QVERIFY(!event.order().has_value()); // only new-order carries a whole order

    order.completedAt = QDateTime();
    order.changedBy.clear();
    const QJsonObject open
        = StaffEvent::orderStatusChange(order, OrderStatus::Ready, 9, utc(9, 41)).data();
    QVERIFY(open.value(QStringLiteral("completedAt")).isNull());
    QVERIFY(open.value(QStringLiteral("changedBy")).isNull());
}

void TestStaffEvent::callStatusChangePayload()
{
    WaiterCall call = sampleCall();
    call.status = CallStatus::Acknowledged;
    call.acknowledgedAt = utc(21, 31);
    call.acknowledgedBy = QStringLiteral("Иван");
    call.changedBy = QStringLiteral("Иван");
    const StaffEvent event = StaffEvent::callStatusChange(call, 4, utc(21, 31));
    const QJsonObject expected {
        {QStringLiteral("callId"), call.id},
        {QStringLiteral("tableNumber"), 6},
        {QStringLiteral("status"), QStringLiteral("acknowledged")},
        {QStringLiteral("acknowledgedBy"), QStringLiteral("Иван")},
        {QStringLiteral("acknowledgedAt"), QStringLiteral("2026-11-24T21:31:00.000Z")},
        {QStringLiteral("completedAt"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("changedBy"), QStringLiteral("Иван")},
        {QStringLiteral("seq"), 4},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-24T21:31:00.000Z")},
    };
    QCOMPARE(event.data(), expected);
    QCOMPARE(event.subjectId(), call.id);
    QCOMPARE(event.status(), QStringLiteral("acknowledged"));
}

void TestStaffEvent::productAvailabilityPayload()
{
    const StaffEvent event
        = StaffEvent::productAvailabilityChange(8, false, QStringLiteral("Петър"), 5, utc(12, 0));
    const QJsonObject expected {
        {QStringLiteral("productId"), 8},
        {QStringLiteral("isAvailable"), false},
        {QStringLiteral("changedBy"), QStringLiteral("Петър")},
        {QStringLiteral("seq"), 5},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-24T12:00:00.000Z")},
    };
    QCOMPARE(event.data(), expected);
    QCOMPARE(event.subjectId(), QStringLiteral("8"));
}

void TestStaffEvent::backupStatusPayload()
{
    const StaffEvent failed = StaffEvent::backupStatus(
        false, utc(4, 0), QString(), QStringLiteral("No space left on device"), 9);
    const QJsonObject expected {
        {QStringLiteral("ok"), false},
        {QStringLiteral("at"), QStringLiteral("2026-11-24T04:00:00.000Z")},
        {QStringLiteral("file"), QString()},
        {QStringLiteral("message"), QStringLiteral("No space left on device")},
        {QStringLiteral("seq"), 9},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-24T04:00:00.000Z")},
    };
    QCOMPARE(failed.data(), expected);
    QCOMPARE(failed.name(), QStringLiteral("backup-status"));
    QString error;
    const auto decoded = StaffEvent::decode(failed.name(), failed.dataJson(), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(*decoded, failed);
}

void TestStaffEvent::stationProgressPayload()
{
    Order order = sampleOrder();
    order.status = OrderStatus::Preparing;
    order.stationStatus = {{QStringLiteral("kitchen"), QStringLiteral("ready")}};
    const StaffEvent event = StaffEvent::orderStationProgress(
        order, QStringLiteral("bar"), QStringLiteral("ready"), 6, utc(9, 10));
    QCOMPARE(event.data().value(QStringLiteral("orderId")).toString(), order.id);
    QCOMPARE(event.data().value(QStringLiteral("station")).toString(), QStringLiteral("bar"));
    QCOMPARE(event.status(), QStringLiteral("ready"));
    QCOMPARE(event.data().value(QStringLiteral("stationStatus")).toObject(),
             (QJsonObject {{QStringLiteral("kitchen"), QStringLiteral("ready")},
                           {QStringLiteral("bar"), QStringLiteral("ready")}}));
    QCOMPARE(event.data().value(QStringLiteral("seq")).toInteger(), 6);
    QCOMPARE(event.createdAt(), utc(9, 10));
    QCOMPARE(event.subjectId(), order.id);
}

void TestStaffEvent::withSeq()
{
    const StaffEvent event = StaffEvent::newOrder(sampleOrder(), 0);
    const StaffEvent renumbered = event.withSeq(42);
    QCOMPARE(renumbered.seq(), 42);
    QCOMPARE(renumbered.data().value(QStringLiteral("seq")).toInteger(), 42);
    QCOMPARE(event.seq(), 0); // the original is unchanged
    QVERIFY(!(renumbered == event));
    QCOMPARE(renumbered.withSeq(0), event);
    QVERIFY(renumbered.dataJson().contains("\"seq\":42"));
}

void TestStaffEvent::typedViews()
{
    const StaffEvent orderEvent = StaffEvent::newOrder(sampleOrder(), 1);
    QCOMPARE(orderEvent.order(), std::optional<Order>(sampleOrder()));
    QVERIFY(!orderEvent.call().has_value());
    const StaffEvent callEvent = StaffEvent::waiterCall(sampleCall(), 2);
    QCOMPARE(callEvent.call(), std::optional<WaiterCall>(sampleCall()));
    QVERIFY(!callEvent.order().has_value());
    // Typed views work on decoded events too.
    const std::optional<StaffEvent> decoded
        = StaffEvent::decode(orderEvent.name(), orderEvent.dataJson());
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->order(), std::optional<Order>(sampleOrder()));
}

QTEST_APPLESS_MAIN(TestStaffEvent)
#include "tst_staffevent.moc"
