#include "tableselection.h"

#include <set>

namespace tableside::server {

namespace {

// Strict decimal: "3" yes; "+3", "3a", "0x3", "" no.
std::optional<int> parseNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 6)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return text.toInt();
}

} // namespace

std::optional<TableSelection> TableSelection::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &reason) -> std::optional<TableSelection> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (text.trimmed().isEmpty())
        return fail(tr("no tables given (expected e.g. 1-20 or 1-5,8)"));

    std::set<int> numbers;
    const QStringList items = text.split(u',');
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty())
            return fail(tr("empty item in table list \"%1\"").arg(text));
        const qsizetype dash = item.indexOf(u'-');
        const QString firstText = (dash < 0 ? item : item.left(dash)).trimmed();
        const QString lastText = (dash < 0 ? item : item.mid(dash + 1)).trimmed();
        const std::optional<int> first = parseNumber(firstText);
        const std::optional<int> last = parseNumber(lastText);
        if (!first || !last)
            return fail(tr("\"%1\" is not a table number or range").arg(item));
        if (*first < 1 || *last < 1)
            return fail(tr("table numbers start at 1 (got \"%1\")").arg(item));
        if (*first > MaximumTableNumber || *last > MaximumTableNumber)
            return fail(
                tr("table numbers go up to %1 (got \"%2\")").arg(MaximumTableNumber).arg(item));
        if (*first > *last)
            return fail(tr("range \"%1\" goes backwards").arg(item));
        if (*last - *first + 1 > MaximumCount)
            return fail(tr("more than %1 tables").arg(MaximumCount));
        for (int n = *first; n <= *last; ++n)
            numbers.insert(n);
        if (numbers.size() > size_t(MaximumCount))
            return fail(tr("more than %1 tables").arg(MaximumCount));
    }
    TableSelection selection;
    selection.m_tables = QList<int>(numbers.begin(), numbers.end());
    return selection;
}

} // namespace tableside::server
