#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <optional>

namespace tableside::server {

/// A QR code symbol (a square of dark and light modules) encoded by libqrencode.
class QrCode
{
public:
    /// How much of the symbol may be damaged and still scan: Low ≈7 %, Medium ≈15 %,
    /// Quartile ≈25 %, High ≈30 %. Bigger recovery means more modules.
    enum class ErrorCorrection { Low, Medium, Quartile, High };

    /// Encodes @p data (UTF-8 bytes, as 8-bit data) with the smallest version that fits.
    /// Returns nullopt when the data does not fit in any QR version (over ~2.9 KB) or is empty.
    static std::optional<QrCode> encode(const QByteArray &data,
                                        ErrorCorrection level = ErrorCorrection::Quartile);

    /// Modules per side (21 for version 1, +4 per version).
    int size() const { return m_size; }
    /// QR version 1–40.
    int version() const { return m_version; }
    /// True when the module at column @p x, row @p y is dark. Outside the symbol: false.
    bool isDark(int x, int y) const;

    /// A black-on-white image, @p pixelsPerModule pixels per module, with a light border of
    /// @p quietZoneModules modules on each side (scanners need at least 4).
    QImage toImage(int pixelsPerModule, int quietZoneModules = 4) const;

private:
    QrCode(int size, int version, QList<bool> modules);

    int m_size = 0;
    int m_version = 0;
    QList<bool> m_modules; // row-major, size × size
};

} // namespace tableside::server
