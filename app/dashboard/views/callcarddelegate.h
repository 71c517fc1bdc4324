#pragma once

#include <functional>

#include "waitercall.h"

#include <QStyledItemDelegate>

namespace tableside::dashboard {

/// Draws a waiter call as a card (table, reason, message, elapsed time, who is on the way) with
/// "On my way" / "Done" buttons, and turns taps on them into actionRequested().
class CallCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// @p cardWidth 0 = as wide as the view (history list); otherwise a fixed card width (strip).
    explicit CallCardDelegate(int cardWidth = 0, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QList<CallStatus> actionsFor(CallStatus status);
    /// Where the card reads a call's escalation level (issue 18; none = no badge).
    void setLevelLookup(std::function<int(const QString &callId)> lookup)
    {
        m_level = std::move(lookup);
    }

    /// A payment call carries the table's tab: its card shows the amount and a bill button.
    static bool hasBill(const WaiterCall &call) { return !call.tab.isEmpty(); }

signals:
    void actionRequested(const QString &callId, tableside::CallStatus status);
    /// The "Bill" button of a payment call was tapped.
    void billRequested(int tableNumber);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    QRect cardRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QList<QPair<QRect, CallStatus>> buttonsFor(const QRect &rect, const WaiterCall &call) const;
    /// The bill button's place (empty when the call has no tab).
    QRect billButton(const QRect &rect, const WaiterCall &call) const;
    /// The button row split into @p count equal slots.
    QList<QRect> buttonSlots(const QRect &rect, int count) const;
    int m_cardWidth;
    std::function<int(const QString &)> m_level;
};

} // namespace tableside::dashboard
