#include "qrcardsroute.h"

#include "apierror.h"
#include "apirouter.h"
#include "qrcardwriter.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

namespace tableside::server {

namespace {
constexpr int ChildTimeoutMs = 60'000;

} // namespace

QrCardsRoute::QrCardsRoute(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void QrCardsRoute::registerRoutes(ApiRouter &router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/admin/tables/qr-cards"),
               ApiRouter::Access::Staff, ApiRouter::Body::JsonObject,
               [this](const ApiRequest &request, ApiResponder reply) { cards(request, reply); },
               {StaffRole::Manager});
}

void QrCardsRoute::cards(const ApiRequest &request, ApiResponder reply)
{
    const QJsonValue list = request.json.value(QStringLiteral("tables"));
    const QList<int> known = m_context.store.tableNumbers();
    QStringList tables;
    bool ok = list.isArray() && !list.toArray().isEmpty() && list.toArray().size() <= MaxTables;
    for (const QJsonValue &value : list.toArray()) {
        const int number = value.toInt(-1);
        ok = ok && value.isDouble() && value.toDouble() == number && known.contains(number);
        tables.append(QString::number(number));
    }
    if (!ok)
        return reply.error(ApiError::badRequest(QCoreApplication::translate(
            "QrCardsRoute", "tables: a list of 1 to 200 existing table numbers")));
    // Where guests reach this server: given, or this machine's address on the guests' port.
    QUrl base(request.json.value(QStringLiteral("baseUrl")).toString());
    if (base.isEmpty()) {
        base.setScheme(QStringLiteral("http"));
        base.setHost(request.localAddress.toString());
        base.setPort(m_context.settings.port);
    }
    if (!QrCardWriter::normalizedBaseUrl(base))
        return reply.error(ApiError::badRequest(QCoreApplication::translate(
            "QrCardsRoute", "baseUrl: an http(s) address like http://192.168.1.20:8080")));

    auto dir = std::make_shared<QTemporaryDir>();
    const QString out = dir->filePath(QStringLiteral("cards.pdf"));
    QStringList arguments {QStringLiteral("qr"),         QStringLiteral("--data-dir"),
                           m_context.settings.effectiveDataDir(),
                           QStringLiteral("--base-url"), base.toString(),
                           QStringLiteral("--tables"),   tables.join(u','),
                           QStringLiteral("--out"),      out};
    // On PostgreSQL the command opens the server's database through a config of its own.
    if (m_context.settings.database.isPostgres()) {
        const QString config = dir->filePath(QStringLiteral("database.ini"));
        if (!m_context.settings.database.writeConfigFile(config))
            return reply.error(ApiError::storageUnavailable());
        arguments << QStringLiteral("--config") << config;
    }
    auto *child = new QProcess(this);
    child->setProcessChannelMode(QProcess::MergedChannels);
    connect(child, &QProcess::finished, this, [child, dir, out, reply](int code) mutable {
        child->deleteLater();
        QFile pdf(out);
        if (code != 0 || !pdf.open(QIODevice::ReadOnly)) {
            qWarning("qr cards failed: %s", child->readAll().constData());
            return reply.error(ApiError::storageUnavailable());
        }
        reply.raw(200, pdf.readAll(), "application/pdf",
                  {{"Content-Disposition", "attachment; filename=\"tableside-qr-cards.pdf\""}});
    });
    connect(child, &QProcess::errorOccurred, this,
            [child, reply](QProcess::ProcessError error) mutable {
                if (error != QProcess::FailedToStart)
                    return;
                child->deleteLater();
                reply.error(ApiError::storageUnavailable());
            });
    child->start(QCoreApplication::applicationFilePath(), arguments);
    QTimer::singleShot(ChildTimeoutMs, child, [child] { child->kill(); });
}

} // namespace tableside::server
