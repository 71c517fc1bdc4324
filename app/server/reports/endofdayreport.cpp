#include "endofdayreport.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace tableside::server {

EndOfDayReport::EndOfDayReport(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_timer.setInterval(m_options.checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EndOfDayReport::check);
}

EndOfDayReport::~EndOfDayReport() = default;

void EndOfDayReport::start()
{
    m_timer.start();
    QTimer::singleShot(0, this, &EndOfDayReport::check);
}

QString EndOfDayReport::fileFor(const QDate &day) const
{
    return QDir(m_options.folder)
        .filePath(QStringLiteral("tableside-report-%1.pdf").arg(day.toString(Qt::ISODate)));
}

void EndOfDayReport::check()
{
    if (m_running)
        return;
    // The business day that ended last: today's (by the start hour) minus one.
    const QDateTime local = m_options.clock().toLocalTime();
    const QDate finished
        = local.addSecs(-3600LL * m_options.businessDayStartHour).date().addDays(-1);
    const QString file = fileFor(finished);
    if (QFileInfo::exists(file))
        return;
    if (!QDir().mkpath(m_options.folder)) {
        qCWarning(lcReports) << "cannot create the reports folder" << m_options.folder;
        return;
    }
    m_running = new QProcess(this);
    connect(m_running, &QProcess::finished, this,
            [this, finished, file](int code, QProcess::ExitStatus status) {
                const bool ok = status == QProcess::NormalExit && code == 0;
                if (ok)
                    qCInfo(lcReports) << "end-of-day report written:" << file;
                else
                    qCWarning(lcReports)
                        << "end-of-day report failed:" << m_running->readAllStandardError();
                m_running->deleteLater();
                m_running = nullptr;
                emit written(finished, ok);
            });
    QStringList arguments {QStringLiteral("report"),
                           QStringLiteral("--data-dir"),
                           m_options.dataDir,
                           QStringLiteral("--business-day-start-hour"),
                           QString::number(m_options.businessDayStartHour),
                           QStringLiteral("--lang"),
                           m_options.language,
                           QStringLiteral("--day"),
                           finished.toString(Qt::ISODate),
                           QStringLiteral("--out"),
                           file};
    // On PostgreSQL the child reads the database from a config of the store's [database].
    if (m_options.database.isPostgres()) {
        if (!m_config)
            m_config = std::make_unique<QTemporaryDir>();
        const QString config = m_config->filePath(QStringLiteral("database.ini"));
        if (!m_config->isValid() || !m_options.database.writeConfigFile(config))
            qCWarning(lcReports) << "cannot write the report command's config" << config;
        arguments << QStringLiteral("--config") << config;
    }
    m_running->start(m_options.binary, arguments);
}

} // namespace tableside::server
