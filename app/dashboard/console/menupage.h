#pragma once

#include "consolepage.h"

#include <QJsonArray>
#include <QJsonObject>

class QHBoxLayout;
class QListWidget;
class QPushButton;

namespace tableside::dashboard {

class MenuProductEditor;

/// The console's Menu page: categories and their products (drag to reorder), the product
/// form, and "kitchen closed" pauses per category and per station. Reloads on menu-change
/// events, so two consoles (and the guests' menu) stay in step.
class MenuPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit MenuPage(DashboardSession *session, QWidget *parent = nullptr);

    QListWidget *categoryList() const { return m_categories; }
    QListWidget *productList() const { return m_products; }
    MenuProductEditor *editor() const { return m_editor; }
    /// The last GET /api/admin/menu answer.
    QJsonObject menu() const { return m_menu; }
    /// Sends the current order of the product list (what a drag does).
    void sendProductOrder();
    /// Sends the current order of the category list.
    void sendCategoryOrder();
    /// Selects the category with @p id and shows its products.
    void selectCategory(qint64 id);
    /// Shows product @p id in the editor (0 = a new product).
    void selectProduct(qint64 id);

public slots:
    void reload() override;

protected:
    void retranslate() override;

private:
    void showMenu(const QJsonObject &menu);
    void fillProducts();
    void fillStations();
    void save();
    void addCategory();
    void renameCategory();
    void deleteCategory();
    void toggleCategoryPause();
    qint64 currentCategoryId() const;
    QJsonObject category(qint64 id) const;
    QString localName(const QJsonObject &object) const;

    QJsonObject m_menu;
    qint64 m_categoryId = 0;
    qint64 m_productId = 0;
    bool m_filling = false; ///< lists being refilled: their model signals are not drags
    QListWidget *m_categories;
    QListWidget *m_products;
    MenuProductEditor *m_editor;
    QPushButton *m_addCategory;
    QPushButton *m_renameCategory;
    QPushButton *m_deleteCategory;
    QPushButton *m_pauseCategory;
    QPushButton *m_addProduct;
    QHBoxLayout *m_stations;
    QList<QPushButton *> m_stationButtons;
};

} // namespace tableside::dashboard
