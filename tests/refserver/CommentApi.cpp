#include "CommentApi.h"

#include "Auth.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

constexpr auto commentsPath = "/api/v2/course/<arg>/section/<arg>/lesson/<arg>/comment/";

const QJsonValue null = QJsonValue(QJsonValue::Null);

QJsonValue idOrNull(qint64 id)
{
    return id == 0 ? null : QJsonValue(id);
}

// An id given as a number or a numeric string; 0 when absent or null; nullopt when it is something else.
std::optional<qint64> idField(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return 0;
    if (value.isDouble() && value.toDouble() == double(value.toInteger()) && value.toInteger() > 0)
        return value.toInteger();
    bool ok = false;
    const qint64 id = value.toString().toLongLong(&ok);
    if (value.isString() && ok && id > 0)
        return id;
    return std::nullopt;
}

} // namespace

QString CommentApi::htmlOf(const QString &text)
{
    QStringList paragraphs;
    for (const QString &block : text.trimmed().split(QRegularExpression(u"\\n\\s*\\n"_s), Qt::SkipEmptyParts))
        paragraphs.append(u"<p>"_s + block.trimmed().toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s);
    return paragraphs.join(QString());
}

void CommentApi::addRoutes(Router &router)
{
    const QString path = QString::fromLatin1(commentsPath);
    router.add<qint64, qint64, qint64>(
        RouteKind::Api, path, Method::Get,
        [this](qint64 c, qint64 s, qint64 l, const QHttpServerRequest &request) { return list(c, s, l, request); });
    router.add<qint64, qint64, qint64>(
        RouteKind::Api, path, Method::Post,
        [this](qint64 c, qint64 s, qint64 l, const QHttpServerRequest &request) { return create(c, s, l, request); });
    for (const Method method : {Method::Put, Method::Patch}) {
        router.add<qint64, qint64, qint64, qint64>(
            RouteKind::Api, path + u"<arg>/"_s, method,
            [this](qint64 c, qint64 s, qint64 l, qint64 id, const QHttpServerRequest &request) {
                return update(c, s, l, id, request);
            });
    }
    router.add<qint64, qint64, qint64, qint64>(
        RouteKind::Api, path + u"<arg>/"_s, Method::Delete,
        [this](qint64 c, qint64 s, qint64 l, qint64 id, const QHttpServerRequest &request) {
            return remove(c, s, l, id, request);
        });
    router.add<qint64>(RouteKind::Api, u"/api/v2/course/<arg>/comment/"_s, Method::Get,
                       [this](qint64 c, const QHttpServerRequest &request) { return courseList(c, request); });
}

Outcome<CommentApi::Where> CommentApi::where(const QHttpServerRequest &request, qint64 courseId, qint64 sectionId,
                                             qint64 lessonId, bool enforceAccess) const
{
    Outcome<User> user = m_context.auth.authenticate(request);
    if (!user.ok())
        return user.failure();
    Outcome<CourseView> view = m_reads.viewFor(user.value(), courseId, lessonId);
    if (!view.ok())
        return view.failure();
    Outcome<Lesson> lesson = m_reads.lessonIn(view.value(), sectionId, lessonId);
    if (!lesson.ok())
        return lesson.failure();
    m_context.store.touch(user->id, courseId, m_context.now());
    if (enforceAccess) {
        if (std::optional<Reply> locked = m_reads.lockedReply(view.value(), lessonId))
            return *locked;
    }
    return Where{user.value(), std::move(view.value()), lesson.value()};
}

Outcome<Comment> CommentApi::ownComment(const Where &where, qint64 commentId) const
{
    const std::optional<Comment> comment = m_context.store.comment(commentId);
    if (!comment || comment->lessonId != where.lesson.id)
        return m_context.errors.notFound(u"Lesson %1 has no comment %2."_s.arg(where.lesson.id).arg(commentId));
    if (comment->userId != where.user.id && !where.view.isInstructor())
        return m_context.errors.forbidden(
            u"FORBIDDEN"_s, u"Only its author, the creator and the managers of the course can change a comment."_s);
    return *comment;
}

QJsonObject CommentApi::encode(const Comment &comment, bool withLatestReply) const
{
    QJsonObject json{
        {u"id"_s, comment.id},
        {u"html"_s, comment.html},
        {u"parent"_s, idOrNull(comment.parentId)},
        {u"in_reply_to"_s, idOrNull(comment.inReplyTo)},
        {u"created_at"_s, Encoders::time(comment.createdAt)},
        {u"created_by"_s, m_reads.encoders().user(comment.userId)},
        {u"medias"_s, QJsonArray()},
    };
    if (withLatestReply) {
        const QList<Comment> replies = m_context.store.lessonComments(comment.lessonId, comment.id, true);
        json.insert(u"latest_reply"_s, replies.isEmpty() ? null : QJsonValue(encode(replies.first(), false)));
    }
    return json;
}

QJsonObject CommentApi::extras(const Course &course, const Comment &comment) const
{
    const Section *section = course.findSection(comment.sectionId);
    const Lesson *lesson = course.findLesson(comment.lessonId);
    return QJsonObject{
        {u"course"_s, QJsonObject{{u"id"_s, course.id}, {u"slug"_s, course.slug}}},
        {u"section"_s, QJsonObject{{u"id"_s, comment.sectionId}, {u"name"_s, section ? section->name : QString()}}},
        {u"lesson"_s, QJsonObject{{u"id"_s, comment.lessonId}, {u"name"_s, lesson ? lesson->name : QString()}}},
    };
}

Reply CommentApi::list(qint64 courseId, qint64 sectionId, qint64 lessonId, const QHttpServerRequest &request) const
{
    Outcome<Where> at = where(request, courseId, sectionId, lessonId, true);
    if (!at.ok())
        return at.failure();
    const QUrlQuery query = request.query();
    const Outcome<Page> page = Page::from(query, m_context.errors);
    if (!page.ok())
        return page.failure();
    QString ordering = query.queryItemValue(u"ordering"_s);
    if (ordering.isEmpty())
        ordering = u"created_at"_s;
    if (ordering != u"created_at"_s && ordering != u"-created_at"_s)
        return m_context.errors.badParameter(u"ordering"_s, u"ordering should be created_at or -created_at."_s);
    qint64 parent = 0;
    if (query.hasQueryItem(u"parent"_s)) {
        bool ok = false;
        parent = query.queryItemValue(u"parent"_s).toLongLong(&ok);
        if (!ok || parent <= 0)
            return m_context.errors.badParameter(u"parent"_s, u"A valid integer is required."_s);
    }
    const bool enabled = at->lesson.commentsEnabled;
    auto build = [&]() {
        QList<QJsonObject> results;
        // The docs: a lesson without comments answers an empty page.
        if (enabled) {
            for (const Comment &comment : m_context.store.lessonComments(lessonId, parent, ordering.startsWith(u'-')))
                results.append(encode(comment, parent == 0));
        }
        ++m_context.counters.commentLists;
        return Reply::json(page.value().wrap(results, m_context.baseUrl(), request.url().path(), query));
    };
    // Conditional GET (Validation), as for lesson bodies, in both dialects (branch comments2). The tag comes from the
    // lesson's comments as stored (one query, nothing encoded), the query and the address the links are made of; a
    // client whose copy is current gets 304 without the page being built.
    const std::optional<QByteArray> state = m_context.store.lessonCommentsState(lessonId);
    if (!state)
        return build();
    const QByteArray tagged = *state + (enabled ? "|on|" : "|off|") + request.url().query().toUtf8() + '|' +
                              m_context.baseUrl().toString().toUtf8();
    // Last-Modified: the newest comment, or the lesson itself when it has none (a thread that changed otherwise, by an
    // edit or a removal, is dated when this server first sent it changed).
    const QDateTime newest = m_context.store.lessonCommentsNewest(lessonId);
    Reply reply = m_validation.applyTagged(tagged, request, request.url().path(), m_context.now(), build,
                                           newest.isValid() ? newest : m_context.store.lessonCreatedAt(lessonId));
    if (reply.status == 304)
        ++m_context.counters.commentListsNotModified;
    return reply;
}

Reply CommentApi::create(qint64 courseId, qint64 sectionId, qint64 lessonId, const QHttpServerRequest &request)
{
    ++m_context.counters.commentCalls;
    Outcome<Where> at = where(request, courseId, sectionId, lessonId, true);
    if (!at.ok())
        return at.failure();
    if (!at->lesson.commentsEnabled)
        return m_context.errors.forbidden(u"COMMENTS_DISABLED"_s, u"Comments are turned off for this lesson."_s);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (!document.isObject())
        return m_context.errors.badBody(u"non_field_errors"_s, u"The body should be a JSON object."_s);
    const QJsonObject body = document.object();
    const QString text = body.value(u"text"_s).toString();
    if (text.trimmed().isEmpty())
        return m_context.errors.invalid(u"INVALID_COMMENT"_s, u"A comment needs some text."_s,
                                        {FieldError{u"blank"_s, u"text"_s, {u"This field may not be blank."_s}}});
    const std::optional<qint64> parent = idField(body, u"parent"_s);
    const std::optional<qint64> inReplyTo = idField(body, u"in_reply_to"_s);
    if (!parent || !inReplyTo)
        return m_context.errors.invalid(u"INVALID_COMMENT"_s, u"parent and in_reply_to are comment ids."_s,
                                        {FieldError{u"invalid"_s, u"parent"_s, {u"A valid integer is required."_s}}});
    if (*parent != 0) {
        const std::optional<Comment> first = m_context.store.comment(*parent);
        if (!first || first->lessonId != lessonId || first->parentId != 0)
            return m_context.errors.invalid(
                u"INVALID_COMMENT"_s, u"The parent is not a first-level comment of this lesson."_s,
                {FieldError{
                    u"invalid"_s, u"parent"_s, {u"Invalid pk \"%1\" - object does not exist."_s.arg(*parent)}}});
    }
    if (*inReplyTo != 0) {
        const std::optional<Comment> answered = m_context.store.comment(*inReplyTo);
        const bool sameThread =
            answered && answered->lessonId == lessonId && (answered->parentId == *parent || answered->id == *parent);
        if (*parent == 0 || !sameThread)
            return m_context.errors.invalid(
                u"INVALID_COMMENT"_s, u"in_reply_to needs the parent of the comment it answers."_s,
                {FieldError{u"invalid"_s, u"in_reply_to"_s, {u"It must have the same parent."_s}}});
    }
    Comment comment;
    comment.courseId = courseId;
    comment.sectionId = sectionId;
    comment.lessonId = lessonId;
    comment.userId = at->user.id;
    comment.parentId = *parent;
    comment.inReplyTo = *inReplyTo;
    comment.html = htmlOf(text);
    comment.createdAt = m_context.now();
    const Result<qint64> id = m_context.store.addComment(comment);
    if (!id)
        return m_context.errors.serverError(id.error().message);
    comment.id = *id;
    return Reply::json(encode(comment, false), 201);
}

Reply CommentApi::update(qint64 courseId, qint64 sectionId, qint64 lessonId, qint64 commentId,
                         const QHttpServerRequest &request)
{
    ++m_context.counters.commentCalls;
    Outcome<Where> at = where(request, courseId, sectionId, lessonId, false);
    if (!at.ok())
        return at.failure();
    Outcome<Comment> comment = ownComment(at.value(), commentId);
    if (!comment.ok())
        return comment.failure();
    const QJsonDocument document = QJsonDocument::fromJson(request.body());
    if (!document.isObject())
        return m_context.errors.badBody(u"non_field_errors"_s, u"The body should be a JSON object."_s);
    const QString text = document.object().value(u"text"_s).toString();
    if (text.trimmed().isEmpty())
        return m_context.errors.invalid(u"INVALID_COMMENT"_s, u"A comment needs some text."_s,
                                        {FieldError{u"blank"_s, u"text"_s, {u"This field may not be blank."_s}}});
    comment->html = htmlOf(text);
    if (Status saved = m_context.store.updateComment(commentId, comment->html); !saved)
        return m_context.errors.serverError(saved.error().message);
    return Reply::json(encode(comment.value(), false));
}

Reply CommentApi::remove(qint64 courseId, qint64 sectionId, qint64 lessonId, qint64 commentId,
                         const QHttpServerRequest &request)
{
    ++m_context.counters.commentCalls;
    Outcome<Where> at = where(request, courseId, sectionId, lessonId, false);
    if (!at.ok())
        return at.failure();
    Outcome<Comment> comment = ownComment(at.value(), commentId);
    if (!comment.ok())
        return comment.failure();
    if (Status removed = m_context.store.removeComment(commentId); !removed)
        return m_context.errors.serverError(removed.error().message);
    return Reply::noContent();
}

Reply CommentApi::courseList(qint64 courseId, const QHttpServerRequest &request) const
{
    Outcome<User> user = m_context.auth.authenticate(request);
    if (!user.ok())
        return user.failure();
    Outcome<CourseView> view = m_reads.viewFor(user.value(), courseId);
    if (!view.ok())
        return view.failure();
    if (!view->isInstructor())
        return m_context.errors.forbidden(u"FORBIDDEN"_s,
                                          u"Only the creator and the managers of a course can see this."_s);
    const QUrlQuery query = request.query();
    const Outcome<Page> page = Page::from(query, m_context.errors);
    if (!page.ok())
        return page.failure();
    const Course &course = view->course;
    auto build = [&]() { return courseListPage(course, page.value(), request); };
    // Conditional GET as for the lesson lists (branch comments2): the tag covers every comment of the course, not only
    // this page's, and the names `extras` carries.
    const std::optional<QByteArray> state = m_context.store.courseCommentsState(courseId);
    if (!state)
        return build();
    QByteArray tagged = *state + '|' + request.url().query().toUtf8() + '|' + m_context.baseUrl().toString().toUtf8();
    for (const Section &section : course.sections) {
        tagged += '|' + QByteArray::number(section.id) + ':' + section.name.toUtf8();
        for (const Lesson &lesson : section.lessons)
            tagged += '|' + QByteArray::number(lesson.id) + ':' + lesson.name.toUtf8();
    }
    Reply reply = m_validation.applyTagged(tagged, request, request.url().path(), m_context.now(), build);
    if (reply.status == 304)
        ++m_context.counters.commentListsNotModified;
    return reply;
}

Reply CommentApi::courseListPage(const Course &course, const Page &page, const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const QList<Comment> all = m_context.store.courseComments(course.id); // oldest first
    QHash<qint64, QList<Comment>> replies;
    for (const Comment &comment : all) {
        if (comment.parentId != 0)
            replies[comment.parentId].append(comment);
    }
    // Grouped by lesson in the course's order; newest first within a lesson.
    QList<QJsonObject> results;
    for (const Section &section : course.sections) {
        for (const Lesson &lesson : section.lessons) {
            for (auto it = all.crbegin(); it != all.crend(); ++it) {
                if (it->lessonId != lesson.id || it->parentId != 0)
                    continue;
                QJsonObject json = encode(*it, false);
                QJsonArray nested;
                for (const Comment &reply : replies.value(it->id)) {
                    QJsonObject replyJson = encode(reply, false);
                    replyJson.insert(u"extras"_s, extras(course, reply));
                    nested.append(replyJson);
                }
                json.insert(u"replies"_s, nested);
                json.insert(u"extras"_s, extras(course, *it));
                results.append(json);
            }
        }
    }
    ++m_context.counters.commentLists;
    return Reply::json(page.wrap(results, m_context.baseUrl(), request.url().path(), query));
}

} // namespace coursedesk::refserver
