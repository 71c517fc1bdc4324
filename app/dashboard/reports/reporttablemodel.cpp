#include "reporttablemodel.h"

#include "csvfield.h"
#include "money.h"
#include "moneyformatter.h"

#include <QLocale>

namespace tableside::dashboard {

namespace {

QString cellText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setTable(const QString &name, const QJsonObject &table)
{
    beginResetModel();
    m_name = name;
    m_columns.clear();
    for (const QJsonValue &column : table.value(QStringLiteral("columns")).toArray())
        m_columns.append(column.toString());
    m_rows = table.value(QStringLiteral("rows")).toArray();
    endResetModel();
}

QJsonValue ReportTableModel::cell(int row, const QString &column) const
{
    return m_rows.at(row).toArray().at(m_columns.indexOf(column));
}

QByteArray ReportTableModel::toCsv() const
{
    QString text;
    QStringList header;
    for (const QString &column : m_columns)
        header.append(CsvField::encode(column));
    text += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QJsonValue &row : m_rows) {
        QStringList fields;
        for (const QJsonValue &value : row.toArray())
            fields.append(CsvField::encode(cellText(value)));
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonValue value = m_rows.at(index.row()).toArray().at(index.column());
    const QString column = m_columns.at(index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(value.isDouble() ? Qt::AlignRight | Qt::AlignVCenter
                                                    : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    // The summary table is (metric, value) rows: its values are what their metric names,
    // and its metric names are row headings.
    const bool summaryValue = column == u"value" && m_columns.contains(QStringLiteral("metric"));
    const QString measure = summaryValue ? m_rows.at(index.row())
                                               .toArray()
                                               .at(m_columns.indexOf(QStringLiteral("metric")))
                                               .toString()
                                         : column;
    if (column == u"metric")
        return heading(value.toString());
    if (value.isDouble() && measure.endsWith(QStringLiteral("_cents"))) {
        const MoneyFormatter money(QLocale().language() == QLocale::Bulgarian ? Language::Bulgarian
                                                                              : Language::English);
        // The server derives BGN cents from EUR cents (half up), so fromBgnCents gives that
        // EUR amount back exactly and formatBgn shows the server's BGN figure.
        return measure.contains(QStringLiteral("_bgn_"))
            ? money.formatBgn(Money::fromBgnCents(value.toInteger()))
            : money.formatEur(Money::fromEuroCents(value.toInteger()));
    }
    if (value.isDouble() && measure.endsWith(QStringLiteral("_ms"))) {
        const qint64 seconds = (value.toInteger() + 500) / 1000;
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return cellText(value);
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_columns.size())
        return {};
    return heading(m_columns.at(section));
}

QString ReportTableModel::heading(const QString &column) const
{
    // Every column the server sends (app/server/reports/reporttables.cpp) and the summary
    // table's metrics; an unknown name (a newer server) is shown as it is.
    static const QHash<QString, const char *> known {
        {QStringLiteral("metric"), QT_TR_NOOP("Figure")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("product_id"), QT_TR_NOOP("Product no.")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("name_bg"), QT_TR_NOOP("Name (bg)")},
        {QStringLiteral("name_en"), QT_TR_NOOP("Name (en)")},
        {QStringLiteral("category_bg"), QT_TR_NOOP("Category (bg)")},
        {QStringLiteral("category_en"), QT_TR_NOOP("Category (en)")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Quantity")},
        {QStringLiteral("revenue_eur_cents"), QT_TR_NOOP("Revenue")},
        {QStringLiteral("revenue_bgn_cents"), QT_TR_NOOP("Revenue in leva")},
        {QStringLiteral("orders"), QT_TR_NOOP("Orders")},
        {QStringLiteral("items"), QT_TR_NOOP("Items")},
        {QStringLiteral("hour_start"), QT_TR_NOOP("Hour starts")},
        {QStringLiteral("hour"), QT_TR_NOOP("Hour")},
        {QStringLiteral("table"), QT_TR_NOOP("Table")},
        {QStringLiteral("staff"), QT_TR_NOOP("Staff")},
        {QStringLiteral("orders_completed"), QT_TR_NOOP("Orders completed")},
        {QStringLiteral("completed_eur_cents"), QT_TR_NOOP("Completed orders' value")},
        {QStringLiteral("orders_cancelled"), QT_TR_NOOP("Orders cancelled")},
        {QStringLiteral("calls_acknowledged"), QT_TR_NOOP("Calls acknowledged")},
        {QStringLiteral("calls_completed"), QT_TR_NOOP("Calls completed")},
        {QStringLiteral("payments"), QT_TR_NOOP("Payments")},
        {QStringLiteral("payments_eur_cents"), QT_TR_NOOP("Payments' amount")},
        {QStringLiteral("payments_voided"), QT_TR_NOOP("Voided payments")},
        {QStringLiteral("station"), QT_TR_NOOP("Station")},
        {QStringLiteral("measure"), QT_TR_NOOP("Measure")},
        {QStringLiteral("count"), QT_TR_NOOP("Count")},
        {QStringLiteral("average_ms"), QT_TR_NOOP("Average")},
        {QStringLiteral("median_ms"), QT_TR_NOOP("Median")},
        {QStringLiteral("p90_ms"), QT_TR_NOOP("90th percentile")},
        {QStringLiteral("rank"), QT_TR_NOOP("Rank")},
        {QStringLiteral("order_id"), QT_TR_NOOP("Order ID")},
        {QStringLiteral("business_day"), QT_TR_NOOP("Business day")},
        {QStringLiteral("order_number"), QT_TR_NOOP("Order no.")},
        {QStringLiteral("ms"), QT_TR_NOOP("Time")},
        {QStringLiteral("from_minutes"), QT_TR_NOOP("From (minutes)")},
        {QStringLiteral("to_minutes"), QT_TR_NOOP("To (minutes)")},
        {QStringLiteral("by"), QT_TR_NOOP("By")},
        {QStringLiteral("unanswered"), QT_TR_NOOP("Unanswered")},
        {QStringLiteral("acknowledged"), QT_TR_NOOP("Acknowledged")},
        {QStringLiteral("acknowledge_average_ms"), QT_TR_NOOP("Average time to acknowledge")},
        {QStringLiteral("acknowledge_median_ms"), QT_TR_NOOP("Median time to acknowledge")},
        {QStringLiteral("acknowledge_p90_ms"), QT_TR_NOOP("90th percentile to acknowledge")},
        {QStringLiteral("completed"), QT_TR_NOOP("Completed")},
        {QStringLiteral("complete_average_ms"), QT_TR_NOOP("Average time to complete")},
        {QStringLiteral("complete_median_ms"), QT_TR_NOOP("Median time to complete")},
        {QStringLiteral("complete_p90_ms"), QT_TR_NOOP("90th percentile to complete")},
        {QStringLiteral("method"), QT_TR_NOOP("Method")},
        {QStringLiteral("amount_eur_cents"), QT_TR_NOOP("Amount")},
        {QStringLiteral("amount_bgn_cents"), QT_TR_NOOP("Amount in leva")},
        {QStringLiteral("tips_eur_cents"), QT_TR_NOOP("Tips")},
        {QStringLiteral("kind"), QT_TR_NOOP("What")},
        {QStringLiteral("id"), QT_TR_NOOP("ID")},
        {QStringLiteral("at"), QT_TR_NOOP("When")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("from"), QT_TR_NOOP("From")},
        {QStringLiteral("to"), QT_TR_NOOP("To")},
        {QStringLiteral("business_day_start_hour"), QT_TR_NOOP("Business day starts at (hour)")},
        {QStringLiteral("average_ticket_eur_cents"), QT_TR_NOOP("Average ticket")},
        {QStringLiteral("cancelled_orders"), QT_TR_NOOP("Cancelled orders")},
        {QStringLiteral("cancelled_eur_cents"), QT_TR_NOOP("Cancelled orders' value")},
        {QStringLiteral("paid_eur_cents"), QT_TR_NOOP("Paid")},
        {QStringLiteral("paid_bgn_cents"), QT_TR_NOOP("Paid in leva")},
        {QStringLiteral("paid_cash_eur_cents"), QT_TR_NOOP("Paid in cash")},
        {QStringLiteral("paid_card_eur_cents"), QT_TR_NOOP("Paid by card")},
        {QStringLiteral("calls"), QT_TR_NOOP("Waiter calls")},
        {QStringLiteral("unanswered_calls"), QT_TR_NOOP("Unanswered calls")},
        {QStringLiteral("generated_at"), QT_TR_NOOP("Generated at")},
    };
    const auto found = known.constFind(column);
    return found == known.constEnd() ? column : tr(found.value());
}

} // namespace tableside::dashboard
