#include "toast.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace tableside::dashboard {

Toast::Toast(Kind kind, const QString &title, const QString &body, int timeoutMs, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_title(new QLabel(title))
    , m_body(new QLabel(body))
    , m_close(new QToolButton)
{
    setObjectName(QStringLiteral("toast"));
    const ThemeColors &c = ThemeManager::colors();
    QColor accent = c.button;
    if (kind == Kind::Order)
        accent = c.statusAccent(OrderStatus::Pending);
    else if (kind == Kind::Warning)
        accent = c.acknowledged;
    else if (kind == Kind::Error)
        accent = c.urgent;
    setStyleSheet(
        QStringLiteral("#toast { background: %1; border: 1px solid %2; border-left: 8px solid %3;"
                       " border-radius: 10px; } QLabel { color: %4; background: transparent; }")
            .arg(c.card.name(), c.cardBorder.name(), accent.name(), c.text.name()));
    setFixedWidth(380);
    QFont titleFont = ThemeManager::baseFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_body->setWordWrap(true);
    // Titles and bodies carry guest notes and server messages: never rich text.
    m_title->setTextFormat(Qt::PlainText);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setVisible(!body.isEmpty());
    m_close->setText(QStringLiteral("✕"));
    m_close->setFixedSize(ThemeManager::TouchTarget, ThemeManager::TouchTarget);
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &Toast::dismiss);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_body);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(14, 8, 6, 8);
    row->addLayout(text, 1);
    row->addWidget(m_close, 0, Qt::AlignTop);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Toast::dismiss);
    if (timeoutMs > 0)
        m_timer.start(timeoutMs);
}

QString Toast::title() const
{
    return m_title->text();
}

QString Toast::body() const
{
    return m_body->text();
}

void Toast::dismiss()
{
    m_timer.stop();
    emit dismissed(this);
}

} // namespace tableside::dashboard
