#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace tableside::dashboard {

namespace {
ThemeColors lightColors()
{
    ThemeColors c;
    c.window = QColor(0xf1, 0xf3, 0xf5);
    c.card = Qt::white;
    c.cardBorder = QColor(0xd0, 0xd5, 0xdb);
    c.text = QColor(0x1b, 0x1f, 0x24);
    c.mutedText = QColor(0x5c, 0x66, 0x70);
    c.button = QColor(0x1f, 0x6f, 0x5c);
    c.buttonText = Qt::white;
    c.urgent = QColor(0xc6, 0x28, 0x28);
    c.urgentText = Qt::white;
    c.acknowledged = QColor(0xf5, 0x9e, 0x0b);
    return c;
}

ThemeColors darkColors()
{
    ThemeColors c;
    c.window = QColor(0x16, 0x19, 0x1d);
    c.card = QColor(0x23, 0x27, 0x2d);
    c.cardBorder = QColor(0x3a, 0x40, 0x48);
    c.text = QColor(0xec, 0xef, 0xf1);
    c.mutedText = QColor(0xa0, 0xa9, 0xb3);
    c.button = QColor(0x2f, 0x9e, 0x83);
    c.buttonText = Qt::white;
    c.urgent = QColor(0xe5, 0x39, 0x35);
    c.urgentText = Qt::white;
    c.acknowledged = QColor(0xfb, 0xbf, 0x24);
    return c;
}

Theme s_theme = Theme::Light;
ThemeColors s_colors = lightColors();
} // namespace

QColor ThemeColors::statusAccent(OrderStatus status) const
{
    switch (status) {
    case OrderStatus::Pending:
        return QColor(0x25, 0x63, 0xeb);
    case OrderStatus::Preparing:
        return QColor(0xd9, 0x77, 0x06);
    case OrderStatus::Ready:
        return QColor(0x16, 0xa3, 0x4a);
    case OrderStatus::Completed:
        return mutedText;
    case OrderStatus::Cancelled:
        return QColor(0x9c, 0x1c, 0x1c);
    case OrderStatus::PendingApproval:
        return QColor(0x7c, 0x3a, 0xed);
    }
    return mutedText;
}

const ThemeColors &ThemeManager::colors()
{
    return s_colors;
}

Theme ThemeManager::current()
{
    return s_theme;
}

QFont ThemeManager::baseFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(13);
    return font;
}

void ThemeManager::apply(Theme theme)
{
    s_theme = theme;
    s_colors = theme == Theme::Dark ? darkColors() : lightColors();
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    // Fusion draws the same on every platform and honours the palette fully (dark included).
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app->setStyle(fusion);
    QPalette p;
    p.setColor(QPalette::Window, s_colors.window);
    p.setColor(QPalette::WindowText, s_colors.text);
    p.setColor(QPalette::Base, s_colors.card);
    p.setColor(QPalette::AlternateBase, s_colors.window);
    p.setColor(QPalette::Text, s_colors.text);
    p.setColor(QPalette::Button, s_colors.card);
    p.setColor(QPalette::ButtonText, s_colors.text);
    p.setColor(QPalette::Highlight, s_colors.button);
    p.setColor(QPalette::HighlightedText, s_colors.buttonText);
    p.setColor(QPalette::ToolTipBase, s_colors.card);
    p.setColor(QPalette::ToolTipText, s_colors.text);
    p.setColor(QPalette::PlaceholderText, s_colors.mutedText);
    // setColor(role, …) above sets every group, Disabled too: without these a disabled button
    // ("Pay chosen items" with nothing chosen) looks exactly like one that can be tapped.
    for (const QPalette::ColorRole role :
         {QPalette::ButtonText, QPalette::Text, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, s_colors.mutedText);
    app->setPalette(p);
    app->setFont(baseFont());
    app->setStyleSheet(
        QStringLiteral(
            "QPushButton, QToolButton, QComboBox, QLineEdit { min-height: %1px; padding: 0 14px; }"
            "QCheckBox::indicator, QGroupBox::indicator { width: 28px; height: 28px; }"
            "QCheckBox { min-height: %1px; }"
            "QTabBar::tab { min-height: %1px; min-width: 160px; font-size: 15pt; padding: 0 18px; }"
            "QMenuBar::item { padding: 12px 18px; }"
            "QMenu::item { padding: 14px 28px; }"
            "QSlider { min-height: %1px; }")
            .arg(TouchTarget));
}

} // namespace tableside::dashboard
