#pragma once

#include <QObject>

class QSocketNotifier;

namespace tableside::server {

/// Turns SIGTERM and SIGINT into a Qt signal on the event loop (a signal handler may only
/// write to a pipe), so the server shuts down cleanly: pending commits finish, sockets close.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void shutdownRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace tableside::server
