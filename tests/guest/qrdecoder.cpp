#include "qrdecoder.h"

#include <QCollator>
#include <QDir>
#include <QProcess>

QStringList QrDecoder::decodeImageFile(const QString &path, QString *error)
{
    QProcess process;
    // --raw: the data only, one code per line; -q: no summary. Exit 4 = no code found.
    process.start(zbarimg(), {QStringLiteral("--raw"), QStringLiteral("-q"), path});
    if (!process.waitForFinished(60000)) {
        if (error)
            *error = QStringLiteral("zbarimg did not finish");
        return {};
    }
    if (process.exitCode() != 0 && error)
        *error = QStringLiteral("zbarimg exit %1: %2")
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()));
    QStringList codes;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            codes.append(QString::fromUtf8(line));
    }
    return codes;
}

QStringList QrDecoder::decodeImage(const QImage &image, const QString &directory, QString *error)
{
    const QString path = QDir(directory).filePath(QStringLiteral("code.png"));
    if (!image.save(path)) {
        if (error)
            *error = QStringLiteral("cannot save %1").arg(path);
        return {};
    }
    return decodeImageFile(path, error);
}

QStringList QrDecoder::renderPdf(const QString &pdfPath, const QString &directory, int dpi,
                                 QString *error)
{
    QProcess process;
    const QString prefix = QDir(directory).filePath(QStringLiteral("page"));
    process.start(
        pdftoppm(),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdfPath, prefix});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("pdftoppm failed: %1")
                         .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }
    QStringList pages = QDir(directory).entryList({QStringLiteral("page-*.png")}, QDir::Files);
    // page-1, page-2, … page-10: numeric order, not text order.
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(pages.begin(), pages.end(), collator);
    for (QString &page : pages)
        page = QDir(directory).filePath(page);
    return pages;
}
