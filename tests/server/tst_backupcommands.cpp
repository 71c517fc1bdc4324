// `tableside-server backup` and `restore` against the real binary: a backup taken while the
// server takes orders restores into a fresh folder that a server then serves; restore refuses
// while a server runs on the folder, and refuses a damaged file without touching anything.
// On the _postgres run the commands get the server's config: the backups are pg_dump archives
// of its PostgreSQL database and a restore goes into the database the config names.
#include "serverprocess.h"
#include "testdatabase.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString ManagerPin = QStringLiteral("246810");
const QString LockName = QStringLiteral("tableside-server.lock");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// On PostgreSQL a command given --data-dir DIR also gets DIR's server.ini (ServerProcess
// writes the database/url of that folder's database there).
QProcess *startCommand(QStringList arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--data-dir"));
    if (TestDatabase::isPostgres() && at >= 0 && at + 1 < arguments.size())
        arguments << QStringLiteral("--config")
                  << QDir(arguments.at(at + 1)).filePath(QStringLiteral("server.ini"));
    auto *process = new QProcess;
    process->start(QStringLiteral(TABLESIDE_SERVER_BINARY), arguments);
    return process;
}

Run finish(QProcess *process)
{
    Run run;
    if (process->state() != QProcess::NotRunning)
        process->waitForFinished(60000);
    if (process->state() == QProcess::NotRunning && process->exitStatus() == QProcess::NormalExit)
        run.exitCode = process->exitCode();
    run.out = QString::fromUtf8(process->readAllStandardOutput());
    run.err = QString::fromUtf8(process->readAllStandardError());
    delete process;
    return run;
}

Run command(const QStringList &arguments)
{
    return finish(startCommand(arguments));
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QSet<QString> activeOrderIds(ServerProcess &server, const QString &token)
{
    QSet<QString> ids;
    const QJsonObject body
        = server.http().json("GET", QStringLiteral("/api/orders/active"), {}, token);
    for (const QJsonValue &order : body.value(QStringLiteral("orders")).toArray())
        ids.insert(order.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

// What the database of @p dataDir holds (orders, last seq, history id), read as another process
// would: the same text means nothing was changed.
QString contentOf(const QString &dataDir)
{
    QString content;
    {
        QSqlDatabase db
            = tableside::server::testkit::addTestConnection(QStringLiteral("content"), dataDir);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral(
                    "SELECT (SELECT COUNT(*) FROM orders), (SELECT last_seq FROM channels WHERE "
                    "name = 'staff'), (SELECT value FROM settings WHERE key = 'history_id')"))
                && query.next())
                content = QStringLiteral("%1 orders, seq %2, history %3")
                              .arg(query.value(0).toLongLong())
                              .arg(query.value(1).toLongLong())
                              .arg(query.value(2).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("content"));
    return content;
}

// "…, 12 orders, last seq 34)" → 12 (-1 when missing).
qint64 printedOrders(const QString &text)
{
    const auto match = QRegularExpression(QStringLiteral("(\\d+) orders")).match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

class TestBackupCommands : public QObject
{
    Q_OBJECT

private slots:
    void backupWhileServingRestoresIntoAFreshFolder()
    {
        ServerProcess server;
        QVERIFY(server.isValid());
        server.disableGuestLimits();
        QVERIFY(server.addStaff(QStringLiteral("Mara"), ManagerPin, QStringLiteral("manager")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        QSet<QString> created;
        for (int i = 0; i < 40; ++i) {
            const QJsonObject order = server.guest().createOrder(1 + i % 10);
            QVERIFY(!order.isEmpty());
            created.insert(order.value(QStringLiteral("id")).toString());
        }

        // Orders keep coming while the backup runs.
        QTemporaryDir outDir;
        const QString file = outDir.filePath(QStringLiteral("now.db.gz"));
        QProcess *backup = startCommand({QStringLiteral("backup"), QStringLiteral("--data-dir"),
                                         server.dataDir(), QStringLiteral("--out"), file});
        int during = 0;
        while (backup->state() != QProcess::NotRunning && during < 2000) {
            const QJsonObject order = server.guest().createOrder(1 + during % 10);
            QVERIFY(!order.isEmpty());
            created.insert(order.value(QStringLiteral("id")).toString());
            ++during;
        }
        const Run backedUp = finish(backup);
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QVERIFY2(backedUp.out.contains(file), qPrintable(backedUp.out));
        const qint64 backedUpOrders = printedOrders(backedUp.out);
        QVERIFY2(backedUpOrders >= 40 && backedUpOrders <= created.size(),
                 qPrintable(backedUp.out));
        qInfo("backup: %lld of %lld orders (%d created while it ran)", backedUpOrders,
              qint64(created.size()), during);

        // Into a fresh folder: the server starts on it and serves those orders.
        ServerProcess fresh;
        QVERIFY(fresh.isValid());
        const Run restored = command(
            {QStringLiteral("restore"), QStringLiteral("--data-dir"), fresh.dataDir(), file});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(printedOrders(restored.out), backedUpOrders);
        QVERIFY2(restored.out.contains(QStringLiteral("last seq")), qPrintable(restored.out));
        QVERIFY2(fresh.start(), qPrintable(fresh.output()));
        const QString token = fresh.http().login(ManagerPin);
        QVERIFY(!token.isEmpty());
        const QSet<QString> served = activeOrderIds(fresh, token);
        QCOMPARE(served.size(), backedUpOrders);
        for (const QString &id : served)
            QVERIFY2(created.contains(id), qPrintable(id));
    }

    void restoreStartsANewHistory()
    {
        ServerProcess server;
        QVERIFY(server.isValid());
        QVERIFY(server.addStaff(QStringLiteral("Mara"), ManagerPin, QStringLiteral("manager")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        QVERIFY(!server.guest().createOrder(3).isEmpty());
        // The id from the snapshot and from the event log, which must agree.
        const auto historyOf = [](ServerProcess &on) -> QString {
            const QString token = on.http().login(ManagerPin);
            if (token.isEmpty())
                return QStringLiteral("(no login)");
            const QString state = on.http()
                                      .json("GET", QStringLiteral("/api/staff/state"), {}, token)
                                      .value(QStringLiteral("historyId"))
                                      .toString();
            const QString events
                = on.http()
                      .json("GET", QStringLiteral("/api/events?after=0"), {}, token)
                      .value(QStringLiteral("historyId"))
                      .toString();
            return state == events ? state : QStringLiteral("(%1 ≠ %2)").arg(state, events);
        };
        const QString first = historyOf(server);
        QCOMPARE(first.size(), 32);

        // A plain restart keeps it.
        QVERIFY(server.restart());
        QCOMPARE(historyOf(server), first);

        QTemporaryDir outDir;
        const QString file = outDir.filePath(QStringLiteral("h.db.gz"));
        const Run backedUp = command({QStringLiteral("backup"), QStringLiteral("--data-dir"),
                                      server.dataDir(), QStringLiteral("--out"), file});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));

        // A restore over itself, and the same backup into another folder: three histories.
        server.stop();
        const Run restored = command(
            {QStringLiteral("restore"), QStringLiteral("--data-dir"), server.dataDir(), file});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(server.restart());
        const QString second = historyOf(server);
        QCOMPARE(second.size(), 32);
        QVERIFY(second != first);
        QVERIFY(!QFileInfo::exists(server.databasePath() + QStringLiteral(".restoring")));

        ServerProcess fresh;
        QVERIFY(fresh.isValid());
        const Run copied = command(
            {QStringLiteral("restore"), QStringLiteral("--data-dir"), fresh.dataDir(), file});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QVERIFY2(fresh.start(), qPrintable(fresh.output()));
        const QString third = historyOf(fresh);
        QCOMPARE(third.size(), 32);
        QVERIFY(third != first);
        QVERIFY(third != second);
    }

    void restoreRefusedWhileAServerRuns()
    {
        ServerProcess server;
        QVERIFY(server.isValid());
        QVERIFY2(server.start(), qPrintable(server.output()));
        QVERIFY(QFileInfo::exists(QDir(server.dataDir()).filePath(LockName)));
        QVERIFY(server.guest().createOrder(3).value(QStringLiteral("id")).isString());
        QTemporaryDir outDir;
        const QString file = outDir.filePath(QStringLiteral("b.db.gz"));
        const Run backedUp = command({QStringLiteral("backup"), QStringLiteral("--data-dir"),
                                      server.dataDir(), QStringLiteral("--out"), file});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));

        const Run refused = command(
            {QStringLiteral("restore"), QStringLiteral("--data-dir"), server.dataDir(), file});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("server is running")),
                 qPrintable(refused.err));
        QVERIFY(QDir(server.dataDir())
                    .entryList({QStringLiteral("tableside.db.replaced-*")}, QDir::Files)
                    .isEmpty());
        QVERIFY(server.guest().createOrder(4).value(QStringLiteral("id")).isString());

        // Once it stopped (its lock released), the same restore goes through.
        server.stop();
        if (TestDatabase::isPostgres()) {
            // An instance on another machine holds no lock here: its connection to the
            // database refuses the restore just the same.
            {
                QSqlDatabase other = tableside::server::testkit::addTestConnection(
                    QStringLiteral("other-instance"), server.dataDir());
                QVERIFY(other.open());
                const Run refusedRemote
                    = command({QStringLiteral("restore"), QStringLiteral("--data-dir"),
                               server.dataDir(), file});
                QCOMPARE(refusedRemote.exitCode, 2);
                QVERIFY2(refusedRemote.err.contains(QStringLiteral("server is running")),
                         qPrintable(refusedRemote.err));
                other.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other-instance"));
        }
        const Run accepted = command(
            {QStringLiteral("restore"), QStringLiteral("--data-dir"), server.dataDir(), file});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        if (!TestDatabase::isPostgres()) // the SQLite file replaced is kept beside it
            QCOMPARE(QDir(server.dataDir())
                         .entryList({QStringLiteral("tableside.db.replaced-*")}, QDir::Files)
                         .size(),
                     1);
    }

    // The lock alone decides: held by a live process (this test), restore refuses; left behind
    // by a process that is gone (a crash), it is stale and restore goes on.
    void restoreFollowsTheLockFile()
    {
        ServerProcess server;
        QVERIFY(server.isValid());
        QVERIFY2(server.start(), qPrintable(server.output()));
        QVERIFY(!server.guest().createOrder(3).isEmpty());
        QTemporaryDir outDir;
        const QString file = outDir.filePath(QStringLiteral("b.db.gz"));
        QCOMPARE(command({QStringLiteral("backup"), QStringLiteral("--data-dir"), server.dataDir(),
                          QStringLiteral("--out"), file})
                     .exitCode,
                 0);
        server.stop();
        const QString lockPath = QDir(server.dataDir()).filePath(LockName);
        const QStringList restore {QStringLiteral("restore"), QStringLiteral("--data-dir"),
                                   server.dataDir(), file};
        QByteArray heldContent;
        {
            QLockFile held(lockPath);
            QVERIFY(held.tryLock(0));
            const Run refused = command(restore);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QStringLiteral("server is running")),
                     qPrintable(refused.err));
            QFile content(lockPath);
            QVERIFY(content.open(QIODevice::ReadOnly));
            heldContent = content.readAll();
        }
        {
            // The same lock file, naming a process that has exited.
            QProcess gone;
            gone.start(QStringLiteral("true"));
            QVERIFY(gone.waitForStarted(10000));
            const qint64 pid = gone.processId(); // 0 once it finished
            QVERIFY(gone.waitForFinished(10000));
            QList<QByteArray> lines = heldContent.split('\n');
            lines[0] = QByteArray::number(pid);
            QFile stale(lockPath);
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write(lines.join('\n'));
        }
        const Run accepted = command(restore);
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY(!QFileInfo::exists(lockPath));
    }

    void corruptBackupRefusedAndNothingReplaced()
    {
        ServerProcess server;
        QVERIFY(server.isValid());
        QVERIFY2(server.start(), qPrintable(server.output()));
        for (int i = 0; i < 20; ++i)
            QVERIFY(!server.guest().createOrder(1 + i % 5).isEmpty());
        QTemporaryDir outDir;
        const QString good = outDir.filePath(QStringLiteral("good.db.gz"));
        QCOMPARE(command({QStringLiteral("backup"), QStringLiteral("--data-dir"), server.dataDir(),
                          QStringLiteral("--out"), good})
                     .exitCode,
                 0);
        server.stop();

        // The same backup cut short, and one with bytes overwritten in the middle.
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QByteArray flipped = bytes;
        for (int i = int(flipped.size()) / 2; i < flipped.size() / 2 + 64; ++i)
            flipped[i] = char(~flipped[i]);
        const QString truncatedFile = outDir.filePath(QStringLiteral("cut.db.gz"));
        const QString flippedFile = outDir.filePath(QStringLiteral("flipped.db.gz"));
        for (const auto &[path, content] : {std::pair {truncatedFile, bytes.left(bytes.size() / 2)},
                                            std::pair {flippedFile, flipped}}) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }

        const QString database = server.databasePath();
        // The SQLite file byte for byte; on PostgreSQL what the database holds.
        const QByteArray before = fileHash(database);
        QVERIFY(TestDatabase::isPostgres() || !before.isEmpty());
        const QString contentBefore = contentOf(server.dataDir());
        QVERIFY(contentBefore.startsWith(QStringLiteral("20 orders")));
        for (const QString &bad : {truncatedFile, flippedFile}) {
            const Run refused = command(
                {QStringLiteral("restore"), QStringLiteral("--data-dir"), server.dataDir(), bad});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("nothing was changed")),
                     qPrintable(refused.err));
            QCOMPARE(fileHash(database), before);
            QCOMPARE(contentOf(server.dataDir()), contentBefore);
            QVERIFY(QDir(server.dataDir())
                        .entryList({QStringLiteral("tableside.db.*")}, QDir::Files)
                        .isEmpty());
        }
        // The database still serves.
        QVERIFY2(server.start(), qPrintable(server.output()));
        QVERIFY(!server.guest().createOrder(2).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "tst_backupcommands.moc"
