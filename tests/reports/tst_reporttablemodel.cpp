// The dashboard's ReportTableModel: a report table from the server's JSON, under
// QAbstractItemModelTester; money and durations shown as such; its CSV the server's bytes.
#include "reporttablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace tableside::dashboard;

class TestReportTableModel : public QObject
{
    Q_OBJECT
private slots:
    void showsAndExportsATable()
    {
        ReportTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject table {
            {QStringLiteral("columns"),
             QJsonArray {QStringLiteral("name_en"), QStringLiteral("quantity"),
                         QStringLiteral("revenue_eur_cents"), QStringLiteral("median_ms")}},
            {QStringLiteral("rows"),
             QJsonArray {QJsonArray {QStringLiteral("Shopska salad"), 4, 2760, 754000},
                         QJsonArray {QStringLiteral("Say \"hi\", twice"), 1, 5, 999}}}};
        model.setTable(QStringLiteral("by_product"), table);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("27.60 €"));
        QCOMPARE(model.data(model.index(0, 3)).toString(), QStringLiteral("12:34"));
        QCOMPARE(model.cell(1, QStringLiteral("quantity")).toInteger(), 1);
        QCOMPARE(model.toCsv(),
                 QByteArray("name_en,quantity,revenue_eur_cents,median_ms\r\n"
                            "Shopska salad,4,2760,754000\r\n"
                            "\"Say \"\"hi\"\", twice\",1,5,999\r\n"));
        model.setTable(QStringLiteral("empty"), {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.toCsv(), QByteArray("\r\n"));
    }
};

QTEST_MAIN(TestReportTableModel)
#include "tst_reporttablemodel.moc"
