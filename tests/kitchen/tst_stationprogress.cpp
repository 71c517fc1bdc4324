// Kitchen stations on the server: the StationProgress rules, the store's station steps with
// an injected clock (recall window), and the REST routes with their roles, over a real SQLite
// file and a real server on port 0.
#include "teststore.h"
#include "stationprogress.h"
#include "store.h"
#include "tablesideserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tableside;
using namespace tableside::server;
using Step = StationProgress::Step;

namespace {

// Demo menu: product 1 (espresso) is made at the bar, 10 (shopska salad) in the kitchen.
constexpr qint64 Espresso = 1;
constexpr qint64 Salad = 10;

Order orderWith(const QStringList &stations, OrderStatus status,
                const QMap<QString, QString> &stationStatus)
{
    Order order;
    order.id = QStringLiteral("o1");
    order.orderNumber = 7;
    order.tableNumber = 3;
    order.status = status;
    order.stationStatus = stationStatus;
    for (const QString &station : stations) {
        OrderItem item;
        item.productId = 1;
        item.productName = QStringLiteral("x");
        item.station = station;
        order.items.append(item);
    }
    return order;
}

struct HttpAnswer
{
    int status = 0;
    QJsonObject json;
};

HttpAnswer send(quint16 port, const QByteArray &verb, const QString &path,
                const QByteArray &token = {}, const QJsonObject &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.sendCustomRequest(
        request, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                       QJsonDocument::fromJson(reply->readAll()).object()};
    delete reply;
    return answer;
}

} // namespace

class TestStationProgress : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void storeStepsAndEvents();
    void multiStationReadiness();
    void recallWindow();
    void recallRoles();
    void restRoutes();

private:
    struct StoreFixture : testkit::ClockedStore
    {
        StaffMember kitchen {0, QStringLiteral("Petar"), StaffRole::Kitchen};
        StaffMember waiter {0, QStringLiteral("Ivan"), StaffRole::Waiter};
        StaffMember manager {0, QStringLiteral("Maria"), StaffRole::Manager};

        explicit StoreFixture(int recallWindowSeconds = 120)
        {
            options.recallWindowSeconds = recallWindowSeconds;
            openStore();
        }
        Order createOrder(const QList<qint64> &products)
        {
            Store::OrderDraft draft;
            draft.tableNumber = 4;
            for (qint64 id : products)
                draft.items.append({id, 2, QString()});
            auto created = store->createOrder(draft);
            store->flush();
            return created.value().order;
        }
    };
};

void TestStationProgress::rules_data()
{
    QTest::addColumn<QStringList>("stations");
    QTest::addColumn<int>("orderStatus");
    QTest::addColumn<QVariantMap>("before");
    QTest::addColumn<QString>("station");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("stationAfter");
    QTest::addColumn<int>("orderAfter");

    const QStringList one {QStringLiteral("kitchen")};
    const QStringList two {QStringLiteral("bar"), QStringLiteral("kitchen")};
    const int pending = int(OrderStatus::Pending);
    const int preparing = int(OrderStatus::Preparing);
    const int ready = int(OrderStatus::Ready);
    const int completed = int(OrderStatus::Completed);
    const int cancelled = int(OrderStatus::Cancelled);
    const int start = int(Step::Start);
    const int bump = int(Step::Ready);
    const int recall = int(Step::Recall);
    const QVariantMap none;
    const QVariantMap kPrep {{"kitchen", "preparing"}};
    const QVariantMap kReady {{"kitchen", "ready"}};
    const QVariantMap bothReady {{"kitchen", "ready"}, {"bar", "ready"}};

    QTest::newRow("start pending")
        << one << pending << none << "kitchen" << start << true << "preparing" << preparing;
    QTest::newRow("start twice") << one << preparing << kPrep << "kitchen" << start << false
                                 << "preparing" << preparing;
    QTest::newRow("start after ready")
        << one << ready << kReady << "kitchen" << start << false << "ready" << ready;
    QTest::newRow("start unknown station")
        << one << pending << none << "bar" << start << false << "pending" << pending;
    QTest::newRow("start completed")
        << one << completed << none << "kitchen" << start << false << "pending" << completed;
    QTest::newRow("bump preparing")
        << one << preparing << kPrep << "kitchen" << bump << true << "ready" << ready;
    QTest::newRow("bump straight from pending")
        << one << pending << none << "kitchen" << bump << true << "ready" << ready;
    QTest::newRow("bump twice") << one << ready << kReady << "kitchen" << bump << false << "ready"
                                << ready;
    QTest::newRow("bump cancelled")
        << one << cancelled << none << "kitchen" << bump << false << "pending" << cancelled;
    QTest::newRow("first of two stations ready")
        << two << pending << none << "bar" << bump << true << "ready" << preparing;
    QTest::newRow("last of two stations ready")
        << two << preparing << kReady << "bar" << bump << true << "ready" << ready;
    QTest::newRow("recall ready") << one << ready << kReady << "kitchen" << recall << true
                                  << "preparing" << preparing;
    QTest::newRow("recall one of two ready")
        << two << ready << bothReady << "bar" << recall << true << "preparing" << preparing;
    QTest::newRow("recall a station of a preparing order")
        << two << preparing << kReady << "kitchen" << recall << true << "preparing" << preparing;
    QTest::newRow("recall not ready")
        << one << preparing << kPrep << "kitchen" << recall << false << "preparing" << preparing;
    QTest::newRow("recall completed")
        << one << completed << kReady << "kitchen" << recall << false << "ready" << completed;
}

void TestStationProgress::rules()
{
    QFETCH(QStringList, stations);
    QFETCH(int, orderStatus);
    QFETCH(QVariantMap, before);
    QFETCH(QString, station);
    QFETCH(int, step);
    QFETCH(bool, allowed);
    QFETCH(QString, stationAfter);
    QFETCH(int, orderAfter);

    QMap<QString, QString> map;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        map.insert(it.key(), it.value().toString());
    Order order = orderWith(stations, OrderStatus(orderStatus), map);
    const Order original = order;
    const auto refusal = StationProgress::apply(order, station, Step(step));
    QCOMPARE(!refusal.has_value(), allowed);
    if (refusal) {
        QVERIFY(!refusal->message.isEmpty());
        QCOMPARE(order, original); // refused = unchanged
    }
    QCOMPARE(StationProgress::statusOf(order, station), stationAfter);
    QCOMPARE(int(order.status), orderAfter);
}

void TestStationProgress::storeStepsAndEvents()
{
    StoreFixture f;
    const Order order = f.createOrder({Salad});
    const qint64 before = f.store->latestSeq();

    auto started
        = f.store->stepStation(order.id, QStringLiteral("kitchen"), Step::Start, f.kitchen);
    QVERIFY(started.ok());
    QVERIFY(f.store->flush());
    QCOMPARE(started.value().status, OrderStatus::Preparing);
    QCOMPARE(started.value().stationStatus.value(QStringLiteral("kitchen")),
             QStringLiteral("preparing"));
    auto bumped = f.store->bumpStation(order.id, QStringLiteral("kitchen"), f.kitchen);
    QVERIFY(bumped.ok());
    QVERIFY(f.store->flush());
    QCOMPARE(bumped.value().status, OrderStatus::Ready);

    // Every step is in the log, with its seq: progress then the order's own status change.
    const Store::EventPage page = f.store->eventsAfter(before, 100);
    QStringList names;
    for (const StaffEvent &event : page.events)
        names.append(event.name() + QLatin1Char(':') + event.status());
    QCOMPARE(names,
             (QStringList {"order-station-progress:preparing", "order-status-change:preparing",
                           "order-station-progress:ready", "order-status-change:ready"}));
    QCOMPARE(page.events.first().seq(), before + 1);
    QCOMPARE(page.events.first().data().value("stationStatus").toObject(),
             (QJsonObject {{"kitchen", "preparing"}}));

    // The persisted order equals what the steps returned; the snapshot has it too.
    QCOMPARE(*f.store->findOrder(order.id), bumped.value());
    QCOMPARE(f.store->staffState().orders.first().stationStatus.value("kitchen"),
             QStringLiteral("ready"));

    // Refusals change nothing and log nothing.
    const qint64 seq = f.store->latestSeq();
    QVERIFY(
        !f.store->stepStation(order.id, QStringLiteral("kitchen"), Step::Start, f.kitchen).ok());
    QVERIFY(!f.store->stepStation(order.id, QStringLiteral("bar"), Step::Start, f.kitchen).ok());
    QVERIFY(!f.store
                 ->stepStation(QStringLiteral("nope"), QStringLiteral("kitchen"), Step::Start,
                               f.kitchen)
                 .ok());
    QVERIFY(f.store->flush());
    QCOMPARE(f.store->latestSeq(), seq);
}

void TestStationProgress::multiStationReadiness()
{
    StoreFixture f;
    const Order order = f.createOrder({Espresso, Salad});
    QCOMPARE(order.stations(), (QStringList {"bar", "kitchen"}));

    QVERIFY(f.store->stepStation(order.id, "kitchen", Step::Start, f.kitchen).ok());
    auto bar = f.store->bumpStation(order.id, "bar", f.kitchen);
    QVERIFY(bar.ok());
    QVERIFY(f.store->flush());
    // The bar is done but the kitchen is not: the order is not ready yet.
    QCOMPARE(bar.value().status, OrderStatus::Preparing);
    QCOMPARE(bar.value().stationStatus,
             (QMap<QString, QString> {{"bar", "ready"}, {"kitchen", "preparing"}}));
    auto kitchen = f.store->bumpStation(order.id, "kitchen", f.kitchen);
    QVERIFY(kitchen.ok());
    QVERIFY(f.store->flush());
    QCOMPARE(kitchen.value().status, OrderStatus::Ready);

    // The bar takes its drink back: the order is no longer ready, the kitchen stays done.
    auto recalled = f.store->stepStation(order.id, "bar", Step::Recall, f.kitchen);
    QVERIFY(recalled.ok());
    QVERIFY(f.store->flush());
    QCOMPARE(recalled.value().status, OrderStatus::Preparing);
    QCOMPARE(recalled.value().stationStatus,
             (QMap<QString, QString> {{"bar", "preparing"}, {"kitchen", "ready"}}));
    const auto last = f.store->eventsAfter(f.store->latestSeq() - 2, 10).events;
    QCOMPARE(last.size(), 2);
    QCOMPARE(last.at(0).name(), QStringLiteral("order-station-progress"));
    QCOMPARE(last.at(1).name(), QStringLiteral("order-status-change"));
    QCOMPARE(last.at(1).data().value("previousStatus").toString(), QStringLiteral("ready"));
    QCOMPARE(last.at(1).data().value("changedBy").toString(), QStringLiteral("Petar"));
    // Bumped again: ready again.
    auto again = f.store->bumpStation(order.id, "bar", f.kitchen);
    QVERIFY(f.store->flush());
    QCOMPARE(again.value().status, OrderStatus::Ready);
}

void TestStationProgress::recallWindow()
{
    StoreFixture f(120);
    const Order order = f.createOrder({Salad});
    QVERIFY(f.store->bumpStation(order.id, "kitchen", f.kitchen).ok());
    QVERIFY(f.store->flush());

    f.now = f.now.addSecs(120); // the last second of the window
    auto inside = f.store->stepStation(order.id, "kitchen", Step::Recall, f.kitchen);
    QVERIFY(inside.ok());
    QVERIFY(f.store->flush());
    QCOMPARE(inside.value().status, OrderStatus::Preparing);

    // Ready again; the window starts anew from this report.
    QVERIFY(f.store->bumpStation(order.id, "kitchen", f.kitchen).ok());
    QVERIFY(f.store->flush());
    f.now = f.now.addSecs(121);
    const qint64 seq = f.store->latestSeq();
    auto outside = f.store->stepStation(order.id, "kitchen", Step::Recall, f.manager);
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error().code, StoreError::Code::InvalidTransition);
    QVERIFY(outside.error().message.contains(QStringLiteral("too long")));
    QCOMPARE(outside.error().current.value("order").toObject().value("status").toString(),
             QStringLiteral("ready"));
    QVERIFY(f.store->flush());
    QCOMPARE(f.store->latestSeq(), seq);
    QCOMPARE(f.store->findOrder(order.id)->status, OrderStatus::Ready);
}

void TestStationProgress::recallRoles()
{
    StoreFixture f;
    const Order order = f.createOrder({Salad});
    QVERIFY(f.store->bumpStation(order.id, "kitchen", f.kitchen).ok());
    QVERIFY(f.store->flush());
    auto byWaiter = f.store->stepStation(order.id, "kitchen", Step::Recall, f.waiter);
    QVERIFY(!byWaiter.ok());
    QCOMPARE(byWaiter.error().code, StoreError::Code::Forbidden);
    auto byManager = f.store->stepStation(order.id, "kitchen", Step::Recall, f.manager);
    QVERIFY(byManager.ok());
    QVERIFY(f.store->flush());
    QCOMPARE(byManager.value().changedBy, QStringLiteral("Maria"));
}

void TestStationProgress::restRoutes()
{
    QTemporaryDir dir;
    ServerSettings settings;
    settings.dataDir = dir.path();
    settings.guestWritesPerMinute = 0;
    settings.tableOrdersPerMinute = 0;
    settings.tableCallsPerMinute = 0;
    settings.requireTableToken = false; // orders below name their table without its signed link
    TablesideServer server(settings);
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    server.store().addStaff(QStringLiteral("Petar"), QStringLiteral("3333"), StaffRole::Kitchen);
    server.store().addStaff(QStringLiteral("Ivan"), QStringLiteral("2222"), StaffRole::Waiter);
    server.store().flush();
    const quint16 port = server.port();
    const auto login = [port](const char *pin) {
        return send(port, "POST", "/api/staff/login", {}, {{"pin", pin}})
            .json.value("token")
            .toString()
            .toLatin1();
    };
    const QByteArray kitchen = login("3333");
    const QByteArray waiter = login("2222");
    QVERIFY(!kitchen.isEmpty());
    QVERIFY(!waiter.isEmpty());

    const HttpAnswer created
        = send(port, "POST", "/api/orders/create", {},
               {{"tableNumber", 5},
                {"items",
                 QJsonArray {QJsonObject {{"productId", Espresso}, {"quantity", 1}},
                             QJsonObject {{"productId", Salad}, {"quantity", 2}}}}});
    QCOMPARE(created.status, 201);
    const QString id = created.json.value("order").toObject().value("id").toString();
    const QString base = QStringLiteral("/api/orders/%1/stations/").arg(id);

    QCOMPARE(send(port, "POST", base + "kitchen/start").status, 401);
    HttpAnswer answer = send(port, "POST", base + "kitchen/start", waiter);
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.json.value("error").toString(), QStringLiteral("forbidden"));
    answer = send(port, "POST", base + "kitchen/start", kitchen);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value("order").toObject().value("status").toString(),
             QStringLiteral("preparing"));
    answer = send(port, "POST", base + "kitchen/start", kitchen);
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.json.value("error").toString(), QStringLiteral("invalid_transition"));
    QVERIFY(!answer.json.value("message").toString().isEmpty());
    QCOMPARE(send(port, "POST", base + "pastry/start", kitchen).status, 404);
    QCOMPARE(send(port, "POST", base + "bar/recall", kitchen).status, 409); // not ready yet

    QCOMPARE(send(port, "POST", base + "bar/bump", kitchen).status, 200);
    answer = send(port, "POST", base + "kitchen/bump", kitchen);
    QCOMPARE(answer.json.value("order").toObject().value("status").toString(),
             QStringLiteral("ready"));
    QCOMPARE(send(port, "POST", base + "kitchen/recall", waiter).status, 403);
    answer = send(port, "POST", base + "kitchen/recall", kitchen);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value("order").toObject().value("status").toString(),
             QStringLiteral("preparing"));
    QCOMPARE(answer.json.value("order").toObject().value("stationStatus").toObject(),
             (QJsonObject {{"bar", "ready"}, {"kitchen", "preparing"}}));

    // The staff snapshot shows the same per-station progress.
    const QJsonArray orders
        = send(port, "GET", "/api/staff/state", kitchen).json.value("orders").toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(
        orders.first().toObject().value("stationStatus").toObject().value("kitchen").toString(),
        QStringLiteral("preparing"));
}

QTEST_GUILESS_MAIN(TestStationProgress)
#include "tst_stationprogress.moc"
