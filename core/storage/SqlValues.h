#pragma once

#include <QDateTime>
#include <QVariant>

namespace coursedesk::sql {

// Times are stored as ISO 8601 UTC text with milliseconds; null stays NULL.
inline QVariant time(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

inline QDateTime fromTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

// Text for NOT NULL columns: a null QString would bind as NULL.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(value);
}

} // namespace coursedesk::sql
