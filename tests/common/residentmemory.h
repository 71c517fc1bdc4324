#pragma once

#include <QByteArray>
#include <QFile>

/// A process's resident memory in KB (VmRSS of /proc/self/status), -1 where there is none:
/// for tests that check a server running in the test process keeps its memory flat.
inline qint64 residentKb(qint64 pid = 0)
{
    // @p pid: another process (a ServerProcess), 0 = this one.
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid)
                         : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
