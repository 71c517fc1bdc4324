#include "firststart.h"

#include "businessclock.h"
#include "demomenu.h"
#include "menurepository.h"
#include "pinhasher.h"
#include "settingsrepository.h"
#include "staffrepository.h"
#include "tablerepository.h"
#include "writebatch.h"

namespace tableside::server {

namespace {

constexpr int FirstTable = 1;
constexpr int LastDemoTable = 20;

} // namespace

FirstStart::FirstStart(WriteBatch &batch, const BusinessClock &clock, MenuRepository &menu,
                       TableRepository &tables, StaffRepository &staff,
                       SettingsRepository &settings)
    : m_batch(batch)
    , m_clock(clock)
    , m_menu(menu)
    , m_tables(tables)
    , m_staff(staff)
    , m_settings(settings)
{ }

bool FirstStart::run(Store::OpenInfo *info)
{
    // First start (or a first start that crashed before this commit): all or nothing. The
    // credentials are written last of the seed's rows, so they say whether it has run.
    if (m_settings.hasAppCredentials())
        return true;
    const Store::MenuImport menu {DemoMenu::categories(), DemoMenu::products()};
    if (!m_batch.run<int>([&] { return m_menu.import(menu); }).ok())
        return false;
    const auto tablesAndCredentials = m_batch.run<bool>([this]() -> StoreOutcome<bool> {
        if (!m_tables.addRange(FirstTable, LastDemoTable) || !m_settings.createAppCredentials())
            return StoreError::storage();
        return true;
    });
    if (!tablesAndCredentials.ok())
        return false;
    const QString name = QStringLiteral("Manager");
    const QString pin = PinHasher::randomPin(6);
    if (!m_batch
             .run<StaffMember>(
                 [&] { return m_staff.add(name, pin, StaffRole::Manager, m_clock.now()); })
             .ok()
        || !m_batch.commit())
        return false;
    if (info) {
        info->created = true;
        info->firstStaffName = name;
        info->firstStaffPin = pin;
    }
    return true;
}

} // namespace tableside::server
