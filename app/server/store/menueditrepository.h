#pragma once

#include "database.h"
#include "menuedits.h"
#include "product.h"
#include "staffmember.h"
#include "storeoutcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace tableside::server {

class AuditLog;
class MenuRepository;
class WriteBatch;

/// The manager's menu edits (categories, products, order, photos, pauses). Every method runs
/// inside a write job and, in that job, announces a menu-change event, records an audit entry
/// and marks the cached menu stale, so the change, its event and its entry commit together.
class MenuEditRepository
{
public:
    MenuEditRepository(Database &database, WriteBatch &batch, AuditLog &audit,
                       MenuRepository &menu);

    StoreOutcome<Category> createCategory(const QString &nameBg, const QString &nameEn,
                                          const StaffMember &by, const QDateTime &now);
    StoreOutcome<Category> updateCategory(qint64 id, const MenuEdits::CategoryPatch &patch,
                                          const StaffMember &by, const QDateTime &now);
    /// Refused (Invalid) while any product, hidden ones included, is in it.
    StoreOutcome<bool> deleteCategory(qint64 id, const StaffMember &by, const QDateTime &now);
    /// @p ids: every category, in the new order.
    StoreOutcome<bool> reorderCategories(const QList<qint64> &ids, const StaffMember &by,
                                         const QDateTime &now);
    StoreOutcome<Category> setCategoryPaused(qint64 id, bool paused, const StaffMember &by,
                                             const QDateTime &now);
    StoreOutcome<bool> setStationPaused(const QString &station, bool paused, const StaffMember &by,
                                        const QDateTime &now);

    /// @p draft's id is ignored (a new one is given); it goes last in its category.
    StoreOutcome<Product> createProduct(const Product &draft, const StaffMember &by,
                                        const QDateTime &now);
    StoreOutcome<Product> updateProduct(qint64 id, const MenuEdits::ProductPatch &patch,
                                        const StaffMember &by, const QDateTime &now);
    /// @p ids: every product of @p categoryId, in the new order.
    StoreOutcome<bool> reorderProducts(qint64 categoryId, const QList<qint64> &ids,
                                       const StaffMember &by, const QDateTime &now);
    /// Stores @p jpeg (already re-encoded) as the product's photo; empty removes it.
    StoreOutcome<Product> setPhoto(qint64 id, const QByteArray &jpeg, const StaffMember &by,
                                   const QDateTime &now);

    /// Committed data: a product's photo (JPEG) and its version, when it has one.
    std::optional<QPair<QByteArray, qint64>> photo(qint64 productId);
    /// Committed data: the paused stations, sorted.
    QStringList pausedStations();

private:
    std::optional<Category> findCategory(qint64 id);
    /// The event, the audit entry and the stale menu of one edit.
    bool announce(const QString &what, const QJsonObject &ids, const StaffMember &by,
                  const QDateTime &now, const QString &action, const QString &subject,
                  const QJsonObject &detail);
    std::optional<StoreError> checkProduct(const Product &product);

    Database &m_db;
    WriteBatch &m_batch;
    AuditLog &m_audit;
    MenuRepository &m_menu;
};

} // namespace tableside::server
