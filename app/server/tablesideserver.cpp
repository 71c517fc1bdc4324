#include "tablesideserver.h"

#include "apirouter.h"
#include "callscontroller.h"
#include "eventscontroller.h"
#include "guardedtcpserver.h"
#include "guestroutes.h"
#include "healthcontroller.h"
#include "kitchencontroller.h"
#include "logging.h"
#include "loginthrottle.h"
#include "menucontroller.h"
#include "metrics.h"
#include "orderscontroller.h"
#include "realtimeserver.h"
#include "staffcontroller.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

namespace tableside::server {

namespace {
constexpr int PruneIntervalMs = 60 * 60 * 1000;
// How soon the command line's staff changes (another process) close their sockets.
constexpr int StaffWatchIntervalMs = 250;
}

class TablesideServer::Private
{
public:
    explicit Private(ServerSettings s)
        : settings(std::move(s))
        , store(Store::Options {settings.businessDayStartHour, settings.eventRetentionHours,
                                settings.recallWindowSeconds,
                                [] { return QDateTime::currentDateTimeUtc(); }})
        , guestLimits(settings)
        , logins(store,
                 {settings.loginMaxAttempts, settings.loginGlobalMaxAttempts,
                  settings.loginLockoutMinutes * 60})
        , router(store, metrics)
    { }

    ServerSettings settings;
    Store store;
    Metrics metrics;
    GuestLimits guestLimits; // every guest route's limits: pages, QR links, writes
    LoginThrottle logins;
    ApiRouter router;
    QHttpServer http;
    GuardedTcpServer *tcp = nullptr; // owned by http after bind()
    std::unique_ptr<MenuController> menu;
    std::unique_ptr<OrdersController> orders;
    std::unique_ptr<CallsController> calls;
    std::unique_ptr<StaffController> staff;
    std::unique_ptr<EventsController> events;
    std::unique_ptr<HealthController> health;
    std::unique_ptr<KitchenController> kitchen;
    std::unique_ptr<RealtimeServer> realtime;
    std::unique_ptr<GuestRoutes> guest;
    QTimer pruneTimer;
    bool opened = false;
    QString error;
};

TablesideServer::TablesideServer(ServerSettings settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(settings)))
{ }

TablesideServer::~TablesideServer()
{
    // Answer what is already staged before the sockets go.
    if (d->opened)
        d->store.flush();
}

bool TablesideServer::open(QString *error, QString *firstStaffName, QString *firstStaffPin)
{
    if (d->opened)
        return true;
    Store::OpenInfo info;
    QString openError;
    if (!d->store.open(d->settings.effectiveDataDir(), &info, &openError)) {
        d->error = tr("Cannot open the database in %1: %2")
                       .arg(d->settings.effectiveDataDir(), openError);
        if (error)
            *error = d->error;
        return false;
    }
    if (firstStaffName)
        *firstStaffName = info.firstStaffName;
    if (firstStaffPin)
        *firstStaffPin = info.firstStaffPin;

    const Store::AppCredentials credentials = d->store.appCredentials();
    d->settings.realtime.appId = credentials.appId;
    d->settings.realtime.key = credentials.key;
    d->settings.realtime.secret = credentials.secret;

    ApiContext context {d->store, d->settings, d->metrics, d->guestLimits, d->logins};
    d->menu = std::make_unique<MenuController>(context);
    d->orders = std::make_unique<OrdersController>(context);
    d->calls = std::make_unique<CallsController>(context);
    d->staff = std::make_unique<StaffController>(context);
    d->events = std::make_unique<EventsController>(context);
    d->health = std::make_unique<HealthController>(context);
    d->kitchen = std::make_unique<KitchenController>(context);
    d->menu->registerRoutes(d->router);
    d->orders->registerRoutes(d->router);
    d->calls->registerRoutes(d->router);
    d->staff->registerRoutes(d->router);
    d->events->registerRoutes(d->router);
    d->health->registerRoutes(d->router);
    d->kitchen->registerRoutes(d->router);

    Store *store = &d->store;
    d->realtime
        = std::make_unique<RealtimeServer>(d->settings.realtime, [store](const QString &token) {
              return store->staffForToken(token);
          });
    d->realtime->attach(d->http);
    connect(&d->store, &Store::eventCommitted, d->realtime.get(),
            &RealtimeServer::publishStaffEvent);
    // Removed or reset staff (here or by the command line): their sockets close at once.
    connect(&d->store, &Store::staffSessionsEnded, d->realtime.get(),
            &RealtimeServer::endStaffSessions);
    d->store.watchStaffChanges(StaffWatchIntervalMs);
    d->guest = std::make_unique<GuestRoutes>(d->store, d->guestLimits);
    d->guest->attach(d->http);
    // Last: everything the routes above do not take comes to the REST API's router.
    d->router.attach(d->http);

    d->metrics.addSource([store, this] {
        const Store::CommitStats stats = store->commitStats();
        QByteArray out = "# HELP tableside_db_commit_duration_seconds Time to commit one batch "
                         "(fsync included).\n"
                         "# TYPE tableside_db_commit_duration_seconds histogram\n";
        const QList<double> bounds = Store::commitBucketBounds();
        for (int i = 0; i < bounds.size(); ++i)
            out += "tableside_db_commit_duration_seconds_bucket{le=\""
                + QByteArray::number(bounds.at(i), 'g', 10) + "\"} "
                + QByteArray::number(stats.commitBuckets.value(i)) + '\n';
        out += "tableside_db_commit_duration_seconds_bucket{le=\"+Inf\"} "
            + QByteArray::number(stats.commits) + '\n';
        out += "tableside_db_commit_duration_seconds_sum "
            + QByteArray::number(stats.commitSecondsTotal, 'g', 10) + '\n';
        out += "tableside_db_commit_duration_seconds_count " + QByteArray::number(stats.commits)
            + '\n';
        out += "# HELP tableside_db_failed_commits_total Batches that failed to commit.\n"
               "# TYPE tableside_db_failed_commits_total counter\n"
               "tableside_db_failed_commits_total "
            + QByteArray::number(stats.failedCommits) + '\n';
        out += "# HELP tableside_db_writes_total Writes committed (requests that changed "
               "something).\n# TYPE tableside_db_writes_total counter\n"
               "tableside_db_writes_total "
            + QByteArray::number(stats.writes) + '\n';
        out += "# HELP tableside_event_seq Latest committed seq of the staff channel.\n"
               "# TYPE tableside_event_seq gauge\ntableside_event_seq "
            + QByteArray::number(store->latestSeq()) + '\n';
        out += "# HELP tableside_http_connections Open HTTP connections.\n"
               "# TYPE tableside_http_connections gauge\ntableside_http_connections "
            + QByteArray::number(d->tcp ? d->tcp->connectionCount() : 0) + '\n';
        out += "# HELP tableside_realtime_connections Open realtime (WebSocket) connections.\n"
               "# TYPE tableside_realtime_connections gauge\ntableside_realtime_connections "
            + QByteArray::number(d->realtime ? d->realtime->connectionCount() : 0) + '\n';
        return out;
    });

    d->pruneTimer.setInterval(PruneIntervalMs);
    connect(&d->pruneTimer, &QTimer::timeout, this, [this] { d->store.prune(); });
    d->pruneTimer.start();
    d->opened = true;
    return true;
}

bool TablesideServer::listen(const QHostAddress &address, quint16 port)
{
    if (!open(&d->error))
        return false;
    ConnectionGuard::Limits limits {d->settings.maxBodyBytes, d->settings.maxHeaderBytes,
                                    d->settings.idleTimeoutSeconds};
    auto tcp = std::make_unique<GuardedTcpServer>(limits, d->settings.maxConnections);
    if (d->settings.tlsEnabled()) {
        QFile certificateFile(d->settings.tlsCertificateFile);
        QFile keyFile(d->settings.tlsPrivateKeyFile);
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            d->error = tr("Cannot read the TLS certificate or key.");
            return false;
        }
        QSslCertificate certificate(&certificateFile, QSsl::Pem);
        QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyFile.seek(0) ? keyFile.readAll() : QByteArray(), QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            d->error = tr("The TLS certificate or key is not valid PEM.");
            return false;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        tcp->setTlsConfiguration(configuration);
    }
    if (!tcp->listen(address, port)) {
        d->error = tr("Cannot listen on %1:%2: %3")
                       .arg(address.toString())
                       .arg(port)
                       .arg(tcp->errorString());
        return false;
    }
    d->tcp = tcp.release();
    connect(d->tcp, &GuardedTcpServer::rejected, this,
            [this](int status) { d->metrics.guardRejected(status); });
    d->http.bind(d->tcp);
    d->tcp->hookGuardsAfterHttpServer();
    qCInfo(lcHttp) << "listening on" << address.toString() << d->tcp->serverPort();
    return true;
}

quint16 TablesideServer::port() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}

QString TablesideServer::errorString() const
{
    return d->error;
}

Store &TablesideServer::store()
{
    return d->store;
}

Metrics &TablesideServer::metrics()
{
    return d->metrics;
}

RealtimeServer *TablesideServer::realtime()
{
    return d->realtime.get();
}

const ServerSettings &TablesideServer::settings() const
{
    return d->settings;
}

} // namespace tableside::server
