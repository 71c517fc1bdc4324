#include "tableselection.h"

#include <QTest>

using tableside::server::TableSelection;

/// TableSelection: the `qr --tables` list syntax.
class TestTableSelection : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void TestTableSelection::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("one") << "3" << QList<int> {3};
    QTest::newRow("range") << "1-5" << QList<int> {1, 2, 3, 4, 5};
    QTest::newRow("list and ranges") << "1-3,8,10-11" << QList<int> {1, 2, 3, 8, 10, 11};
    QTest::newRow("spaces") << " 2 , 4 - 5 " << QList<int> {2, 4, 5};
    QTest::newRow("overlap and order") << "5,1-3,2" << QList<int> {1, 2, 3, 5};
    QTest::newRow("single range") << "7-7" << QList<int> {7};
    QTest::newRow("highest") << "9999" << QList<int> {9999};
}

void TestTableSelection::parses()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    QString error;
    const std::optional<TableSelection> selection = TableSelection::parse(text, &error);
    QVERIFY2(selection, qPrintable(error));
    QCOMPARE(selection->tables(), expected);
}

void TestTableSelection::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "  ";
    QTest::newRow("zero") << "0";
    QTest::newRow("zero in range") << "0-3";
    QTest::newRow("negative") << "-3";
    QTest::newRow("reversed") << "5-1";
    QTest::newRow("letters") << "a";
    QTest::newRow("trailing junk") << "3x";
    QTest::newRow("empty item") << "1,,2";
    QTest::newRow("trailing comma") << "1,";
    QTest::newRow("open range") << "3-";
    QTest::newRow("double dash") << "1-2-3";
    QTest::newRow("plus sign") << "+3";
    QTest::newRow("too high") << "10000";
    QTest::newRow("huge") << "99999999999";
    QTest::newRow("too many") << "1-1001";
    QTest::newRow("too many in pieces") << "1-600,601-1001";
}

void TestTableSelection::refuses()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!TableSelection::parse(text, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestTableSelection)
#include "tst_tableselection.moc"
