#pragma once

#include "domain/Result.h"
#include "domain/WireNames.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace coursedesk {

// An enumeration read back from the cache through its one table (domain/WireNames.h). A name the table does
// not hold means a damaged row (or a cache written by a newer CourseDesk): an error naming the table, the
// column, the row and the value, never a silent default.
template <typename E>
Result<E> storedValue(const std::optional<E> &parsed, const QVariant &stored, const char *table, const char *column,
                      qint64 rowId)
{
    if (parsed)
        return *parsed;
    return Error{QStringLiteral("damaged_cache"),
                 QCoreApplication::translate("coursedesk::CacheDatabase",
                                             "The local cache is damaged: %1 row %2 has the unknown %3 '%4'.")
                     .arg(QString::fromLatin1(table))
                     .arg(rowId)
                     .arg(QString::fromLatin1(column), stored.toString())};
}

template <typename E, std::size_t N>
Result<E> storedValue(const WireNames<E, N> &names, const QVariant &stored, const char *table, const char *column,
                      qint64 rowId)
{
    return storedValue(names.value(stored.toString()), stored, table, column, rowId);
}

} // namespace coursedesk
