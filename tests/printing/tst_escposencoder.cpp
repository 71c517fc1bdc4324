// EscPosEncoder, CodePage, TicketLayout and RasterRenderer, decoded back the way a printer
// reads them (EscPosDecoder): Cyrillic through every code page, raster GS v 0 bitmaps, the
// station ticket's items, 58 and 80 mm widths, the bill's marks.
#include "codepage.h"
#include "escposdecoder.h"
#include "escposencoder.h"
#include "rasterrenderer.h"
#include "store.h"
#include "ticketlayout.h"

#include <QJsonArray>
#include <QTest>

using namespace tableside;
using namespace tableside::server;

namespace {

Order sampleOrder()
{
    Order order;
    order.id = QStringLiteral("0b7c9a52-5d47-4c36-a3a0-4d1bb2c1a001");
    order.orderNumber = 12;
    order.tableNumber = 5;
    order.createdAt = QDateTime(QDate(2026, 12, 6), QTime(12, 30), Qt::UTC);
    const auto item
        = [](const QString &name, int qty, const QString &station, const QString &notes) {
              OrderItem i;
              i.productName = name;
              i.quantity = qty;
              i.station = station;
              i.notes = notes;
              i.unitPrice = Money::fromEuroCents(650);
              return i;
          };
    order.items
        = {item(QStringLiteral("Шопска салата"), 2, QStringLiteral("kitchen"),
                QStringLiteral("без лук")),
           item(QStringLiteral("Капучино"), 1, QStringLiteral("bar"), QString()),
           item(QStringLiteral("Кебапчета (3 бр.)"), 3, QStringLiteral("kitchen"), QString())};
    return order;
}

} // namespace

class TestEscPosEncoder : public QObject
{
    Q_OBJECT

private slots:
    void cyrillicRoundTrip_data()
    {
        QTest::addColumn<QString>("codePage");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("knownBytes"); // the standard table's bytes for "Бя"
        QTest::addColumn<int>("escT");
        QTest::newRow("cp866") << "cp866"
                               << QStringLiteral("Шопска салата, кебапчета и бира ЮЩЪЬ №5")
                               << QByteArray("\x81\xef") << 17;
        QTest::newRow("cp855") << "cp855"
                               << QStringLiteral("Шопска салата, кебапчета и бира ЮЩЪЬ №5")
                               << QByteArray("\xa3\xde") << 34;
        // Windows-1251 also has the typographic dash and quotes.
        QTest::newRow("cp1251") << "cp1251" << QStringLiteral("Шопска салата – „кебапчета“ ЮЩЪЬ №5")
                                << QByteArray("\xc1\xff") << 46;
        QTest::newRow("pc437") << "pc437" << QStringLiteral("Crème brûlée, café au lait ½")
                               << QByteArray() << 0;
    }
    void cyrillicRoundTrip()
    {
        QFETCH(QString, codePage);
        QFETCH(QString, text);
        QFETCH(QByteArray, knownBytes);
        QFETCH(int, escT);
        const auto page = CodePage::fromName(codePage);
        QVERIFY(page);
        QVERIFY2(page->canEncode(text), qPrintable(text));
        QCOMPARE(page->decode(page->encode(text)), text);
        if (!knownBytes.isEmpty())
            QCOMPARE(page->encode(QStringLiteral("Бя")), knownBytes);

        // The whole way: a ticket line → ESC/POS → what the printer decodes with ESC t n.
        TicketDocument doc;
        doc.add(text, true);
        doc.addColumns(QStringLiteral("Общо"), QStringLiteral("12.50"));
        const QByteArray bytes = EscPosEncoder::text(doc, *page);
        QVERIFY(bytes.startsWith(QByteArray(QByteArray("\x1b\x40\x1bt", 4) + char(escT))));
        QList<EscPosDecoder::Ticket> tickets;
        QString error;
        QVERIFY2(EscPosDecoder::decode(bytes, &tickets, &error), qPrintable(error));
        QCOMPARE(tickets.size(), 1);
        QCOMPARE(tickets.first().codeTable, escT);
        QVERIFY(tickets.first().cut);
        QCOMPARE(tickets.first().lines.first().text, text);
        QVERIFY(tickets.first().lines.first().bold);
        if (codePage != u"pc437")
            QVERIFY(tickets.first().lines.at(1).text.startsWith(QStringLiteral("Общо")));
    }

    void codeTableOverride()
    {
        TicketDocument doc;
        doc.add(QStringLiteral("Маса 5"));
        const QByteArray bytes = EscPosEncoder::text(doc, CodePage(CodePage::Id::Cp866), 7);
        QVERIFY(bytes.startsWith(QByteArray("\x1b\x40\x1bt\x07", 5)));
    }

    void pc437SpellsCyrillicInLatin()
    {
        const CodePage pc437(CodePage::Id::Pc437);
        QCOMPARE(pc437.decode(pc437.encode(
                     EscPosEncoder::transliterate(QStringLiteral("Шопска салата"), pc437))),
                 QStringLiteral("Shopska salata"));
    }

    void controlCharactersNeverReachThePrinter()
    {
        const CodePage page(CodePage::Id::Cp866);
        QCOMPARE(page.encode(QStringLiteral("a\x1b@b\x1dV")), QByteArray("a@bV"));
    }

    void rasterIsAValidGsV0MatchingTheRenderedTicket_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("80 mm") << 80;
        QTest::newRow("58 mm") << 58;
    }
    void rasterIsAValidGsV0MatchingTheRenderedTicket()
    {
        QFETCH(int, width);
        const int dots = width == 58 ? 384 : 576;
        const int columns = width == 58 ? 32 : 48;
        QVERIFY(RasterRenderer::available());
        const TicketDocument doc = TicketLayout::stationTicket(
            Store::ticketPayload(sampleOrder(), QStringLiteral("kitchen")), false, columns,
            QDateTime(QDate(2026, 12, 6), QTime(12, 31), Qt::UTC));
        const QImage rendered = RasterRenderer::render(doc, dots);
        QCOMPARE(rendered.width(), dots);
        QVERIFY(rendered.height() > EscPosEncoder::BandRows); // so it goes in several bands
        const QByteArray bytes = EscPosEncoder::raster(rendered);
        // GS v 0 m xL xH yL yH: xL/xH = bytes per row, yL/yH = rows of the first band.
        const qsizetype at = bytes.indexOf(QByteArray("\x1dv0", 3));
        QCOMPARE(at, 2); // right after ESC @
        QCOMPARE(uchar(bytes.at(at + 3)), uchar(0));
        QCOMPARE(uchar(bytes.at(at + 4)) | (uchar(bytes.at(at + 5)) << 8), dots / 8);
        QCOMPARE(uchar(bytes.at(at + 6)) | (uchar(bytes.at(at + 7)) << 8), EscPosEncoder::BandRows);

        QList<EscPosDecoder::Ticket> tickets;
        QString error;
        QVERIFY2(EscPosDecoder::decode(bytes, &tickets, &error), qPrintable(error));
        QCOMPARE(tickets.size(), 1);
        const QImage decoded = tickets.first().image;
        QCOMPARE(tickets.first().rasterCommands,
                 (rendered.height() + EscPosEncoder::BandRows - 1) / EscPosEncoder::BandRows);
        QCOMPARE(decoded.size(), rendered.size());
        int black = 0;
        for (int y = 0; y < rendered.height(); ++y) {
            for (int x = 0; x < rendered.width(); ++x) {
                const bool want = qGray(rendered.pixel(x, y)) < 128;
                const bool got = qGray(decoded.pixel(x, y)) < 128;
                if (want != got)
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 differs").arg(x).arg(y)));
                black += want;
            }
        }
        QVERIFY2(black > 2000, "the ticket has ink on it"); // not an empty image
    }

    void stationTicketCarriesOnlyItsStation()
    {
        const Order order = sampleOrder();
        const QString kitchen
            = TicketLayout::stationTicket(Store::ticketPayload(order, QStringLiteral("kitchen")),
                                          false, 48, QDateTime::currentDateTimeUtc())
                  .lines.first()
                  .text;
        QCOMPARE(kitchen, QStringLiteral("KITCHEN"));
        QString all;
        for (const auto &line :
             TicketLayout::stationTicket(Store::ticketPayload(order, QStringLiteral("kitchen")),
                                         false, 48, QDateTime::currentDateTimeUtc())
                 .lines)
            all += line.text + u'\n';
        QVERIFY(all.contains(QStringLiteral("2x Шопска салата")));
        QVERIFY(all.contains(QStringLiteral("! без лук")));
        QVERIFY(all.contains(QStringLiteral("3x Кебапчета")));
        QVERIFY(!all.contains(QStringLiteral("Капучино")));
        QVERIFY(all.contains(QStringLiteral("Table 5")));
        QVERIFY(!all.contains(TicketLayout::copyMark()));
        const TicketDocument copy
            = TicketLayout::stationTicket(Store::ticketPayload(order, QStringLiteral("bar")), true,
                                          48, QDateTime::currentDateTimeUtc());
        QCOMPARE(copy.lines.at(1).text, QStringLiteral("*** КОПИЕ / COPY ***"));
    }

    void linesFitThePaper_data()
    {
        QTest::addColumn<int>("columns");
        QTest::newRow("58 mm") << 32;
        QTest::newRow("80 mm") << 48;
    }
    void linesFitThePaper()
    {
        QFETCH(int, columns);
        Order order = sampleOrder();
        order.items[0].productName = QStringLiteral("Много дълго име на ястие с много думи в него");
        order.items[0].notes
            = QStringLiteral("без лук, без чушки, с повече сирене и малко магданоз");
        const QJsonObject bill {
            {QStringLiteral("tableNumber"), 5},
            {QStringLiteral("lines"),
             QJsonArray {QJsonObject {{QStringLiteral("name"), order.items[0].productName},
                                      {QStringLiteral("quantity"), 2},
                                      {QStringLiteral("lineTotalEurCents"), 1300}}}},
            {QStringLiteral("totalEurCents"), 1300},
            {QStringLiteral("totalBgnCents"), 2543}};
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (const TicketDocument &doc :
             {TicketLayout::stationTicket(Store::ticketPayload(order, {}), false, columns, at),
              TicketLayout::bill(bill, false, columns, at)}) {
            QList<EscPosDecoder::Ticket> tickets;
            QVERIFY(EscPosDecoder::decode(EscPosEncoder::text(doc, CodePage(CodePage::Id::Cp866)),
                                          &tickets));
            for (const auto &line : tickets.first().lines)
                QVERIFY2(line.text.size() <= (line.big ? columns / 2 : columns),
                         qPrintable(line.text));
        }
    }

    void billSaysItIsNotAFiscalReceipt()
    {
        const QJsonObject bill {
            {QStringLiteral("tableNumber"), 7},
            {QStringLiteral("lines"),
             QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Ракия")},
                                      {QStringLiteral("quantity"), 2},
                                      {QStringLiteral("lineTotalEurCents"), 700}}}},
            {QStringLiteral("totalEurCents"), 700},
            {QStringLiteral("totalBgnCents"), Money::fromEuroCents(700).bgnCents()}};
        QList<EscPosDecoder::Ticket> tickets;
        QVERIFY(EscPosDecoder::decode(
            EscPosEncoder::text(
                TicketLayout::bill(bill, false, 48, QDateTime::currentDateTimeUtc()),
                CodePage(CodePage::Id::Cp1251)),
            &tickets));
        const QString text = tickets.first().text();
        QVERIFY(text.contains(QStringLiteral("НЕ Е ФИСКАЛЕН БОН")));
        QVERIFY(text.contains(QStringLiteral("NOT A FISCAL RECEIPT")));
        QVERIFY(text.contains(QStringLiteral("2 x Ракия")));
        QVERIFY(text.contains(QStringLiteral("13.69"))); // 7.00 EUR in BGN, half-up
    }

    void statusAnswers()
    {
        QCOMPARE(EscPosEncoder::paperState(0x12), EscPosEncoder::PaperState::Ok);
        QCOMPARE(EscPosEncoder::paperState(0x72), EscPosEncoder::PaperState::End);
        QCOMPARE(EscPosEncoder::paperState(0x1e), EscPosEncoder::PaperState::NearEnd);
        QVERIFY(EscPosEncoder::isOffline(0x1a));
        QVERIFY(!EscPosEncoder::isOffline(0x12));
        QVERIFY(EscPosEncoder::isStatusByte(0x12));
    }
};

QTEST_MAIN(TestEscPosEncoder)
#include "tst_escposencoder.moc"
