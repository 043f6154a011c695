// Store: lesson comments.
#include "Store.h"

#include "StoreSql.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;

namespace {

constexpr auto commentColumns = "SELECT id, course_id, section_id, lesson_id, user_id, parent_id, in_reply_to, html,"
                                " created_at FROM comments ";

Comment commentFrom(const QSqlQuery &q)
{
    Comment comment;
    comment.id = q.value(0).toLongLong();
    comment.courseId = q.value(1).toLongLong();
    comment.sectionId = q.value(2).toLongLong();
    comment.lessonId = q.value(3).toLongLong();
    comment.userId = q.value(4).toLongLong();
    comment.parentId = q.value(5).toLongLong();
    comment.inReplyTo = q.value(6).toLongLong();
    comment.html = q.value(7).toString();
    comment.createdAt = sql::fromMs(q.value(8));
    return comment;
}

QList<Comment> commentsWhere(const QSqlDatabase &db, const QByteArray &condition, const QVariantList &values)
{
    QSqlQuery q = sql::prepare(db, QByteArray(commentColumns) + condition, values);
    QList<Comment> comments;
    if (!execLogged(q, "read comments"))
        return comments;
    while (q.next())
        comments.append(commentFrom(q));
    return comments;
}

Error commentError(const QString &what, const QSqlQuery &q)
{
    return Error{u"refserver_store"_s, u"%1: %2"_s.arg(what, q.lastError().text())};
}

} // namespace

Result<qint64> Store::addComment(const Comment &comment)
{
    QSqlQuery q =
        sql::prepare(db(),
                     "INSERT INTO comments (course_id, section_id, lesson_id, user_id, parent_id, in_reply_to,"
                     " html, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     {comment.courseId, comment.sectionId, comment.lessonId, comment.userId, comment.parentId,
                      comment.inReplyTo, sql::text(comment.html), sql::ms(comment.createdAt)});
    if (!execLogged(q, "add comment"))
        return commentError(u"cannot add a comment"_s, q);
    return q.lastInsertId().toLongLong();
}

std::optional<Comment> Store::comment(qint64 commentId) const
{
    const QList<Comment> found = commentsWhere(db(), "WHERE id = ?", {commentId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Comment> Store::lessonComments(qint64 lessonId, qint64 parentId, bool descending) const
{
    return commentsWhere(db(),
                         descending ? "WHERE lesson_id = ? AND parent_id = ? ORDER BY created_at DESC, id DESC"
                                    : "WHERE lesson_id = ? AND parent_id = ? ORDER BY created_at, id",
                         {lessonId, parentId});
}

QList<Comment> Store::courseComments(qint64 courseId) const
{
    return commentsWhere(db(), "WHERE course_id = ? ORDER BY created_at, id", {courseId});
}

Status Store::updateComment(qint64 commentId, const QString &html)
{
    QSqlQuery q = sql::prepare(db(), "UPDATE comments SET html = ? WHERE id = ?", {sql::text(html), commentId});
    if (!execLogged(q, "update comment"))
        return commentError(u"cannot update comment %1"_s.arg(commentId), q);
    return success();
}

Status Store::removeComment(qint64 commentId)
{
    QSqlQuery q = sql::prepare(db(), "DELETE FROM comments WHERE id = ? OR parent_id = ?", {commentId, commentId});
    if (!execLogged(q, "remove comment"))
        return commentError(u"cannot remove comment %1"_s.arg(commentId), q);
    return success();
}

int Store::commentTotal() const
{
    QSqlQuery q(db());
    if (!q.exec(u"SELECT COUNT(*) FROM comments"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

namespace {

std::optional<QByteArray> commentsState(const QSqlDatabase &db, const QByteArray &column, qint64 id)
{
    QSqlQuery q = sql::prepare(db,
                               "SELECT c.id, c.parent_id, c.in_reply_to, c.user_id, c.created_at, c.html, u.username,"
                               " u.real_name FROM comments c LEFT JOIN users u ON u.id = c.user_id"
                               " WHERE c." +
                                   column + " = ? ORDER BY c.id",
                               {id});
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!execLogged(q, "read comment state"))
        return std::nullopt;
    while (q.next()) {
        for (int column = 0; column < 8; ++column) {
            hash.addData(q.value(column).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result();
}

} // namespace

QDateTime Store::lessonCommentsNewest(qint64 lessonId) const
{
    QSqlQuery q = sql::prepare(db(), "SELECT MAX(created_at) FROM comments WHERE lesson_id = ?", {lessonId});
    return execLogged(q, "read comment times") && q.next() ? sql::fromMs(q.value(0)) : QDateTime();
}

std::optional<QByteArray> Store::lessonCommentsState(qint64 lessonId) const
{
    return commentsState(db(), "lesson_id", lessonId);
}

std::optional<QByteArray> Store::courseCommentsState(qint64 courseId) const
{
    return commentsState(db(), "course_id", courseId);
}

} // namespace coursedesk::refserver
