// kitchen-seed: fills a tableside-server data folder with open orders of given ages, for the
// kitchen screenshots and the kitchen benchmark. It uses the server's own Store with its clock
// set back for each order ("placed N minutes ago"), so the rows are exactly what the server
// would have written then; run it while the server is stopped.
//
//   kitchen-seed --data-dir DIR [--ages 1,3,...] [--count N] [--lang bg|en] [--kitchen-pin PIN]
//                [--start-every K]
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace tableside;
using namespace tableside::server;

namespace {

struct Line
{
    qint64 productId;
    int quantity;
    const char *notesBg;
    const char *notesEn;
};

// Demo menu ids: 1 espresso, 2 cappuccino, 4 water, 5 orange juice, 7 beer, 8 wine (bar);
// 10 shopska salad, 11 club sandwich, 12 fries, 13 pancake, 14 baklava (kitchen).
const QList<QList<Line>> Baskets = {
    {{10, 2, "без лук", "no onion"}, {12, 1, "", ""}, {7, 2, "", ""}},
    {{11, 1, "без бекон", "no bacon"}, {2, 1, "", ""}},
    {{13, 2, "", ""}, {1, 2, "", ""}},
    {{10, 1, "", ""}, {11, 2, "", ""}, {12, 2, "добре изпържени", "well done"}, {4, 3, "", ""}},
    {{14, 3, "", ""}, {5, 1, "без лед", "no ice"}},
    {{12, 1, "", ""}, {8, 2, "", ""}},
    {{11, 1, "", ""}, {10, 1, "сиренето отделно", "cheese on the side"}, {1, 1, "", ""}},
    {{13, 1, "с мед вместо шоколад", "honey, not chocolate"}},
    {{10, 3, "", ""}, {12, 2, "", ""}, {7, 3, "", ""}, {14, 1, "", ""}},
    {{11, 2, "", ""}, {2, 2, "", ""}},
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataDir("data-dir", "Server data folder.", "DIR");
    const QCommandLineOption ages("ages", "Order ages in seconds, comma separated.", "LIST",
                                  "30,90,180,270,360,450,540,660,840,1560");
    const QCommandLineOption count("count", "Orders (ages repeat).", "N");
    const QCommandLineOption lang("lang", "Language of the notes: bg or en.", "LANG", "bg");
    const QCommandLineOption pin("kitchen-pin", "Adds a kitchen staff member with this PIN.", "PIN",
                                 "4444");
    const QCommandLineOption startEvery("start-every",
                                        "Every K-th order is already being prepared.", "K", "3");
    parser.addOptions({dataDir, ages, count, lang, pin, startEvery});
    parser.process(app);
    if (!parser.isSet(dataDir)) {
        std::fputs("kitchen-seed: --data-dir is required\n", stderr);
        return 2;
    }
    QList<int> ageList;
    for (const QString &part : parser.value(ages).split(QLatin1Char(',')))
        ageList.append(part.toInt());
    const int orders = parser.isSet(count) ? parser.value(count).toInt() : int(ageList.size());
    const bool english = parser.value(lang) == QLatin1String("en");
    const int every = qMax(0, parser.value(startEvery).toInt());

    QDateTime now = QDateTime::currentDateTimeUtc();
    Store::Options options;
    options.clock = [&now] { return now; };
    Store store(options);
    QString error;
    if (!store.open(parser.value(dataDir), nullptr, &error)) {
        std::fprintf(stderr, "kitchen-seed: %s\n", qPrintable(error));
        return 1;
    }
    const auto staff
        = store.addStaff(QStringLiteral("Kuhnya"), parser.value(pin), StaffRole::Kitchen);
    const StaffMember cook = staff.ok()
        ? staff.value()
        : StaffMember {0, QStringLiteral("Kuhnya"), StaffRole::Kitchen};
    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    // Oldest first, so order numbers follow arrival like in real life.
    QList<int> sorted;
    for (int i = 0; i < orders; ++i)
        sorted.append(ageList.at(i % ageList.size()) + (i / ageList.size()));
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    for (int i = 0; i < sorted.size(); ++i) {
        now = realNow.addSecs(-sorted.at(i));
        Store::OrderDraft draft;
        draft.tableNumber = 1 + (i * 7) % 20;
        for (const Line &line : Baskets.at(i % Baskets.size()))
            draft.items.append({line.productId, line.quantity,
                                QString::fromUtf8(english ? line.notesEn : line.notesBg)});
        const auto created = store.createOrder(draft);
        if (!created.ok()) {
            std::fprintf(stderr, "kitchen-seed: %s\n", qPrintable(created.error().message));
            return 1;
        }
        if (every > 0 && i % every == 0) {
            now = now.addSecs(30);
            store.stepStation(created.value().order.id, QStringLiteral("kitchen"),
                              StationProgress::Step::Start, cook);
        }
        store.flush();
    }
    std::printf("kitchen-seed: %d orders in %s\n", int(sorted.size()),
                qPrintable(parser.value(dataDir)));
    return 0;
}
