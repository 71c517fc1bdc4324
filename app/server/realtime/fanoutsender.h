#pragma once

#include <QByteArray>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace tableside::server {

/// Sends one frame to many TCP sockets with non-blocking send(), spread over a few threads.
///
/// A staff event goes to every subscriber with the same bytes, and nearly all of the fan-out time
/// is the kernel's work inside send() (on loopback and Wi-Fi alike), one call per socket. Those
/// calls touch nothing but the file descriptor, so they can run on several cores at once while
/// the calling (event-loop) thread takes its share and then waits: no Qt object is used off the
/// thread that owns it, and no descriptor can be closed while the event loop is blocked here.
class FanOutSender
{
public:
    /// @p threads senders in all, the calling thread included (1 = everything inline).
    explicit FanOutSender(int threads);
    ~FanOutSender();
    FanOutSender(const FanOutSender &) = delete;
    FanOutSender &operator=(const FanOutSender &) = delete;

    /// Below this many sockets waking the helpers costs more than it saves: sent inline.
    static constexpr int minimumParallelSockets = 64;

    /// One sender per CPU core, at most 4 (more only adds wake-up cost on a restaurant's box).
    static int automaticThreadCount();

    int threadCount() const { return int(m_workers.size()) + 1; }

    /// Sends @p frame on each descriptor of @p descriptors. Afterwards @p sentBytes[i] holds how
    /// many bytes the kernel took for descriptors[i] (0 when its buffer was full, -1 on error).
    void send(const QByteArray &frame, const std::vector<std::intptr_t> &descriptors,
              std::vector<int> &sentBytes);

private:
    void sendChunks();
    void workerLoop();

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_finished;
    // Guarded by m_mutex: a helper joins a send only while it is open, so the caller never
    // waits for a helper that the scheduler has not run yet (it would do all the work alone).
    quint64 m_generation = 0; ///< bumped once per parallel send
    bool m_open = false; ///< helpers may still join the current send
    int m_joinedWorkers = 0; ///< helpers inside the current send
    bool m_stopping = false;

    // The job being sent; written by the calling thread before the helpers are woken.
    const char *m_data = nullptr;
    int m_size = 0;
    const std::intptr_t *m_descriptors = nullptr;
    int *m_sent = nullptr;
    int m_count = 0;
    std::atomic<int> m_nextChunk {0};
};

} // namespace tableside::server
