#pragma once

#include "database.h"
#include "product.h"
#include "staffmember.h"
#include "store.h"
#include "storeoutcome.h"

#include <optional>

namespace tableside::server {

class WriteBatch;

/// The menu: categories and products, a product's availability ("86"), and menu imports.
class MenuRepository
{
public:
    MenuRepository(Database &database, WriteBatch &batch);

    QList<Category> categories();
    /// @p connection: Write inside a job (sees the batch), Read otherwise.
    std::optional<Category> findCategory(Database::Connection connection, qint64 id);
    /// Every product, hidden ones included.
    QList<Product> products();
    /// @p connection: Write inside a job (sees the batch), Read otherwise.
    std::optional<Product> find(Database::Connection connection, qint64 id);
    /// Inside a job: what an order line takes from the product (names, price, station,
    /// availability, hidden); descriptions and sort order are left empty.
    std::optional<Product> findForOrderLine(qint64 id);

    /// Inside a job: sets availability and announces it (nothing when it does not change).
    StoreOutcome<Product> setAvailability(qint64 productId, bool isAvailable, const StaffMember &by,
                                          const QDateTime &now);
    /// Inside a job: upserts by id; products missing from the import are hidden.
    StoreOutcome<int> import(const Store::MenuImport &menu);

    /// SQL for a products row: 'category' or 'station' when that is paused, else ''.
    static QString pausedExpression();

private:
    QList<Product> load(Database::Connection connection, const QString &where,
                        const QVariantList &binds);
    QList<Category> loadCategories(Database::Connection connection, const QString &where,
                                   const QVariantList &binds, bool *ok = nullptr);
    bool upsert(const Category &category);
    bool upsert(const Product &product);

    Database &m_db;
    WriteBatch &m_batch;
};

} // namespace tableside::server
