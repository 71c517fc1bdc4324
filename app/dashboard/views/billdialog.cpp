#include "billdialog.h"

#include "billitemstree.h"
#include "billpdfwriter.h"
#include "labels.h"
#include "moneyformatter.h"
#include "splitmath.h"
#include "staffevent.h"
#include "syncengine.h"
#include "theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <utility>

namespace tableside::dashboard {

namespace {
MoneyFormatter uiMoney()
{
    return MoneyFormatter(QLocale().language() == QLocale::Bulgarian ? Language::Bulgarian
                                                                     : Language::English);
}

QString dual(Money amount)
{
    return uiMoney().formatDual(amount, QDate::currentDate());
}
} // namespace

BillDialog::BillDialog(StaffApi *api, SyncEngine *sync, int tableNumber, bool manager,
                       QWidget *parent)
    : QDialog(parent)
    , m_client(new TabClient(api, this))
    , m_tableNumber(tableNumber)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("billDialog"));
    buildUi();
    retranslate();
    if (sync) {
        m_venue = sync->venue(); // the server's venue/* settings, from the last snapshot
        connect(sync, &SyncEngine::eventApplied, this,
                [this](const StaffEvent &event) { onEvent(event); });
    }
    reload();
}

void BillDialog::buildUi()
{
    m_title = new QLabel;
    QFont titleFont = ThemeManager::baseFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("billStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // the server's message as it is
    m_items = new BillItemsTree;
    connect(m_items, &BillItemsTree::selectionChanged, this, &BillDialog::updateAmounts);
    connect(m_items, &BillItemsTree::moveOrderRequested, this, &BillDialog::askMoveOrder);

    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("billTotal"));
    QFont totalFont = ThemeManager::baseFont();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.5);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_total->setWordWrap(true);
    m_selected = new QLabel;
    m_selected->setWordWrap(true);
    m_methodLabel = new QLabel;
    m_cash = new QPushButton;
    m_card = new QPushButton;
    m_methods = new QButtonGroup(this);
    for (QPushButton *button : {m_cash, m_card}) {
        button->setCheckable(true);
        m_methods->addButton(button);
    }
    m_cash->setChecked(true);
    connect(m_methods, &QButtonGroup::buttonToggled, this, &BillDialog::updateAmounts);
    m_tipLabel = new QLabel;
    m_tip = new QLineEdit;
    m_tip->setObjectName(QStringLiteral("tip"));
    m_tip->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_tenderedLabel = new QLabel;
    m_tendered = new QLineEdit;
    m_tendered->setObjectName(QStringLiteral("tendered"));
    m_tendered->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    connect(m_tip, &QLineEdit::textChanged, this, &BillDialog::updateAmounts);
    connect(m_tendered, &QLineEdit::textChanged, this, &BillDialog::updateAmounts);
    m_change = new QLabel;
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setWordWrap(true);
    m_payWhole = new QPushButton;
    m_payItems = new QPushButton;
    m_parts = new QSpinBox;
    // 1 = "No split": a chosen N makes the cash hint count one part, not the whole tab.
    m_parts->setRange(1, 20);
    m_parts->setValue(1);
    m_parts->setMinimumHeight(ThemeManager::TouchTarget);
    connect(m_parts, &QSpinBox::valueChanged, this, &BillDialog::updateAmounts);
    m_payPart = new QPushButton;
    connect(m_payWhole, &QPushButton::clicked, this, [this] { pay(Action::Whole); });
    connect(m_payItems, &QPushButton::clicked, this, [this] { pay(Action::Items); });
    connect(m_payPart, &QPushButton::clicked, this, [this] { pay(Action::Part); });
    m_paymentsLabel = new QLabel;
    m_payments = new QListWidget;
    m_payments->setObjectName(QStringLiteral("payments"));
    m_payments->setWordWrap(true);
    m_void = new QPushButton;
    m_void->setVisible(m_manager); // voiding is a manager's act; the server refuses waiters too
    connect(m_void, &QPushButton::clicked, this, &BillDialog::askVoid);
    connect(m_payments, &QListWidget::currentRowChanged, this, &BillDialog::updateAmounts);
    m_moveTab = new QPushButton;
    connect(m_moveTab, &QPushButton::clicked, this, &BillDialog::askMoveTab);
    m_merge = new QPushButton;
    connect(m_merge, &QPushButton::clicked, this, &BillDialog::askMerge);
    m_language = new QComboBox;
    m_language->addItem(QStringLiteral("Български"), int(Language::Bulgarian));
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Bulgarian ? 0 : 1);
    m_print = new QPushButton;
    connect(m_print, &QPushButton::clicked, this, &BillDialog::askPrint);
    m_close = new QPushButton;
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    // Right: what to pay and how. Left: the lines, and below them today's payments. Kept to
    // about 560 px of height so every control stays on a 1024×600 tablet.
    auto *side = new QGridLayout;
    side->setVerticalSpacing(6);
    int row = 0;
    side->addWidget(m_total, row++, 0, 1, 2);
    side->addWidget(m_selected, row++, 0, 1, 2);
    side->addWidget(m_methodLabel, row, 0);
    auto *methods = new QHBoxLayout;
    methods->addWidget(m_cash);
    methods->addWidget(m_card);
    side->addLayout(methods, row++, 1);
    side->addWidget(m_tipLabel, row, 0);
    side->addWidget(m_tip, row++, 1);
    side->addWidget(m_tenderedLabel, row, 0);
    side->addWidget(m_tendered, row++, 1);
    side->addWidget(m_change, row++, 0, 1, 2);
    auto *payButtons = new QHBoxLayout;
    payButtons->addWidget(m_payWhole);
    payButtons->addWidget(m_payItems);
    side->addLayout(payButtons, row++, 0, 1, 2);
    side->addWidget(m_parts, row, 0);
    side->addWidget(m_payPart, row++, 1);
    side->setRowStretch(row, 1);
    side->setColumnStretch(1, 1);

    auto *left = new QVBoxLayout;
    left->addWidget(m_items, 3);
    auto *paymentsHeader = new QHBoxLayout;
    paymentsHeader->addWidget(m_paymentsLabel, 1);
    paymentsHeader->addWidget(m_void);
    left->addLayout(paymentsHeader);
    m_payments->setMinimumHeight(60);
    left->addWidget(m_payments, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(side, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_moveTab);
    bottom->addWidget(m_merge);
    bottom->addStretch();
    bottom->addWidget(m_language);
    bottom->addWidget(m_print);
    bottom->addWidget(m_close);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);
    // Roomy on a wall screen, never larger than a 7" tablet's 1024×600.
    QSize size(1100, 700);
    if (const QScreen *shown = screen())
        size = size.boundedTo(shown->availableGeometry().size() - QSize(24, 24));
    resize(size);
}

void BillDialog::retranslate()
{
    setWindowTitle(tr("Bill"));
    m_title->setText(tr("Bill · %1").arg(Labels::table(m_tableNumber)));
    m_methodLabel->setText(tr("Method"));
    m_cash->setText(tr("Cash"));
    m_card->setText(tr("Card"));
    m_tipLabel->setText(tr("Tip (EUR)"));
    m_tenderedLabel->setText(tr("Tendered (EUR)"));
    // "0,00" in Bulgarian (both separators are accepted; the hint shows the screen's own).
    const QString zero = QLatin1Char('0') + QLocale().decimalPoint() + QStringLiteral("00");
    m_tip->setPlaceholderText(zero);
    m_tendered->setPlaceholderText(zero);
    m_payWhole->setText(tr("Pay whole tab"));
    m_payItems->setText(tr("Pay chosen items"));
    m_paymentsLabel->setText(tr("Payments today"));
    m_void->setText(tr("Void payment…"));
    m_moveTab->setText(tr("Move tab…"));
    m_merge->setText(tr("Merge table in…"));
    m_print->setText(tr("Print / Save PDF…"));
    m_close->setText(tr("Close"));
    m_parts->setPrefix(tr("Split in "));
    m_parts->setSpecialValueText(tr("No split"));
    if (m_payments->count() == 1 && m_payments->item(0)->flags() == Qt::NoItemFlags)
        m_payments->item(0)->setText(tr("No payments yet today"));
    updateAmounts();
}

void BillDialog::reload()
{
    m_client->fetchTab(m_tableNumber, [this](const ApiResult &result) {
        if (!result.isSuccess()) {
            m_lastError = result.errorMessage();
            m_status->setText(tr("The bill could not be loaded: %1").arg(m_lastError));
            emit actionFailed(m_lastError);
            return;
        }
        applyTab(result.body);
        loadPayments();
    });
}

void BillDialog::loadPayments()
{
    m_client->fetchPayments(m_tableNumber, [this](const ApiResult &result) {
        if (result.isSuccess())
            m_bill.setPayments(result.body.value(QStringLiteral("payments")).toArray());
        m_payments->clear();
        const MoneyFormatter money = uiMoney();
        const QLocale locale;
        for (const TableBill::Payment &p : std::as_const(m_bill.payments)) {
            QString text
                = QStringLiteral("%1 · %2 · %3")
                      .arg(locale.toString(p.createdAt.toLocalTime().time(), QLocale::ShortFormat),
                           p.method == QLatin1String("card") ? tr("Card") : tr("Cash"),
                           money.formatDual(p.amount, QDate::currentDate()));
            if (p.parts > 0)
                text += QLatin1Char(' ') + tr("(part %1 of %2)").arg(p.part).arg(p.parts);
            if (!p.tip.isZero())
                text += QLatin1Char(' ') + tr("+ tip %1").arg(money.formatEur(p.tip));
            if (!p.takenBy.isEmpty())
                text += QStringLiteral(" · ") + p.takenBy;
            if (p.voided)
                text += QLatin1Char('\n') + tr("VOIDED: %1").arg(p.voidReason);
            auto *item = new QListWidgetItem(text, m_payments);
            item->setData(Qt::UserRole, p.id);
            item->setData(Qt::UserRole + 1, p.voided);
        }
        if (m_payments->count() == 0) {
            // The empty state: a line that cannot be chosen (nothing to void).
            auto *none = new QListWidgetItem(tr("No payments yet today"), m_payments);
            none->setFlags(Qt::NoItemFlags);
            none->setTextAlignment(Qt::AlignCenter);
        }
        m_loaded = true;
        updateAmounts();
        emit loaded();
    });
}

void BillDialog::applyTab(const QJsonObject &tab)
{
    const TableBill bill = TableBill::fromJson(tab);
    const QList<TableBill::Payment> payments = m_bill.payments;
    if (!m_bill.isEmpty())
        m_lastPrintable = m_bill;
    m_bill = bill;
    m_bill.payments = payments;
    m_items->setBill(m_bill, billLanguage());
    if (!m_notice.isEmpty())
        m_status->setText(std::exchange(m_notice, QString())); // a move's or merge's outcome
    else if (m_bill.isEmpty())
        m_status->setText(m_lastPrintable.isEmpty() ? tr("Nothing open on this table.")
                                                    : tr("Paid: the tab is closed."));
    else if (m_lastError.isEmpty())
        m_status->clear();
    updateAmounts();
}

Money BillDialog::amountNow() const
{
    if (!m_items->selectedItems().isEmpty())
        return m_items->selectedTotal();
    if (m_bill.splitParts > 0)
        return m_bill.splitNextPart;
    if (m_parts->value() >= 2)
        return Money::fromEuroCents(SplitMath::part(m_bill.total.euroCents(), m_parts->value(), 1));
    return m_bill.total;
}

Money BillDialog::changeNow() const
{
    const qint64 tendered = parseCents(m_tendered);
    if (tendered < 0)
        return {};
    const qint64 tip = qMax<qint64>(0, parseCents(m_tip));
    return Money::fromEuroCents(tendered - amountNow().euroCents() - tip);
}

qint64 BillDialog::parseCents(const QLineEdit *edit)
{
    if (edit->text().trimmed().isEmpty())
        return -1;
    const auto money = Money::parseDecimal(edit->text().trimmed());
    return money ? money->euroCents() : -1;
}

void BillDialog::updateAmounts()
{
    const MoneyFormatter money = uiMoney();
    m_total->setText(tr("To pay: %1").arg(dual(m_bill.total)));
    const QJsonArray chosen = m_items->selectedItems();
    if (!chosen.isEmpty())
        m_selected->setText(tr("Chosen items: %1").arg(dual(m_items->selectedTotal())));
    else if (m_bill.splitParts > 0)
        m_selected->setText(tr("Split in %1: %2 paid, next part %3")
                                .arg(m_bill.splitParts)
                                .arg(m_bill.splitPaidParts)
                                .arg(dual(m_bill.splitNextPart)));
    else
        m_selected->clear();
    const bool cash = m_cash->isChecked();
    m_tendered->setEnabled(cash);
    m_tenderedLabel->setEnabled(cash);
    if (cash && parseCents(m_tendered) >= 0) {
        const Money change = changeNow();
        m_change->setText(
            change.isNegative()
                ? tr("Not enough: %1 missing").arg(dual(Money::fromEuroCents(-change.euroCents())))
                : tr("Change: %1").arg(dual(change)));
    } else {
        m_change->clear();
    }
    const bool open = !m_bill.isEmpty() && !m_busy;
    const bool split = m_bill.splitParts > 0;
    m_payWhole->setEnabled(open);
    m_payItems->setEnabled(open && !chosen.isEmpty() && !split);
    if (split)
        m_parts->setValue(m_bill.splitParts);
    m_parts->setEnabled(open && !split);
    m_payPart->setEnabled(open && (split || m_parts->value() >= 2));
    if (split)
        m_payPart->setText(
            tr("Pay part %1 of %2").arg(m_bill.splitPaidParts + 1).arg(m_bill.splitParts));
    else if (m_parts->value() >= 2)
        m_payPart->setText(tr("Pay one part (%1)").arg(money.formatEur(amountNow())));
    else
        m_payPart->setText(tr("Pay one part"));
    m_moveTab->setEnabled(open && !split);
    m_merge->setEnabled(!m_busy && !split);
    const QListWidgetItem *current = m_payments->currentItem();
    m_void->setEnabled(!m_busy && current && !current->data(Qt::UserRole).toString().isEmpty()
                       && !current->data(Qt::UserRole + 1).toBool());
    m_print->setEnabled(m_loaded && !(m_bill.isEmpty() && m_lastPrintable.isEmpty()));
}

void BillDialog::setMethod(const QString &method)
{
    (method == QLatin1String("card") ? m_card : m_cash)->setChecked(true);
}

QString BillDialog::method() const
{
    return m_card->isChecked() ? QStringLiteral("card") : QStringLiteral("cash");
}

void BillDialog::setTipCents(qint64 cents)
{
    m_tip->setText(cents > 0 ? Money::fromEuroCents(cents).toDecimalString() : QString());
}

void BillDialog::setTenderedCents(qint64 cents)
{
    m_tendered->setText(cents >= 0 ? Money::fromEuroCents(cents).toDecimalString() : QString());
}

void BillDialog::setParts(int parts)
{
    m_parts->setValue(parts);
}

void BillDialog::setBillLanguage(Language language)
{
    m_language->setCurrentIndex(language == Language::Bulgarian ? 0 : 1);
}

Language BillDialog::billLanguage() const
{
    return Language(m_language->currentData().toInt());
}

void BillDialog::pay(Action action)
{
    if (m_busy)
        return;
    TabClient::PaymentRequest request;
    request.method = method();
    request.tipEurCents = qMax<qint64>(0, parseCents(m_tip));
    request.tenderedEurCents = parseCents(m_tendered);
    if (action == Action::Items) {
        request.items = m_items->selectedItems();
        if (request.items.isEmpty())
            return;
    } else if (action == Action::Part) {
        request.parts = m_bill.splitParts > 0 ? m_bill.splitParts : m_parts->value();
        if (request.parts < 2)
            return; // "No split"
    }
    const QJsonObject body = request.toJson();
    // One key per submission: the same submission again (after a lost answer) keeps its key, so
    // the server pays it once; anything else is a new submission.
    if (m_pendingKey.isEmpty() || body != m_pendingBody)
        m_pendingKey = TabClient::newIdempotencyKey();
    m_pendingBody = body;
    m_busy = true;
    updateAmounts();
    m_client->pay(m_tableNumber, request, m_pendingKey, [this](const ApiResult &result) {
        m_busy = false;
        if (result.isSuccess()) {
            // Answered: a later tap is a new payment, even with the same amounts.
            m_pendingKey.clear();
            m_pendingBody = {};
            m_items->clearChosen();
            m_tendered->clear();
            m_tip->clear();
            const QJsonObject payment = result.body.value(QStringLiteral("payment")).toObject();
            m_ownPayments.insert(payment.value(QStringLiteral("id")).toString());
            m_lastError.clear();
            applyTab(result.body.value(QStringLiteral("tab")).toObject());
            const Money change
                = Money::fromEuroCents(payment.value(QStringLiteral("changeEurCents")).toInteger());
            m_status->setText(
                (m_bill.isEmpty() ? tr("Paid: the tab is closed.") : tr("Payment taken."))
                + (change.isZero() ? QString()
                                   : QLatin1Char(' ') + tr("Change: %1").arg(dual(change))));
            loadPayments();
            emit paymentTaken(payment);
            return;
        }
        // A network failure keeps the key: the next tap retries the same submission.
        if (!result.isNetworkFailure()) {
            m_pendingKey.clear();
            m_pendingBody = {};
        }
        m_lastError = result.errorMessage();
        m_status->setText(tr("Not paid: %1").arg(m_lastError));
        updateAmounts();
        emit actionFailed(m_lastError);
        if (result.isConflict())
            reload();
    });
}

void BillDialog::afterAction(const ApiResult &result, const QString &success)
{
    m_busy = false;
    if (result.isSuccess()) {
        m_lastError.clear();
        m_status->setText(success);
        m_notice = success; // kept over the reload's "Paid: the tab is closed."
        emit actionConfirmed(success);
    } else {
        m_lastError = result.errorMessage();
        m_status->setText(m_lastError);
        emit actionFailed(m_lastError);
    }
    m_ownChange = result.isSuccess();
    reload();
}

void BillDialog::voidPayment(const QString &paymentId, const QString &reason)
{
    m_busy = true;
    m_ownPayments.insert(paymentId);
    updateAmounts();
    m_client->voidPayment(paymentId, reason, [this](const ApiResult &result) {
        afterAction(result, tr("Payment voided."));
    });
}

void BillDialog::moveOrderTo(const QString &orderId, int table)
{
    m_busy = true;
    updateAmounts();
    m_client->moveOrder(orderId, table, [this, table](const ApiResult &result) {
        afterAction(result, tr("Order moved to %1.").arg(Labels::table(table)));
    });
}

void BillDialog::moveTabTo(int table)
{
    m_busy = true;
    updateAmounts();
    m_client->moveTab(m_tableNumber, table, [this, table](const ApiResult &result) {
        afterAction(result, tr("Tab moved to %1.").arg(Labels::table(table)));
    });
}

void BillDialog::mergeFrom(int table)
{
    if (table == m_tableNumber) {
        m_lastError
            = tr("Not merged: this is %1 itself. Choose another table.").arg(Labels::table(table));
        m_status->setText(m_lastError);
        emit actionFailed(m_lastError);
        return;
    }
    m_busy = true;
    updateAmounts();
    m_client->mergeTab(m_tableNumber, table, [this, table](const ApiResult &result) {
        afterAction(result, tr("%1 merged in.").arg(Labels::table(table)));
    });
}

bool BillDialog::printTo(const QString &path)
{
    BillPdfWriter writer(billLanguage());
    if (m_venueLines.isEmpty())
        writer.setVenue(m_venue.value(QStringLiteral("name")).toString(),
                        m_venue.value(QStringLiteral("address")).toString(),
                        m_venue.value(QStringLiteral("taxId")).toString());
    else
        writer.setVenueLines(m_venueLines);
    TableBill printable = m_bill.isEmpty() ? m_lastPrintable : m_bill;
    printable.payments = m_bill.payments;
    if (m_bill.isEmpty())
        printable.total = {}; // everything on it was paid
    const bool ok = writer.write(printable, path);
    m_status->setText(ok ? tr("Bill saved: %1").arg(path)
                         : tr("The bill could not be saved: %1").arg(writer.errorString()));
    return ok;
}

void BillDialog::askVoid()
{
    const QListWidgetItem *current = m_payments->currentItem();
    if (!current)
        return;
    bool ok = false;
    const QString reason
        = QInputDialog::getText(this, tr("Void payment"), tr("Why is this payment voided?"),
                                QLineEdit::Normal, QString(), &ok)
              .trimmed();
    if (ok && !reason.isEmpty())
        voidPayment(current->data(Qt::UserRole).toString(), reason.left(200));
}

void BillDialog::askMoveOrder(const QString &orderId)
{
    bool ok = false;
    const int table = QInputDialog::getInt(this, tr("Move order"), tr("Move the order to table:"),
                                           m_tableNumber, 1, 9999, 1, &ok);
    if (ok && table != m_tableNumber)
        moveOrderTo(orderId, table);
}

void BillDialog::askMoveTab()
{
    bool ok = false;
    const int table = QInputDialog::getInt(this, tr("Move tab"), tr("Move the whole tab to table:"),
                                           m_tableNumber, 1, 9999, 1, &ok);
    if (ok && table != m_tableNumber)
        moveTabTo(table);
}

void BillDialog::askMerge()
{
    bool ok = false;
    // No table chosen beforehand (it used to say 1); an empty answer is no answer.
    const QString answer = QInputDialog::getText(this, tr("Merge tables"),
                                                 tr("Bring the tab of table … onto this one:"),
                                                 QLineEdit::Normal, QString(), &ok)
                               .trimmed();
    if (!ok || answer.isEmpty())
        return;
    bool number = false;
    const int table = answer.toInt(&number);
    if (!number || table < 1 || table > 9999) {
        m_status->setText(tr("Not merged: “%1” is not a table number.").arg(answer));
        return;
    }
    mergeFrom(table);
}

void BillDialog::askPrint()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QStringLiteral("%1/bill-table-%2-%3.pdf")
              .arg(folder)
              .arg(m_tableNumber)
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the bill"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        printTo(path);
}

void BillDialog::onEvent(const StaffEvent &event)
{
    if (event.type() != StaffEventType::TableTabChange)
        return;
    const QJsonObject data = event.data();
    const int table = data.value(QStringLiteral("tableNumber")).toInt();
    if (table != m_tableNumber)
        return;
    // Our own request in flight: its answer updates the dialog.
    if (m_busy)
        return;
    // Our own change (its answer already updated the dialog): the refetch only confirms it.
    const QString paymentId = data.value(QStringLiteral("paymentId")).toString();
    const bool ours = paymentId.isEmpty() ? m_ownChange : m_ownPayments.contains(paymentId);
    m_ownChange = false;
    if (!ours && data.value(QStringLiteral("totalEurCents")).toInteger() == 0
        && !m_bill.isEmpty()) {
        emit closedElsewhere(data.value(QStringLiteral("change")).toString());
        accept();
        return;
    }
    reload();
}

void BillDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace tableside::dashboard
