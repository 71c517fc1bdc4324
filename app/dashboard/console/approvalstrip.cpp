#include "approvalstrip.h"

#include "actiondispatcher.h"
#include "cardlistview.h"
#include "dashboardsession.h"
#include "ordercarddelegate.h"
#include "orderfilterproxy.h"
#include "orderlistmodel.h"
#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tableside::dashboard {

namespace {

constexpr int CardWidth = 380;

/// Order cards of a fixed width, side by side (the columns' cards take the view's width).
class ApprovalCardDelegate : public OrderCardDelegate
{
public:
    using OrderCardDelegate::OrderCardDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return {CardWidth, OrderCardDelegate::sizeHint(option, index).height()};
    }
};

} // namespace

ApprovalStrip::ApprovalStrip(DashboardSession *session, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ApprovalStrip"));
    m_header = new QLabel;
    QFont font = ThemeManager::baseFont();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_header->setFont(font);
    m_header->setContentsMargins(8, 4, 8, 0);
    m_proxy = new OrderFilterProxy({OrderStatus::PendingApproval},
                                   OrderFilterProxy::Order::OldestFirst, this);
    m_proxy->setSourceModel(session->orders());
    m_view = new CardListView(CardListView::Direction::Horizontal);
    auto *delegate = new ApprovalCardDelegate(m_view);
    m_view->setItemDelegate(delegate);
    m_view->setModel(m_proxy);
    m_view->setMinimumHeight(220);
    // The card's buttons are the core's next statuses: Approve (→ pending) and Cancel.
    connect(delegate, &OrderCardDelegate::actionRequested, session->actions(),
            &ActionDispatcher::setOrderStatus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_view);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ApprovalStrip::update);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ApprovalStrip::update);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ApprovalStrip::update);
    update();
}

int ApprovalStrip::waiting() const
{
    return m_proxy->rowCount();
}

void ApprovalStrip::update()
{
    m_header->setText(tr("Waiting for approval (%1)").arg(waiting()));
    setVisible(waiting() > 0);
}

void ApprovalStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace tableside::dashboard
