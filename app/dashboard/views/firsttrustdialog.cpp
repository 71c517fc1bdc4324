#include "firsttrustdialog.h"

#include "fingerprintlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tableside::dashboard {

FirstTrustDialog::FirstTrustDialog(const QUrl &server, const QString &fingerprint, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
{
    setWindowTitle(tr("Check the server's certificate"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(
        tr("This is the first encrypted connection from this dashboard to the server at %1. "
           "Compare this SHA-256 fingerprint with the one the server printed at installation, "
           "or with what \"tableside-server fingerprint\" prints on the server:")
            .arg(server.toString(QUrl::RemovePath | QUrl::RemoveQuery)),
        this);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_fingerprint = new FingerprintLabel(fingerprint, this);
    layout->addWidget(m_fingerprint);
    auto *why = new QLabel(tr("If they differ, someone on the network may be pretending to be "
                              "the server: do not sign in here."),
                           this);
    why->setTextFormat(Qt::PlainText);
    why->setWordWrap(true);
    layout->addWidget(why);

    // Not a QDialogButtonBox: it makes its first accept button the default when shown, and
    // Enter must not say "they match" without anyone having compared.
    auto *buttons = new QHBoxLayout;
    m_differ = new QPushButton(tr("They differ — don't connect"), this);
    m_match = new QPushButton(tr("They match — trust this server"), this);
    for (QPushButton *button : {m_differ, m_match}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->insertStretch(0);
    layout->addLayout(buttons);
    connect(m_match, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_differ, &QPushButton::clicked, this, &QDialog::reject);
}

} // namespace tableside::dashboard
