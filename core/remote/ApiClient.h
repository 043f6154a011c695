#pragma once

#include "domain/Comment.h"
#include "domain/Course.h"
#include "domain/MediaRefs.h"
#include "remote/ApiError.h"
#include "remote/HttpTransport.h"
#include "remote/JsonMapping.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace coursedesk {

struct TokenSet final
{
    QByteArray accessToken;
    QByteArray refreshToken;
    qint64 expiresInSecs = 0;
};

struct UserInfo final
{
    qint64 id = 0;
    QString username;
    QString realName;
};

struct EnrollmentCompletion final
{
    QDateTime completedAt;
    ServerProgress progress;
};

// One row of GET /api/v2/course/{id}/users/.
struct LearnerRow final
{
    qint64 id = 0;
    QString username;
    QString realName;
    JoinStatus joinStatus = JoinStatus::None;
    int completionRate = 0;
    QDateTime lastActiveAt;
    QDateTime joinedAt;
};

// One row of GET /api/v2/course/{id}/quiz/.
struct QuizResultRow final
{
    qint64 id = 0;
    qint64 lessonId = 0;
    QString quizName;
    QString username;
    QDateTime createdAt;
    int grade = 0;
    Completion result = Completion::Uncompleted;
};

template <typename T> struct Page final
{
    int count = 0; // across all pages
    QList<T> results;
    QUrl next; // empty on the last page
};

struct PageQuery final
{
    int limit = 50;
    int offset = 0;
    QString search;
    QString ordering; // learners only: joined_at, -joined_at, last_active_at, -last_active_at
    // Join statuses, for the learners and the quiz results alike (the quiz dashboard filters by the learner's
    // join status, not by the attempt's result: api-contract.md, "What a platform server does differently",
    // point 9). Empty: left out, the server's default (every member on ours, managers and joined learners on a
    // platform server; Dashboard asks for every member by name).
    QStringList statuses;

    friend bool operator==(const PageQuery &, const PageQuery &) = default;
};

// Every call of api-contract.md, mapped to domain types. URLs are built from integer ids only.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Callback = std::function<void(ApiResult<T>)>;

    enum class View
    {
        User,
        Edit,
        Dashboard,
    };

    // clientId: how the app is registered with this server (empty: defaultClientId).
    ApiClient(HttpTransport &transport, QUrl baseUrl, const QString &clientId = {}, QObject *parent = nullptr);

    const QUrl &baseUrl() const { return m_base; }
    // How many items to ask for per page when the client follows pages itself (courses()).
    void setPageSize(int size) { m_pageSize = std::clamp(size, 1, 100); }
    HttpTransport &transport() { return m_transport; }

    // The OAuth2 client id sent on every grant (api-contract.md). On the platform each community's
    // administrator registers the app and gives its id; ours is the default.
    static constexpr const char *defaultClientId = "coursedesk";
    const QString &clientId() const { return m_clientId; }
    void setClientId(const QString &clientId)
    {
        m_clientId = clientId.isEmpty() ? QString::fromLatin1(defaultClientId) : clientId;
    }
    QUrl authorizeUrl() const { return apiUrl(QStringLiteral("/oauth/authorize/")); }
    QUrl tokenUrl() const { return apiUrl(QStringLiteral("/oauth/token/")); }

    void passwordGrant(const QString &username, const QString &password, Callback<TokenSet> done);
    // The browser sign-in's code for tokens, proven by the PKCE verifier (RFC 7636).
    void authorizationCodeGrant(const QString &code, const QString &redirectUri, const QByteArray &codeVerifier,
                                Callback<TokenSet> done);
    void refreshGrant(const QByteArray &refreshToken, Callback<TokenSet> done);
    void me(Callback<UserInfo> done);

    // Every page of the joined courses, following `next` within this origin. No statuses: the server's default
    // (manager and joined), and the parameter is left out.
    void courses(Callback<QList<Course>> done, const QStringList &statuses = {});
    void courseDetail(qint64 courseId, View view, Callback<Course> done);
    // view=user&user=ID: one member's Course User Detail (their states and locks), for the course's creator and
    // managers (ApiClientComments.cpp).
    void learnerCourse(qint64 courseId, qint64 userId, Callback<Course> done);
    // view=dashboard: the course's figures for its creator and managers.
    void courseDashboard(qint64 courseId, Callback<CourseDashboard> done);
    // Adds the Course Lesson body to the given outline lesson.
    void lessonBody(qint64 courseId, const Lesson &lesson, Callback<Lesson> done);
    // The same, sending the validators of the copy kept (If-None-Match, If-Modified-Since): lesson is nullopt when
    // the server answered 304 (the copy kept is current); validators are the reply's.
    struct ConditionalLesson
    {
        std::optional<Lesson> lesson;
        Validators validators;
    };
    void lessonBodyIfChanged(qint64 courseId, const Lesson &lesson, const Validators &known,
                             Callback<ConditionalLesson> done);
    // The lesson's last_attempt read back, as a list (exactly-once without idempotency, AttemptLanding).
    void lessonAttempts(qint64 courseId, qint64 sectionId, qint64 lessonId, Callback<QList<QuizAttempt>> done);

    void complete(qint64 courseId, qint64 sectionId, qint64 lessonId, Callback<std::monostate> done);
    void incomplete(qint64 courseId, qint64 sectionId, qint64 lessonId, Callback<std::monostate> done);
    void completeEnrollment(const QString &enrollmentId, qint64 lessonId, Callback<EnrollmentCompletion> done);
    void attempt(qint64 courseId, qint64 sectionId, qint64 lessonId, const QList<QuestionResponse> &responses,
                 const QString &idempotencyKey, Callback<QuizAttempt> done);

    void courseLearners(qint64 courseId, const PageQuery &query, Callback<Page<LearnerRow>> done);
    void courseQuizResults(qint64 courseId, const PageQuery &query, Callback<Page<QuizResultRow>> done);

    // Lesson comments (ApiClientComments.cpp; api-contract.md point 11). A lesson read gives first-level comments
    // (or the replies of `parent`), oldest first unless newestFirst; the course-wide read (creators and managers)
    // gives each first-level comment followed by its replies, with section and lesson names. A comment is created
    // once by the network layer (sendOnce): after a lost reply the sync engine reads the lesson back first.
    struct CommentQuery
    {
        int limit = 20;
        int offset = 0;
        qint64 parent = 0;
        bool newestFirst = false;
    };
    void lessonComments(qint64 courseId, qint64 sectionId, qint64 lessonId, const CommentQuery &query,
                        Callback<Page<LessonComment>> done);
    // The same, sending the validators of the thread kept (If-None-Match, If-Modified-Since): page is nullopt when
    // the server answered 304; validators are the reply's (branch comments2).
    struct ConditionalComments
    {
        std::optional<Page<LessonComment>> page;
        Validators validators;
    };
    void lessonCommentsIfChanged(qint64 courseId, qint64 sectionId, qint64 lessonId, const CommentQuery &query,
                                 const Validators &known, Callback<ConditionalComments> done);
    // Page::count counts first-level comments; results hold their replies too.
    void courseComments(qint64 courseId, int limit, int offset, Callback<Page<LessonComment>> done);
    // The same with the validators of the copy kept: page is nullopt when the server answered 304 (branch comments2).
    void courseCommentsIfChanged(qint64 courseId, int limit, int offset, const Validators &known,
                                 Callback<ConditionalComments> done);
    void createComment(qint64 courseId, qint64 sectionId, qint64 lessonId, const QString &text, qint64 parentId,
                       qint64 inReplyTo, Callback<LessonComment> done);
    void updateComment(qint64 courseId, qint64 sectionId, qint64 lessonId, qint64 commentId, const QString &text,
                       Callback<LessonComment> done);
    void deleteComment(qint64 courseId, qint64 sectionId, qint64 lessonId, qint64 commentId,
                       Callback<std::monostate> done);

    static QString viewName(View view);

private:
    QUrl apiUrl(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    QString lessonPath(qint64 courseId, qint64 sectionId, qint64 lessonId) const;
    void getJson(const QUrl &url, Callback<QJsonObject> done);
    void postJson(const QString &path, const QJsonObject &body, const QList<std::pair<QByteArray, QByteArray>> &headers,
                  Callback<HttpResponse> done, bool sendOnce = false);
    void tokenRequest(const QList<std::pair<QString, QString>> &form, Callback<TokenSet> done);
    void coursesPage(QUrl url, QList<Course> collected, Callback<QList<Course>> done);

    HttpTransport &m_transport;
    QUrl m_base;
    int m_pageSize = 50;
    QString m_clientId = QString::fromLatin1(defaultClientId);
};

} // namespace coursedesk
