#include "menueditrepository.h"

#include "allergens.h"
#include "auditlog.h"
#include "menurepository.h"
#include "staffevent.h"
#include "store.h"
#include "writebatch.h"

#include <QJsonArray>
#include <QSet>

namespace tableside::server {

using Connection = Database::Connection;

namespace {

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

// A slug for a new category: its English name in [a-z0-9-], or "category-<id>".
QString slugFor(const QString &nameEn, qint64 id)
{
    QString slug;
    for (const QChar c : nameEn.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("category-%1").arg(id) : slug.left(40);
}

} // namespace

MenuEditRepository::MenuEditRepository(Database &database, WriteBatch &batch, AuditLog &audit,
                                       MenuRepository &menu)
    : m_db(database)
    , m_batch(batch)
    , m_audit(audit)
    , m_menu(menu)
{ }

bool MenuEditRepository::announce(const QString &what, const QJsonObject &ids,
                                  const StaffMember &by, const QDateTime &now,
                                  const QString &action, const QString &subject,
                                  const QJsonObject &detail)
{
    QJsonObject data = ids;
    data.insert(QStringLiteral("what"), what);
    data.insert(QStringLiteral("changedBy"), by.name);
    if (!m_batch.appendEvent([&](qint64 seq) {
            return StaffEvent::make(StaffEventType::MenuChange, data, seq, now);
        }))
        return false;
    if (!m_audit.record(now, &by, action, subject, detail))
        return false;
    m_batch.markMenuChanged();
    return true;
}

std::optional<Category> MenuEditRepository::findCategory(qint64 id)
{
    return m_menu.findCategory(Connection::Write, id);
}

StoreOutcome<Category> MenuEditRepository::createCategory(const QString &nameBg,
                                                          const QString &nameEn,
                                                          const StaffMember &by,
                                                          const QDateTime &now)
{
    if (nameBg.trimmed().isEmpty() || nameEn.trimmed().isEmpty())
        return StoreError::invalid(
            Store::tr("A category needs a name in Bulgarian and in English."));
    Category category;
    category.nameBg = nameBg.trimmed();
    category.nameEn = nameEn.trimmed();
    if (!m_db.select(Connection::Write,
                     QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1, "
                                    "COALESCE(MAX(sort_order), 0) + 10 FROM categories"),
                     {}, [&](const QSqlQuery &row) {
                         category.id = row.value(0).toLongLong();
                         category.sortOrder = row.value(1).toInt();
                     }))
        return StoreError::storage();
    category.slug = slugFor(category.nameEn, category.id);
    if (!m_db.exec(
            Connection::Write,
            QStringLiteral("INSERT INTO categories (id, slug, name_bg, name_en, "
                           "sort_order) VALUES (?, ?, ?, ?, ?)"),
            {category.id, category.slug, category.nameBg, category.nameEn, category.sortOrder})
        || !announce(QStringLiteral("category"), {{QStringLiteral("categoryId"), category.id}}, by,
                     now, QStringLiteral("category.create"), QString::number(category.id),
                     {{QStringLiteral("after"), category.toJson()}}))
        return StoreError::storage();
    return category;
}

StoreOutcome<Category> MenuEditRepository::updateCategory(qint64 id,
                                                          const MenuEdits::CategoryPatch &patch,
                                                          const StaffMember &by,
                                                          const QDateTime &now)
{
    const std::optional<Category> before = findCategory(id);
    if (!before)
        return StoreError::notFound(Store::tr("There is no category %1.").arg(id));
    Category after = *before;
    if (patch.nameBg)
        after.nameBg = patch.nameBg->trimmed();
    if (patch.nameEn)
        after.nameEn = patch.nameEn->trimmed();
    if (after.nameBg.isEmpty() || after.nameEn.isEmpty())
        return StoreError::invalid(
            Store::tr("A category needs a name in Bulgarian and in English."));
    if (after == *before)
        return after; // nothing changes, nothing to announce
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("UPDATE categories SET name_bg = ?, name_en = ? WHERE id = ?"),
                   {after.nameBg, after.nameEn, id})
        || !announce(QStringLiteral("category"), {{QStringLiteral("categoryId"), id}}, by, now,
                     QStringLiteral("category.update"), QString::number(id),
                     {{QStringLiteral("before"), before->toJson()},
                      {QStringLiteral("after"), after.toJson()}}))
        return StoreError::storage();
    return after;
}

StoreOutcome<bool> MenuEditRepository::deleteCategory(qint64 id, const StaffMember &by,
                                                      const QDateTime &now)
{
    const std::optional<Category> before = findCategory(id);
    if (!before)
        return StoreError::notFound(Store::tr("There is no category %1.").arg(id));
    int products = -1;
    if (!m_db.select(Connection::Write,
                     QStringLiteral("SELECT COUNT(*) FROM products WHERE category_id = ?"), {id},
                     [&](const QSqlQuery &row) { products = row.value(0).toInt(); }))
        return StoreError::storage();
    // Hidden products count too: old orders point at them, and a category keeps its history.
    if (products != 0)
        return StoreError {StoreError::Code::InvalidTransition,
                           Store::tr("Category %1 still has %2 products (hidden ones "
                                     "too): move them to another category first.")
                               .arg(id)
                               .arg(products),
                           {{QStringLiteral("category"), before->toJson()}}};
    if (!m_db.exec(Connection::Write, QStringLiteral("DELETE FROM categories WHERE id = ?"), {id})
        || !announce(QStringLiteral("category"), {{QStringLiteral("categoryId"), id}}, by, now,
                     QStringLiteral("category.delete"), QString::number(id),
                     {{QStringLiteral("before"), before->toJson()}}))
        return StoreError::storage();
    return true;
}

StoreOutcome<bool> MenuEditRepository::reorderCategories(const QList<qint64> &ids,
                                                         const StaffMember &by,
                                                         const QDateTime &now)
{
    QList<qint64> existing;
    if (!m_db.select(Connection::Write,
                     QStringLiteral("SELECT id FROM categories ORDER BY sort_order, id"), {},
                     [&](const QSqlQuery &row) { existing.append(row.value(0).toLongLong()); }))
        return StoreError::storage();
    const QSet<qint64> given(ids.cbegin(), ids.cend());
    if (given.size() != ids.size() || given != QSet<qint64>(existing.cbegin(), existing.cend()))
        return StoreError::invalid(
            Store::tr("The new order must list every category exactly once."));
    for (int i = 0; i < ids.size(); ++i)
        if (!m_db.exec(Connection::Write,
                       QStringLiteral("UPDATE categories SET sort_order = ? WHERE id = ?"),
                       {(i + 1) * 10, ids.at(i)}))
            return StoreError::storage();
    if (!announce(QStringLiteral("category-order"), {{QStringLiteral("ids"), idArray(ids)}}, by,
                  now, QStringLiteral("category.reorder"), QStringLiteral("menu"),
                  {{QStringLiteral("before"), idArray(existing)},
                   {QStringLiteral("after"), idArray(ids)}}))
        return StoreError::storage();
    return true;
}

StoreOutcome<Category> MenuEditRepository::setCategoryPaused(qint64 id, bool paused,
                                                             const StaffMember &by,
                                                             const QDateTime &now)
{
    const std::optional<Category> before = findCategory(id);
    if (!before)
        return StoreError::notFound(Store::tr("There is no category %1.").arg(id));
    Category after = *before;
    after.isPaused = paused;
    if (before->isPaused == paused)
        return after;
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("UPDATE categories SET is_paused = ? WHERE id = ?"),
                   {paused ? 1 : 0, id})
        || !announce(
            QStringLiteral("pause"),
            {{QStringLiteral("categoryId"), id}, {QStringLiteral("paused"), paused}}, by, now,
            QStringLiteral("category.pause"), QString::number(id),
            {{QStringLiteral("before"), before->isPaused}, {QStringLiteral("after"), paused}}))
        return StoreError::storage();
    return after;
}

StoreOutcome<bool> MenuEditRepository::setStationPaused(const QString &station, bool paused,
                                                        const StaffMember &by, const QDateTime &now)
{
    if (!MenuEdits::isStationName(station))
        return StoreError::invalid(
            Store::tr("\"%1\" is not a station name.").arg(station.left(40)));
    bool wasPaused = false;
    if (!m_db.select(Connection::Write,
                     QStringLiteral("SELECT 1 FROM station_pauses WHERE station = ?"), {station},
                     [&](const QSqlQuery &) { wasPaused = true; }))
        return StoreError::storage();
    if (wasPaused == paused)
        return true;
    const bool written = paused
        ? m_db.exec(Connection::Write,
                    QStringLiteral("INSERT INTO station_pauses (station, paused_at) VALUES (?, ?)"),
                    {station, Database::timeText(now)})
        : m_db.exec(Connection::Write,
                    QStringLiteral("DELETE FROM station_pauses WHERE station = ?"), {station});
    if (!written
        || !announce(QStringLiteral("pause"),
                     {{QStringLiteral("station"), station}, {QStringLiteral("paused"), paused}}, by,
                     now, QStringLiteral("station.pause"), station,
                     {{QStringLiteral("before"), wasPaused}, {QStringLiteral("after"), paused}}))
        return StoreError::storage();
    return true;
}

std::optional<StoreError> MenuEditRepository::checkProduct(const Product &p)
{
    if (p.nameBg.isEmpty() || p.nameEn.isEmpty())
        return StoreError::invalid(
            Store::tr("A product needs a name in Bulgarian and in English."));
    if (p.nameBg.size() > MenuEdits::MaxNameLength || p.nameEn.size() > MenuEdits::MaxNameLength)
        return StoreError::invalid(
            Store::tr("A product's name has at most %1 characters.").arg(MenuEdits::MaxNameLength));
    if (p.descriptionBg.size() > MenuEdits::MaxDescriptionLength
        || p.descriptionEn.size() > MenuEdits::MaxDescriptionLength)
        return StoreError::invalid(Store::tr("A description has at most %1 characters.")
                                       .arg(MenuEdits::MaxDescriptionLength));
    if (p.price.isNegative() || p.price.euroCents() > MenuEdits::MaxPriceCents)
        return StoreError::invalid(
            Store::tr("A price is between 0 and %1 €.").arg(MenuEdits::MaxPriceCents / 100));
    if (!MenuEdits::isStationName(p.station))
        return StoreError::invalid(
            Store::tr("\"%1\" is not a station name.").arg(p.station.left(40)));
    bool known = true;
    Allergens::normalized(p.allergens, &known);
    if (!known)
        return StoreError::invalid(Store::tr("Unknown allergen code."));
    if (!findCategory(p.categoryId))
        return StoreError {
            StoreError::Code::Invalid, Store::tr("There is no category %1.").arg(p.categoryId), {}};
    return std::nullopt;
}

StoreOutcome<Product> MenuEditRepository::createProduct(const Product &draft, const StaffMember &by,
                                                        const QDateTime &now)
{
    Product product = draft;
    product.nameBg = product.nameBg.trimmed();
    product.nameEn = product.nameEn.trimmed();
    product.allergens = Allergens::normalized(product.allergens);
    product.photoVersion = 0;
    product.pausedBy.clear();
    if (const auto error = checkProduct(product))
        return *error;
    if (!m_db.select(Connection::Write,
                     QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) + 1 FROM products), "
                                    "(SELECT COALESCE(MAX(sort_order), 0) + 10 FROM products "
                                    "WHERE category_id = ?)"),
                     {product.categoryId}, [&](const QSqlQuery &row) {
                         product.id = row.value(0).toLongLong();
                         product.sortOrder = row.value(1).toInt();
                     }))
        return StoreError::storage();
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("INSERT INTO products (id, category_id, name_bg, name_en, "
                                  "description_bg, description_en, price_eur_cents, station, "
                                  "is_available, is_hidden, sort_order, allergens) VALUES "
                                  "(?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?, "
                                  "COALESCE(?, ''))"),
                   {product.id, product.categoryId, product.nameBg, product.nameEn,
                    product.descriptionBg, product.descriptionEn, product.price.euroCents(),
                    product.station, product.isAvailable ? 1 : 0, product.isHidden ? 1 : 0,
                    product.sortOrder, product.allergens.join(u',')}))
        return StoreError::storage();
    const std::optional<Product> stored = m_menu.find(Connection::Write, product.id);
    if (!stored
        || !announce(QStringLiteral("product"), {{QStringLiteral("productId"), product.id}}, by,
                     now, QStringLiteral("product.create"), QString::number(product.id),
                     {{QStringLiteral("after"), stored->toJson()}}))
        return StoreError::storage();
    return *stored;
}

StoreOutcome<Product> MenuEditRepository::updateProduct(qint64 id,
                                                        const MenuEdits::ProductPatch &patch,
                                                        const StaffMember &by, const QDateTime &now)
{
    const std::optional<Product> before = m_menu.find(Connection::Write, id);
    if (!before)
        return StoreError::notFound(Store::tr("There is no product %1.").arg(id));
    Product after = *before;
    after.categoryId = patch.categoryId.value_or(after.categoryId);
    after.nameBg = patch.nameBg.value_or(after.nameBg).trimmed();
    after.nameEn = patch.nameEn.value_or(after.nameEn).trimmed();
    after.descriptionBg = patch.descriptionBg.value_or(after.descriptionBg).trimmed();
    after.descriptionEn = patch.descriptionEn.value_or(after.descriptionEn).trimmed();
    after.price = patch.price.value_or(after.price);
    after.station = patch.station.value_or(after.station);
    after.isAvailable = patch.isAvailable.value_or(after.isAvailable);
    after.isHidden = patch.isHidden.value_or(after.isHidden);
    if (patch.allergens)
        after.allergens = Allergens::normalized(*patch.allergens);
    if (patch.categoryId && *patch.categoryId != before->categoryId) {
        // Moved: last in its new category.
        m_db.select(Connection::Write,
                    QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 10 FROM products "
                                   "WHERE category_id = ?"),
                    {after.categoryId},
                    [&](const QSqlQuery &row) { after.sortOrder = row.value(0).toInt(); });
    }
    if (const auto error = checkProduct(after))
        return *error;
    if (after == *before)
        return after;
    if (!m_db.exec(
            Connection::Write,
            QStringLiteral("UPDATE products SET category_id = ?, name_bg = ?, name_en = ?, "
                           "description_bg = COALESCE(?, ''), description_en = COALESCE(?, ''), "
                           "price_eur_cents = ?, station = ?, is_available = ?, "
                           "is_hidden = ?, sort_order = ?, allergens = COALESCE(?, '') "
                           "WHERE id = ?"),
            {after.categoryId, after.nameBg, after.nameEn, after.descriptionBg, after.descriptionEn,
             after.price.euroCents(), after.station, after.isAvailable ? 1 : 0,
             after.isHidden ? 1 : 0, after.sortOrder, after.allergens.join(u','), id}))
        return StoreError::storage();
    // The pause follows the (maybe new) station or category.
    const std::optional<Product> stored = m_menu.find(Connection::Write, id);
    if (!stored
        || !announce(QStringLiteral("product"), {{QStringLiteral("productId"), id}}, by, now,
                     QStringLiteral("product.update"), QString::number(id),
                     {{QStringLiteral("before"), before->toJson()},
                      {QStringLiteral("after"), stored->toJson()}}))
        return StoreError::storage();
    return *stored;
}

StoreOutcome<bool> MenuEditRepository::reorderProducts(qint64 categoryId, const QList<qint64> &ids,
                                                       const StaffMember &by, const QDateTime &now)
{
    if (!findCategory(categoryId))
        return StoreError::notFound(Store::tr("There is no category %1.").arg(categoryId));
    QList<qint64> existing;
    if (!m_db.select(Connection::Write,
                     QStringLiteral("SELECT id FROM products WHERE category_id = ? "
                                    "ORDER BY sort_order, id"),
                     {categoryId},
                     [&](const QSqlQuery &row) { existing.append(row.value(0).toLongLong()); }))
        return StoreError::storage();
    const QSet<qint64> given(ids.cbegin(), ids.cend());
    if (given.size() != ids.size() || given != QSet<qint64>(existing.cbegin(), existing.cend()))
        return StoreError::invalid(
            Store::tr("The new order must list every product of the category "
                      "exactly once."));
    for (int i = 0; i < ids.size(); ++i)
        if (!m_db.exec(Connection::Write,
                       QStringLiteral("UPDATE products SET sort_order = ? WHERE id = ?"),
                       {(i + 1) * 10, ids.at(i)}))
            return StoreError::storage();
    if (!announce(
            QStringLiteral("product-order"),
            {{QStringLiteral("categoryId"), categoryId}, {QStringLiteral("ids"), idArray(ids)}}, by,
            now, QStringLiteral("product.reorder"), QString::number(categoryId),
            {{QStringLiteral("before"), idArray(existing)},
             {QStringLiteral("after"), idArray(ids)}}))
        return StoreError::storage();
    return true;
}

StoreOutcome<Product> MenuEditRepository::setPhoto(qint64 id, const QByteArray &jpeg,
                                                   const StaffMember &by, const QDateTime &now)
{
    const std::optional<Product> before = m_menu.find(Connection::Write, id);
    if (!before)
        return StoreError::notFound(Store::tr("There is no product %1.").arg(id));
    if (jpeg.isEmpty() && before->photoVersion == 0)
        return *before;
    // The version is the upload's time in ms: a new URL for every photo ever stored, so a
    // guest's cache (kept for a year) never shows an old one.
    const qint64 version = std::max(now.toMSecsSinceEpoch(), before->photoVersion + 1);
    const bool written = jpeg.isEmpty()
        ? m_db.exec(Connection::Write,
                    QStringLiteral("DELETE FROM product_photos WHERE product_id = ?"), {id})
        : m_db.exec(Connection::Write,
                    QStringLiteral("INSERT INTO product_photos (product_id, version, jpeg, "
                                   "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (product_id) "
                                   "DO UPDATE SET version = excluded.version, "
                                   "jpeg = excluded.jpeg, updated_at = excluded.updated_at"),
                    {id, version, jpeg, Database::timeText(now)});
    if (!written)
        return StoreError::storage();
    const std::optional<Product> stored = m_menu.find(Connection::Write, id);
    if (!stored
        || !announce(QStringLiteral("photo"), {{QStringLiteral("productId"), id}}, by, now,
                     QStringLiteral("product.photo"), QString::number(id),
                     {{QStringLiteral("before"), before->photoVersion},
                      {QStringLiteral("after"), stored->photoVersion},
                      {QStringLiteral("bytes"), jpeg.size()}}))
        return StoreError::storage();
    return *stored;
}

std::optional<QPair<QByteArray, qint64>> MenuEditRepository::photo(qint64 productId)
{
    std::optional<QPair<QByteArray, qint64>> found;
    m_db.select(Connection::Read,
                QStringLiteral("SELECT jpeg, version FROM product_photos WHERE product_id = ?"),
                {productId}, [&](const QSqlQuery &row) {
                    found = qMakePair(row.value(0).toByteArray(), row.value(1).toLongLong());
                });
    return found;
}

QStringList MenuEditRepository::pausedStations()
{
    QStringList stations;
    m_db.select(Connection::Read,
                QStringLiteral("SELECT station FROM station_pauses ORDER BY station"), {},
                [&](const QSqlQuery &row) { stations.append(row.value(0).toString()); });
    return stations;
}

} // namespace tableside::server
