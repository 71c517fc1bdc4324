// Fuzz target: the bytes a stranger sends on an HTTP connection, as the connection guard follows
// them (HttpRequestFramer: request heads, Content-Length, chunked bodies, upgrades, limits) before
// Qt HTTP Server reads anything. The first byte picks the limits and how the stream is cut into
// reads; the verdict must not depend on the cut (TCP may deliver any split), so the same stream
// is also fed whole and byte by byte, and all three must agree.
#include "httprequestframer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using tableside::server::HttpRequestFramer;

namespace {

struct Verdict
{
    HttpRequestFramer::State state;
    bool idle;
    int continues;
    int errorCode;

    bool operator==(const Verdict &other) const
    {
        return state == other.state && idle == other.idle && continues == other.continues
            && errorCode == other.errorCode;
    }
};

Verdict run(HttpRequestFramer::Limits limits, const char *data, size_t size, size_t step)
{
    HttpRequestFramer framer(limits);
    int continues = 0;
    for (size_t at = 0; at < size && !framer.isFinished(); at += step) {
        framer.feed(data + at, qint64(std::min(step, size - at)));
        continues += framer.takeContinues();
    }
    const bool failed = framer.state() == HttpRequestFramer::State::Failed;
    if (failed && framer.errorMessage().isEmpty())
        abort();
    return {framer.state(), framer.isIdle(), continues, failed ? int(framer.errorCode()) : -1};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const char *stream = reinterpret_cast<const char *>(data + 1);
    const size_t length = size - 1;
    // Small limits are reachable in a few bytes; the defaults are what a server runs with.
    HttpRequestFramer::Limits limits;
    if (control & 1) {
        limits.maxBodyBytes = 64;
        limits.maxHeaderBytes = 96;
    }
    const size_t step = 1 + (control >> 1) % 17;

    const Verdict whole = run(limits, stream, length, length ? length : 1);
    const Verdict split = run(limits, stream, length, step);
    if (!(split == whole))
        abort();
    if (length <= 4096 && !(run(limits, stream, length, 1) == whole))
        abort();
    return 0;
}
