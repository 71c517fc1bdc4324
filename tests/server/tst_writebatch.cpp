// The group commit on a real SQLite file: a job's rows and events are invisible until the
// batch commits, a refused job undoes only itself (its seq is reused, no gap), callers are
// answered after the commit, and one commit serves every job of an event-loop turn.
#include "batchfixture.h"

#include <QSignalSpy>

using namespace tableside;
using namespace tableside::server;
using tableside::server::testkit::BatchFixture;
using Connection = Database::Connection;

class TestWriteBatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void jobIsInvisibleUntilCommit();
    void refusedJobUndoesOnlyItself_data();
    void refusedJobUndoesOnlyItself();
    void answersAfterCommit();
    void oneCommitPerTurn();
    void writeFromListenerWaitsForItsOwnCommit();

private:
    // A job that writes the setting @p key and announces it, as every write does.
    StoreOutcome<bool> writeSetting(const QString &key)
    {
        return m_batch->run<bool>([&]() -> StoreOutcome<bool> {
            if (!m_db->exec(Connection::Write,
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'v')"),
                            {key})
                || !m_batch->appendEvent([&](qint64 seq) {
                       return StaffEvent::productAvailabilityChange(1, true, key, seq, m_f->now);
                   }))
                return StoreError::storage();
            return true;
        });
    }
    // Committed rows of @p table (read connection); of settings only the ones the tests write
    // (value 'v'), since migrations keep settings of their own there.
    int count(const QString &table)
    {
        QSqlQuery query(m_db->connection(Connection::Read));
        const QString where
            = table == QLatin1String("settings") ? QStringLiteral(" WHERE value = 'v'") : QString();
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table + where) && query.next()
            ? query.value(0).toInt()
            : -1;
    }

    std::unique_ptr<BatchFixture> m_f;
    Database *m_db = nullptr;
    WriteBatch *m_batch = nullptr;
};

void TestWriteBatch::init()
{
    m_f = std::make_unique<BatchFixture>();
    QVERIFY(m_f->open());
    m_db = &m_f->db;
    m_batch = &m_f->batch;
}

void TestWriteBatch::cleanup()
{
    m_f.reset();
}

void TestWriteBatch::jobIsInvisibleUntilCommit()
{
    QSignalSpy committed(m_batch, &WriteBatch::eventCommitted);
    QVERIFY(writeSetting(QStringLiteral("a")).ok());
    QCOMPARE(count(QStringLiteral("settings")), 0);
    QCOMPARE(count(QStringLiteral("events")), 0);
    QCOMPARE(m_batch->committedSeq(), 0);
    QCOMPARE(committed.count(), 0);

    QVERIFY(m_batch->commit());
    QCOMPARE(count(QStringLiteral("settings")), 1);
    QCOMPARE(count(QStringLiteral("events")), 1);
    QCOMPARE(m_batch->committedSeq(), 1);
    QCOMPARE(EventLog(*m_db).storedSeq(Connection::Read), std::optional<qint64>(1));
    QCOMPARE(committed.count(), 1);
}

void TestWriteBatch::refusedJobUndoesOnlyItself_data()
{
    QTest::addColumn<bool>("writesRow");
    QTest::addColumn<bool>("appendsEvent");
    QTest::addColumn<bool>("marksMenu");
    QTest::addColumn<StoreError::Code>("code");
    QTest::newRow("refused before writing") << false << false << false << StoreError::Code::Invalid;
    QTest::newRow("refused after its row") << true << false << false << StoreError::Code::Invalid;
    QTest::newRow("refused after its event")
        << true << true << true << StoreError::Code::InvalidTransition;
    QTest::newRow("failed after its event") << true << true << true << StoreError::Code::Storage;
}

void TestWriteBatch::refusedJobUndoesOnlyItself()
{
    QFETCH(bool, writesRow);
    QFETCH(bool, appendsEvent);
    QFETCH(bool, marksMenu);
    QFETCH(StoreError::Code, code);
    QSignalSpy committed(m_batch, &WriteBatch::eventCommitted);
    QSignalSpy menuChanged(m_batch, &WriteBatch::menuChanged);

    QVERIFY(writeSetting(QStringLiteral("before")).ok());
    const StoreOutcome<bool> refused = m_batch->run<bool>([&]() -> StoreOutcome<bool> {
        if (writesRow)
            m_db->exec(Connection::Write,
                       QStringLiteral("INSERT INTO settings (key, value) VALUES ('no', 'v')"));
        if (appendsEvent)
            m_batch->appendEvent([&](qint64 seq) {
                return StaffEvent::productAvailabilityChange(2, false, "no", seq, m_f->now);
            });
        if (marksMenu)
            m_batch->markMenuChanged();
        return StoreError {code, QStringLiteral("no"), {}};
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, code);
    QVERIFY(writeSetting(QStringLiteral("after")).ok());
    QVERIFY(m_batch->commit());

    // The jobs around it are stored with seqs 1 and 2; of the refused one, nothing.
    QCOMPARE(count(QStringLiteral("settings")), 2);
    QCOMPARE(m_batch->committedSeq(), 2);
    QCOMPARE(committed.count(), 2);
    QCOMPARE(committed.at(0).first().value<StaffEvent>().seq(), 1);
    QCOMPARE(committed.at(1).first().value<StaffEvent>().seq(), 2);
    QCOMPARE(committed.at(1).first().value<StaffEvent>().data().value("changedBy").toString(),
             QStringLiteral("after"));
    QCOMPARE(menuChanged.count(), 0);
    QCOMPARE(m_batch->stats().writes, 2u);
}

void TestWriteBatch::answersAfterCommit()
{
    QList<QString> order;
    // Nothing staged: answered at once.
    m_batch->whenCommitted(this, [&](bool ok) { order.append(ok ? "idle" : "idle failed"); });
    QCOMPARE(order, QList<QString> {"idle"});

    connect(m_batch, &WriteBatch::eventCommitted, this, [&](const StaffEvent &event) {
        order.append("event " + QString::number(event.seq()));
    });
    QVERIFY(writeSetting(QStringLiteral("a")).ok());
    m_batch->whenCommitted(this, [&](bool ok) { order.append(ok ? "answered" : "failed"); });
    {
        QObject gone; // a client that went away before the commit is not answered
        m_batch->whenCommitted(&gone, [&](bool) { order.append("gone"); });
    }
    QCOMPARE(order.size(), 1);
    QVERIFY(m_batch->commit());
    QCOMPARE(order, (QList<QString> {"idle", "event 1", "answered"}));
}

void TestWriteBatch::oneCommitPerTurn()
{
    bool answered = false;
    for (const char *key : {"a", "b", "c"})
        QVERIFY(writeSetting(QString::fromLatin1(key)).ok());
    m_batch->whenCommitted(this, [&](bool ok) { answered = ok; });
    // No explicit commit: the batch commits once the event loop gets its turn back.
    QTRY_VERIFY(answered);
    const Store::CommitStats stats = m_batch->stats();
    QCOMPARE(stats.commits, 1u);
    QCOMPARE(stats.writes, 3u);
    QCOMPARE(stats.failedCommits, 0u);
    QCOMPARE(stats.commitBuckets.size(), WriteBatch::bucketBounds().size());
    QCOMPARE(stats.commitBuckets.last(), 1u); // cumulative: every commit is under 1 s
    QCOMPARE(count(QStringLiteral("settings")), 3);
    QCOMPARE(m_batch->committedSeq(), 3);
}

void TestWriteBatch::writeFromListenerWaitsForItsOwnCommit()
{
    // A listener of eventCommitted stages a write of its own (as the print spooler queues a
    // ticket for a new order): its caller must be answered by the batch that holds it.
    QList<QString> answers;
    bool followUpStaged = false;
    connect(m_batch, &WriteBatch::eventCommitted, this, [&](const StaffEvent &event) {
        if (event.seq() != 1)
            return;
        QVERIFY(writeSetting(QStringLiteral("follow-up")).ok());
        followUpStaged = true;
        m_batch->whenCommitted(this, [&](bool ok) {
            answers.append(QStringLiteral("follow-up ") + (ok ? "committed" : "failed") + " at seq "
                           + QString::number(m_batch->committedSeq()));
        });
    });
    QVERIFY(writeSetting(QStringLiteral("first")).ok());
    m_batch->whenCommitted(this, [&](bool ok) {
        answers.append(QStringLiteral("first ") + (ok ? "committed" : "failed"));
    });
    QVERIFY(m_batch->commit());
    QVERIFY(followUpStaged);
    QCOMPARE(answers, QList<QString> {QStringLiteral("first committed")});
    QCOMPARE(count(QStringLiteral("settings")), 1); // the follow-up is not committed yet
    QTRY_COMPARE(answers.size(), 2);
    QCOMPARE(answers.last(), QStringLiteral("follow-up committed at seq 2"));
    QCOMPARE(count(QStringLiteral("settings")), 2);
}

QTEST_GUILESS_MAIN(TestWriteBatch)
#include "tst_writebatch.moc"
