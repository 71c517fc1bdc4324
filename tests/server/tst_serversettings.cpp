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
        QTest::newRow("database scheme") << "database/url"
                                         << "mysql://u@h/db";
        QTest::newRow("database password in url") << "database/url"
                                                  << "postgresql://u:secret@h/db";
        QTest::newRow("database password parameter") << "database/url"
                                                     << "postgresql://u@h/db?password=x";
        QTest::newRow("database no name") << "database/url"
                                          << "postgresql://u@h:5432";
        QTest::newRow("database port") << "database/url"
                                       << "postgresql://u@h:99999/db";
        QTest::newRow("database unknown parameter") << "database/url"
                                                    << "postgresql://u@h/db?options=-c%20x";
        QTest::newRow("database one port of two") << "database/url"
                                                  << "postgresql://u@h1,h2:5433/db";
    }

    void databaseUrl_data();
    void databaseUrl();
    void databasePassword();

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

// database/url (issue 21): nothing = the embedded SQLite file; a PostgreSQL URL is taken
// apart for QPSQL (several hosts for a primary and its standby); the password comes from the
// environment or database/passwordFile, never from the URL.
void TestServerSettings::databaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("hostName");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("options");
    QTest::newRow("sqlite") << "" << false << "" << -1 << ""
                            << ""
                            << "";
    QTest::newRow("plain") << "postgresql://tableside@db.lan:5432/tableside" << true << "db.lan"
                           << 5432 << "tableside"
                           << "tableside"
                           << "";
    QTest::newRow("no port, postgres scheme")
        << "postgres://ts@127.0.0.1/venue%201" << true << "127.0.0.1" << -1 << "ts"
        << "venue 1"
        << "";
    QTest::newRow("primary and standby")
        << "postgresql://ts@db1:5432,db2:5433/tableside?target_session_attrs=read-write"
           "&sslmode=require"
        << true << "db1,db2" << -1 << "ts"
        << "tableside"
        << "target_session_attrs=read-write;sslmode=require;port=5432,5433";
    QTest::newRow("ipv6") << "postgresql://ts@[::1]:6543/t" << true << "::1" << 6543 << "ts"
                          << "t"
                          << "";
    QTest::newRow("unix socket") << "postgresql:///tableside?host=/run/postgresql" << true
                                 << "/run/postgresql" << -1 << ""
                                 << "tableside"
                                 << "";
}

void TestServerSettings::databaseUrl()
{
    QFETCH(QString, url);
    QTemporaryDir dir;
    QSettings ini(dir.filePath("d.ini"), QSettings::IniFormat);
    if (!url.isEmpty())
        ini.setValue(QStringLiteral("database/url"), url);
    ServerSettings settings;
    QString error;
    QVERIFY2(settings.load(ini, &error), qPrintable(error));
    QTEST(settings.database.isPostgres(), "postgres");
    QTEST(settings.database.hostName(), "hostName");
    QTEST(settings.database.port(), "port");
    QTEST(settings.database.user, "user");
    QTEST(settings.database.databaseName, "name");
    QTEST(settings.database.connectOptions(), "options");
    // Round trip through save().
    QSettings copy(dir.filePath("e.ini"), QSettings::IniFormat);
    settings.save(copy);
    ServerSettings again;
    QVERIFY2(again.load(copy, &error), qPrintable(error));
    QCOMPARE(again.database.hostName(), settings.database.hostName());
}

void TestServerSettings::databasePassword()
{
    QTemporaryDir dir;
    DatabaseSettings settings;
    QString password;
    QString error;
    qunsetenv("TABLESIDE_DATABASE_PASSWORD");
    QVERIFY(settings.password(&password, &error));
    QVERIFY(password.isEmpty()); // trust, peer or ~/.pgpass
    settings.passwordFile = dir.filePath("missing");
    QVERIFY(!settings.password(&password, &error));
    QVERIFY2(error.startsWith(QLatin1String("database/passwordFile")), qPrintable(error));
    QFile file(dir.filePath("pw"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("s3cret pass\n");
    file.close();
    settings.passwordFile = file.fileName();
    QVERIFY(settings.password(&password, &error));
    QCOMPARE(password, QStringLiteral("s3cret pass"));
    qputenv("TABLESIDE_DATABASE_PASSWORD", "from-env");
    QVERIFY(settings.password(&password, &error));
    QCOMPARE(password, QStringLiteral("from-env"));
    qunsetenv("TABLESIDE_DATABASE_PASSWORD");
}

QTEST_GUILESS_MAIN(TestServerSettings)
#include "tst_serversettings.moc"
