#include "dashboardclient.h"

#include "calllistmodel.h"
#include "orderlistmodel.h"
#include "pusherclient.h"
#include "serverprocess.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QMap>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

DashboardClient::DashboardClient()
    : m_settings(
        std::make_unique<DashboardSettings>(m_dir.filePath(QStringLiteral("dashboard.ini"))))
    , m_session(std::make_unique<DashboardSession>(m_settings.get()))
{ }

DashboardClient::~DashboardClient()
{
    m_session->stop();
}

bool DashboardClient::signIn(const QUrl &server, const QString &pin, int timeoutMs)
{
    m_settings->setServerUrl(server);
    bool answered = false;
    bool ok = false;
    m_session->loginWithPin(pin, [&](const ApiResult &result) {
        answered = true;
        ok = result.isSuccess();
    });
    if (!QTest::qWaitFor([&] { return answered; }, timeoutMs) || !ok)
        return false;
    return waitLive(timeoutMs);
}

bool DashboardClient::waitLive(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            return m_session->pusher()->state() == ConnectionState::Subscribed
                && m_session->sync()->isLive();
        },
        timeoutMs);
}

QString DashboardClient::differenceFrom(ServerProcess &server)
{
    const QJsonObject state
        = server.http().json("GET", QStringLiteral("/api/staff/state"), {}, m_settings->token());
    QMap<QString, QString> expected;
    QMap<QString, QString> shown;
    for (const QJsonValue &v : state.value(QStringLiteral("orders")).toArray())
        expected.insert(QStringLiteral("order ") + v[QStringLiteral("id")].toString(),
                        v[QStringLiteral("status")].toString());
    for (const QJsonValue &v : state.value(QStringLiteral("calls")).toArray())
        expected.insert(QStringLiteral("call ") + v[QStringLiteral("id")].toString(),
                        v[QStringLiteral("status")].toString() + QLatin1Char('/')
                            + v[QStringLiteral("acknowledgedBy")].toString());
    for (const Order &o : m_session->orders()->orders())
        shown.insert(QStringLiteral("order ") + o.id, toWireString(o.status));
    for (const WaiterCall &c : m_session->calls()->calls())
        shown.insert(QStringLiteral("call ") + c.id,
                     toWireString(c.status) + QLatin1Char('/') + c.acknowledgedBy);
    if (expected == shown)
        return {};
    QStringList diff;
    for (auto it = expected.begin(); it != expected.end(); ++it)
        if (shown.value(it.key()) != it.value())
            diff << QStringLiteral("%1: server %2, shown %3")
                        .arg(it.key(), it.value(), shown.value(it.key(), QStringLiteral("-")));
    for (auto it = shown.begin(); it != shown.end(); ++it)
        if (!expected.contains(it.key()))
            diff << QStringLiteral("%1: not on the server").arg(it.key());
    return diff.join(QStringLiteral("; "));
}
