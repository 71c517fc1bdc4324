#include "printerscontroller.h"

#include "apierror.h"
#include "apirouter.h"
#include "commitreply.h"
#include "printspooler.h"
#include "requestvalidator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tableside::server {

namespace {

// The bill as it prints: the tab's lines (same product and price merged), its total, what was
// paid and what is due; frozen in the job so a reprint shows the same.
QJsonObject billPayload(const TableTab &tab)
{
    QJsonArray lines;
    QHash<QString, int> lineIndex;
    for (const Order &order : tab.orders) {
        for (const OrderItem &item : order.items) {
            const QString key
                = QStringLiteral("%1|%2").arg(item.productName).arg(item.unitPrice.euroCents());
            if (lineIndex.contains(key)) {
                QJsonObject line = lines.at(lineIndex.value(key)).toObject();
                line.insert(QStringLiteral("quantity"),
                            line.value(QStringLiteral("quantity")).toInt() + item.quantity);
                line.insert(QStringLiteral("lineTotalEurCents"),
                            line.value(QStringLiteral("lineTotalEurCents")).toInteger()
                                + item.lineTotal().euroCents());
                lines[lineIndex.value(key)] = line;
                continue;
            }
            lineIndex.insert(key, int(lines.size()));
            lines.append(
                QJsonObject {{QStringLiteral("name"), item.productName},
                             {QStringLiteral("quantity"), item.quantity},
                             {QStringLiteral("lineTotalEurCents"), item.lineTotal().euroCents()}});
        }
    }
    const Money ordered = tab.ordered();
    const Money due = tab.total();
    return {{QStringLiteral("tableNumber"), tab.tableNumber},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("totalEurCents"), ordered.euroCents()},
            {QStringLiteral("totalBgnCents"), ordered.bgnCents()},
            {QStringLiteral("paidEurCents"), ordered.euroCents() - due.euroCents()}};
}

QJsonObject resultJson(const QString &printer, const PrintResult &result)
{
    return {{QStringLiteral("printer"), printer},
            {QStringLiteral("printed"), result.written},
            {QStringLiteral("state"), result.stateName()},
            {QStringLiteral("message"), result.message},
            {QStringLiteral("printerStatus"),
             result.printerStatus < 0 ? QJsonValue() : QJsonValue(result.printerStatus)},
            {QStringLiteral("paperStatus"),
             result.paperStatus < 0 ? QJsonValue() : QJsonValue(result.paperStatus)}};
}

} // namespace

PrintersController::PrintersController(ApiContext context, PrintSpooler &spooler, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_spooler(spooler)
{ }

void PrintersController::registerRoutes(ApiRouter &router)
{
    using Access = ApiRouter::Access;
    using Body = ApiRouter::Body;
    const QList<StaffRole> managers {StaffRole::Manager};
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/admin/printers"), Access::Staff, Body::None,
        [this](const ApiRequest &, ApiResponder reply) { list(reply); }, managers);
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/admin/printers/{name}/test"), Access::Staff,
        Body::None, [this](const ApiRequest &request, ApiResponder reply) { test(request, reply); },
        managers);
    // Printer state for every screen (the dashboards' and kitchen screens' indicator).
    router.add(QStringLiteral("GET"), QStringLiteral("/api/printers/status"), Access::Staff,
               Body::None, [this](const ApiRequest &, ApiResponder reply) {
                   QJsonArray printers;
                   for (const PrinterSettings &p : m_spooler.printers())
                       printers.append(QJsonObject {
                           {QStringLiteral("printer"), p.name},
                           {QStringLiteral("state"), m_spooler.state(p.name)},
                           {QStringLiteral("message"),
                            m_spooler.printerJson(p.name).value(QStringLiteral("message"))}});
                   reply.json(200, {{QStringLiteral("printers"), printers}});
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/orders/{id}/print"), Access::Staff,
               Body::JsonObject,
               [this](const ApiRequest &request, ApiResponder reply) { reprint(request, reply); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/tables/{n}/bill/print"), Access::Staff,
               Body::JsonObject, [this](const ApiRequest &request, ApiResponder reply) {
                   printBill(request, reply);
               });
}

void PrintersController::list(ApiResponder reply)
{
    QJsonArray printers;
    for (const PrinterSettings &p : m_spooler.printers())
        printers.append(m_spooler.printerJson(p.name));
    QJsonArray jobs;
    for (const PrintJob &job : m_context.store.printJobs(QString(), 50))
        jobs.append(job.toJson());
    reply.json(200, {{QStringLiteral("printers"), printers}, {QStringLiteral("recentJobs"), jobs}});
}

void PrintersController::test(const ApiRequest &request, ApiResponder reply)
{
    const QString name = request.params.at(0);
    if (!m_spooler.printer(name)) {
        reply.error(ApiError::notFound(tr("No printer with this name.")));
        return;
    }
    // The answer waits for the printer (at most its connect, status and write timeouts).
    m_spooler.testPrint(name, reply.context(), [reply, name](const PrintResult &result) mutable {
        reply.success(resultJson(name, result));
    });
}

void PrintersController::reprint(const ApiRequest &request, ApiResponder reply)
{
    RequestValidator check;
    const QString printerName
        = check.optionalText(request.json, QStringLiteral("printer"), 40).value_or(QString());
    const QString station
        = check.optionalText(request.json, QStringLiteral("station"), 40).value_or(QString());
    if (!check.ok()) {
        reply.error(ApiError::badRequest(check.error()));
        return;
    }
    const std::optional<Order> order = m_context.store.findOrder(request.params.at(0).toLower());
    if (!order) {
        reply.error(ApiError::notFound(tr("No such order.")));
        return;
    }
    if (!printerName.isEmpty() && !m_spooler.printer(printerName)) {
        reply.error(ApiError::notFound(tr("No printer with this name.")));
        return;
    }
    // Named printer: the order's tickets (or one station's) on it. Else: each station's ticket
    // on that station's printers.
    QList<PrintJobDraft> drafts;
    for (const PrinterSettings &p : m_spooler.printers()) {
        if (!printerName.isEmpty() && p.name != printerName)
            continue;
        const bool printsStation = order->stations().contains(p.station);
        if (printerName.isEmpty() && !printsStation)
            continue;
        // A station asked for, else the printer's own station, else the whole order.
        const QString forStation = !station.isEmpty() ? station
            : printsStation                           ? p.station
                                                      : QString();
        PrintJobDraft draft;
        draft.printer = p.name;
        draft.kind = QStringLiteral("ticket");
        draft.trigger = QStringLiteral("reprint");
        draft.orderId = order->id;
        draft.tableNumber = order->tableNumber;
        draft.station = forStation;
        draft.copy = true;
        draft.payload = Store::ticketPayload(*order, forStation);
        drafts.append(draft);
    }
    if (drafts.isEmpty()) {
        reply.error(ApiError::badRequest(tr("No printer prints this order's stations.")));
        return;
    }
    QJsonArray ids;
    for (const PrintJobDraft &draft : std::as_const(drafts)) {
        const StoreOutcome<qint64> queued = m_context.store.queuePrintJob(draft);
        if (!queued.ok()) {
            replyAfterCommit(m_context.store, reply, queued, [](ApiResponder &, qint64) {});
            return;
        }
        ids.append(queued.value());
    }
    m_context.store.whenCommitted(reply.context(), [this, reply, ids](bool committed) mutable {
        if (!committed) {
            reply.error(ApiError::storageUnavailable());
            return;
        }
        m_spooler.kick();
        reply.success({{QStringLiteral("jobs"), ids}}, 202);
    });
}

void PrintersController::printBill(const ApiRequest &request, ApiResponder reply)
{
    RequestValidator check;
    QString printerName
        = check.optionalText(request.json, QStringLiteral("printer"), 40).value_or(QString());
    if (!check.ok()) {
        reply.error(ApiError::badRequest(check.error()));
        return;
    }
    bool isNumber = false;
    const int table = request.params.at(0).toInt(&isNumber);
    if (!isNumber || table < 1 || table > RequestValidator::MaxTableNumber) {
        reply.error(ApiError::notFound(tr("No such table.")));
        return;
    }
    // The bill printer: the one named, else the first marked bills=true, else the first with
    // no station (a till printer), else the first one.
    if (printerName.isEmpty()) {
        for (const PrinterSettings &p : m_spooler.printers())
            if (p.bills && printerName.isEmpty())
                printerName = p.name;
        for (const PrinterSettings &p : m_spooler.printers())
            if (p.station.isEmpty() && printerName.isEmpty())
                printerName = p.name;
        if (printerName.isEmpty() && !m_spooler.printers().isEmpty())
            printerName = m_spooler.printers().first().name;
    }
    if (printerName.isEmpty() || !m_spooler.printer(printerName)) {
        reply.error(ApiError::notFound(tr("No printer with this name.")));
        return;
    }
    const TableTab tab = m_context.store.tableTab(table);
    if (tab.isEmpty()) {
        reply.error(ApiError::badRequest(tr("This table has no open tab to print.")));
        return;
    }
    PrintJobDraft draft;
    draft.printer = printerName;
    draft.kind = QStringLiteral("bill");
    draft.trigger = QStringLiteral("bill");
    draft.tableNumber = table;
    draft.payload = billPayload(tab);
    // The venue's head, frozen in the job like the lines (a reprint shows what was printed).
    draft.payload.insert(QStringLiteral("venue"),
                         QJsonObject {{QStringLiteral("name"), m_context.settings.venueName},
                                      {QStringLiteral("address"), m_context.settings.venueAddress},
                                      {QStringLiteral("taxId"), m_context.settings.venueTaxId}});
    const QJsonObject payload = draft.payload;
    replyAfterCommit(m_context.store, reply, m_context.store.queuePrintJob(draft),
                     [this, printerName, payload](ApiResponder &reply, qint64 id) {
                         m_spooler.kick();
                         reply.success({{QStringLiteral("job"), id},
                                        {QStringLiteral("printer"), printerName},
                                        {QStringLiteral("bill"), payload}},
                                       202);
                     });
}

} // namespace tableside::server
