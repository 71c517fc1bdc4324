#include "billitemstree.h"

#include "moneyformatter.h"
#include "theme.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QScroller>
#include <QSpinBox>

namespace tableside::dashboard {

namespace {
enum Column { NameColumn, QuantityColumn, TotalColumn, PayColumn, ColumnCount };
} // namespace

BillItemsTree::BillItemsTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("billItems"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Item"), tr("Qty"), tr("Amount"), tr("Pay")});
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(QuantityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TotalColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(PayColumn, QHeaderView::Fixed);
    header()->resizeSection(PayColumn, 140);
    header()->setStretchLastSection(false);
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    setUniformRowHeights(false);
    QScroller::grabGesture(viewport(), QScroller::TouchGesture);
}

void BillItemsTree::setBill(const TableBill &bill, Language language)
{
    // Keep what the waiter chose across a refresh (another device's change re-fetches the tab).
    QHash<QString, int> chosen;
    for (const Entry &entry : std::as_const(m_entries))
        chosen.insert(entry.line.orderId + QLatin1Char('/') + QString::number(entry.line.itemId),
                      entry.spin->value());
    clear();
    m_entries.clear();
    const MoneyFormatter money(language);
    const QLocale locale;
    QFont orderFont = ThemeManager::baseFont();
    orderFont.setBold(true);
    for (const TableBill::OrderPart &order : bill.orders) {
        auto *orderItem = new QTreeWidgetItem(this);
        orderItem->setText(
            NameColumn,
            tr("Order #%1 · %2")
                .arg(order.orderNumber)
                .arg(locale.toString(order.createdAt.toLocalTime().time(), QLocale::ShortFormat)));
        orderItem->setFont(NameColumn, orderFont);
        orderItem->setFirstColumnSpanned(false);
        auto *move = new QPushButton(tr("Move…"));
        move->setObjectName(QStringLiteral("move-") + order.id);
        const QString orderId = order.id;
        connect(move, &QPushButton::clicked, this,
                [this, orderId] { emit moveOrderRequested(orderId); });
        setItemWidget(orderItem, PayColumn, move);
        for (const TableBill::Line &line : order.lines) {
            auto *item = new QTreeWidgetItem(orderItem);
            const QString name
                = language == Language::English && !line.nameEn.isEmpty() ? line.nameEn : line.name;
            item->setText(NameColumn,
                          line.notes.isEmpty() ? name
                                               : name + QStringLiteral("\n   ") + line.notes);
            item->setText(
                QuantityColumn,
                QStringLiteral("%1 × %2").arg(line.quantity).arg(money.formatEur(line.unitPrice)));
            item->setText(TotalColumn, money.formatEur(line.lineTotal()));
            item->setTextAlignment(TotalColumn, Qt::AlignRight | Qt::AlignVCenter);
            auto *spin = new QSpinBox;
            spin->setObjectName(QStringLiteral("pay-%1-%2").arg(line.orderId).arg(line.itemId));
            spin->setRange(0, line.quantity);
            spin->setMinimumHeight(ThemeManager::TouchTarget);
            spin->setValue(
                qMin(line.quantity,
                     chosen.value(line.orderId + QLatin1Char('/') + QString::number(line.itemId))));
            connect(spin, &QSpinBox::valueChanged, this, &BillItemsTree::selectionChanged);
            setItemWidget(item, PayColumn, spin);
            m_entries.append({line, spin});
        }
    }
    expandAll();
    emit selectionChanged();
}

bool BillItemsTree::setSelectedQuantity(const QString &orderId, int itemId, int quantity)
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.line.orderId == orderId && entry.line.itemId == itemId) {
            entry.spin->setValue(quantity);
            return true;
        }
    }
    return false;
}

QJsonArray BillItemsTree::selectedItems() const
{
    QJsonArray items;
    for (const Entry &entry : m_entries)
        if (entry.spin->value() > 0)
            items.append(QJsonObject {{QStringLiteral("orderId"), entry.line.orderId},
                                      {QStringLiteral("itemId"), entry.line.itemId},
                                      {QStringLiteral("quantity"), entry.spin->value()}});
    return items;
}

Money BillItemsTree::selectedTotal() const
{
    Money total;
    for (const Entry &entry : m_entries)
        total += entry.line.unitPrice * entry.spin->value();
    return total;
}

void BillItemsTree::clearChosen()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        const QSignalBlocker blocker(entry.spin);
        entry.spin->setValue(0);
    }
    emit selectionChanged();
}

} // namespace tableside::dashboard
