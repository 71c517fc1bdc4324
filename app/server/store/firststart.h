#pragma once

#include "store.h"

namespace tableside::server {

class BusinessClock;
class MenuRepository;
class SettingsRepository;
class StaffRepository;
class TableRepository;
class WriteBatch;

/// What a new database gets before its first request: the demo menu, tables 1–20, the app's
/// Pusher credentials and a first manager with a random PIN, committed together.
class FirstStart
{
public:
    FirstStart(WriteBatch &batch, const BusinessClock &clock, MenuRepository &menu,
               TableRepository &tables, StaffRepository &staff, SettingsRepository &settings);

    /// Seeds the database unless that was done already; fills @p info when it seeds. False
    /// when a write failed (nothing of the seed is then stored).
    bool run(Store::OpenInfo *info);

private:
    WriteBatch &m_batch;
    const BusinessClock &m_clock;
    MenuRepository &m_menu;
    TableRepository &m_tables;
    StaffRepository &m_staff;
    SettingsRepository &m_settings;
};

} // namespace tableside::server
