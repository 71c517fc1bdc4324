#pragma once

#include <QImage>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

/// Test helper: decodes QR codes in images and PDFs with Debian's zbarimg and pdftoppm, so the
/// tests check codes the way a phone would read them, independently of the encoder.
class QrDecoder
{
public:
    static QString zbarimg() { return QStandardPaths::findExecutable(QStringLiteral("zbarimg")); }
    static QString pdftoppm() { return QStandardPaths::findExecutable(QStringLiteral("pdftoppm")); }

    /// Every code zbarimg finds in the image file @p path, one string per code.
    static QStringList decodeImageFile(const QString &path, QString *error = nullptr);
    /// Saves @p image as PNG in @p directory and decodes it.
    static QStringList decodeImage(const QImage &image, const QString &directory,
                                   QString *error = nullptr);
    /// Renders every page of @p pdfPath at @p dpi into @p directory; returns the PNG paths in
    /// page order.
    static QStringList renderPdf(const QString &pdfPath, const QString &directory, int dpi,
                                 QString *error = nullptr);
};
