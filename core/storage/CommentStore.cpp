#include "storage/CommentStore.h"

#include "storage/CacheDatabase.h"
#include "storage/SqlValues.h"
#include "storage/StoredValue.h"

#include <QSqlQuery>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

const QString commentColumns = u"id, course_id, section_id, lesson_id, parent_id, in_reply_to, html, created_at, "
                               "author_id, author_username, author_name, latest_reply_id, section_name, lesson_name"_s;

LessonComment readComment(const QSqlQuery &q)
{
    LessonComment c;
    c.id = q.value(0).toLongLong();
    c.courseId = q.value(1).toLongLong();
    c.sectionId = q.value(2).toLongLong();
    c.lessonId = q.value(3).toLongLong();
    c.parentId = q.value(4).toLongLong();
    c.inReplyTo = q.value(5).toLongLong();
    c.html = q.value(6).toString();
    c.createdAt = sql::fromTime(q.value(7));
    c.author.id = q.value(8).toLongLong();
    c.author.username = q.value(9).toString();
    c.author.realName = q.value(10).toString();
    c.latestReplyId = q.value(11).toLongLong();
    c.sectionName = q.value(12).toString();
    c.lessonName = q.value(13).toString();
    return c;
}

const QString draftColumns = u"d.entry_id, o.kind, o.state, d.course_id, d.section_id, d.lesson_id, d.comment_id, "
                             "d.parent_id, d.in_reply_to, d.text, d.written_at, d.first_sent_at, o.reason"_s;

} // namespace

CommentStore::CommentStore(CacheDatabase &db)
    : m_db(db)
{}

Status CommentStore::store(const QList<LessonComment> &comments, const QDateTime &now)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery upsert = m_db.prepare(
            u"INSERT INTO comments(id, course_id, section_id, lesson_id, parent_id, in_reply_to, html, created_at, "
            "author_id, author_username, author_name, latest_reply_id, section_name, lesson_name, fetched_at, "
            "stored_seq) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "course_id = excluded.course_id, section_id = excluded.section_id, lesson_id = excluded.lesson_id, "
            "parent_id = excluded.parent_id, in_reply_to = excluded.in_reply_to, html = excluded.html, "
            "created_at = excluded.created_at, author_id = excluded.author_id, "
            "author_username = excluded.author_username, author_name = excluded.author_name, "
            "latest_reply_id = CASE WHEN excluded.latest_reply_id = 0 AND excluded.parent_id = 0 "
            "THEN latest_reply_id ELSE excluded.latest_reply_id END, "
            "section_name = CASE WHEN excluded.section_name = '' THEN section_name ELSE excluded.section_name END, "
            "lesson_name = CASE WHEN excluded.lesson_name = '' THEN lesson_name ELSE excluded.lesson_name END, "
            "fetched_at = excluded.fetched_at, stored_seq = excluded.stored_seq"_s);
        Result<qint64> before = sequence();
        if (!before)
            return before.error();
        const qint64 seq = *before + 1;
        for (const LessonComment &c : comments) {
            for (const QVariant &value :
                 {QVariant(c.id), QVariant(c.courseId), QVariant(c.sectionId), QVariant(c.lessonId),
                  QVariant(c.parentId), QVariant(c.inReplyTo), sql::text(c.html), sql::time(c.createdAt),
                  QVariant(c.author.id), sql::text(c.author.username), sql::text(c.author.realName),
                  QVariant(c.latestReplyId), sql::text(c.sectionName), sql::text(c.lessonName), sql::time(now),
                  QVariant(seq)})
                upsert.addBindValue(value);
            if (Status ran = m_db.exec(upsert, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "keep the comments"));
                !ran)
                return ran;
        }
        return success();
    });
}

Result<qint64> CommentStore::sequence() const
{
    QSqlQuery query = m_db.prepare(u"SELECT COALESCE(MAX(stored_seq), 0) FROM comments"_s);
    if (Status ran = m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the comments")); !ran)
        return ran.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Status CommentStore::keepOnly(qint64 lessonId, qint64 parentId, const QSet<qint64> &ids, qint64 sequence)
{
    Result<QList<LessonComment>> cached =
        many(u"lesson_id = ? AND parent_id = ? AND stored_seq <= ?"_s, {lessonId, parentId, sequence}, u"id"_s);
    if (!cached)
        return cached.error();
    return m_db.transaction([&]() -> Status {
        for (const LessonComment &c : *cached) {
            if (!ids.contains(c.id)) {
                if (Status removed = remove(c.id); !removed)
                    return removed;
            }
        }
        return success();
    });
}

Status CommentStore::remove(qint64 commentId)
{
    QSqlQuery query = m_db.prepare(u"DELETE FROM comments WHERE id = ? OR parent_id = ?"_s);
    query.addBindValue(commentId);
    query.addBindValue(commentId);
    return m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "forget a comment"));
}

Result<QList<LessonComment>> CommentStore::many(const QString &where, const QVariantList &values,
                                                const QString &order) const
{
    QSqlQuery query =
        m_db.prepare(u"SELECT "_s + commentColumns + u" FROM comments WHERE "_s + where + u" ORDER BY "_s + order);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (Status ran = m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the comments")); !ran)
        return ran.error();
    QList<LessonComment> comments;
    while (query.next())
        comments.append(readComment(query));
    return comments;
}

Result<QList<LessonComment>> CommentStore::lesson(qint64 lessonId) const
{
    // Threads in order: a first-level comment's own time, then its replies by theirs.
    return many(u"lesson_id = ?"_s, {lessonId},
                u"COALESCE((SELECT p.created_at FROM comments p WHERE p.id = comments.parent_id), created_at), "
                "CASE WHEN parent_id = 0 THEN id ELSE parent_id END, parent_id <> 0, created_at, id"_s);
}

Result<QList<LessonComment>> CommentStore::course(qint64 courseId) const
{
    return many(u"course_id = ?"_s, {courseId}, u"created_at DESC, id DESC"_s);
}

Result<std::optional<LessonComment>> CommentStore::comment(qint64 commentId) const
{
    Result<QList<LessonComment>> found = many(u"id = ?"_s, {commentId}, u"id"_s);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<LessonComment>();
    return std::optional<LessonComment>(found->first());
}

Status CommentStore::markRead(const QList<qint64> &commentIds, const QDateTime &now)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery mark = m_db.prepare(u"UPDATE comments SET read_at = ? WHERE id = ? AND read_at IS NULL"_s);
        for (qint64 id : commentIds) {
            mark.addBindValue(sql::time(now));
            mark.addBindValue(id);
            if (Status ran = m_db.exec(mark, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "mark comments read"));
                !ran)
                return ran;
        }
        return success();
    });
}

Result<QSet<qint64>> CommentStore::readIds(qint64 courseId) const
{
    QSqlQuery query = m_db.prepare(u"SELECT id FROM comments WHERE course_id = ? AND read_at IS NOT NULL"_s);
    query.addBindValue(courseId);
    if (Status ran = m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the comments")); !ran)
        return ran.error();
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

Result<CommentDraft> CommentStore::queue(CommentDraft draft, Outbox &outbox, const QDateTime &now)
{
    Status saved = m_db.transaction([&]() -> Status {
        Result<OutboxEntry> entry =
            outbox.recordComment(draft.kind, draft.courseId, draft.sectionId, draft.lessonId, now);
        if (!entry)
            return entry.error();
        draft.entryId = entry->id;
        draft.state = entry->state;
        draft.writtenAt = now;
        QSqlQuery insert = m_db.prepare(
            u"INSERT INTO comment_drafts(entry_id, course_id, section_id, lesson_id, comment_id, parent_id, "
            "in_reply_to, text, written_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &value : {QVariant(draft.entryId), QVariant(draft.courseId), QVariant(draft.sectionId),
                                      QVariant(draft.lessonId), QVariant(draft.commentId), QVariant(draft.parentId),
                                      QVariant(draft.inReplyTo), sql::text(draft.text), sql::time(now)})
            insert.addBindValue(value);
        return m_db.exec(insert, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "queue the comment"));
    });
    if (!saved)
        return saved.error();
    return draft;
}

Result<QList<CommentDraft>> CommentStore::drafts(const QString &where, const QVariantList &values) const
{
    QSqlQuery query = m_db.prepare(u"SELECT "_s + draftColumns +
                                   u" FROM comment_drafts d JOIN outbox o ON o.id = d.entry_id WHERE "_s + where +
                                   u" ORDER BY d.entry_id"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (Status ran = m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the comments")); !ran)
        return ran.error();
    QList<CommentDraft> list;
    while (query.next()) {
        CommentDraft d;
        d.entryId = query.value(0).toLongLong();
        Result<OutboxKind> kind =
            storedValue(outboxKindNamed(query.value(1).toString()), query.value(1), "outbox", "kind", d.entryId);
        if (!kind)
            return kind.error();
        Result<OutboxState> state =
            storedValue(outboxStateNamed(query.value(2).toString()), query.value(2), "outbox", "state", d.entryId);
        if (!state)
            return state.error();
        d.kind = *kind;
        d.state = *state;
        d.courseId = query.value(3).toLongLong();
        d.sectionId = query.value(4).toLongLong();
        d.lessonId = query.value(5).toLongLong();
        d.commentId = query.value(6).toLongLong();
        d.parentId = query.value(7).toLongLong();
        d.inReplyTo = query.value(8).toLongLong();
        d.text = query.value(9).toString();
        d.writtenAt = sql::fromTime(query.value(10));
        d.firstSentAt = sql::fromTime(query.value(11));
        d.reason = query.value(12).toString();
        list.append(d);
    }
    return list;
}

Result<std::optional<CommentDraft>> CommentStore::draft(qint64 entryId) const
{
    Result<QList<CommentDraft>> found = drafts(u"d.entry_id = ?"_s, {entryId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<CommentDraft>();
    return std::optional<CommentDraft>(found->first());
}

Result<QList<CommentDraft>> CommentStore::drafts(qint64 lessonId) const
{
    return drafts(u"(? = 0 OR d.lesson_id = ?) AND o.state IN ('pending','in_flight','rejected')"_s,
                  {lessonId, lessonId});
}

Status CommentStore::markFirstSent(qint64 entryId, const QDateTime &serverTime)
{
    QSqlQuery query =
        m_db.prepare(u"UPDATE comment_drafts SET first_sent_at = ? WHERE entry_id = ? AND first_sent_at IS NULL"_s);
    query.addBindValue(sql::time(serverTime));
    query.addBindValue(entryId);
    return m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the comment"));
}

Status CommentStore::changeText(qint64 entryId, const QString &text)
{
    QSqlQuery query = m_db.prepare(u"UPDATE comment_drafts SET text = ? WHERE entry_id = ?"_s);
    query.addBindValue(sql::text(text));
    query.addBindValue(entryId);
    return m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the comment"));
}

Result<QSet<qint64>> CommentStore::serverIdsOfOthers(qint64 lessonId, qint64 exceptEntry) const
{
    QSqlQuery query = m_db.prepare(u"SELECT server_id FROM comment_drafts WHERE lesson_id = ? AND entry_id <> ? "
                                   "AND server_id IS NOT NULL"_s);
    query.addBindValue(lessonId);
    query.addBindValue(exceptEntry);
    if (Status ran = m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the comments")); !ran)
        return ran.error();
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

Status CommentStore::setServerId(qint64 entryId, qint64 commentId)
{
    QSqlQuery query = m_db.prepare(u"UPDATE comment_drafts SET server_id = ? WHERE entry_id = ?"_s);
    query.addBindValue(commentId);
    query.addBindValue(entryId);
    return m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the comment"));
}

} // namespace coursedesk
