#pragma once

#include "staffsession.h"

#include <QDialog>
#include <QUrl>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tableside::dashboard {

class StaffApi;

/// First-start setup and staff switch: asks for the server address, optionally the staff
/// member's name (binds the guess to one account) and the PIN, logs in through
/// POST /api/staff/login, shows progress and the server's reason on failure, and asks for a
/// new PIN when the server says the PIN is too short.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(StaffApi *api, const QUrl &serverUrl, QWidget *parent = nullptr);

    /// Valid after the dialog was accepted.
    const StaffSession &session() const { return m_session; }
    QUrl serverUrl() const;
    void setError(const QString &message);

    /// Names offered in the name box (staff who signed in on this device); typing works too.
    void setKnownNames(const QStringList &names);

    QComboBox *nameBox() const { return m_name; }
    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *serverEdit() const { return m_server; }
    QPushButton *loginButton() const { return m_login; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void finishLogin(const StaffSession &session, const QString &pin);

    StaffApi *m_api;
    QLabel *m_heading;
    QLabel *m_serverLabel;
    QLabel *m_nameLabel;
    QLabel *m_pinLabel;
    QLineEdit *m_server;
    QComboBox *m_name;
    QLineEdit *m_pin;
    QLabel *m_error;
    QPushButton *m_login;
    QPushButton *m_quit;
    bool m_busy = false;
    StaffSession m_session;
};

} // namespace tableside::dashboard
