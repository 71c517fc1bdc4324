#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tableside::dashboard {

class StaffApi;

/// Asks a signed-in staff member for a new PIN (6 to 8 digits, twice) and their current one,
/// and changes it through POST /api/staff/pin. Shown after a login whose PIN is too short.
class PinChangeDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p api must carry the new session's token.
    PinChangeDialog(StaffApi *api, const QString &currentPin, QWidget *parent = nullptr);

    QLineEdit *newPinEdit() const { return m_newPin; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *changeButton() const { return m_change; }
    QLabel *errorLabel() const { return m_error; }

private:
    void submit();
    void setError(const QString &message);

    StaffApi *m_api;
    QString m_currentPin;
    QLabel *m_text;
    QLineEdit *m_newPin;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QPushButton *m_change;
    QPushButton *m_later;
    bool m_busy = false;
};

} // namespace tableside::dashboard
