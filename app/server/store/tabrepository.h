#pragma once

#include "billtypes.h"
#include "database.h"

#include <QHash>
#include <QMap>
#include <optional>

namespace tableside::server {

class BusinessClock;
class OrderRepository;
class WriteBatch;

/// Table tabs: a table's unpaid, not cancelled orders with what of each line is paid and an
/// open split, read on either connection; the paid state kept on orders and lines (derived
/// from payments and complete splits); and the table-tab-change event every change appends.
class TabRepository
{
public:
    TabRepository(Database &database, WriteBatch &batch, const BusinessClock &clock,
                  OrderRepository &orders);

    /// Table @p tableNumber's name, area, seats and whether it takes orders; nullopt = none.
    struct TableInfo
    {
        int tableNumber = 0;
        QString name;
        QString area;
        int seats = 0;
        bool active = true;
    };
    std::optional<TableInfo> table(Database::Connection connection, int tableNumber);

    /// The tab of one table (empty when it has none), or of every table with orders when
    /// @p tableNumber is 0 (tables without a tab are absent from the map).
    QMap<int, TableTab> tabs(Database::Connection connection, int tableNumber);
    TableTab tab(Database::Connection connection, int tableNumber);
    /// Every table's tile for the tables view, from one read transaction.
    QList<bill::TableEntry> entries();
    /// Today's orders of a table (not cancelled) with its tab: the guest page's bill.
    bill::GuestBill guestBill(int tableNumber);

    /// {"totalEurCents","totalEur","totalBgn","orders"} of a table's tab (TableTab::summaryJson)
    /// from two aggregate queries: what every new order, event and payment call reads.
    QJsonObject summary(Database::Connection connection, int tableNumber);

    // Inside a job:
    /// Recomputes paid quantities, paid_at and payment_method of @p orderIds from payments
    /// not voided and complete splits.
    bool refreshPaid(const QStringList &orderIds);
    /// Appends table-tab-change for @p tableNumber with its tab as it is now in the batch.
    bool announce(int tableNumber, const QString &change, const QJsonObject &extra = {});
    /// The same with the table's summary() already read in this job (@p data).
    bool announce(int tableNumber, const QString &change, const QJsonObject &extra,
                  QJsonObject data);
    /// The order observer: "opened" for a table's first tab order, else "changed".
    bool announceOrder(const Order &order);

private:
    Database &m_db;
    WriteBatch &m_batch;
    const BusinessClock &m_clock;
    OrderRepository &m_orders;
};

} // namespace tableside::server
