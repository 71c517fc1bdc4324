#pragma once

#include "money.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QTimer>

namespace tableside {
class StaffEvent;
}

namespace tableside::dashboard {

class StaffApi;
class SyncEngine;

/// Every table of the venue with the state of its bill, from GET /api/tables; fetched again
/// (coalesced) after any event that can change a table and after every snapshot, so it converges
/// with the server after a disconnect like the other models.
class TablesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class State { Free, Open, OrderWaiting, CallWaiting, BillRequested, Paid };
    struct Table
    {
        int tableNumber = 0;
        QString name;
        QString area;
        int seats = 0;
        State state = State::Free;
        Money total;
        QDateTime lastActivityAt; ///< UTC; invalid when nothing happened yet
        bool operator==(const Table &other) const;
    };
    enum Role {
        TableNumberRole = Qt::UserRole + 1,
        NameRole,
        AreaRole,
        SeatsRole,
        StateRole, ///< int(State)
        TotalEurCentsRole,
        LastActivityRole,
    };

    /// @p sync may be null (tests feeding setTables()).
    TablesModel(StaffApi *api, SyncEngine *sync, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<Table> &tables() const { return m_tables; }
    int rowOf(int tableNumber) const;
    std::optional<Table> table(int tableNumber) const;
    /// Areas in the order of the tables ("" for tables without one).
    QStringList areas() const;

    /// GET /api/tables now.
    void refresh();
    /// Makes the model equal to @p tables (sorted by area, then number) with row operations.
    void setTables(QList<Table> tables);

    static State stateFromWire(const QString &state);
    static QString toWire(State state);
    /// Parses GET /api/tables' answer.
    static QList<Table> parse(const QJsonObject &json);

signals:
    /// A GET /api/tables answer was applied.
    void refreshed();
    void refreshFailed(const QString &message);

private:
    void onEvent(const tableside::StaffEvent &event);
    void scheduleRefresh();

    StaffApi *m_api;
    QList<Table> m_tables;
    QTimer m_refreshTimer;
    bool m_inFlight = false;
    bool m_again = false;
};

} // namespace tableside::dashboard
