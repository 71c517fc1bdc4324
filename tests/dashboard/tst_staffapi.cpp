// StaffApi against the real tableside-server, seen through a LossyProxy: each staff call's
// verb, path, body and Bearer token as they go over the wire (the kitchen's station steps
// included), and a refused token reported once through unauthorized().
#include "lossyproxy.h"
#include "serverprocess.h"
#include "staffapi.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

class TestStaffApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stationStepsCarryTheBearerToken_data();
    void stationStepsCarryTheBearerToken();
    void orderStatusChange();
    void loginCarriesNoToken();
    void refusedTokenIsReportedOnce();

private:
    ApiResult call(const std::function<void(StaffApi::Callback)> &request);

    ServerProcess m_server;
    std::unique_ptr<LossyProxy> m_proxy;
    StaffApi m_api;
    QString m_token;
    QString m_orderId;
};

ApiResult TestStaffApi::call(const std::function<void(StaffApi::Callback)> &request)
{
    std::optional<ApiResult> result;
    request([&](const ApiResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000))
        return {};
    return *result;
}

void TestStaffApi::initTestCase()
{
    QVERIFY(m_server.addStaff(QStringLiteral("Petar"), QStringLiteral("3333"),
                              QStringLiteral("kitchen")));
    m_server.disableGuestLimits();
    QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    m_proxy = std::make_unique<LossyProxy>(m_server.url());
    QVERIFY(m_proxy->listen());
    m_api.setServerUrl(m_proxy->url());
    const ApiResult login
        = call([this](StaffApi::Callback done) { m_api.login(QStringLiteral("3333"), done); });
    QCOMPARE(login.httpStatus, 200);
    m_token = login.body.value(QStringLiteral("token")).toString();
    QVERIFY(!m_token.isEmpty());
    m_api.setToken(m_token);
    // A salad: work for the kitchen station.
    const QJsonObject created
        = m_server.http().json("POST", QStringLiteral("/api/orders/create"),
                               {{QStringLiteral("tableNumber"), 1},
                                {QStringLiteral("items"),
                                 QJsonArray {QJsonObject {{QStringLiteral("productId"), 10},
                                                          {QStringLiteral("quantity"), 1}}}}});
    m_orderId = created.value(QStringLiteral("order")).toObject().value("id").toString();
    QVERIFY(!m_orderId.isEmpty());
}

void TestStaffApi::stationStepsCarryTheBearerToken_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QByteArray>("action");
    // In this order: each step is allowed after the one before.
    QTest::newRow("start") << int(StaffApi::StationStep::Start) << QByteArray("start");
    QTest::newRow("bump") << int(StaffApi::StationStep::Bump) << QByteArray("bump");
    QTest::newRow("recall") << int(StaffApi::StationStep::Recall) << QByteArray("recall");
}

void TestStaffApi::stationStepsCarryTheBearerToken()
{
    QFETCH(int, step);
    QFETCH(QByteArray, action);
    const int before = int(m_proxy->seen().size());
    const ApiResult result = call([&](StaffApi::Callback done) {
        m_api.stepStation(m_orderId, QStringLiteral("kitchen"), StaffApi::StationStep(step), done);
    });
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.body.value("order").toObject().value("id").toString(), m_orderId);
    QCOMPARE(m_proxy->seen().size(), before + 1);
    const LossyProxy::Seen seen = m_proxy->seen().last();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.path, "/api/orders/" + m_orderId.toUtf8() + "/stations/kitchen/" + action);
    QCOMPARE(seen.authorization, "Bearer " + m_token.toUtf8());
    QCOMPARE(seen.contentType, QByteArray("application/json"));
    QCOMPARE(seen.body, QByteArray());
}

void TestStaffApi::orderStatusChange()
{
    const QString id = m_server.guest().createOrder(2).value(QStringLiteral("id")).toString();
    const ApiResult result = call(
        [&](StaffApi::Callback done) { m_api.setOrderStatus(id, OrderStatus::Preparing, done); });
    QCOMPARE(result.httpStatus, 200);
    const LossyProxy::Seen seen = m_proxy->seen().last();
    QCOMPARE(seen.method, QByteArray("PATCH"));
    QCOMPARE(seen.path, "/api/orders/" + id.toUtf8() + "/status");
    QCOMPARE(seen.authorization, "Bearer " + m_token.toUtf8());
    QCOMPARE(seen.body, QByteArray(R"({"status":"preparing"})"));
}

void TestStaffApi::loginCarriesNoToken()
{
    QCOMPARE(m_proxy->seen().first().path, QByteArray("/api/staff/login"));
    QCOMPARE(m_proxy->seen().first().authorization, QByteArray());
}

void TestStaffApi::refusedTokenIsReportedOnce()
{
    StaffApi api;
    api.setServerUrl(m_proxy->url());
    api.setToken(QStringLiteral("expired"));
    QSignalSpy unauthorized(&api, &StaffApi::unauthorized);
    const ApiResult result = call([&](StaffApi::Callback done) {
        api.stepStation(m_orderId, QStringLiteral("kitchen"), StaffApi::StationStep::Start, done);
    });
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(unauthorized.count(), 1);
    QCOMPARE(m_proxy->seen().last().authorization, QByteArray("Bearer expired"));
}

QTEST_MAIN(TestStaffApi)
#include "tst_staffapi.moc"
