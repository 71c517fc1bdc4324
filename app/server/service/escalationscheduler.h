#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace tableside::server {

class Store;

/// Escalates what nobody answers: a waiter call still pending after T1 (level 1: every waiter
/// is alerted) and after T2 (level 2: kitchen screens and managers), and a ready order nobody
/// picked up the same way. Each step is recorded with its staff event in one job, once per
/// subject and level; times count from the call's creation (the order's ready time), so a
/// restart between two steps keeps the schedule and a step missed while the server was down
/// fires at once when it is back.
class EscalationScheduler : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int callLevel1Seconds = 30;
        int callLevel2Seconds = 90;
        int orderLevel1Seconds = 120;
        int orderLevel2Seconds = 300;
        int intervalMs = 1000;
        std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    };

    EscalationScheduler(Store &store, Options options, QObject *parent = nullptr);

    void start();
    /// Fires every step that is due now; the number fired.
    int check();

private:
    Store &m_store;
    Options m_options;
    QTimer m_timer;
};

} // namespace tableside::server
