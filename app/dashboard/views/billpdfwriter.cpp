#include "billpdfwriter.h"

#include "labels.h"
#include "moneyformatter.h"

#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTranslator>
#include <memory>

namespace tableside::dashboard {

namespace {
constexpr int Dpi = 300;
constexpr qreal MarginMm = 4;

qreal mmToDots(qreal mm)
{
    return mm / 25.4 * Dpi;
}

QFont font(qreal points, bool bold = false, bool italic = false)
{
    // DejaVu Sans has Cyrillic (fonts-dejavu-core, already a dependency of the screens).
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // No "fi"/"ff" ligatures: copied or searched text of the PDF stays plain letters.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}
} // namespace

/// One printed line: text on the left, an amount on the right, or a rule.
struct BillPdfWriter::Row
{
    enum class Kind { Text, Centered, Rule, Gap };
    Kind kind = Kind::Text;
    QString left;
    QString right;
    qreal points = 8;
    bool bold = false;
    bool italic = false;
};

BillPdfWriter::BillPdfWriter(Language language)
    : m_language(language)
{ }

QString BillPdfWriter::translate(Language language, const char *source)
{
    // One translator per language, loaded once from the dashboard's own .qm files.
    static QHash<int, std::shared_ptr<QTranslator>> translators;
    auto &translator = translators[int(language)];
    if (!translator) {
        translator = std::make_shared<QTranslator>();
        if (!translator->load(
                QStringLiteral(":/dashboard/i18n/dashboard_%1.qm").arg(languageCode(language))))
            translator.reset(new QTranslator);
    }
    const QString translated = translator->translate("BillPdfWriter", source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

void BillPdfWriter::setVenue(const QString &name, const QString &address, const QString &taxId)
{
    m_venueLines = {name.isEmpty() ? QStringLiteral("Tableside") : name};
    if (!address.isEmpty())
        m_venueLines.append(address);
    if (!taxId.isEmpty())
        m_venueLines.append(text(QT_TRANSLATE_NOOP("BillPdfWriter", "Tax ID %1")).arg(taxId));
}

QList<BillPdfWriter::Row> BillPdfWriter::rows(const TableBill &bill) const
{
    using Kind = Row::Kind;
    const auto marker = [](Kind kind) {
        Row row;
        row.kind = kind;
        return row;
    };
    const MoneyFormatter money(m_language);
    const QDateTime at = m_printedAt.isValid() ? m_printedAt : QDateTime::currentDateTime();
    const bool dual = money.showsBgnOn(at.date());
    const bool bg = m_language == Language::Bulgarian;
    const QLocale locale(bg ? QLocale::Bulgarian : QLocale::English);
    QList<Row> rows;
    for (int i = 0; i < m_venueLines.size(); ++i)
        rows.append({Kind::Centered, m_venueLines.at(i), {}, i == 0 ? 10.0 : 7.5, i == 0});
    rows.append(marker(Kind::Gap));
    const QString table = bill.tableName.isEmpty()
        ? text(QT_TRANSLATE_NOOP("BillPdfWriter", "Table %1")).arg(bill.tableNumber)
        : QStringLiteral("%1 (%2)").arg(bill.tableName).arg(bill.tableNumber);
    rows.append({Kind::Centered, text(QT_TRANSLATE_NOOP("BillPdfWriter", "BILL")), {}, 11, true});
    rows.append({Kind::Centered, table, {}, 9, true});
    rows.append({Kind::Centered, locale.toString(at, QStringLiteral("dd.MM.yyyy HH:mm")), {}, 7.5});
    rows.append(marker(Kind::Rule));
    for (const TableBill::OrderPart &order : bill.orders) {
        if (order.lines.isEmpty())
            continue;
        rows.append({Kind::Text,
                     text(QT_TRANSLATE_NOOP("BillPdfWriter", "Order #%1")).arg(order.orderNumber),
                     {},
                     7.5,
                     false,
                     true});
        for (const TableBill::Line &line : order.lines) {
            const QString name = !bg && !line.nameEn.isEmpty() ? line.nameEn : line.name;
            rows.append({Kind::Text, QStringLiteral("%1 × %2").arg(line.quantity).arg(name),
                         money.formatEur(line.lineTotal()), 8.5});
            if (line.quantity > 1)
                rows.append({Kind::Text,
                             QStringLiteral("   %1 × %2")
                                 .arg(line.quantity)
                                 .arg(money.formatEur(line.unitPrice)),
                             {},
                             7});
            if (!line.notes.isEmpty())
                rows.append({Kind::Text, QStringLiteral("   ") + line.notes, {}, 7, false, true});
        }
    }
    rows.append(marker(Kind::Rule));
    rows.append({Kind::Text, text(QT_TRANSLATE_NOOP("BillPdfWriter", "TOTAL")),
                 money.formatEur(bill.total), 11, true});
    if (dual) {
        rows.append({Kind::Text, {}, money.formatBgn(bill.total), 9, true});
        rows.append({Kind::Text, money.rateLine(), {}, 7});
    }
    QList<TableBill::Payment> payments;
    for (const TableBill::Payment &payment : bill.payments)
        if (!payment.voided)
            payments.append(payment);
    if (!payments.isEmpty()) {
        rows.append(marker(Kind::Rule));
        rows.append(
            {Kind::Text, text(QT_TRANSLATE_NOOP("BillPdfWriter", "Payments")), {}, 8.5, true});
        for (const TableBill::Payment &payment : payments) {
            const QString method = payment.method == QLatin1String("card")
                ? text(QT_TRANSLATE_NOOP("BillPdfWriter", "Card"))
                : text(QT_TRANSLATE_NOOP("BillPdfWriter", "Cash"));
            rows.append(
                {Kind::Text,
                 QStringLiteral("%1 %2").arg(locale.toString(payment.createdAt.toLocalTime().time(),
                                                             QStringLiteral("HH:mm")),
                                             method),
                 money.formatDual(payment.amount, at.date()), 8});
            if (!payment.tip.isZero())
                rows.append({Kind::Text, text(QT_TRANSLATE_NOOP("BillPdfWriter", "   Tip")),
                             money.formatEur(payment.tip), 7.5});
            if (!payment.tendered.isZero()) {
                rows.append({Kind::Text, text(QT_TRANSLATE_NOOP("BillPdfWriter", "   Tendered")),
                             money.formatEur(payment.tendered), 7.5});
                rows.append({Kind::Text, text(QT_TRANSLATE_NOOP("BillPdfWriter", "   Change")),
                             money.formatDual(payment.change, at.date()), 7.5});
            }
        }
    }
    rows.append(marker(Kind::Rule));
    rows.append({Kind::Centered,
                 text(QT_TRANSLATE_NOOP("BillPdfWriter", "Not a fiscal receipt")),
                 {},
                 10,
                 true});
    rows.append({Kind::Centered,
                 text(QT_TRANSLATE_NOOP("BillPdfWriter",
                                        "The fiscal receipt is issued by the cash register.")),
                 {},
                 7});
    return rows;
}

bool BillPdfWriter::write(const TableBill &bill, const QString &path)
{
    m_error.clear();
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        m_error = probe.errorString();
        return false;
    }
    probe.close();

    QPdfWriter writer(path);
    writer.setResolution(Dpi);
    writer.setCreator(QStringLiteral("Tableside"));
    writer.setTitle(translate(m_language, QT_TRANSLATE_NOOP("BillPdfWriter", "BILL")));
    const QList<Row> all = rows(bill);
    const qreal width = mmToDots(PageWidthMm - 2 * MarginMm);

    // Pass 1: measure (names wrap), so the page is exactly as long as the bill.
    const auto measure = [&](const Row &row, qreal *rightWidth) {
        if (row.kind == Row::Kind::Rule)
            return mmToDots(2.5);
        if (row.kind == Row::Kind::Gap)
            return mmToDots(1.5);
        const QFontMetricsF metrics(font(row.points, row.bold, row.italic), &writer);
        *rightWidth = row.right.isEmpty() ? 0 : metrics.horizontalAdvance(row.right) + mmToDots(2);
        const int align = row.kind == Row::Kind::Centered ? Qt::AlignHCenter : Qt::AlignLeft;
        const QRectF box = metrics.boundingRect(QRectF(0, 0, width - *rightWidth, 1e6),
                                                align | Qt::TextWordWrap, row.left);
        return qMax(box.height(), metrics.height()) + mmToDots(0.6);
    };
    qreal height = 0;
    for (const Row &row : all) {
        qreal right = 0;
        height += measure(row, &right);
    }
    const qreal heightMm = qMax(MinimumHeightMm, height / Dpi * 25.4 + 2 * MarginMm + 2);
    m_lastHeightMm = heightMm;
    writer.setPageLayout(
        QPageLayout(QPageSize(QSizeF(PageWidthMm, heightMm), QPageSize::Millimeter),
                    QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(&writer)) {
        m_error = QStringLiteral("cannot write PDF");
        return false;
    }
    qreal y = mmToDots(MarginMm);
    const qreal left = mmToDots(MarginMm);
    for (const Row &row : all) {
        qreal right = 0;
        const qreal rowHeight = measure(row, &right);
        if (row.kind == Row::Kind::Rule) {
            painter.setPen(QPen(Qt::black, 2, Qt::DashLine));
            painter.drawLine(QPointF(left, y + rowHeight / 2),
                             QPointF(left + width, y + rowHeight / 2));
        } else if (row.kind != Row::Kind::Gap) {
            painter.setPen(Qt::black);
            painter.setFont(font(row.points, row.bold, row.italic));
            const int align = row.kind == Row::Kind::Centered ? Qt::AlignHCenter : Qt::AlignLeft;
            painter.drawText(QRectF(left, y, width - right, rowHeight), align | Qt::TextWordWrap,
                             row.left);
            if (!row.right.isEmpty())
                painter.drawText(QRectF(left, y, width, rowHeight), Qt::AlignRight | Qt::AlignTop,
                                 row.right);
        }
        y += rowHeight;
    }
    painter.end();
    return true;
}

} // namespace tableside::dashboard
