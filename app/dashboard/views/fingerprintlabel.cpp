#include "fingerprintlabel.h"

#include <QFontDatabase>

namespace tableside::dashboard {

namespace {
constexpr int PairsPerRow = 8;
} // namespace

QString FingerprintLabel::grouped(const QString &fingerprint)
{
    const QStringList pairs = fingerprint.split(QLatin1Char(':'));
    if (pairs.size() <= PairsPerRow)
        return fingerprint;
    QStringList rows;
    for (int i = 0; i < pairs.size(); i += PairsPerRow)
        rows.append(pairs.mid(i, PairsPerRow).join(QLatin1Char(':')));
    return rows.join(QLatin1Char('\n'));
}

FingerprintLabel::FingerprintLabel(const QString &fingerprint, QWidget *parent)
    : QLabel(parent)
    , m_fingerprint(fingerprint)
{
    // Shown as text, never as markup, whatever the string holds.
    setTextFormat(Qt::PlainText);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setText(grouped(fingerprint));
}

} // namespace tableside::dashboard
