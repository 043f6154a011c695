#include "storage/DashboardStore.h"

#include "storage/CacheDatabase.h"
#include "storage/SqlValues.h"

#include <QVariant>

namespace coursedesk {

using namespace Qt::StringLiterals;

DashboardStore::DashboardStore(CacheDatabase &db)
    : m_db(db)
{}

Status DashboardStore::savePage(qint64 courseId, const QString &kind, const QString &queryKey, int offset,
                                const CachedPage &page)
{
    return m_db.transaction([&]() -> Status {
        if (offset == 0) {
            QSqlQuery stale =
                m_db.prepare(u"DELETE FROM dashboard_pages WHERE course_id = ? AND kind = ? AND query_key = ?"_s);
            stale.addBindValue(courseId);
            stale.addBindValue(kind);
            stale.addBindValue(queryKey);
            if (Status done = m_db.exec(stale, "drop an earlier listing"); !done)
                return done;
        }
        QSqlQuery insert = m_db.prepare(
            u"INSERT OR REPLACE INTO dashboard_pages (course_id, kind, query_key, page_offset, total, rows_json,"
            " fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        insert.addBindValue(courseId);
        insert.addBindValue(kind);
        insert.addBindValue(queryKey);
        insert.addBindValue(offset);
        insert.addBindValue(page.total);
        insert.addBindValue(QString::fromUtf8(page.rowsJson));
        insert.addBindValue(sql::time(page.fetchedAt));
        if (Status done = m_db.exec(insert, "cache a dashboard page"); !done)
            return done;
        // Keep the most recently fetched pages of this list; rowid breaks ties between pages of one instant.
        QSqlQuery trim = m_db.prepare(u"DELETE FROM dashboard_pages WHERE course_id = ? AND kind = ? AND rowid NOT IN ("
                                      " SELECT rowid FROM dashboard_pages WHERE course_id = ? AND kind = ?"
                                      " ORDER BY fetched_at DESC, rowid DESC LIMIT ?)"_s);
        for (const QVariant &value :
             {QVariant(courseId), QVariant(kind), QVariant(courseId), QVariant(kind), QVariant(pagesPerList)})
            trim.addBindValue(value);
        return m_db.exec(trim, "trim the dashboard cache");
    });
}

Result<std::optional<CachedPage>> DashboardStore::page(qint64 courseId, const QString &kind, const QString &queryKey,
                                                       int offset) const
{
    QSqlQuery q = m_db.prepare(u"SELECT total, rows_json, fetched_at FROM dashboard_pages"
                               " WHERE course_id = ? AND kind = ? AND query_key = ? AND page_offset = ?"_s);
    q.addBindValue(courseId);
    q.addBindValue(kind);
    q.addBindValue(queryKey);
    q.addBindValue(offset);
    if (Status done = m_db.exec(q, "read a cached dashboard page"); !done)
        return done.error();
    if (!q.next())
        return std::optional<CachedPage>();
    return std::optional<CachedPage>(
        CachedPage{q.value(0).toInt(), q.value(1).toString().toUtf8(), sql::fromTime(q.value(2))});
}

Status DashboardStore::saveSummary(qint64 courseId, const CachedSummary &summary)
{
    QSqlQuery q = m_db.prepare(
        u"INSERT OR REPLACE INTO dashboard_summary (course_id, summary_json, fetched_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(courseId);
    q.addBindValue(QString::fromUtf8(summary.json));
    q.addBindValue(sql::time(summary.fetchedAt));
    return m_db.exec(q, "cache the completion summary");
}

Result<std::optional<CachedSummary>> DashboardStore::summary(qint64 courseId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT summary_json, fetched_at FROM dashboard_summary WHERE course_id = ?"_s);
    q.addBindValue(courseId);
    if (Status done = m_db.exec(q, "read the cached completion summary"); !done)
        return done.error();
    if (!q.next())
        return std::optional<CachedSummary>();
    return std::optional<CachedSummary>(CachedSummary{q.value(0).toString().toUtf8(), sql::fromTime(q.value(1))});
}

Status DashboardStore::forget(qint64 courseId)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery pages = m_db.prepare(u"DELETE FROM dashboard_pages WHERE course_id = ?"_s);
        pages.addBindValue(courseId);
        if (Status done = m_db.exec(pages, "forget the dashboard pages"); !done)
            return done;
        QSqlQuery summary = m_db.prepare(u"DELETE FROM dashboard_summary WHERE course_id = ?"_s);
        summary.addBindValue(courseId);
        return m_db.exec(summary, "forget the completion summary");
    });
}

} // namespace coursedesk
