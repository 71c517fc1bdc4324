// OnShiftModel under QAbstractItemModelTester: the presence list sorted by name, one row per
// person, and "unknown" (not "nobody") after the link is lost.
#include "onshiftmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tableside::dashboard;

namespace {
QJsonObject info(const QString &name, const QString &role = QStringLiteral("waiter"))
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("role"), role}};
}
} // namespace

class TestOnShiftModel : public QObject
{
    Q_OBJECT
private slots:
    void membersAreSortedByName_data();
    void membersAreSortedByName();
    void addAndRemoveKeepTheOrder();
    void aPersonIsListedOnce();
    void lostLinkMeansUnknownNotNobody();
    void tooltipNamesTheRole_data();
    void tooltipNamesTheRole();
};

void TestOnShiftModel::membersAreSortedByName_data()
{
    QTest::addColumn<QJsonObject>("members");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << QJsonObject() << QStringList();
    QTest::newRow("latin") << QJsonObject {{"1", info("Maria")}, {"2", info("Ivan")}}
                           << QStringList {"Ivan", "Maria"};
    QTest::newRow("case does not matter")
        << QJsonObject {{"1", info("maria")}, {"2", info("Ivan")}, {"3", info("boris")}}
        << QStringList {"boris", "Ivan", "maria"};
    QTest::newRow("cyrillic") << QJsonObject {{"1", info("Мария")}, {"2", info("Иван")}}
                              << QStringList {"Иван", "Мария"};
    QTest::newRow("same name: both, by id")
        << QJsonObject {{"7", info("Ana")}, {"3", info("Ana")}} << QStringList {"Ana", "Ana"};
    QTest::newRow("no name: the id stands in")
        << QJsonObject {{"42", QJsonObject()}} << QStringList {"42"};
}

void TestOnShiftModel::membersAreSortedByName()
{
    QFETCH(QJsonObject, members);
    QFETCH(QStringList, expected);
    OnShiftModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy known(&model, &OnShiftModel::knownChanged);
    QVERIFY(!model.isKnown());
    model.setMembers(members);
    QVERIFY(model.isKnown());
    QCOMPARE(known.size(), 1);
    QCOMPARE(model.names(), expected);
    QCOMPARE(model.rowCount(), expected.size());
}

void TestOnShiftModel::addAndRemoveKeepTheOrder()
{
    OnShiftModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers({{"1", info("Maria")}, {"2", info("Ivan")}});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addMember(QStringLiteral("3"), info("Kalina", "kitchen"));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1); // between Ivan and Maria
    QCOMPARE(model.names(), (QStringList {"Ivan", "Kalina", "Maria"}));
    QCOMPARE(model.index(1, 0).data(OnShiftModel::UserIdRole).toString(), QStringLiteral("3"));
    QCOMPARE(model.index(1, 0).data(OnShiftModel::StaffRoleRole).toString(),
             QStringLiteral("kitchen"));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeMember(QStringLiteral("2"));
    model.removeMember(QStringLiteral("unknown")); // not there: nothing happens
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.names(), (QStringList {"Kalina", "Maria"}));
}

void TestOnShiftModel::aPersonIsListedOnce()
{
    OnShiftModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers({{"1", info("Maria")}});
    // Maria opens a second tablet: the server announces her once, but a repeat changes nothing.
    model.addMember(QStringLiteral("1"), info("Maria"));
    model.addMember(QString(), info("Nobody"));
    QCOMPARE(model.names(), QStringList {"Maria"});
}

void TestOnShiftModel::lostLinkMeansUnknownNotNobody()
{
    OnShiftModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers({{"1", info("Maria")}});
    QSignalSpy known(&model, &OnShiftModel::knownChanged);
    model.forget();
    QVERIFY(!model.isKnown());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(known.size(), 1);
    QCOMPARE(known.first().first().toBool(), false);
    model.setMembers({{"1", info("Maria")}, {"2", info("Ivan")}});
    QVERIFY(model.isKnown());
    QCOMPARE(model.names(), (QStringList {"Ivan", "Maria"}));
}

void TestOnShiftModel::tooltipNamesTheRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("tooltip");
    QTest::newRow("waiter") << "waiter"
                            << "Maria (waiter)";
    QTest::newRow("kitchen") << "kitchen"
                             << "Maria (kitchen)";
    QTest::newRow("manager") << "manager"
                             << "Maria (manager)";
}

void TestOnShiftModel::tooltipNamesTheRole()
{
    QFETCH(QString, role);
    QFETCH(QString, tooltip);
    OnShiftModel model;
    model.setMembers({{"1", info("Maria", role)}});
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), tooltip);
}

QTEST_GUILESS_MAIN(TestOnShiftModel)
#include "tst_onshiftmodel.moc"
