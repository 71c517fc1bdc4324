#pragma once

#include "language.h"
#include "tablebill.h"

#include <QJsonArray>
#include <QTreeWidget>

class QSpinBox;

namespace tableside::dashboard {

/// The lines of a bill, order by order, with a spin box per line to pay part of it by items
/// (a line's quantity may be split) and a "Move…" button per order.
class BillItemsTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit BillItemsTree(QWidget *parent = nullptr);

    void setBill(const TableBill &bill, Language language);
    /// Chooses @p quantity of a line to pay (clamped to what is due); false if no such line.
    bool setSelectedQuantity(const QString &orderId, int itemId, int quantity);
    /// [{"orderId","itemId","quantity"}] of the lines with a quantity chosen.
    QJsonArray selectedItems() const;
    Money selectedTotal() const;
    void clearChosen();

signals:
    void selectionChanged();
    void moveOrderRequested(const QString &orderId);

private:
    struct Entry
    {
        TableBill::Line line;
        QSpinBox *spin;
    };
    QList<Entry> m_entries;
};

} // namespace tableside::dashboard
