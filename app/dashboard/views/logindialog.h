#pragma once

#include "staffsession.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tableside::dashboard {

class StaffApi;

/// First-start setup and staff switch: asks for the server address and the staff PIN, logs in
/// through POST /api/staff/login and shows progress and the server's reason on failure.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(StaffApi *api, const QUrl &serverUrl, QWidget *parent = nullptr);

    /// Valid after the dialog was accepted.
    const StaffSession &session() const { return m_session; }
    QUrl serverUrl() const;
    void setError(const QString &message);

    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *serverEdit() const { return m_server; }
    QPushButton *loginButton() const { return m_login; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();

    StaffApi *m_api;
    QLabel *m_heading;
    QLabel *m_serverLabel;
    QLabel *m_pinLabel;
    QLineEdit *m_server;
    QLineEdit *m_pin;
    QLabel *m_error;
    QPushButton *m_login;
    QPushButton *m_quit;
    bool m_busy = false;
    StaffSession m_session;
};

} // namespace tableside::dashboard
