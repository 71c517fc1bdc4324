#include "tablelink.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using tableside::TableLink;

/// TableLink: the token of a signed table link (fixed vectors, so the format never drifts), the
/// session cookie's strict parsing and the checks on untrusted bytes.
class TestTableLink : public QObject
{
    Q_OBJECT

private slots:
    void tokenMatchesVector_data();
    void tokenMatchesVector();
    void tokenRefusesOutOfRange();
    void verifiesOnlyTheRightToken_data();
    void verifiesOnlyTheRightToken();
    void parsesSession_data();
    void parsesSession();
    void findsCookie_data();
    void findsCookie();
    void acceptsCookieHeaderForItsTableOnly();
    void rotationInvalidatesOldToken();
    void survivesRandomBytes();

private:
    static QByteArray secret();
};

QByteArray TestTableLink::secret()
{
    QByteArray bytes;
    for (int i = 0; i < TableLink::SecretBytes; ++i)
        bytes.append(char(i));
    return bytes;
}

void TestTableLink::tokenMatchesVector_data()
{
    // Computed independently: base64url(HMAC-SHA256(0x00..0x1f, "tableside-table-link:T:G")[:12]).
    QTest::addColumn<int>("table");
    QTest::addColumn<int>("generation");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("table 1") << 1 << 1 << QByteArray("Bn5-90Yl6D2wVGQ1");
    QTest::newRow("table 12") << 12 << 1 << QByteArray("60NwH31XAXx79dzD");
    QTest::newRow("table 12 rotated") << 12 << 2 << QByteArray("VD5FpE5baLm2e-mM");
    QTest::newRow("table 9999 gen 7") << 9999 << 7 << QByteArray("S65eufoE_v7Lfka3");
}

void TestTableLink::tokenMatchesVector()
{
    QFETCH(int, table);
    QFETCH(int, generation);
    QFETCH(QByteArray, token);
    QCOMPARE(TableLink::token(secret(), table, generation), token);
    QCOMPARE(token.size(), TableLink::TokenLength);
    QVERIFY(TableLink::verifyToken(secret(), table, generation, token));
}

void TestTableLink::tokenRefusesOutOfRange()
{
    QVERIFY(TableLink::token(secret(), 0, 1).isEmpty());
    QVERIFY(TableLink::token(secret(), 10000, 1).isEmpty());
    QVERIFY(TableLink::token(QByteArray(), 3, 1).isEmpty());
    QVERIFY(!TableLink::verifyToken(QByteArray(), 3, 1, QByteArray(16, 'A')));
}

void TestTableLink::verifiesOnlyTheRightToken_data()
{
    QTest::addColumn<QByteArray>("candidate");
    QTest::addColumn<bool>("valid");
    const QByteArray right = TableLink::token(secret(), 3, 1);
    QByteArray flipped = right;
    flipped[15] = flipped[15] == 'A' ? 'B' : 'A';
    QTest::newRow("right") << right << true;
    QTest::newRow("last character changed") << flipped << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("one short") << right.left(15) << false;
    QTest::newRow("one long") << right + 'A' << false;
    QTest::newRow("table 12's token") << TableLink::token(secret(), 12, 1) << false;
    QTest::newRow("other secret") << TableLink::token(QByteArray(32, 'x'), 3, 1) << false;
    QTest::newRow("padding") << QByteArray(16, '=') << false;
}

void TestTableLink::verifiesOnlyTheRightToken()
{
    QFETCH(QByteArray, candidate);
    QFETCH(bool, valid);
    QCOMPARE(TableLink::verifyToken(secret(), 3, 1, candidate), valid);
}

void TestTableLink::parsesSession_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("table"); // 0 = refused
    const QByteArray token("Bn5-90Yl6D2wVGQ1");
    QTest::newRow("table 1") << "1." + token << 1;
    QTest::newRow("table 9999") << "9999." + token << 9999;
    QTest::newRow("leading zero") << "01." + token << 0;
    QTest::newRow("table 0") << "0." + token << 0;
    QTest::newRow("table 10000") << "10000." + token << 0;
    QTest::newRow("sign") << "+1." + token << 0;
    QTest::newRow("no dot") << "1" + token << 0;
    QTest::newRow("two dots") << "1.." + token << 0;
    QTest::newRow("short token") << "1." + token.left(15) << 0;
    QTest::newRow("bad character") << "1." + token.left(15) + '/' << 0;
    QTest::newRow("space") << "1 ." + token << 0;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("nul byte") << QByteArray("1.\0", 3) + token.left(15) << 0;
}

void TestTableLink::parsesSession()
{
    QFETCH(QByteArray, value);
    QFETCH(int, table);
    const auto session = TableLink::parseSession(value);
    QCOMPARE(session ? session->table : 0, table);
    if (session)
        QCOMPARE(TableLink::sessionValue(session->table, session->token), value);
}

void TestTableLink::findsCookie_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value"); // "-" = none
    QTest::newRow("alone") << QByteArray("tableside_table=3.x") << QByteArray("3.x");
    QTest::newRow("among others") << QByteArray("a=1; tableside_table=3.x; b=2")
                                  << QByteArray("3.x");
    QTest::newRow("no spaces") << QByteArray("a=1;tableside_table=3.x") << QByteArray("3.x");
    QTest::newRow("first wins") << QByteArray("tableside_table=1.y; tableside_table=3.x")
                                << QByteArray("1.y");
    QTest::newRow("prefix name") << QByteArray("xtableside_table=3.x") << QByteArray("-");
    QTest::newRow("no value") << QByteArray("tableside_table") << QByteArray("-");
    QTest::newRow("empty") << QByteArray() << QByteArray("-");
    QTest::newRow("only separators") << QByteArray(";;; ;") << QByteArray("-");
}

void TestTableLink::findsCookie()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    const auto found = TableLink::cookieValue(header, "tableside_table");
    QCOMPARE(found ? found->toByteArray() : QByteArray("-"), value);
}

void TestTableLink::acceptsCookieHeaderForItsTableOnly()
{
    const TableLink::Generations generations = [](int) { return 1; };
    const QByteArray cookie
        = "tableside_table=" + TableLink::sessionValue(3, TableLink::token(secret(), 3, 1));
    QVERIFY(TableLink::acceptsCookieHeader(secret(), generations, cookie, 3));
    QVERIFY(!TableLink::acceptsCookieHeader(secret(), generations, cookie, 12));
    QVERIFY(!TableLink::acceptsCookieHeader(secret(), generations, QByteArray(), 3));
    QVERIFY(!TableLink::acceptsCookieHeader(QByteArray(32, 'y'), generations, cookie, 3));
    // A forged session naming table 12 with table 3's token.
    const QByteArray forged
        = "tableside_table=" + TableLink::sessionValue(12, TableLink::token(secret(), 3, 1));
    QVERIFY(!TableLink::acceptsCookieHeader(secret(), generations, forged, 12));
    QVERIFY(!TableLink::acceptsCookieHeader(secret(), {}, cookie, 3));
}

void TestTableLink::rotationInvalidatesOldToken()
{
    QHash<int, int> generation {{3, 1}, {4, 1}};
    const TableLink::Generations lookup = [&](int table) { return generation.value(table, 1); };
    const QByteArray old3 = TableLink::token(secret(), 3, 1);
    const QByteArray old4 = TableLink::token(secret(), 4, 1);
    generation[3] = 2; // table 3 rotated alone
    QVERIFY(!TableLink::acceptsToken(secret(), lookup, 3, old3));
    QVERIFY(TableLink::acceptsToken(secret(), lookup, 3, TableLink::token(secret(), 3, 2)));
    QVERIFY(TableLink::acceptsToken(secret(), lookup, 4, old4));
}

void TestTableLink::survivesRandomBytes()
{
    // A smoke run of what the fuzz target does at length: random and mutated headers never
    // crash and are never accepted.
    const TableLink::Generations generations = [](int) { return 1; };
    const QByteArray valid
        = "tableside_table=" + TableLink::sessionValue(5, TableLink::token(secret(), 5, 1));
    QRandomGenerator random(14);
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes = valid;
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(bytes.size() + 1));
            switch (random.bounded(3)) {
            case 0:
                bytes.insert(at, char(random.bounded(256)));
                break;
            case 1:
                if (at < bytes.size())
                    bytes[at] = char(random.bounded(256));
                break;
            default:
                bytes.remove(at, int(random.bounded(3)));
            }
        }
        if (bytes != valid && TableLink::acceptsCookieHeader(secret(), generations, bytes, 5)) {
            // Only edits that leave the cookie itself intact (e.g. a new cookie before it).
            const auto value = TableLink::cookieValue(bytes, TableLink::CookieName);
            QVERIFY(value && *value == valid.mid(int(qstrlen("tableside_table="))));
            ++accepted;
        }
        TableLink::acceptsToken(secret(), generations, int(random.bounded(20000)) - 5, bytes);
    }
    qInfo() << "20000 mutated cookie headers checked," << accepted
            << "accepted (each still carrying the valid cookie intact)";
}

QTEST_APPLESS_MAIN(TestTableLink)
#include "tst_tablelink.moc"
