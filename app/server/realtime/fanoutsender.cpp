#include "fanoutsender.h"

#include "rawsocketsend.h"

#include <QThread>

namespace tableside::server {

namespace {
// Sockets taken per grab of the shared counter: big enough that the atomic is not contended,
// small enough that both threads finish at about the same time.
constexpr int chunkSize = 16;
} // namespace

int FanOutSender::automaticThreadCount()
{
    return qBound(1, QThread::idealThreadCount(), 4);
}

FanOutSender::FanOutSender(int threads)
{
    for (int i = 1; i < threads; ++i)
        m_workers.emplace_back([this] { workerLoop(); });
}

FanOutSender::~FanOutSender()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &worker : m_workers)
        worker.join();
}

void FanOutSender::send(const QByteArray &frame, const std::vector<std::intptr_t> &descriptors,
                        std::vector<int> &sentBytes)
{
    sentBytes.assign(descriptors.size(), 0);
    m_data = frame.constData();
    m_size = int(frame.size());
    m_descriptors = descriptors.data();
    m_sent = sentBytes.data();
    m_count = int(descriptors.size());
    m_nextChunk.store(0, std::memory_order_relaxed);

    if (m_workers.empty() || m_count < minimumParallelSockets) {
        sendChunks();
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        ++m_generation;
        m_open = true;
    }
    m_wake.notify_all();
    sendChunks();
    // Helpers that joined may still be inside their last chunk: the job must outlive them.
    std::unique_lock lock(m_mutex);
    m_open = false;
    m_finished.wait(lock, [this] { return m_joinedWorkers == 0; });
}

void FanOutSender::sendChunks()
{
    while (true) {
        const int first = m_nextChunk.fetch_add(chunkSize, std::memory_order_relaxed);
        if (first >= m_count)
            return;
        const int end = first + chunkSize < m_count ? first + chunkSize : m_count;
        for (int i = first; i < end; ++i)
            m_sent[i] = RawSocketSend::sendSome(m_descriptors[i], m_data, m_size);
    }
}

void FanOutSender::workerLoop()
{
    quint64 seen = 0;
    while (true) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || m_generation != seen; });
            if (m_stopping)
                return;
            seen = m_generation;
            if (!m_open)
                continue; // woke too late: the caller already sent everything
            ++m_joinedWorkers;
        }
        sendChunks();
        bool last = false;
        {
            std::lock_guard lock(m_mutex);
            last = --m_joinedWorkers == 0;
        }
        if (last)
            m_finished.notify_one();
    }
}

} // namespace tableside::server
