#include "cardlistview.h"

#include "theme.h"

#include <QPainter>
#include <QResizeEvent>
#include <QScroller>

namespace tableside::dashboard {

CardListView::CardListView(Direction direction, QWidget *parent)
    : QListView(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setResizeMode(QListView::Adjust);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    setMouseTracking(false);
    viewport()->setAutoFillBackground(false);
    setStyleSheet(QStringLiteral("QListView { background: transparent; }"));
    if (direction == Direction::Horizontal) {
        setFlow(QListView::LeftToRight);
        setWrapping(false);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    } else {
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    // Finger drags scroll (kinetic); taps still reach the delegates' buttons.
    QScroller::grabGesture(viewport(), QScroller::TouchGesture);
}

void CardListView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void CardListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (model() && model()->rowCount() == 0 && !m_emptyText.isEmpty()) {
        QPainter painter(viewport());
        painter.setPen(ThemeManager::colors().mutedText);
        painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
    }
}

void CardListView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Card heights do not depend on the width, but their width does: lay out again.
    if (event->size().width() != event->oldSize().width())
        scheduleDelayedItemsLayout();
}

} // namespace tableside::dashboard
