#include "menurepository.h"

#include "writebatch.h"

#include <QRegularExpression>
#include <QSet>

namespace tableside::server {

using Connection = Database::Connection;

MenuRepository::MenuRepository(Database &database, WriteBatch &batch)
    : m_db(database)
    , m_batch(batch)
{ }

QList<Category> MenuRepository::loadCategories(Connection connection, const QString &where,
                                               const QVariantList &binds, bool *ok)
{
    QList<Category> categories;
    const bool selected = m_db.select(
        connection,
        QStringLiteral("SELECT id, slug, name_bg, name_en, sort_order, is_paused FROM categories "
                       "WHERE %1 ORDER BY sort_order, id")
            .arg(where),
        binds, [&](const QSqlQuery &row) {
            Category c;
            c.id = row.value(0).toLongLong();
            c.slug = row.value(1).toString();
            c.nameBg = row.value(2).toString();
            c.nameEn = row.value(3).toString();
            c.sortOrder = row.value(4).toInt();
            c.isPaused = row.value(5).toBool();
            categories.append(c);
        });
    if (ok)
        *ok = selected;
    return categories;
}

QList<Category> MenuRepository::categories()
{
    bool ok = false;
    const QList<Category> categories
        = loadCategories(Connection::Read, QStringLiteral("1 = 1"), {}, &ok);
    return ok ? categories : QList<Category>();
}

std::optional<Category> MenuRepository::findCategory(Connection connection, qint64 id)
{
    const QList<Category> found = loadCategories(connection, QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Category>(found.first());
}

QList<Product> MenuRepository::products()
{
    return load(Connection::Read, QStringLiteral("1 = 1"), {});
}

std::optional<Product> MenuRepository::find(Connection connection, qint64 id)
{
    const QList<Product> found = load(connection, QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Product> MenuRepository::findForOrderLine(qint64 id)
{
    // Every order line runs this inside the write batch: one constant statement (prepared
    // once) with only the columns a line needs keeps the guest's order path short.
    std::optional<Product> found;
    const bool ok = m_db.select(
        Database::Connection::Write,
        // A paused category or station counts as sold out here (see pausedExpression()).
        QStringLiteral("SELECT name_bg, name_en, price_eur_cents, station, CASE WHEN "
                       "is_available <> 0 AND %1 = '' THEN 1 ELSE 0 END, is_hidden "
                       "FROM products WHERE id = ?")
            .arg(pausedExpression()),
        {id}, [&](const QSqlQuery &row) {
            Product p;
            p.id = id;
            p.nameBg = row.value(0).toString();
            p.nameEn = row.value(1).toString();
            p.price = Money::fromEuroCents(row.value(2).toLongLong());
            p.station = row.value(3).toString();
            p.isAvailable = row.value(4).toBool();
            p.isHidden = row.value(5).toBool();
            found = p;
        });
    return ok ? found : std::nullopt;
}

QString MenuRepository::pausedExpression()
{
    return QStringLiteral(
        "CASE WHEN EXISTS (SELECT 1 FROM categories c WHERE c.id = products.category_id "
        "AND c.is_paused <> 0) THEN 'category' WHEN EXISTS (SELECT 1 FROM station_pauses s "
        "WHERE s.station = products.station) THEN 'station' ELSE '' END");
}

QList<Product> MenuRepository::load(Connection connection, const QString &where,
                                    const QVariantList &binds)
{
    QList<Product> products;
    const bool ok = m_db.select(
        connection,
        QStringLiteral("SELECT id, category_id, name_bg, name_en, description_bg, "
                       "description_en, price_eur_cents, station, is_available, "
                       "is_hidden, sort_order, allergens, "
                       "COALESCE((SELECT version FROM product_photos "
                       "WHERE product_id = products.id), 0), %2 "
                       "FROM products WHERE %1 ORDER BY sort_order, id")
            .arg(where, pausedExpression()),
        binds, [&](const QSqlQuery &row) {
            Product p;
            p.id = row.value(0).toLongLong();
            p.categoryId = row.value(1).toLongLong();
            p.nameBg = row.value(2).toString();
            p.nameEn = row.value(3).toString();
            p.descriptionBg = row.value(4).toString();
            p.descriptionEn = row.value(5).toString();
            p.price = Money::fromEuroCents(row.value(6).toLongLong());
            p.station = row.value(7).toString();
            p.isAvailable = row.value(8).toBool();
            p.isHidden = row.value(9).toBool();
            p.sortOrder = row.value(10).toInt();
            const QString allergens = row.value(11).toString();
            if (!allergens.isEmpty())
                p.allergens = allergens.split(u',');
            p.photoVersion = row.value(12).toLongLong();
            p.pausedBy = row.value(13).toString();
            products.append(p);
        });
    return ok ? products : QList<Product>();
}

StoreOutcome<Product> MenuRepository::setAvailability(qint64 productId, bool isAvailable,
                                                      const StaffMember &by, const QDateTime &now)
{
    auto found = find(Connection::Write, productId);
    if (!found)
        return StoreError {
            StoreError::Code::NotFound, Store::tr("There is no product %1.").arg(productId), {}};
    Product product = *found;
    if (product.isAvailable == isAvailable)
        return product; // nothing changes, nothing to announce
    product.isAvailable = isAvailable;
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("UPDATE products SET is_available = ? WHERE id = ?"),
                   {isAvailable ? 1 : 0, productId}))
        return StoreError::storage();
    if (!m_batch.appendEvent([&](qint64 seq) {
            return StaffEvent::productAvailabilityChange(productId, isAvailable, by.name, seq, now);
        }))
        return StoreError::storage();
    m_batch.markMenuChanged();
    return product;
}

StoreOutcome<int> MenuRepository::import(const Store::MenuImport &menu)
{
    QSet<qint64> categoryIds;
    for (const Category &c : menu.categories) {
        if (c.id <= 0 || c.nameBg.isEmpty() || c.nameEn.isEmpty())
            return StoreError {
                StoreError::Code::Invalid,
                Store::tr("Category %1 needs a positive id and names in both languages.").arg(c.id),
                {}};
        categoryIds.insert(c.id);
        if (!upsert(c))
            return StoreError::storage();
    }
    if (!m_db.select(Connection::Write, QStringLiteral("SELECT id FROM categories"), {},
                     [&](const QSqlQuery &row) { categoryIds.insert(row.value(0).toLongLong()); }))
        return StoreError::storage();
    static const QRegularExpression stationPattern(QStringLiteral("^[a-z0-9_-]{1,32}$"));
    QStringList ids;
    for (const Product &p : menu.products) {
        if (p.id <= 0 || p.nameBg.isEmpty() || p.nameEn.isEmpty()
            || !categoryIds.contains(p.categoryId) || p.price.isNegative()
            || !stationPattern.match(p.station).hasMatch())
            return StoreError {StoreError::Code::Invalid,
                               Store::tr("Product %1 needs a positive id, names in both "
                                         "languages, a known category, a price and a station.")
                                   .arg(p.id),
                               {}};
        ids.append(QString::number(p.id));
        if (!upsert(p))
            return StoreError::storage();
    }
    // The menu becomes what the file says; products left out are hidden, not deleted, so
    // old orders keep pointing at them.
    if (!ids.isEmpty()
        && !m_db.exec(Connection::Write,
                      QStringLiteral("UPDATE products SET is_hidden = 1 WHERE id NOT IN (%1)")
                          .arg(ids.join(u','))))
        return StoreError::storage();
    m_batch.markMenuChanged();
    return static_cast<int>(menu.products.size());
}

bool MenuRepository::upsert(const Category &c)
{
    return m_db.exec(
        Connection::Write,
        QStringLiteral("INSERT INTO categories (id, slug, name_bg, name_en, sort_order) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "slug = excluded.slug, name_bg = excluded.name_bg, "
                       "name_en = excluded.name_en, sort_order = excluded.sort_order"),
        {c.id, c.slug, c.nameBg, c.nameEn, c.sortOrder});
}

bool MenuRepository::upsert(const Product &p)
{
    return m_db.exec(
        Connection::Write,
        QStringLiteral("INSERT INTO products (id, category_id, name_bg, name_en, "
                       "description_bg, description_en, price_eur_cents, station, "
                       "is_available, is_hidden, sort_order, allergens) VALUES "
                       "(?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?, "
                       "COALESCE(?, '')) "
                       "ON CONFLICT (id) DO UPDATE SET "
                       "category_id = excluded.category_id, name_bg = excluded.name_bg, "
                       "name_en = excluded.name_en, "
                       "description_bg = excluded.description_bg, "
                       "description_en = excluded.description_en, "
                       "price_eur_cents = excluded.price_eur_cents, "
                       "station = excluded.station, is_available = excluded.is_available, "
                       "is_hidden = excluded.is_hidden, sort_order = excluded.sort_order, "
                       "allergens = excluded.allergens"),
        {p.id, p.categoryId, p.nameBg, p.nameEn, p.descriptionBg, p.descriptionEn,
         p.price.euroCents(), p.station, p.isAvailable ? 1 : 0, p.isHidden ? 1 : 0, p.sortOrder,
         // An empty list joins to a null QString (the column is NOT NULL).
         Database::text(p.allergens.join(u','))});
}

} // namespace tableside::server
