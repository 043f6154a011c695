#pragma once

#include <QDateTime>
#include <QList>
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

// A list of ids as one bound value, read in SQL as `IN (SELECT value FROM json_each(?))`: one statement for a whole
// group, whatever its size, with nothing but digits put together here.
inline QVariant idArray(const QList<qint64> &ids)
{
    QByteArray json;
    json.reserve(ids.size() * 8 + 2);
    json += '[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += ',';
        json += QByteArray::number(ids.at(i));
    }
    json += ']';
    return QString::fromLatin1(json);
}

} // namespace coursedesk::sql
