#pragma once

#include "product.h"

#include <QList>

namespace tableside::server {

/// The menu a new database starts with, so a fresh install can take orders at once: a small
/// café-bar in Bulgarian and English, EUR prices.
class DemoMenu
{
public:
    static QList<Category> categories();
    static QList<Product> products();
};

} // namespace tableside::server
