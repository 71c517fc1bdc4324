#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace tableside::dashboard {

/// One table of a server report (GET /api/reports: {"columns": [...], "rows": [[...]]}) for
/// a QTableView: headers translated where known, numbers right-aligned, cent columns shown as
/// money in the screen's language (MoneyFormatter), and the same table back as RFC 4180 CSV (the
/// server's file, byte for byte).
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const QString &name, const QJsonObject &table);
    QString name() const { return m_name; }
    QStringList columns() const { return m_columns; }
    /// The raw cell (numbers as numbers), for charts.
    QJsonValue cell(int row, const QString &column) const;
    /// UTF-8, comma, CRLF, quoted as RFC 4180, a header row of the machine column names.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString heading(const QString &column) const;

    QString m_name;
    QStringList m_columns;
    QJsonArray m_rows;
};

} // namespace tableside::dashboard
