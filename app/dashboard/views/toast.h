#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace tableside::dashboard {

/// One dismissable notification card (new order, conflict, failure) that closes itself after
/// a while.
class Toast : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Order, Warning, Error };

    Toast(Kind kind, const QString &title, const QString &body, int timeoutMs,
          QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString title() const;
    QString body() const;

signals:
    void dismissed(tableside::dashboard::Toast *toast);

public slots:
    void dismiss();

private:
    Kind m_kind;
    QLabel *m_title;
    QLabel *m_body;
    QToolButton *m_close;
    QTimer m_timer;
};

} // namespace tableside::dashboard
