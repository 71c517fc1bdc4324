#include "qrcardwriter.h"

#include "qrcode.h"

#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace tableside::server {

namespace {

// Print resolution: QR modules land on whole device pixels at 300 dpi, and poppler/printers
// render the embedded image crisply.
constexpr int Resolution = 300;

// Page geometry in millimetres (A4 portrait, 2 × 3 cards of 95 × 91 mm).
constexpr double PageMarginX = 10.0;
constexpr double PageMarginY = 12.0;
constexpr double CardWidth = 95.0;
constexpr double CardHeight = 91.0;
constexpr double QrSide = 52.0; // including the 4-module quiet zone

// The card is bilingual by design: both texts are printed on every card whatever the
// server's language, so they are fixed print texts, not translatable UI strings.
const char16_t *const ScanToOrderBg = u"Сканирайте, за да поръчате";
const char16_t *const ScanToOrderEn = u"Scan to order";
const char16_t *const TableBg = u"Маса %1";
const char16_t *const TableEn = u"Table %1";

class CardPainter
{
public:
    explicit CardPainter(QPainter &painter, double dotsPerMm)
        : p(painter)
        , dpmm(dotsPerMm)
    { }

    QRectF mm(double x, double y, double w, double h) const
    {
        return QRectF(x * dpmm, y * dpmm, w * dpmm, h * dpmm);
    }

    void drawCard(double left, double top, int tableNumber, const QUrl &url) const
    {
        // Cut line: a light dashed frame, so the cards can be cut apart with scissors.
        QPen cut(QColor(150, 150, 150));
        cut.setStyle(Qt::DashLine);
        cut.setWidthF(0.2 * dpmm);
        p.setPen(cut);
        p.setBrush(Qt::NoBrush);
        p.drawRect(mm(left, top, CardWidth, CardHeight));

        p.setPen(Qt::black);
        QFont title(QStringLiteral("DejaVu Sans"));
        title.setPointSizeF(18);
        title.setBold(true);
        p.setFont(title);
        const QString heading = QString::fromUtf16(TableBg).arg(tableNumber) + QStringLiteral(" / ")
            + QString::fromUtf16(TableEn).arg(tableNumber);
        p.drawText(mm(left, top + 4, CardWidth, 11), Qt::AlignCenter, heading);

        const std::optional<QrCode> code
            = QrCode::encode(url.toString(QUrl::FullyEncoded).toUtf8());
        if (code) {
            const int quietZone = 4;
            const int modules = code->size() + 2 * quietZone;
            // Whole device pixels per module, so every module has the same width when printed.
            const int pixelsPerModule = qMax(1, int(QrSide * dpmm / modules));
            const QImage image = code->toImage(pixelsPerModule, quietZone);
            const double side = image.width();
            const QRectF target((left + CardWidth / 2) * dpmm - side / 2, (top + 16) * dpmm, side,
                                side);
            p.drawImage(target, image);
        }

        QFont body(QStringLiteral("DejaVu Sans"));
        body.setPointSizeF(12);
        p.setFont(body);
        p.drawText(mm(left, top + 69, CardWidth, 6.5), Qt::AlignCenter,
                   QString::fromUtf16(ScanToOrderBg));
        p.drawText(mm(left, top + 75.5, CardWidth, 6.5), Qt::AlignCenter,
                   QString::fromUtf16(ScanToOrderEn));

        // The link in words, for a phone whose camera will not read the code.
        QFont small(QStringLiteral("DejaVu Sans"));
        small.setPointSizeF(7.5);
        p.setFont(small);
        p.setPen(QColor(70, 70, 70));
        // A signed link is longer: shrink the type until it fits the card's width.
        const QString link = url.toString(QUrl::FullyEncoded);
        const QRectF linkBox = mm(left + 2, top + 83, CardWidth - 4, 5);
        while (small.pointSizeF() > 5
               && QFontMetricsF(small, p.device()).horizontalAdvance(link) > linkBox.width()) {
            small.setPointSizeF(small.pointSizeF() - 0.5);
            p.setFont(small);
        }
        p.drawText(linkBox, Qt::AlignCenter, link);
    }

private:
    QPainter &p;
    double dpmm;
};

} // namespace

QrCardWriter::QrCardWriter(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{ }

std::optional<QUrl> QrCardWriter::normalizedBaseUrl(const QUrl &url, QString *error)
{
    auto fail = [error](const QString &reason) -> std::optional<QUrl> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!url.isValid() || url.isRelative())
        return fail(tr("the base URL must be absolute, e.g. http://192.168.1.20:8080"));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return fail(tr("the base URL must start with http:// or https://"));
    if (url.host().isEmpty())
        return fail(tr("the base URL has no host"));
    if (url.hasQuery() || url.hasFragment())
        return fail(tr("the base URL must not have a query or fragment"));
    if (!url.userInfo().isEmpty())
        return fail(tr("the base URL must not contain a user name or password"));
    QUrl normalized = url;
    QString path = normalized.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    normalized.setPath(path);
    return normalized;
}

QUrl QrCardWriter::tableUrl(const QUrl &baseUrl, int tableNumber)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/t/") + QString::number(tableNumber));
    return url;
}

QUrl QrCardWriter::signedTableUrl(const QUrl &baseUrl, int tableNumber, const QByteArray &token)
{
    QUrl url = tableUrl(baseUrl, tableNumber);
    if (!token.isEmpty())
        url.setQuery(QStringLiteral("k=") + QString::fromLatin1(token));
    return url;
}

bool QrCardWriter::write(const QString &pdfPath, const QList<int> &tableNumbers,
                         QString *error) const
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (tableNumbers.isEmpty())
        return fail(tr("no tables to print"));

    QPdfWriter writer(pdfPath);
    writer.setResolution(Resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(tr("Tableside QR table cards"));
    writer.setCreator(QStringLiteral("tableside-server qr"));

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("cannot write %1").arg(QFileInfo(pdfPath).absoluteFilePath()));
    // Crisp module edges: smoothing would blur the code when the viewer scales the image.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const CardPainter cards(painter, Resolution / 25.4);

    for (int i = 0; i < tableNumbers.size(); ++i) {
        const int slot = i % CardsPerPage;
        if (i > 0 && slot == 0)
            writer.newPage();
        const double left = PageMarginX + (slot % Columns) * CardWidth;
        const double top = PageMarginY + (slot / Columns) * CardHeight;
        const int table = tableNumbers.at(i);
        cards.drawCard(left, top, table, signedTableUrl(m_baseUrl, table, m_tokens.value(table)));
    }
    if (!painter.end())
        return fail(tr("cannot finish %1").arg(QFileInfo(pdfPath).absoluteFilePath()));
    return true;
}

} // namespace tableside::server
