// EndOfDayReport: once a business day has ended, the day's PDF appears in the reports folder,
// written by the real binary from a store's database; a day that has its file is left alone.
#include "teststore.h"
#include "endofdayreport.h"
#include "store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside::server;

class TestEndOfDayReport : public QObject
{
    Q_OBJECT
private slots:
    void writesTheFinishedDaysPdf()
    {
        QTemporaryDir data;
        {
            Store store;
            QVERIFY(tableside::server::testkit::openTestStore(store, data.path()));
        }
        QTemporaryDir reports;
        EndOfDayReport::Options options;
        options.binary = QStringLiteral(TABLESIDE_SERVER_BINARY);
        options.dataDir = data.path();
        options.database = tableside::server::testkit::testDatabaseSettings(data.path());
        options.folder = reports.filePath(QStringLiteral("reports"));
        options.language = QStringLiteral("en");
        // 05:00 local on 2026-03-11: the business day 2026-03-10 ended an hour ago.
        options.clock
            = [] { return QDateTime(QDate(2026, 3, 11), QTime(5, 0), Qt::LocalTime).toUTC(); };
        EndOfDayReport endOfDay(options);
        QSignalSpy written(&endOfDay, &EndOfDayReport::written);
        endOfDay.start();
        QVERIFY(written.wait(60000));
        QCOMPARE(written.at(0).at(0).toDate(), QDate(2026, 3, 10));
        QVERIFY(written.at(0).at(1).toBool());
        QFile pdf(endOfDay.fileFor(QDate(2026, 3, 10)));
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(pdf.fileName()));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.fileName().endsWith(QStringLiteral("/tableside-report-2026-03-10.pdf")));
        // The file is there: a second look writes nothing.
        EndOfDayReport again(options);
        QSignalSpy writtenAgain(&again, &EndOfDayReport::written);
        again.start();
        QTest::qWait(300);
        QCOMPARE(writtenAgain.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEndOfDayReport)
#include "tst_endofdayreport.moc"
