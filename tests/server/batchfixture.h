#pragma once

// For the tests of the store's parts: a Database over a fresh SQLite file (or PostgreSQL
// database, testdatabase.h) and a WriteBatch on
// it, with a clock the test moves.

#include "database.h"
#include "eventlog.h"
#include "teststore.h"
#include "writebatch.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace tableside::server::testkit {

/// A migrated database in a temporary folder and its write batch (staff channel at seq 0).
struct BatchFixture
{
    QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    QTemporaryDir dir;
    Database db;
    WriteBatch batch {db, [this] { return now; }};

    /// Opens the database; false (with the reason logged as a test warning) on failure.
    bool open()
    {
        QString error;
        if (!openTestDatabase(db, dir.path(), this, &error)) {
            qWarning("open: %s", qPrintable(error));
            return false;
        }
        batch.startAt(EventLog(db).storedSeq(Database::Connection::Write).value_or(-1));
        return true;
    }
};

} // namespace tableside::server::testkit
