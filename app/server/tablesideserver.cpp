#include "tablesideserver.h"

#include "apirouter.h"
#include "backupscheduler.h"
#include "adminservicecontroller.h"
#include "adminstaffcontroller.h"
#include "admintablescontroller.h"
#include "billcontroller.h"
#include "callscontroller.h"
#include "qrcardsroute.h"
#include "eventscontroller.h"
#include "guardedtcpserver.h"
#include "guestbillcontroller.h"
#include "guestroutes.h"
#include "healthcontroller.h"
#include "kitchencontroller.h"
#include "logging.h"
#include "loginthrottle.h"
#include "menucontroller.h"
#include "adminmenucontroller.h"
#include "photoencoder.h"
#include "metrics.h"
#include "orderscontroller.h"
#include "printerscontroller.h"
#include "printermetrics.h"
#include "printspooler.h"
#include "realtimeserver.h"
#include "endofdayreport.h"
#include "reportscontroller.h"
#include "servicehealth.h"
#include "staffcertificate.h"
#include "staffcontroller.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

namespace tableside::server {

namespace {
constexpr int PruneIntervalMs = 60 * 60 * 1000;
// How soon the command line's staff changes (another process) close their sockets.
constexpr int StaffWatchIntervalMs = 250;

// The staff side outside the REST router: sign-in, the realtime WebSocket, channel auth, the
// Pusher HTTP API and the metrics.
bool isStaffPath(const QString &path)
{
    return path == u"/api/staff/login" || path == u"/metrics" || path.startsWith(u"/app/")
        || path.startsWith(u"/pusher/") || path.startsWith(u"/apps/");
}
} // namespace

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
    QHttpServer http; // every route (the staff port, or the one port with tls/mode=off)
    GuardedTcpServer *tcp = nullptr; // the plain (or only) port; owned by its HTTP server
    // The guests' plain port when the staff side has its own TLS port: guest routes, and the
    // router for every request that is not staff.
    std::unique_ptr<QHttpServer> guestHttp;
    GuardedTcpServer *staffTcp = nullptr; // owned by http
    StaffCertificate staffCertificate;
    std::unique_ptr<MenuController> menu;
    std::unique_ptr<AdminMenuController> adminMenu;
    std::unique_ptr<OrdersController> orders;
    std::unique_ptr<CallsController> calls;
    std::unique_ptr<StaffController> staff;
    std::unique_ptr<EventsController> events;
    std::unique_ptr<HealthController> health;
    std::unique_ptr<KitchenController> kitchen;
    std::unique_ptr<BillController> bill; // the bill: tables view, tabs, payments (issue 15)
    // The manager's console (issue 16).
    std::unique_ptr<AdminStaffController> adminStaff;
    std::unique_ptr<AdminTablesController> adminTables;
    std::unique_ptr<AdminServiceController> adminService;
    std::unique_ptr<QrCardsRoute> qrCards;
    std::unique_ptr<GuestBillController> guestBill;
    std::unique_ptr<PrintSpooler> printing; // ticket and bill printers (docs/printing.md)
    std::unique_ptr<PrintersController> printers;
    std::unique_ptr<ReportsController> reports;
    std::unique_ptr<EndOfDayReport> endOfDay;
    std::unique_ptr<RealtimeServer> realtime;
    std::unique_ptr<GuestRoutes> guest;
    std::unique_ptr<ServiceHealth> service; // devices, escalation, table assignment
    // Held while the server runs: `restore` refuses to replace the database under it.
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<BackupScheduler> backups;
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
    const QString dataDir = d->settings.effectiveDataDir();
    QDir().mkpath(dataDir);
    d->lock = std::make_unique<QLockFile>(
        QDir(dataDir).filePath(QStringLiteral("tableside-server.lock")));
    // Never stale while this process lives (a killed server's lock is taken over at once).
    d->lock->setStaleLockTime(0);
    if (!d->lock->tryLock(0)) {
        d->lock.reset();
        d->error = tr("Another Tableside Server is already running on %1.").arg(dataDir);
        if (error)
            *error = d->error;
        return false;
    }
    Store::OpenInfo info;
    QString openError;
    if (!d->store.open(d->settings.effectiveDataDir(), d->settings.database, &info,
                       &openError)) {
        d->error = tr("Cannot open the database in %1: %2")
                       .arg(d->settings.database.isPostgres() ? d->settings.database.displayUrl()
                                                              : d->settings.effectiveDataDir(),
                            openError);
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
    d->adminMenu = std::make_unique<AdminMenuController>(context);
    d->orders = std::make_unique<OrdersController>(context);
    d->calls = std::make_unique<CallsController>(context);
    d->staff = std::make_unique<StaffController>(context);
    d->events = std::make_unique<EventsController>(context);
    d->health = std::make_unique<HealthController>(context);
    d->kitchen = std::make_unique<KitchenController>(context);
    d->bill = std::make_unique<BillController>(context);
    d->adminStaff = std::make_unique<AdminStaffController>(context);
    d->adminTables = std::make_unique<AdminTablesController>(context);
    d->adminService = std::make_unique<AdminServiceController>(context);
    d->qrCards = std::make_unique<QrCardsRoute>(context);
    d->guestBill = std::make_unique<GuestBillController>(context);
    d->menu->registerRoutes(d->router);
    d->adminMenu->registerRoutes(d->router);
    d->orders->registerRoutes(d->router);
    d->calls->registerRoutes(d->router);
    d->staff->registerRoutes(d->router);
    d->events->registerRoutes(d->router);
    d->health->registerRoutes(d->router);
    d->kitchen->registerRoutes(d->router);
    d->bill->registerRoutes(d->router);
    d->adminStaff->registerRoutes(d->router);
    d->adminTables->registerRoutes(d->router);
    d->adminService->registerRoutes(d->router);
    d->qrCards->registerRoutes(d->router);
    d->service = std::make_unique<ServiceHealth>(context, d->router, d->metrics);
    d->guestBill->registerRoutes(d->router);
    d->printing = std::make_unique<PrintSpooler>(d->store, d->settings.printers);
    d->printers = std::make_unique<PrintersController>(context, *d->printing);
    d->printers->registerRoutes(d->router);
    d->reports = std::make_unique<ReportsController>(context);
    d->reports->registerRoutes(d->router);

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
    d->printing->start(); // after the realtime link: printer-status reaches the screens
    d->metrics.addSource([this] { return PrinterMetrics::text(*d->printing); });
    d->guest = std::make_unique<GuestRoutes>(d->store, d->guestLimits);
    d->guest->attach(d->http);
    // Last: everything the routes above do not take comes to the REST API's router.
    d->router.attach(d->http);

    BackupScheduler::Options backupOptions;
    backupOptions.folder = d->settings.effectiveBackupFolder();
    backupOptions.keepDaily = d->settings.backupKeepDaily;
    backupOptions.keepWeekly = d->settings.backupKeepWeekly;
    backupOptions.businessDayStartHour = d->settings.businessDayStartHour;
    d->backups = std::make_unique<BackupScheduler>(d->store, backupOptions);
    if (d->settings.backupEnabled)
        d->backups->start();
    if (d->settings.reportsEndOfDay) {
        EndOfDayReport::Options reportOptions;
        reportOptions.binary = QCoreApplication::applicationFilePath();
        reportOptions.dataDir = d->settings.effectiveDataDir();
        reportOptions.database = d->settings.database;
        reportOptions.folder = d->settings.effectiveReportsFolder();
        reportOptions.language = d->settings.reportsLanguage;
        reportOptions.businessDayStartHour = d->settings.businessDayStartHour;
        d->endOfDay = std::make_unique<EndOfDayReport>(reportOptions);
        d->endOfDay->start();
    }

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
        if (store->isPostgres()) {
            out += "# HELP tableside_db_lock_wait_seconds_total Time batches waited for another "
                   "instance's batch (PostgreSQL).\n# TYPE tableside_db_lock_wait_seconds_total "
                   "counter\ntableside_db_lock_wait_seconds_total "
                + QByteArray::number(stats.lockWaitSecondsTotal, 'g', 10) + '\n';
            out += "# HELP tableside_events_from_other_instances_total Events committed by other "
                   "instances and broadcast here (PostgreSQL).\n# TYPE "
                   "tableside_events_from_other_instances_total counter\n"
                   "tableside_events_from_other_instances_total "
                + QByteArray::number(stats.eventsFromOtherInstances) + '\n';
        }
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
            + QByteArray::number((d->tcp ? d->tcp->connectionCount() : 0)
                                 + (d->staffTcp ? d->staffTcp->connectionCount() : 0))
            + '\n';
        out += "# HELP tableside_realtime_connections Open realtime (WebSocket) connections.\n"
               "# TYPE tableside_realtime_connections gauge\ntableside_realtime_connections "
            + QByteArray::number(d->realtime ? d->realtime->connectionCount() : 0) + '\n';
        const QDateTime lastBackup = d->backups->lastSuccess();
        out += "# HELP tableside_backup_last_success_age_seconds Age of the newest good backup "
               "(-1: none).\n# TYPE tableside_backup_last_success_age_seconds gauge\n"
               "tableside_backup_last_success_age_seconds "
            + QByteArray::number(
                   lastBackup.isValid() ? lastBackup.secsTo(QDateTime::currentDateTimeUtc()) : -1)
            + '\n';
        out += "# HELP tableside_backup_failures_total Backup attempts that failed.\n"
               "# TYPE tableside_backup_failures_total counter\ntableside_backup_failures_total "
            + QByteArray::number(d->backups->failures()) + '\n';
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
    std::optional<QSslConfiguration> tls;
    if (d->settings.tlsEnabled()) {
        // One port with the configured pair (tls/mode=off keeps that working as before).
        if (!d->staffCertificate.loadFiles(d->settings.tlsCertificateFile,
                                           d->settings.tlsPrivateKeyFile, &d->error))
            return false;
        tls = QSslConfiguration::defaultConfiguration();
        tls->setLocalCertificate(d->staffCertificate.certificate());
        tls->setPrivateKey(d->staffCertificate.privateKey());
    }
    d->tcp = listenOn(d->http, address, port, tls);
    if (!d->tcp)
        return false;
    qCInfo(lcHttp) << "listening on" << address.toString() << d->tcp->serverPort();
    return true;
}

GuardedTcpServer *TablesideServer::listenOn(QHttpServer &http, const QHostAddress &address,
                                            quint16 port,
                                            const std::optional<QSslConfiguration> &tls)
{
    ConnectionGuard::Limits limits {d->settings.maxBodyBytes, d->settings.maxHeaderBytes,
                                    d->settings.idleTimeoutSeconds};
    limits.maxUploadBytes = PhotoEncoder::MaxUploadBytes; // a product photo, managers only
    auto tcp = std::make_unique<GuardedTcpServer>(limits, d->settings.maxConnections);
    if (tls)
        tcp->setTlsConfiguration(*tls);
    if (!tcp->listen(address, port)) {
        d->error = tr("Cannot listen on %1:%2: %3")
                       .arg(address.toString())
                       .arg(port)
                       .arg(tcp->errorString());
        return nullptr;
    }
    GuardedTcpServer *listener = tcp.release();
    connect(listener, &GuardedTcpServer::rejected, this,
            [this](int status) { d->metrics.guardRejected(status); });
    http.bind(listener);
    listener->hookGuardsAfterHttpServer();
    return listener;
}

bool TablesideServer::listenGuestAndStaff(const QHostAddress &address, quint16 guestPort,
                                          quint16 staffPort)
{
    if (!open(&d->error))
        return false;
    if (!d->staffCertificate.load(d->settings.effectiveDataDir(), d->settings.tlsCertificateFile,
                                  d->settings.tlsPrivateKeyFile, &d->error))
        return false;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(d->staffCertificate.certificate());
    tls.setPrivateKey(d->staffCertificate.privateKey());
    d->staffTcp = listenOn(d->http, address, staffPort, tls);
    if (!d->staffTcp)
        return false;

    d->guestHttp = std::make_unique<QHttpServer>();
    d->guest->attach(*d->guestHttp);
    d->guestHttp->setMissingHandler([this](const QHttpServerRequest &request,
                                           QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        if (!isStaffPath(path) && !d->router.isStaffRoute(request)) {
            d->router.handle(request, std::move(responder));
            return;
        }
        // The https address as the client reached us: its Host header's name, our TLS port.
        // Only a plain host name or address is echoed back (never other text a client sent).
        QString host = QString::fromLatin1(request.value("host")).section(u',', 0, 0).trimmed();
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9.:\\[\\]-]{1,255}$"));
        if (!hostName.match(host).hasMatch())
            host.clear();
        const qsizetype colon = host.lastIndexOf(u':');
        if (colon > 0 && !host.mid(colon).contains(u']'))
            host.truncate(colon);
        if (host.isEmpty())
            host = QStringLiteral("localhost");
        const QString url = QStringLiteral("https://%1:%2").arg(host).arg(this->staffPort());
        ApiResponder(std::move(responder), {})
            .error(HttpError(HttpError::Code::TlsRequired,
                             tr("Staff sign-in and staff data are served over HTTPS only: "
                                "use %1")
                                 .arg(url),
                             {{QStringLiteral("url"), url}}));
    });
    d->tcp = listenOn(*d->guestHttp, address, guestPort, std::nullopt);
    if (!d->tcp)
        return false;
    qCInfo(lcHttp) << "listening on" << address.toString() << d->tcp->serverPort();
    qCInfo(lcHttp) << "staff side (TLS) on" << address.toString() << d->staffTcp->serverPort();
    return true;
}

quint16 TablesideServer::port() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}

quint16 TablesideServer::staffPort() const
{
    return d->staffTcp ? d->staffTcp->serverPort() : 0;
}

QString TablesideServer::staffFingerprint() const
{
    return d->staffTcp ? StaffCertificate::fingerprint(d->staffCertificate.certificate())
                       : QString();
}

bool TablesideServer::staffCertificateCreated() const
{
    return d->staffCertificate.created();
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

BackupScheduler *TablesideServer::backups()
{
    return d->backups.get();
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
