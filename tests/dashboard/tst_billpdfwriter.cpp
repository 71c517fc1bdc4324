// BillPdfWriter: an 80 mm wide PDF (A6 tall or longer), with the items, the totals in EUR and
// BGN and "not a fiscal receipt" in the bill's language. Read back with poppler's pdftotext and
// pdfinfo when they are installed (poppler-utils), else only the file and its size are checked.
#include "billpdfwriter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

class TestBillPdfWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesReadableBill_data();
    void writesReadableBill();
    void longBillGrowsThePage();
    void venueHeadsTheBill_data();
    void venueHeadsTheBill();
    void unwritablePathFails();

private:
    static TableBill sampleBill(int lines);
    static QString run(const QString &program, const QStringList &arguments);
};

TableBill TestBillPdfWriter::sampleBill(int lines)
{
    TableBill bill;
    bill.tableNumber = 4;
    TableBill::OrderPart order;
    order.id = QStringLiteral("o1");
    order.orderNumber = 17;
    order.createdAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < lines; ++i) {
        TableBill::Line line;
        line.orderId = order.id;
        line.itemId = i;
        line.name = i == 0 ? QStringLiteral("Шопска салата") : QStringLiteral("Кафе %1").arg(i);
        line.nameEn = i == 0 ? QStringLiteral("Shopska salad") : QStringLiteral("Coffee %1").arg(i);
        line.quantity = i == 0 ? 2 : 1;
        line.unitPrice = Money::fromEuroCents(i == 0 ? 650 : 180);
        if (i == 0)
            line.notes = QStringLiteral("без лук");
        order.lines.append(line);
        bill.total += line.lineTotal();
    }
    bill.orders.append(order);
    TableBill::Payment payment;
    payment.method = QStringLiteral("cash");
    payment.amount = Money::fromEuroCents(500);
    payment.tendered = Money::fromEuroCents(1000);
    payment.change = Money::fromEuroCents(500);
    payment.createdAt = QDateTime::currentDateTimeUtc();
    bill.payments.append(payment);
    return bill;
}

QString TestBillPdfWriter::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30'000))
        return {};
    // Should a font still ligate, compare letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xfb00), QStringLiteral("ff"))
        .replace(QChar(0xfb01), QStringLiteral("fi"));
}

void TestBillPdfWriter::writesReadableBill_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("bg") << int(Language::Bulgarian)
                        << QStringList {QStringLiteral("Не е фискален бон"),
                                        QStringLiteral("Шопска салата"), QStringLiteral("Маса 4"),
                                        QStringLiteral("18,40 €"), QStringLiteral("лв.")};
    QTest::newRow("en") << int(Language::English)
                        << QStringList {QStringLiteral("Not a fiscal receipt"),
                                        QStringLiteral("Shopska salad"), QStringLiteral("Table 4"),
                                        QStringLiteral("€18.40"), QStringLiteral("BGN")};
}

void TestBillPdfWriter::writesReadableBill()
{
    QFETCH(int, language);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bill.pdf"));
    BillPdfWriter writer {Language(language)};
    writer.setVenueLines({QStringLiteral("Механа Тест"), QStringLiteral("ул. Витоша 1")});
    QVERIFY2(writer.write(sampleBill(4), path), qPrintable(writer.errorString()));
    QVERIFY(QFileInfo(path).size() > 1000);
    QCOMPARE(writer.lastHeightMm(), BillPdfWriter::MinimumHeightMm);

    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils not installed: only the file was checked");
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    // 80 mm = 226.77 pt, A6 height 148 mm = 419.53 pt (Qt writes whole points).
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+227 x 420 pts"))),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\n"))), qPrintable(info));
    const QString text
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    for (const QString &word : expected)
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not in:\n") + text));
}

void TestBillPdfWriter::longBillGrowsThePage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    BillPdfWriter writer(Language::English);
    QVERIFY(writer.write(sampleBill(60), path));
    QVERIFY(writer.lastHeightMm() > BillPdfWriter::MinimumHeightMm);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils not installed");
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    // One page, nothing cut off: the last line and the footer are on it.
    QVERIFY2(text.contains(QStringLiteral("Coffee 59")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Not a fiscal receipt")));
    QCOMPARE(text.count(QChar(0x0c)), 1); // one form feed = one page
}

// The server's venue/* settings: the name first, the address, the tax ID labelled in the bill's
// language; only the name when the rest is not set, "Tableside" when nothing is.
void TestBillPdfWriter::venueHeadsTheBill_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("taxId");
    QTest::addColumn<QStringList>("head");
    QTest::newRow("bg, all") << Language::Bulgarian << QStringLiteral("Механа При Тони")
                             << QStringLiteral("ул. Витоша 1, София")
                             << QStringLiteral("BG123456789")
                             << QStringList {QStringLiteral("Механа При Тони"),
                                             QStringLiteral("ул. Витоша 1, София"),
                                             QStringLiteral("ЕИК BG123456789")};
    QTest::newRow("en, all") << Language::English << QStringLiteral("Tony's Tavern")
                             << QStringLiteral("1 Vitosha Blvd, Sofia")
                             << QStringLiteral("BG123456789")
                             << QStringList {QStringLiteral("Tony's Tavern"),
                                             QStringLiteral("1 Vitosha Blvd, Sofia"),
                                             QStringLiteral("Tax ID BG123456789")};
    QTest::newRow("name only") << Language::English << QStringLiteral("Tony's Tavern") << QString()
                               << QString() << QStringList {QStringLiteral("Tony's Tavern")};
    QTest::newRow("nothing set") << Language::Bulgarian << QString() << QString() << QString()
                                 << QStringList {QStringLiteral("Tableside")};
}

void TestBillPdfWriter::venueHeadsTheBill()
{
    QFETCH(Language, language);
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, taxId);
    QFETCH(QStringList, head);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("venue.pdf"));
    BillPdfWriter writer(language);
    writer.setVenue(name, address, taxId);
    QVERIFY2(writer.write(sampleBill(2), path), qPrintable(writer.errorString()));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils not installed");
    const QStringList lines = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                                  .split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > head.size(), qPrintable(lines.join(u'\n')));
    for (int i = 0; i < head.size(); ++i)
        QCOMPARE(lines.at(i).trimmed(), head.at(i));
    // The bill's own heading follows the venue's lines.
    QCOMPARE(lines.at(head.size()).trimmed(),
             language == Language::Bulgarian ? QStringLiteral("СМЕТКА") : QStringLiteral("BILL"));
}

void TestBillPdfWriter::unwritablePathFails()
{
    BillPdfWriter writer;
    QVERIFY(!writer.write(sampleBill(1), QStringLiteral("/nonexistent-dir/x/bill.pdf")));
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_MAIN(TestBillPdfWriter)
#include "tst_billpdfwriter.moc"
