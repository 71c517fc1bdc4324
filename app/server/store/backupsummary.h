#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace tableside::server {

/// What a verified backup holds: when it was taken, how many orders, the last event seq.
struct BackupSummary
{
    QDateTime takenAt; ///< UTC; the newest event's time, else the file's date
    qint64 orders = 0;
    qint64 latestSeq = 0;
};

} // namespace tableside::server
