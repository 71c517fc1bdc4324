#include "jsonreader.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using tableside::JsonReader;
using tableside::Money;
using Presence = tableside::JsonReader::Presence;

/// Tests JsonReader: typed fields, one clear error per missing or ill-typed field.
class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void string_data();
    void string();
    void integer_data();
    void integer();
    void boolean_data();
    void boolean();
    void money_data();
    void money();
    void dateTime_data();
    void dateTime();
    void arrayAndObject_data();
    void arrayAndObject();
    void collectsEveryError();
    void unknownFieldsAreIgnored();
    void toWireTimestamp_data();
    void toWireTimestamp();
};

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TestJsonReader::string_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Presence>("presence");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("present") << QByteArray(R"({"k":"Маса 1"})") << Presence::Required
                             << QStringLiteral("Маса 1") << QString();
    QTest::newRow("empty string") << QByteArray(R"({"k":""})") << Presence::Required << QString()
                                  << QString();
    QTest::newRow("required missing")
        << QByteArray("{}") << Presence::Required << QString() << QStringLiteral("k: missing");
    QTest::newRow("optional missing")
        << QByteArray("{}") << Presence::Optional << QString() << QString();
    QTest::newRow("optional null")
        << QByteArray(R"({"k":null})") << Presence::Optional << QString() << QString();
    QTest::newRow("required null") << QByteArray(R"({"k":null})") << Presence::Required << QString()
                                   << QStringLiteral("k: expected a string");
    QTest::newRow("number") << QByteArray(R"({"k":5})") << Presence::Optional << QString()
                            << QStringLiteral("k: expected a string");
    QTest::newRow("bool") << QByteArray(R"({"k":true})") << Presence::Required << QString()
                          << QStringLiteral("k: expected a string");
    QTest::newRow("array") << QByteArray(R"({"k":["a"]})") << Presence::Required << QString()
                           << QStringLiteral("k: expected a string");
}

void TestJsonReader::string()
{
    QFETCH(QByteArray, json);
    QFETCH(Presence, presence);
    QFETCH(QString, value);
    QFETCH(QString, error);
    JsonReader reader(parse(json));
    QCOMPARE(reader.string(QStringLiteral("k"), presence), value);
    QCOMPARE(reader.ok(), error.isEmpty());
    QCOMPARE(reader.errorString(), error);
}

void TestJsonReader::integer_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Presence>("presence");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<qint64>("maximum");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("ok");
    const qint64 intMin = std::numeric_limits<int>::min();
    const qint64 intMax = std::numeric_limits<int>::max();
    QTest::newRow("5") << QByteArray(R"({"k":5})") << Presence::Required << intMin << intMax
                       << qint64(5) << true;
    QTest::newRow("5.0 is an integer") << QByteArray(R"({"k":5.0})") << Presence::Required << intMin
                                       << intMax << qint64(5) << true;
    QTest::newRow("negative") << QByteArray(R"({"k":-7})") << Presence::Required << intMin << intMax
                              << qint64(-7) << true;
    QTest::newRow("at minimum") << QByteArray(R"({"k":1})") << Presence::Required << qint64(1)
                                << qint64(10) << qint64(1) << true;
    QTest::newRow("at maximum") << QByteArray(R"({"k":10})") << Presence::Required << qint64(1)
                                << qint64(10) << qint64(10) << true;
    QTest::newRow("below minimum") << QByteArray(R"({"k":0})") << Presence::Required << qint64(1)
                                   << qint64(10) << qint64(0) << false;
    QTest::newRow("above maximum") << QByteArray(R"({"k":11})") << Presence::Required << qint64(1)
                                   << qint64(10) << qint64(0) << false;
    QTest::newRow("above int by default") << QByteArray(R"({"k":2147483648})") << Presence::Required
                                          << intMin << intMax << qint64(0) << false;
    QTest::newRow("2^53 with a wide range")
        << QByteArray(R"({"k":9007199254740992})") << Presence::Required << qint64(0)
        << std::numeric_limits<qint64>::max() << qint64(9007199254740992) << true;
    QTest::newRow("1e300") << QByteArray(R"({"k":1e300})") << Presence::Required << intMin << intMax
                           << qint64(0) << false;
    QTest::newRow("fraction") << QByteArray(R"({"k":5.5})") << Presence::Required << intMin
                              << intMax << qint64(0) << false;
    QTest::newRow("string") << QByteArray(R"({"k":"5"})") << Presence::Required << intMin << intMax
                            << qint64(0) << false;
    QTest::newRow("bool") << QByteArray(R"({"k":true})") << Presence::Optional << intMin << intMax
                          << qint64(0) << false;
    QTest::newRow("required missing")
        << QByteArray("{}") << Presence::Required << intMin << intMax << qint64(0) << false;
    QTest::newRow("optional missing")
        << QByteArray("{}") << Presence::Optional << intMin << intMax << qint64(0) << true;
    QTest::newRow("optional null") << QByteArray(R"({"k":null})") << Presence::Optional << intMin
                                   << intMax << qint64(0) << true;
    QTest::newRow("required null") << QByteArray(R"({"k":null})") << Presence::Required << intMin
                                   << intMax << qint64(0) << false;
}

void TestJsonReader::integer()
{
    QFETCH(QByteArray, json);
    QFETCH(Presence, presence);
    QFETCH(qint64, minimum);
    QFETCH(qint64, maximum);
    QFETCH(qint64, value);
    QFETCH(bool, ok);
    JsonReader reader(parse(json));
    QCOMPARE(reader.integer(QStringLiteral("k"), presence, minimum, maximum), value);
    QCOMPARE(reader.ok(), ok);
    if (!ok) {
        QCOMPARE(reader.errors().size(), 1);
        QVERIFY2(reader.errors().constFirst().startsWith(QLatin1String("k: ")),
                 qPrintable(reader.errorString()));
    }
}

void TestJsonReader::boolean_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Presence>("presence");
    QTest::addColumn<bool>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("true") << QByteArray(R"({"k":true})") << Presence::Required << true << true;
    QTest::newRow("false") << QByteArray(R"({"k":false})") << Presence::Required << false << true;
    QTest::newRow("1 is not a bool")
        << QByteArray(R"({"k":1})") << Presence::Required << false << false;
    QTest::newRow("string") << QByteArray(R"({"k":"true"})") << Presence::Optional << false
                            << false;
    QTest::newRow("required missing") << QByteArray("{}") << Presence::Required << false << false;
    QTest::newRow("optional missing") << QByteArray("{}") << Presence::Optional << false << true;
    QTest::newRow("optional null")
        << QByteArray(R"({"k":null})") << Presence::Optional << false << true;
}

void TestJsonReader::boolean()
{
    QFETCH(QByteArray, json);
    QFETCH(Presence, presence);
    QFETCH(bool, value);
    QFETCH(bool, ok);
    JsonReader reader(parse(json));
    QCOMPARE(reader.boolean(QStringLiteral("k"), presence), value);
    QCOMPARE(reader.ok(), ok);
}

void TestJsonReader::money_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Presence>("presence");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<bool>("ok");
    QTest::newRow("5.11") << QByteArray(R"({"k":5.11})") << Presence::Required << qint64(511)
                          << true;
    QTest::newRow("10") << QByteArray(R"({"k":10})") << Presence::Required << qint64(1000) << true;
    QTest::newRow("three decimals")
        << QByteArray(R"({"k":1.005})") << Presence::Required << qint64(0) << false;
    QTest::newRow("negative") << QByteArray(R"({"k":-1})") << Presence::Required << qint64(0)
                              << false;
    QTest::newRow("string") << QByteArray(R"({"k":"5.11"})") << Presence::Required << qint64(0)
                            << false;
    QTest::newRow("required missing")
        << QByteArray("{}") << Presence::Required << qint64(0) << false;
    QTest::newRow("optional missing")
        << QByteArray("{}") << Presence::Optional << qint64(0) << true;
}

void TestJsonReader::money()
{
    QFETCH(QByteArray, json);
    QFETCH(Presence, presence);
    QFETCH(qint64, cents);
    QFETCH(bool, ok);
    JsonReader reader(parse(json));
    QCOMPARE(reader.money(QStringLiteral("k"), presence).euroCents(), cents);
    QCOMPARE(reader.ok(), ok);
    if (!ok)
        QVERIFY(reader.errorString().startsWith(QLatin1String("k: ")));
}

void TestJsonReader::dateTime_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Presence>("presence");
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<bool>("ok");
    const QDateTime nine(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc());
    QTest::newRow("with milliseconds")
        << QByteArray(R"({"k":"2026-11-24T09:00:00.000Z"})") << Presence::Required << nine << true;
    QTest::newRow("milliseconds kept") << QByteArray(R"({"k":"2026-11-24T09:00:00.123Z"})")
                                       << Presence::Required << nine.addMSecs(123) << true;
    QTest::newRow("without milliseconds")
        << QByteArray(R"({"k":"2026-11-24T09:00:00Z"})") << Presence::Required << nine << true;
    QTest::newRow("with offset") << QByteArray(R"({"k":"2026-11-24T11:00:00+02:00"})")
                                 << Presence::Required << nine << true;
    QTest::newRow("no zone means UTC")
        << QByteArray(R"({"k":"2026-11-24T09:00:00"})") << Presence::Required << nine << true;
    QTest::newRow("date only") << QByteArray(R"({"k":"2026-11-24"})") << Presence::Required
                               << QDateTime() << false;
    QTest::newRow("words") << QByteArray(R"({"k":"yesterday"})") << Presence::Required
                           << QDateTime() << false;
    QTest::newRow("month 13") << QByteArray(R"({"k":"2026-13-01T00:00:00Z"})") << Presence::Required
                              << QDateTime() << false;
    QTest::newRow("number") << QByteArray(R"({"k":1764000000})") << Presence::Required
                            << QDateTime() << false;
    QTest::newRow("empty string") << QByteArray(R"({"k":""})") << Presence::Optional << QDateTime()
                                  << false;
    QTest::newRow("required missing")
        << QByteArray("{}") << Presence::Required << QDateTime() << false;
    QTest::newRow("optional missing")
        << QByteArray("{}") << Presence::Optional << QDateTime() << true;
    QTest::newRow("optional null")
        << QByteArray(R"({"k":null})") << Presence::Optional << QDateTime() << true;
}

void TestJsonReader::dateTime()
{
    QFETCH(QByteArray, json);
    QFETCH(Presence, presence);
    QFETCH(QDateTime, value);
    QFETCH(bool, ok);
    JsonReader reader(parse(json));
    const QDateTime parsed = reader.dateTime(QStringLiteral("k"), presence);
    QCOMPARE(reader.ok(), ok);
    QCOMPARE(parsed.isValid(), value.isValid());
    if (value.isValid()) {
        QCOMPARE(parsed, value);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestJsonReader::arrayAndObject_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Presence>("presence");
    QTest::addColumn<bool>("arrayOk");
    QTest::addColumn<bool>("objectOk");
    QTest::newRow("array") << QByteArray(R"({"k":[1,2]})") << Presence::Required << true << false;
    QTest::newRow("object") << QByteArray(R"({"k":{"a":1}})") << Presence::Required << false
                            << true;
    QTest::newRow("string") << QByteArray(R"({"k":"[]"})") << Presence::Required << false << false;
    QTest::newRow("required missing") << QByteArray("{}") << Presence::Required << false << false;
    QTest::newRow("optional missing") << QByteArray("{}") << Presence::Optional << true << true;
    QTest::newRow("optional null")
        << QByteArray(R"({"k":null})") << Presence::Optional << true << true;
}

void TestJsonReader::arrayAndObject()
{
    QFETCH(QByteArray, json);
    QFETCH(Presence, presence);
    QFETCH(bool, arrayOk);
    QFETCH(bool, objectOk);
    JsonReader arrayReader(parse(json));
    const QJsonArray array = arrayReader.array(QStringLiteral("k"), presence);
    QCOMPARE(arrayReader.ok(), arrayOk);
    if (arrayOk && !array.isEmpty())
        QCOMPARE(array, (QJsonArray {1, 2}));
    JsonReader objectReader(parse(json));
    const QJsonObject object = objectReader.object(QStringLiteral("k"), presence);
    QCOMPARE(objectReader.ok(), objectOk);
    if (objectOk && !object.isEmpty())
        QCOMPARE(object.value(QStringLiteral("a")).toInt(), 1);
}

void TestJsonReader::collectsEveryError()
{
    JsonReader reader(parse(R"({"orderNumber":"7","tableNumber":2.5,"status":"ready"})"),
                      QStringLiteral("order"));
    reader.string(QStringLiteral("orderId"));
    reader.integer(QStringLiteral("orderNumber"));
    reader.integer(QStringLiteral("tableNumber"));
    reader.string(QStringLiteral("status"));
    QCOMPARE(reader.errors(),
             (QStringList {QStringLiteral("orderId: missing"),
                           QStringLiteral("orderNumber: expected an integer"),
                           QStringLiteral("tableNumber: expected an integer")}));
    QCOMPARE(reader.errorString(),
             QStringLiteral("order: orderId: missing; orderNumber: expected an integer; "
                            "tableNumber: expected an integer"));
    reader.addError(QStringLiteral("items: empty"));
    QCOMPARE(reader.errors().size(), 4);
    QVERIFY(!reader.ok());
}

void TestJsonReader::unknownFieldsAreIgnored()
{
    JsonReader reader(parse(R"({"id":"a","extra":{"nested":[1]},"another":null})"));
    QCOMPARE(reader.string(QStringLiteral("id")), QStringLiteral("a"));
    QVERIFY(reader.ok());
    QVERIFY(reader.has(QStringLiteral("extra")));
    QVERIFY(reader.has(QStringLiteral("another")));
    QVERIFY(!reader.has(QStringLiteral("missing")));
    QCOMPARE(reader.errorString(), QString());
}

void TestJsonReader::toWireTimestamp_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("wire");
    QTest::newRow("utc") << QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc())
                         << QStringLiteral("2026-11-24T09:00:00.000Z");
    QTest::newRow("milliseconds") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 67),
                                               QTimeZone::utc())
                                  << QStringLiteral("2026-01-02T03:04:05.067Z");
    QTest::newRow("offset converted to UTC")
        << QDateTime(QDate(2026, 11, 24), QTime(11, 0), QTimeZone(7200))
        << QStringLiteral("2026-11-24T09:00:00.000Z");
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestJsonReader::toWireTimestamp()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, wire);
    QCOMPARE(tableside::toWireTimestamp(time), wire);
    if (wire.isEmpty()) {
        QVERIFY(tableside::toWireTimestampOrNull(time).isNull());
    } else {
        QCOMPARE(tableside::toWireTimestampOrNull(time).toString(), wire);
        // And it reads back as the same instant.
        JsonReader reader(QJsonObject {{QStringLiteral("t"), wire}});
        QCOMPARE(reader.dateTime(QStringLiteral("t")), time);
    }
}

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
