// The console's Menu page against the real server (issue 16): edit a product (names, price
// with BGN beside it, allergens), reorder by a drag, and the must-show with two dashboards: a
// price change made on A shows on B's menu page at once (menu-change) and on B's next order.
#include "consolewindow.h"
#include "dashboardclient.h"
#include "languageswitcher.h"
#include "menupage.h"
#include "menuproducteditor.h"
#include "orderbody.h"
#include "orderlistmodel.h"
#include "serverprocess.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {

constexpr int Timeout = 10'000;

QList<qint64> idsIn(const QListWidget *list)
{
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row)
        ids.append(list->item(row)->data(Qt::UserRole).toLongLong());
    return ids;
}

} // namespace

class TestMenuPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;

    QJsonObject guestMenuProduct(qint64 id)
    {
        for (const QJsonValue &p :
             m_server->http().json("GET", QStringLiteral("/api/menu")).value("products").toArray())
            if (p.toObject().value("id").toInteger() == id)
                return p.toObject();
        return {};
    }
    QList<qint64> guestMenuOrder(qint64 categoryId)
    {
        QList<qint64> ids;
        for (const QJsonValue &p :
             m_server->http().json("GET", QStringLiteral("/api/menu")).value("products").toArray())
            if (p.toObject().value("categoryId").toInteger() == categoryId)
                ids.append(p.toObject().value("id").toInteger());
        return ids;
    }
    /// A page signed in as the manager, shown, its menu loaded.
    static std::unique_ptr<MenuPage> openPage(DashboardClient &client)
    {
        auto page = std::make_unique<MenuPage>(&client.session());
        page->resize(1200, 800);
        page->show();
        return page;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->isValid());
        QVERIFY(m_server->addStaff(QStringLiteral("Mara"), QStringLiteral("135790"),
                                   QStringLiteral("manager")));
        QVERIFY(m_server->addStaff(QStringLiteral("Wim"), QStringLiteral("246802")));
        m_server->disableGuestLimits();
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void editAProduct()
    {
        DashboardClient manager;
        QVERIFY(manager.signIn(m_server->url(), QStringLiteral("135790")));
        auto page = openPage(manager);
        QTRY_VERIFY_WITH_TIMEOUT(page->productList()->count() > 0, Timeout);
        const qint64 id = idsIn(page->productList()).first();
        page->selectProduct(id);
        MenuProductEditor *editor = page->editor();
        QCOMPARE(editor->productId(), id);
        editor->nameEnEdit()->setText(QStringLiteral("House espresso"));
        editor->nameBgEdit()->setText(QStringLiteral("Еспресо на къщата"));
        editor->priceEdit()->setText(QStringLiteral("7.35"));
        // BGN beside it while typing: 7.35 × 1.95583 = 14.375… → 14.38.
        QVERIFY2(editor->bgnText().contains(QStringLiteral("14")), qPrintable(editor->bgnText()));
        QVERIFY2(editor->bgnText().contains(QStringLiteral("38")), qPrintable(editor->bgnText()));
        editor->allergenBox(QStringLiteral("milk"))->setChecked(true);
        editor->priceEdit()->setText(QStringLiteral("7.355"));
        QVERIFY(!editor->priceIsValid());
        QVERIFY(editor->bgnText().isEmpty());
        editor->priceEdit()->setText(QStringLiteral("7.35"));
        const int answers = page->answers();
        QPushButton *save = editor->findChild<QPushButton *>(QStringLiteral("saveProduct"));
        QVERIFY(save && save->isEnabled());
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->answers() > answers, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(guestMenuProduct(id).value("priceEurCents").toInteger(), 735,
                                  Timeout);
        const QJsonObject listed = guestMenuProduct(id);
        QCOMPARE(listed.value("name").toObject().value("en").toString(),
                 QStringLiteral("House espresso"));
        QCOMPARE(listed.value("name").toObject().value("bg").toString(),
                 QStringLiteral("Еспресо на къщата"));
        QCOMPARE(listed.value("priceBgnCents").toInteger(), 1438);
        QCOMPARE(listed.value("allergens").toArray(), QJsonArray {QStringLiteral("milk")});
        QVERIFY2(!page->statusText().isEmpty(), "the page says it saved");

        // A photo chosen from a file (what the file dialog hands over) is uploaded at once.
        QImage image(1024, 768, QImage::Format_RGB32);
        image.fill(QColor(180, 90, 40));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        const int before = page->answers();
        emit editor->photoChosen(png, "image/png");
        QTRY_VERIFY_WITH_TIMEOUT(!guestMenuProduct(id).value("photoUrl").toString().isEmpty(),
                                 Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->answers() > before, Timeout);
        const HttpReply photo
            = m_server->http().request("GET", guestMenuProduct(id).value("photoUrl").toString());
        QCOMPARE(photo.status, 200);
        QCOMPARE(QImage::fromData(photo.body).size(), QSize(800, 600));
    }

    void reorderByDragging()
    {
        DashboardClient manager;
        QVERIFY(manager.signIn(m_server->url(), QStringLiteral("135790")));
        auto page = openPage(manager);
        QTRY_VERIFY_WITH_TIMEOUT(page->productList()->count() >= 2, Timeout);
        const qint64 category
            = page->categoryList()->currentItem()->data(Qt::UserRole).toLongLong();
        QList<qint64> expected = idsIn(page->productList());
        // What a drop does: the list's model moves the last row to the top.
        QAbstractItemModel *model = page->productList()->model();
        const int last = model->rowCount() - 1;
        const int answers = page->answers();
        QVERIFY(model->moveRow(QModelIndex(), last, QModelIndex(), 0));
        expected.prepend(expected.takeLast());
        QCOMPARE(idsIn(page->productList()), expected);
        QTRY_VERIFY_WITH_TIMEOUT(page->answers() > answers, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(guestMenuOrder(category), expected, Timeout);
        // After the reload the page shows the server's order.
        QTRY_COMPARE_WITH_TIMEOUT(idsIn(page->productList()), expected, Timeout);
    }

    void priceChangeOnOneDashboardShowsOnTheOther()
    {
        DashboardClient a;
        DashboardClient b;
        QVERIFY(a.signIn(m_server->url(), QStringLiteral("135790")));
        QVERIFY(b.signIn(m_server->url(), QStringLiteral("135790")));
        auto pageA = openPage(a);
        auto pageB = openPage(b);
        QTRY_VERIFY_WITH_TIMEOUT(pageA->productList()->count() > 0, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(pageB->productList()->count() > 0, Timeout);
        const qint64 id = idsIn(pageA->productList()).last();
        pageA->selectProduct(id);
        pageA->editor()->priceEdit()->setText(QStringLiteral("12.40"));
        pageA->editor()->findChild<QPushButton *>(QStringLiteral("saveProduct"))->click();
        // B's console page follows the menu-change event by itself.
        auto priceOnB = [&] {
            for (const QJsonValue &p : pageB->menu().value("products").toArray())
                if (p.toObject().value("id").toInteger() == id)
                    return p.toObject().value("priceEurCents").toInteger();
            return qint64(-1);
        };
        QTRY_COMPARE_WITH_TIMEOUT(priceOnB(), qint64(1240), Timeout);
        // A guest's next order shows on dashboard B at the new price.
        int status = 0;
        const QJsonObject placed
            = m_server->http().json("POST", QStringLiteral("/api/orders/create"),
                                    orderBody(5, {{int(id), 2}}), {}, &status);
        QCOMPARE(status, 201);
        const QString orderId = placed.value("order").toObject().value("id").toString();
        QTRY_VERIFY_WITH_TIMEOUT(b.session().orders()->order(orderId).has_value(), Timeout);
        const Order seen = *b.session().orders()->order(orderId);
        QCOMPARE(seen.items.first().unitPrice.euroCents(), 1240);
    }

    /// Not a check: with TABLESIDE_SCREENSHOT_DIR set, saves console-menu-bg.png and -en.png
    /// (the console on its Menu page, a product with allergens open, the bar closed).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("TABLESIDE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set TABLESIDE_SCREENSHOT_DIR to save screenshots");
        const QString token = m_server->http().login(QStringLiteral("135790"));
        int status = 0;
        m_server->http().json("PUT", QStringLiteral("/api/admin/stations/bar/pause"),
                              {{"paused", true}}, token, &status);
        QCOMPARE(status, 200);
        LanguageSwitcher languages;
        for (const Language language : {Language::Bulgarian, Language::English}) {
            QVERIFY(languages.setLanguage(language));
            DashboardClient manager;
            QVERIFY(manager.signIn(m_server->url(), QStringLiteral("135790")));
            ConsoleWindow console(&manager.session());
            console.resize(1280, 800);
            auto *page = qobject_cast<MenuPage *>(console.page(QStringLiteral("MenuPage")));
            QVERIFY(page);
            for (int i = 0; i < console.pageCount(); ++i)
                if (console.page(i) == page)
                    console.setCurrentPage(i);
            console.show();
            QTRY_VERIFY_WITH_TIMEOUT(page->productList()->count() > 1, Timeout);
            page->selectProduct(idsIn(page->productList()).at(1));
            QTest::qWait(200);
            const QString file = QDir(dir).filePath(QStringLiteral("console-menu-%1.png")
                                                        .arg(language == Language::Bulgarian
                                                                 ? QStringLiteral("bg")
                                                                 : QStringLiteral("en")));
            QVERIFY(console.grab().save(file));
        }
        m_server->http().json("PUT", QStringLiteral("/api/admin/stations/bar/pause"),
                              {{"paused", false}}, token, &status);
    }
};

QTEST_MAIN(TestMenuPage)
#include "tst_menupage.moc"
