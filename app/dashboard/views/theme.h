#pragma once

#include "dashboardsettings.h"
#include "orderstatus.h"

#include <QColor>
#include <QFont>

class QApplication;

namespace tableside::dashboard {

/// The dashboard's colours and sizes for light and dark: large type for arm's length and touch
/// targets of at least 48 px.
struct ThemeColors
{
    QColor window;
    QColor card;
    QColor cardBorder;
    QColor text;
    QColor mutedText;
    QColor button;
    QColor buttonText;
    QColor urgent;
    QColor urgentText;
    QColor acknowledged;

    /// Accent stripe of an order card by status.
    QColor statusAccent(OrderStatus status) const;
};

/// Applies and describes the current theme (palette and style sheet for the whole application).
class ThemeManager
{
public:
    static constexpr int TouchTarget = 52; ///< px: buttons are at least this tall (≥ 48)
    static const ThemeColors &colors();
    static Theme current();
    static void apply(Theme theme);
    /// The base font for cards and buttons (larger than the platform default).
    static QFont baseFont();
};

} // namespace tableside::dashboard
