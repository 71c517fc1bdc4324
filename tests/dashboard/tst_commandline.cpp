// The command line is a stable contract for kiosks and scripts: every option, and refusals.
#include "commandline.h"
#include "pusherconfig.h"

#include <QTest>

using namespace tableside::dashboard;

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void helpAndVersion();
    void pusherUrl_data();
    void pusherUrl();
};

void TestCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("kitchen");
    QTest::addColumn<bool>("fullScreen");
    QTest::newRow("nothing") << QStringList {} << QString() << QString() << QString() << false
                             << false;
    QTest::newRow("all") << QStringList {"--server",  "http://10.0.0.5:8080",
                                         "--profile", "bar-2",
                                         "--lang",    "bg",
                                         "--kitchen", "--fullscreen"}
                         << "http://10.0.0.5:8080"
                         << "bar-2"
                         << "bg" << true << true;
    QTest::newRow("english, equals form")
        << QStringList {"--lang=EN", "--server=https://tableside.example"}
        << "https://tableside.example" << QString() << "en" << false << false;
    QTest::newRow("bg_BG") << QStringList {"--lang", "bg_BG"} << QString() << QString() << "bg"
                           << false << false;
}

void TestCommandLine::parses()
{
    QFETCH(QStringList, args);
    args.prepend(QStringLiteral("tableside-dashboard"));
    QString error;
    const auto line = CommandLine::parse(args, &error);
    QVERIFY2(line, qPrintable(error));
    QFETCH(QString, server);
    QFETCH(QString, profile);
    QFETCH(QString, lang);
    QFETCH(bool, kitchen);
    QFETCH(bool, fullScreen);
    QCOMPARE(line->server.toString(), server);
    QCOMPARE(line->profile, profile);
    QCOMPARE(line->language, lang);
    QCOMPARE(line->kitchen, kitchen);
    QCOMPARE(line->fullScreen, fullScreen);
}

void TestCommandLine::refuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown language") << QStringList {"--lang", "de"} << "--lang";
    QTest::newRow("PIN on argv") << QStringList {"1234"} << "TABLESIDE_PIN";
    QTest::newRow("unknown option") << QStringList {"--pin", "1234"} << "pin";
    QTest::newRow("not http") << QStringList {"--server", "ftp://x"} << "--server";
    QTest::newRow("bad profile") << QStringList {"--profile", "../etc"} << "--profile";
    QTest::newRow("missing value") << QStringList {"--server"} << "server";
}

void TestCommandLine::refuses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    args.prepend(QStringLiteral("tableside-dashboard"));
    QString error;
    QVERIFY(!CommandLine::parse(args, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestCommandLine::helpAndVersion()
{
    QString error;
    QString text;
    QVERIFY(CommandLine::parse({QStringLiteral("x"), QStringLiteral("--help")}, &error, &text));
    QVERIFY(text.contains(QStringLiteral("--profile")));
    QVERIFY(text.contains(QStringLiteral("TABLESIDE_PIN")));
    QVERIFY(!text.contains(QStringLiteral("--screenshot"))); // hidden helper
    QVERIFY(CommandLine::parse({QStringLiteral("x"), QStringLiteral("--version")}, &error, &text));
    QVERIFY(text.startsWith(QStringLiteral("tableside-dashboard ")));
}

void TestCommandLine::pusherUrl_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same server")
        << "http://127.0.0.1:8080" << QString()
        << "ws://127.0.0.1:8080/app/"
           "KEY?protocol=7&client=tableside-dashboard&version=" TABLESIDE_VERSION "&flash=false";
    QTest::newRow("https → wss")
        << "https://tableside.example" << QString()
        << "wss://tableside.example:443/app/"
           "KEY?protocol=7&client=tableside-dashboard&version=" TABLESIDE_VERSION "&flash=false";
}

void TestCommandLine::pusherUrl()
{
    QFETCH(QString, server);
    QFETCH(QString, expected);
    const PusherConfig config = PusherConfig::fromServer(
        {{QStringLiteral("appKey"), QStringLiteral("KEY")},
         {QStringLiteral("channel"), QStringLiteral("private-staff-channel")},
         {QStringLiteral("authEndpoint"), QStringLiteral("/pusher/auth")}},
        QUrl(server));
    QCOMPARE(config.webSocketUrl().toString(), expected);
    QCOMPARE(config.authEndpoint.path(), QStringLiteral("/pusher/auth"));
    PusherConfig cluster = config;
    cluster.host.clear();
    cluster.cluster = QStringLiteral("eu");
    QCOMPARE(cluster.webSocketUrl().host(), QStringLiteral("ws-eu.pusher.com"));
    QCOMPARE(cluster.webSocketUrl().scheme(), QStringLiteral("wss"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
