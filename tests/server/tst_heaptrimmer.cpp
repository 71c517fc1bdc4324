// HeapTrimmer: one trim after a burst of activity has settled, and a trim that really gives
// freed heap pages back to the operating system (glibc; elsewhere the trim is a no-op).
#include "heaptrimmer.h"
#include "residentmemory.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>
#include <cstring>
#include <vector>

using tableside::server::HeapTrimmer;

class TestHeapTrimmer : public QObject
{
    Q_OBJECT

private slots:
    void trimsOnceAfterABurstSettles()
    {
        // Settle time far above the pauses, so a loaded machine cannot split the burst.
        HeapTrimmer trimmer(500);
        QSignalSpy trimmed(&trimmer, &HeapTrimmer::trimmed);
        QElapsedTimer burst;
        burst.start();
        for (int i = 0; i < 10; ++i) {
            trimmer.noteActivity();
            QTest::qWait(20); // shorter than the settle time: still one burst
        }
        if (burst.elapsed() < 500)
            QCOMPARE(trimmed.size(), 0);
        QTRY_COMPARE(trimmed.size(), 1);
        QTest::qWait(600);
        QCOMPARE(trimmed.size(), 1);
    }

    void trimReturnsFreedPagesToTheSystem()
    {
#if !defined(__GLIBC__)
        QSKIP("malloc_trim is glibc's; elsewhere trimming is a no-op");
#else
        // Small blocks (below the mmap threshold) come from the heap; keeping every 16th one
        // alive means the heap's top cannot shrink, only trimming can give the rest back.
        std::vector<char *> blocks;
        for (int i = 0; i < 64 * 1024; ++i) {
            char *block = static_cast<char *>(std::malloc(1024));
            std::memset(block, 1, 1024);
            blocks.push_back(block);
        }
        for (size_t i = 0; i < blocks.size(); ++i) {
            if (i % 16 != 0) {
                std::free(blocks[i]);
                blocks[i] = nullptr;
            }
        }
        const qint64 before = residentKb();
        HeapTrimmer::trimNow();
        const qint64 after = residentKb();
        qInfo() << "RSS before trim" << before << "KB, after" << after << "KB";
        QVERIFY2(before - after > 32 * 1024, "less than 32 MB of 60 MB freed was returned");
        for (char *block : blocks)
            std::free(block);
#endif
    }
};

QTEST_GUILESS_MAIN(TestHeapTrimmer)
#include "tst_heaptrimmer.moc"
