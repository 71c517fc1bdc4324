// Fan-out latency of the staff channel: N raw WebSocket subscribers (epoll, no Qt on the hot
// path, ~1 µs of client work per frame), one event source, kernel receive timestamps.
//
//   bench_realtime --port P --app-id ID --key K --secret S --server-pid PID
//                  [--channel private-staff-channel] [--subscribers 1,100,1000]
//                  [--events 200] [--rate 20] [--mode trigger|order] [--reader-sleep-us 1000]
//                  [--order-json '{"tableNumber":1,"items":[{"productId":1,"quantity":1}]}']
//
// For each N it prints p50 / p99 / max of (kernel receive timestamp on the subscriber socket,
// SO_TIMESTAMPNS) − (wall clock just before the POST's send()), the same for the time the bench
// itself saw the frame, the POST's HTTP answer, the fan-out span (first to last subscriber's
// kernel receive time of one event: the server's per-subscriber cost alone), the lost count (not
// received within 2 s), and the server's RSS growth per 1,000 idle subscribed connections
// (/proc/PID/status VmRSS).
//
// --tls: the subscribers (and the trigger mode's HTTP API calls) speak TLS to --port, the staff
// port of a server with tls/mode=on; --guest-port P sends the order mode's POSTs in plain HTTP to
// the guests' port. TLS runs through memory BIOs, so the kernel receive timestamps are still
// those of the encrypted bytes arriving, and the decryption is the bench's own (client) cost.
#include "pusherrequestsigner.h"
#include "pushersignature.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

struct Options
{
    int port = 0;
    QString appId, key, secret;
    QString channel = QStringLiteral("private-staff-channel");
    std::vector<int> subscribers {1, 100, 1000};
    int events = 200;
    int rate = 20;
    QString mode = QStringLiteral("trigger");
    QByteArray orderJson = R"({"tableNumber":1,"items":[{"productId":1,"quantity":1}]})";
    long serverPid = 0;
    // While an event is in flight the bench sleeps this long between non-blocking reads instead
    // of blocking in epoll_wait: on a 2-core loopback test every frame would otherwise wake the
    // bench and preempt the server in the middle of its fan-out (real subscribers are other
    // devices and cost the server no CPU). The kernel receive timestamps do not depend on when
    // the bench reads. 0 = block in epoll_wait (woken by every frame).
    int readerSleepUs = 1000;
    bool tls = false;
    int guestPort = 0; ///< order mode with --tls: POSTs go here, plain
};

SSL_CTX *g_tls = nullptr; // set with --tls; the server's self-signed certificate is not checked

void sendAll(int fd, const std::string &data);

// TLS client handshake on a connected blocking socket, through memory BIOs.
SSL *tlsConnect(int fd)
{
    SSL *ssl = SSL_new(g_tls);
    SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
    SSL_set_connect_state(ssl);
    char data[16384];
    while (true) {
        const int r = SSL_do_handshake(ssl);
        BIO *out = SSL_get_wbio(ssl);
        while (BIO_ctrl_pending(out) > 0) {
            const int n = BIO_read(out, data, sizeof data);
            sendAll(fd, std::string(data, size_t(n)));
        }
        if (r == 1)
            return ssl;
        if (SSL_get_error(ssl, r) != SSL_ERROR_WANT_READ)
            break;
        const ssize_t n = ::recv(fd, data, sizeof data, 0);
        if (n <= 0)
            break;
        BIO_write(SSL_get_rbio(ssl), data, int(n));
    }
    SSL_free(ssl);
    return nullptr;
}

// Sends @p data on @p fd, encrypted first when @p ssl is set.
void sendOn(int fd, SSL *ssl, const std::string &data)
{
    if (!ssl) {
        sendAll(fd, data);
        return;
    }
    SSL_write(ssl, data.data(), int(data.size()));
    char out[16384];
    BIO *wbio = SSL_get_wbio(ssl);
    while (BIO_ctrl_pending(wbio) > 0) {
        const int n = BIO_read(wbio, out, sizeof out);
        sendAll(fd, std::string(out, size_t(n)));
    }
}

// Appends what @p data (bytes as received) holds in plain text to @p buffer.
void appendReceived(SSL *ssl, const char *data, size_t size, std::string &buffer)
{
    if (!ssl) {
        buffer.append(data, size);
        return;
    }
    BIO_write(SSL_get_rbio(ssl), data, int(size));
    char plain[65536];
    int n;
    while ((n = SSL_read(ssl, plain, sizeof plain)) > 0)
        buffer.append(plain, size_t(n));
}

int64_t nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

long residentKb(long pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

// CPU time (ns) the server's main thread has run: the event loop, where the fan-out happens.
// Unlike the latencies this does not grow when other processes take the CPU.
int64_t mainThreadCpuNs(long pid)
{
    std::ifstream schedstat("/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid)
                            + "/schedstat");
    long long ns = -1;
    schedstat >> ns;
    return ns;
}

int connectTo(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one);
    return fd;
}

void sendAll(int fd, const std::string &data)
{
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
        if (n <= 0) {
            if (errno == EAGAIN || errno == EINTR)
                continue;
            return;
        }
        done += size_t(n);
    }
}

std::string maskedText(const std::string &payload)
{
    std::string frame;
    frame += char(0x81);
    if (payload.size() < 126) {
        frame += char(0x80 | payload.size());
    } else {
        frame += char(0x80 | 126);
        frame += char((payload.size() >> 8) & 0xff);
        frame += char(payload.size() & 0xff);
    }
    const char mask[4] = {1, 2, 3, 4};
    frame.append(mask, 4);
    for (size_t i = 0; i < payload.size(); ++i)
        frame += char(payload[i] ^ mask[i % 4]);
    return frame;
}

// One subscriber socket: reads with the kernel timestamp, splits WebSocket frames.
struct Subscriber
{
    int fd = -1;
    SSL *ssl = nullptr;
    std::string buffer;
    bool upgraded = false;
    std::string socketId;
    bool subscribed = false;
    int64_t lastKernelNs = 0;
    int64_t eventKernelNs = 0; // of the event being waited for; 0 = not yet
    int64_t eventUserNs = 0;

    // Reads what is there; returns complete text payloads.
    bool readSome(std::vector<std::string> &payloads)
    {
        char data[65536];
        char control[256];
        iovec io {data, sizeof data};
        msghdr message {};
        message.msg_iov = &io;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(fd, &message, MSG_DONTWAIT);
        if (n <= 0)
            return n < 0 && (errno == EAGAIN || errno == EINTR);
        for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_TIMESTAMPNS) {
                timespec ts;
                std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
                lastKernelNs = int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
            }
        }
        appendReceived(ssl, data, size_t(n), buffer);
        if (!upgraded) {
            const size_t end = buffer.find("\r\n\r\n");
            if (end == std::string::npos)
                return true;
            buffer.erase(0, end + 4);
            upgraded = true;
        }
        while (buffer.size() >= 2) {
            size_t length = uint8_t(buffer[1]) & 0x7f;
            size_t header = 2;
            if (length == 126) {
                if (buffer.size() < 4)
                    break;
                length = (size_t(uint8_t(buffer[2])) << 8) | uint8_t(buffer[3]);
                header = 4;
            } else if (length == 127) {
                if (buffer.size() < 10)
                    break;
                length = 0;
                for (int i = 2; i < 10; ++i)
                    length = (length << 8) | uint8_t(buffer[size_t(i)]);
                header = 10;
            }
            if (buffer.size() < header + length)
                break;
            if ((uint8_t(buffer[0]) & 0x0f) == 1)
                payloads.emplace_back(buffer.substr(header, length));
            else if ((uint8_t(buffer[0]) & 0x0f) == 8)
                return false; // close
            buffer.erase(0, header + length);
        }
        return true;
    }
};

std::string field(const std::string &json, const std::string &name)
{
    // socket_id arrives inside the double-encoded data string: \"socket_id\":\"123.456\"
    const std::string key = "\\\"" + name + "\\\":\\\"";
    const size_t at = json.find(key);
    if (at == std::string::npos)
        return {};
    const size_t start = at + key.size();
    return json.substr(start, json.find('\\', start) - start);
}

class Bench
{
public:
    explicit Bench(Options options)
        : m_options(std::move(options))
    {
        m_epoll = epoll_create1(0);
    }

    bool openSubscribers(int count);
    void closeSubscribers();
    void runEvents(int count, const char *label);

private:
    void handle(Subscriber &subscriber, const std::string &payload, int64_t userNs);
    void readAnswers();
    int pump(int timeoutMs);
    void post();
    std::string eventName() const
    {
        return m_options.mode == QLatin1String("order") ? "new-order" : "bench-event";
    }

    Options m_options;
    int m_epoll = -1;
    std::vector<Subscriber> m_subscribers;
    int m_postFd = -1;
    SSL *m_postSsl = nullptr;
    int64_t m_answerKernelNs = 0; // kernel receive time of the POST's answer; 0 = not yet
    std::map<int, long> m_answerStatuses; // HTTP status -> count
    std::string m_answerBuffer;
    bool m_waiting = false;
    int m_received = 0;
    int m_sequence = 0;
};

void Bench::handle(Subscriber &subscriber, const std::string &payload, int64_t userNs)
{
    if (payload.find("\"pusher:connection_established\"") != std::string::npos) {
        subscriber.socketId = field(payload, "socket_id");
        const QString channel = m_options.channel;
        std::string subscribe = "{\"event\":\"pusher:subscribe\",\"data\":{\"channel\":\""
            + channel.toStdString() + "\"";
        if (channel.startsWith(QLatin1String("private-"))) {
            const QString auth = tableside::pusher::PusherSignature::channelAuth(
                m_options.key, m_options.secret, QString::fromStdString(subscriber.socketId),
                channel);
            subscribe += ",\"auth\":\"" + auth.toStdString() + "\"";
        }
        subscribe += "}}";
        sendOn(subscriber.fd, subscriber.ssl, maskedText(subscribe));
    } else if (payload.find("subscription_succeeded") != std::string::npos) {
        subscriber.subscribed = true;
    } else if (payload.find("\"pusher:ping\"") != std::string::npos) {
        sendOn(subscriber.fd, subscriber.ssl, maskedText(R"({"event":"pusher:pong","data":{}})"));
    } else if (m_waiting && subscriber.eventKernelNs == 0
               && payload.find("\"event\":\"" + eventName() + "\"") != std::string::npos) {
        subscriber.eventKernelNs = subscriber.lastKernelNs;
        subscriber.eventUserNs = userNs;
        ++m_received;
    }
}

int Bench::pump(int timeoutMs)
{
    epoll_event ready[256];
    const int n = epoll_wait(m_epoll, ready, 256, timeoutMs);
    const int64_t userNs = nowNs();
    for (int i = 0; i < n; ++i) {
        const int index = int(ready[i].data.u32);
        if (index < 0 || size_t(index) >= m_subscribers.size()) {
            readAnswers();
            continue;
        }
        Subscriber &subscriber = m_subscribers[size_t(index)];
        std::vector<std::string> payloads;
        bool more = true;
        while (more) {
            const size_t before = subscriber.buffer.size();
            const int64_t kernelBefore = subscriber.lastKernelNs;
            if (!subscriber.readSome(payloads))
                break;
            more = subscriber.buffer.size() != before || subscriber.lastKernelNs != kernelBefore;
            for (const std::string &payload : payloads)
                handle(subscriber, payload, userNs);
            payloads.clear();
            if (!more)
                break;
        }
    }
    return std::max(n, 0);
}

// The POST connection: the kernel time of each answer and its status (a refused order is a
// lost event that is not the realtime server's fault, so it is reported apart).
void Bench::readAnswers()
{
    char data[16384];
    char control[256];
    while (true) {
        iovec io {data, sizeof data};
        msghdr message {};
        message.msg_iov = &io;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(m_postFd, &message, MSG_DONTWAIT);
        if (n <= 0)
            return;
        for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
            if (m_answerKernelNs == 0 && c->cmsg_level == SOL_SOCKET
                && c->cmsg_type == SO_TIMESTAMPNS) {
                timespec ts;
                std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
                m_answerKernelNs = int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
            }
        }
        appendReceived(m_postSsl, data, size_t(n), m_answerBuffer);
        size_t at;
        while ((at = m_answerBuffer.find("HTTP/1.1 ")) != std::string::npos
               && m_answerBuffer.size() >= at + 12) {
            ++m_answerStatuses[std::atoi(m_answerBuffer.substr(at + 9, 3).c_str())];
            m_answerBuffer.erase(0, at + 12);
        }
        if (m_answerBuffer.size() > 8)
            m_answerBuffer.erase(0, m_answerBuffer.size() - 8);
    }
}

bool Bench::openSubscribers(int count)
{
    m_subscribers.resize(size_t(count));
    const std::string request = "GET /app/" + m_options.key.toStdString()
        + "?protocol=7&client=bench HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
          "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n\r\n";
    for (int i = 0; i < count; ++i) {
        Subscriber &subscriber = m_subscribers[size_t(i)];
        subscriber.fd = connectTo(m_options.port);
        if (subscriber.fd < 0) {
            std::fprintf(stderr, "connect %d failed: %s\n", i, std::strerror(errno));
            return false;
        }
        if (g_tls && !(subscriber.ssl = tlsConnect(subscriber.fd))) {
            std::fprintf(stderr, "TLS handshake %d failed\n", i);
            return false;
        }
        epoll_event event {};
        event.events = EPOLLIN;
        event.data.u32 = uint32_t(i);
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, subscriber.fd, &event);
        sendOn(subscriber.fd, subscriber.ssl, request);
        // Pace the upgrades so the server's accept queue never overflows.
        if (i % 50 == 49)
            pump(1);
    }
    const int64_t deadline = nowNs() + int64_t(30) * 1000000000;
    while (nowNs() < deadline) {
        pump(10);
        if (std::all_of(m_subscribers.begin(), m_subscribers.end(),
                        [](const Subscriber &s) { return s.subscribed; }))
            return true;
    }
    return false;
}

void Bench::closeSubscribers()
{
    for (Subscriber &subscriber : m_subscribers) {
        SSL_free(subscriber.ssl);
        ::close(subscriber.fd);
    }
    m_subscribers.clear();
}

void Bench::post()
{
    if (m_postFd < 0) {
        // Orders are guest writes: the guests' plain port when the staff side is on TLS.
        const bool order = m_options.mode == QLatin1String("order");
        m_postFd = connectTo(order && m_options.guestPort ? m_options.guestPort : m_options.port);
        if (g_tls && !(order && m_options.guestPort))
            m_postSsl = tlsConnect(m_postFd);
        epoll_event event {};
        event.events = EPOLLIN;
        event.data.u32 = 0xffffffffu;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_postFd, &event);
    }
    ++m_sequence;
    QByteArray body;
    std::string target;
    std::string extraHeaders;
    if (m_options.mode == QLatin1String("order")) {
        body = m_options.orderJson;
        target = "/api/orders/create";
        extraHeaders = "Idempotency-Key: bench-" + std::to_string(nowNs()) + "\r\n";
    } else {
        body = QByteArray(R"({"name":"bench-event","channels":[")") + m_options.channel.toUtf8()
            + R"("],"data":"{\"seq\":)" + QByteArray::number(m_sequence) + R"(}"})";
        const QString path = QStringLiteral("/apps/%1/events").arg(m_options.appId);
        const QUrlQuery query = tableside::pusher::PusherRequestSigner::sign(
            QStringLiteral("POST"), path, {}, body, m_options.key, m_options.secret,
            nowNs() / 1000000000);
        target
            = QString(path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded)).toStdString();
    }
    const std::string request = "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders
        + "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size())
        + "\r\n\r\n" + body.toStdString();
    sendOn(m_postFd, m_postSsl, request);
}

void Bench::runEvents(int count, const char *label)
{
    std::vector<int64_t> kernel, user, answer, span;
    m_answerStatuses.clear();
    long lost = 0;
    const int64_t period = int64_t(1000000000) / std::max(1, m_options.rate);
    int64_t next = nowNs();
    for (int e = 0; e < count; ++e) {
        while (nowNs() < next)
            pump(1);
        for (Subscriber &subscriber : m_subscribers)
            subscriber.eventKernelNs = subscriber.eventUserNs = 0;
        m_received = 0;
        m_answerKernelNs = 0;
        m_waiting = true;
        const int64_t sentNs = nowNs();
        post();
        const int64_t deadline = sentNs + int64_t(2) * 1000000000;
        while ((m_received < int(m_subscribers.size()) || m_answerKernelNs == 0)
               && nowNs() < deadline) {
            if (m_options.readerSleepUs > 0) {
                usleep(useconds_t(m_options.readerSleepUs));
                while (pump(0) > 0) { }
            } else {
                pump(5);
            }
        }
        m_waiting = false;
        if (m_answerKernelNs != 0)
            answer.push_back(m_answerKernelNs - sentNs);
        int64_t first = 0, last = 0;
        for (const Subscriber &subscriber : m_subscribers) {
            if (subscriber.eventKernelNs == 0) {
                ++lost;
                continue;
            }
            kernel.push_back(subscriber.eventKernelNs - sentNs);
            user.push_back(subscriber.eventUserNs - sentNs);
            first
                = first == 0 ? subscriber.eventKernelNs : std::min(first, subscriber.eventKernelNs);
            last = std::max(last, subscriber.eventKernelNs);
        }
        if (first != 0)
            span.push_back(last - first);
        next = sentNs + period;
    }
    auto report = [](std::vector<int64_t> values, const char *what) {
        if (values.empty()) {
            std::printf("  %-28s no samples\n", what);
            return;
        }
        std::sort(values.begin(), values.end());
        auto at = [&](double q) {
            return double(values[std::min(values.size() - 1, size_t(q * double(values.size())))])
                / 1e6;
        };
        std::printf("  %-28s p50 %7.3f ms   p99 %7.3f ms   max %7.3f ms   (%zu samples)\n", what,
                    at(0.50), at(0.99), double(values.back()) / 1e6, values.size());
    };
    std::printf("%s: %d events at %d/s to %zu subscribers\n", label, count, m_options.rate,
                m_subscribers.size());
    report(kernel, "POST -> kernel receive");
    report(user, "POST -> bench saw it");
    report(answer, "POST -> HTTP answer (kernel)");
    // The server's fan-out alone (no commit, no HTTP): first to last subscriber of one event.
    report(span, "fan-out first -> last");
    std::printf("  lost (not received in 2 s): %ld\n", lost);
    std::printf("  HTTP answers:");
    for (const auto &[status, n] : m_answerStatuses)
        std::printf(" %d x %ld", status, n);
    std::printf("\n");
}

std::vector<int> parseList(const QString &text)
{
    std::vector<int> values;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        values.push_back(part.toInt());
    return values;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QString name = QString::fromLocal8Bit(argv[i]);
        const QString value = QString::fromLocal8Bit(argv[i + 1]);
        if (name == QLatin1String("--port"))
            options.port = value.toInt();
        else if (name == QLatin1String("--app-id"))
            options.appId = value;
        else if (name == QLatin1String("--key"))
            options.key = value;
        else if (name == QLatin1String("--secret"))
            options.secret = value;
        else if (name == QLatin1String("--channel"))
            options.channel = value;
        else if (name == QLatin1String("--subscribers"))
            options.subscribers = parseList(value);
        else if (name == QLatin1String("--events"))
            options.events = value.toInt();
        else if (name == QLatin1String("--rate"))
            options.rate = value.toInt();
        else if (name == QLatin1String("--mode"))
            options.mode = value;
        else if (name == QLatin1String("--order-json"))
            options.orderJson = value.toUtf8();
        else if (name == QLatin1String("--reader-sleep-us"))
            options.readerSleepUs = value.toInt();
        else if (name == QLatin1String("--server-pid"))
            options.serverPid = value.toLong();
        else if (name == QLatin1String("--guest-port"))
            options.guestPort = value.toInt();
        else if (name == QLatin1String("--tls")) {
            options.tls = value == QLatin1String("on");
        }
    }
    if (options.tls) {
        g_tls = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_verify(g_tls, SSL_VERIFY_NONE, nullptr);
    }
    if (options.port == 0 || options.key.isEmpty() || options.secret.isEmpty()) {
        std::fprintf(stderr, "usage: see the comment at the top of bench_realtime.cpp\n");
        return 2;
    }
    rlimit files {};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);

    std::printf("mode %s, channel %s, TLS %s, reader sleep %d us, load average at start: ",
                qPrintable(options.mode), qPrintable(options.channel), options.tls ? "on" : "off",
                options.readerSleepUs);
    std::ifstream load("/proc/loadavg");
    std::string loadLine;
    std::getline(load, loadLine);
    std::printf("%s\n", loadLine.c_str());

    for (int count : options.subscribers) {
        Bench bench(options);
        const long before = options.serverPid ? residentKb(options.serverPid) : -1;
        if (!bench.openSubscribers(count)) {
            std::fprintf(stderr, "could not subscribe %d sockets\n", count);
            return 1;
        }
        usleep(500000);
        const long after = options.serverPid ? residentKb(options.serverPid) : -1;
        if (before > 0 && count >= 100) { // below that the figure is page-granularity noise
            std::printf("N=%d: server RSS %ld KB -> %ld KB idle: %.1f KB per connection, "
                        "%.1f MB per 1,000\n",
                        count, before, after, double(after - before) / count,
                        double(after - before) * 1000.0 / count / 1024.0);
        }
        const int64_t cpuBefore = options.serverPid ? mainThreadCpuNs(options.serverPid) : -1;
        bench.runEvents(options.events, qPrintable(QStringLiteral("N=%1").arg(count)));
        if (cpuBefore >= 0) {
            const double perEventMs
                = double(mainThreadCpuNs(options.serverPid) - cpuBefore) / options.events / 1e6;
            std::printf("  server main-thread CPU per event: %.3f ms (%.2f us per subscriber)\n",
                        perEventMs, perEventMs * 1000.0 / count);
        }
        bench.closeSubscribers();
        usleep(500000);
    }
    return 0;
}
