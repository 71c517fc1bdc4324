#include "eventscontroller.h"

#include "apierror.h"
#include "apirouter.h"
#include "store.h"

#include <QJsonArray>

namespace tableside::server {

EventsController::EventsController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void EventsController::registerRoutes(ApiRouter &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/events"), ApiRouter::Access::Staff,
               ApiRouter::Body::None, [this](const ApiRequest &request, ApiResponder reply) {
                   bool afterOk = true;
                   bool limitOk = true;
                   const QString afterText = request.query.queryItemValue(QStringLiteral("after"));
                   const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
                   const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&afterOk);
                   const int limit = limitText.isEmpty() ? MaxLimit : limitText.toInt(&limitOk);
                   if (!afterOk || after < 0 || !limitOk || limit < 1 || limit > MaxLimit) {
                       reply.error(ApiError::badRequest(
                           tr("after: expected a seq (0 or more); limit: 1 to %1").arg(MaxLimit)));
                       return;
                   }
                   const Store::EventPage page = m_context.store.eventsAfter(after, limit);
                   if (page.gone) {
                       reply.error({HttpError::Code::Gone,
                                    tr("Events after %1 are no longer in the log (it starts at "
                                       "%2 and ends at %3); reload /api/staff/state.")
                                        .arg(after)
                                        .arg(page.oldestSeq)
                                        .arg(page.latestSeq),
                                    {{QStringLiteral("seq"), page.latestSeq},
                                     {QStringLiteral("oldestSeq"), page.oldestSeq}}});
                       return;
                   }
                   QJsonArray events;
                   for (const StaffEvent &event : page.events)
                       events.append(QJsonObject {{QStringLiteral("seq"), event.seq()},
                                                  {QStringLiteral("event"), event.name()},
                                                  {QStringLiteral("data"), event.data()}});
                   reply.json(200,
                              {{QStringLiteral("events"), events},
                               {QStringLiteral("seq"), page.latestSeq},
                               {QStringLiteral("historyId"), page.historyId}});
               });
}

} // namespace tableside::server
