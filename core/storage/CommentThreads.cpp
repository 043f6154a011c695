// CommentStore: the lesson threads the sync keeps, and who the signed-in user is (branch comments2).
#include "storage/CommentStore.h"

#include "storage/CacheDatabase.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

const QString selfIdKey = u"comments.self_id"_s;

} // namespace

Result<QHash<qint64, Validators>> CommentStore::threadValidators(qint64 courseId) const
{
    QSqlQuery q = m_db.prepare(
        u"SELECT lesson_id, etag, last_modified, fresh_until FROM comment_threads WHERE course_id = ?"_s);
    q.addBindValue(courseId);
    if (Status ran = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the comments")); !ran)
        return ran.error();
    QHash<qint64, Validators> all;
    while (q.next())
        all.insert(q.value(0).toLongLong(),
                   Validators{q.value(1).toString().toLatin1(), q.value(2).toString().toLatin1(),
                              sql::fromTime(q.value(3))});
    return all;
}

Status CommentStore::keepOnlyThrough(qint64 lessonId, const QSet<qint64> &ids, const LessonComment &last,
                                     qint64 sequence)
{
    Result<QList<LessonComment>> cached =
        many(u"lesson_id = ? AND parent_id = 0 AND stored_seq <= ?"_s, {lessonId, sequence}, u"id"_s);
    if (!cached)
        return cached.error();
    return m_db.transaction([&]() -> Status {
        for (const LessonComment &c : *cached) {
            const bool covered = c.createdAt < last.createdAt || (c.createdAt == last.createdAt && c.id < last.id);
            if (covered && !ids.contains(c.id)) {
                if (Status removed = remove(c.id); !removed)
                    return removed;
            }
        }
        return success();
    });
}

Status CommentStore::setThreadValidators(qint64 courseId, qint64 lessonId, const Validators &validators,
                                         const QDateTime &now)
{
    QSqlQuery q = m_db.prepare(u"INSERT OR REPLACE INTO comment_threads (lesson_id, course_id, etag, last_modified, "
                               "fetched_at, fresh_until) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(lessonId);
    q.addBindValue(courseId);
    q.addBindValue(QString::fromLatin1(validators.etag));
    q.addBindValue(QString::fromLatin1(validators.lastModified));
    q.addBindValue(sql::time(now));
    q.addBindValue(sql::time(validators.freshUntil));
    return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "keep the comments"));
}

Validators CommentStore::inboxValidators(qint64 courseId) const
{
    return Validators{m_db.meta(u"comments.inbox.%1.etag"_s.arg(courseId)).toLatin1(),
                      m_db.meta(u"comments.inbox.%1.modified"_s.arg(courseId)).toLatin1(),
                      {}}; // the inbox is asked each time it opens: one request, answered 304 when nothing is new
}

Status CommentStore::setInboxValidators(qint64 courseId, const Validators &validators)
{
    return m_db.transaction([&]() -> Status {
        if (Status saved =
                m_db.setMeta(u"comments.inbox.%1.etag"_s.arg(courseId), QString::fromLatin1(validators.etag));
            !saved)
            return saved;
        return m_db.setMeta(u"comments.inbox.%1.modified"_s.arg(courseId),
                            QString::fromLatin1(validators.lastModified));
    });
}

qint64 CommentStore::selfId() const
{
    return m_db.meta(selfIdKey, u"0"_s).toLongLong();
}

Status CommentStore::setSelfId(qint64 userId)
{
    return m_db.setMeta(selfIdKey, QString::number(userId));
}

} // namespace coursedesk
