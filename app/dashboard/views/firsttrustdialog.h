#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QPushButton;

namespace tableside::dashboard {

class FingerprintLabel;

/// Shown the first time an interactive dashboard meets a server's certificate (trust on first
/// use): the address and the SHA-256 fingerprint it just pinned, to compare with what the server
/// printed at installation or prints on `tableside-server fingerprint`. Accepted: they match,
/// the pin stays. Rejected (the "differ" button, Esc, closing): the caller removes the pin.
class FirstTrustDialog : public QDialog
{
    Q_OBJECT
public:
    FirstTrustDialog(const QUrl &server, const QString &fingerprint, QWidget *parent = nullptr);

    QUrl server() const { return m_server; }
    FingerprintLabel *fingerprintLabel() const { return m_fingerprint; }
    QLabel *introLabel() const { return m_intro; }
    QPushButton *matchButton() const { return m_match; }
    QPushButton *differButton() const { return m_differ; }

private:
    QUrl m_server;
    QLabel *m_intro;
    FingerprintLabel *m_fingerprint;
    QPushButton *m_match;
    QPushButton *m_differ;
};

} // namespace tableside::dashboard
