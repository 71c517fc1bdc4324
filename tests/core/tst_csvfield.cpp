// A CSV field as RFC 4180 writes it.
#include "csvfield.h"

#include <QTest>

using namespace tableside;

class TestCsvField : public QObject
{
    Q_OBJECT
private slots:
    void encode_data();
    void encode();
};

void TestCsvField::encode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Шопска салата") << QStringLiteral("Шопска салата");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("1,50") << QStringLiteral("\"1,50\"");
    QTest::newRow("quote") << QStringLiteral("the \"bar\"")
                           << QStringLiteral("\"the \"\"bar\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("semicolon stays") << QStringLiteral("a;b") << QStringLiteral("a;b");
}

void TestCsvField::encode()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvField::encode(text), field);
}

QTEST_GUILESS_MAIN(TestCsvField)
#include "tst_csvfield.moc"
