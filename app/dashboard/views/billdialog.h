#pragma once

#include "language.h"
#include "tabclient.h"
#include "tablebill.h"

#include <QDialog>
#include <QJsonObject>
#include <QSet>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace tableside {
class StaffEvent;
}

namespace tableside::dashboard {

class BillItemsTree;
class StaffApi;
class SyncEngine;

/// A table's bill: its orders and lines, totals in EUR with BGN beside them, and the pay actions
/// (whole tab, chosen items, one equal part of N), tip, cash tendered and change, the payments
/// with void (managers), moving an order or the tab and merging another table's tab in, and the
/// printed bill. It follows the table's tab-change events and closes when another device closes
/// the tab.
class BillDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action { Whole, Items, Part };

    /// @p sync may be null (no live updates).
    BillDialog(StaffApi *api, SyncEngine *sync, int tableNumber, bool manager,
               QWidget *parent = nullptr);

    int tableNumber() const { return m_tableNumber; }
    bool isLoaded() const { return m_loaded; }
    const TableBill &bill() const { return m_bill; }
    BillItemsTree *items() const { return m_items; }

    void setMethod(const QString &method);
    QString method() const;
    void setTipCents(qint64 cents);
    void setTenderedCents(qint64 cents);
    void setParts(int parts);
    void setBillLanguage(Language language);
    Language billLanguage() const;
    void setVenueLines(const QStringList &lines) { m_venueLines = lines; }
    /// What the next pay action would take with the current choice (chosen items, else the next
    /// part of an open split, else one part of the chosen "Split in N" as the server splits it,
    /// else the whole tab).
    Money amountNow() const;
    /// Cash: tendered − amountNow() − tip (negative = not enough).
    Money changeNow() const;
    /// The Idempotency-Key of a submission still unanswered or failed (empty when none).
    QByteArray pendingKey() const { return m_pendingKey; }
    QString lastError() const { return m_lastError; }

public slots:
    void reload();
    void pay(tableside::dashboard::BillDialog::Action action);
    void voidPayment(const QString &paymentId, const QString &reason);
    void moveOrderTo(const QString &orderId, int table);
    void moveTabTo(int table);
    void mergeFrom(int table);
    /// Writes the printed bill; false on failure.
    bool printTo(const QString &path);

signals:
    void loaded();
    void paymentTaken(const QJsonObject &payment);
    void actionFailed(const QString &message);
    /// A move, merge or void succeeded: @p message says what was done (shown as a toast).
    void actionConfirmed(const QString &message);
    /// Another device closed the tab while the dialog was open: @p change is the event's
    /// "change" ("paid", "moved", …).
    void closedElsewhere(const QString &change);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void applyTab(const QJsonObject &tab);
    void loadPayments();
    void updateAmounts();
    void onEvent(const tableside::StaffEvent &event);
    void afterAction(const ApiResult &result, const QString &success);
    void askVoid();
    void askMoveOrder(const QString &orderId);
    void askMoveTab();
    void askMerge();
    void askPrint();
    static qint64 parseCents(const QLineEdit *edit);

    TabClient *m_client;
    int m_tableNumber;
    bool m_manager;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_ownChange = false; ///< the next tab change without a paymentId is ours
    QSet<QString> m_ownPayments; ///< payments taken or voided here
    TableBill m_bill;
    TableBill m_lastPrintable; ///< the bill before the payment that closed it, for printing
    QStringList m_venueLines;
    QJsonObject m_venue; ///< {"name","address","taxId"} (GET /api/staff/state)
    QByteArray m_pendingKey;
    QJsonObject m_pendingBody;
    QString m_lastError;
    QString m_notice; ///< the last move/merge/void's outcome, shown after its reload

    QLabel *m_title;
    QLabel *m_status;
    BillItemsTree *m_items;
    QLabel *m_total;
    QLabel *m_selected;
    QLabel *m_methodLabel;
    QButtonGroup *m_methods;
    QPushButton *m_cash;
    QPushButton *m_card;
    QLabel *m_tipLabel;
    QLineEdit *m_tip;
    QLabel *m_tenderedLabel;
    QLineEdit *m_tendered;
    QLabel *m_change;
    QPushButton *m_payWhole;
    QPushButton *m_payItems;
    QSpinBox *m_parts;
    QPushButton *m_payPart;
    QLabel *m_paymentsLabel;
    QListWidget *m_payments;
    QPushButton *m_void;
    QPushButton *m_moveTab;
    QPushButton *m_merge;
    QComboBox *m_language;
    QPushButton *m_print;
    QPushButton *m_close;
};

} // namespace tableside::dashboard
