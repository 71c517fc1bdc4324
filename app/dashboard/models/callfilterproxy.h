#pragma once

#include <QSortFilterProxyModel>

namespace tableside::dashboard {

/// Shows open waiter calls (pending first, then acknowledged, oldest first) or the finished ones
/// (newest first).
class CallFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { Open, Completed };

    explicit CallFilterProxy(Show show, QObject *parent = nullptr);

    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Show m_show;
};

} // namespace tableside::dashboard
