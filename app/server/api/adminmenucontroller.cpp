#include "adminmenucontroller.h"

#include "allergens.h"
#include "apierror.h"
#include "apirouter.h"
#include "commitreply.h"
#include "photoencoder.h"
#include "requestvalidator.h"
#include "store.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace tableside::server {

namespace {

const QList<StaffRole> ManagerOnly {StaffRole::Manager};

std::optional<qint64> pathId(const ApiRequest &request, int index = 0)
{
    bool ok = false;
    const qint64 id = request.params.value(index).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

HttpError noSuch(const QString &what, const ApiRequest &request)
{
    return ApiError::notFound(
        AdminMenuController::tr("There is no %1 %2.").arg(what, request.params.value(0)));
}

// A price as the console sends it: a JSON number or a decimal text ("4.50", "4,50"), at most
// two decimals, 0 to MenuEdits::MaxPriceCents. Both forms are parsed as decimal text by Money,
// never rounded through binary floating point.
std::optional<Money> readPrice(const QJsonValue &value, RequestValidator &check)
{
    QString why;
    std::optional<Money> price;
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.startsWith(u'-'))
            why = AdminMenuController::tr("the amount is negative");
        else
            price = Money::parseDecimal(text, &why);
    } else {
        price = Money::fromJson(value, &why);
    }
    if (price && price->euroCents() > MenuEdits::MaxPriceCents) {
        price.reset();
        why = AdminMenuController::tr("at most %1 €").arg(MenuEdits::MaxPriceCents / 100);
    }
    if (!price)
        check.fail(AdminMenuController::tr("priceEur: %1").arg(why));
    return price;
}

// {"bg","en"} of a name or description object; each language optional here.
bool readBilingual(const QJsonObject &body, const QString &key, int maxLength, bool required,
                   std::optional<QString> *bg, std::optional<QString> *en, RequestValidator &check)
{
    if (!body.contains(key)) {
        if (required)
            check.fail(AdminMenuController::tr("%1: missing").arg(key));
        return !required;
    }
    if (!body.value(key).isObject()) {
        check.fail(AdminMenuController::tr("%1: expected {\"bg\": …, \"en\": …}").arg(key));
        return false;
    }
    const QJsonObject object = body.value(key).toObject();
    for (const auto &[language, out] :
         {std::pair {QStringLiteral("bg"), bg}, std::pair {QStringLiteral("en"), en}}) {
        if (!object.contains(language)) {
            if (required) {
                check.fail(AdminMenuController::tr("%1.%2: missing").arg(key, language));
                return false;
            }
            continue;
        }
        const QJsonValue value = object.value(language);
        const QString text = value.toString().trimmed();
        if (!value.isString() || text.size() > maxLength
            || (key == QLatin1String("name") && text.isEmpty())) {
            check.fail(AdminMenuController::tr("%1.%2: 1 to %3 characters of text")
                           .arg(key, language)
                           .arg(maxLength));
            return false;
        }
        *out = text;
    }
    return true;
}

std::optional<QList<qint64>> readIds(const QJsonObject &body, RequestValidator &check)
{
    const QJsonValue value = body.value(QStringLiteral("ids"));
    if (!value.isArray() || value.toArray().size() > MenuEdits::MaxReorderIds) {
        check.fail(AdminMenuController::tr("ids: expected an array of ids"));
        return std::nullopt;
    }
    QList<qint64> ids;
    for (const QJsonValue &id : value.toArray()) {
        if (!id.isDouble() || id.toDouble() != double(id.toInteger()) || id.toInteger() <= 0) {
            check.fail(AdminMenuController::tr("ids: expected an array of ids"));
            return std::nullopt;
        }
        ids.append(id.toInteger());
    }
    return ids;
}

} // namespace

AdminMenuController::AdminMenuController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

std::optional<MenuEdits::ProductPatch> AdminMenuController::readPatch(const QJsonObject &body,
                                                                      RequestValidator &check)
{
    MenuEdits::ProductPatch patch;
    if (!readBilingual(body, QStringLiteral("name"), MenuEdits::MaxNameLength, false, &patch.nameBg,
                       &patch.nameEn, check)
        || !readBilingual(body, QStringLiteral("description"), MenuEdits::MaxDescriptionLength,
                          false, &patch.descriptionBg, &patch.descriptionEn, check))
        return std::nullopt;
    if (body.contains(QStringLiteral("categoryId"))) {
        patch.categoryId
            = check.integer(body, QStringLiteral("categoryId"), 1, (qint64(1) << 53) - 1);
        if (!patch.categoryId)
            return std::nullopt;
    }
    if (body.contains(QStringLiteral("priceEur"))) {
        patch.price = readPrice(body.value(QStringLiteral("priceEur")), check);
        if (!patch.price)
            return std::nullopt;
    }
    if (body.contains(QStringLiteral("station"))) {
        const QString station = body.value(QStringLiteral("station")).toString();
        if (!MenuEdits::isStationName(station)) {
            check.fail(tr("station: lowercase letters, digits, - and _ (1 to 32)"));
            return std::nullopt;
        }
        patch.station = station;
    }
    for (const auto &[key, out] : {std::pair {QStringLiteral("isAvailable"), &patch.isAvailable},
                                   std::pair {QStringLiteral("isHidden"), &patch.isHidden}}) {
        if (body.contains(key)) {
            *out = check.boolean(body, key);
            if (!*out)
                return std::nullopt;
        }
    }
    if (body.contains(QStringLiteral("allergens"))) {
        const QJsonValue value = body.value(QStringLiteral("allergens"));
        QStringList codes;
        for (const QJsonValue &code : value.toArray())
            codes.append(code.toString());
        bool known = value.isArray();
        QString unknown;
        const QStringList normalized = Allergens::normalized(codes, &known, &unknown);
        if (!known) {
            check.fail(tr("allergens: expected codes from: %1")
                           .arg(Allergens::codes().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        patch.allergens = normalized;
    }
    return patch;
}

void AdminMenuController::registerRoutes(ApiRouter &router)
{
    using Access = ApiRouter::Access;
    using Body = ApiRouter::Body;
    const QString get = QStringLiteral("GET"), post = QStringLiteral("POST"),
                  patch = QStringLiteral("PATCH"), put = QStringLiteral("PUT"),
                  del = QStringLiteral("DELETE");
    Store &store = m_context.store;

    router.add(
        get, QStringLiteral("/api/admin/menu"), Access::Staff, Body::None,
        [this](const ApiRequest &r, ApiResponder reply) { adminMenu(r, reply); }, ManagerOnly);

    // ---- categories ----
    router.add(
        post, QStringLiteral("/api/admin/categories"), Access::Staff, Body::JsonObject,
        [&store](const ApiRequest &request, ApiResponder reply) {
            RequestValidator check;
            std::optional<QString> bg, en;
            if (!readBilingual(request.json, QStringLiteral("name"), MenuEdits::MaxNameLength, true,
                               &bg, &en, check))
                return reply.error(ApiError::badRequest(check.error()));
            replyAfterCommit(store, reply, store.createCategory(*bg, *en, *request.staff),
                             [](ApiResponder &r, const Category &category) {
                                 r.success({{QStringLiteral("category"), category.toJson()}}, 201);
                             });
        },
        ManagerOnly);
    router.add(
        patch, QStringLiteral("/api/admin/categories/{id}"), Access::Staff, Body::JsonObject,
        [&store](const ApiRequest &request, ApiResponder reply) {
            const auto id = pathId(request);
            if (!id)
                return reply.error(noSuch(tr("category"), request));
            RequestValidator check;
            MenuEdits::CategoryPatch changes;
            if (!readBilingual(request.json, QStringLiteral("name"), MenuEdits::MaxNameLength,
                               false, &changes.nameBg, &changes.nameEn, check))
                return reply.error(ApiError::badRequest(check.error()));
            replyAfterCommit(store, reply, store.updateCategory(*id, changes, *request.staff),
                             successWith(QStringLiteral("category")));
        },
        ManagerOnly);
    router.add(
        del, QStringLiteral("/api/admin/categories/{id}"), Access::Staff, Body::None,
        [&store](const ApiRequest &request, ApiResponder reply) {
            const auto id = pathId(request);
            if (!id)
                return reply.error(noSuch(tr("category"), request));
            replyAfterCommit(store, reply, store.deleteCategory(*id, *request.staff),
                             [](ApiResponder &r, bool) { r.success(); });
        },
        ManagerOnly);
    router.add(
        put, QStringLiteral("/api/admin/category-order"), Access::Staff, Body::JsonObject,
        [&store](const ApiRequest &request, ApiResponder reply) {
            RequestValidator check;
            const auto ids = readIds(request.json, check);
            if (!ids)
                return reply.error(ApiError::badRequest(check.error()));
            replyAfterCommit(store, reply, store.reorderCategories(*ids, *request.staff),
                             [](ApiResponder &r, bool) { r.success(); });
        },
        ManagerOnly);
    router.add(
        put, QStringLiteral("/api/admin/categories/{id}/product-order"), Access::Staff,
        Body::JsonObject,
        [&store](const ApiRequest &request, ApiResponder reply) {
            const auto id = pathId(request);
            if (!id)
                return reply.error(noSuch(tr("category"), request));
            RequestValidator check;
            const auto ids = readIds(request.json, check);
            if (!ids)
                return reply.error(ApiError::badRequest(check.error()));
            replyAfterCommit(store, reply, store.reorderProducts(*id, *ids, *request.staff),
                             [](ApiResponder &r, bool) { r.success(); });
        },
        ManagerOnly);
    router.add(
        put, QStringLiteral("/api/admin/categories/{id}/pause"), Access::Staff, Body::JsonObject,
        [&store](const ApiRequest &request, ApiResponder reply) {
            const auto id = pathId(request);
            if (!id)
                return reply.error(noSuch(tr("category"), request));
            RequestValidator check;
            const auto paused = check.boolean(request.json, QStringLiteral("paused"));
            if (!paused)
                return reply.error(ApiError::badRequest(check.error()));
            replyAfterCommit(store, reply, store.setCategoryPaused(*id, *paused, *request.staff),
                             successWith(QStringLiteral("category")));
        },
        ManagerOnly);
    router.add(
        put, QStringLiteral("/api/admin/stations/{station}/pause"), Access::Staff, Body::JsonObject,
        [&store](const ApiRequest &request, ApiResponder reply) {
            RequestValidator check;
            const auto paused = check.boolean(request.json, QStringLiteral("paused"));
            if (!paused)
                return reply.error(ApiError::badRequest(check.error()));
            const QString station = request.params.at(0);
            replyAfterCommit(store, reply, store.setStationPaused(station, *paused, *request.staff),
                             [station, paused = *paused](ApiResponder &r, bool) {
                                 r.success({{QStringLiteral("station"), station},
                                            {QStringLiteral("paused"), paused}});
                             });
        },
        ManagerOnly);

    // ---- products ----
    router.add(
        post, QStringLiteral("/api/admin/products"), Access::Staff, Body::JsonObject,
        [this](const ApiRequest &r, ApiResponder reply) { createProduct(r, reply); }, ManagerOnly);
    router.add(
        patch, QStringLiteral("/api/admin/products/{id}"), Access::Staff, Body::JsonObject,
        [this](const ApiRequest &r, ApiResponder reply) { updateProduct(r, reply); }, ManagerOnly);
    router.add(
        put, QStringLiteral("/api/admin/products/{id}/photo"), Access::Staff, Body::None,
        [this](const ApiRequest &r, ApiResponder reply) { uploadPhoto(r, reply); }, ManagerOnly);
    router.add(
        del, QStringLiteral("/api/admin/products/{id}/photo"), Access::Staff, Body::None,
        [&store](const ApiRequest &request, ApiResponder reply) {
            const auto id = pathId(request);
            if (!id)
                return reply.error(noSuch(tr("product"), request));
            replyAfterCommit(store, reply, store.setProductPhoto(*id, {}, *request.staff),
                             successWith(QStringLiteral("product")));
        },
        ManagerOnly);

    // ---- what guests download ----
    router.add(get, QStringLiteral("/api/menu/photos/{id}"), Access::Guest, Body::None,
               [this](const ApiRequest &r, ApiResponder reply) { servePhoto(r, reply); });
}

void AdminMenuController::adminMenu(const ApiRequest &, ApiResponder reply)
{
    Store &store = m_context.store;
    QJsonArray categories, products, stations;
    for (const Category &category : store.categories())
        categories.append(category.toJson());
    QStringList stationNames = store.pausedStations();
    for (const Product &product : store.products()) {
        products.append(product.toJson());
        if (!stationNames.contains(product.station))
            stationNames.append(product.station);
    }
    stationNames.sort();
    const QStringList paused = store.pausedStations();
    for (const QString &station : std::as_const(stationNames))
        stations.append(QJsonObject {{QStringLiteral("station"), station},
                                     {QStringLiteral("paused"), paused.contains(station)}});
    reply.json(200,
               {{QStringLiteral("categories"), categories},
                {QStringLiteral("products"), products},
                {QStringLiteral("stations"), stations},
                {QStringLiteral("allergens"), QJsonArray::fromStringList(Allergens::codes())},
                {QStringLiteral("maxPriceEur"), MenuEdits::MaxPriceCents / 100},
                {QStringLiteral("currency"), QStringLiteral("EUR")}});
}

void AdminMenuController::createProduct(const ApiRequest &request, ApiResponder reply)
{
    RequestValidator check;
    // Required on create: category, both names, price, station; the rest as for PATCH.
    for (const QString &key : {QStringLiteral("categoryId"), QStringLiteral("name"),
                               QStringLiteral("priceEur"), QStringLiteral("station")})
        if (!request.json.contains(key))
            return reply.error(ApiError::badRequest(tr("%1: missing").arg(key)));
    std::optional<QString> bg, en;
    if (!readBilingual(request.json, QStringLiteral("name"), MenuEdits::MaxNameLength, true, &bg,
                       &en, check))
        return reply.error(ApiError::badRequest(check.error()));
    const std::optional<MenuEdits::ProductPatch> fields = readPatch(request.json, check);
    if (!fields)
        return reply.error(ApiError::badRequest(check.error()));
    Product draft;
    draft.categoryId = *fields->categoryId;
    draft.nameBg = *bg;
    draft.nameEn = *en;
    draft.descriptionBg = fields->descriptionBg.value_or(QString());
    draft.descriptionEn = fields->descriptionEn.value_or(QString());
    draft.price = *fields->price;
    draft.station = *fields->station;
    draft.isAvailable = fields->isAvailable.value_or(true);
    draft.isHidden = fields->isHidden.value_or(false);
    draft.allergens = fields->allergens.value_or(QStringList());
    replyAfterCommit(
        m_context.store, reply, m_context.store.createProduct(draft, *request.staff),
        [](ApiResponder &r, const Product &product) {
            r.success({{QStringLiteral("product"), product.toJson()}}, 201,
                      {{"Location",
                        QByteArray("/api/admin/products/") + QByteArray::number(product.id)}});
        });
}

void AdminMenuController::updateProduct(const ApiRequest &request, ApiResponder reply)
{
    const auto id = pathId(request);
    if (!id)
        return reply.error(noSuch(tr("product"), request));
    RequestValidator check;
    const std::optional<MenuEdits::ProductPatch> changes = readPatch(request.json, check);
    if (!changes)
        return reply.error(ApiError::badRequest(check.error()));
    replyAfterCommit(m_context.store, reply,
                     m_context.store.updateProduct(*id, *changes, *request.staff),
                     successWith(QStringLiteral("product")));
}

void AdminMenuController::uploadPhoto(const ApiRequest &request, ApiResponder reply)
{
    const auto id = pathId(request);
    if (!id)
        return reply.error(noSuch(tr("product"), request));
    const QByteArray type = request.header("content-type").trimmed().toLower();
    if (!type.startsWith("image/") && type != "application/octet-stream")
        return reply.error({HttpError::Code::UnsupportedMediaType,
                            tr("Send the photo as the body, with Content-Type image/jpeg, "
                               "image/png or image/gif.")});
    if (request.body.size() > PhotoEncoder::MaxUploadBytes)
        return reply.error(
            {HttpError::Code::PayloadTooLarge,
             tr("A photo has at most %1 MB.").arg(PhotoEncoder::MaxUploadBytes / (1024 * 1024))});
    if (!m_context.store.findProduct(*id))
        return reply.error(noSuch(tr("product"), request));
    QString why;
    // Decoded and re-encoded before the write job: nothing is stored unless it is an image.
    const std::optional<QByteArray> jpeg = PhotoEncoder::encode(request.body, &why);
    if (!jpeg)
        return reply.error({HttpError::Code::InvalidImage, why});
    replyAfterCommit(m_context.store, reply,
                     m_context.store.setProductPhoto(*id, *jpeg, *request.staff),
                     successWith(QStringLiteral("product")));
}

void AdminMenuController::servePhoto(const ApiRequest &request, ApiResponder reply)
{
    const auto id = pathId(request);
    const auto photo = id ? m_context.store.productPhoto(*id) : std::nullopt;
    if (!photo)
        return reply.error(noSuch(tr("photo"), request));
    const QByteArray etag = '"' + QByteArray::number(photo->second) + '"';
    // The URL carries the version (?v=), so a guest's browser keeps it for a year; a new
    // photo gets a new URL in the menu.
    const QList<ApiResponder::Header> headers {
        {"Cache-Control", "public, max-age=31536000, immutable"}, {"ETag", etag}};
    if (request.header("if-none-match") == etag)
        return reply.raw(304, {}, "image/jpeg", headers);
    reply.raw(200, photo->first, "image/jpeg", headers);
}

} // namespace tableside::server
