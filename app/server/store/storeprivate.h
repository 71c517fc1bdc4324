#pragma once

// Store's private part, shared by store.cpp (opening, writes, the staff watch) and
// storereads.cpp (reads), so neither file carries the whole facade.

#include "store.h"

#include "auditlog.h"
#include "businessclock.h"
#include "callrepository.h"
#include "database.h"
#include "eventlog.h"
#include "firststart.h"
#include "idempotencykeys.h"
#include "loginattemptrepository.h"
#include "menurepository.h"
#include "orderrepository.h"
#include "paymentrepository.h"
#include "printjobrepository.h"
#include "schema.h"
#include "settingsrepository.h"
#include "staffadminrepository.h"
#include "tableadminrepository.h"
#include "staffrepository.h"
#include "tablelink.h"
#include "tablelinkrepository.h"
#include "tablerepository.h"
#include "tabrepository.h"
#include "writebatch.h"

#include <QHash>
#include <QTimer>

namespace tableside::server {

class Store::Private
{
public:
    explicit Private(const Options &options)
        : options(options)
        , clock(options.clock, options.businessDayStartHour)
        , batch(db, [this] { return clock.now(); })
        , log(db)
        , audit(db)
        , tables(db)
        , keys(db)
        , settings(db)
        , tableLinks(db, settings)
        , staff(db)
        , staffAdmin(db, staff)
        , tableAdmin(db)
        , logins(db)
        , menu(db, batch)
        , orders(db, batch, log, clock, tables, menu, keys, options.recallWindowSeconds)
        , calls(db, batch, clock, tables, keys)
        , tabs(db, batch, clock, orders)
        , payments(db, batch, clock, tabs, orders, tables, keys, audit)
        , firstStart(batch, clock, menu, tables, staff, settings)
        , printJobs(db)
    {
        // The bill hears of new and cancelled orders, and gives payment calls their tab.
        orders.setTabObserver([this](const Order &order) { return tabs.announceOrder(order); });
        calls.setTabSummary([this](int table) {
            return tabs.summary(Database::Connection::Write, table);
        });
    }

    Options options;
    BusinessClock clock;
    Database db;
    WriteBatch batch;
    EventLog log;
    AuditLog audit; ///< every console change, payment void … records an entry in its job
    TableRepository tables;
    IdempotencyKeys keys;
    SettingsRepository settings;
    TableLinkRepository tableLinks;
    StaffRepository staff;
    StaffAdminRepository staffAdmin; ///< the console's staff page (issue 16)
    TableAdminRepository tableAdmin; ///< the console's tables page (issue 16)
    LoginAttemptRepository logins;
    MenuRepository menu;
    OrderRepository orders;
    CallRepository calls;
    TabRepository tabs; ///< the bill: tabs, paid state, table-tab-change
    PaymentRepository payments;
    FirstStart firstStart;
    PrintJobRepository printJobs; ///< print queue; holds the printers' station rules
    bool open = false;
    QString historyId; ///< read at open: only a restore (server stopped) changes it
    // The staff watch: each member's PIN hash as last seen, compared after staff writes and on
    // a timer (the command line changes staff from another process).
    QHash<qint64, QByteArray> seenPinHashes;
    QTimer staffWatch;
    /// PostgreSQL: reads other instances' events should a NOTIFY be missed (issue 21).
    QTimer catchUp;
};

} // namespace tableside::server
