// ServerSettings from INI: every key round-trips, bad values are refused with the key's name.
#include "serversettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside::server;

class TestServerSettings : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        ServerSettings original;
        original.port = 9090;
        original.address = QHostAddress(QStringLiteral("127.0.0.1"));
        original.maxBodyBytes = 4096;
        original.businessDayStartHour = 6;
        original.realtime.staffChannel = QStringLiteral("staff-channel");
        original.realtime.maxConnections = 77;
        {
            QSettings ini(dir.filePath("a.ini"), QSettings::IniFormat);
            original.save(ini);
        }
        QSettings ini(dir.filePath("a.ini"), QSettings::IniFormat);
        ServerSettings loaded;
        QString error;
        QVERIFY2(loaded.load(ini, &error), qPrintable(error));
        QCOMPARE(loaded.port, quint16(9090));
        QCOMPARE(loaded.address, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(loaded.maxBodyBytes, 4096);
        QCOMPARE(loaded.businessDayStartHour, 6);
        QCOMPARE(loaded.realtime.staffChannel, QStringLiteral("staff-channel"));
        QCOMPARE(loaded.realtime.maxConnections, 77);
    }

    // The venue's head of printed bills as an administrator types it in server.conf: Cyrillic,
    // and a comma with or without quotes (QSettings reads an unquoted one as a list).
    void readsVenueTextAsTyped()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("v.ini"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[venue]\nname=Механа При Тони\naddress=ул. Витоша 1, София\n"
                   "taxId=\"BG123456789, ДДС\"\n");
        file.close();
        QSettings ini(file.fileName(), QSettings::IniFormat);
        ServerSettings settings;
        QString error;
        QVERIFY2(settings.load(ini, &error), qPrintable(error));
        QCOMPARE(settings.venueName, QStringLiteral("Механа При Тони"));
        QCOMPARE(settings.venueAddress, QStringLiteral("ул. Витоша 1, София"));
        QCOMPARE(settings.venueTaxId, QStringLiteral("BG123456789, ДДС"));
        QVERIFY(ServerSettings().venueName.isEmpty()); // optional: nothing by default
    }

    // Keys added for per-table guest limits and the realtime server's own limits: each one
    // written to an INI file reaches its field.
    void readsEveryLimitKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("field"); // index into the list in readsEveryLimitKey()
        QTest::newRow("tableOrdersPerMinute") << "orders/tableOrdersPerMinute" << 3 << 0;
        QTest::newRow("tableOrderBurst") << "orders/tableOrderBurst" << 4 << 1;
        QTest::newRow("tableCallsPerMinute") << "orders/tableCallsPerMinute" << 5 << 2;
        QTest::newRow("tableCallBurst") << "orders/tableCallBurst" << 7 << 3;
        QTest::newRow("maxSubscriptionsPerSecond")
            << "realtime/maxSubscriptionsPerSecond" << 9 << 4;
        QTest::newRow("maxPresenceMembers") << "realtime/maxPresenceMembers" << 11 << 5;
        QTest::newRow("maxUserInfoBytes") << "realtime/maxUserInfoBytes" << 2048 << 6;
        QTest::newRow("maxHttpBodyBytes") << "realtime/maxHttpBodyBytes" << 4096 << 7;
        QTest::newRow("maxQueuedBytesPerConnection")
            << "realtime/maxQueuedBytesPerConnection" << 65536 << 8;
    }

    void readsEveryLimitKey()
    {
        QFETCH(QString, key);
        QFETCH(int, value);
        QFETCH(int, field);
        QTemporaryDir dir;
        QSettings ini(dir.filePath("c.ini"), QSettings::IniFormat);
        ini.setValue(key, value);
        ServerSettings settings;
        QString error;
        QVERIFY2(settings.load(ini, &error), qPrintable(error));
        const int fields[] = {settings.tableOrdersPerMinute,
                              settings.tableOrderBurst,
                              settings.tableCallsPerMinute,
                              settings.tableCallBurst,
                              settings.realtime.maxSubscriptionsPerSecond,
                              settings.realtime.maxPresenceMembers,
                              settings.realtime.maxUserInfoBytes,
                              settings.realtime.maxHttpBodyBytes,
                              settings.realtime.maxQueuedBytesPerConnection};
        QCOMPARE(fields[field], value);
        // And save() writes it back under the same key.
        QSettings out(dir.filePath("d.ini"), QSettings::IniFormat);
        settings.save(out);
        QCOMPARE(out.value(key).toInt(), value);
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("port") << "server/port"
                              << "99999";
        QTest::newRow("address") << "server/address"
                                 << "bar";
        QTest::newRow("hour") << "orders/businessDayStartHour"
                              << "24";
        QTest::newRow("retention under 24 h") << "events/retentionHours"
                                              << "12";
        QTest::newRow("bool") << "realtime/publicStaffChannel"
                              << "maybe";
        QTest::newRow("body cap") << "server/maxBodyBytes"
                                  << "ten";
        QTest::newRow("tls half") << "tls/certificate"
                                  << "/x.pem";
        QTest::newRow("table orders negative") << "orders/tableOrdersPerMinute"
                                               << "-1";
        QTest::newRow("table call burst 0") << "orders/tableCallBurst"
                                            << "0";
        QTest::newRow("queue cap tiny") << "realtime/maxQueuedBytesPerConnection"
                                        << "10";
    }

    void refusesBadValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QTemporaryDir dir;
        QSettings ini(dir.filePath("b.ini"), QSettings::IniFormat);
        ini.setValue(key, value);
        ServerSettings settings;
        QString error;
        QVERIFY(!settings.load(ini, &error));
        QVERIFY2(error.contains(key.section(u'/', 0, 0)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerSettings)
#include "tst_serversettings.moc"
