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
#include "schema.h"
#include "settingsrepository.h"
#include "staffrepository.h"
#include "tablelink.h"
#include "tablelinkrepository.h"
#include "tablerepository.h"
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
        , logins(db)
        , menu(db, batch)
        , orders(db, batch, log, clock, tables, menu, keys, options.recallWindowSeconds)
        , calls(db, batch, clock, tables, keys)
        , firstStart(batch, clock, menu, tables, staff, settings)
    { }

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
    LoginAttemptRepository logins;
    MenuRepository menu;
    OrderRepository orders;
    CallRepository calls;
    FirstStart firstStart;
    bool open = false;
    QString historyId; ///< read at open: only a restore (server stopped) changes it
    // The staff watch: each member's PIN hash as last seen, compared after staff writes and on
    // a timer (the command line changes staff from another process).
    QHash<qint64, QByteArray> seenPinHashes;
    QTimer staffWatch;
};

} // namespace tableside::server
