#include "photoencoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace tableside::server {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

std::optional<QByteArray> PhotoEncoder::encode(const QByteArray &input, QString *error)
{
    if (input.isEmpty() || input.size() > MaxUploadBytes) {
        setError(error,
                 QCoreApplication::translate("PhotoEncoder",
                                             "The photo is empty or too "
                                             "large."));
        return std::nullopt;
    }
    QByteArray data = input;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid() || size.isEmpty()) {
        setError(error,
                 QCoreApplication::translate("PhotoEncoder",
                                             "The upload is not an image (JPEG, PNG, "
                                             "GIF)."));
        return std::nullopt;
    }
    if (qint64(size.width()) * size.height() > MaxSourcePixels) {
        setError(error,
                 QCoreApplication::translate("PhotoEncoder", "The picture has too many pixels."));
        return std::nullopt;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        setError(error,
                 QCoreApplication::translate("PhotoEncoder", "The image cannot be read: %1")
                     .arg(reader.errorString()));
        return std::nullopt;
    }
    if (image.width() > MaxSide || image.height() > MaxSide)
        image = image.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // JPEG has no transparency: a transparent PNG goes on white, not black.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    for (int quality = 85; quality >= 25; quality -= 15) {
        QByteArray jpeg;
        QBuffer out(&jpeg);
        out.open(QIODevice::WriteOnly);
        QImageWriter writer(&out, "jpeg");
        writer.setQuality(quality);
        writer.setOptimizedWrite(true);
        if (!writer.write(flat)) {
            setError(error, writer.errorString());
            return std::nullopt;
        }
        if (jpeg.size() <= MaxJpegBytes)
            return jpeg;
    }
    setError(
        error,
        QCoreApplication::translate("PhotoEncoder", "The photo stays too large even compressed."));
    return std::nullopt;
}

} // namespace tableside::server
