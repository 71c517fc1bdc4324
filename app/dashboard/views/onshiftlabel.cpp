#include "onshiftlabel.h"

#include "onshiftmodel.h"

#include <QEvent>

namespace tableside::dashboard {

OnShiftLabel::OnShiftLabel(OnShiftModel *model, QWidget *parent)
    : QLabel(parent)
    , m_model(model)
{
    setTextFormat(Qt::PlainText);
    connect(model, &QAbstractItemModel::modelReset, this, &OnShiftLabel::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &OnShiftLabel::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &OnShiftLabel::refresh);
    connect(model, &OnShiftModel::knownChanged, this, &OnShiftLabel::refresh);
    refresh();
}

void OnShiftLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void OnShiftLabel::refresh()
{
    if (!m_model->isKnown()) {
        // Offline: saying "nobody" would be wrong, so say nothing.
        setText(QString());
        setToolTip(QString());
        return;
    }
    // The top bar has room for a few names; the tooltip lists everybody.
    constexpr int shownNames = 3;
    const QStringList names = m_model->names();
    if (names.isEmpty())
        setText(tr("On shift: %1").arg(QStringLiteral("—")));
    else if (names.size() <= shownNames + 1)
        setText(tr("On shift: %1").arg(names.join(QStringLiteral(", "))));
    else
        //: "On shift: Ivan, Maria, Petar and 4 more"
        setText(tr("On shift: %1 and %2 more")
                    .arg(names.mid(0, shownNames).join(QStringLiteral(", ")))
                    .arg(names.size() - shownNames));
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row)
        lines.append(m_model->index(row, 0).data(Qt::ToolTipRole).toString());
    setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace tableside::dashboard
