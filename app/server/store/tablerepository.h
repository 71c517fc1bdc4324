#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace tableside::server {

class Database;

/// The dining tables: which exist and take orders, and how often guests scanned their QR code.
class TableRepository
{
public:
    explicit TableRepository(Database &database);

    /// Inside a job: why @p tableNumber cannot take an order or a call (unknown, switched off).
    std::optional<StoreError> refusalFor(int tableNumber);
    bool isActive(int tableNumber);
    QList<int> numbers();
    int scanCount(int tableNumber);

    /// Inside a job: counts a scan of the table's QR code.
    bool recordScan(int tableNumber, const QDateTime &at);
    /// Inside a job: adds tables @p first to @p last (existing ones stay as they are).
    bool addRange(int first, int last);

private:
    enum class Lookup { Active, Inactive, Missing, Failed };
    Lookup lookup(bool committedOnly, int tableNumber);

    Database &m_db;
};

} // namespace tableside::server
