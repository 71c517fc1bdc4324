#include "certificatechangeddialog.h"

#include "fingerprintlabel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tableside::dashboard {

namespace {
QString hexOnly(const QString &text)
{
    QString hex;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            hex.append(c.toUpper());
    return hex;
}
} // namespace

bool CertificateChangedDialog::confirms(const QString &typed, const QString &fingerprint)
{
    const QString expected = hexOnly(fingerprint).right(8);
    return expected.size() == 8 && hexOnly(typed) == expected;
}

CertificateChangedDialog::CertificateChangedDialog(const QUrl &server, const QString &pinned,
                                                   const QString &presented, QWidget *parent)
    : QDialog(parent)
    , m_presented(presented)
    , m_confirm(new QLineEdit(this))
{
    setWindowTitle(tr("The server's certificate has changed"));
    auto *layout = new QVBoxLayout(this);
    // Guest text never reaches this dialog, but fingerprints and addresses are shown as text.
    auto *intro = new QLabel(
        tr("The server at %1 no longer presents the certificate this dashboard trusts. The "
           "dashboard does not connect: someone on the network may be pretending to be the "
           "server.")
            .arg(server.toString(QUrl::RemovePath | QUrl::RemoveQuery)),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto addFingerprint = [&](const QString &caption, const QString &value) {
        auto *label = new QLabel(caption, this);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
        layout->addWidget(new FingerprintLabel(value, this));
    };
    addFingerprint(tr("Trusted (SHA-256):"), pinned);
    addFingerprint(tr("Presented now (SHA-256):"), presented);
    auto *how = new QLabel(
        tr("If the server was reinstalled or its certificate replaced, a manager runs "
           "\"tableside-server fingerprint\" on the server and types the last 8 characters of "
           "what it prints here to accept the new certificate."),
        this);
    how->setTextFormat(Qt::PlainText);
    how->setWordWrap(true);
    layout->addWidget(how);
    m_confirm->setPlaceholderText(tr("Last 8 characters, e.g. 1A:2B:3C:4D"));
    m_confirm->setFont(mono);
    layout->addWidget(m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("Accept the new certificate"), QDialogButtonBox::AcceptRole);
    m_accept->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_confirm, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_accept->setEnabled(confirms(text, m_presented)); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace tableside::dashboard
