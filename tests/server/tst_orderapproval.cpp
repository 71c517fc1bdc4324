// Order approval (issue 16): with the rule on, a table's order over the thresholds (more than
// N orders, or more than € X, within M minutes) is created as pending_approval; staff approve
// (→ pending) or reject (→ cancelled) it; audit entries; off by default.
#include "adminfixture.h"
#include "orderbody.h"
#include "rawhttpclient.h"

using namespace tableside;
using namespace tableside::server;

class TestOrderApproval : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminFixture> f;

    QJsonObject order(int table, int quantity = 1)
    {
        RawHttpClient guest(f->server.port());
        const HttpReply reply
            = guest.post(QStringLiteral("/api/orders/create"), orderBody(table, {{1, quantity}}));
        if (reply.status != 201)
            qWarning() << reply.status << reply.body;
        return reply.json().value("order").toObject();
    }

    void setRule(const QJsonObject &approval)
    {
        int status = 0;
        f->call("PUT", QStringLiteral("/api/admin/service"), {{"approval", approval}}, &status);
        QCOMPARE(status, 200);
    }

    QString statusOf(const QString &id)
    {
        const auto found = f->server.store().findOrder(id);
        return found ? toWireString(found->status) : QString();
    }

private slots:
    void init() { f = std::make_unique<AdminFixture>(); }
    void cleanup() { f.reset(); }

    void offByDefault()
    {
        for (int i = 0; i < 6; ++i)
            QCOMPARE(order(4).value("status").toString(), QStringLiteral("pending"));
    }

    void tooManyOrdersWait()
    {
        setRule({{"enabled", true}, {"maxOrders", 2}, {"windowMinutes", 10}});
        QCOMPARE(order(4).value("status").toString(), QStringLiteral("pending"));
        QCOMPARE(order(4).value("status").toString(), QStringLiteral("pending"));
        const qint64 seq = f->server.store().latestSeq();
        const QJsonObject third = order(4);
        QCOMPARE(third.value("status").toString(), QStringLiteral("pending_approval"));
        // Another table is not held up.
        QCOMPARE(order(5).value("status").toString(), QStringLiteral("pending"));
        // Dashboards hear of it (new-order with its status) and see it in their snapshot.
        const auto events = f->eventsAfter(seq);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().type(), StaffEventType::NewOrder);
        QCOMPARE(events.first().order()->status, OrderStatus::PendingApproval);
        bool inSnapshot = false;
        for (const Order &open : f->server.store().staffState().orders)
            inSnapshot = inSnapshot || open.id == third.value("id").toString();
        QVERIFY(inSnapshot);

        // A waiter approves it: it becomes a new order for the kitchen.
        int status = 0;
        const QString id = third.value("id").toString();
        QJsonObject reply = f->call("PATCH", QStringLiteral("/api/orders/%1/status").arg(id),
                                    {{"status", "pending"}}, &status, f->waiter);
        QCOMPARE(status, 200);
        QCOMPARE(statusOf(id), QStringLiteral("pending"));
        const auto approved = f->audit(QStringLiteral("order.approve"));
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved.first().subject, id);
        QCOMPARE(approved.first().staff, QStringLiteral("Ivan"));
        // Approved once: it cannot be approved again.
        f->call("PATCH", QStringLiteral("/api/orders/%1/status").arg(id), {{"status", "pending"}},
                &status, f->waiter);
        QCOMPARE(status, 409);

        // The next one waits too, and is rejected.
        const QString fourth = order(4).value("id").toString();
        QCOMPARE(statusOf(fourth), QStringLiteral("pending_approval"));
        // It cannot skip the approval.
        f->call("PATCH", QStringLiteral("/api/orders/%1/status").arg(fourth),
                {{"status", "preparing"}}, &status, f->waiter);
        QCOMPARE(status, 409);
        f->call("PATCH", QStringLiteral("/api/orders/%1/status").arg(fourth),
                {{"status", "cancelled"}}, &status, f->manager);
        QCOMPARE(status, 200);
        QCOMPARE(statusOf(fourth), QStringLiteral("cancelled"));
        QCOMPARE(f->audit(QStringLiteral("order.reject")).size(), 1);
        Q_UNUSED(reply);
    }

    void tooMuchMoneyWaits()
    {
        // €1.00 within 10 minutes: a big first order already waits.
        setRule({{"enabled", true}, {"maxOrders", 50}, {"maxEurCents", 100}});
        const QJsonObject big = order(6, 30);
        QCOMPARE(big.value("status").toString(), QStringLiteral("pending_approval"));
    }

    void rejectedOrdersDoNotCount()
    {
        setRule({{"enabled", true}, {"maxOrders", 1}});
        QCOMPARE(order(8).value("status").toString(), QStringLiteral("pending"));
        const QString waiting = order(8).value("id").toString();
        QCOMPARE(statusOf(waiting), QStringLiteral("pending_approval"));
        int status = 0;
        f->call("PATCH", QStringLiteral("/api/orders/%1/status").arg(waiting),
                {{"status", "cancelled"}}, &status, f->waiter);
        QCOMPARE(status, 200);
        // Still one counted order (the first): the next one waits as well.
        QCOMPARE(order(8).value("status").toString(), QStringLiteral("pending_approval"));
        // Rule off again: orders go straight through.
        setRule({{"enabled", false}});
        QCOMPARE(order(8).value("status").toString(), QStringLiteral("pending"));
    }
};

QTEST_GUILESS_MAIN(TestOrderApproval)
#include "tst_orderapproval.moc"
