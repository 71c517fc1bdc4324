#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace tableside::server {

/// Turns an uploaded product photo (any format Qt reads: JPEG, PNG, GIF…) into what guests
/// download: a JPEG no larger than MaxSide pixels on its longer side and MaxJpegBytes in size,
/// with no metadata (re-encoding drops EXIF, GPS included).
class PhotoEncoder
{
public:
    static constexpr qint64 MaxUploadBytes = 5 * 1024 * 1024; ///< what the server reads at all
    static constexpr int MaxSide = 800;
    static constexpr qint64 MaxJpegBytes = 250 * 1024;
    /// Larger pictures are refused before decoding (a small file can decode huge).
    static constexpr int MaxSourcePixels = 40'000'000;

    /// The JPEG, or nullopt with a reason in @p error when @p input is not a readable image.
    static std::optional<QByteArray> encode(const QByteArray &input, QString *error = nullptr);
};

} // namespace tableside::server
