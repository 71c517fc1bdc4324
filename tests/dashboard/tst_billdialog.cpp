// BillDialog against the real server, offscreen: pay a whole tab with cash and change, pay
// chosen items (one of a line's two), pay an equal split in three parts to the cent, retry a
// payment whose answer never came with the same Idempotency-Key (it pays once), void as a
// manager, print the bill, merge another table's tab in and move an order and the tab away.
#include "billdialog.h"
#include "billitemstree.h"
#include "dashboardclient.h"
#include "serverprocess.h"
#include "staffapi.h"
#include "theme.h"

#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

class TestBillDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void paysWholeTabWithChange();
    void paysChosenItems();
    void paysEqualParts();
    void retryKeepsIdempotencyKey();
    void managerVoidsAPayment();
    void printsTheBill();
    void movesAndMerges();
    void cashHintCountsThePartToPay();
    void refusesMergingItself();
    void cleanupTestCase();

private:
    std::unique_ptr<BillDialog> open(int table);
    qint64 serverTotal(int table);
    QJsonArray serverPayments(int table);

    ServerProcess m_server;
    std::unique_ptr<DashboardClient> m_client;
    QString m_token;
};

void TestBillDialog::initTestCase()
{
    ThemeManager::apply(Theme::Light);
    QVERIFY(m_server.addStaff(QStringLiteral("Boss"), QStringLiteral("9999"),
                              QStringLiteral("manager")));
    m_server.disableGuestLimits();
    // The head of the printed bill (printsTheBill); a comma in the address, as addresses have.
    m_server.setConfig(QStringLiteral("venue/name"), QStringLiteral("Механа „При Тони“"));
    m_server.setConfig(QStringLiteral("venue/address"), QStringLiteral("ул. Витоша 1, София"));
    m_server.setConfig(QStringLiteral("venue/taxId"), QStringLiteral("BG123456789"));
    QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    m_client = std::make_unique<DashboardClient>();
    QVERIFY(m_client->signIn(m_server.url(), QStringLiteral("9999")));
    m_token = m_server.http().login(QStringLiteral("9999"));
}

void TestBillDialog::cleanupTestCase()
{
    m_client.reset();
}

std::unique_ptr<BillDialog> TestBillDialog::open(int table)
{
    auto dialog = std::make_unique<BillDialog>(m_client->session().api(),
                                               m_client->session().sync(), table, true);
    dialog->show();
    if (!QTest::qWaitFor([&] { return dialog->isLoaded(); }, 10'000))
        return nullptr;
    return dialog;
}

qint64 TestBillDialog::serverTotal(int table)
{
    return m_server.http()
        .json("GET", QStringLiteral("/api/tables/%1/tab").arg(table), {}, m_token)
        .value(QStringLiteral("totalEurCents"))
        .toInteger(-1);
}

QJsonArray TestBillDialog::serverPayments(int table)
{
    return m_server.http()
        .json("GET", QStringLiteral("/api/tables/%1/payments").arg(table), {}, m_token)
        .value(QStringLiteral("payments"))
        .toArray();
}

void TestBillDialog::paysWholeTabWithChange()
{
    const QJsonObject order = m_server.guest().createOrder(2, 2, QStringLiteral("без лук"));
    const qint64 total = order.value(QStringLiteral("totalEurCents")).toInteger();
    QVERIFY(total > 0);
    auto dialog = open(2);
    QVERIFY(dialog);
    QCOMPARE(dialog->bill().total.euroCents(), total);
    QCOMPARE(dialog->bill().lines().size(), 2);
    QCOMPARE(dialog->bill().lines().first().notes, QStringLiteral("без лук"));

    dialog->setMethod(QStringLiteral("cash"));
    dialog->setTipCents(100);
    dialog->setTenderedCents(total + 600);
    QCOMPARE(dialog->amountNow().euroCents(), total);
    QCOMPARE(dialog->changeNow().euroCents(), qint64(500));
    QSignalSpy taken(dialog.get(), &BillDialog::paymentTaken);
    dialog->pay(BillDialog::Action::Whole);
    QVERIFY(taken.wait(10'000));
    const QJsonObject payment = taken.first().first().toJsonObject();
    QCOMPARE(payment.value(QStringLiteral("amountEurCents")).toInteger(), total);
    QCOMPARE(payment.value(QStringLiteral("tipEurCents")).toInteger(), qint64(100));
    QCOMPARE(payment.value(QStringLiteral("changeEurCents")).toInteger(), qint64(500));
    QVERIFY(dialog->bill().isEmpty());
    QCOMPARE(serverTotal(2), qint64(0));
    QVERIFY(dialog->pendingKey().isEmpty());
}

void TestBillDialog::paysChosenItems()
{
    const QJsonObject order = m_server.guest().createOrder(5, 2);
    const qint64 total = order.value(QStringLiteral("totalEurCents")).toInteger();
    const QString orderId = order.value(QStringLiteral("id")).toString();
    auto dialog = open(5);
    QVERIFY(dialog);
    // Line 1 has two of its product: pay one of them.
    const TableBill::Line line = dialog->bill().lines().at(1);
    QCOMPARE(line.quantity, 2);
    QVERIFY(dialog->items()->setSelectedQuantity(orderId, line.itemId, 1));
    QCOMPARE(dialog->amountNow(), line.unitPrice);
    dialog->setMethod(QStringLiteral("card"));
    QSignalSpy taken(dialog.get(), &BillDialog::paymentTaken);
    dialog->pay(BillDialog::Action::Items);
    QVERIFY(taken.wait(10'000));
    QCOMPARE(
        taken.first().first().toJsonObject().value(QStringLiteral("amountEurCents")).toInteger(),
        line.unitPrice.euroCents());
    QCOMPARE(dialog->bill().total.euroCents(), total - line.unitPrice.euroCents());
    QCOMPARE(serverTotal(5), total - line.unitPrice.euroCents());
    // The line now shows the one still due; the choice was cleared.
    QCOMPARE(dialog->bill().lines().at(1).quantity, 1);
    QVERIFY(dialog->items()->selectedItems().isEmpty());
}

void TestBillDialog::paysEqualParts()
{
    m_server.guest().createOrder(8, 3);
    const qint64 total = serverTotal(8);
    auto dialog = open(8);
    QVERIFY(dialog);
    dialog->setParts(3);
    qint64 paid = 0;
    for (int part = 1; part <= 3; ++part) {
        QSignalSpy taken(dialog.get(), &BillDialog::paymentTaken);
        dialog->setMethod(part == 2 ? QStringLiteral("card") : QStringLiteral("cash"));
        dialog->pay(BillDialog::Action::Part);
        QVERIFY2(taken.wait(10'000), qPrintable(dialog->lastError()));
        const QJsonObject payment = taken.first().first().toJsonObject();
        QCOMPARE(payment.value(QStringLiteral("part")).toInt(), part);
        QCOMPARE(payment.value(QStringLiteral("parts")).toInt(), 3);
        // Equal parts, the cents left over on the first ones.
        const qint64 expected = total / 3 + (part <= total % 3 ? 1 : 0);
        QCOMPARE(payment.value(QStringLiteral("amountEurCents")).toInteger(), expected);
        paid += expected;
        if (part < 3)
            QCOMPARE(dialog->bill().splitParts, 3);
    }
    QCOMPARE(paid, total);
    QVERIFY(dialog->bill().isEmpty());
    QCOMPARE(serverTotal(8), qint64(0));
}

void TestBillDialog::retryKeepsIdempotencyKey()
{
    m_server.guest().createOrder(9, 1);
    const qint64 total = serverTotal(9);
    auto dialog = open(9);
    QVERIFY(dialog);
    // The network goes away: a closed port refuses at once.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    QUrl dead = m_server.url();
    dead.setPort(probe.serverPort());
    probe.close();
    StaffApi *api = m_client->session().api();
    const QUrl live = api->serverUrl();
    api->setServerUrl(dead);
    QSignalSpy failed(dialog.get(), &BillDialog::actionFailed);
    dialog->pay(BillDialog::Action::Whole);
    QVERIFY(failed.wait(10'000));
    const QByteArray key = dialog->pendingKey();
    QVERIFY(!key.isEmpty());
    dialog->pay(BillDialog::Action::Whole);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(dialog->pendingKey(), key);

    // Back online: the same submission goes out with the same key and pays once.
    api->setServerUrl(live);
    QSignalSpy taken(dialog.get(), &BillDialog::paymentTaken);
    dialog->pay(BillDialog::Action::Whole);
    QVERIFY(taken.wait(10'000));
    QVERIFY(dialog->pendingKey().isEmpty());
    QCOMPARE(serverTotal(9), qint64(0));
    QCOMPARE(serverPayments(9).size(), 1);
    QCOMPARE(
        serverPayments(9).first().toObject().value(QStringLiteral("amountEurCents")).toInteger(),
        total);
}

void TestBillDialog::managerVoidsAPayment()
{
    auto dialog = open(9);
    QVERIFY(dialog);
    QCOMPARE(dialog->bill().payments.size(), 1);
    const QString id = dialog->bill().payments.first().id;
    QSignalSpy loaded(dialog.get(), &BillDialog::loaded);
    dialog->voidPayment(id, QStringLiteral("грешна маса"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog->bill().payments.isEmpty() && dialog->bill().payments.first().voided, 10'000);
    QCOMPARE(dialog->bill().payments.first().voidReason, QStringLiteral("грешна маса"));
    // The order is back on the tab.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->bill().isEmpty(), 10'000);
    QVERIFY(serverTotal(9) > 0);
}

void TestBillDialog::printsTheBill()
{
    auto dialog = open(9);
    QVERIFY(dialog);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bill.pdf"));
    dialog->setBillLanguage(Language::English);
    QVERIFY(dialog->printTo(path));
    QVERIFY(QFileInfo(path).size() > 1000);
    // The server's venue/* settings head the bill (read back with poppler's pdftotext).
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30'000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.startsWith(QStringLiteral("Механа „При Тони“")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ул. Витоша 1, София")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Tax ID BG123456789")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Tableside")));
    } else {
        qWarning("pdftotext not found: the venue lines are not read back");
    }
    // Every control fits a 7" tablet's 1024×600 (window frame aside).
    const QSize minimum = dialog->minimumSizeHint();
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 600,
             qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
}

void TestBillDialog::movesAndMerges()
{
    const QJsonObject first = m_server.guest().createOrder(12, 2);
    const QJsonObject second = m_server.guest().createOrder(13, 3);
    const qint64 firstTotal = first.value(QStringLiteral("totalEurCents")).toInteger();
    const qint64 secondTotal = second.value(QStringLiteral("totalEurCents")).toInteger();
    auto dialog = open(12);
    QVERIFY(dialog);

    // Table 13's tab merged into 12: both orders, every line, on this bill.
    QSignalSpy loaded(dialog.get(), &BillDialog::loaded);
    dialog->mergeFrom(13);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->bill().total.euroCents(), firstTotal + secondTotal, 10'000);
    QCOMPARE(dialog->bill().orders.size(), 2);
    QCOMPARE(dialog->bill().lines().size(), 5);
    QCOMPARE(serverTotal(13), qint64(0));

    // One order moves on to table 14; then the rest of the tab to table 15.
    dialog->moveOrderTo(second.value(QStringLiteral("id")).toString(), 14);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->bill().total.euroCents(), firstTotal, 10'000);
    QCOMPARE(serverTotal(14), secondTotal);
    dialog->moveTabTo(15);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->bill().isEmpty(), 10'000);
    QCOMPARE(serverTotal(15), firstTotal);
    QVERIFY2(dialog->lastError().isEmpty(), qPrintable(dialog->lastError()));
}

void TestBillDialog::cashHintCountsThePartToPay()
{
    // A tab of 36,20 €: one product at 18,10 €, twice.
    const qint64 product = m_server.guest().productIds().first();
    int status = 0;
    m_server.http().json("PATCH", QStringLiteral("/api/admin/products/%1").arg(product),
                         {{QStringLiteral("priceEur"), QStringLiteral("18.10")}}, m_token, &status);
    QCOMPARE(status, 200);
    const QJsonObject item {{QStringLiteral("productId"), product},
                            {QStringLiteral("quantity"), 2}};
    m_server.http().json(
        "POST", QStringLiteral("/api/orders/create"),
        {{QStringLiteral("tableNumber"), 16}, {QStringLiteral("items"), QJsonArray {item}}}, {},
        &status);
    QCOMPARE(status, 201);
    auto dialog = open(16);
    QVERIFY(dialog);
    QCOMPARE(dialog->bill().total.euroCents(), qint64(3620));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("change"));
    QVERIFY(hint);
    dialog->setMethod(QStringLiteral("cash"));
    dialog->setTenderedCents(2000);
    // No split chosen: the whole tab is what a payment takes.
    QCOMPARE(dialog->changeNow().euroCents(), qint64(-1620));
    // "Split in 2": one part is 18,10 €, so 20,00 € gives 1,90 € back (what the server says).
    dialog->setParts(2);
    QCOMPARE(dialog->amountNow().euroCents(), qint64(1810));
    QCOMPARE(dialog->changeNow().euroCents(), qint64(190));
    QVERIFY2(hint->text().contains(QStringLiteral("1.90"))
                 || hint->text().contains(QStringLiteral("1,90")),
             qPrintable(hint->text()));
    // The tip counts too; an odd split puts the leftover cent on the first part.
    dialog->setTipCents(50);
    QCOMPARE(dialog->changeNow().euroCents(), qint64(140));
    dialog->setTipCents(0);
    dialog->setParts(3); // 36,20 = 12,07 + 12,07 + 12,06
    QCOMPARE(dialog->amountNow().euroCents(), qint64(1207));
    dialog->setParts(2);
    QSignalSpy taken(dialog.get(), &BillDialog::paymentTaken);
    dialog->setTenderedCents(2000);
    dialog->pay(BillDialog::Action::Part);
    QVERIFY2(taken.wait(10'000), qPrintable(dialog->lastError()));
    QCOMPARE(
        taken.first().first().toJsonObject().value(QStringLiteral("changeEurCents")).toInteger(),
        qint64(190));
}

void TestBillDialog::refusesMergingItself()
{
    m_server.guest().createOrder(17, 1);
    const qint64 total = serverTotal(17);
    auto dialog = open(17);
    QVERIFY(dialog);
    QSignalSpy failed(dialog.get(), &BillDialog::actionFailed);
    QSignalSpy confirmed(dialog.get(), &BillDialog::actionConfirmed);
    dialog->mergeFrom(17);
    QCOMPARE(failed.size(), 1);
    QVERIFY(dialog->lastError().contains(QStringLiteral("17")));
    QCOMPARE(confirmed.size(), 0);
    QCOMPARE(serverTotal(17), total);
    // A real move is confirmed (the main window shows it as a toast).
    dialog->moveTabTo(18);
    QVERIFY(confirmed.wait(10'000));
    QVERIFY(confirmed.first().first().toString().contains(QStringLiteral("18")));
    QCOMPARE(serverTotal(18), total);
}

QTEST_MAIN(TestBillDialog)
#include "tst_billdialog.moc"
