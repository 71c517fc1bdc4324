#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <optional>

namespace tableside::dashboard {

/// The server's last backup attempt, as /api/staff/state's "backup" and the backup-status
/// event report it: what a manager's window shows while backups fail.
class BackupStatusModel : public QObject
{
    Q_OBJECT
public:
    struct Status
    {
        bool ok = false;
        QDateTime at; ///< UTC
        QString file; ///< empty on failure
        QString message;
    };

    explicit BackupStatusModel(QObject *parent = nullptr);

    /// {"ok","at","file","message"}; an empty object = no backup attempt yet.
    void report(const QJsonObject &status);
    void clear();

    std::optional<Status> last() const { return m_last; }
    /// The last attempt failed (until a later one succeeds).
    bool failing() const { return m_last && !m_last->ok; }

signals:
    void changed();
    /// A failure not reported before (once per attempt, also when a snapshot brings it).
    void failed(const tableside::dashboard::BackupStatusModel::Status &status);

private:
    std::optional<Status> m_last;
    QDateTime m_lastFailureShown;
};

} // namespace tableside::dashboard
