// The durable event log: GET /api/events, GET /api/staff/state, replay, restart, pruning.
#include "teststore.h"
#include "inprocessserver.h"
#include "orderbody.h"
#include "rawhttpclient.h"

#include <QTest>

using namespace tableside;
using namespace tableside::server;

class TestEventsApi : public QObject
{
    Q_OBJECT

private slots:
    void logReplaysExactlyWhatWasBroadcast()
    {
        InProcessServer server(InProcessServer::unlimitedSettings());
        QList<StaffEvent> broadcast;
        QObject::connect(&server.store(), &Store::eventCommitted,
                         [&](const StaffEvent &event) { broadcast.append(event); });
        RawHttpClient guest(server.port());
        RawHttpClient staff(server.port());
        staff.setToken(server.login(QStringLiteral("1111")));
        const QString orderId
            = guest.post(QStringLiteral("/api/orders/create"), orderBody(1, {{1, 1}}))
                  .json()
                  .value("order")
                  .toObject()
                  .value("id")
                  .toString();
        const QString callId = guest
                                   .post(QStringLiteral("/api/waiter-call"),
                                         {{"tableNumber", 1}, {"callType", "help"}})
                                   .json()
                                   .value("call")
                                   .toObject()
                                   .value("id")
                                   .toString();
        staff.patch(QStringLiteral("/api/orders/%1/status").arg(orderId),
                    {{"status", "preparing"}});
        staff.patch(QStringLiteral("/api/waiter-call/%1/acknowledge").arg(callId));
        staff.patch(QStringLiteral("/api/products/3/availability"), {{"isAvailable", false}});
        // Refused changes leave no trace.
        staff.patch(QStringLiteral("/api/orders/%1/status").arg(orderId), {{"status", "pending"}});

        QCOMPARE(broadcast.size(), 6);
        const HttpReply reply = staff.get(QStringLiteral("/api/events?after=0"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("seq").toInt(), 6);
        const QJsonArray events = reply.json().value("events").toArray();
        QCOMPARE(events.size(), 6);
        // The new order opens table 1's tab: table-tab-change follows new-order.
        const QStringList expected {"new-order", "table-tab-change", "waiter-call",
                                    "order-status-change", "call-status-change",
                                    "product-availability-change"};
        for (int i = 0; i < events.size(); ++i) {
            const QJsonObject event = events.at(i).toObject();
            QCOMPARE(event.value("seq").toInt(), i + 1);
            QCOMPARE(event.value("event").toString(), expected.at(i));
            QCOMPARE(event.value("data").toObject(), broadcast.at(i).data());
            QCOMPARE(broadcast.at(i).seq(), qint64(i + 1));
            QCOMPARE(event.value("data").toObject().value("seq").toInt(), i + 1);
            QVERIFY(event.value("data").toObject().contains("createdAt"));
        }
        QCOMPARE(events.at(3).toObject().value("data").toObject().value("changedBy").toString(),
                 QStringLiteral("Maria"));

        // Paging.
        const HttpReply page = staff.get(QStringLiteral("/api/events?after=2&limit=2"));
        QCOMPARE(page.json().value("events").toArray().size(), 2);
        QCOMPARE(page.json().value("events").toArray().at(0).toObject().value("seq").toInt(), 3);
        QCOMPARE(staff.get(QStringLiteral("/api/events?after=6"))
                     .json()
                     .value("events")
                     .toArray()
                     .size(),
                 0);
        // Bad parameters and a seq ahead of the log.
        QCOMPARE(staff.get(QStringLiteral("/api/events?after=x")).status, 400);
        QCOMPARE(staff.get(QStringLiteral("/api/events?after=0&limit=1001")).status, 400);
        const HttpReply ahead = staff.get(QStringLiteral("/api/events?after=99"));
        QCOMPARE(ahead.status, 410);
        QCOMPARE(ahead.json().value("error").toString(), QStringLiteral("gone"));
        QCOMPARE(guest.get(QStringLiteral("/api/events?after=0")).status, 401);
    }

    void stateIsOneSnapshot()
    {
        InProcessServer server(InProcessServer::unlimitedSettings());
        RawHttpClient client(server.port());
        client.post(QStringLiteral("/api/orders/create"), orderBody(1, {{1, 1}}));
        client.post(QStringLiteral("/api/orders/create"), orderBody(2, {{2, 1}}));
        client.post(QStringLiteral("/api/waiter-call"), {{"tableNumber", 2}, {"callType", "help"}});
        client.setToken(server.login(QStringLiteral("2222")));
        const QJsonObject state = client.get(QStringLiteral("/api/staff/state")).json();
        QCOMPARE(state.value("seq").toInt(), 5); // 2 × (new-order, table-tab-change), waiter-call
        QCOMPARE(state.value("orders").toArray().size(), 2);
        QCOMPARE(state.value("calls").toArray().size(), 1);
    }

    void restartKeepsEverythingAndSeqGoesOn()
    {
        QTemporaryDir dir;
        QString orderId;
        {
            InProcessServer server(InProcessServer::unlimitedSettings(), dir.path());
            RawHttpClient client(server.port());
            orderId = client.post(QStringLiteral("/api/orders/create"), orderBody(1, {{1, 1}}))
                          .json()
                          .value("order")
                          .toObject()
                          .value("id")
                          .toString();
            client.post(QStringLiteral("/api/waiter-call"),
                        {{"tableNumber", 1}, {"callType", "help"}});
        }
        InProcessServer server(InProcessServer::unlimitedSettings(), dir.path());
        QCOMPARE(server.store().latestSeq(), 3); // new-order, table-tab-change, waiter-call
        QVERIFY(server.store().findOrder(orderId));
        QCOMPARE(server.store().openCalls().size(), 1);
        RawHttpClient client(server.port());
        const HttpReply next
            = client.post(QStringLiteral("/api/orders/create"), orderBody(1, {{1, 1}}));
        QCOMPARE(next.json().value("orderNumber").toInt(), 2);
        QCOMPARE(server.store().latestSeq(), 5);
        QCOMPARE(server.store().eventsAfter(0, 10).events.last().seq(), 5);
    }

    void prunedLogAnswers410()
    {
        QTemporaryDir dir;
        {
            InProcessServer server(InProcessServer::unlimitedSettings(), dir.path());
            RawHttpClient client(server.port());
            client.post(QStringLiteral("/api/orders/create"), orderBody(1, {{1, 1}}));
            client.post(QStringLiteral("/api/orders/create"), orderBody(1, {{1, 1}}));
        }
        // Three days later the old events are pruned (4: each order's new-order and
        // table-tab-change): a client at seq 0 to 3 must resync.
        Store::Options options;
        options.clock = [] { return QDateTime::currentDateTimeUtc().addDays(3); };
        Store store(options);
        QVERIFY(tableside::server::testkit::openTestStore(store, dir.path()));
        QVERIFY(store.prune().ok());
        QVERIFY(store.flush());
        QVERIFY(store.eventsAfter(0, 10).gone);
        QVERIFY(store.eventsAfter(1, 10).gone);
        QVERIFY(store.eventsAfter(3, 10).gone);
        const Store::EventPage current = store.eventsAfter(4, 10);
        QVERIFY(!current.gone);
        QCOMPARE(current.latestSeq, 4);
    }
};

QTEST_GUILESS_MAIN(TestEventsApi)
#include "tst_eventsapi.moc"
