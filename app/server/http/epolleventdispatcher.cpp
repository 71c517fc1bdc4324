#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QVarLengthArray>

#include <algorithm>
#include <cerrno>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace tableside::server {

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.u64 = quint64(m_wakeFd);
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
    m_clock.start();
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    emit awake();
    QCoreApplication::sendPostedEvents();
    if (m_interrupted.load())
        return false;

    const bool includeSockets = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    int timeoutMs = 0;
    // Excluded sockets stay ready (level-triggered): waiting would only spin on them.
    if ((flags & QEventLoop::WaitForMoreEvents) && includeSockets)
        timeoutMs = includeTimers ? timeToNextTimerMs() : -1;
    if (timeoutMs != 0)
        emit aboutToBlock();
    epoll_event ready[256];
    int count = ::epoll_wait(m_epoll, ready, 256, timeoutMs);
    if (count < 0)
        count = 0; // EINTR: a signal; timers and posted events are looked at below anyway
    if (timeoutMs != 0)
        emit awake();

    int handled = 0;
    bool woken = false;
    for (int i = 0; i < count; ++i) {
        const qintptr descriptor = qintptr(ready[i].data.u64);
        if (descriptor == m_wakeFd) {
            quint64 value = 0;
            while (::read(m_wakeFd, &value, sizeof value) > 0) { }
            woken = true;
            continue;
        }
        if (includeSockets)
            handled += dispatchSocket(descriptor, ready[i].events);
    }
    if (woken) {
        // Woken for posted events (or interrupt()): deliver them now, not one turn later.
        QCoreApplication::sendPostedEvents();
        ++handled;
    }
    if (includeTimers && !m_interrupted.load())
        handled += activateTimers();
    return handled > 0;
}

int EpollEventDispatcher::dispatchSocket(qintptr descriptor, quint32 events)
{
    // A hang-up or error is news for every notifier of the socket, as with poll() in Qt's own
    // dispatcher: the socket engine then finds out what happened.
    const bool failure = events & (EPOLLERR | EPOLLHUP);
    int handled = 0;
    if (failure || (events & EPOLLIN))
        handled += activate(descriptor, &Watch::read);
    if (failure || (events & EPOLLOUT))
        handled += activate(descriptor, &Watch::write);
    if (events & EPOLLPRI)
        handled += activate(descriptor, &Watch::exception);
    return handled;
}

int EpollEventDispatcher::activate(qintptr descriptor, QSocketNotifier *Watch::*kind)
{
    // Looked up at the moment of delivery: an earlier activation may have removed it.
    const auto it = m_watches.constFind(descriptor);
    if (it == m_watches.cend() || !((*it).*kind))
        return 0;
    QEvent event(QEvent::SockAct);
    QCoreApplication::sendEvent((*it).*kind, &event);
    return 1;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const qintptr descriptor = notifier->socket();
    Watch &watch = m_watches[descriptor];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watch.read = notifier;
        break;
    case QSocketNotifier::Write:
        watch.write = notifier;
        break;
    case QSocketNotifier::Exception:
        watch.exception = notifier;
        break;
    }
    updateInterest(descriptor);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const qintptr descriptor = notifier->socket();
    const auto it = m_watches.find(descriptor);
    if (it == m_watches.end())
        return;
    if (it->read == notifier)
        it->read = nullptr;
    if (it->write == notifier)
        it->write = nullptr;
    if (it->exception == notifier)
        it->exception = nullptr;
    updateInterest(descriptor);
}

void EpollEventDispatcher::updateInterest(qintptr descriptor)
{
    const auto it = m_watches.find(descriptor);
    if (it == m_watches.end())
        return;
    quint32 interest = 0;
    if (it->read)
        interest |= EPOLLIN;
    if (it->write)
        interest |= EPOLLOUT;
    if (it->exception)
        interest |= EPOLLPRI;
    const int fd = int(descriptor);
    if (interest == 0) {
        m_watches.erase(it);
        // Fails harmlessly if the descriptor was closed first (the kernel dropped it then).
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        return;
    }
    epoll_event event {};
    event.events = interest;
    event.data.u64 = quint64(descriptor);
    // A descriptor number can come back after a close: MOD and ADD each fall back on the other.
    if (::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) != 0 && errno == ENOENT)
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    Timer timer;
    timer.id = timerId;
    timer.intervalMs = qMax<qint64>(0, interval);
    timer.type = timerType;
    timer.object = object;
    timer.dueMs = nowMs() + timer.intervalMs;
    m_timers.append(timer);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    for (qsizetype i = 0; i < m_timers.size(); ++i) {
        if (m_timers.at(i).id == timerId) {
            m_timers.removeAt(i);
            return true;
        }
    }
    return false;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    return m_timers.removeIf([object](const Timer &timer) { return timer.object == object; }) > 0;
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (const Timer &timer : m_timers)
        if (timer.object == object)
            timers.append(TimerInfo(timer.id, int(timer.intervalMs), timer.type));
    return timers;
}

EpollEventDispatcher::Timer *EpollEventDispatcher::timerById(int timerId)
{
    for (Timer &timer : m_timers)
        if (timer.id == timerId)
            return &timer;
    return nullptr;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const Timer *timer = timerById(timerId);
    return timer ? int(qMax<qint64>(0, timer->dueMs - nowMs())) : -1;
}

int EpollEventDispatcher::timeToNextTimerMs() const
{
    qint64 next = -1;
    const qint64 now = nowMs();
    for (const Timer &timer : m_timers) {
        if (timer.inActivation)
            continue;
        const qint64 wait = qMax<qint64>(0, timer.dueMs - now);
        if (next < 0 || wait < next)
            next = wait;
    }
    return int(qMin<qint64>(next, 24 * 3600 * 1000));
}

int EpollEventDispatcher::activateTimers()
{
    const qint64 now = nowMs();
    // Timers started by a handler wait for the next turn, as in Qt's own dispatchers; the due
    // ones fire in the order they fell due, however late the loop got to them.
    QVarLengthArray<std::pair<qint64, int>, 16> due;
    for (const Timer &timer : std::as_const(m_timers))
        if (!timer.inActivation && timer.dueMs <= now)
            due.append({timer.dueMs, timer.id});
    std::sort(due.begin(), due.end());
    int fired = 0;
    for (const auto &[dueMs, id] : due) {
        Timer *timer = timerById(id);
        if (!timer || timer->inActivation)
            continue; // stopped (or re-entered) by an earlier handler of this round
        // Keep the cadence, but a late loop does not fire a burst to catch up.
        timer->dueMs += timer->intervalMs;
        if (timer->dueMs <= now && timer->intervalMs > 0)
            timer->dueMs = now + timer->intervalMs;
        timer->inActivation = true;
        QObject *object = timer->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        // Looked up again: the handler may have stopped it or started others (moving the list).
        if (Timer *after = timerById(id))
            after->inActivation = false;
    }
    return fired;
}

void EpollEventDispatcher::wakeUp()
{
    const quint64 one = 1;
    // Thread-safe: other threads post events and wake us through this.
    [[maybe_unused]] const ssize_t written = ::write(m_wakeFd, &one, sizeof one);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

} // namespace tableside::server
