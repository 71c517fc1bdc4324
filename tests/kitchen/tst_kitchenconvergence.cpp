// The kitchen screen survives the server going away and converges after it comes back, with
// nobody touching it: the real tableside-server binary is stopped, restarted on the same port,
// orders are created and bumped after the restart, and the kitchen's models must equal
// GET /api/staff/state, with the sync engine's seq log lines to show how it got there.
#include "kitchenactions.h"
#include "kitchenclient.h"
#include "kitchentilemodel.h"
#include "orderbody.h"
#include "orderlistmodel.h"
#include "pusherclient.h"
#include "serverprocess.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QMutex>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {
constexpr int Espresso = 1;
constexpr int Salad = 10;
constexpr int Timeout = 30'000;

QMutex logMutex;
QStringList syncLines;
QtMessageHandler previousHandler = nullptr;

void captureSyncLines(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "tableside.dashboard.sync") {
        QMutexLocker lock(&logMutex);
        syncLines.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

class TestKitchenConvergence : public QObject
{
    Q_OBJECT

private slots:
    void convergesAfterServerRestart();

private:
    QString difference(KitchenClient &client, const QString &station);
    QString createOrder(int table, const QList<QPair<int, int>> &lines)
    {
        int status = 0;
        const QJsonObject reply
            = m_server.http().json("POST", QStringLiteral("/api/orders/create"),
                                   orderBody(table, lines, QString()), {}, &status);
        return status == 201 ? reply.value("order").toObject().value("id").toString() : QString();
    }

    ServerProcess m_server;
    QString m_token;
};

QString TestKitchenConvergence::difference(KitchenClient &client, const QString &station)
{
    const QJsonObject state
        = m_server.http().json("GET", QStringLiteral("/api/staff/state"), {}, m_token);
    const QJsonArray orders = state.value("orders").toArray();
    OrderListModel *model = client.session().orders();
    QStringList problems;
    QStringList expectedTiles;
    for (const QJsonValue &value : orders) {
        const auto order = Order::fromJson(value.toObject());
        if (!order)
            continue;
        const auto mine = model->order(order->id);
        if (!mine)
            problems.append(QStringLiteral("missing #%1").arg(order->orderNumber));
        else if (mine->status != order->status || mine->stationStatus != order->stationStatus
                 || mine->items != order->items)
            problems.append(QStringLiteral("#%1 differs (%2 vs %3)")
                                .arg(order->orderNumber)
                                .arg(toWireString(mine->status), toWireString(order->status)));
        if (KitchenTileModel::hasWorkFor(*order, station))
            expectedTiles.append(order->id);
    }
    if (model->rowCount() != orders.size())
        problems.append(QStringLiteral("model has %1 orders, server %2")
                            .arg(model->rowCount())
                            .arg(orders.size()));
    QStringList shown;
    KitchenTileModel *tiles = client.window().tiles();
    for (int row = 0; row < tiles->rowCount(); ++row)
        shown.append(tiles->tileAt(row).orderId);
    if (shown != expectedTiles)
        problems.append(
            QStringLiteral("tiles %1 vs %2").arg(shown.join(','), expectedTiles.join(',')));
    if (client.session().sync()->lastSeq() != state.value("seq").toInteger())
        problems.append(QStringLiteral("seq %1 vs %2")
                            .arg(client.session().sync()->lastSeq())
                            .arg(state.value("seq").toInteger()));
    return problems.join(QStringLiteral("; "));
}

void TestKitchenConvergence::convergesAfterServerRestart()
{
    previousHandler = qInstallMessageHandler(captureSyncLines);
    QVERIFY(m_server.addStaff("Petar", "3333", "kitchen"));
    m_server.disableGuestLimits();
    QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    m_token = m_server.http().login("3333");

    KitchenSettings kitchenOnly;
    kitchenOnly.station = QStringLiteral("kitchen");
    KitchenClient all;
    KitchenClient kitchen(kitchenOnly);
    QVERIFY(all.signIn(m_server.url(), "3333"));
    QVERIFY(kitchen.signIn(m_server.url(), "3333"));
    const QString before1 = createOrder(1, {{Salad, 1}, {Espresso, 1}});
    const QString before2 = createOrder(2, {{Salad, 2}});
    QTRY_COMPARE_WITH_TIMEOUT(difference(all, {}), QString(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(difference(kitchen, "kitchen"), QString(), Timeout);

    // The server goes away: the screens say so, by themselves.
    m_server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(all.window().bannerText().contains(QStringLiteral("No connection")),
                             Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        kitchen.window().bannerText().contains(QStringLiteral("No connection")), Timeout);
    // A bump while the server is down is not lost silently: it fails with a message.
    kitchen.window().actions()->setRetryPolicy(1, 100);
    kitchen.window().actions()->bump(before2);
    QTRY_VERIFY_WITH_TIMEOUT(
        kitchen.window().bannerText().contains(QStringLiteral("cannot be reached")), Timeout);

    // Back on the same port; meanwhile (before the screens reconnect) more happens. The
    // screens' next attempts are put a few seconds out first: their fast phase (~0.4 s) would
    // otherwise race the orders below (lost on a slower back end), and nothing would replay.
    for (KitchenClient *client : {&all, &kitchen}) {
        tableside::dashboard::PusherClient *pusher = client->session().pusher();
        pusher->backoff().setFastPhase(0, 0, 0);
        pusher->setBackoff(8'000, 8'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            QDateTime::currentDateTimeUtc().msecsTo(pusher->nextRetryAt()) > 3'000, Timeout);
    }
    {
        QMutexLocker lock(&logMutex);
        syncLines.clear();
    }
    QVERIFY2(m_server.restart(), qPrintable(m_server.output()));
    m_token = m_server.http().login("3333");
    const QString after1 = createOrder(3, {{Salad, 1}});
    const QString after2 = createOrder(4, {{Espresso, 3}});
    m_server.http().json(
        "POST", QStringLiteral("/api/orders/%1/stations/kitchen/start").arg(before1), {}, m_token);
    m_server.http().json(
        "POST", QStringLiteral("/api/orders/%1/stations/kitchen/bump").arg(before2), {}, m_token);
    QVERIFY(all.session().pusher()->state() != tableside::dashboard::ConnectionState::Subscribed);
    QVERIFY(kitchen.session().pusher()->state()
            != tableside::dashboard::ConnectionState::Subscribed);

    QTRY_COMPARE_WITH_TIMEOUT(difference(all, {}), QString(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(difference(kitchen, "kitchen"), QString(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(all.window().bannerText(), QString(), Timeout);
    QCOMPARE(kitchen.window().tiles()->rowOf(before2), -1); // ready: off the kitchen screen
    QVERIFY(kitchen.window().tiles()->rowOf(after1) >= 0);
    QCOMPARE(kitchen.window().tiles()->rowOf(after2), -1); // bar only
    QVERIFY(all.window().tiles()->rowOf(after2) >= 0);

    // The screens work after the restart: a bump goes through and both converge again.
    kitchen.window().actions()->setRetryPolicy(3, 500);
    kitchen.window().actions()->bump(after1);
    QTRY_COMPARE_WITH_TIMEOUT(
        kitchen.session().orders()->order(after1)->stationStatus.value("kitchen"),
        QStringLiteral("preparing"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(difference(all, {}), QString(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(difference(kitchen, "kitchen"), QString(), Timeout);

    // The same seq log lines as the waiter view show how the screens caught up.
    QMutexLocker lock(&logMutex);
    QVERIFY2(std::any_of(syncLines.cbegin(), syncLines.cend(),
                         [](const QString &line) {
                             return line.startsWith(QStringLiteral("applied seq="))
                                 && line.contains(QStringLiteral("via=replay"));
                         }),
             qPrintable(syncLines.join('\n')));
}

QTEST_MAIN(TestKitchenConvergence)
#include "tst_kitchenconvergence.moc"
