#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tableside::dashboard {

/// Shown when the server presents another certificate than the pinned one: both fingerprints,
/// and a way for a manager to accept the new one. Accepting asks for the last 8 characters of
/// the fingerprint that `tableside-server fingerprint` prints on the server itself, so the
/// choice rests on what the manager read there, never on the (possibly false) server's word;
/// a manager PIN is not asked, because it would be sent to the very server that is in doubt.
class CertificateChangedDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateChangedDialog(const QUrl &server, const QString &pinned, const QString &presented,
                             QWidget *parent = nullptr);

    QString presentedFingerprint() const { return m_presented; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *acceptButton() const { return m_accept; }

    /// True when @p typed is the last 8 hex digits of @p fingerprint (case and ':' ignored).
    static bool confirms(const QString &typed, const QString &fingerprint);

private:
    QString m_presented;
    QLineEdit *m_confirm;
    QPushButton *m_accept;
};

} // namespace tableside::dashboard
