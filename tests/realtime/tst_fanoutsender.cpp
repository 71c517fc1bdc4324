// FanOutSender: every descriptor gets the whole frame exactly once, whatever the thread count;
// a full kernel buffer and a dead peer are reported, not hidden. Real socket pairs.
#include "fanoutsender.h"

#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using tableside::server::FanOutSender;

namespace {

struct SocketPair
{
    int sender = -1;
    int receiver = -1;
};

std::vector<SocketPair> openPairs(int count)
{
    std::vector<SocketPair> pairs;
    for (int i = 0; i < count; ++i) {
        int fds[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
            break;
        pairs.push_back({fds[0], fds[1]});
    }
    return pairs;
}

void closePairs(const std::vector<SocketPair> &pairs)
{
    for (const SocketPair &pair : pairs) {
        ::close(pair.sender);
        if (pair.receiver >= 0)
            ::close(pair.receiver);
    }
}

QByteArray readAvailable(int descriptor)
{
    QByteArray data;
    char buffer[65536];
    while (true) {
        const ssize_t n = ::recv(descriptor, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n <= 0)
            return data;
        data.append(buffer, qsizetype(n));
    }
}

} // namespace

class TestFanOutSender : public QObject
{
    Q_OBJECT

private slots:
    void everySocketGetsTheFrameOnce_data();
    void everySocketGetsTheFrameOnce();
    void fullBufferIsReportedAsPartial();
    void deadPeerIsReportedAsError();
    void automaticThreadCountIsBounded();
};

void TestFanOutSender::everySocketGetsTheFrameOnce_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("sockets");
    QTest::addColumn<int>("rounds");
    QTest::newRow("inline, none") << 1 << 0 << 1;
    QTest::newRow("inline, 200") << 1 << 200 << 3;
    QTest::newRow("2 threads, below the parallel threshold")
        << 2 << FanOutSender::minimumParallelSockets - 1 << 3;
    QTest::newRow("2 threads, at the threshold") << 2 << FanOutSender::minimumParallelSockets << 3;
    QTest::newRow("2 threads, 500") << 2 << 500 << 20;
    QTest::newRow("4 threads, 333 (not a chunk multiple)") << 4 << 333 << 20;
}

void TestFanOutSender::everySocketGetsTheFrameOnce()
{
    QFETCH(int, threads);
    QFETCH(int, sockets);
    QFETCH(int, rounds);
    const std::vector<SocketPair> pairs = openPairs(sockets);
    QCOMPARE(int(pairs.size()), sockets);
    std::vector<std::intptr_t> descriptors;
    for (const SocketPair &pair : pairs)
        descriptors.push_back(pair.sender);

    FanOutSender sender(threads);
    QCOMPARE(sender.threadCount(), threads);
    std::vector<int> sent;
    QByteArray expected;
    // Several rounds through the same sender: the helpers must join every send, never a stale one.
    for (int round = 0; round < rounds; ++round) {
        const QByteArray frame = "frame " + QByteArray::number(round) + ';';
        expected += frame;
        sender.send(frame, descriptors, sent);
        QCOMPARE(sent.size(), descriptors.size());
        for (size_t i = 0; i < sent.size(); ++i)
            QCOMPARE(sent[i], int(frame.size()));
    }
    for (const SocketPair &pair : pairs)
        QCOMPARE(readAvailable(pair.receiver), expected);
    closePairs(pairs);
}

void TestFanOutSender::fullBufferIsReportedAsPartial()
{
    std::vector<SocketPair> pairs = openPairs(FanOutSender::minimumParallelSockets * 2);
    const int small = 4096;
    ::setsockopt(pairs.front().sender, SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
    // Fill the first socket's buffers until the kernel refuses more.
    const QByteArray filler(65536, 'x');
    while (::send(pairs.front().sender, filler.constData(), size_t(filler.size()), MSG_DONTWAIT)
           > 0) { }
    QCOMPARE(errno, EAGAIN);

    std::vector<std::intptr_t> descriptors;
    for (const SocketPair &pair : pairs)
        descriptors.push_back(pair.sender);
    FanOutSender sender(2);
    std::vector<int> sent;
    const QByteArray frame(200, 'f');
    sender.send(frame, descriptors, sent);
    QCOMPARE(sent.front(), 0);
    for (size_t i = 1; i < sent.size(); ++i)
        QCOMPARE(sent[i], int(frame.size()));
    closePairs(pairs);
}

void TestFanOutSender::deadPeerIsReportedAsError()
{
    std::vector<SocketPair> pairs = openPairs(3);
    ::close(pairs[1].receiver);
    pairs[1].receiver = -1;
    std::vector<std::intptr_t> descriptors;
    for (const SocketPair &pair : pairs)
        descriptors.push_back(pair.sender);
    FanOutSender sender(1);
    std::vector<int> sent;
    // MSG_NOSIGNAL: a dead peer must be an error code, not a SIGPIPE that kills the server.
    sender.send("frame", descriptors, sent);
    QCOMPARE(sent[0], 5);
    QCOMPARE(sent[1], -1);
    QCOMPARE(sent[2], 5);
    closePairs(pairs);
}

void TestFanOutSender::automaticThreadCountIsBounded()
{
    const int count = FanOutSender::automaticThreadCount();
    QVERIFY(count >= 1);
    QVERIFY(count <= 4);
}

QTEST_GUILESS_MAIN(TestFanOutSender)
#include "tst_fanoutsender.moc"
