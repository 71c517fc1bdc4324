#include "toastarea.h"

#include <QEvent>
#include <QVBoxLayout>

namespace tableside::dashboard {

ToastArea::ToastArea(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    setAttribute(Qt::WA_TranslucentBackground);
    hide();
}

Toast *ToastArea::showToast(Toast::Kind kind, const QString &title, const QString &body,
                            int timeoutMs)
{
    auto *toast = new Toast(kind, title, body, timeoutMs, this);
    connect(toast, &Toast::dismissed, this, &ToastArea::remove);
    m_layout->insertWidget(0, toast);
    m_toasts.prepend(toast);
    while (m_toasts.size() > m_maximum)
        remove(m_toasts.last());
    show();
    raise();
    reposition();
    return toast;
}

void ToastArea::remove(Toast *toast)
{
    if (!m_toasts.removeOne(toast))
        return;
    m_layout->removeWidget(toast);
    toast->hide();
    toast->deleteLater();
    if (m_toasts.isEmpty())
        hide();
    else
        reposition();
}

void ToastArea::reposition()
{
    if (!parentWidget())
        return;
    adjustSize();
    int top = 16;
    if (m_anchor && m_anchor->isVisible() && parentWidget()->isAncestorOf(m_anchor))
        top = m_anchor->mapTo(parentWidget(), QPoint(0, m_anchor->height())).y() + 8;
    move(parentWidget()->width() - width() - 16, top);
}

void ToastArea::setAnchor(QWidget *anchor)
{
    if (m_anchor)
        m_anchor->removeEventFilter(this);
    m_anchor = anchor;
    if (anchor)
        anchor->installEventFilter(this); // the top bar's layout can move it without a resize
    reposition();
}

bool ToastArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_anchor
        && (event->type() == QEvent::Move || event->type() == QEvent::Resize
            || event->type() == QEvent::Show))
        reposition();
    return QWidget::eventFilter(watched, event);
}

} // namespace tableside::dashboard
