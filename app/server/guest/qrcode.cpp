#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace tableside::server {

namespace {

QRecLevel toQrencodeLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrCode::ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrCode::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QrcodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QrCode::QrCode(int size, int version, QList<bool> modules)
    : m_size(size)
    , m_version(version)
    , m_modules(std::move(modules))
{ }

std::optional<QrCode> QrCode::encode(const QByteArray &data, ErrorCorrection level)
{
    if (data.isEmpty())
        return std::nullopt;
    // 8-bit mode keeps every byte as given (URLs are case-sensitive); version 0 = smallest fit.
    // QRcode_encodeString8bit stops at the first NUL, so data with NUL bytes cannot round-trip.
    if (data.contains('\0'))
        return std::nullopt;
    std::unique_ptr<QRcode, QrcodeDeleter> code(
        QRcode_encodeString8bit(data.constData(), 0, toQrencodeLevel(level)));
    if (!code)
        return std::nullopt;
    const int size = code->width;
    QList<bool> modules(qsizetype(size) * size);
    for (qsizetype i = 0; i < modules.size(); ++i)
        modules[i] = (code->data[i] & 0x01) != 0; // bit 0 = dark; the others are libqrencode's
    return QrCode(size, code->version, std::move(modules));
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

QImage QrCode::toImage(int pixelsPerModule, int quietZoneModules) const
{
    pixelsPerModule = qMax(1, pixelsPerModule);
    quietZoneModules = qMax(0, quietZoneModules);
    const int side = (m_size + 2 * quietZoneModules) * pixelsPerModule;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            const int left = (x + quietZoneModules) * pixelsPerModule;
            const int top = (y + quietZoneModules) * pixelsPerModule;
            for (int py = top; py < top + pixelsPerModule; ++py) {
                for (int px = left; px < left + pixelsPerModule; ++px)
                    image.setPixel(px, py, 1);
            }
        }
    }
    return image;
}

} // namespace tableside::server
