// Fuzz target: a stranger's JSON body as the server and the dashboards read it. The bytes go
// through QJsonDocument, then every JsonReader accessor on every key, every domain decoder
// (orders, items, calls, products, categories, staff, staff events, money) and the guest
// order/call/idempotency-key validation (RequestValidator, in the order the controllers use).
#include "calltype.h"
#include "jsonreader.h"
#include "money.h"
#include "order.h"
#include "orderitem.h"
#include "product.h"
#include "requestvalidator.h"
#include "staffevent.h"
#include "staffmember.h"
#include "waitercall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace tableside;
using tableside::server::RequestValidator;

namespace {

void readEveryWay(const QJsonObject &object)
{
    QStringList keys = object.keys();
    // The real field names too, so absent/ill-typed paths run even when the fuzzer names none.
    keys << QStringLiteral("tableNumber") << QStringLiteral("items") << QStringLiteral("createdAt");
    for (int presence = 0; presence < 2; ++presence) {
        const auto p = presence ? JsonReader::Presence::Optional : JsonReader::Presence::Required;
        JsonReader reader(object, QStringLiteral("fuzz"));
        for (const QString &key : std::as_const(keys)) {
            reader.string(key, p);
            reader.integer(key, p);
            reader.integer(key, p, 0, std::numeric_limits<qint64>::max());
            reader.integer(key, p, std::numeric_limits<qint64>::min(), -1);
            reader.boolean(key, p);
            reader.money(key, p);
            reader.dateTime(key, p);
            reader.array(key, p);
            reader.object(key, p);
            reader.has(key);
            Money::fromJson(object.value(key));
        }
        (void)reader.errorString();
    }
}

void decodeDomain(const QJsonObject &object)
{
    QString error;
    if (const auto order = Order::fromJson(object, &error))
        (void)order->toJson();
    if (const auto item = OrderItem::fromJson(object, &error))
        (void)item->toJson();
    if (const auto call = WaiterCall::fromJson(object, &error))
        (void)call->toJson();
    if (const auto member = StaffMember::fromJson(object, &error))
        (void)member->toJson();
    Product::fromJson(object, &error);
    Category::fromJson(object, &error);
    for (const char *name :
         {"new-order", "waiter-call", "order-status-change", "call-status-change",
          "product-availability-change", "order-station-progress"})
        StaffEvent::decode(QString::fromLatin1(name), object, &error);
}

// OrdersController::parseOrder and the call parse of CallsController, step by step.
void validateGuestWrites(const QJsonObject &body)
{
    RequestValidator order;
    order.integer(body, QStringLiteral("tableNumber"), 1, RequestValidator::MaxTableNumber);
    order.optionalText(body, QStringLiteral("notes"), RequestValidator::MaxOrderNotes);
    order.optionalText(body, QStringLiteral("clientOrderId"), RequestValidator::MaxIdempotencyKey);
    const QJsonValue items = body.value(QStringLiteral("items"));
    if (items.isArray() && !items.toArray().isEmpty()
        && items.toArray().size() <= RequestValidator::MaxLines) {
        const QJsonArray lines = items.toArray();
        for (int i = 0; i < lines.size() && order.ok(); ++i) {
            order.setContext(QStringLiteral("items[%1]").arg(i));
            if (!lines.at(i).isObject())
                break;
            const QJsonObject line = lines.at(i).toObject();
            order.integer(line, QStringLiteral("productId"), 1, std::numeric_limits<int>::max());
            order.integer(line, QStringLiteral("quantity"), 1, RequestValidator::MaxQuantity);
            order.optionalText(line, QStringLiteral("notes"), RequestValidator::MaxItemNotes);
            decodeDomain(line);
        }
    }
    (void)order.error();

    RequestValidator call;
    call.integer(body, QStringLiteral("tableNumber"), 1, RequestValidator::MaxTableNumber);
    callTypeFromWire(body.value(QStringLiteral("callType")).toString());
    call.optionalText(body, QStringLiteral("message"), RequestValidator::MaxCallMessage);
    call.text(body, QStringLiteral("name"), 64);
    call.boolean(body, QStringLiteral("isAvailable"));
    (void)call.error();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Bodies over the server's limit never reach the parser.
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return 0;
    if (document.isObject()) {
        const QJsonObject object = document.object();
        readEveryWay(object);
        decodeDomain(object);
        validateGuestWrites(object);
        // Nested objects are what the decoders read as items and payloads.
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it->isObject())
                decodeDomain(it->toObject());
    } else if (document.isArray()) {
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array)
            if (value.isObject())
                decodeDomain(value.toObject());
    }
    return 0;
}
