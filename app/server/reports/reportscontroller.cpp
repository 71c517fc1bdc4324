#include "reportscontroller.h"

#include "apirouter.h"
#include "logging.h"
#include "reportperiod.h"
#include "reportquery.h"
#include "reporttables.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

namespace tableside::server {

namespace {

class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

constexpr int PdfTimeoutMs = 120'000;

} // namespace

ReportsController::ReportsController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_binary(QCoreApplication::applicationFilePath())
{
    m_pool.setMaxThreadCount(1);
}

ReportsController::~ReportsController()
{
    m_pool.waitForDone();
}

void ReportsController::registerRoutes(ApiRouter &router)
{
    const QList<StaffRole> managers {StaffRole::Manager};
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/reports"), ApiRouter::Access::Staff,
        ApiRouter::Body::None,
        [this](const ApiRequest &request, ApiResponder reply) {
            answer(request, reply, Format::Json);
        },
        managers);
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/reports/csv"), ApiRouter::Access::Staff,
        ApiRouter::Body::None,
        [this](const ApiRequest &request, ApiResponder reply) {
            answer(request, reply, Format::Csv);
        },
        managers);
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/reports/pdf"), ApiRouter::Access::Staff,
        ApiRouter::Body::None,
        [this](const ApiRequest &request, ApiResponder reply) { answerPdf(request, reply); },
        managers);
}

void ReportsController::answer(const ApiRequest &request, ApiResponder reply, Format format)
{
    QString error;
    const auto period = ReportPeriod::fromQuery(request.query, &error);
    if (!period)
        return reply.error(HttpError(HttpError::Code::InvalidRequest, error));
    const QString table = request.query.queryItemValue(QStringLiteral("table"));
    if (format == Format::Csv && table.isEmpty())
        return reply.error(HttpError(HttpError::Code::InvalidRequest,
                                     Reports::tr("table: which table (summary, by_product …)")));
    const DatabaseSettings database = m_context.settings.database;
    const QString dataDir = m_context.settings.effectiveDataDir();
    const int startHour = m_context.settings.businessDayStartHour;
    QPointer<ReportsController> self(this);
    // The query runs on the pool's thread (its own connection); the answer on this one.
    m_pool.start([self, reply, database, dataDir, startHour, period = *period, format,
                  table]() mutable {
        QString error;
        const auto report = ReportQuery(database, dataDir, startHour).run(period, &error);
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [reply, report, error, format, table]() mutable {
            if (!report)
                return reply.error(HttpError(HttpError::Code::StorageUnavailable, error));
            if (format == Format::Json)
                return reply.json(200,
                                  {{QStringLiteral("success"), true},
                                   {QStringLiteral("report"), ReportTables::toJson(*report)}});
            for (const ReportTable &t : ReportTables::tables(*report)) {
                if (t.name == table)
                    return reply.raw(200, t.toCsv(), "text/csv; charset=utf-8",
                                     {{"Content-Disposition",
                                       "attachment; filename=\"" + table.toLatin1() + ".csv\""}});
            }
            reply.error(HttpError(HttpError::Code::NotFound,
                                  Reports::tr("There is no report table %1.").arg(table)));
        });
    });
}

void ReportsController::answerPdf(const ApiRequest &request, ApiResponder reply)
{
    QString error;
    const auto period = ReportPeriod::fromQuery(request.query, &error);
    if (!period)
        return reply.error(HttpError(HttpError::Code::InvalidRequest, error));
    QString language = request.query.queryItemValue(QStringLiteral("lang"));
    if (language.isEmpty())
        language = QStringLiteral("bg");
    if (language != u"bg" && language != u"en")
        return reply.error(
            HttpError(HttpError::Code::InvalidRequest, Reports::tr("lang: expected bg or en")));
    auto folder = std::make_shared<QTemporaryDir>();
    const QString out = folder->filePath(QStringLiteral("report.pdf"));
    auto *process = new QProcess(this);
    QStringList arguments {QStringLiteral("report"),
                           QStringLiteral("--data-dir"),
                           m_context.settings.effectiveDataDir(),
                           QStringLiteral("--business-day-start-hour"),
                           QString::number(m_context.settings.businessDayStartHour),
                           QStringLiteral("--lang"),
                           language,
                           QStringLiteral("--out"),
                           out};
    // On PostgreSQL the command reads the database from a config of the server's [database]
    // (the password, if any, stays in its file or the environment the child inherits).
    if (m_context.settings.database.isPostgres()) {
        const QString config = folder->filePath(QStringLiteral("database.ini"));
        if (!m_context.settings.database.writeConfigFile(config))
            return reply.error(HttpError(HttpError::Code::StorageUnavailable,
                                         Reports::tr("The report could not be made.")));
        arguments << QStringLiteral("--config") << config;
    }
    if (period->from == period->to)
        arguments << QStringLiteral("--day") << period->from.toString(Qt::ISODate);
    else
        arguments << QStringLiteral("--from") << period->from.toString(Qt::ISODate)
                  << QStringLiteral("--to") << period->to.toString(Qt::ISODate);
    QTimer::singleShot(PdfTimeoutMs, process, [process] { process->kill(); });
    connect(
        process, &QProcess::finished, this,
        [process, reply, folder, out,
         stem = period->fileStem()](int code, QProcess::ExitStatus status) mutable {
            process->deleteLater();
            QFile file(out);
            if (status != QProcess::NormalExit || code != 0 || !file.open(QIODevice::ReadOnly)) {
                qCWarning(lcReports) << "report PDF failed:" << process->readAllStandardError();
                return reply.error(HttpError(HttpError::Code::StorageUnavailable,
                                             Reports::tr("The report could not be made.")));
            }
            reply.raw(200, file.readAll(), "application/pdf",
                      {{"Content-Disposition",
                        "attachment; filename=\"tableside-report-" + stem.toLatin1() + ".pdf\""}});
        });
    process->start(m_binary, arguments);
}

} // namespace tableside::server
