// The staff channel's event log on a real SQLite file: pages after a seq and when a page is
// gone, pruning by age, and when a station or an order last reported ready.
#include "batchfixture.h"

using namespace tableside;
using namespace tableside::server;
using tableside::server::testkit::BatchFixture;
using Connection = Database::Connection;

class TestEventLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagesAfterSeq_data();
    void pagesAfterSeq();
    void pruneByAge();
    void lastReadyAt_data();
    void lastReadyAt();

private:
    // Appends @p count product events in one committed job, at the current time.
    void append(int count)
    {
        const auto done = m_batch->run<bool>([&]() -> StoreOutcome<bool> {
            for (int i = 0; i < count; ++i)
                if (!m_batch->appendEvent([&](qint64 seq) {
                        return StaffEvent::productAvailabilityChange(1, true, "x", seq, m_f->now);
                    }))
                    return StoreError::storage();
            return true;
        });
        QVERIFY(done.ok());
        QVERIFY(m_batch->commit());
    }
    QList<qint64> seqs(const Store::EventPage &page)
    {
        QList<qint64> seqs;
        for (const StaffEvent &event : page.events)
            seqs.append(event.seq());
        return seqs;
    }

    std::unique_ptr<BatchFixture> m_f;
    WriteBatch *m_batch = nullptr;
    std::unique_ptr<EventLog> m_log;
};

void TestEventLog::init()
{
    m_f = std::make_unique<BatchFixture>();
    QVERIFY(m_f->open());
    m_batch = &m_f->batch;
    m_log = std::make_unique<EventLog>(m_f->db);
}

void TestEventLog::cleanup()
{
    m_log.reset();
    m_f.reset();
}

void TestEventLog::pagesAfterSeq_data()
{
    QTest::addColumn<qint64>("after");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("gone");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("from the start") << qint64(0) << 10 << false << QList<qint64> {1, 2, 3, 4, 5};
    QTest::newRow("one page") << qint64(1) << 2 << false << QList<qint64> {2, 3};
    QTest::newRow("up to date") << qint64(5) << 10 << false << QList<qint64> {};
    QTest::newRow("ahead of the log") << qint64(6) << 10 << true << QList<qint64> {};
}

void TestEventLog::pagesAfterSeq()
{
    QFETCH(qint64, after);
    QFETCH(int, limit);
    QFETCH(bool, gone);
    QFETCH(QList<qint64>, expected);
    append(5);
    const Store::EventPage page = m_log->after(after, limit);
    QCOMPARE(page.gone, gone);
    QCOMPARE(seqs(page), expected);
    QCOMPARE(page.latestSeq, 5);
    QCOMPARE(page.oldestSeq, 1);
}

void TestEventLog::pruneByAge()
{
    append(3);
    m_f->now = m_f->now.addSecs(49 * 3600);
    append(2);
    const auto pruned = m_batch->run<int>(
        [&]() -> StoreOutcome<int> { return m_log->prune(m_f->now.addSecs(-48 * 3600)); });
    QVERIFY(m_batch->commit());
    QCOMPARE(pruned.value(), 3);

    // A client that last saw seq 0 missed pruned events: it must reload.
    Store::EventPage page = m_log->after(0, 10);
    QVERIFY(page.gone);
    QCOMPARE(page.oldestSeq, 4);
    page = m_log->after(3, 10);
    QVERIFY(!page.gone);
    QCOMPARE(seqs(page), (QList<qint64> {4, 5}));
}

void TestEventLog::lastReadyAt_data()
{
    QTest::addColumn<QString>("orderId");
    QTest::addColumn<QString>("station");
    QTest::addColumn<int>("minutes"); ///< after the first event; -1 = none
    QTest::newRow("station's last report") << "o1"
                                           << "kitchen" << 20;
    QTest::newRow("other station") << "o1"
                                   << "bar" << 10;
    QTest::newRow("the order itself") << "o1"
                                      << "" << 20;
    QTest::newRow("station never ready") << "o1"
                                         << "pastry" << -1;
    QTest::newRow("other order") << "o2"
                                 << "kitchen" << -1;
}

void TestEventLog::lastReadyAt()
{
    QFETCH(QString, orderId);
    QFETCH(QString, station);
    QFETCH(int, minutes);
    Order order;
    order.id = QStringLiteral("o1");
    order.orderNumber = 1;
    order.tableNumber = 2;
    const QDateTime start = m_f->now;
    // kitchen ready (0'), bar ready (10'), kitchen recalled and ready again (20'): the order
    // became ready at 10' and again at 20'.
    const auto at = [&](int minute, const QString &which, const QString &status) {
        m_f->now = start.addSecs(60 * minute);
        QVERIFY(m_batch
                    ->run<bool>([&]() -> StoreOutcome<bool> {
                        order.status = status == QLatin1String("ready") && minute > 0
                            ? OrderStatus::Ready
                            : OrderStatus::Preparing;
                        m_batch->appendEvent([&](qint64 seq) {
                            return StaffEvent::orderStationProgress(order, which, status, seq,
                                                                    m_f->now);
                        });
                        if (order.status == OrderStatus::Ready)
                            m_batch->appendEvent([&](qint64 seq) {
                                return StaffEvent::orderStatusChange(order, OrderStatus::Preparing,
                                                                     seq, m_f->now);
                            });
                        return true;
                    })
                    .ok());
        QVERIFY(m_batch->commit());
    };
    at(0, "kitchen", "ready");
    at(10, "bar", "ready");
    at(15, "kitchen", "preparing");
    at(20, "kitchen", "ready");

    const std::optional<QDateTime> readyAt = m_log->lastReadyAt(orderId, station);
    QVERIFY(readyAt.has_value());
    if (minutes < 0)
        QVERIFY(!readyAt->isValid());
    else
        QCOMPARE(*readyAt, start.addSecs(60 * minutes));
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
