#include "backupwriter.h"

#include "backupverifier.h"
#include "logging.h"
#include "pgdump.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <zlib.h>

namespace tableside::server {

namespace {

// VACUUM INTO on a connection of our own: SQLite copies one read transaction's snapshot, so the
// copy is consistent while the server's connections keep writing (WAL readers do not block them).
bool vacuumInto(const QString &databaseFile, const QString &copy, QString *error)
{
    const QString name = QStringLiteral("tableside-backup-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!QFileInfo::exists(databaseFile)) {
            *error = BackupWriter::tr("No database at %1.").arg(databaseFile);
        } else if (!db.open()) {
            *error = BackupWriter::tr("Cannot open the database %1: %2")
                         .arg(databaseFile, db.lastError().text());
        } else {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(copy);
            ok = query.exec();
            if (!ok)
                *error = BackupWriter::tr("Cannot copy the database to %1: %2")
                             .arg(copy, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// gzip with the time of the backup in the header (BackupVerifier reads it back as takenAt).
bool gzipFile(const QString &from, const QString &to, const QDateTime &at, QString *error)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = BackupWriter::tr("Cannot read %1: %2").arg(from, in.errorString());
        return false;
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = BackupWriter::tr("Cannot write %1: %2").arg(to, out.errorString());
        return false;
    }
    z_stream stream {};
    // 15 + 16: a gzip wrapper rather than a bare zlib stream, so `gunzip` reads the file too.
    if (deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        *error = BackupWriter::tr("Cannot start compressing the backup.");
        return false;
    }
    gz_header header {};
    header.time = static_cast<uLong>(at.toSecsSinceEpoch());
    header.os = 3; // Unix
    deflateSetHeader(&stream, &header);
    constexpr qint64 chunk = 256 * 1024;
    QByteArray input;
    QByteArray output(chunk, Qt::Uninitialized);
    bool ok = true;
    int flush = Z_NO_FLUSH;
    do {
        input = in.read(chunk);
        flush = in.atEnd() ? Z_FINISH : Z_NO_FLUSH;
        stream.next_in = reinterpret_cast<Bytef *>(input.data());
        stream.avail_in = static_cast<uInt>(input.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(output.data());
            stream.avail_out = static_cast<uInt>(output.size());
            deflate(&stream, flush);
            const qint64 have = output.size() - stream.avail_out;
            if (have > 0 && out.write(output.constData(), have) != have) {
                *error = BackupWriter::tr("Cannot write %1: %2").arg(to, out.errorString());
                ok = false;
            }
        } while (ok && stream.avail_out == 0);
    } while (ok && flush != Z_FINISH);
    deflateEnd(&stream);
    // flush() reports a full disk that buffered writes hid.
    if (ok && !out.flush()) {
        *error = BackupWriter::tr("Cannot write %1: %2").arg(to, out.errorString());
        ok = false;
    }
    out.close();
    return ok;
}

} // namespace

bool BackupWriter::write(const QString &databaseFile, const QString &outFile, QString *error,
                         BackupSummary *summary)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QElapsedTimer timer;
    timer.start();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    // The plain copy goes next to the database (the data directory has room for one more), the
    // compressed one next to its final name, renamed only once verified: a failed attempt leaves
    // no file that looks like a backup.
    const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString copy = databaseFile + QStringLiteral(".backup-") + unique;
    const QString part = outFile + QStringLiteral(".part");
    QFile::remove(part);
    const bool written = vacuumInto(databaseFile, copy, error) && gzipFile(copy, part, at, error);
    QFile::remove(copy);
    if (!publish(written, part, outFile, &BackupVerifier::verify, summary, error)) {
        qCWarning(lcStore) << "backup failed:" << *error;
        return false;
    }
    qCInfo(lcStore) << "backup written:" << outFile << "in" << timer.elapsed() << "ms";
    return true;
}

bool BackupWriter::write(const DatabaseSettings &database, const QString &databaseFile,
                         const QString &outFile, QString *error, BackupSummary *summary)
{
    if (database.isPostgres())
        return PgDump::write(database, outFile, error, summary);
    return write(databaseFile, outFile, error, summary);
}

QString BackupWriter::extension(const DatabaseSettings &database)
{
    return database.isPostgres() ? PgDump::extension() : QStringLiteral(".db.gz");
}

bool BackupWriter::publish(
    bool written, const QString &part, const QString &outFile,
    const std::function<std::optional<BackupSummary>(const QString &file, QString *error)> &verify,
    BackupSummary *summary, QString *error)
{
    bool ok = written;
    if (ok) {
        const auto verified = verify(part, error);
        ok = verified.has_value();
        if (verified && summary)
            *summary = *verified;
    }
    if (ok) {
        QFile::remove(outFile);
        if (!QFile::rename(part, outFile)) {
            *error = BackupWriter::tr("Cannot write %1.").arg(outFile);
            ok = false;
        }
    }
    if (!ok)
        QFile::remove(part);
    return ok;
}

} // namespace tableside::server
