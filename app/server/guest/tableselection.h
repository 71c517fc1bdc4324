#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace tableside::server {

/// A set of table numbers written as ranges and lists ("1-20", "1-5,8,10-12"), as the
/// `qr --tables` option takes it.
class TableSelection
{
    Q_DECLARE_TR_FUNCTIONS(TableSelection)

public:
    /// Highest table number accepted (matches the number range the store accepts).
    static constexpr int MaximumTableNumber = 9999;
    /// Most tables one selection may name: keeps a typo ("1-99999") from writing a huge PDF.
    static constexpr int MaximumCount = 1000;

    /// Parses comma-separated numbers and inclusive ranges; spaces around items are allowed.
    /// Refuses empty items, zero, reversed ranges, numbers above MaximumTableNumber and more
    /// than MaximumCount tables, with a one-line reason in @p error.
    static std::optional<TableSelection> parse(const QString &text, QString *error = nullptr);

    /// Ascending, without duplicates.
    const QList<int> &tables() const { return m_tables; }

private:
    QList<int> m_tables;
};

} // namespace tableside::server
