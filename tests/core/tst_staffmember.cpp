#include "staffmember.h"

#include <QJsonDocument>
#include <QTest>

using tableside::StaffMember;
using tableside::StaffRole;

/// Tests StaffMember: the first name shown to guests, JSON round trips and the role strings.
class TestStaffMember : public QObject
{
    Q_OBJECT

private slots:
    void roleWire_data();
    void roleWire();
    void firstName_data();
    void firstName();
    void toJsonShape();
    void roundTrip_data();
    void roundTrip();
    void refusals_data();
    void refusals();
};

void TestStaffMember::roleWire_data()
{
    QTest::addColumn<StaffRole>("role");
    QTest::addColumn<QString>("wire");
    QTest::newRow("waiter") << StaffRole::Waiter << QStringLiteral("waiter");
    QTest::newRow("kitchen") << StaffRole::Kitchen << QStringLiteral("kitchen");
    QTest::newRow("manager") << StaffRole::Manager << QStringLiteral("manager");
}

void TestStaffMember::roleWire()
{
    QFETCH(StaffRole, role);
    QFETCH(QString, wire);
    QCOMPARE(tableside::toWireString(role), wire);
    QCOMPARE(tableside::staffRoleFromWire(wire), std::optional<StaffRole>(role));
    QVERIFY(!tableside::staffRoleFromWire(wire.toUpper()).has_value());
}

void TestStaffMember::firstName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first");
    QTest::newRow("two words") << QStringLiteral("Мария Иванова") << QStringLiteral("Мария");
    QTest::newRow("one word") << QStringLiteral("Иван") << QStringLiteral("Иван");
    QTest::newRow("surrounding spaces") << QStringLiteral("  Anna Lee ") << QStringLiteral("Anna");
    QTest::newRow("tab") << QStringLiteral("Petar\tPetrov") << QStringLiteral("Petar");
    QTest::newRow("three words") << QStringLiteral("Jean Luc Picard") << QStringLiteral("Jean");
    QTest::newRow("empty") << QString() << QString();
}

void TestStaffMember::firstName()
{
    QFETCH(QString, name);
    QFETCH(QString, first);
    StaffMember member;
    member.name = name;
    QCOMPARE(member.firstName(), first);
}

void TestStaffMember::toJsonShape()
{
    StaffMember member;
    member.id = 4;
    member.name = QStringLiteral("Мария Иванова");
    member.role = StaffRole::Kitchen;
    QCOMPARE(member.toJson(),
             (QJsonObject {{QStringLiteral("id"), 4},
                           {QStringLiteral("name"), QStringLiteral("Мария Иванова")},
                           {QStringLiteral("role"), QStringLiteral("kitchen")}}));
}

void TestStaffMember::roundTrip_data()
{
    QTest::addColumn<StaffRole>("role");
    QTest::newRow("waiter") << StaffRole::Waiter;
    QTest::newRow("kitchen") << StaffRole::Kitchen;
    QTest::newRow("manager") << StaffRole::Manager;
}

void TestStaffMember::roundTrip()
{
    QFETCH(StaffRole, role);
    StaffMember member;
    member.id = 99;
    member.name = QStringLiteral("Георги");
    member.role = role;
    QString error;
    const std::optional<StaffMember> back = StaffMember::fromJson(member.toJson(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(*back, member);
}

void TestStaffMember::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("empty") << QByteArray(
        "{}") << QStringList {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role")};
    QTest::newRow("unknown role") << QByteArray(R"({"id":1,"name":"a","role":"owner"})")
                                  << QStringList {QStringLiteral("role")};
    QTest::newRow("role not a string")
        << QByteArray(R"({"id":1,"name":"a","role":2})") << QStringList {QStringLiteral("role")};
    QTest::newRow("id a string") << QByteArray(R"({"id":"1","name":"a","role":"waiter"})")
                                 << QStringList {QStringLiteral("id")};
    QTest::newRow("name null") << QByteArray(R"({"id":1,"name":null,"role":"waiter"})")
                               << QStringList {QStringLiteral("name")};
}

void TestStaffMember::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);
    QString error;
    QVERIFY(!StaffMember::fromJson(QJsonDocument::fromJson(json).object(), &error).has_value());
    for (const QString &field : fields)
        QVERIFY2(error.contains(field + QStringLiteral(": ")), qPrintable(error));
    QCOMPARE(error.count(QLatin1Char(';')), fields.size() - 1);
}

QTEST_APPLESS_MAIN(TestStaffMember)
#include "tst_staffmember.moc"
