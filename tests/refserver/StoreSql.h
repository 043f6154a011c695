#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Small SQL helpers shared by Store.cpp, StoreProgress.cpp and Auth.cpp.
namespace coursedesk::refserver::sql {

// Times are INTEGER milliseconds since the epoch, UTC; an invalid time is NULL.
inline QVariant ms(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Text for NOT NULL columns: a null QString would bind as NULL.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(value);
}

inline void bind(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
}

inline QSqlQuery prepare(const QSqlDatabase &db, const QByteArray &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(QString::fromUtf8(statement));
    bind(query, values);
    return query;
}

} // namespace coursedesk::refserver::sql
