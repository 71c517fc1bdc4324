// The deployment recipe of docs/scale-out.md, run (issue 21): the HAProxy configuration printed
// in the document — read from it, only its addresses and ports replaced by this machine's — in
// front of two real tableside-server instances on one PostgreSQL database. Guests order through
// the balancer's one address and a dashboard signs in through it; one instance is killed with
// SIGKILL — the one holding the dashboard's WebSocket: the /healthz checks take it out of the
// rotation, the guests' orders through the same address go on being accepted, the dashboard
// reconnects through the address and converges, and every acknowledged order is stored. So the
// document cannot drift from what works.
#include "dashboardclient.h"
#include "orderbody.h"
#include "serverprocess.h"
#include "syncengine.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {

constexpr int Timeout = 30'000;
const QString ManagerPin = QStringLiteral("4321");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// The open WebSockets of @p server (its /metrics, read from this machine).
int realtimeConnections(ServerProcess &server)
{
    static const QRegularExpression line(QStringLiteral("^tableside_realtime_connections (\\d+)"),
                                         QRegularExpression::MultilineOption);
    const QByteArray text = server.http().request("GET", QStringLiteral("/metrics")).body;
    return line.match(QString::fromUtf8(text)).captured(1).toInt();
}

/// The haproxy.cfg block of docs/scale-out.md ("frontend guests" in it), empty when missing.
QString documentedConfig()
{
    QFile doc(QStringLiteral(TABLESIDE_SOURCE_DIR "/docs/scale-out.md"));
    if (!doc.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(doc.readAll());
    static const QRegularExpression block(QStringLiteral("```\\n(defaults\\n.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = block.match(text);
    return match.hasMatch() && match.captured(1).contains(QLatin1String("frontend guests"))
        ? match.captured(1)
        : QString();
}

} // namespace

class TestScaleOutRecipe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ordersAndADashboardThroughTheBalancerSurviveAnInstance();

private:
    /// Replaces the document's example addresses with 127.0.0.1 and this test's ports; empty
    /// (and @p why) when the document no longer has the lines the recipe describes.
    static QString localConfig(QString config, quint16 guests, quint16 staff, quint16 app1,
                               quint16 app2, QString *why);

    QString m_haproxy;
};

void TestScaleOutRecipe::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("tableside.dashboard.*.info=false"));
    if (!TestDatabase::isPostgres())
        QSKIP("the recipe runs on PostgreSQL (TABLESIDE_TEST_DATABASE=postgres)");
    m_haproxy = QStandardPaths::findExecutable(
        QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (m_haproxy.isEmpty()) {
        std::fprintf(stderr,
                     "HAPROXY NOT INSTALLED: the scale-out recipe test is SKIPPED "
                     "(./setup.sh test installs Debian's haproxy)\n");
        QSKIP("haproxy is not installed");
    }
}

QString TestScaleOutRecipe::localConfig(QString config, quint16 guests, quint16 staff, quint16 app1,
                                        quint16 app2, QString *why)
{
    // Every line the recipe relies on must still be there, or the document changed shape.
    const QList<std::pair<QString, QString>> replacements {
        {QStringLiteral("bind :8080"), QStringLiteral("bind 127.0.0.1:%1").arg(guests)},
        {QStringLiteral("bind :8443"), QStringLiteral("bind 127.0.0.1:%1").arg(staff)},
        // tls/mode=off here: each instance serves staff and guests on one port.
        {QStringLiteral("10.0.0.21:8443 check port 8080"),
         QStringLiteral("127.0.0.1:%1 check port %1").arg(app1)},
        {QStringLiteral("10.0.0.22:8443 check port 8080"),
         QStringLiteral("127.0.0.1:%1 check port %1").arg(app2)},
        {QStringLiteral("10.0.0.21:8080"), QStringLiteral("127.0.0.1:%1").arg(app1)},
        {QStringLiteral("10.0.0.22:8080"), QStringLiteral("127.0.0.1:%1").arg(app2)},
    };
    for (const auto &[from, to] : replacements) {
        if (!config.contains(from)) {
            *why = QStringLiteral("docs/scale-out.md's HAProxy configuration has no \"%1\"")
                       .arg(from);
            return {};
        }
        config.replace(from, to);
    }
    return config;
}

void TestScaleOutRecipe::ordersAndADashboardThroughTheBalancerSurviveAnInstance()
{
    // Two instances on one database, as the recipe's app1 and app2.
    ServerProcess app1;
    ServerProcess app2;
    const QString url = TestDatabase::urlFor(app1.dataDir());
    app2.setConfig(QStringLiteral("database/url"), url);
    for (ServerProcess *server : {&app1, &app2})
        server->disableGuestLimits();
    QVERIFY2(app1.addStaff(QStringLiteral("Mira"), ManagerPin, QStringLiteral("manager")),
             qPrintable(app1.output()));
    QVERIFY2(app1.start(), qPrintable(app1.output()));
    QVERIFY2(app2.start(), qPrintable(app2.output()));

    // The balancer, configured as the document says.
    const QString documented = documentedConfig();
    QVERIFY2(!documented.isEmpty(), "no HAProxy configuration block in docs/scale-out.md");
    const quint16 guestsPort = freePort();
    const quint16 staffPort = freePort();
    QString why;
    const QString config
        = localConfig(documented, guestsPort, staffPort, app1.port(), app2.port(), &why);
    QVERIFY2(!config.isEmpty(), qPrintable(why));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("haproxy.cfg")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config.toUtf8());
    file.close();
    QProcess check;
    check.start(m_haproxy, {QStringLiteral("-c"), QStringLiteral("-f"), file.fileName()});
    QVERIFY(check.waitForFinished(Timeout));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    QProcess haproxy;
    haproxy.setProcessChannelMode(QProcess::MergedChannels);
    // -db: in the foreground, stopped with the test.
    haproxy.start(m_haproxy, {QStringLiteral("-db"), QStringLiteral("-f"), file.fileName()});
    QVERIFY(haproxy.waitForStarted(Timeout));
    const auto stopBalancer = qScopeGuard([&] {
        haproxy.kill();
        haproxy.waitForFinished(5000);
    });

    QNetworkAccessManager network;
    const auto get = [&](quint16 port, const QString &path) {
        QNetworkReply *reply = network.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path))));
        const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, Timeout);
        Q_UNUSED(finished) // an unfinished reply reads as status 0: not accepted
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    QVERIFY2(QTest::qWaitFor([&] { return get(guestsPort, QStringLiteral("/healthz")) == 200; },
                             Timeout),
             haproxy.readAll().constData());

    // A dashboard through the staff address; guests through the guests' address.
    DashboardClient dashboard;
    qint64 snapshotSeq = -1;
    QList<qint64> seqs;
    QSet<QString> shownOrders;
    SyncEngine *sync = nullptr;
    QVERIFY(
        dashboard.signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(staffPort)), ManagerPin));
    sync = dashboard.session().sync();
    snapshotSeq = sync->lastSeq();
    QObject::connect(sync, &SyncEngine::snapshotApplied, sync, [&](qint64 seq) {
        snapshotSeq = seq;
        seqs.clear();
    });
    QObject::connect(sync, &SyncEngine::eventApplied, sync, [&](const StaffEvent &event, Via) {
        seqs.append(event.seq());
        if (event.type() == StaffEventType::NewOrder)
            shownOrders.insert(event.subjectId());
    });

    QSet<QString> acknowledged;
    int sent = 0;
    int refused = 0;
    const auto order = [&] {
        ++sent;
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/orders/create").arg(guestsPort)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        // A new connection each time, as separate phones: the balancer spreads them.
        request.setRawHeader("Connection", "close");
        QNetworkReply *reply = network.post(
            request, QJsonDocument(orderBody(1 + sent % 20, {{1, 1}, {10, 1}})).toJson());
        const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, Timeout);
        Q_UNUSED(finished) // an unfinished reply reads as status 0: not accepted
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
            acknowledged.insert(QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QLatin1String("order"))
                                    .toObject()
                                    .value(QLatin1String("id"))
                                    .toString());
        else
            ++refused;
    };
    for (int i = 0; i < 20; ++i)
        order();
    QCOMPARE(acknowledged.size(), 20);

    // The instance holding the dashboard's WebSocket dies (with the source-address balancing of
    // the recipe, this machine's requests all went to it). The balancer's checks take it out,
    // and the same addresses keep taking orders and carry the dashboard to the other.
    const bool onApp1 = realtimeConnections(app1) > 0;
    QVERIFY(onApp1 != (realtimeConnections(app2) > 0));
    ServerProcess &holder = onApp1 ? app1 : app2;
    ServerProcess &survivor = onApp1 ? app2 : app1;
    holder.process().kill();
    QVERIFY(holder.process().waitForFinished(5000));
    const int acknowledgedBefore = int(acknowledged.size());
    for (int i = 0; i < 40; ++i)
        order();
    // redispatch retries a connection refused by the dead instance on the other one, so no
    // guest sees an error.
    QCOMPARE(refused, 0);
    QCOMPARE(int(acknowledged.size()), acknowledgedBefore + 40);

    // The dashboard converges through the same address on the survivor.
    const QString token = survivor.http().login(ManagerPin);
    QVERIFY(!token.isEmpty());
    QSet<QString> stored;
    for (const QJsonValue &value : survivor.http()
                                       .json("GET", QStringLiteral("/api/orders/all"), {}, token)
                                       .value(QLatin1String("orders"))
                                       .toArray())
        stored.insert(value.toObject().value(QLatin1String("id")).toString());
    QVERIFY(stored.contains(acknowledged));
    const qint64 lastSeq
        = survivor.http()
              .json("GET", QStringLiteral("/api/events?after=0&limit=1"), {}, token)
              .value(QLatin1String("seq"))
              .toInteger();
    QVERIFY2(
        QTest::qWaitFor([&] { return sync->lastSeq() >= lastSeq && sync->isLive(); }, Timeout),
        qPrintable(QStringLiteral("dashboard at seq %1 of %2").arg(sync->lastSeq()).arg(lastSeq)));
    for (int i = 1; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), seqs.at(i - 1) + 1);
    QVERIFY(seqs.isEmpty() || seqs.first() == snapshotSeq + 1);
    QVERIFY(dashboard.differenceFrom(survivor).isEmpty());
    qInfo().noquote() << QStringLiteral(
                             "SCALE-OUT RECIPE: haproxy from docs/scale-out.md in front of two "
                             "instances; %1 orders through it, %2 acknowledged (%3 after the kill "
                             "of the instance holding the dashboard), %4 refused; dashboard at "
                             "seq %5 with %6 orders shown, %7 WebSocket(s) now on the survivor")
                             .arg(sent)
                             .arg(acknowledged.size())
                             .arg(acknowledged.size() - acknowledgedBefore)
                             .arg(refused)
                             .arg(sync->lastSeq())
                             .arg(shownOrders.size())
                             .arg(realtimeConnections(survivor));
}

QTEST_MAIN(TestScaleOutRecipe)
#include "tst_scaleoutrecipe.moc"
