#include "payment.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace tableside {

QJsonObject Payment::Line::toJson() const
{
    return {{QStringLiteral("orderId"), orderId},
            {QStringLiteral("itemId"), itemId},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("amountEurCents"), amount.euroCents()}};
}

Money Payment::change() const
{
    if (!hasTendered || method != QLatin1String("cash"))
        return {};
    const qint64 rest = tendered.euroCents() - amount.euroCents() - tip.euroCents();
    return Money::fromEuroCents(rest < 0 ? 0 : rest);
}

QString Payment::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Whole:
        return QStringLiteral("whole");
    case Kind::Items:
        return QStringLiteral("items");
    case Kind::Part:
        break;
    }
    return QStringLiteral("part");
}

Payment::Kind Payment::kindFromName(const QString &name)
{
    if (name == QLatin1String("items"))
        return Kind::Items;
    if (name == QLatin1String("part"))
        return Kind::Part;
    return Kind::Whole;
}

QJsonObject Payment::toJson() const
{
    QJsonArray lineArray;
    for (const Line &line : lines)
        lineArray.append(line.toJson());
    const Money changeDue = change();
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("tableNumber"), tableNumber},
        {QStringLiteral("method"), method},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("amountEurCents"), amount.euroCents()},
        {QStringLiteral("amountEur"), amount.toJsonNumber()},
        {QStringLiteral("amountBgn"), amount.bgnToJsonNumber()},
        {QStringLiteral("tipEurCents"), tip.euroCents()},
        {QStringLiteral("tenderedEurCents"),
         hasTendered ? QJsonValue(tendered.euroCents()) : QJsonValue()},
        {QStringLiteral("changeEurCents"), changeDue.euroCents()},
        {QStringLiteral("changeBgn"), changeDue.bgnToJsonNumber()},
        {QStringLiteral("part"), part > 0 ? QJsonValue(part) : QJsonValue()},
        {QStringLiteral("parts"), parts > 0 ? QJsonValue(parts) : QJsonValue()},
        {QStringLiteral("lines"), lineArray},
        {QStringLiteral("takenBy"), takenBy},
        {QStringLiteral("takenById"), takenById},
        {QStringLiteral("createdAt"), toWireTimestampOrNull(createdAt)},
        {QStringLiteral("voided"), isVoided()},
        {QStringLiteral("voidedAt"), toWireTimestampOrNull(voidedAt)},
        {QStringLiteral("voidedBy"), isVoided() ? QJsonValue(voidedBy) : QJsonValue()},
        {QStringLiteral("voidReason"), isVoided() ? QJsonValue(voidReason) : QJsonValue()},
    };
}

} // namespace tableside
