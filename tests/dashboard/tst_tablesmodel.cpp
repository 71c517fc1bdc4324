// TablesModel: rows from GET /api/tables under QAbstractItemModelTester, grouped by area; against
// the real server it follows orders, calls and payments by itself, and after a disconnect it
// converges with what happened meanwhile.
#include "dashboardclient.h"
#include "serverprocess.h"
#include "staffapi.h"
#include "syncengine.h"
#include "tablesmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

class TestTablesModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parsesStates_data();
    void parsesStates();
    void groupsByAreaWithRowOperations();
    void followsOrdersCallsAndPayments();
    void convergesAfterDisconnect();
    void cleanupTestCase();

private:
    TablesModel::State stateOf(int table) const;

    ServerProcess m_server;
    std::unique_ptr<DashboardClient> m_client;
    std::unique_ptr<TablesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_token;
};

void TestTablesModel::initTestCase()
{
    QVERIFY(m_server.addStaff(QStringLiteral("Maria"), QStringLiteral("1111")));
    m_server.disableGuestLimits();
    QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    m_client = std::make_unique<DashboardClient>();
    QVERIFY(m_client->signIn(m_server.url(), QStringLiteral("1111")));
    m_token = m_server.http().login(QStringLiteral("1111"));
    QVERIFY(!m_token.isEmpty());
}

void TestTablesModel::cleanupTestCase()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
}

TablesModel::State TestTablesModel::stateOf(int table) const
{
    const auto t = m_model->table(table);
    return t ? t->state : TablesModel::State::Free;
}

void TestTablesModel::parsesStates_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("state");
    QTest::newRow("free") << "free" << int(TablesModel::State::Free);
    QTest::newRow("open") << "open" << int(TablesModel::State::Open);
    QTest::newRow("order_waiting") << "order_waiting" << int(TablesModel::State::OrderWaiting);
    QTest::newRow("call_waiting") << "call_waiting" << int(TablesModel::State::CallWaiting);
    QTest::newRow("bill_requested") << "bill_requested" << int(TablesModel::State::BillRequested);
    QTest::newRow("paid") << "paid" << int(TablesModel::State::Paid);
    QTest::newRow("unknown is free") << "whatever" << int(TablesModel::State::Free);
}

void TestTablesModel::parsesStates()
{
    QFETCH(QString, wire);
    QFETCH(int, state);
    const QJsonObject json {
        {QStringLiteral("tables"),
         QJsonArray {QJsonObject {
             {QStringLiteral("tableNumber"), 3},
             {QStringLiteral("state"), wire},
             {QStringLiteral("tab"), QJsonObject {{QStringLiteral("totalEurCents"), 1234}}},
             {QStringLiteral("lastActivityAt"), QStringLiteral("2026-12-06T10:00:00.000Z")}}}}};
    const QList<TablesModel::Table> tables = TablesModel::parse(json);
    QCOMPARE(tables.size(), 1);
    QCOMPARE(int(tables.first().state), state);
    QCOMPARE(tables.first().total.euroCents(), qint64(1234));
    QCOMPARE(tables.first().lastActivityAt, QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
    if (wire != QLatin1String("whatever"))
        QCOMPARE(TablesModel::toWire(TablesModel::State(state)), wire);
}

void TestTablesModel::groupsByAreaWithRowOperations()
{
    StaffApi api;
    TablesModel model(&api, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto table = [](int n, const QString &area, qint64 cents = 0) {
        TablesModel::Table t;
        t.tableNumber = n;
        t.area = area;
        t.total = Money::fromEuroCents(cents);
        t.state = cents > 0 ? TablesModel::State::Open : TablesModel::State::Free;
        return t;
    };
    model.setTables({table(3, QStringLiteral("Тераса")), table(1, QStringLiteral("Вътре")),
                     table(2, QStringLiteral("Тераса")), table(4, QStringLiteral("Вътре"))});
    QCOMPARE(model.areas(), (QStringList {QStringLiteral("Вътре"), QStringLiteral("Тераса")}));
    QList<int> order;
    for (const auto &t : model.tables())
        order << t.tableNumber;
    QCOMPARE(order, (QList<int> {1, 4, 2, 3}));

    // A total changes: one dataChanged, no reset, no moves.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTables({table(3, QStringLiteral("Тераса")), table(1, QStringLiteral("Вътре"), 990),
                     table(2, QStringLiteral("Тераса")), table(4, QStringLiteral("Вътре"))});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.data(model.index(0), TablesModel::TotalEurCentsRole).toLongLong(), qint64(990));

    // A table moves to another area, one goes, one comes: row operations keep the tester happy.
    model.setTables({table(1, QStringLiteral("Тераса")), table(2, QStringLiteral("Тераса")),
                     table(4, QStringLiteral("Вътре")), table(7, QString())});
    order.clear();
    for (const auto &t : model.tables())
        order << t.tableNumber;
    QCOMPARE(order, (QList<int> {1, 2, 4, 7}));
    QCOMPARE(model.areas(),
             (QStringList {QStringLiteral("Тераса"), QStringLiteral("Вътре"), QString()}));
    QCOMPARE(reset.size(), 0);
}

void TestTablesModel::followsOrdersCallsAndPayments()
{
    m_model = std::make_unique<TablesModel>(m_client->session().api(), m_client->session().sync());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(m_model.get(), &TablesModel::refreshed);
    m_model->refresh();
    QVERIFY(refreshed.wait(10'000));
    QVERIFY(m_model->rowCount() > 0);
    QCOMPARE(stateOf(3), TablesModel::State::Free);

    // A guest orders: table 3 has an open tab with the order's total.
    const QJsonObject order = m_server.guest().createOrder(3, 2);
    QVERIFY(!order.isEmpty());
    const qint64 total = order.value(QStringLiteral("totalEurCents")).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(3), TablesModel::State::Open, 10'000);
    QCOMPARE(m_model->table(3)->total.euroCents(), total);
    QVERIFY(m_model->table(3)->lastActivityAt.isValid());

    // The guest asks to pay by card: bill requested.
    const QJsonObject call = m_server.guest().createCall(3, QStringLiteral("payment_card"));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(3), TablesModel::State::BillRequested, 10'000);
    QCOMPARE(call.value(QStringLiteral("tab"))
                 .toObject()
                 .value(QStringLiteral("totalEurCents"))
                 .toInteger(),
             total);

    // Paid and the call done: paid recently, nothing left to pay.
    int status = 0;
    m_server.http().json("POST", QStringLiteral("/api/tables/3/payments"),
                         {{QStringLiteral("method"), QStringLiteral("card")}}, m_token, &status);
    QCOMPARE(status, 201);
    m_server.http().request("PATCH",
                            QStringLiteral("/api/waiter-call/%1/complete")
                                .arg(call.value(QStringLiteral("id")).toString()),
                            "{}", m_token, {{"Content-Type", "application/json"}});
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(3), TablesModel::State::Paid, 10'000);
    QCOMPARE(m_model->table(3)->total.euroCents(), qint64(0));
}

void TestTablesModel::convergesAfterDisconnect()
{
    QVERIFY(m_model);
    // The dashboard is off the link while a table orders; once back, the catch-up's events (or
    // the snapshot) bring the tables view up to date without anyone touching it.
    m_client->session().stop();
    const QJsonObject order = m_server.guest().createOrder(6, 1);
    QVERIFY(!order.isEmpty());
    QTest::qWait(300);
    QCOMPARE(stateOf(6), TablesModel::State::Free);
    m_client->session().start();
    QVERIFY(m_client->waitLive());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(6), TablesModel::State::Open, 10'000);
    QCOMPARE(m_model->table(6)->total.euroCents(),
             order.value(QStringLiteral("totalEurCents")).toInteger());

    // A full resync (snapshot) refetches too.
    QSignalSpy refreshed(m_model.get(), &TablesModel::refreshed);
    m_client->session().sync()->resync();
    QVERIFY(refreshed.wait(10'000));
}

QTEST_MAIN(TestTablesModel)
#include "tst_tablesmodel.moc"
