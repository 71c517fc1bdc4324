// Not a test: saves docs/screenshots/dashboard-devices-{bg,en}.png (issue 18) against a real
// tableside-server — four devices (one offline, one muted, a kitchen screen), calls taken at
// different speeds for the response figures, tables given to waiters; the manager's Devices page.
// Usage: shot_devicespage LANG FILE   (docs/screenshots/take-service-screenshots.sh runs it)
#include "dashboardclient.h"
#include "dashboardsession.h"
#include "dashboardsettings.h"
#include "devicelistmodel.h"
#include "devicespage.h"
#include "heartbeatsender.h"
#include "httpclient.h"
#include "languageswitcher.h"
#include "serverprocess.h"
#include "staffapi.h"
#include "theme.h"

#include <QApplication>
#include <QJsonArray>
#include <QSettings>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString lang = QString::fromLocal8Bit(argv[1]);
    const bool bg = lang == QLatin1String("bg");
    LanguageSwitcher language;
    language.setLanguage(bg ? Language::Bulgarian : Language::English);
    ThemeManager::apply(Theme::Light);

    ServerProcess server;
    const QStringList names = bg ? QStringList {"Мария", "Иван", "Петър", "Елена"}
                                 : QStringList {"Maria", "Ivan", "Peter", "Elena"};
    server.addStaff(names[0], "111111");
    server.addStaff(names[1], "222222");
    server.addStaff(names[2], "333333", "kitchen");
    server.addStaff(names[3], "999999", "manager");
    server.setConfig("devices/offlineAfterSeconds", 2);
    server.disableGuestLimits();
    if (!server.start())
        return 1;

    const QStringList deviceNames = bg
        ? QStringList {"Бар таблет", "Тераса", "Кухня грил", "Управител"}
        : QStringList {"Bar tablet", "Terrace", "Kitchen grill", "Manager"};
    const QStringList pins {"111111", "222222", "333333", "999999"};
    std::vector<std::unique_ptr<DashboardClient>> clients;
    for (int i = 0; i < 4; ++i) {
        auto client = std::make_unique<DashboardClient>();
        QSettings(client->settings().filePath(), QSettings::IniFormat)
            .setValue("device/name", deviceNames[i]);
        client->session().heartbeat()->setAudioProbe([] { return true; }); // Xvfb has none
        if (i == 1)
            client->settings().setMuted(true);
        if (i == 2)
            client->settings().setKitchenMode(true);
        if (!client->signIn(server.url(), pins[i]))
            return 1;
        clients.push_back(std::move(client));
    }
    // Calls taken after 12, 25, 40 and 70 seconds (their times written by a clock we cannot
    // move here: the figures show what the server measured, a few seconds each).
    for (int table : {3, 5, 8}) {
        const QJsonObject call = server.http().json("POST", "/api/waiter-call",
                                                    {{"tableNumber", table}, {"callType", "help"}});
        QTest::qWait(400 * table);
        const QString id = call.value("call").toObject().value("id").toString();
        clients[size_t(table % 2)]->session().api()->setCallStatus(id, CallStatus::Acknowledged,
                                                                   [](const ApiResult &) {});
    }
    QTest::qWait(500);
    const QString token = clients[3]->session().api()->token();
    QJsonArray staff
        = server.http().json("GET", "/api/assignments", {}, token).value("staff").toArray();
    QJsonArray assignments;
    for (const QJsonValue &member : staff) {
        const QString name = member.toObject().value("name").toString();
        const qint64 id = member.toObject().value("id").toInteger();
        if (name == names[0])
            for (int table : {1, 2, 3, 4})
                assignments.append(QJsonObject {{"tableNumber", table}, {"staffId", id}});
        if (name == names[1])
            for (int table : {5, 6, 7})
                assignments.append(QJsonObject {{"tableNumber", table}, {"staffId", id}});
    }
    server.http().json("PUT", "/api/assignments", {{"assignments", assignments}}, token);
    // The terrace tablet goes quiet (its heartbeat stops): offline after 2 s.
    clients[0]->session().heartbeat()->stop();
    QTest::qWait(3'500);

    DevicesPage page(&clients[3]->session());
    page.resize(1100, 860);
    page.show();
    if (!QTest::qWaitFor([&] { return page.model()->rowCount() == 4; }, 10'000))
        qWarning("shot_devicespage: the page shows %d devices, not 4", page.model()->rowCount());
    QTest::qWait(1'500);
    return page.grab().save(QString::fromLocal8Bit(argv[2])) ? 0 : 1;
}
