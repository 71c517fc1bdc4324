#include "heaptrimmer.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tableside::server {

HeapTrimmer::HeapTrimmer(int settleMs, QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] { emit trimmed(trimNow()); });
}

void HeapTrimmer::noteActivity()
{
    // Restarted by every connection of a burst: one trim after the last one, not one per socket.
    m_settle.start();
}

bool HeapTrimmer::trimNow()
{
#if defined(__GLIBC__)
    return malloc_trim(0) == 1;
#else
    return false;
#endif
}

} // namespace tableside::server
