// The tableside-server command line, run as a process: options, subcommands, exit codes and
// the listening line. Every command works on the database --config names (issue 21): on the
// _postgres run the commands get a config whose database/url is a PostgreSQL database.
#include "databasesettings.h"
#include "rawhttpclient.h"
#include "serverprocess.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using tableside::server::DatabaseSettings;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // On PostgreSQL, a command given --data-dir DIR and no --config gets on(DIR)'s config.
    Run run(QStringList arguments)
    {
        const qsizetype at = arguments.indexOf(QStringLiteral("--data-dir"));
        if (TestDatabase::isPostgres() && at >= 0 && at + 1 < arguments.size()
            && !arguments.contains(QStringLiteral("--config")))
            arguments << on(arguments.at(at + 1)).mid(2);
        QProcess process;
        process.start(QStringLiteral(TABLESIDE_SERVER_BINARY), arguments);
        process.waitForFinished(30000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run run(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TABLESIDE_SERVER_BINARY), arguments);
        process.waitForFinished(30000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // --data-dir @p dir, and on PostgreSQL --config with a database of its own for that folder.
    QStringList on(const QString &dir)
    {
        QStringList arguments {QStringLiteral("--data-dir"), dir};
        if (TestDatabase::isPostgres()) {
            const QString config = dir + QStringLiteral(".ini");
            QSettings ini(config, QSettings::IniFormat);
            ini.setValue(QStringLiteral("database/url"), TestDatabase::urlFor(dir));
            ini.sync();
            arguments << QStringLiteral("--config") << config;
        }
        return arguments;
    }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    QTemporaryDir m_dir;

private slots:
    void badArgumentsExitWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList {"--frobnicate"};
        QTest::newRow("bad port") << QStringList {"--port", "70000"};
        QTest::newRow("port text") << QStringList {"--port", "http"};
        QTest::newRow("bad address") << QStringList {"--address", "kitchen"};
        QTest::newRow("stray word") << QStringList {"serve"};
        QTest::newRow("missing config") << QStringList {"--config", "/nonexistent/x.ini"};
        QTest::newRow("staff without action") << QStringList {"staff"};
        QTest::newRow("staff add without pin") << QStringList {"staff", "add", "--name", "A"};
        QTest::newRow("staff add bad pin")
            << QStringList {"staff", "add", "--name", "A", "--pin", "12"};
        QTest::newRow("staff add short pin")
            << QStringList {"staff", "add", "--name", "A", "--pin", "1234"};
        QTest::newRow("staff reset-pin short pin")
            << QStringList {"staff", "reset-pin", "--name", "A", "--pin", "12345"};
        QTest::newRow("staff add bad role")
            << QStringList {"staff", "add", "--name", "A", "--pin", "123456", "--role", "chef"};
        QTest::newRow("staff unlock without name") << QStringList {"staff", "unlock"};
        QTest::newRow("menu without import") << QStringList {"menu"};
        QTest::newRow("menu import no file") << QStringList {"menu", "import"};
    }

    void badArgumentsExitWith2()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments << "--data-dir" << m_dir.filePath("unused"));
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.trimmed().count(u'\n'), 0); // one line
        QVERIFY(result.err.startsWith(QStringLiteral("tableside-server: ")));
    }

    void helpAndVersion()
    {
        Run result = run({"--help"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("tableside-server staff add")));
        result = run({"--version"});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("tableside-server " TABLESIDE_VERSION));
    }

    void staffCommands()
    {
        const QString dir = m_dir.filePath(QStringLiteral("staff"));
        Run result = run(
            QStringList {"staff", "add", "--name", "Мария", "--pin", "432101", "--role", "kitchen"}
            + on(dir));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("First start: staff PIN for \"Manager\" is ")));
        result = run({"staff", "add", "--data-dir", dir, "--name", "Ivo", "--pin", "432101"});
        QCOMPARE(result.exitCode, 1); // PIN in use
        // An older installation's 4-digit PIN, on purpose (its owner is asked to change it).
        result = run({"staff", "add", "--data-dir", dir, "--name", "Old", "--pin", "4321",
                      "--allow-short-pin"});
        QCOMPARE(result.exitCode, 0);
        result = run({"staff", "lockouts", "--data-dir", dir});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QString());
        result = run({"staff", "unlock", "--data-dir", dir, "--name", "Old"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Old was not locked.")));
        QCOMPARE(run({"staff", "unlock", "--data-dir", dir, "--name", "Nobody"}).exitCode, 1);
        result = run({"staff", "list", "--data-dir", dir});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Мария\tkitchen")));
        QVERIFY(result.out.contains(QStringLiteral("Manager\tmanager")));
        result = run({"staff", "reset-pin", "--data-dir", dir, "--name", "Мария"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QRegularExpression(QStringLiteral("\\d{6}")).match(result.out).hasMatch());
        result = run({"staff", "remove", "--data-dir", dir, "--name", "Мария"});
        QCOMPARE(result.exitCode, 0);
        result = run({"staff", "remove", "--data-dir", dir, "--name", "Мария"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!run({"staff", "list", "--data-dir", dir}).out.contains(QStringLiteral("Мария")));
    }

    void appCredentialsAreKept()
    {
        const QString dir = m_dir.filePath(QStringLiteral("creds"));
        const Run first = run({"app-credentials", "--data-dir", dir});
        QCOMPARE(first.exitCode, 0);
        const QString jsonLine = first.out.trimmed().split(u'\n').last();
        const QJsonObject json = QJsonDocument::fromJson(jsonLine.toUtf8()).object();
        QVERIFY(!json.value("appId").toString().isEmpty());
        QVERIFY(json.value("key").toString().size() >= 16);
        QVERIFY(json.value("secret").toString().size() >= 16);
        QCOMPARE(run({"app-credentials", "--data-dir", dir}).out.trimmed(), jsonLine);
    }

    // staff, app-credentials, menu, table-links and qr given --config (and --data-dir) work on
    // the database the config names, and the server started with that config sees their work:
    // the PIN logs in, the credentials are the server's, the printed table links open.
    void commandsWorkOnTheConfiguredDatabase()
    {
        ServerProcess server;
        QVERIFY(server.isValid());
        server.disableGuestLimits(); // writes server.ini, the config every command gets
        const QStringList where {QStringLiteral("--data-dir"), server.dataDir(),
                                 QStringLiteral("--config"), server.configPath()};
        Run result = run(
            QStringList {"staff", "add", "--name", "Mara", "--pin", "246810", "--role", "manager"}
            + where);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(QStringList {"app-credentials"} + where);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject credentials
            = QJsonDocument::fromJson(result.out.trimmed().split(u'\n').last().toUtf8()).object();
        QVERIFY(!credentials.value("key").toString().isEmpty());

        const QString menu = QDir(server.dataDir()).filePath(QStringLiteral("menu.json"));
        result = run(QStringList {"menu", "export", menu} + where);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(QStringList {"menu", "import", menu} + where);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Imported ")), qPrintable(result.out));

        result
            = run(QStringList {"table-links", "--base-url", "http://127.0.0.1:9", "--tables", "1-2"}
                  + where);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList links = result.out.trimmed().split(u'\n');
        QCOMPARE(links.size(), 2);
        const QString cards = QDir(server.dataDir()).filePath(QStringLiteral("cards.pdf"));
        result = run(
            QStringList {"qr", "--base-url", "http://127.0.0.1:9", "--tables", "1", "--out", cards}
            + where);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFileInfo(cards).size() > 1000);
        if (TestDatabase::isPostgres()) // nothing went into a SQLite file on the side
            QVERIFY(!QFileInfo::exists(QDir(server.dataDir()).filePath("tableside.db")));

        QVERIFY2(server.start(), qPrintable(server.output()));
        const QString token = server.http().login(QStringLiteral("246810"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(server.http()
                     .json("GET", QStringLiteral("/api/staff/realtime"), {}, token)
                     .value(QStringLiteral("appKey"))
                     .toString(),
                 credentials.value("key").toString());
        // The printed link opens a guest session (its cookie); a wrong key does not.
        const QUrl link(links.first());
        RawHttpClient guest(server.port());
        QVERIFY(guest.get(link.path() + u'?' + link.query()).header("set-cookie").size() > 0);
        QVERIFY(guest.get(link.path() + QStringLiteral("?k=wrong")).header("set-cookie").isEmpty());

        // report reads the orders the server took, from the same database.
        for (int table = 1; table <= 3; ++table)
            QVERIFY(!server.guest().createOrder(table).isEmpty());
        const QDate today = QDate::currentDate();
        const QString csv = QDir(server.dataDir()).filePath(QStringLiteral("report"));
        result = run(QStringList {"report", "--from", today.addDays(-1).toString(Qt::ISODate),
                                  "--to", today.addDays(1).toString(Qt::ISODate), "--format", "csv",
                                  "--out", csv}
                     + where);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("(3 orders)")), qPrintable(result.out));
    }

    // qr, table-links, backup and report never create a database as a side effect: an empty
    // folder (SQLite) or an empty database (PostgreSQL) is refused until a command that may
    // create one (app-credentials here; the server) did.
    void readingCommandsRefuseAnEmptyDatabase()
    {
        const QString dir = m_dir.filePath(QStringLiteral("empty"));
        const QString url = QStringLiteral("http://127.0.0.1:9");
        Run result = run({"table-links", "--data-dir", dir, "--base-url", url});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("no Tableside database")),
                 qPrintable(result.err));
        QCOMPARE(run({"qr", "--data-dir", dir, "--base-url", url, "--out",
                      m_dir.filePath(QStringLiteral("empty.pdf"))})
                     .exitCode,
                 2);
        result = run({"backup", "--data-dir", dir});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("there is no database")),
                 qPrintable(result.err));
        QCOMPARE(run({"report", "--data-dir", dir, "--day", "2026-01-05", "--format", "csv",
                      "--out", m_dir.filePath(QStringLiteral("empty-report"))})
                     .exitCode,
                 1);
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/tableside.db")));
        QCOMPARE(run({"app-credentials", "--data-dir", dir}).exitCode, 0);
        QCOMPARE(
            run({"table-links", "--data-dir", dir, "--base-url", url, "--tables", "1"}).exitCode,
            0);
    }

    // A data folder whose server stores its data in PostgreSQL: a command or a server pointed at
    // it without the [database] url (a forgotten --config) refuses, instead of quietly starting
    // an empty SQLite database there.
    void aPostgresDataFolderRefusesSqlite()
    {
        if (!TestDatabase::isPostgres())
            QSKIP("PostgreSQL only: a server on PostgreSQL marks its data folder");
        const QString dir = m_dir.filePath(QStringLiteral("pg-folder"));
        const QString config = m_dir.filePath(QStringLiteral("pg-folder.ini"));
        writeFile(config, "[database]\nurl=" + TestDatabase::freshUrl().toUtf8() + '\n');
        Run result = run({"staff", "list", "--data-dir", dir, "--config", config});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        for (const QStringList &command :
             {QStringList {"staff", "list"}, QStringList {"app-credentials"},
              QStringList {"--port", "0", "--tls-mode", "off"}}) {
            // The plain run(): no --config added for this folder.
            result = run(command + QStringList {"--data-dir", dir},
                         QProcessEnvironment::systemEnvironment());
            QVERIFY2(result.exitCode != 0, qPrintable(command.join(u' ')));
            QVERIFY2(result.err.contains(QStringLiteral("PostgreSQL"))
                         && result.err.contains(QStringLiteral("--config")),
                     qPrintable(command.join(u' ') + u':' + result.err));
        }
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/tableside.db")));
    }

    // A password never comes from the URL: every command refuses it with a clear line, exit 2,
    // and does not echo it.
    void aPasswordInTheUrlIsRefused()
    {
        const QString config = m_dir.filePath(QStringLiteral("password-url.ini"));
        writeFile(config, "[database]\nurl=postgresql://ts:hunter2@127.0.0.1:5432/tableside\n");
        const QString dir = m_dir.filePath(QStringLiteral("password-url"));
        for (const QStringList &command :
             {QStringList {"staff", "list"}, QStringList {"app-credentials"},
              QStringList {"menu", "export"}, QStringList {"backup"},
              QStringList {"table-links", "--base-url", "http://127.0.0.1:9"},
              QStringList {"--port", "0"}}) {
            const Run result = run(command + QStringList {"--config", config, "--data-dir", dir});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QStringLiteral("no password in the URL")),
                     qPrintable(command.join(u' ') + u':' + result.err));
            QVERIFY(!QString(result.out + result.err).contains(QStringLiteral("hunter2")));
        }
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/tableside.db")));
    }

    // A user that needs a password (scram-sha-256 in pg_hba.conf): the commands and pg_dump get
    // it from database/passwordFile or TABLESIDE_DATABASE_PASSWORD, never print it, and a wrong
    // one is a failed login (exit 1), not a silent fallback.
    void passwordFromFileOrEnvironment()
    {
        if (!TestDatabase::isPostgres())
            QSKIP("PostgreSQL only: database passwords");
        DatabaseSettings admin;
        QString error;
        QVERIFY(DatabaseSettings::parseUrl(TestDatabase::freshUrl(), &admin, &error));
        const QString password = QStringLiteral("pw-9f3k-Zq");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), "pw-admin");
            db.setHostName(admin.hostName());
            db.setPort(admin.port());
            db.setUserName(admin.user);
            db.setDatabaseName(admin.databaseName);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SHOW hba_file")) && query.next());
            const QString hbaFile = query.value(0).toString();
            // The new rule goes first, the cluster's trust rules (tabs made spaces: COPY would
            // escape them) after it; read into a table first, as COPY TO empties the file.
            for (const QString &sql :
                 {QStringLiteral("CREATE ROLE pwuser LOGIN PASSWORD '%1'").arg(password),
                  QStringLiteral("ALTER DATABASE %1 OWNER TO pwuser").arg(admin.databaseName),
                  QStringLiteral(
                      "CREATE TEMP TABLE hba AS SELECT 0::bigint AS n, "
                      "'host all pwuser 127.0.0.1/32 scram-sha-256' AS line UNION ALL "
                      "SELECT n, regexp_replace(line, E'\\t', ' ', 'g') FROM "
                      "regexp_split_to_table(pg_read_file(current_setting('hba_file')), E'\\n') "
                      "WITH ORDINALITY AS rule(line, n) WHERE line !~ '^\\s*(#|$)'"),
                  QStringLiteral("COPY (SELECT line FROM hba ORDER BY n) TO '%1'").arg(hbaFile),
                  QStringLiteral("SELECT pg_reload_conf()")})
                QVERIFY2(query.exec(sql), qPrintable(sql + u' ' + query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pw-admin"));
        QTest::qWait(300); // the reload is asynchronous

        const QString url = QStringLiteral("postgresql://pwuser@127.0.0.1:%1/%2")
                                .arg(admin.port())
                                .arg(admin.databaseName);
        const QString dir = m_dir.filePath(QStringLiteral("pw"));
        const QString passwordFile = m_dir.filePath(QStringLiteral("pw.secret"));
        writeFile(passwordFile, password.toUtf8() + '\n');
        const QString config = m_dir.filePath(QStringLiteral("pw.ini"));
        writeFile(config,
                  QStringLiteral("[database]\nurl=%1\npasswordFile=%2\n")
                      .arg(url, passwordFile)
                      .toUtf8());
        const QStringList where {"--config", config, "--data-dir", dir};
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("TABLESIDE_DATABASE_PASSWORD"));
        environment.remove(QStringLiteral("PGPASSWORD"));
        Run result = run(QStringList {"staff", "add", "--name", "Pia", "--pin", "135790"} + where,
                         environment);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString dump = m_dir.filePath(QStringLiteral("pw.pgdump"));
        result = run(QStringList {"backup", "--out", dump} + where, environment);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!QString(result.out + result.err).contains(password));
        result = run(QStringList {"restore", dump} + where, environment);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        // The environment variable, with no passwordFile.
        const QString envConfig = m_dir.filePath(QStringLiteral("pw-env.ini"));
        writeFile(envConfig, QStringLiteral("[database]\nurl=%1\n").arg(url).toUtf8());
        QProcessEnvironment withVariable = environment;
        withVariable.insert(QStringLiteral("TABLESIDE_DATABASE_PASSWORD"), password);
        result = run({"staff", "list", "--config", envConfig, "--data-dir", dir}, withVariable);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("Pia")));

        // A wrong password: a failed login, said as such.
        writeFile(passwordFile, "not-the-password\n");
        result = run(QStringList {"staff", "list"} + where, environment);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("password authentication failed")),
                 qPrintable(result.err));
        QVERIFY(!QString(result.out + result.err).contains(QStringLiteral("not-the-password")));
        result = run(QStringList {"backup", "--out", dump + "2"} + where, environment);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFileInfo::exists(dump + "2"));
    }

    void menuImport()
    {
        const QString dir = m_dir.filePath(QStringLiteral("menu"));
        QFile file(m_dir.filePath(QStringLiteral("menu.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"categories":[{"id":9,"slug":"tea","nameBg":"Чай","nameEn":"Tea","sortOrder":1}],
                      "products":[{"id":50,"categoryId":9,"nameBg":"Мента","nameEn":"Mint tea","priceEurCents":250,"station":"bar"}]})");
        file.close();
        Run result = run({"menu", "import", "--data-dir", dir, file.fileName()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("1 categories and 1 products")));
        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[1,2");
        bad.close();
        QCOMPARE(run({"menu", "import", "--data-dir", dir, bad.fileName()}).exitCode, 2);
    }

    void listensAndStopsOnSigterm()
    {
        QProcess server;
        server.start(
            QStringLiteral(TABLESIDE_SERVER_BINARY),
            on(m_dir.filePath(QStringLiteral("serve")))
                + QStringList {"--address", "127.0.0.1", "--port", "0", "--staff-port", "0"});
        QVERIFY(server.waitForStarted(5000));
        QString all;
        QRegularExpressionMatch match;
        const QRegularExpression listening(
            QStringLiteral("^Tableside Server listening on http://127\\.0\\.0\\.1:(\\d+)$"),
            QRegularExpression::MultilineOption);
        QElapsedTimer timer;
        timer.start();
        while (!(match = listening.match(all)).hasMatch() && timer.elapsed() < 15000) {
            server.waitForReadyRead(200);
            all += QString::fromUtf8(server.readAllStandardOutput());
        }
        QVERIFY2(match.hasMatch(), qPrintable(all));
        QVERIFY(match.captured(1).toInt() > 0);
        QVERIFY(all.contains(QStringLiteral("First start: staff PIN for \"Manager\" is ")));
        QTest::qWait(300);
        all += QString::fromUtf8(server.readAllStandardOutput());
        QVERIFY(all.contains(QStringLiteral("Guests on this network: ")));
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
