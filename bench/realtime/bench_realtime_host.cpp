// A QHttpServer with only the RealtimeServer attached, for measuring the realtime path alone
// (and while the full tableside-server is not at hand). Usage:
//   bench_realtime_host PORT APP_ID KEY SECRET [public]
// Prints "ready <port> <pid>" when listening.
#include "realtimeserver.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QTextStream>

#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        QTextStream(stderr) << "usage: bench_realtime_host PORT APP_ID KEY SECRET [public]\n";
        return 2;
    }
    tableside::server::RealtimeSettings settings;
    settings.appId = args.at(2);
    settings.key = args.at(3);
    settings.secret = args.at(4);
    if (args.value(5) == QLatin1String("public"))
        settings.staffChannel = QStringLiteral("staff-channel");
    settings.maxConnections = 100000;
    settings.maxConnectionsPerAddress = 100000;
    tableside::server::RealtimeServer realtime(
        settings, [](const QString &) { return std::optional<tableside::StaffMember>(); });
    QHttpServer http;
    realtime.attach(http);
    const quint16 port = http.listen(QHostAddress::LocalHost, quint16(args.at(1).toUInt()));
    if (port == 0)
        return 1;
    QTextStream(stdout) << "ready " << port << ' ' << ::getpid() << Qt::endl;
    return app.exec();
}
