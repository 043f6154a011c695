// ApiClient: lesson comments (api-contract.md point 11; the platform's *comment* pages).
#include "remote/ApiClient.h"

#include "remote/CommentMapping.h"
#include "remote/Freshness.h"
#include "remote/JsonMapping.h"
#include "remote/JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

ApiError badCommentReply(const QString &message, const QString &code = {})
{
    ApiError error;
    error.kind = ApiError::Kind::BadReply;
    error.message = message;
    error.serverCode = code;
    return error;
}

ApiResult<QJsonObject> objectOf(const ApiResult<HttpResponse> &reply)
{
    if (!reply)
        return reply.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return badCommentReply(
            QCoreApplication::translate("coursedesk::ApiClient", "The server's reply is not valid JSON (%1).")
                .arg(parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QCoreApplication::translate("coursedesk::ApiClient", "not an object")));
    return document.object();
}

// {count, next, previous, results}: each result read by `rows` into one or more comments.
template <typename Rows>
ApiResult<Page<LessonComment>> commentPage(const ApiResult<HttpResponse> &reply, const QUrl &url, Rows rows)
{
    ApiResult<QJsonObject> json = objectOf(reply);
    if (!json)
        return json.error();
    JsonReader in(*json, QCoreApplication::translate("coursedesk::ApiClient", "page"));
    Page<LessonComment> page;
    page.count = int(in.integer(QLatin1StringView("count"), JsonReader::Presence::Required));
    const QString next = in.string(QLatin1StringView("next"), JsonReader::Presence::Optional);
    const QJsonArray results = in.array(QLatin1StringView("results"), JsonReader::Presence::Required);
    if (!in.ok())
        return badCommentReply(in.error()->message, in.error()->code);
    if (!next.isEmpty()) {
        page.next = url.resolved(QUrl(next));
        if (!HttpTransport::sameOrigin(page.next, url))
            page.next = QUrl(); // never followed to another site; the caller pages by offset anyway
    }
    for (const QJsonValue &value : results) {
        Result<QList<LessonComment>> mapped = rows(value.toObject());
        if (!mapped)
            return badCommentReply(mapped.error().message, mapped.error().code);
        page.results.append(*mapped);
    }
    return page;
}

QList<std::pair<QString, QString>> commentParams(const ApiClient::CommentQuery &query)
{
    QList<std::pair<QString, QString>> params{{u"limit"_s, QString::number(query.limit)},
                                              {u"offset"_s, QString::number(query.offset)}};
    if (query.parent != 0)
        params.append({u"parent"_s, QString::number(query.parent)});
    if (query.newestFirst)
        params.append({u"ordering"_s, u"-created_at"_s});
    return params;
}

ApiResult<Page<LessonComment>> lessonPage(const ApiResult<HttpResponse> &reply, const QUrl &url,
                                          const CommentMapping::Place &place)
{
    return commentPage(reply, url, [&place](const QJsonObject &row) -> Result<QList<LessonComment>> {
        Result<LessonComment> comment = CommentMapping::comment(row, place);
        if (!comment)
            return comment.error();
        return QList<LessonComment>{*comment};
    });
}

} // namespace

void ApiClient::lessonComments(qint64 courseId, qint64 sectionId, qint64 lessonId, const CommentQuery &query,
                               Callback<Page<LessonComment>> done)
{
    HttpRequest request;
    request.url = apiUrl(lessonPath(courseId, sectionId, lessonId) + u"comment/"_s, commentParams(query));
    const CommentMapping::Place place{courseId, sectionId, lessonId};
    m_transport.send(request, [url = request.url, place, done = std::move(done)](ApiResult<HttpResponse> reply) {
        done(lessonPage(reply, url, place));
    });
}

void ApiClient::lessonCommentsIfChanged(qint64 courseId, qint64 sectionId, qint64 lessonId, const CommentQuery &query,
                                        const Validators &known, Callback<ConditionalComments> done)
{
    HttpRequest request;
    request.url = apiUrl(lessonPath(courseId, sectionId, lessonId) + u"comment/"_s, commentParams(query));
    if (!known.etag.isEmpty())
        request.headers.append({"If-None-Match", known.etag});
    if (!known.lastModified.isEmpty())
        request.headers.append({"If-Modified-Since", known.lastModified});
    const CommentMapping::Place place{courseId, sectionId, lessonId};
    m_transport.send(request, [url = request.url, place, known, clock = &m_transport.clock(),
                               done = std::move(done)](ApiResult<HttpResponse> reply) {
        // A thread is a conversation: kept without asking only as long as the server itself says (no heuristic).
        const QDateTime freshUntil =
            reply ? Freshness::until(reply->headers, clock->now(), Freshness::Heuristic::None) : QDateTime();
        if (reply && reply->status == 304) {
            // Current, and fresh again (RFC 9111, 4.3.4).
            Validators renewed = known;
            renewed.etag = reply->headers.value("etag", known.etag);
            renewed.lastModified = reply->headers.value("last-modified", known.lastModified);
            renewed.freshUntil = freshUntil;
            return done(ConditionalComments{std::nullopt, renewed});
        }
        ApiResult<Page<LessonComment>> page = lessonPage(reply, url, place);
        if (!page)
            return done(page.error());
        done(ConditionalComments{std::move(*page), Validators{reply->headers.value("etag"),
                                                              reply->headers.value("last-modified"), freshUntil}});
    });
}

void ApiClient::courseComments(qint64 courseId, int limit, int offset, Callback<Page<LessonComment>> done)
{
    HttpRequest request;
    request.url = apiUrl(u"/api/v2/course/%1/comment/"_s.arg(courseId),
                         {{u"limit"_s, QString::number(limit)}, {u"offset"_s, QString::number(offset)}});
    m_transport.send(request, [url = request.url, courseId, done = std::move(done)](ApiResult<HttpResponse> reply) {
        done(commentPage(reply, url,
                         [courseId](const QJsonObject &row) { return CommentMapping::thread(row, courseId); }));
    });
}

void ApiClient::courseCommentsIfChanged(qint64 courseId, int limit, int offset, const Validators &known,
                                        Callback<ConditionalComments> done)
{
    HttpRequest request;
    request.url = apiUrl(u"/api/v2/course/%1/comment/"_s.arg(courseId),
                         {{u"limit"_s, QString::number(limit)}, {u"offset"_s, QString::number(offset)}});
    if (!known.etag.isEmpty())
        request.headers.append({"If-None-Match", known.etag});
    if (!known.lastModified.isEmpty())
        request.headers.append({"If-Modified-Since", known.lastModified});
    m_transport.send(
        request, [url = request.url, courseId, known, done = std::move(done)](ApiResult<HttpResponse> reply) {
            if (reply && reply->status == 304)
                return done(ConditionalComments{std::nullopt, known});
            ApiResult<Page<LessonComment>> page = commentPage(
                reply, url, [courseId](const QJsonObject &row) { return CommentMapping::thread(row, courseId); });
            if (!page)
                return done(page.error());
            done(ConditionalComments{std::move(*page),
                                     Validators{reply->headers.value("etag"), reply->headers.value("last-modified"),
                                                {}}});
        });
}

void ApiClient::createComment(qint64 courseId, qint64 sectionId, qint64 lessonId, const QString &text, qint64 parentId,
                              qint64 inReplyTo, Callback<LessonComment> done)
{
    HttpRequest request;
    request.method = "POST";
    request.sendOnce = true; // a platform server has no idempotency: never re-sent behind the engine's back
    request.url = apiUrl(lessonPath(courseId, sectionId, lessonId) + u"comment/"_s);
    request.body =
        QJsonDocument(CommentMapping::createRequest(text, parentId, inReplyTo)).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    const CommentMapping::Place place{courseId, sectionId, lessonId};
    m_transport.send(request, [place, done = std::move(done)](ApiResult<HttpResponse> reply) {
        ApiResult<QJsonObject> json = objectOf(reply);
        if (!json)
            return done(json.error());
        Result<LessonComment> comment = CommentMapping::comment(*json, place);
        if (!comment)
            return done(badCommentReply(comment.error().message, comment.error().code));
        done(*comment);
    });
}

void ApiClient::updateComment(qint64 courseId, qint64 sectionId, qint64 lessonId, qint64 commentId, const QString &text,
                              Callback<LessonComment> done)
{
    HttpRequest request;
    request.method = "PUT";
    request.url = apiUrl(lessonPath(courseId, sectionId, lessonId) + u"comment/%1/"_s.arg(commentId));
    request.body = QJsonDocument(CommentMapping::updateRequest(text)).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    const CommentMapping::Place place{courseId, sectionId, lessonId};
    m_transport.send(request, [place, done = std::move(done)](ApiResult<HttpResponse> reply) {
        ApiResult<QJsonObject> json = objectOf(reply);
        if (!json)
            return done(json.error());
        Result<LessonComment> comment = CommentMapping::comment(*json, place);
        if (!comment)
            return done(badCommentReply(comment.error().message, comment.error().code));
        done(*comment);
    });
}

void ApiClient::deleteComment(qint64 courseId, qint64 sectionId, qint64 lessonId, qint64 commentId,
                              Callback<std::monostate> done)
{
    HttpRequest request;
    request.method = "DELETE";
    request.url = apiUrl(lessonPath(courseId, sectionId, lessonId) + u"comment/%1/"_s.arg(commentId));
    m_transport.send(request, [done = std::move(done)](ApiResult<HttpResponse> reply) {
        if (!reply)
            return done(reply.error());
        done(std::monostate{});
    });
}

} // namespace coursedesk

namespace coursedesk {

void ApiClient::learnerCourse(qint64 courseId, qint64 userId, Callback<Course> done)
{
    HttpRequest request;
    request.url =
        apiUrl(u"/api/v2/course/%1/"_s.arg(courseId), {{u"view"_s, u"user"_s}, {u"user"_s, QString::number(userId)}});
    m_transport.send(request, [done = std::move(done)](ApiResult<HttpResponse> reply) {
        ApiResult<QJsonObject> json = objectOf(reply);
        if (!json)
            return done(json.error());
        Result<Course> course = JsonMapping::courseDetail(*json);
        if (!course)
            return done(badCommentReply(course.error().message, course.error().code));
        done(*course);
    });
}

} // namespace coursedesk
