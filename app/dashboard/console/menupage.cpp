#include "menupage.h"

#include "dashboardsession.h"
#include "menuproducteditor.h"
#include "money.h"
#include "moneyformatter.h"
#include "staffapi.h"
#include "staffevent.h"
#include "stationnames.h"
#include "syncengine.h"
#include "theme.h"

#include <QAbstractItemModel>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace tableside::dashboard {

namespace {

constexpr int IdRole = Qt::UserRole;

QListWidget *touchList()
{
    auto *list = new QListWidget;
    // Drag to reorder: the new order goes to the server when the drop is done.
    list->setDragDropMode(QAbstractItemView::InternalMove);
    list->setDefaultDropAction(Qt::MoveAction);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setStyleSheet(
        QStringLiteral("QListWidget::item { min-height: %1px; }").arg(ThemeManager::TouchTarget));
    return list;
}

QJsonArray idsOf(QListWidget *list)
{
    QJsonArray ids;
    for (int row = 0; row < list->count(); ++row)
        ids.append(list->item(row)->data(IdRole).toLongLong());
    return ids;
}

// Two names, bg and en, asked in one small dialog; false when cancelled.
bool askNames(QWidget *parent, const QString &title, QString *bg, QString *en)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *bgEdit = new QLineEdit(*bg);
    auto *enEdit = new QLineEdit(*en);
    for (QLineEdit *edit : {bgEdit, enEdit}) {
        edit->setMinimumHeight(ThemeManager::TouchTarget);
        edit->setMaxLength(80);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(MenuPage::tr("Name (Bulgarian)"), bgEdit);
    form->addRow(MenuPage::tr("Name (English)"), enEdit);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *bg = bgEdit->text().trimmed();
    *en = enEdit->text().trimmed();
    return true;
}

} // namespace

MenuPage::MenuPage(DashboardSession *session, QWidget *parent)
    : ConsolePage(session, QStringLiteral("MenuPage"), parent)
{
    m_categories = touchList();
    m_categories->setObjectName(QStringLiteral("menuCategories"));
    m_products = touchList();
    m_products->setObjectName(QStringLiteral("menuProducts"));
    m_products->setWordWrap(true); // "name — price (lev price) · not available" in full
    m_editor = new MenuProductEditor;
    m_addCategory = button();
    m_renameCategory = button();
    m_deleteCategory = button();
    m_pauseCategory = button();
    m_pauseCategory->setObjectName(QStringLiteral("pauseCategory"));
    m_addProduct = button();
    m_stations = new QHBoxLayout;

    // Two by two: four touch-sized buttons in a row would make the list column too wide.
    auto *categoryButtons = new QGridLayout;
    categoryButtons->addWidget(m_addCategory, 0, 0);
    categoryButtons->addWidget(m_renameCategory, 0, 1);
    categoryButtons->addWidget(m_pauseCategory, 1, 0);
    categoryButtons->addWidget(m_deleteCategory, 1, 1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_categories, 1);
    left->addLayout(categoryButtons);
    auto *middle = new QVBoxLayout;
    middle->addWidget(m_products, 1);
    middle->addWidget(m_addProduct);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_editor);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(middle, 3);
    columns->addWidget(scroll, 4);
    content()->addLayout(columns, 1);
    content()->addLayout(m_stations);

    connect(m_categories, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling || !item)
            return;
        m_categoryId = item->data(IdRole).toLongLong();
        m_productId = 0;
        fillProducts();
    });
    connect(m_products, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!m_filling && item)
            selectProduct(item->data(IdRole).toLongLong());
    });
    // A finished drag moves rows in the list's model: send the new order then (queued, so
    // the list has settled).
    connect(m_products->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_filling)
            QTimer::singleShot(0, this, &MenuPage::sendProductOrder);
    });
    connect(m_categories->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_filling)
            QTimer::singleShot(0, this, &MenuPage::sendCategoryOrder);
    });
    connect(m_addCategory, &QPushButton::clicked, this, &MenuPage::addCategory);
    connect(m_renameCategory, &QPushButton::clicked, this, &MenuPage::renameCategory);
    connect(m_deleteCategory, &QPushButton::clicked, this, &MenuPage::deleteCategory);
    connect(m_pauseCategory, &QPushButton::clicked, this, &MenuPage::toggleCategoryPause);
    connect(m_addProduct, &QPushButton::clicked, this, [this] { selectProduct(0); });
    connect(m_editor, &MenuProductEditor::saveRequested, this, &MenuPage::save);
    connect(m_editor, &MenuProductEditor::photoChosen, this,
            [this](const QByteArray &bytes, const QByteArray &type) {
                const qint64 id = m_editor->productId();
                QPointer<MenuPage> self(this);
                this->session()->api()->staffUpload(
                    "PUT", QStringLiteral("/api/admin/products/%1/photo").arg(id), bytes, type,
                    [self](const ApiResult &result) {
                        if (!self)
                            return;
                        if (result.isSuccess())
                            self->setStatus(tr("Photo saved."));
                        else
                            self->setStatus(result.errorMessage(), true);
                        self->reload();
                    });
            });
    connect(m_editor, &MenuProductEditor::photoRemoveRequested, this, [this] {
        send("DELETE", QStringLiteral("/api/admin/products/%1/photo").arg(m_editor->productId()),
             {}, [this](const QJsonObject &) {
                 setStatus(tr("Photo removed."));
                 reload();
             });
    });
    // Another console's change (or this one's, echoed) shows at once.
    connect(session->sync(), &SyncEngine::eventApplied, this, [this](const StaffEvent &event, Via) {
        if (event.type() == StaffEventType::MenuChange && isVisible())
            reload();
    });
    retranslate();
}

void MenuPage::retranslate()
{
    setWindowTitle(tr("Menu"));
    setHeading(tr("Menu: categories, products, prices, pauses"));
    m_addCategory->setText(tr("Add category"));
    m_renameCategory->setText(tr("Rename"));
    m_deleteCategory->setText(tr("Delete"));
    m_addProduct->setText(tr("Add product"));
    m_categories->setToolTip(tr("Drag to change the order"));
    m_products->setToolTip(tr("Drag to change the order"));
    if (!m_menu.isEmpty())
        showMenu(m_menu);
}

void MenuPage::reload()
{
    send("GET", QStringLiteral("/api/admin/menu"), {},
         [this](const QJsonObject &body) { showMenu(body); });
}

QString MenuPage::localName(const QJsonObject &object) const
{
    const QJsonObject name = object.value(QStringLiteral("name")).toObject();
    const bool bg = QLocale().language() == QLocale::Bulgarian;
    return name.value(bg ? QStringLiteral("bg") : QStringLiteral("en")).toString();
}

QJsonObject MenuPage::category(qint64 id) const
{
    for (const QJsonValue &c : m_menu.value(QStringLiteral("categories")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toInteger() == id)
            return c.toObject();
    return {};
}

qint64 MenuPage::currentCategoryId() const
{
    return m_categoryId;
}

void MenuPage::showMenu(const QJsonObject &menu)
{
    m_menu = menu;
    m_filling = true;
    m_categories->clear();
    const QJsonArray categories = menu.value(QStringLiteral("categories")).toArray();
    if (category(m_categoryId).isEmpty() && !categories.isEmpty())
        m_categoryId = categories.first().toObject().value(QStringLiteral("id")).toInteger();
    for (const QJsonValue &value : categories) {
        const QJsonObject c = value.toObject();
        const bool paused = c.value(QStringLiteral("isPaused")).toBool();
        auto *item
            = new QListWidgetItem(paused ? tr("%1 (paused)").arg(localName(c)) : localName(c));
        item->setData(IdRole, c.value(QStringLiteral("id")).toInteger());
        m_categories->addItem(item);
        if (item->data(IdRole).toLongLong() == m_categoryId)
            m_categories->setCurrentItem(item);
    }
    m_filling = false;
    fillProducts();
    fillStations();
}

void MenuPage::fillProducts()
{
    const QJsonObject current = category(m_categoryId);
    m_pauseCategory->setText(current.value(QStringLiteral("isPaused")).toBool()
                                 ? tr("Resume category")
                                 : tr("Pause category"));
    for (QPushButton *b : {m_renameCategory, m_deleteCategory, m_pauseCategory, m_addProduct})
        b->setEnabled(!current.isEmpty());
    m_filling = true;
    m_products->clear();
    const MoneyFormatter money(QLocale().language() == QLocale::Bulgarian ? Language::Bulgarian
                                                                          : Language::English);
    QJsonObject selected;
    for (const QJsonValue &value : m_menu.value(QStringLiteral("products")).toArray()) {
        const QJsonObject p = value.toObject();
        if (p.value(QStringLiteral("categoryId")).toInteger() != m_categoryId)
            continue;
        const Money price
            = Money::fromEuroCents(p.value(QStringLiteral("priceEurCents")).toInteger());
        QString text
            = tr("%1 — %2 (%3)").arg(localName(p), money.formatEur(price), money.formatBgn(price));
        if (p.value(QStringLiteral("isHidden")).toBool())
            text += tr(" · hidden");
        else if (!p.value(QStringLiteral("pausedBy")).toString().isEmpty())
            text += tr(" · paused");
        else if (!p.value(QStringLiteral("isAvailable")).toBool())
            text += tr(" · not available");
        auto *item = new QListWidgetItem(text);
        const qint64 id = p.value(QStringLiteral("id")).toInteger();
        item->setData(IdRole, id);
        m_products->addItem(item);
        if (id == m_productId) {
            m_products->setCurrentItem(item);
            selected = p;
        }
    }
    m_filling = false;
    QStringList stations;
    for (const QJsonValue &s : m_menu.value(QStringLiteral("stations")).toArray())
        stations.append(s.toObject().value(QStringLiteral("station")).toString());
    if (stations.isEmpty())
        stations = {QStringLiteral("kitchen"), QStringLiteral("bar")};
    // Keep what the manager is typing when the same product is shown again after a reload
    // caused by someone else's change to another product.
    if (m_productId == 0 || !selected.isEmpty())
        m_editor->setProduct(selected, stations);
}

void MenuPage::fillStations()
{
    qDeleteAll(m_stationButtons);
    m_stationButtons.clear();
    for (const QJsonValue &value : m_menu.value(QStringLiteral("stations")).toArray()) {
        const QString station = value.toObject().value(QStringLiteral("station")).toString();
        const bool paused = value.toObject().value(QStringLiteral("paused")).toBool();
        QPushButton *b = button();
        b->setObjectName(QStringLiteral("pauseStation-") + station);
        b->setCheckable(true);
        b->setChecked(paused);
        const QString shown = StationNames::displayName(station);
        b->setText(paused ? tr("%1: closed — tap to open").arg(shown)
                          : tr("%1: open — tap to close").arg(shown));
        connect(b, &QPushButton::clicked, this, [this, station, paused] {
            send("PUT", QStringLiteral("/api/admin/stations/%1/pause").arg(station),
                 {{QStringLiteral("paused"), !paused}}, [this](const QJsonObject &) { reload(); });
        });
        m_stations->addWidget(b);
        m_stationButtons.append(b);
    }
}

void MenuPage::selectCategory(qint64 id)
{
    m_categoryId = id;
    m_productId = 0;
    for (int row = 0; row < m_categories->count(); ++row)
        if (m_categories->item(row)->data(IdRole).toLongLong() == id) {
            m_filling = true;
            m_categories->setCurrentRow(row);
            m_filling = false;
        }
    fillProducts();
}

void MenuPage::selectProduct(qint64 id)
{
    m_productId = id;
    if (id == 0) {
        m_products->clearSelection();
        QStringList stations;
        for (const QJsonValue &s : m_menu.value(QStringLiteral("stations")).toArray())
            stations.append(s.toObject().value(QStringLiteral("station")).toString());
        m_editor->setProduct(
            {}, stations.isEmpty() ? QStringList {QStringLiteral("kitchen")} : stations);
        return;
    }
    fillProducts();
}

void MenuPage::save()
{
    if (!m_editor->priceIsValid()) {
        setStatus(tr("The price needs at most two decimals, e.g. 4.50."), true);
        return;
    }
    QJsonObject body = m_editor->body();
    const qint64 id = m_editor->productId();
    if (id == 0) {
        body.insert(QStringLiteral("categoryId"), m_categoryId);
        send("POST", QStringLiteral("/api/admin/products"), body, [this](const QJsonObject &b) {
            m_productId = b.value(QStringLiteral("product"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
            setStatus(tr("Product added."));
            reload();
        });
        return;
    }
    send("PATCH", QStringLiteral("/api/admin/products/%1").arg(id), body,
         [this](const QJsonObject &) {
             setStatus(tr("Saved. Guests see it on their next menu check."));
             reload();
         });
}

void MenuPage::sendProductOrder()
{
    send("PUT", QStringLiteral("/api/admin/categories/%1/product-order").arg(m_categoryId),
         {{QStringLiteral("ids"), idsOf(m_products)}}, [this](const QJsonObject &) {
             setStatus(tr("New order saved."));
             reload();
         });
}

void MenuPage::sendCategoryOrder()
{
    send("PUT", QStringLiteral("/api/admin/category-order"),
         {{QStringLiteral("ids"), idsOf(m_categories)}}, [this](const QJsonObject &) {
             setStatus(tr("New order saved."));
             reload();
         });
}

void MenuPage::addCategory()
{
    QString bg, en;
    if (!askNames(this, tr("Add category"), &bg, &en))
        return;
    send("POST", QStringLiteral("/api/admin/categories"),
         {{QStringLiteral("name"),
           QJsonObject {{QStringLiteral("bg"), bg}, {QStringLiteral("en"), en}}}},
         [this](const QJsonObject &b) {
             m_categoryId = b.value(QStringLiteral("category"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toInteger();
             reload();
         });
}

void MenuPage::renameCategory()
{
    const QJsonObject name = category(m_categoryId).value(QStringLiteral("name")).toObject();
    QString bg = name.value(QStringLiteral("bg")).toString();
    QString en = name.value(QStringLiteral("en")).toString();
    if (!askNames(this, tr("Rename category"), &bg, &en))
        return;
    send("PATCH", QStringLiteral("/api/admin/categories/%1").arg(m_categoryId),
         {{QStringLiteral("name"),
           QJsonObject {{QStringLiteral("bg"), bg}, {QStringLiteral("en"), en}}}},
         [this](const QJsonObject &) { reload(); });
}

void MenuPage::deleteCategory()
{
    if (QMessageBox::question(this, tr("Delete category"),
                              tr("Delete the category \"%1\"? Only an empty category can go.")
                                  .arg(localName(category(m_categoryId))))
        != QMessageBox::Yes)
        return;
    send("DELETE", QStringLiteral("/api/admin/categories/%1").arg(m_categoryId), {},
         [this](const QJsonObject &) {
             m_categoryId = 0;
             reload();
         });
}

void MenuPage::toggleCategoryPause()
{
    const bool paused = category(m_categoryId).value(QStringLiteral("isPaused")).toBool();
    send("PUT", QStringLiteral("/api/admin/categories/%1/pause").arg(m_categoryId),
         {{QStringLiteral("paused"), !paused}}, [this, paused](const QJsonObject &) {
             setStatus(paused ? tr("Category back on the guests' menu.")
                              : tr("Category paused: guests do not see it."));
             reload();
         });
}

} // namespace tableside::dashboard
