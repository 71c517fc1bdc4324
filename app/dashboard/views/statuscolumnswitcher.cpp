#include "statuscolumnswitcher.h"

#include "theme.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace tableside::dashboard {

StatusColumnSwitcher::StatusColumnSwitcher(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("StatusColumnSwitcher"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    // Segmented: the buttons touch, so they read as one control with three positions.
    layout->setSpacing(0);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, &StatusColumnSwitcher::setCurrent);
    retranslate();
    setVisible(false);
}

void StatusColumnSwitcher::addColumn(QWidget *column)
{
    const int index = int(m_columns.size());
    m_columns.append(column);
    auto *button = new QPushButton(this);
    button->setCheckable(true);
    button->setMinimumHeight(ThemeManager::TouchTarget);
    button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_group->addButton(button, index);
    m_buttons.append(button);
    layout()->addWidget(button);
    apply();
}

void StatusColumnSwitcher::setLabel(int index, const QString &text)
{
    if (QPushButton *button = m_buttons.value(index)) {
        button->setText(text);
        button->setAccessibleName(text);
    }
}

void StatusColumnSwitcher::setPortrait(bool portrait)
{
    if (portrait == m_portrait)
        return;
    m_portrait = portrait;
    apply();
}

void StatusColumnSwitcher::setCurrent(int index)
{
    if (index < 0 || index >= m_columns.size())
        return;
    const bool changed = index != m_current;
    m_current = index;
    apply();
    if (changed)
        emit currentChanged(index);
}

void StatusColumnSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatusColumnSwitcher::apply()
{
    setVisible(m_portrait);
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columns.at(i)->setVisible(!m_portrait || i == m_current);
        m_buttons.at(i)->setChecked(i == m_current);
    }
}

void StatusColumnSwitcher::retranslate()
{
    setAccessibleName(tr("Order status columns"));
}

} // namespace tableside::dashboard
