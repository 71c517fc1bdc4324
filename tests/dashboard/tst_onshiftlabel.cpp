// OnShiftLabel: the top bar's line for a few names, for many (the rest counted, all in the
// tooltip), and nothing at all while nobody can know who is on shift.
#include "onshiftlabel.h"
#include "onshiftmodel.h"

#include <QJsonObject>
#include <QTest>

using namespace tableside::dashboard;

class TestOnShiftLabel : public QObject
{
    Q_OBJECT
private slots:
    void text_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << QStringList {"Maria"} << "On shift: Maria";
        QTest::newRow("four: all shown")
            << QStringList {"Ana", "Boris", "Ivan", "Maria"} << "On shift: Ana, Boris, Ivan, Maria";
        QTest::newRow("six: three and a count")
            << QStringList {"Ana", "Boris", "Ivan", "Maria", "Petar", "Vera"}
            << "On shift: Ana, Boris, Ivan and 3 more";
        QTest::newRow("nobody") << QStringList() << "On shift: —";
    }

    void text()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, text);
        OnShiftModel model;
        OnShiftLabel label(&model);
        QCOMPARE(label.text(), QString()); // not known yet: says nothing
        QJsonObject members;
        for (int i = 0; i < names.size(); ++i)
            members.insert(QString::number(i + 1), QJsonObject {{"name", names.at(i)}});
        model.setMembers(members);
        QCOMPARE(label.text(), text);
        QCOMPARE(label.toolTip().count(QLatin1Char('\n')), qMax(0, int(names.size()) - 1));
        model.forget();
        QCOMPARE(label.text(), QString());
    }
};

QTEST_MAIN(TestOnShiftLabel)
#include "tst_onshiftlabel.moc"
