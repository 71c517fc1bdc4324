// A backup of the real server's database while 1,000 orders stream in: the copy (written in a
// worker thread) opens, passes the integrity check and holds a consistent prefix — every order
// in it has its items and its new-order event. Prints the backup time and the order rate.
// On PostgreSQL the same through pg_dump (PgDump), the copy checked after a restore into a
// fresh database.
#include "backupverifier.h"
#include "backupwriter.h"
#include "orderbody.h"
#include "pgdump.h"
#include "rawhttpclient.h"
#include "serverprocess.h"
#include "testdatabase.h"
#include "teststore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace tableside::server;

namespace {

// Every order in @p db has its items and its new-order event; @p orders of them.
void checkConsistentPrefix(QSqlDatabase &db, qint64 orders)
{
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM orders")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), orders);
    QVERIFY(query.exec(QStringLiteral(
        "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i "
        "WHERE i.order_id = o.id)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QSet<QString> withEvent;
    QVERIFY(query.exec(QStringLiteral("SELECT data FROM events WHERE name = 'new-order'")));
    while (query.next()) {
        const QJsonObject data = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        withEvent.insert(data.value(QStringLiteral("orderId")).toString());
    }
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM orders")));
    qint64 seen = 0;
    while (query.next()) {
        ++seen;
        QVERIFY2(withEvent.contains(query.value(0).toString()),
                 qPrintable(query.value(0).toString()));
    }
    QCOMPARE(seen, orders);
    QCOMPARE(qint64(withEvent.size()), orders);
}

} // namespace

class TestBackupWriter : public QObject
{
    Q_OBJECT

private slots:
    void backupWhileOrdersStreamIn()
    {
        ServerProcess server;
        QVERIFY(server.isValid());
        server.disableGuestLimits();
        QVERIFY2(server.start(), qPrintable(server.output()));

        constexpr int Clients = 8;
        constexpr int Total = 1000;
        constexpr int BackupAfter = 200;
        int answered = 0;
        int sent = 0;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        QList<QByteArray> buffers(Clients);
        const QByteArray request = RawHttp::request(
            "POST", QStringLiteral("/api/orders/create"),
            QJsonDocument(orderBody(4, {{1, 2}, {10, 1}})).toJson(QJsonDocument::Compact));
        for (int i = 0; i < Clients; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(socket->waitForConnected(5000));
            socket->write(request);
            ++sent;
            sockets.push_back(std::move(socket));
        }
        const DatabaseSettings settings = testkit::testDatabaseSettings(server.dataDir());
        const QString out
            = QDir(server.dataDir())
                  .filePath(QStringLiteral("copy") + BackupWriter::extension(settings));
        QFuture<QPair<bool, QString>> backup;
        qint64 backupMs = -1;
        int answeredWhenBackupDone = -1;
        QElapsedTimer backupTimer;
        QElapsedTimer timer;
        timer.start();
        while (answered < Total && timer.elapsed() < 60000) {
            QTest::qWait(1);
            for (int i = 0; i < Clients; ++i) {
                buffers[i] += sockets[i]->readAll();
                for (const HttpReply &reply : RawHttp::takeResponses(buffers[i])) {
                    QCOMPARE(reply.status, 201);
                    ++answered;
                    if (sent < Total) {
                        sockets[i]->write(request);
                        ++sent;
                    }
                }
            }
            if (answered >= BackupAfter && !backup.isValid()) {
                backupTimer.start();
                const QString database = server.databasePath();
                backup = QtConcurrent::run([settings, database, out] {
                    QString error;
                    const bool ok = BackupWriter::write(settings, database, out, &error);
                    return qMakePair(ok, error);
                });
            }
            if (backup.isValid() && backup.isFinished() && backupMs < 0) {
                backupMs = backupTimer.elapsed();
                answeredWhenBackupDone = answered;
            }
        }
        const qint64 streamMs = timer.elapsed();
        QCOMPARE(answered, Total);
        QVERIFY(backup.isValid());
        backup.waitForFinished();
        if (backupMs < 0)
            backupMs = backupTimer.elapsed();
        QVERIFY2(backup.result().first, qPrintable(backup.result().second));
        qInfo("%d orders in %lld ms (%.0f orders/s); backup took %lld ms, %d orders answered "
              "by its end",
              Total, streamMs, Total * 1000.0 / qMax<qint64>(1, streamMs), backupMs,
              answeredWhenBackupDone);

        QString error;
        const auto summary = BackupVerifier::verify(out, &error);
        QVERIFY2(summary, qPrintable(error));
        QVERIFY(summary->orders >= BackupAfter);
        QVERIFY(summary->orders <= Total);
        QVERIFY(summary->latestSeq >= summary->orders);
        QVERIFY(qAbs(summary->takenAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

        // The prefix is consistent: each order has its items and its new-order event.
        if (settings.isPostgres()) {
            DatabaseSettings fresh;
            QVERIFY(DatabaseSettings::parseUrl(TestDatabase::freshUrl(), &fresh, &error));
            QElapsedTimer restoreTimer;
            restoreTimer.start();
            QVERIFY2(PgDump::restore(out, fresh, &error), qPrintable(error));
            qInfo("pg_restore of %lld orders into a fresh database: %lld ms", summary->orders,
                  restoreTimer.elapsed());
            {
                QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("check"));
                db.setHostName(fresh.hostName());
                db.setPort(fresh.port());
                db.setUserName(fresh.user);
                db.setDatabaseName(fresh.databaseName);
                QVERIFY(db.open());
                checkConsistentPrefix(db, summary->orders);
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
            return;
        }
        const QString plain = QDir(server.dataDir()).filePath(QStringLiteral("copy.db"));
        QVERIFY2(BackupVerifier::unpack(out, plain, &error), qPrintable(error));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(plain);
            QVERIFY(db.open());
            checkConsistentPrefix(db, summary->orders);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void unwritableFolderFailsCleanly()
    {
        ServerProcess server;
        QVERIFY(server.isValid());
        QVERIFY2(server.start(), qPrintable(server.output()));
        server.stop();
        QString error;
        const DatabaseSettings settings = testkit::testDatabaseSettings(server.dataDir());
        QVERIFY(!BackupWriter::write(settings, server.databasePath(),
                                     QStringLiteral("/proc/tableside-no/x.db.gz"), &error));
        QVERIFY(!error.isEmpty());
        // A database that is not there: a file, or a PostgreSQL database of that name.
        DatabaseSettings missing = settings;
        missing.databaseName = QStringLiteral("no_such_database");
        error.clear();
        QVERIFY(!BackupWriter::write(
            missing, QDir(server.dataDir()).filePath(QStringLiteral("none.db")),
            QDir(server.dataDir()).filePath(QStringLiteral("x.db.gz")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(QDir(server.dataDir()).filePath(QStringLiteral("x.db.gz"))));
        // No temporary copy is left next to the database.
        const QStringList left
            = QDir(server.dataDir()).entryList({QStringLiteral("*.backup-*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestBackupWriter)
#include "tst_backupwriter.moc"
