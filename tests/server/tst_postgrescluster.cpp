// The throw-away PostgreSQL cluster the PostgreSQL back end's tests run on (issue 21): it
// starts, Qt's QPSQL driver connects to it over TCP and over its unix socket, and it is gone
// after stop().
#include "postgrescluster.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QtTest>

class TstPostgresCluster : public QObject
{
    Q_OBJECT
private slots:
    void startsConnectsAndStops();
};

void TstPostgresCluster::startsConnectsAndStops()
{
    PostgresCluster cluster;
    QString why;
    if (!cluster.start(&why))
        QSKIP(qPrintable(PostgresCluster::skipMessage(why)));
    QVERIFY(cluster.port() > 0);
    QCOMPARE(cluster.url(),
             QStringLiteral("postgresql://ts@127.0.0.1:%1/tableside").arg(cluster.port()));
    {
        QSqlDatabase db = cluster.addConnection(QStringLiteral("tcp"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT current_database(), current_user, "
                                          "split_part(version(), ' ', 2)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("tableside"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("ts"));
        QVERIFY2(query.value(2).toString().startsWith(QLatin1String("15.")),
                 qPrintable(query.value(2).toString()));
        qInfo("PostgreSQL %s on port %d", qPrintable(query.value(2).toString()), cluster.port());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tcp"));
    {
        QVERIFY2(cluster.createDatabase(QStringLiteral("second"), &why), qPrintable(why));
        QSqlDatabase db = cluster.addConnection(QStringLiteral("socket"), QStringLiteral("second"));
        db.setHostName(cluster.socketDirectory());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT current_database()")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("second"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("socket"));
    const quint16 port = cluster.port();
    cluster.stop();
    QVERIFY(!cluster.isRunning());
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(!probe.waitForConnected(2000));
}

QTEST_GUILESS_MAIN(TstPostgresCluster)
#include "tst_postgrescluster.moc"
