#include "remote/ApiClient.h"

#include "domain/WireNames.h"
#include "remote/Freshness.h"
#include "remote/JsonMapping.h"
#include "remote/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

constexpr auto views = wireNames<ApiClient::View>({
    {ApiClient::View::User, u"user"},
    {ApiClient::View::Edit, u"edit"},
    {ApiClient::View::Dashboard, u"dashboard"},
});

ApiError badReply(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::BadReply;
    error.message = message;
    return error;
}

ApiError badReply(const Error &mapping)
{
    ApiError error = badReply(mapping.message);
    error.serverCode = mapping.code;
    return error;
}

ApiResult<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return badReply(
            QCoreApplication::translate("coursedesk::ApiClient", "The server's reply is not valid JSON (%1).")
                .arg(parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QCoreApplication::translate("coursedesk::ApiClient", "not an object")));
    }
    return document.object();
}

// A success without content (204). A body that is there but is not JSON is a garbled reply, not a
// success: the action may not have been applied, so it stays queued (both calls are idempotent).
ApiResult<std::monostate> noContent(const ApiResult<HttpResponse> &reply)
{
    if (!reply)
        return reply.error();
    if (!reply->body.trimmed().isEmpty()) {
        ApiResult<QJsonObject> json = parseObject(reply->body);
        if (!json && QJsonDocument::fromJson(reply->body).isNull())
            return json.error();
    }
    return std::monostate{};
}

// A list parameter as the platform's docs define it ("list(string)¦string", read Django-style): one plain
// key per value, statuses=joined&statuses=manager. JSON text would be taken as one literal value that
// matches nothing (api-contract.md, "What a platform server does differently", point 1).
void addList(QList<std::pair<QString, QString>> &params, const QString &key, const QStringList &values)
{
    for (const QString &value : values)
        params.append({key, value});
}

QLatin1StringView f(const char *name)
{
    return QLatin1StringView(name);
}

// Reads a paginated envelope {count, next, previous, results}.
template <typename T, typename MapRow>
ApiResult<Page<T>> readPage(const QJsonObject &json, const QUrl &base, MapRow mapRow)
{
    JsonReader in(json, QCoreApplication::translate("coursedesk::ApiClient", "page"));
    Page<T> page;
    page.count = int(in.integer(f("count"), JsonReader::Presence::Required));
    const QString next = in.string(f("next"), JsonReader::Presence::Optional);
    const QJsonArray results = in.array(f("results"), JsonReader::Presence::Required);
    if (!in.ok())
        return badReply(*in.error());
    if (!next.isEmpty()) {
        page.next = base.resolved(QUrl(next));
        if (!HttpTransport::sameOrigin(page.next, base))
            return badReply(QCoreApplication::translate(
                                "coursedesk::ApiClient",
                                "The server pointed the next page to another site (%1); it was not followed.")
                                .arg(page.next.host()));
    }
    for (const QJsonValue &value : results) {
        ApiResult<T> row = mapRow(value.toObject());
        if (!row)
            return row.error();
        page.results.append(std::move(row).value());
    }
    return page;
}

} // namespace

ApiClient::ApiClient(HttpTransport &transport, QUrl baseUrl, const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_base(std::move(baseUrl))
{
    setClientId(clientId);
    QString path = m_base.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    m_base.setPath(path);
}

QString ApiClient::viewName(View view)
{
    return views.name(view);
}

QUrl ApiClient::apiUrl(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[key, value] : query)
            q.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        url.setQuery(q);
    }
    return url;
}

QString ApiClient::lessonPath(qint64 courseId, qint64 sectionId, qint64 lessonId) const
{
    return u"/api/v2/course/%1/section/%2/lesson/%3/"_s.arg(courseId).arg(sectionId).arg(lessonId);
}

void ApiClient::getJson(const QUrl &url, Callback<QJsonObject> done)
{
    HttpRequest request;
    request.url = url;
    m_transport.send(request, [done = std::move(done)](ApiResult<HttpResponse> reply) {
        if (!reply)
            return done(reply.error());
        done(parseObject(reply->body));
    });
}

void ApiClient::postJson(const QString &path, const QJsonObject &body,
                         const QList<std::pair<QByteArray, QByteArray>> &headers, Callback<HttpResponse> done,
                         bool sendOnce)
{
    HttpRequest request;
    request.method = "POST";
    request.sendOnce = sendOnce;
    request.url = apiUrl(path);
    request.headers = headers;
    if (!body.isEmpty()) {
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.contentType = "application/json";
    }
    m_transport.send(request, std::move(done));
}

void ApiClient::tokenRequest(const QList<std::pair<QString, QString>> &form, Callback<TokenSet> done)
{
    QUrlQuery query;
    for (const auto &[key, value] : form)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    HttpRequest request;
    request.method = "POST";
    request.url = apiUrl(u"/oauth/token/"_s);
    request.body = query.toString(QUrl::FullyEncoded).toUtf8();
    request.contentType = "application/x-www-form-urlencoded";
    request.authenticated = false;
    m_transport.send(request, [done = std::move(done)](ApiResult<HttpResponse> reply) {
        if (!reply)
            return done(reply.error());
        ApiResult<QJsonObject> json = parseObject(reply->body);
        if (!json)
            return done(json.error());
        JsonReader in(*json, QCoreApplication::translate("coursedesk::ApiClient", "token reply"));
        TokenSet tokens;
        tokens.accessToken = in.string(f("access_token"), JsonReader::Presence::Required).toUtf8();
        tokens.refreshToken = in.string(f("refresh_token"), JsonReader::Presence::Optional).toUtf8();
        tokens.expiresInSecs = in.integer(f("expires_in"), JsonReader::Presence::Optional);
        if (!in.ok())
            return done(badReply(*in.error()));
        done(tokens);
    });
}

void ApiClient::passwordGrant(const QString &username, const QString &password, Callback<TokenSet> done)
{
    tokenRequest({{u"grant_type"_s, u"password"_s},
                  {u"username"_s, username},
                  {u"password"_s, password},
                  {u"client_id"_s, m_clientId}},
                 std::move(done));
}

void ApiClient::authorizationCodeGrant(const QString &code, const QString &redirectUri, const QByteArray &codeVerifier,
                                       Callback<TokenSet> done)
{
    tokenRequest({{u"grant_type"_s, u"authorization_code"_s},
                  {u"code"_s, code},
                  {u"redirect_uri"_s, redirectUri},
                  {u"client_id"_s, m_clientId},
                  {u"code_verifier"_s, QString::fromLatin1(codeVerifier)}},
                 std::move(done));
}

void ApiClient::refreshGrant(const QByteArray &refreshToken, Callback<TokenSet> done)
{
    tokenRequest({{u"grant_type"_s, u"refresh_token"_s},
                  {u"refresh_token"_s, QString::fromUtf8(refreshToken)},
                  {u"client_id"_s, m_clientId}},
                 std::move(done));
}

void ApiClient::me(Callback<UserInfo> done)
{
    getJson(apiUrl(u"/api/v2/user/me/"_s), [done = std::move(done)](ApiResult<QJsonObject> json) {
        if (!json)
            return done(json.error());
        JsonReader in(*json, QCoreApplication::translate("coursedesk::ApiClient", "user"));
        UserInfo user;
        user.id = in.id();
        user.username = in.string(f("username"), JsonReader::Presence::Required);
        user.realName = in.string(f("real_name"), JsonReader::Presence::Optional);
        if (!in.ok())
            return done(badReply(*in.error()));
        done(user);
    });
}

void ApiClient::courses(Callback<QList<Course>> done, const QStringList &statuses)
{
    // No statuses: the server's default (manager and joined) is what the learner's list needs.
    QList<std::pair<QString, QString>> params;
    addList(params, u"statuses"_s, statuses);
    params.append({u"limit"_s, QString::number(m_pageSize)});
    params.append({u"offset"_s, u"0"_s});
    coursesPage(apiUrl(u"/api/v2/course/"_s, params), {}, std::move(done));
}

void ApiClient::coursesPage(QUrl url, QList<Course> collected, Callback<QList<Course>> done)
{
    getJson(url, [this, url, collected = std::move(collected),
                  done = std::move(done)](ApiResult<QJsonObject> json) mutable {
        if (!json)
            return done(json.error());
        ApiResult<Page<Course>> page = readPage<Course>(*json, url, [](const QJsonObject &row) -> ApiResult<Course> {
            Result<Course> course = JsonMapping::courseSummary(row);
            if (!course)
                return badReply(course.error());
            return *course;
        });
        if (!page)
            return done(page.error());
        collected.append(page->results);
        if (page->next.isEmpty() || collected.size() >= page->count)
            return done(collected);
        if (page->next == url)
            return done(badReply(tr("The server's next page points to the same page.")));
        coursesPage(page->next, std::move(collected), std::move(done));
    });
}

void ApiClient::courseDetail(qint64 courseId, View view, Callback<Course> done)
{
    getJson(apiUrl(u"/api/v2/course/%1/"_s.arg(courseId), {{u"view"_s, viewName(view)}}),
            [done = std::move(done)](ApiResult<QJsonObject> json) {
                if (!json)
                    return done(json.error());
                Result<Course> course = JsonMapping::courseDetail(*json);
                if (!course)
                    return done(badReply(course.error()));
                done(*course);
            });
}

void ApiClient::courseDashboard(qint64 courseId, Callback<CourseDashboard> done)
{
    getJson(apiUrl(u"/api/v2/course/%1/"_s.arg(courseId), {{u"view"_s, viewName(View::Dashboard)}}),
            [done = std::move(done)](ApiResult<QJsonObject> json) {
                if (!json)
                    return done(json.error());
                Result<CourseDashboard> dashboard = JsonMapping::courseDashboard(*json);
                if (!dashboard)
                    return done(badReply(dashboard.error()));
                done(*dashboard);
            });
}

void ApiClient::lessonAttempts(qint64 courseId, qint64 sectionId, qint64 lessonId, Callback<QList<QuizAttempt>> done)
{
    getJson(apiUrl(lessonPath(courseId, sectionId, lessonId)), [done = std::move(done)](ApiResult<QJsonObject> json) {
        if (!json)
            return done(json.error());
        Result<QList<QuizAttempt>> attempts = JsonMapping::lastAttempts(*json);
        if (!attempts)
            return done(badReply(attempts.error()));
        done(*attempts);
    });
}

void ApiClient::lessonBody(qint64 courseId, const Lesson &lesson, Callback<Lesson> done)
{
    getJson(apiUrl(lessonPath(courseId, lesson.sectionId, lesson.id)),
            [updated = Lesson(lesson), done = std::move(done)](ApiResult<QJsonObject> json) mutable {
                if (!json)
                    return done(json.error());
                if (Status applied = JsonMapping::applyLessonBody(updated, *json); !applied)
                    return done(badReply(applied.error()));
                done(updated);
            });
}

void ApiClient::lessonBodyIfChanged(qint64 courseId, const Lesson &lesson, const Validators &known,
                                    Callback<ConditionalLesson> done)
{
    HttpRequest request;
    request.url = apiUrl(lessonPath(courseId, lesson.sectionId, lesson.id));
    if (!known.etag.isEmpty())
        request.headers.append({"If-None-Match", known.etag});
    if (!known.lastModified.isEmpty())
        request.headers.append({"If-Modified-Since", known.lastModified});
    m_transport.send(request, [updated = Lesson(lesson), known, clock = &m_transport.clock(),
                               done = std::move(done)](ApiResult<HttpResponse> reply) mutable {
        if (!reply)
            return done(reply.error());
        const QDateTime freshUntil = Freshness::until(reply->headers, clock->now());
        if (reply->status == 304) {
            // The copy kept is current, and fresh again (RFC 9111, 4.3.4); new validators replace the old ones.
            Validators renewed = known;
            renewed.etag = reply->headers.value("etag", known.etag);
            renewed.lastModified = reply->headers.value("last-modified", known.lastModified);
            renewed.freshUntil = freshUntil;
            return done(ConditionalLesson{std::nullopt, renewed});
        }
        ApiResult<QJsonObject> json = parseObject(reply->body);
        if (!json)
            return done(json.error());
        if (Status applied = JsonMapping::applyLessonBody(updated, *json); !applied)
            return done(badReply(applied.error()));
        done(ConditionalLesson{std::move(updated), Validators{reply->headers.value("etag"),
                                                              reply->headers.value("last-modified"), freshUntil}});
    });
}

void ApiClient::complete(qint64 courseId, qint64 sectionId, qint64 lessonId, Callback<std::monostate> done)
{
    postJson(lessonPath(courseId, sectionId, lessonId) + u"complete/"_s, {}, {},
             [done = std::move(done)](ApiResult<HttpResponse> reply) { done(noContent(reply)); });
}

void ApiClient::incomplete(qint64 courseId, qint64 sectionId, qint64 lessonId, Callback<std::monostate> done)
{
    postJson(lessonPath(courseId, sectionId, lessonId) + u"incomplete/"_s, {}, {},
             [done = std::move(done)](ApiResult<HttpResponse> reply) { done(noContent(reply)); });
}

void ApiClient::completeEnrollment(const QString &enrollmentId, qint64 lessonId, Callback<EnrollmentCompletion> done)
{
    // The enrollment id is the server's own string: it goes into the path percent-encoded, never raw.
    const QString path = u"/api/enrollments/%1/lessons/%2/complete"_s.arg(
        QString::fromUtf8(QUrl::toPercentEncoding(enrollmentId)), QString::number(lessonId));
    postJson(path, {}, {}, [done = std::move(done)](ApiResult<HttpResponse> reply) {
        if (!reply)
            return done(reply.error());
        ApiResult<QJsonObject> json = parseObject(reply->body);
        if (!json)
            return done(json.error());
        JsonReader in(*json, QCoreApplication::translate("coursedesk::ApiClient", "enrollment completion"));
        EnrollmentCompletion completion;
        completion.completedAt = in.dateTime(f("completedAt"), JsonReader::Presence::Required);
        const std::optional<QJsonObject> progress = in.object(f("courseProgress"), JsonReader::Presence::Required);
        if (progress) {
            JsonReader p(*progress, QCoreApplication::translate("coursedesk::ApiClient", "courseProgress"));
            completion.progress.completedLessons =
                int(p.integer(f("completedLessons"), JsonReader::Presence::Required));
            completion.progress.totalLessons = int(p.integer(f("totalLessons"), JsonReader::Presence::Required));
            completion.progress.percentage = p.number(f("progressPercentage"), JsonReader::Presence::Required);
            completion.progress.completionRate = int(std::lround(*completion.progress.percentage));
            if (!p.ok())
                in.adopt(*p.error());
        }
        if (!in.ok())
            return done(badReply(*in.error()));
        done(completion);
    });
}

void ApiClient::attempt(qint64 courseId, qint64 sectionId, qint64 lessonId, const QList<QuestionResponse> &responses,
                        const QString &idempotencyKey, Callback<QuizAttempt> done)
{
    postJson(
        lessonPath(courseId, sectionId, lessonId) + u"attempt/"_s, JsonMapping::attemptRequest(responses),
        {{"Idempotency-Key", idempotencyKey.toUtf8()}},
        [done = std::move(done)](ApiResult<HttpResponse> reply) {
            if (!reply)
                return done(reply.error());
            ApiResult<QJsonObject> json = parseObject(reply->body);
            if (!json)
                return done(json.error());
            Result<QuizAttempt> attempt = JsonMapping::attempt(*json);
            if (!attempt)
                return done(badReply(attempt.error()));
            done(*attempt);
        },
        true); // an attempt is never re-sent by the network layer: the sync engine reads back first
}

void ApiClient::courseLearners(qint64 courseId, const PageQuery &query, Callback<Page<LearnerRow>> done)
{
    QList<std::pair<QString, QString>> params{{u"limit"_s, QString::number(query.limit)},
                                              {u"offset"_s, QString::number(query.offset)}};
    if (!query.search.isEmpty())
        params.append({u"search"_s, query.search});
    if (!query.ordering.isEmpty())
        params.append({u"ordering"_s, query.ordering});
    addList(params, u"statuses"_s, query.statuses);
    const QUrl url = apiUrl(u"/api/v2/course/%1/users/"_s.arg(courseId), params);
    getJson(url, [url, done = std::move(done)](ApiResult<QJsonObject> json) {
        if (!json)
            return done(json.error());
        done(readPage<LearnerRow>(*json, url, [](const QJsonObject &row) -> ApiResult<LearnerRow> {
            JsonReader in(row, QCoreApplication::translate("coursedesk::ApiClient", "learner"));
            LearnerRow learner;
            learner.id = in.id();
            learner.username = in.string(f("username"), JsonReader::Presence::Required);
            learner.realName = in.string(f("real_name"), JsonReader::Presence::Optional);
            learner.joinStatus =
                in.growing(f("join_status"), JsonReader::Presence::Optional, JoinStatus::None, joinStatusOrUnknown);
            learner.completionRate = int(in.integer(f("user_completion_rate"), JsonReader::Presence::Optional));
            learner.lastActiveAt = in.dateTime(f("last_active_at"), JsonReader::Presence::Optional);
            learner.joinedAt = in.dateTime(f("joined_at"), JsonReader::Presence::Optional);
            if (!in.ok())
                return badReply(*in.error());
            return learner;
        }));
    });
}

void ApiClient::courseQuizResults(qint64 courseId, const PageQuery &query, Callback<Page<QuizResultRow>> done)
{
    QList<std::pair<QString, QString>> params{{u"limit"_s, QString::number(query.limit)},
                                              {u"offset"_s, QString::number(query.offset)}};
    if (!query.search.isEmpty())
        params.append({u"search"_s, query.search});
    addList(params, u"statuses"_s, query.statuses);
    const QUrl url = apiUrl(u"/api/v2/course/%1/quiz/"_s.arg(courseId), params);
    getJson(url, [url, done = std::move(done)](ApiResult<QJsonObject> json) {
        if (!json)
            return done(json.error());
        done(readPage<QuizResultRow>(*json, url, [](const QJsonObject &row) -> ApiResult<QuizResultRow> {
            JsonReader in(row, QCoreApplication::translate("coursedesk::ApiClient", "quiz result"));
            QuizResultRow result;
            result.id = in.id();
            result.lessonId = in.integer(f("lesson_id"), JsonReader::Presence::Optional);
            result.quizName = in.string(f("name"), JsonReader::Presence::Optional);
            result.createdAt = in.dateTime(f("created_at"), JsonReader::Presence::Optional);
            result.grade = int(in.integer(f("grade"), JsonReader::Presence::Optional));
            result.result =
                in.growing(f("result"), JsonReader::Presence::Optional, Completion::Uncompleted, completionOrUnknown);
            if (const auto user = in.object(f("user"), JsonReader::Presence::Optional))
                result.username = user->value(u"username"_s).toString();
            if (!in.ok())
                return badReply(*in.error());
            return result;
        }));
    });
}

} // namespace coursedesk
