// Which backups a folder keeps: the last one of each of the newest keepDaily days and of each of
// the newest keepWeekly ISO weeks; names that are not backups are never deleted.
#include "backupretention.h"

#include <QTest>

using namespace tableside::server;

namespace {

QString at(const char *when)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(when), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return BackupRetention::fileName(time);
}

QStringList names(std::initializer_list<const char *> times)
{
    QStringList out;
    for (const char *time : times)
        out << at(time);
    return out;
}

} // namespace

class TestBackupRetention : public QObject
{
    Q_OBJECT

private slots:
    void fileNames()
    {
        const QDateTime time(QDate(2026, 3, 7), QTime(4, 5, 6), Qt::UTC);
        QCOMPARE(BackupRetention::fileName(time),
                 QStringLiteral("tableside-2026-03-07-040506.db.gz"));
        QCOMPARE(BackupRetention::timeOf(BackupRetention::fileName(time)), time);
        QVERIFY(!BackupRetention::timeOf(QStringLiteral("tableside-2026-03-07.db.gz")).isValid());
        QVERIFY(!BackupRetention::timeOf(QStringLiteral("notes.txt")).isValid());
        // PostgreSQL's pg_dump archives (issue 21): same names, same retention.
        const QString dump = BackupRetention::fileName(time, QStringLiteral(".pgdump"));
        QCOMPARE(dump, QStringLiteral("tableside-2026-03-07-040506.pgdump"));
        QCOMPARE(BackupRetention::timeOf(dump), time);
        QVERIFY(
            !BackupRetention::timeOf(QStringLiteral("tableside-2026-03-07-040506.sql")).isValid());
        const QStringList mixed {
            BackupRetention::fileName(time.addDays(-2)),
            BackupRetention::fileName(time.addDays(-1), QStringLiteral(".pgdump")), dump};
        QCOMPARE(BackupRetention::toDelete(mixed, 2, 0), QStringList {mixed.first()});
    }

    void toDelete_data()
    {
        QTest::addColumn<QStringList>("folder");
        QTest::addColumn<int>("keepDaily");
        QTest::addColumn<int>("keepWeekly");
        QTest::addColumn<QStringList>("deleted");

        QTest::newRow("empty") << QStringList() << 14 << 8 << QStringList();
        QTest::newRow("fewer than kept")
            << names({"2026-03-01T03:00:00", "2026-03-02T03:00:00"}) << 14 << 8 << QStringList();
        // Two on one day: the day keeps its last one.
        QTest::newRow("same day") << names({"2026-03-02T03:00:00", "2026-03-02T09:30:00"}) << 14
                                  << 0 << names({"2026-03-02T03:00:00"});
        // 20 nightly backups (Mon 2026-03-02 … Sat 03-21), 3 days + 2 weeks kept: the days
        // 19–21 and week 11's last (Sun 03-15); week 12 (16–22) is already kept by the 21st.
        {
            QStringList all;
            QStringList deleted;
            for (int day = 2; day <= 21; ++day) {
                const QString name = BackupRetention::fileName(
                    QDateTime(QDate(2026, 3, day), QTime(3, 0), Qt::UTC));
                all << name;
                if (day < 19 && day != 15)
                    deleted.prepend(name);
            }
            QTest::newRow("days and weeks") << all << 3 << 2 << deleted;
        }
        // Weeks reach back further than days; a gap of several weeks counts weeks that exist.
        QTest::newRow("weeks with gaps") << names({"2026-01-05T03:00:00", "2026-01-06T03:00:00",
                                                   "2026-02-10T03:00:00", "2026-03-20T03:00:00"})
                                         << 1 << 3 << names({"2026-01-05T03:00:00"});
        QTest::newRow("nothing kept") << names({"2026-03-01T03:00:00", "2026-03-02T03:00:00"}) << 0
                                      << 0 << names({"2026-03-02T03:00:00", "2026-03-01T03:00:00"});
        QTest::newRow("other files stay")
            << (names({"2026-03-01T03:00:00", "2026-03-02T03:00:00"})
                << QStringLiteral("README.txt") << QStringLiteral("tableside.db.gz.part"))
            << 1 << 0 << names({"2026-03-01T03:00:00"});
    }

    void toDelete()
    {
        QFETCH(QStringList, folder);
        QFETCH(int, keepDaily);
        QFETCH(int, keepWeekly);
        QFETCH(QStringList, deleted);
        QCOMPARE(BackupRetention::toDelete(folder, keepDaily, keepWeekly), deleted);
    }
};

QTEST_GUILESS_MAIN(TestBackupRetention)
#include "tst_backupretention.moc"
