#pragma once

#include "databasesettings.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace tableside::server {

/// The day's PDF written after the business day ends (reports/endOfDay=true): every few
/// minutes it checks whether the last finished business day has its
/// `<reports/folder>/tableside-report-YYYY-MM-DD.pdf`, and if not, has the server's own binary
/// write it (`tableside-server report`, read-only, in a child process), so the owner finds it
/// in the morning. A day missed while the server was off is written at the next start.
class EndOfDayReport : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString binary; ///< tableside-server
        QString dataDir;
        DatabaseSettings database; ///< the store's (PostgreSQL: the child reads it from a config)
        QString folder;
        QString language = QStringLiteral("bg");
        int businessDayStartHour = 4;
        int checkIntervalMs = 5 * 60 * 1000;
        std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    };

    explicit EndOfDayReport(Options options, QObject *parent = nullptr);
    ~EndOfDayReport() override;
    void start();
    /// The file of @p day's report.
    QString fileFor(const QDate &day) const;

signals:
    /// A report was written (or failed: @p ok false).
    void written(const QDate &day, bool ok);

private:
    void check();

    Options m_options;
    QTimer m_timer;
    QProcess *m_running = nullptr;
    std::unique_ptr<QTemporaryDir> m_config; ///< PostgreSQL: the child's database.ini
};

} // namespace tableside::server
