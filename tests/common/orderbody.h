#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

/// {"tableNumber","items":[{"productId","quantity"}]} for POST /api/orders/create, from
/// (product id, quantity) pairs.
inline QJsonObject orderBody(int table, const QList<QPair<int, int>> &lines)
{
    QJsonArray items;
    for (const auto &line : lines)
        items.append(QJsonObject {{QStringLiteral("productId"), line.first},
                                  {QStringLiteral("quantity"), line.second}});
    return {{QStringLiteral("tableNumber"), table}, {QStringLiteral("items"), items}};
}

/// The same with "notes" on every line (also when @p notes is empty).
inline QJsonObject orderBody(int table, const QList<QPair<int, int>> &lines, const QString &notes)
{
    QJsonArray items;
    for (const auto &line : lines)
        items.append(QJsonObject {{QStringLiteral("productId"), line.first},
                                  {QStringLiteral("quantity"), line.second},
                                  {QStringLiteral("notes"), notes}});
    return {{QStringLiteral("tableNumber"), table}, {QStringLiteral("items"), items}};
}
