#pragma once

#include "apicontext.h"
#include "apierror.h"
#include "apirequest.h"
#include "apiresponder.h"
#include "commitreply.h"
#include "guestlimits.h"
#include "metrics.h"
#include "requestvalidator.h"

#include <QJsonArray>
#include <functional>
#include <optional>

namespace tableside::server {

/// The steps every guest write (an order, a waiter call) takes, in one order: admit the client,
/// validate the body, read the idempotency key, admit the table, store, count, answer after
/// the commit. A controller gives only what differs (Steps). The table's bucket is checked
/// before the store and spent only when the store accepted the write: a request that is invalid
/// or refused (unknown product, reused idempotency key, …) spends the client's bucket but never
/// the table's, so one phone cannot keep another table blocked.
class GuestWritePipeline
{
public:
    template<typename Draft, typename Created> struct Steps
    {
        GuestLimits::Scope scope = GuestLimits::Scope::Order;
        /// Reads the body into @p draft (tableNumber included); problems go to @p check.
        std::function<void(const QJsonObject &body, RequestValidator &check, Draft &draft)> parse;
        /// A body field that may carry the key when no Idempotency-Key header is sent ("" = none).
        QString keyField;
        /// What a retry with the same key must repeat (hashed; volatile fields left out).
        std::function<QJsonArray(const Draft &draft)> canonical;
        std::function<StoreOutcome<Created>(const Draft &draft)> write;
        /// Whether the write made something new (counted; a replay is not).
        std::function<bool(const Created &created)> isNew;
        void (Metrics::*count)() = nullptr;
        /// The answer once committed.
        std::function<void(ApiResponder &reply, const Created &created)> answer;
    };

    template<typename Draft, typename Created>
    static void run(const ApiContext &context, const ApiRequest &request, ApiResponder reply,
                    const Steps<Draft, Created> &steps)
    {
        if (auto refused = context.guestLimits.admitClient(steps.scope, request.clientKey())) {
            reply.error(*refused);
            return;
        }
        RequestValidator check;
        Draft draft;
        steps.parse(request.json, check, draft);
        const QString key = idempotencyKey(request, steps.keyField, check);
        if (!check.ok()) {
            reply.error(ApiError::badRequest(check.error()));
            return;
        }
        // The table's signed link before its limit: a stranger's request never touches the
        // bucket of a table it has no session for.
        if (auto refused = tableLinkRefusal(context, request, draft.tableNumber)) {
            reply.error(*refused);
            return;
        }
        if (auto refused = context.guestLimits.checkTable(steps.scope, draft.tableNumber)) {
            reply.error(*refused);
            return;
        }
        draft.idempotencyKey = key;
        if (!key.isEmpty())
            draft.requestHash = requestHash(steps.canonical(draft));
        auto outcome = steps.write(draft);
        if (outcome.ok())
            context.guestLimits.spendTable(steps.scope, draft.tableNumber);
        if (outcome.ok() && steps.isNew(outcome.value()))
            (context.metrics.*steps.count)();
        replyAfterCommit(context.store, reply, std::move(outcome), steps.answer);
    }

    /// 403 table_link_required / table_link_invalid unless the request's Cookie carries a valid
    /// session for @p tableNumber (always nullopt when guest/requireTableToken is false). Also
    /// guards the guest's reads of a table (GuestBillController).
    static std::optional<HttpError> tableLinkRefusal(const ApiContext &context,
                                                     const ApiRequest &request, int tableNumber);

private:
    /// The Idempotency-Key header (trimmed), else the body's @p bodyField; at most
    /// RequestValidator::MaxIdempotencyKey characters.
    static QString idempotencyKey(const ApiRequest &request, const QString &bodyField,
                                  RequestValidator &check);
    /// SHA-256 of @p canonical as compact JSON: a retry of the same request hashes the same.
    static QByteArray requestHash(const QJsonArray &canonical);
};

} // namespace tableside::server
