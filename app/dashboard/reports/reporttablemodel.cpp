#include "reporttablemodel.h"

#include "money.h"

namespace tableside::dashboard {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

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
        header.append(csvField(column));
    text += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QJsonValue &row : m_rows) {
        QStringList fields;
        for (const QJsonValue &value : row.toArray())
            fields.append(csvField(cellText(value)));
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
    if (value.isDouble() && column.endsWith(QStringLiteral("_cents")))
        return QString(
            Money::fromEuroCents(value.toInteger()).toDecimalString()
            + (column.contains(QStringLiteral("bgn")) ? tr(" BGN") : QStringLiteral(" €")));
    if (value.isDouble() && column.endsWith(QStringLiteral("_ms"))) {
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
    static const QHash<QString, const char *> known {
        {QStringLiteral("metric"), QT_TR_NOOP("Figure")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("name_bg"), QT_TR_NOOP("Name (bg)")},
        {QStringLiteral("name_en"), QT_TR_NOOP("Name (en)")},
        {QStringLiteral("category_bg"), QT_TR_NOOP("Category (bg)")},
        {QStringLiteral("category_en"), QT_TR_NOOP("Category (en)")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Quantity")},
        {QStringLiteral("revenue_eur_cents"), QT_TR_NOOP("Revenue")},
        {QStringLiteral("orders"), QT_TR_NOOP("Orders")},
        {QStringLiteral("items"), QT_TR_NOOP("Items")},
        {QStringLiteral("hour_start"), QT_TR_NOOP("Hour")},
        {QStringLiteral("table"), QT_TR_NOOP("Table")},
        {QStringLiteral("staff"), QT_TR_NOOP("Staff")},
        {QStringLiteral("station"), QT_TR_NOOP("Station")},
        {QStringLiteral("measure"), QT_TR_NOOP("Measure")},
        {QStringLiteral("count"), QT_TR_NOOP("Count")},
        {QStringLiteral("average_ms"), QT_TR_NOOP("Average")},
        {QStringLiteral("median_ms"), QT_TR_NOOP("Median")},
        {QStringLiteral("p90_ms"), QT_TR_NOOP("90th percentile")},
        {QStringLiteral("method"), QT_TR_NOOP("Method")},
        {QStringLiteral("tips_eur_cents"), QT_TR_NOOP("Tips")},
        {QStringLiteral("kind"), QT_TR_NOOP("What")},
        {QStringLiteral("by"), QT_TR_NOOP("By")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("amount_eur_cents"), QT_TR_NOOP("Amount")},
        {QStringLiteral("unanswered"), QT_TR_NOOP("Unanswered")},
    };
    const auto found = known.constFind(column);
    return found == known.constEnd() ? column : tr(found.value());
}

} // namespace tableside::dashboard
