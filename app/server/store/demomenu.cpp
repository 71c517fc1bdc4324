#include "demomenu.h"

namespace tableside::server {

namespace {

Category category(qint64 id, const char *slug, const QString &bg, const char *en, int sortOrder)
{
    Category c;
    c.id = id;
    c.slug = QString::fromLatin1(slug);
    c.nameBg = bg;
    c.nameEn = QString::fromUtf8(en);
    c.sortOrder = sortOrder;
    return c;
}

Product product(qint64 id, qint64 categoryId, const QString &bg, const char *en,
                const QString &descriptionBg, const char *descriptionEn, qint64 cents,
                const char *station)
{
    Product p;
    p.id = id;
    p.categoryId = categoryId;
    p.nameBg = bg;
    p.nameEn = QString::fromUtf8(en); // "Caffè": UTF-8 source, not Latin-1
    p.descriptionBg = descriptionBg;
    p.descriptionEn = QString::fromUtf8(descriptionEn);
    p.price = Money::fromEuroCents(cents);
    p.station = QString::fromLatin1(station);
    p.sortOrder = static_cast<int>(id);
    return p;
}

} // namespace

QList<Category> DemoMenu::categories()
{
    return {
        category(1, "coffee", QStringLiteral("Кафе"), "Coffee", 1),
        category(2, "soft-drinks", QStringLiteral("Безалкохолни"), "Soft drinks", 2),
        category(3, "drinks", QStringLiteral("Напитки"), "Drinks", 3),
        category(4, "food", QStringLiteral("Храна"), "Food", 4),
        category(5, "desserts", QStringLiteral("Десерти"), "Desserts", 5),
    };
}

QList<Product> DemoMenu::products()
{
    return {
        product(1, 1, QStringLiteral("Еспресо"), "Espresso", QStringLiteral("Двойно, 14 г"),
                "Double shot, 14 g", 180, "bar"),
        product(2, 1, QStringLiteral("Капучино"), "Cappuccino",
                QStringLiteral("Еспресо с мляко на пяна"), "Espresso with foamed milk", 280, "bar"),
        product(3, 1, QStringLiteral("Лате"), "Caffè latte", QStringLiteral("Голямо, 350 мл"),
                "Large, 350 ml", 320, "bar"),
        product(4, 2, QStringLiteral("Минерална вода"), "Mineral water", QStringLiteral("0,5 л"),
                "0.5 l", 150, "bar"),
        product(5, 2, QStringLiteral("Прясно изцеден портокал"), "Fresh orange juice",
                QStringLiteral("300 мл"), "300 ml", 450, "bar"),
        product(6, 2, QStringLiteral("Лимонада"), "Lemonade", QStringLiteral("Домашна, с мента"),
                "Home-made, with mint", 390, "bar"),
        product(7, 3, QStringLiteral("Наливна бира"), "Draught beer", QStringLiteral("0,5 л"),
                "0.5 l", 350, "bar"),
        product(8, 3, QStringLiteral("Домашно вино"), "House wine",
                QStringLiteral("Червено или бяло, 150 мл"), "Red or white, 150 ml", 420, "bar"),
        product(9, 3, QStringLiteral("Ракия"), "Rakia", QStringLiteral("Гроздова, 50 мл"),
                "Grape, 50 ml", 380, "bar"),
        product(10, 4, QStringLiteral("Шопска салата"), "Shopska salad",
                QStringLiteral("Домати, краставици, сирене"), "Tomatoes, cucumber, white cheese",
                690, "kitchen"),
        product(11, 4, QStringLiteral("Клуб сандвич"), "Club sandwich",
                QStringLiteral("С пилешко и бекон"), "Chicken and bacon", 890, "kitchen"),
        product(12, 4, QStringLiteral("Пържени картофи"), "French fries",
                QStringLiteral("Със сирене"), "With white cheese", 450, "kitchen"),
        product(13, 5, QStringLiteral("Палачинка с шоколад"), "Chocolate pancake",
                QStringLiteral("С банан"), "With banana", 490, "kitchen"),
        product(14, 5, QStringLiteral("Баклава"), "Baklava", QStringLiteral("Две парчета"),
                "Two pieces", 420, "kitchen"),
    };
}

} // namespace tableside::server
