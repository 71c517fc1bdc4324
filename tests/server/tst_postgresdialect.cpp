// What differs between the store's SQLite dialect and PostgreSQL 15 through Qt 6.4's QPSQL
// driver, measured against a throw-away cluster (issue 21). Each case is one fact of
// docs/postgresql-notes.md; when a fact changes (another Qt or PostgreSQL), the case fails.
#include "postgrescluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

class TstPostgresDialect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void positionalPlaceholdersArePrepared();
    void boundValueTypes();
    void savepointsNeedDirectExecution();
    void failedStatementAbortsTheTransaction();
    void beginImmediateIsNotPostgres();
    void forUpdateSerializesWriters();
    void sqliteOnlyDdl();
    void portableUpserts();
    void scalarMaxIsGreatest();
    void functionsOfTheCodebase();
    void textTimestampsCompareAsText();
    void lastInsertIdNeedsReturning();
    void aggregatesComeBackAsText();
    void notificationsArriveWithoutPolling();

private:
    bool exec(const QString &sql, QString *error = nullptr, QSqlDatabase db = {});
    QSqlDatabase db() const { return QSqlDatabase::database(QStringLiteral("a"), false); }
    QSqlDatabase other() const { return QSqlDatabase::database(QStringLiteral("b"), false); }

    PostgresCluster m_cluster;
    QString m_skip;
    int m_case = 0;
};

void TstPostgresDialect::initTestCase()
{
    if (!m_cluster.start(&m_skip))
        qWarning("%s", qPrintable(PostgresCluster::skipMessage(m_skip)));
}

void TstPostgresDialect::cleanupTestCase()
{
    m_cluster.stop();
}

void TstPostgresDialect::init()
{
    if (!m_cluster.isRunning())
        QSKIP(qPrintable(PostgresCluster::skipMessage(m_skip)));
    // Each case on a database of its own, with two connections (two "instances").
    const QString name = QStringLiteral("case%1").arg(++m_case);
    QString why;
    QVERIFY2(m_cluster.createDatabase(name, &why), qPrintable(why));
    for (const QString &connection : {QStringLiteral("a"), QStringLiteral("b")}) {
        QSqlDatabase db = m_cluster.addConnection(connection, name);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }
    QVERIFY(exec(QStringLiteral("CREATE TABLE channels (name TEXT PRIMARY KEY, "
                                "last_seq BIGINT NOT NULL)")));
    QVERIFY(exec(QStringLiteral("INSERT INTO channels VALUES ('staff', 0)")));
}

void TstPostgresDialect::cleanup()
{
    for (const QString &connection : {QStringLiteral("a"), QStringLiteral("b")}) {
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
    }
}

bool TstPostgresDialect::exec(const QString &sql, QString *error, QSqlDatabase database)
{
    QSqlQuery query(database.isValid() ? database : db());
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().databaseText();
    return false;
}

// Database::statement() prepares "… WHERE a = ? AND b = ?" once and binds by position: QPSQL
// turns the ? into $1, $2 (PREPARE/EXECUTE on the server), also when reused many times.
void TstPostgresDialect::positionalPlaceholdersArePrepared()
{
    QVERIFY(db().driver()->hasFeature(QSqlDriver::PreparedQueries));
    QVERIFY(db().driver()->hasFeature(QSqlDriver::PositionalPlaceholders));
    QVERIFY(exec(QStringLiteral("CREATE TABLE t (a TEXT, b BIGINT, q TEXT)")));
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (a, b, q) VALUES (?, ?, '?')")));
    for (int i = 0; i < 100; ++i) {
        insert.bindValue(0, QStringLiteral("x%1").arg(i));
        insert.bindValue(1, i);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QSqlQuery select(db());
    select.setForwardOnly(true);
    QVERIFY(
        select.prepare(QStringLiteral("SELECT count(*), max(q) FROM t WHERE b >= ? AND a <> ?")));
    select.bindValue(0, 50);
    select.bindValue(1, QStringLiteral("x99"));
    QVERIFY2(select.exec(), qPrintable(select.lastError().text()));
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toInt(), 49);
    QCOMPARE(select.value(1).toString(), QStringLiteral("?")); // a ? in a literal stays one
}

// SQLite takes any value in any column; PostgreSQL checks types. QPSQL sends bound values as
// text literals, so a QString bound to a BIGINT column converts, but a bool is 'true' / 'false'
// and an INTEGER column refuses it; a QByteArray goes into BYTEA and back intact.
void TstPostgresDialect::boundValueTypes()
{
    QVERIFY(exec(QStringLiteral("CREATE TABLE t (i BIGINT, s TEXT, b BYTEA)")));
    QSqlQuery query(db());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (i, s, b) VALUES (?, ?, ?)")));
    query.bindValue(0, QStringLiteral("42"));
    query.bindValue(1, 7);
    query.bindValue(2, QByteArray("\x00\xff'\\?", 5));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("SELECT i, s, b FROM t")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), 42);
    QCOMPARE(query.value(1).toString(), QStringLiteral("7"));
    QCOMPARE(query.value(2).toByteArray(), QByteArray("\x00\xff'\\?", 5));
    QCOMPARE(query.value(2).metaType().id(), QMetaType::QByteArray);

    QSqlQuery boolean(db());
    QVERIFY(boolean.prepare(QStringLiteral("INSERT INTO t (i) VALUES (?)")));
    boolean.bindValue(0, true);
    QVERIFY(!boolean.exec());
    qInfo("bool into BIGINT: %s", qPrintable(boolean.lastError().databaseText()));

    // TEXT = integer parameter: refused (SQLite compares by affinity).
    QSqlQuery mixed(db());
    QVERIFY(mixed.prepare(QStringLiteral("SELECT count(*) FROM t WHERE s = ?")));
    mixed.bindValue(0, 7);
    const bool textEqualsInt = mixed.exec();
    qInfo("TEXT column = int parameter: %s",
          textEqualsInt ? "accepted" : qPrintable(mixed.lastError().databaseText()));
    // NULL of a QString: NULL.
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (1, ?)")));
    query.bindValue(0, QVariant(QMetaType::fromType<QString>()));
    QVERIFY(query.exec());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t WHERE s IS NULL")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

// WriteBatch runs SAVEPOINT job / RELEASE job / ROLLBACK TO job through Database::exec, i.e.
// prepared. PostgreSQL cannot PREPARE them; unprepared (execDirect) they work as in SQLite.
void TstPostgresDialect::savepointsNeedDirectExecution()
{
    QVERIFY(db().transaction());
    QSqlQuery prepared(db());
    const bool preparedOk = prepared.prepare(QStringLiteral("SAVEPOINT job")) && prepared.exec();
    qInfo("prepared SAVEPOINT: %s", preparedOk ? "works" : qPrintable(prepared.lastError().text()));
    QVERIFY(!preparedOk);
    QVERIFY(db().rollback());

    QVERIFY(exec(QStringLiteral("BEGIN")));
    QVERIFY(exec(QStringLiteral("SAVEPOINT job")));
    QVERIFY(exec(QStringLiteral("UPDATE channels SET last_seq = 1")));
    QVERIFY(exec(QStringLiteral("RELEASE job")));
    QVERIFY(exec(QStringLiteral("SAVEPOINT job")));
    QVERIFY(exec(QStringLiteral("UPDATE channels SET last_seq = 2")));
    QVERIFY(exec(QStringLiteral("ROLLBACK TO job")));
    QVERIFY(exec(QStringLiteral("RELEASE job")));
    QVERIFY(exec(QStringLiteral("COMMIT")));
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("SELECT last_seq FROM channels")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

// In SQLite a failed statement (a UNIQUE violation) fails alone; in PostgreSQL it aborts the
// whole transaction until ROLLBACK TO the savepoint. WriteBatch's rollback of a failed job
// covers it; a job that goes on after a failed statement would not.
void TstPostgresDialect::failedStatementAbortsTheTransaction()
{
    QVERIFY(exec(QStringLiteral("BEGIN")));
    QVERIFY(exec(QStringLiteral("SAVEPOINT job")));
    QString error;
    QVERIFY(!exec(QStringLiteral("INSERT INTO channels VALUES ('staff', 1)"), &error));
    QVERIFY(!exec(QStringLiteral("SELECT 1"), &error));
    qInfo("after a failed statement: %s", qPrintable(error));
    QVERIFY(error.contains(QLatin1String("current transaction is aborted")));
    QVERIFY(exec(QStringLiteral("ROLLBACK TO job")));
    QVERIFY(exec(QStringLiteral("SELECT 1")));
    QVERIFY(exec(QStringLiteral("COMMIT")));
}

void TstPostgresDialect::beginImmediateIsNotPostgres()
{
    QString error;
    QVERIFY(!exec(QStringLiteral("BEGIN IMMEDIATE"), &error));
    qInfo("BEGIN IMMEDIATE: %s", qPrintable(error));
    QVERIFY(exec(QStringLiteral("BEGIN")));
    QVERIFY(exec(QStringLiteral("COMMIT")));
}

// What serializes two instances' batches: the staff channel's row locked at batch start. The
// second instance waits (here: lock_timeout makes the wait visible) and, once the first
// commits, reads the first's last_seq (READ COMMITTED re-reads a locked row's newest version),
// so its seq continues without a gap or a duplicate.
void TstPostgresDialect::forUpdateSerializesWriters()
{
    const QString lock
        = QStringLiteral("SELECT last_seq FROM channels WHERE name = 'staff' FOR UPDATE");
    QSqlQuery a(db());
    QVERIFY(a.exec(QStringLiteral("BEGIN")));
    QVERIFY(a.exec(lock) && a.next());
    QCOMPARE(a.value(0).toLongLong(), 0);
    QSqlQuery b(other());
    QVERIFY(b.exec(QStringLiteral("BEGIN")));
    QVERIFY(b.exec(QStringLiteral("SET LOCAL lock_timeout = '300ms'")));
    QElapsedTimer waited;
    waited.start();
    QVERIFY(!b.exec(lock));
    qInfo("second writer while the first holds the row: %s after %lld ms",
          qPrintable(b.lastError().databaseText()), waited.elapsed());
    QVERIFY(waited.elapsed() >= 250);
    QVERIFY(b.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(a.exec(QStringLiteral("UPDATE channels SET last_seq = 5 WHERE name = 'staff'")));
    // B starts its batch before A commits and blocks; A's commit lets it go, with A's seq.
    QVERIFY(b.exec(QStringLiteral("BEGIN")));
    QVERIFY(a.exec(QStringLiteral("COMMIT")));
    QVERIFY(b.exec(lock) && b.next());
    QCOMPARE(b.value(0).toLongLong(), 5);
    QVERIFY(b.exec(QStringLiteral("COMMIT")));
    // Plain BEGIN + UPDATE without the lock: B's snapshot read (without FOR UPDATE) may be
    // stale inside REPEATABLE READ; in READ COMMITTED each statement sees the newest commit.
    QSqlQuery level(db());
    QVERIFY(level.exec(QStringLiteral("SHOW default_transaction_isolation")) && level.next());
    QCOMPARE(level.value(0).toString(), QStringLiteral("read committed"));
}

void TstPostgresDialect::sqliteOnlyDdl()
{
    const QStringList refused = {
        QStringLiteral("CREATE TABLE s1 (id INTEGER PRIMARY KEY AUTOINCREMENT, x TEXT)"),
        QStringLiteral("CREATE TABLE s2 (a TEXT, b TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE s3 (a BLOB)"),
        QStringLiteral("PRAGMA user_version"),
        QStringLiteral("INSERT OR IGNORE INTO channels VALUES ('staff', 1)"),
        QStringLiteral("CREATE TRIGGER t BEFORE UPDATE ON channels BEGIN SELECT RAISE(ABORT, "
                       "'no'); END"),
        QStringLiteral("SELECT date('now', '-2 days')"),
    };
    for (const QString &sql : refused) {
        QString error;
        QVERIFY2(!exec(sql, &error), qPrintable(sql));
        qInfo("refused: %s -> %s", qPrintable(sql.left(60)), qPrintable(error));
    }
    const QStringList accepted = {
        QStringLiteral("CREATE TABLE p1 (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                       "x TEXT)"),
        QStringLiteral("CREATE TABLE p2 (id BIGSERIAL PRIMARY KEY, x TEXT)"),
        QStringLiteral("CREATE TABLE p3 (a BYTEA NOT NULL)"),
        // Partial indexes, CHECK, REFERENCES … ON DELETE CASCADE, ALTER TABLE ADD COLUMN with
        // NOT NULL DEFAULT: the same text as SQLite.
        QStringLiteral("CREATE INDEX p1_x ON p1 (x) WHERE x <> 'done'"),
        QStringLiteral("ALTER TABLE p1 ADD COLUMN n INTEGER NOT NULL DEFAULT 0 CHECK (n >= 0)"),
        QStringLiteral("CREATE TABLE p4 (id BIGINT REFERENCES p1(id) ON DELETE CASCADE)"),
        QStringLiteral("SELECT (now() AT TIME ZONE 'UTC')::date - 2"),
    };
    for (const QString &sql : accepted) {
        QString error;
        QVERIFY2(exec(sql, &error), qPrintable(sql + QStringLiteral(": ") + error));
    }
    // An explicit id into an identity column, as SQLite's INTEGER PRIMARY KEY takes (menu
    // import, demo data): the sequence does not move, the next default collides.
    QVERIFY(exec(QStringLiteral("INSERT INTO p2 (id, x) VALUES (1, 'explicit')")));
    QString error;
    QVERIFY(!exec(QStringLiteral("INSERT INTO p2 (x) VALUES ('default')"), &error));
    qInfo("explicit id then default: %s", qPrintable(error));
    QVERIFY(exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('p2', 'id'), "
                                "(SELECT max(id) FROM p2))")));
    QVERIFY(exec(QStringLiteral("INSERT INTO p2 (x) VALUES ('default')")));
}

void TstPostgresDialect::portableUpserts()
{
    QVERIFY(exec(QStringLiteral("CREATE TABLE kv (k TEXT PRIMARY KEY, v BIGINT NOT NULL)")));
    QSqlQuery query(db());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO kv (k, v) VALUES (?, ?) ON CONFLICT (k) "
                                         "DO UPDATE SET v = kv.v + excluded.v")));
    for (int i = 1; i <= 3; ++i) {
        query.bindValue(0, QStringLiteral("a"));
        query.bindValue(1, i);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY(exec(QStringLiteral("INSERT INTO kv (k, v) VALUES ('a', 100) ON CONFLICT DO NOTHING")));
    QSqlQuery read(db());
    QVERIFY(read.exec(QStringLiteral("SELECT v FROM kv WHERE k = 'a'")) && read.next());
    QCOMPARE(read.value(0).toInt(), 6);
    // Unqualified column in DO UPDATE SET's expression: ambiguous in PostgreSQL.
    QString error;
    QVERIFY(!exec(QStringLiteral("INSERT INTO kv (k, v) VALUES ('a', 1) ON CONFLICT (k) DO UPDATE "
                                 "SET v = v + excluded.v"),
                  &error));
    qInfo("unqualified column in DO UPDATE: %s", qPrintable(error));
}

void TstPostgresDialect::scalarMaxIsGreatest()
{
    QString error;
    QVERIFY(!exec(QStringLiteral("SELECT MAX(1, 2)"), &error));
    qInfo("MAX(a, b): %s", qPrintable(error));
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("SELECT GREATEST(1, 2), LEAST(1, 2)")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(query.value(1).toInt(), 1);
}

void TstPostgresDialect::functionsOfTheCodebase()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("SELECT substr('2026-12-06T10:00:00.000Z', 1, 10), "
                                      "COALESCE(NULL, 'x'), length('ab'), 7 / 2, "
                                      "'a' || 'b', 'ABC' LIKE 'abc'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2026-12-06"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("x"));
    QCOMPARE(query.value(2).toInt(), 2);
    QCOMPARE(query.value(3).toInt(), 3);
    QCOMPARE(query.value(4).toString(), QStringLiteral("ab"));
    QCOMPARE(query.value(5).toBool(), false); // SQLite's LIKE ignores ASCII case; ILIKE here
    const QStringList refused
        = {QStringLiteral("SELECT ifnull(NULL, 1)"),
           QStringLiteral("SELECT group_concat('a')"),
           QStringLiteral("SELECT json_extract('{\"a\":1}', '$.a')"),
           QStringLiteral("SELECT strftime('%Y', 'now')"),
           QStringLiteral("SELECT total(1)"),
           QStringLiteral("SELECT 1 WHERE 1"),
           QStringLiteral("SELECT sum(x) FROM (SELECT 1 AS x) AS s WHERE x = TRUE")};
    for (const QString &sql : refused) {
        QString error;
        QVERIFY2(!exec(sql, &error), qPrintable(sql));
        qInfo("refused: %s -> %s", qPrintable(sql), qPrintable(error));
    }
}

// Times are UTC ISO 8601 text with milliseconds: in a database with locale C (what the test
// cluster uses) text compares by bytes, as SQLite's BINARY collation does.
void TstPostgresDialect::textTimestampsCompareAsText()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("SELECT datcollate FROM pg_database WHERE datname = "
                                      "current_database()"))
            && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("C"));
    QVERIFY(
        query.exec(QStringLiteral("SELECT '2026-12-06T09:59:59.999Z' < '2026-12-06T10:00:00.000Z', "
                                  "'B' < 'a', 'é' > 'z'"))
        && query.next());
    QVERIFY(query.value(0).toBool());
    QVERIFY(query.value(1).toBool());
    QVERIFY(query.value(2).toBool());
}

// QSqlQuery::lastInsertId() in QPSQL: the row has no OID (PostgreSQL 12+), so the driver runs
// a second query, SELECT lastval() (the session's last sequence value): right after the insert
// that took an id it is that id, at the cost of a round trip. PrintJobRepository::queue uses it
// only when a row was inserted. RETURNING id (SQLite 3.35+ has it too) needs no second query.
void TstPostgresDialect::lastInsertIdNeedsReturning()
{
    QVERIFY(exec(QStringLiteral("CREATE TABLE j (id BIGSERIAL PRIMARY KEY, x TEXT, UNIQUE (x))")));
    QSqlQuery query(db());
    QVERIFY(
        query.prepare(QStringLiteral("INSERT INTO j (x) VALUES (?) ON CONFLICT (x) DO NOTHING")));
    query.bindValue(0, QStringLiteral("a"));
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
    qInfo("lastInsertId: valid=%d value=%s", query.lastInsertId().isValid(),
          qPrintable(query.lastInsertId().toString()));
    QCOMPARE(query.lastInsertId().toLongLong(), 1);
    query.bindValue(0, QStringLiteral("a"));
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 0);
    QSqlQuery returning(db());
    QVERIFY(
        returning.prepare(QStringLiteral("INSERT INTO j (x) VALUES (?) ON CONFLICT (x) DO NOTHING "
                                         "RETURNING id")));
    returning.bindValue(0, QStringLiteral("b"));
    QVERIFY(returning.exec() && returning.next());
    QCOMPARE(returning.value(0).toLongLong(), 3); // the conflicting insert used up id 2
    returning.bindValue(0, QStringLiteral("b"));
    QVERIFY(returning.exec());
    QVERIFY(!returning.next());
}

// SUM over BIGINT is NUMERIC in PostgreSQL; QPSQL hands NUMERIC over as a double (exact up to
// 2^53 cents): toLongLong() still gives the number, a check of the QVariant's type would not.
void TstPostgresDialect::aggregatesComeBackAsText()
{
    QVERIFY(exec(QStringLiteral("CREATE TABLE m (i INTEGER, b BIGINT)")));
    QVERIFY(exec(QStringLiteral("INSERT INTO m VALUES (1, 10), (2, 20)")));
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("SELECT sum(i), sum(b), count(*), avg(i), max(b) FROM m"))
            && query.next());
    qInfo("sum(integer) %s, sum(bigint) %s, count %s, avg %s, max(bigint) %s",
          query.value(0).metaType().name(), query.value(1).metaType().name(),
          query.value(2).metaType().name(), query.value(3).metaType().name(),
          query.value(4).metaType().name());
    QCOMPARE(query.value(0).toLongLong(), 3);
    QCOMPARE(query.value(1).toLongLong(), 30);
    QCOMPARE(query.value(2).toLongLong(), 2);
    QCOMPARE(query.value(4).toLongLong(), 20);
}

// LISTEN/NOTIFY through QSqlDriver: the driver watches the connection's socket with a
// QSocketNotifier, so a NOTIFY committed on another connection arrives as the notification
// signal from the event loop, no polling. It is delivered at the sender's COMMIT, not before;
// a listener inside an open transaction of its own still gets it (libpq reads it on the socket).
void TstPostgresDialect::notificationsArriveWithoutPolling()
{
    QSqlDriver *driver = db().driver();
    QVERIFY(driver->hasFeature(QSqlDriver::EventNotifications));
    QVERIFY(driver->subscribeToNotification(QStringLiteral("tableside_events")));
    QCOMPARE(driver->subscribedToNotifications(), QStringList {QStringLiteral("tableside_events")});
    QSignalSpy spy(driver,
                   qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                       &QSqlDriver::notification));
    QSqlQuery sender(other());
    QVERIFY(sender.exec(QStringLiteral("BEGIN")));
    QVERIFY(sender.exec(QStringLiteral("SELECT pg_notify('tableside_events', '41')")));
    QTest::qWait(200);
    QCOMPARE(spy.count(), 0); // not before the commit
    QElapsedTimer latency;
    latency.start();
    QVERIFY(sender.exec(QStringLiteral("COMMIT")));
    QVERIFY(spy.wait(2000));
    qInfo("NOTIFY → notification signal: %lld µs", latency.nsecsElapsed() / 1000);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("tableside_events"));
    QCOMPARE(spy.at(0).at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("41"));
    // Several in one transaction: each arrives, in order (identical ones are folded into one).
    spy.clear();
    QVERIFY(sender.exec(QStringLiteral("BEGIN")));
    for (int seq = 42; seq <= 44; ++seq)
        QVERIFY(sender.exec(QStringLiteral("NOTIFY tableside_events, '%1'").arg(seq)));
    QVERIFY(sender.exec(QStringLiteral("NOTIFY tableside_events, '44'")));
    QVERIFY(sender.exec(QStringLiteral("COMMIT")));
    QTRY_COMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(2).toString(), QStringLiteral("44"));
    // The listener's own NOTIFY comes back as SelfSource.
    spy.clear();
    QVERIFY(exec(QStringLiteral("NOTIFY tableside_events, 'self'")));
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.at(0).at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::SelfSource);
    // A listener busy in a transaction of its own still gets the notification.
    spy.clear();
    QVERIFY(exec(QStringLiteral("BEGIN")));
    QVERIFY(exec(QStringLiteral("SELECT 1")));
    QVERIFY(sender.exec(QStringLiteral("NOTIFY tableside_events, '45'")));
    const bool duringTransaction = spy.wait(1000);
    qInfo("notification while the listener is in a transaction: %s",
          duringTransaction ? "delivered at once" : "held until its transaction ends");
    QVERIFY(exec(QStringLiteral("COMMIT")));
    QTRY_COMPARE(spy.count(), 1);
    // Payloads: at most 7999 bytes.
    QString error;
    QVERIFY(!exec(QStringLiteral("SELECT pg_notify('tableside_events', repeat('x', 8000))"), &error,
                  other()));
    qInfo("8000-byte payload: %s", qPrintable(error));
}

QTEST_GUILESS_MAIN(TstPostgresDialect)
#include "tst_postgresdialect.moc"
