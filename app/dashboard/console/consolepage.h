#pragma once

#include "apiresult.h"

#include <QJsonObject>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tableside {
class StaffEvent;
}

namespace tableside::dashboard {

class DashboardSession;

/// A page of the manager's console: a heading, the page's content, and one status line that
/// says what the last request did (or why the server refused it). Reloads itself when shown,
/// after a snapshot, and on the staff events it names.
class ConsolePage : public QWidget
{
    Q_OBJECT
public:
    ConsolePage(DashboardSession *session, const QString &objectName, QWidget *parent = nullptr);

    DashboardSession *session() const { return m_session; }
    /// The status line's text (tests read it).
    QString statusText() const;
    /// Requests answered so far (tests wait on it).
    int answers() const { return m_answers; }

public slots:
    /// Fetches the page's data again.
    virtual void reload() = 0;

signals:
    /// A request of this page was answered (success or refusal).
    void answered(const tableside::dashboard::ApiResult &result);

protected:
    using Success = std::function<void(const QJsonObject &body)>;
    /// A staff JSON request; @p onSuccess on 2xx, else the server's message on the status line.
    void send(const QByteArray &verb, const QString &path, const QJsonObject &body,
              Success onSuccess);
    void setStatus(const QString &text, bool error = false);
    /// Reloads on venue-change events whose "what" is @p what, or on service-change when
    /// @p what is "service".
    void reloadOnEvents(const QString &what);
    /// A touch-sized button.
    static QPushButton *button();
    QVBoxLayout *content() const { return m_content; }
    void setHeading(const QString &text);

    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    /// Sets every visible text (tr()); called at construction and on a language change.
    virtual void retranslate() = 0;

private:
    DashboardSession *m_session;
    QLabel *m_heading;
    QLabel *m_status;
    QVBoxLayout *m_content;
    int m_answers = 0;
};

} // namespace tableside::dashboard
