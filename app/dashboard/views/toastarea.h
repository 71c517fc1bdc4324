#pragma once

#include "toast.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QVBoxLayout;

namespace tableside::dashboard {

/// A corner overlay that stacks toasts (newest on top, at most a few at once); each can be
/// dismissed by tap and closes itself after a while.
class ToastArea : public QWidget
{
    Q_OBJECT
public:
    explicit ToastArea(QWidget *parent);

    Toast *showToast(Toast::Kind kind, const QString &title, const QString &body = {},
                     int timeoutMs = 12'000);
    QList<Toast *> toasts() const { return m_toasts; }
    void setMaximumToasts(int count) { m_maximum = count; }
    /// Keeps the area in the top-right corner of its parent, below @p anchor when one is set.
    void reposition();
    /// Toasts go below @p anchor (a descendant of the parent, e.g. the top bar's menu button),
    /// so they never cover the top bar's controls.
    void setAnchor(QWidget *anchor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void remove(Toast *toast);

    QVBoxLayout *m_layout;
    QList<Toast *> m_toasts;
    QPointer<QWidget> m_anchor;
    int m_maximum = 5;
};

} // namespace tableside::dashboard
