#include "backupverifier.h"

#include "pgdump.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>
#include <zlib.h>

namespace tableside::server {

namespace {

// Unpacks @p from into @p out; the gzip header's time (when set) goes to @p headerTime.
bool gunzip(const QString &from, QFile &out, qint64 *headerTime, QString *error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = BackupVerifier::tr("Cannot read %1: %2").arg(from, in.errorString());
        return false;
    }
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 16) != Z_OK) {
        *error = BackupVerifier::tr("Cannot start unpacking the backup.");
        return false;
    }
    gz_header header {};
    inflateGetHeader(&stream, &header);
    constexpr qint64 chunk = 256 * 1024;
    QByteArray input;
    QByteArray output(chunk, Qt::Uninitialized);
    int status = Z_OK;
    bool ok = true;
    while (ok && status != Z_STREAM_END) {
        input = in.read(chunk);
        if (input.isEmpty())
            break; // truncated: status is not Z_STREAM_END
        stream.next_in = reinterpret_cast<Bytef *>(input.data());
        stream.avail_in = static_cast<uInt>(input.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(output.data());
            stream.avail_out = static_cast<uInt>(output.size());
            status = inflate(&stream, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
                ok = false;
                break;
            }
            const qint64 have = output.size() - stream.avail_out;
            if (have > 0 && out.write(output.constData(), have) != have) {
                *error = BackupVerifier::tr("Cannot unpack the backup: %1").arg(out.errorString());
                inflateEnd(&stream);
                return false;
            }
        } while (stream.avail_out == 0 && status != Z_STREAM_END);
    }
    if (header.done == 1)
        *headerTime = static_cast<qint64>(header.time);
    inflateEnd(&stream);
    if (!ok || status != Z_STREAM_END) {
        *error = BackupVerifier::tr("%1 is damaged: it does not unpack.").arg(from);
        return false;
    }
    return out.flush();
}

bool isGzip(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) && in.read(2) == QByteArray("\x1f\x8b", 2);
}

std::optional<BackupSummary> inspect(const QString &sqliteFile, QString *error)
{
    const QString name = QStringLiteral("tableside-verify-") + QUuid::createUuid().toString();
    std::optional<BackupSummary> summary;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqliteFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open()) {
            *error = BackupVerifier::tr("Cannot open the backup: %1").arg(db.lastError().text());
        } else if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()
                   || query.value(0).toString() != QLatin1String("ok")) {
            *error = BackupVerifier::tr("The backup fails the integrity check: %1")
                         .arg(query.lastError().isValid() ? query.lastError().text()
                                                          : query.value(0).toString());
        } else if (!query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM orders), "
                                              "(SELECT last_seq FROM channels WHERE name = "
                                              "'staff'), (SELECT MAX(created_at) FROM events)"))
                   || !query.next()) {
            *error = BackupVerifier::tr("The file is not a Tableside database: %1")
                         .arg(query.lastError().text());
        } else {
            summary = BackupSummary {};
            summary->orders = query.value(0).toLongLong();
            summary->latestSeq = query.value(1).toLongLong();
            summary->takenAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return summary;
}

} // namespace

std::optional<BackupSummary> BackupVerifier::verify(const QString &file, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!QFileInfo(file).isFile()) {
        *error = BackupVerifier::tr("No such backup file: %1").arg(file);
        return std::nullopt;
    }
    if (PgDump::isDump(file))
        return PgDump::verify(file, error);
    if (!isGzip(file)) {
        auto summary = inspect(file, error);
        if (summary)
            summary->takenAt = QFileInfo(file).lastModified().toUTC();
        return summary;
    }
    QTemporaryFile plain;
    if (!plain.open()) {
        *error = BackupVerifier::tr("Cannot unpack the backup: %1").arg(plain.errorString());
        return std::nullopt;
    }
    qint64 headerTime = 0;
    if (!gunzip(file, plain, &headerTime, error))
        return std::nullopt;
    plain.close();
    auto summary = inspect(plain.fileName(), error);
    // The writer puts the moment of the copy in the gzip header; a gzip made by hand has none.
    if (summary)
        summary->takenAt = headerTime > 0 ? QDateTime::fromSecsSinceEpoch(headerTime, Qt::UTC)
                                          : QFileInfo(file).lastModified().toUTC();
    return summary;
}

bool BackupVerifier::unpack(const QString &file, const QString &outFile, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!QFileInfo(file).isFile()) {
        *error = BackupVerifier::tr("No such backup file: %1").arg(file);
        return false;
    }
    QFile::remove(outFile);
    if (!isGzip(file)) {
        if (QFile::copy(file, outFile))
            return true;
        *error = BackupVerifier::tr("Cannot write %1.").arg(outFile);
        return false;
    }
    QFile out(outFile);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = BackupVerifier::tr("Cannot write %1.").arg(outFile);
        return false;
    }
    qint64 headerTime = 0;
    if (!gunzip(file, out, &headerTime, error)) {
        out.close();
        out.remove();
        return false;
    }
    return true;
}

} // namespace tableside::server
