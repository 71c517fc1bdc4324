#pragma once

#include <QString>

namespace tableside {

/// One field of a CSV line as RFC 4180 writes it: quoted (with its quotes doubled) when it
/// holds a comma, a quote or a line break, as it is otherwise. The reports' CSV files and the
/// dashboard's export of them write their fields through it.
class CsvField
{
public:
    static QString encode(const QString &text);
};

} // namespace tableside
