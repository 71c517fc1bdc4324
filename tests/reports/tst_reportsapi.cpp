// Reports from the real binary: orders, kitchen steps and calls through the API of a running
// server, then `tableside-server report --format csv` (read-only, beside the running server)
// compared with an independent computation over /api/orders/all and the event log; the same
// figures through GET /api/reports and /api/reports/csv; the PDF in bg and en, rendered with
// pdftoppm (skipped, loudly, when it is not installed).
#include "serverprocess.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <map>

namespace {

const QString ManagerPin = QStringLiteral("246810");
const QString CookPin = QStringLiteral("135791");
const QString WaiterPin = QStringLiteral("112233");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The report command on @p server's database (its config names it on PostgreSQL).
Run command(const ServerProcess &server, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TABLESIDE_SERVER_BINARY),
                  TestDatabase::isPostgres()
                      ? arguments + QStringList {QStringLiteral("--config"), server.configPath()}
                      : arguments);
    process.waitForFinished(120000);
    Run run;
    if (process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString csv(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QStringList &row : rows)
        text += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    return text;
}

// Nearest rank, written out again: the smallest value with at least p % at or below it.
qint64 nearestRank(QList<qint64> values, int percent)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    for (int i = 0; i < values.size(); ++i)
        if ((i + 1) * 100 >= percent * values.size())
            return values.at(i);
    return values.last();
}

qint64 msBetween(const QString &from, const QString &to)
{
    return QDateTime::fromString(from, Qt::ISODateWithMs)
        .msecsTo(QDateTime::fromString(to, Qt::ISODateWithMs));
}

} // namespace

class TestReportsApi : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server {QStringLiteral(TABLESIDE_SERVER_BINARY)};
    QString m_manager;
    QString m_day;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.isValid());
        m_server.disableGuestLimits();
        QVERIFY(m_server.addStaff(QStringLiteral("Maria"), ManagerPin, QStringLiteral("manager")));
        QVERIFY(m_server.addStaff(QStringLiteral("Petar"), CookPin, QStringLiteral("kitchen")));
        QVERIFY(m_server.addStaff(QStringLiteral("Ivan"), WaiterPin, QStringLiteral("waiter")));
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        m_manager = m_server.http().login(ManagerPin);
        const QString cook = m_server.http().login(CookPin);
        const QString waiter = m_server.http().login(WaiterPin);
        QVERIFY(!m_manager.isEmpty() && !cook.isEmpty() && !waiter.isEmpty());
        // Orders: products by table, quantities 1–3 (espresso and salad, so both stations).
        const QList<QList<std::pair<int, int>>> orders {
            {{1, 2}, {10, 1}}, {{7, 3}},         {{10, 2}, {12, 1}, {4, 1}}, {{2, 1}, {11, 1}},
            {{13, 2}},         {{1, 1}, {5, 2}}, {{8, 1}, {10, 1}},          {{3, 2}, {9, 1}},
        };
        QStringList ids;
        for (int i = 0; i < orders.size(); ++i) {
            QJsonArray items;
            for (const auto &[product, quantity] : orders.at(i))
                items.append(QJsonObject {{QStringLiteral("productId"), product},
                                          {QStringLiteral("quantity"), quantity}});
            int status = 0;
            const QJsonObject reply = m_server.http().json(
                "POST", QStringLiteral("/api/orders/create"),
                {{QStringLiteral("tableNumber"), 1 + i % 5}, {QStringLiteral("items"), items}}, {},
                &status);
            QCOMPARE(status, 201);
            ids.append(reply.value(QStringLiteral("order"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString());
        }
        // The kitchen starts and finishes some; one order is cancelled by the manager.
        for (int i = 0; i < 6; ++i) {
            const QJsonObject order
                = m_server.http().json("GET", QStringLiteral("/api/orders/active"), {}, cook);
            Q_UNUSED(order);
            for (const QString &station : {QStringLiteral("kitchen"), QStringLiteral("bar")}) {
                int status = 0;
                m_server.http().json(
                    "POST",
                    QStringLiteral("/api/orders/%1/stations/%2/start").arg(ids.at(i), station), {},
                    cook, &status);
                QTest::qWait(15 + 10 * i);
                m_server.http().json(
                    "POST",
                    QStringLiteral("/api/orders/%1/stations/%2/bump").arg(ids.at(i), station), {},
                    cook, &status);
            }
        }
        int status = 0;
        m_server.http().json("PATCH", QStringLiteral("/api/orders/%1/status").arg(ids.at(7)),
                             {{QStringLiteral("status"), QStringLiteral("cancelled")}}, m_manager,
                             &status);
        QCOMPARE(status, 200);
        // Calls: two answered by Ivan, one left unanswered.
        for (int table : {2, 3, 4}) {
            const QJsonObject call = m_server.guest().createCall(table, QStringLiteral("help"));
            const QString callId = call.value(QStringLiteral("id")).toString();
            QVERIFY(!callId.isEmpty());
            if (table == 4)
                break;
            QTest::qWait(20);
            m_server.http().json("PATCH",
                                 QStringLiteral("/api/waiter-call/%1/acknowledge").arg(callId), {},
                                 waiter, &status);
            QCOMPARE(status, 200);
        }
        m_day = QDateTime::currentDateTime().addSecs(-4 * 3600).date().toString(Qt::ISODate);
    }

    // The CSV folder of today, written while the server runs, against /api/orders/all and
    // the event log.
    void csvEqualsIndependentComputation()
    {
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("csv"));
        const Run run
            = command(m_server,
                      {QStringLiteral("report"), QStringLiteral("--data-dir"), m_server.dataDir(),
                       QStringLiteral("--day"), m_day, QStringLiteral("--out"), folder,
                       QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QJsonArray orders = m_server.http()
                                      .json("GET", QStringLiteral("/api/orders/all"), {}, m_manager)
                                      .value(QStringLiteral("orders"))
                                      .toArray();
        qint64 revenue = 0, count = 0, items = 0, cancelled = 0;
        std::map<int, std::tuple<qint64, qint64, qint64>> tables;
        std::map<QString, std::tuple<qint64, qint64, qint64>> hours;
        std::map<qint64, std::pair<qint64, qint64>> products;
        QMap<QString, QString> createdAt;
        for (const QJsonValue &value : orders) {
            const QJsonObject order = value.toObject();
            createdAt.insert(order.value(QStringLiteral("id")).toString(),
                             order.value(QStringLiteral("createdAt")).toString());
            if (order.value(QStringLiteral("status")).toString() == u"cancelled") {
                ++cancelled;
                QCOMPARE(order.value(QStringLiteral("changedBy")).toString(),
                         QStringLiteral("Maria"));
                continue;
            }
            qint64 orderItems = 0;
            for (const QJsonValue &item : order.value(QStringLiteral("items")).toArray()) {
                const QJsonObject line = item.toObject();
                const qint64 quantity = line.value(QStringLiteral("quantity")).toInteger();
                orderItems += quantity;
                auto &product = products[line.value(QStringLiteral("productId")).toInteger()];
                product.first += quantity;
                product.second += line.value(QStringLiteral("lineTotalEurCents")).toInteger();
            }
            const qint64 total = order.value(QStringLiteral("totalEurCents")).toInteger();
            ++count;
            items += orderItems;
            revenue += total;
            auto &[tOrders, tItems, tRevenue]
                = tables[order.value(QStringLiteral("tableNumber")).toInt()];
            ++tOrders;
            tItems += orderItems;
            tRevenue += total;
            QDateTime local
                = QDateTime::fromString(order.value(QStringLiteral("createdAt")).toString(),
                                        Qt::ISODateWithMs)
                      .toLocalTime();
            local.setTime(QTime(local.time().hour(), 0));
            local.setOffsetFromUtc(local.offsetFromUtc());
            auto &[hOrders, hItems, hRevenue] = hours[local.toString(Qt::ISODate)];
            ++hOrders;
            hItems += orderItems;
            hRevenue += total;
        }
        QCOMPARE(count, 7);
        QCOMPARE(cancelled, 1);
        const QString summary = readText(QDir(folder).filePath(QStringLiteral("summary.csv")));
        QVERIFY(summary.startsWith(QStringLiteral("metric,value\r\n")));
        QVERIFY2(summary.contains(QStringLiteral("\r\nrevenue_eur_cents,%1\r\n").arg(revenue)),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("\r\norders,%1\r\n").arg(count)));
        QVERIFY(summary.contains(QStringLiteral("\r\nitems,%1\r\n").arg(items)));
        QVERIFY(summary.contains(QStringLiteral("\r\ncancelled_orders,1\r\n")));
        QVERIFY(summary.contains(QStringLiteral("\r\nunanswered_calls,1\r\n")));

        QList<QStringList> tableRows;
        for (const auto &[table, figures] : tables)
            tableRows.append({QString::number(table), QString::number(std::get<0>(figures)),
                              QString::number(std::get<1>(figures)),
                              QString::number(std::get<2>(figures))});
        QCOMPARE(readText(QDir(folder).filePath(QStringLiteral("by_table.csv"))),
                 csv({QStringLiteral("table"), QStringLiteral("orders"), QStringLiteral("items"),
                      QStringLiteral("revenue_eur_cents")},
                     tableRows));
        QList<QStringList> hourRows;
        for (const auto &[hour, figures] : hours)
            hourRows.append(
                {hour, QString::number(QDateTime::fromString(hour, Qt::ISODate).time().hour()),
                 QString::number(std::get<0>(figures)), QString::number(std::get<1>(figures)),
                 QString::number(std::get<2>(figures))});
        QCOMPARE(
            readText(QDir(folder).filePath(QStringLiteral("by_hour.csv"))),
            csv({QStringLiteral("hour_start"), QStringLiteral("hour"), QStringLiteral("orders"),
                 QStringLiteral("items"), QStringLiteral("revenue_eur_cents")},
                hourRows));
        // by_product: each product's quantity and revenue (the row order is by revenue).
        const QStringList productLines
            = readText(QDir(folder).filePath(QStringLiteral("by_product.csv")))
                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(productLines.size(), int(products.size()) + 1);
        for (const QString &line : productLines.mid(1)) {
            const QStringList fields = line.split(QLatin1Char(','));
            const auto &expected = products.at(fields.first().toLongLong());
            QCOMPARE(fields.at(5).toLongLong(), expected.first);
            QCOMPARE(fields.at(6).toLongLong(), expected.second);
        }

        // Stations from the event log: first "preparing" and last "ready" per order/station.
        const QJsonArray events
            = m_server.http()
                  .json("GET", QStringLiteral("/api/events?after=0"), {}, m_manager)
                  .value(QStringLiteral("events"))
                  .toArray();
        std::map<std::pair<QString, QString>, std::pair<QString, QString>> progress;
        for (const QJsonValue &value : events) {
            const QJsonObject event = value.toObject();
            if (event.value(QStringLiteral("event")).toString() != u"order-station-progress")
                continue;
            const QJsonObject data = event.value(QStringLiteral("data")).toObject();
            auto &times = progress[{data.value(QStringLiteral("orderId")).toString(),
                                    data.value(QStringLiteral("station")).toString()}];
            const QString at = data.value(QStringLiteral("createdAt")).toString();
            if (data.value(QStringLiteral("status")).toString() == u"preparing"
                && times.first.isEmpty())
                times.first = at;
            if (data.value(QStringLiteral("status")).toString() == u"ready")
                times.second = at;
        }
        std::map<QString, std::pair<QList<qint64>, QList<qint64>>> stations;
        for (const auto &[key, times] : progress) {
            const QString created = createdAt.value(key.first);
            stations[key.second].first.append(
                msBetween(created, times.first.isEmpty() ? times.second : times.first));
            stations[key.second].second.append(msBetween(created, times.second));
        }
        const QString stationsCsv = readText(QDir(folder).filePath(QStringLiteral("stations.csv")));
        for (const auto &[station, lists] : stations) {
            for (const auto &[measure, values] :
                 {std::pair {QStringLiteral("to_start"), lists.first},
                  std::pair {QStringLiteral("to_ready"), lists.second}}) {
                qint64 sum = 0;
                for (qint64 v : values)
                    sum += v;
                const QString row = QStringLiteral("%1,%2,%3,%4,%5,%6")
                                        .arg(station, measure)
                                        .arg(values.size())
                                        .arg((2 * sum + values.size()) / (2 * values.size()))
                                        .arg(nearestRank(values, 50))
                                        .arg(nearestRank(values, 90));
                QVERIFY2(stationsCsv.contains(row),
                         qPrintable(row + QStringLiteral("\n") + stationsCsv));
            }
        }
        QVERIFY(!stations.empty());
    }

    void apiAnswersTheSameFigures()
    {
        int status = 0;
        const QJsonObject json = m_server.http().json(
            "GET", QStringLiteral("/api/reports?day=%1").arg(m_day), {}, m_manager, &status);
        QCOMPARE(status, 200);
        const QJsonObject summary = json.value(QStringLiteral("report"))
                                        .toObject()
                                        .value(QStringLiteral("summary"))
                                        .toObject();
        QCOMPARE(summary.value(QStringLiteral("orders")).toInteger(), 7);
        QCOMPARE(summary.value(QStringLiteral("cancelled_orders")).toInteger(), 1);
        // The CSV route gives the CLI's file, byte for byte.
        QTemporaryDir out;
        QVERIFY(command(m_server,
                        {QStringLiteral("report"), QStringLiteral("--data-dir"), m_server.dataDir(),
                         QStringLiteral("--day"), m_day, QStringLiteral("--out"), out.path(),
                         QStringLiteral("--format"), QStringLiteral("csv")})
                    .exitCode
                == 0);
        const HttpReply csvReply = m_server.http().request(
            "GET", QStringLiteral("/api/reports/csv?day=%1&table=by_product").arg(m_day), {},
            m_manager);
        QCOMPARE(csvReply.status, 200);
        QCOMPARE(QString::fromUtf8(csvReply.body),
                 readText(QDir(out.path()).filePath(QStringLiteral("by_product.csv"))));
        // Waiters do not see reports; a bad date is a 400 with the error body.
        const QString waiter = m_server.http().login(WaiterPin);
        m_server.http().json("GET", QStringLiteral("/api/reports?day=%1").arg(m_day), {}, waiter,
                             &status);
        QCOMPARE(status, 403);
        const QJsonObject bad = m_server.http().json(
            "GET", QStringLiteral("/api/reports?day=2026-13-40"), {}, m_manager, &status);
        QCOMPARE(status, 400);
        QCOMPARE(bad.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
        const HttpReply pdf = m_server.http().request(
            "GET", QStringLiteral("/api/reports/pdf?day=%1&lang=en").arg(m_day), {}, m_manager);
        QCOMPARE(pdf.status, 200);
        QVERIFY(pdf.body.startsWith("%PDF"));
    }

    void pdfRendersInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("bg") << QStringLiteral("bg");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void pdfRendersInBothLanguages()
    {
        QFETCH(QString, language);
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("report.pdf"));
        const Run run = command(m_server,
                                {QStringLiteral("report"), QStringLiteral("--data-dir"),
                                 m_server.dataDir(), QStringLiteral("--day"), m_day,
                                 QStringLiteral("--lang"), language, QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP(
                "pdftoppm is not installed (poppler-utils): the PDF was written but not rendered");
        QProcess render;
        render.start(pdftoppm,
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), pdf,
                      out.filePath(QStringLiteral("page"))});
        QVERIFY(render.waitForFinished(60000));
        QCOMPARE(render.exitCode(), 0);
        const QStringList pages = QDir(out.path()).entryList({QStringLiteral("page*.png")});
        QVERIFY2(pages.size() >= 2, qPrintable(pages.join(u' ')));
        QVERIFY(QFileInfo(out.filePath(pages.first())).size() > 10'000);
    }
};

QTEST_GUILESS_MAIN(TestReportsApi)
#include "tst_reportsapi.moc"
