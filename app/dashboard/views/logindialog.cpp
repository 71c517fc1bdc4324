#include "logindialog.h"

#include "pinchangedialog.h"
#include "staffapi.h"
#include "theme.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tableside::dashboard {

LoginDialog::LoginDialog(StaffApi *api, const QUrl &serverUrl, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_heading(new QLabel)
    , m_serverLabel(new QLabel)
    , m_nameLabel(new QLabel)
    , m_pinLabel(new QLabel)
    , m_server(new QLineEdit(serverUrl.toString()))
    , m_name(new QComboBox)
    , m_pin(new QLineEdit)
    , m_error(new QLabel)
    , m_login(new QPushButton)
    , m_quit(new QPushButton)
{
    setMinimumWidth(480);
    QFont headingFont = ThemeManager::baseFont();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    // Optional: empty = the PIN alone, as before; a name makes a guess count against one account.
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_pin));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // the server's message, shown as sent
    m_error->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_error->hide();
    m_login->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_pinLabel, m_pin);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_quit);
    buttons->addStretch();
    buttons->addWidget(m_login);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_login, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginDialog::submit);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    m_pin->setFocus();
}

void LoginDialog::setKnownNames(const QStringList &names)
{
    const QString typed = m_name->currentText();
    m_name->clear();
    m_name->addItems(names);
    m_name->setCurrentText(typed);
}

QUrl LoginDialog::serverUrl() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

void LoginDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Tableside — staff login"));
    m_heading->setText(tr("Staff login"));
    m_serverLabel->setText(tr("Server address"));
    m_nameLabel->setText(tr("Name"));
    m_name->lineEdit()->setPlaceholderText(tr("Your name (optional)"));
    m_pinLabel->setText(tr("PIN"));
    m_pin->setPlaceholderText(tr("Your staff PIN"));
    m_login->setText(m_busy ? tr("Logging in…") : tr("Log in"));
    m_quit->setText(tr("Quit"));
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    const QUrl url = serverUrl();
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        setError(tr("Enter the server address, for example http://192.168.1.10:8080"));
        return;
    }
    if (m_pin->text().isEmpty()) {
        setError(tr("Enter your PIN."));
        return;
    }
    m_busy = true;
    setError({});
    m_login->setEnabled(false);
    retranslate();
    m_api->setServerUrl(url);
    const QString pin = m_pin->text();
    m_api->login(
        pin,
        [this, pin](const ApiResult &result) {
            m_busy = false;
            m_login->setEnabled(true);
            retranslate();
            if (result.isSuccess()) {
                if (auto session = StaffSession::fromLoginResponse(result.body)) {
                    m_pin->clear();
                    finishLogin(*session, pin);
                    return;
                }
                setError(tr("The server answered, but not like a Tableside server."));
                return;
            }
            m_pin->selectAll();
            if (result.isNetworkFailure())
                setError(tr("Cannot reach the server: %1").arg(result.errorMessage()));
            else if (result.httpStatus == 401)
                setError(tr("Wrong PIN."));
            else if (result.httpStatus == 429)
                setError(tr("Too many attempts. Wait a minute and try again."));
            else
                setError(tr("Login failed: %1").arg(result.errorMessage()));
        },
        m_name->currentText());
}

void LoginDialog::finishLogin(const StaffSession &session, const QString &pin)
{
    m_session = session;
    if (!session.pinChangeRequired) {
        accept();
        return;
    }
    // Signed in; the PIN still works but is too short: its owner is asked for a new one now
    // (or later: the question comes back at every login until it is changed).
    m_api->setToken(session.token);
    auto *change = new PinChangeDialog(m_api, pin, this);
    change->setAttribute(Qt::WA_DeleteOnClose);
    connect(change, &QDialog::finished, this, [this] { accept(); });
    change->open();
}

} // namespace tableside::dashboard
