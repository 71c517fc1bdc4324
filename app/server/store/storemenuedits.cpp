// Store's facade for the manager's menu edits (kept apart from store.cpp, which holds the
// rest of the writes): one write job around one MenuEditRepository call each.

#include "menueditrepository.h"
#include "storeprivate.h"

namespace tableside::server {

namespace {

// Stateless over the store's parts: made per call, so Store::Private needs no member (a
// template, since Store::Private is private to Store).
template<typename StorePrivate> MenuEditRepository editor(StorePrivate &d)
{
    return MenuEditRepository(d.db, d.batch, d.audit, d.menu);
}

} // namespace

StoreOutcome<Category> Store::createCategory(const QString &nameBg, const QString &nameEn,
                                             const StaffMember &by)
{
    return d->batch.run<Category>(
        [&] { return editor(*d).createCategory(nameBg, nameEn, by, d->clock.now()); });
}

StoreOutcome<Category> Store::updateCategory(qint64 id, const MenuEdits::CategoryPatch &patch,
                                             const StaffMember &by)
{
    return d->batch.run<Category>(
        [&] { return editor(*d).updateCategory(id, patch, by, d->clock.now()); });
}

StoreOutcome<bool> Store::deleteCategory(qint64 id, const StaffMember &by)
{
    return d->batch.run<bool>([&] { return editor(*d).deleteCategory(id, by, d->clock.now()); });
}

StoreOutcome<bool> Store::reorderCategories(const QList<qint64> &ids, const StaffMember &by)
{
    return d->batch.run<bool>(
        [&] { return editor(*d).reorderCategories(ids, by, d->clock.now()); });
}

StoreOutcome<Category> Store::setCategoryPaused(qint64 id, bool paused, const StaffMember &by)
{
    return d->batch.run<Category>(
        [&] { return editor(*d).setCategoryPaused(id, paused, by, d->clock.now()); });
}

StoreOutcome<bool> Store::setStationPaused(const QString &station, bool paused,
                                           const StaffMember &by)
{
    return d->batch.run<bool>(
        [&] { return editor(*d).setStationPaused(station, paused, by, d->clock.now()); });
}

StoreOutcome<Product> Store::createProduct(const Product &draft, const StaffMember &by)
{
    return d->batch.run<Product>(
        [&] { return editor(*d).createProduct(draft, by, d->clock.now()); });
}

StoreOutcome<Product> Store::updateProduct(qint64 id, const MenuEdits::ProductPatch &patch,
                                           const StaffMember &by)
{
    return d->batch.run<Product>(
        [&] { return editor(*d).updateProduct(id, patch, by, d->clock.now()); });
}

StoreOutcome<bool> Store::reorderProducts(qint64 categoryId, const QList<qint64> &ids,
                                          const StaffMember &by)
{
    return d->batch.run<bool>(
        [&] { return editor(*d).reorderProducts(categoryId, ids, by, d->clock.now()); });
}

StoreOutcome<Product> Store::setProductPhoto(qint64 id, const QByteArray &jpeg,
                                             const StaffMember &by)
{
    return d->batch.run<Product>([&] { return editor(*d).setPhoto(id, jpeg, by, d->clock.now()); });
}

std::optional<QPair<QByteArray, qint64>> Store::productPhoto(qint64 productId) const
{
    return editor(*d).photo(productId);
}

QStringList Store::pausedStations() const
{
    return editor(*d).pausedStations();
}

} // namespace tableside::server
