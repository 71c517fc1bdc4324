#include "pinchangedialog.h"

#include "staffapi.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tableside::dashboard {

namespace {
constexpr int MinimumDigits = 6; // the server's rule for new PINs

QLineEdit *pinField(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), edit));
    return edit;
}
} // namespace

PinChangeDialog::PinChangeDialog(StaffApi *api, const QString &currentPin, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_currentPin(currentPin)
    , m_text(new QLabel)
    , m_newPin(pinField(this))
    , m_repeat(pinField(this))
    , m_error(new QLabel)
    , m_change(new QPushButton)
    , m_later(new QPushButton)
{
    setWindowTitle(tr("Tableside — choose a new PIN"));
    // Plain text: nothing here comes from a guest, but no label needs markup either.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setText(tr("Your PIN is shorter than %1 digits and easy to guess. Please choose a new "
                       "PIN of %1 to 8 digits.")
                        .arg(MinimumDigits));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_error->hide();
    m_change->setText(tr("Change PIN"));
    m_change->setDefault(true);
    m_later->setText(tr("Later"));

    auto *form = new QFormLayout;
    form->addRow(tr("New PIN"), m_newPin);
    form->addRow(tr("New PIN again"), m_repeat);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_later);
    buttons->addStretch();
    buttons->addWidget(m_change);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_change, &QPushButton::clicked, this, &PinChangeDialog::submit);
    connect(m_repeat, &QLineEdit::returnPressed, this, &PinChangeDialog::submit);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    m_newPin->setFocus();
}

void PinChangeDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PinChangeDialog::submit()
{
    if (m_busy)
        return;
    const QString pin = m_newPin->text();
    if (pin.size() < MinimumDigits) {
        setError(tr("A new PIN is %1 to 8 digits.").arg(MinimumDigits));
        return;
    }
    if (pin != m_repeat->text()) {
        setError(tr("The two PINs are not the same."));
        return;
    }
    m_busy = true;
    m_change->setEnabled(false);
    setError({});
    m_api->changePin(m_currentPin, pin, [this](const ApiResult &result) {
        m_busy = false;
        m_change->setEnabled(true);
        if (result.isSuccess()) {
            m_currentPin.clear();
            accept();
            return;
        }
        if (result.httpStatus == 429)
            setError(tr("Too many attempts. Wait a minute and try again."));
        else if (result.isNetworkFailure())
            setError(tr("Cannot reach the server: %1").arg(result.errorMessage()));
        else
            setError(result.errorMessage());
    });
}

} // namespace tableside::dashboard
