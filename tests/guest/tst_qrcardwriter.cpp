#include "teststore.h"
#include "qrcardwriter.h"
#include "qrcommand.h"
#include "qrdecoder.h"
#include "store.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using tableside::server::QrCardWriter;
using tableside::server::runQrCommand;
using tableside::server::Store;

/// QrCardWriter and `tableside-server qr`: the printed cards carry real codes that scan back to
/// the right table link (signed with --data-dir), six to an A4 page.
class TestQrCardWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cardsScanBack_data();
    void cardsScanBack();
    void normalizesBaseUrl_data();
    void normalizesBaseUrl();
    void refusesBaseUrl_data();
    void refusesBaseUrl();
    void reportsUnwritableFile();
    void commandRefusesBadArguments_data();
    void commandRefusesBadArguments();
    void commandWritesCards();
    void commandUsesActiveTablesOfDataDir();
    void commandReprintsAfterRotation();
    void signedCardsScanBack();

private:
    // Decodes every page of @p pdf; returns the codes per page.
    QList<QStringList> decodePdf(const QString &pdf, const QString &directory);
};

void TestQrCardWriter::initTestCase()
{
    if (QrDecoder::zbarimg().isEmpty() || QrDecoder::pdftoppm().isEmpty())
        QSKIP("zbarimg or pdftoppm not installed (Debian packages zbar-tools, poppler-utils)");
}

QList<QStringList> TestQrCardWriter::decodePdf(const QString &pdf, const QString &directory)
{
    QString error;
    const QStringList pages = QrDecoder::renderPdf(pdf, directory, 150, &error);
    if (!error.isEmpty())
        qWarning() << error;
    QList<QStringList> codes;
    for (const QString &page : pages) {
        QStringList found = QrDecoder::decodeImageFile(page);
        found.sort();
        codes.append(found);
    }
    return codes;
}

void TestQrCardWriter::cardsScanBack_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QList<int>>("tables");
    QTest::addColumn<QString>("expectedPrefix");

    QList<int> oneToTwenty;
    for (int i = 1; i <= 20; ++i)
        oneToTwenty.append(i);
    QTest::newRow("tables 1-20, 4 pages")
        << "http://192.168.1.20:8080" << oneToTwenty << "http://192.168.1.20:8080/t/";
    QTest::newRow("exactly one page")
        << "http://10.0.0.5:18500/" << QList<int> {1, 2, 3, 4, 5, 6} << "http://10.0.0.5:18500/t/";
    QTest::newRow("one card, https, sub-path, big number")
        << "https://luna.example/bar/" << QList<int> {9999} << "https://luna.example/bar/t/";
    QTest::newRow("sparse list") << "http://tableside.lan" << QList<int> {2, 8, 15, 40, 41, 99, 100}
                                 << "http://tableside.lan/t/";
}

void TestQrCardWriter::cardsScanBack()
{
    QFETCH(QString, baseUrl);
    QFETCH(QList<int>, tables);
    QFETCH(QString, expectedPrefix);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("cards.pdf"));
    const std::optional<QUrl> base = QrCardWriter::normalizedBaseUrl(QUrl(baseUrl));
    QVERIFY(base);
    QString error;
    QVERIFY2(QrCardWriter(*base).write(pdf, tables, &error), qPrintable(error));

    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const QList<QStringList> pages = decodePdf(pdf, dir.path());
    QCOMPARE(pages.size(), QrCardWriter::pageCount(int(tables.size())));
    for (int page = 0; page < pages.size(); ++page) {
        // Each page holds the next six tables, in order, and nothing else.
        QStringList expected;
        for (int i = page * QrCardWriter::CardsPerPage;
             i < qMin(int(tables.size()), (page + 1) * QrCardWriter::CardsPerPage); ++i)
            expected.append(expectedPrefix + QString::number(tables.at(i)));
        expected.sort();
        QCOMPARE(pages.at(page), expected);
    }
}

void TestQrCardWriter::normalizesBaseUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("tableUrl");
    QTest::newRow("plain") << "http://192.168.1.20:8080"
                           << "http://192.168.1.20:8080/t/3";
    QTest::newRow("trailing slash") << "http://192.168.1.20:8080/"
                                    << "http://192.168.1.20:8080/t/3";
    QTest::newRow("slashes") << "http://host//"
                             << "http://host/t/3";
    QTest::newRow("path") << "https://example.org/luna"
                          << "https://example.org/luna/t/3";
    QTest::newRow("upper-case scheme") << "HTTP://Host:80"
                                       << "http://host:80/t/3";
    QTest::newRow("ipv6") << "http://[fe80::1]:8080"
                          << "http://[fe80::1]:8080/t/3";
}

void TestQrCardWriter::normalizesBaseUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, tableUrl);
    QString error;
    const std::optional<QUrl> base = QrCardWriter::normalizedBaseUrl(QUrl(input), &error);
    QVERIFY2(base, qPrintable(error));
    QCOMPARE(QrCardWriter::tableUrl(*base, 3).toString(QUrl::FullyEncoded), tableUrl);
}

void TestQrCardWriter::refusesBaseUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("relative") << "192.168.1.20:8080";
    QTest::newRow("no scheme host") << "/t";
    QTest::newRow("ftp") << "ftp://host/";
    QTest::newRow("query") << "http://host/?a=1";
    QTest::newRow("fragment") << "http://host/#x";
    QTest::newRow("user info") << "http://user:secret@host/";
    QTest::newRow("javascript") << "javascript:alert(1)";
}

void TestQrCardWriter::refusesBaseUrl()
{
    QFETCH(QString, input);
    QString error;
    QVERIFY(!QrCardWriter::normalizedBaseUrl(QUrl(input), &error));
    QVERIFY(!error.isEmpty());
}

void TestQrCardWriter::reportsUnwritableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("missing-folder/cards.pdf"));
    QString error;
    QVERIFY(!QrCardWriter(QUrl(QStringLiteral("http://h"))).write(pdf, {1}, &error));
    QVERIFY(error.contains(QStringLiteral("missing-folder")));
    QVERIFY(
        !QrCardWriter(QUrl(QStringLiteral("http://h"))).write(dir.filePath("x.pdf"), {}, &error));
}

void TestQrCardWriter::commandRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString url = QStringLiteral("http://192.168.1.20:8080");
    QTest::newRow("nothing") << QStringList {};
    QTest::newRow("no base url") << QStringList {"--tables", "1-3", "--out", "OUT"};
    QTest::newRow("no out") << QStringList {"--tables", "1-3", "--base-url", url};
    QTest::newRow("no tables, no data dir") << QStringList {"--base-url", url, "--out", "OUT"};
    QTest::newRow("bad tables") << QStringList {"--tables", "3-1",   "--base-url",
                                                url,        "--out", "OUT"};
    QTest::newRow("bad url") << QStringList {"--tables", "1",     "--base-url",
                                             "ftp://x",  "--out", "OUT"};
    QTest::newRow("unknown option")
        << QStringList {"--tables", "1", "--base-url", url, "--out", "OUT", "--colour", "red"};
    QTest::newRow("stray argument")
        << QStringList {"--tables", "1", "--base-url", url, "--out", "OUT", "extra"};
    QTest::newRow("data dir without database")
        << QStringList {"--tables", "1", "--base-url", url, "--out", "OUT", "--data-dir", "DIR"};
}

void TestQrCardWriter::commandRefusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("cards.pdf"));
    arguments.replaceInStrings(QStringLiteral("OUT"), out);
    arguments.replaceInStrings(QStringLiteral("DIR"), dir.path());
    QCOMPARE(runQrCommand(arguments), 2);
    QVERIFY(!QFile::exists(out));
    // Refusing must not create a database in the folder either.
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("tableside.db"))));
}

void TestQrCardWriter::commandWritesCards()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("cards.pdf"));
    QCOMPARE(runQrCommand(
                 {"--tables", "1-3,8", "--base-url", "http://192.168.1.20:8080/", "--out", out}),
             0);
    const QList<QStringList> pages = decodePdf(out, dir.path());
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.first(),
             (QStringList {"http://192.168.1.20:8080/t/1", "http://192.168.1.20:8080/t/2",
                           "http://192.168.1.20:8080/t/3", "http://192.168.1.20:8080/t/8"}));
}

void TestQrCardWriter::commandUsesActiveTablesOfDataDir()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        // A new database is created with tables 1–20, all active.
        Store store;
        QString error;
        QVERIFY2(tableside::server::testkit::openTestStore(store, dir.path(), nullptr, &error), qPrintable(error));
        QVERIFY(store.flush());
    }
    const QString out = dir.filePath(QStringLiteral("cards.pdf"));
    QCOMPARE(runQrCommand(QStringList {"--data-dir", dir.path(), "--base-url",
                                       "http://10.1.1.1:8080", "--out", out}
                          + tableside::server::testkit::commandConfigArguments(dir.path())),
             0);
    const QList<QStringList> pages = decodePdf(out, dir.path());
    QCOMPARE(pages.size(), 4);
    QSet<QString> codes;
    for (const QStringList &page : pages) {
        for (const QString &code : page)
            codes.insert(code);
    }
    // Every card carries its table's signed link, the same URL `table-links` prints.
    QSet<QString> expected;
    {
        Store store;
        QVERIFY(tableside::server::testkit::openTestStore(store, dir.path()));
        for (int table = 1; table <= 20; ++table) {
            const QByteArray token = store.tableLinkToken(table);
            QCOMPARE(token.size(), 16);
            expected.insert(QStringLiteral("http://10.1.1.1:8080/t/%1?k=%2")
                                .arg(table)
                                .arg(QString::fromLatin1(token)));
        }
    }
    QCOMPARE(codes, expected);
}

void TestQrCardWriter::commandReprintsAfterRotation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray before3;
    QByteArray before4;
    {
        Store store;
        QVERIFY(tableside::server::testkit::openTestStore(store, dir.path()));
        before3 = store.tableLinkToken(3);
        before4 = store.tableLinkToken(4);
        QVERIFY(store.rotateTableLinks({3}).ok());
        QVERIFY(store.flush());
    }
    const QString out = dir.filePath(QStringLiteral("cards.pdf"));
    QCOMPARE(runQrCommand(QStringList {"--data-dir", dir.path(), "--tables", "3-4", "--base-url",
                                       "http://10.1.1.1:8080", "--out", out}
                          + tableside::server::testkit::commandConfigArguments(dir.path())),
             0);
    const QList<QStringList> pages = decodePdf(out, dir.path());
    QCOMPARE(pages.size(), 1);
    Store store;
    QVERIFY(tableside::server::testkit::openTestStore(store, dir.path()));
    const QByteArray after3 = store.tableLinkToken(3);
    QVERIFY(after3 != before3);
    QCOMPARE(store.tableLinkToken(4), before4);
    QCOMPARE(pages.first(),
             (QStringList {"http://10.1.1.1:8080/t/3?k=" + QString::fromLatin1(after3),
                           "http://10.1.1.1:8080/t/4?k=" + QString::fromLatin1(before4)}));
}

void TestQrCardWriter::signedCardsScanBack()
{
    // Long signed links still fit: every code decodes to its table's URL with its token.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QrCardWriter writer(QUrl(QStringLiteral("http://192.168.100.200:18080")));
    QHash<int, QByteArray> tokens;
    QStringList expected;
    for (int table : {1, 77, 9999}) {
        tokens.insert(table, QByteArray("Ab-_0123456789xy").left(15) + char('A' + table % 26));
        expected.append(QStringLiteral("http://192.168.100.200:18080/t/%1?k=%2")
                            .arg(table)
                            .arg(QString::fromLatin1(tokens.value(table))));
    }
    writer.setTableTokens(tokens);
    const QString out = dir.filePath(QStringLiteral("cards.pdf"));
    QString error;
    QVERIFY2(writer.write(out, {1, 77, 9999}, &error), qPrintable(error));
    const QList<QStringList> pages = decodePdf(out, dir.path());
    QCOMPARE(pages.size(), 1);
    expected.sort();
    QCOMPARE(pages.first(), expected);
}

QTEST_MAIN(TestQrCardWriter)
#include "tst_qrcardwriter.moc"
