#include "ticketlayout.h"

#include "money.h"

#include <QJsonArray>

namespace tableside::server {

using Align = TicketDocument::Line::Align;

namespace {

QString timeText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString callTypeText(const QString &type)
{
    if (type == u"payment_cash")
        return TicketLayout::tr("Bill, cash");
    if (type == u"payment_card")
        return TicketLayout::tr("Bill, card");
    if (type == u"service")
        return TicketLayout::tr("Service");
    return TicketLayout::tr("Help");
}

} // namespace

QString TicketLayout::money(qint64 cents)
{
    return Money::fromEuroCents(cents).toDecimalString();
}

QStringList TicketLayout::wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        while (word.size() > width) {
            if (!line.isEmpty()) {
                lines.append(line);
                line.clear();
            }
            lines.append(word.left(width));
            word = word.mid(width);
        }
        if (line.isEmpty())
            line = word;
        else if (line.size() + 1 + word.size() <= width)
            line += u' ' + word;
        else {
            lines.append(line);
            line = word;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

TicketDocument TicketLayout::layout(const QString &kind, const QJsonObject &payload, bool copy,
                                    int columns, const QDateTime &at)
{
    if (kind == u"bill")
        return bill(payload, copy, columns, at);
    if (kind == u"test")
        return testPage(payload, columns, at);
    if (kind == u"call")
        return callSlip(payload, columns, at);
    return stationTicket(payload, copy, columns, at);
}

TicketDocument TicketLayout::stationTicket(const QJsonObject &order, bool copy, int columns,
                                           const QDateTime &at)
{
    TicketDocument doc;
    doc.columns = columns;
    const QJsonArray items = order.value(QStringLiteral("items")).toArray();
    const QString station = items.isEmpty()
        ? QString()
        : items.first().toObject().value(QStringLiteral("station")).toString();
    doc.add(station.toUpper(), true, true, Align::Center);
    if (copy)
        doc.add(copyMark(), true, false, Align::Center);
    doc.add(tr("Table %1").arg(order.value(QStringLiteral("tableNumber")).toInt()), true, true);
    doc.add(tr("Order #%1").arg(order.value(QStringLiteral("orderNumber")).toInt()), true);
    const QDateTime created = QDateTime::fromString(
        order.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    doc.add(tr("Ordered %1").arg(timeText(created.isValid() ? created : at)));
    doc.addRule();
    // Quantity and name in double size: read from across the pass.
    const int bigColumns = columns / 2;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString prefix
            = QStringLiteral("%1x ").arg(item.value(QStringLiteral("quantity")).toInt());
        const QStringList lines = wrap(item.value(QStringLiteral("productName")).toString(),
                                       bigColumns - int(prefix.size()));
        for (int i = 0; i < lines.size(); ++i)
            doc.add((i == 0 ? prefix : QString(prefix.size(), u' ')) + lines.at(i), true, true);
        const QString notes = item.value(QStringLiteral("notes")).toString();
        for (const QString &line : wrap(notes, columns - 4))
            doc.add(QStringLiteral("  ! ") + line, true);
    }
    doc.addRule();
    const QString notes = order.value(QStringLiteral("notes")).toString();
    if (!notes.isEmpty()) {
        for (const QString &line : wrap(tr("Note: %1").arg(notes), columns))
            doc.add(line, true);
        doc.addRule();
    }
    doc.add(tr("Printed %1").arg(timeText(at)), false, false, Align::Right);
    return doc;
}

TicketDocument TicketLayout::bill(const QJsonObject &bill, bool copy, int columns,
                                  const QDateTime &at)
{
    TicketDocument doc;
    doc.columns = columns;
    // The venue's head first (server config venue/*), as on the dashboard's PDF.
    const QJsonObject venue = bill.value(QStringLiteral("venue")).toObject();
    const int before = int(doc.lines.size());
    const QString venueName = venue.value(QStringLiteral("name")).toString();
    if (!venueName.isEmpty())
        for (const QString &line : wrap(venueName, columns / 2))
            doc.add(line, true, true, Align::Center);
    const QString address = venue.value(QStringLiteral("address")).toString();
    if (!address.isEmpty())
        for (const QString &line : wrap(address, columns))
            doc.add(line, false, false, Align::Center);
    const QString taxId = venue.value(QStringLiteral("taxId")).toString();
    if (!taxId.isEmpty())
        for (const QString &line : wrap(tr("Tax ID %1").arg(taxId), columns))
            doc.add(line, false, false, Align::Center);
    if (doc.lines.size() > before)
        doc.addRule();
    doc.add(tr("BILL"), true, true, Align::Center);
    if (copy)
        doc.add(copyMark(), true, false, Align::Center);
    doc.add(tr("Table %1").arg(bill.value(QStringLiteral("tableNumber")).toInt()), true);
    doc.add(timeText(at));
    doc.addRule();
    for (const QJsonValue &value : bill.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        const QString name = QStringLiteral("%1 x %2")
                                 .arg(line.value(QStringLiteral("quantity")).toInt())
                                 .arg(line.value(QStringLiteral("name")).toString());
        const QString total = money(line.value(QStringLiteral("lineTotalEurCents")).toInteger());
        const QStringList wrapped = wrap(name, columns - 11);
        for (int i = 0; i < wrapped.size(); ++i) {
            if (i + 1 < wrapped.size())
                doc.add(wrapped.at(i));
            else
                doc.addColumns(wrapped.at(i), total);
        }
    }
    doc.addRule();
    doc.addColumns(tr("TOTAL EUR"), money(bill.value(QStringLiteral("totalEurCents")).toInteger()),
                   true);
    doc.addColumns(tr("TOTAL BGN"), money(bill.value(QStringLiteral("totalBgnCents")).toInteger()),
                   true);
    const qint64 paid = bill.value(QStringLiteral("paidEurCents")).toInteger();
    if (paid > 0) {
        doc.addColumns(tr("Paid EUR"), money(paid));
        doc.addColumns(tr("Due EUR"),
                       money(bill.value(QStringLiteral("totalEurCents")).toInteger() - paid), true);
    }
    doc.add(tr("1 EUR = 1.95583 BGN"), false, false, Align::Right);
    doc.addRule();
    doc.add(notFiscalBg(), true, false, Align::Center);
    doc.add(notFiscalEn(), true, false, Align::Center);
    return doc;
}

TicketDocument TicketLayout::testPage(const QJsonObject &test, int columns, const QDateTime &at)
{
    TicketDocument doc;
    doc.columns = columns;
    doc.add(tr("TEST PRINT"), true, true, Align::Center);
    doc.add(tr("Printer: %1").arg(test.value(QStringLiteral("printer")).toString()));
    doc.add(tr("Code page: %1, ESC t %2")
                .arg(test.value(QStringLiteral("codePage")).toString())
                .arg(test.value(QStringLiteral("codeTable")).toInt()));
    doc.add(tr("Paper: %1 mm, %2 columns")
                .arg(test.value(QStringLiteral("width")).toInt())
                .arg(columns));
    doc.add(timeText(at));
    doc.addRule();
    // If this line reads right, the code page is right; if not, try another or raster.
    doc.add(QStringLiteral("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ"));
    doc.add(QStringLiteral("абвгдежзийклмнопрстуфхцчшщъьюя"));
    doc.add(QStringLiteral("Шопска салата, кебапчета, боза"));
    doc.addRule();
    QString ruler; // the paper's columns: the last digit must be the last one on the line
    for (int i = 1; i <= columns; ++i)
        ruler.append(QChar(u'0' + i % 10));
    doc.add(ruler);
    return doc;
}

TicketDocument TicketLayout::callSlip(const QJsonObject &call, int columns, const QDateTime &at)
{
    TicketDocument doc;
    doc.columns = columns;
    doc.add(tr("CALL"), true, true, Align::Center);
    doc.add(tr("Table %1").arg(call.value(QStringLiteral("tableNumber")).toInt()), true, true);
    doc.add(callTypeText(call.value(QStringLiteral("callType")).toString()), true);
    const QString message = call.value(QStringLiteral("message")).toString();
    for (const QString &line : wrap(message, columns))
        doc.add(line);
    doc.add(tr("Waiting %1 min").arg(call.value(QStringLiteral("waitingSeconds")).toInt() / 60));
    doc.add(timeText(at), false, false, Align::Right);
    return doc;
}

} // namespace tableside::server
