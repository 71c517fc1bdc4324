// The dashboard's ReportTableModel: a report table from the server's JSON, under
// QAbstractItemModelTester; money and durations shown as such; its CSV the server's bytes.
#include "reporttablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace tableside::dashboard;

class TestReportTableModel : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void showsAndExportsATable_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("revenue");
        QTest::addColumn<QString>("amountBgn");
        // U+00A0: MoneyFormatter groups thousands with a no-break space in Bulgarian.
        QTest::newRow("bg") << QLocale::Bulgarian << QStringLiteral("27,60 €")
                            << QStringLiteral("2\u00A0404,58 лв.");
        QTest::newRow("en") << QLocale::English << QStringLiteral("€27.60")
                            << QStringLiteral("BGN 2,404.58");
    }

    void showsAndExportsATable()
    {
        QFETCH(QLocale::Language, language);
        QFETCH(QString, revenue);
        QFETCH(QString, amountBgn);
        QLocale::setDefault(QLocale(language));
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
        // Headings are words (no translator loaded: the English source), never "revenue_eur_cents".
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name (en)"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Revenue"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Median"));
        QCOMPARE(model.data(model.index(0, 2)).toString(), revenue);
        QCOMPARE(model.data(model.index(0, 3)).toString(), QStringLiteral("12:34"));
        QCOMPARE(model.cell(1, QStringLiteral("quantity")).toInteger(), 1);
        QCOMPARE(model.toCsv(),
                 QByteArray("name_en,quantity,revenue_eur_cents,median_ms\r\n"
                            "Shopska salad,4,2760,754000\r\n"
                            "\"Say \"\"hi\"\", twice\",1,5,999\r\n"));

        // Payments show EUR and the server's BGN figure beside it (1229.44 € = 2404.58 лв.).
        model.setTable(QStringLiteral("payments"),
                       {{QStringLiteral("columns"),
                         QJsonArray {QStringLiteral("method"), QStringLiteral("amount_eur_cents"),
                                     QStringLiteral("amount_bgn_cents")}},
                        {QStringLiteral("rows"),
                         QJsonArray {QJsonArray {QStringLiteral("cash"), 122944, 240458}}}});
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Amount in leva"));
        QCOMPARE(model.data(model.index(0, 2)).toString(), amountBgn);
        // The summary's values are money when their metric is; its metrics are row headings.
        model.setTable(QStringLiteral("summary"),
                       {{QStringLiteral("columns"),
                         QJsonArray {QStringLiteral("metric"), QStringLiteral("value")}},
                        {QStringLiteral("rows"),
                         QJsonArray {QJsonArray {QStringLiteral("revenue_eur_cents"), 2760},
                                     QJsonArray {QStringLiteral("orders"), 3}}}});
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Revenue"));
        QCOMPARE(model.data(model.index(0, 1)).toString(), revenue);
        QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("3"));
        QCOMPARE(model.toCsv(),
                 QByteArray("metric,value\r\nrevenue_eur_cents,2760\r\norders,3\r\n"));

        model.setTable(QStringLiteral("empty"), {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.toCsv(), QByteArray("\r\n"));
    }
};

QTEST_MAIN(TestReportTableModel)
#include "tst_reporttablemodel.moc"
