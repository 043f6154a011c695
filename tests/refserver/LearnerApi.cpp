#include "LearnerApi.h"

#include "Ranges.h"

#include "Auth.h"

#include "Attempts.h"
#include "InstructorApi.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

constexpr auto lessonPath = "/api/v2/course/<arg>/section/<arg>/lesson/<arg>/";

QString lessonRoute(const char *suffix = "")
{
    return QString::fromLatin1(lessonPath) + QString::fromLatin1(suffix);
}

// The documented default is ["manager","joined"]; a creator is the first manager of a course.
bool statusMatches(JoinStatus status, const QStringList &statuses)
{
    if (status != JoinStatus::None && statuses.contains(wireName(status)))
        return true;
    return status == JoinStatus::Creator && statuses.contains(u"manager"_s);
}

} // namespace

LearnerApi::LearnerApi(ServerContext &context, const CourseReads &reads, const InstructorApi &instructor)
    : m_context(context)
    , m_reads(reads)
    , m_instructor(instructor)
{}

void LearnerApi::addRoutes(Router &router)
{
    router.api(u"/oauth/token/"_s, Method::Post,
               [this](const QHttpServerRequest &request) { return m_context.auth.tokenEndpoint(request); });
    router.api(u"/oauth/authorize/"_s, Method::Get,
               [this](const QHttpServerRequest &request) { return m_context.auth.authorizeEndpoint(request); });
    router.api(u"/api/v2/user/me/"_s, Method::Get, [this](const QHttpServerRequest &request) { return me(request); });
    router.api(u"/api/v2/course/"_s, Method::Get,
               [this](const QHttpServerRequest &request) { return courses(request); });
    router.add<qint64>(RouteKind::Api, u"/api/v2/course/<arg>/"_s, Method::Get,
                       [this](qint64 c, const QHttpServerRequest &request) { return course(c, request); });
    router.add<qint64, qint64, qint64>(
        RouteKind::Api, lessonRoute(), Method::Get,
        [this](qint64 c, qint64 s, qint64 l, const QHttpServerRequest &request) { return lesson(c, s, l, request); });
    router.add<qint64, qint64, qint64>(
        RouteKind::Api, lessonRoute("complete/"), Method::Post,
        [this](qint64 c, qint64 s, qint64 l, const QHttpServerRequest &request) { return complete(c, s, l, request); });
    router.add<qint64, qint64, qint64>(RouteKind::Api, lessonRoute("incomplete/"), Method::Post,
                                       [this](qint64 c, qint64 s, qint64 l, const QHttpServerRequest &request) {
                                           return incomplete(c, s, l, request);
                                       });
    router.add<qint64, qint64, qint64>(
        RouteKind::Api, lessonRoute("attempt/"), Method::Post,
        [this](qint64 c, qint64 s, qint64 l, const QHttpServerRequest &request) { return attempt(c, s, l, request); });
    router.add<qint64, qint64, qint64, qint64>(
        RouteKind::Api, lessonRoute("attempt/<arg>/"), Method::Get,
        [this](qint64 c, qint64 s, qint64 l, qint64 a, const QHttpServerRequest &request) {
            return readAttempt(c, s, l, a, request);
        });
    router.add<qint64, QString>(RouteKind::Api, u"/media/<arg>/<arg>"_s, Method::Get,
                                [this](qint64 m, const QString &name, const QHttpServerRequest &request) {
                                    return mediaFile(m, name, request);
                                });
    router.add<qint64, QString>(RouteKind::Api, u"/covers/<arg>/<arg>"_s, Method::Get,
                                [this](qint64 c, const QString &name, const QHttpServerRequest &request) {
                                    return coverFile(c, name, request);
                                });
    // The platform has no enrollment endpoint: there the route is an unknown path (404 {"detail": "Not found."}).
    if (m_context.options.offersEnrollment()) {
        router.add<QString, QString>(RouteKind::Api, u"/api/enrollments/<arg>/lessons/<arg>/complete"_s, Method::Post,
                                     [this](const QString &e, const QString &l, const QHttpServerRequest &request) {
                                         return enrollmentComplete(e, l, request);
                                     });
    }
}

// A course's picture, in each of the sizes the course gives (one transparent pixel).
Reply LearnerApi::coverFile(qint64 courseId, const QString &name, const QHttpServerRequest &request) const
{
    static const QStringList sizes{u"bigger.png"_s, u"big.png"_s, u"medium.png"_s, u"small.png"_s};
    if (!sizes.contains(name) || !m_context.store.hasCover(courseId))
        return m_context.errors.notFound(u"There is no picture here."_s);
    Reply reply;
    reply.contentType = "image/png";
    reply.body = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    // Validated like any media file (ETag, Last-Modified; 304 when unchanged). The pictures never change here.
    const QDateTime madeAt(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    reply = m_context.validation.apply(reply, request, request.url().path(), m_context.now(), madeAt);
    if (reply.status == 200)
        ++m_context.counters.mediaFiles;
    return reply;
}

Reply LearnerApi::mediaFile(qint64 mediaId, const QString &name, const QHttpServerRequest &request) const
{
    const std::optional<Media> media = m_context.store.media(mediaId);
    if (!media || media->url != request.url().path())
        return m_context.errors.notFound(u"There is no media file here."_s);
    const MediaFiles::File file = m_context.files.file(*media, name);
    Reply reply;
    reply.contentType = file.contentType;
    reply.body = file.body;
    reply = m_context.validation.apply(reply, request, request.url().path(), m_context.now(), file.modified);
    reply = Ranges::apply(reply, request); // after the conditional checks (RFC 9110 §13.2.2)
    if (reply.status == 200)
        ++m_context.counters.mediaFiles;
    if (reply.status == 206)
        ++m_context.counters.partialMedia;
    m_context.counters.mediaBytes += reply.body.size();
    return reply;
}

Outcome<LearnerApi::Target> LearnerApi::target(const QHttpServerRequest &request, qint64 courseId, qint64 sectionId,
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
    return Target{user.value(), std::move(view.value()), lesson.value()};
}

Reply LearnerApi::me(const QHttpServerRequest &request) const
{
    Outcome<User> user = m_context.auth.authenticate(request);
    if (!user.ok())
        return user.failure();
    return Reply::json(m_reads.encoders().user(user.value()));
}

Reply LearnerApi::courses(const QHttpServerRequest &request) const
{
    Outcome<User> user = m_context.auth.authenticate(request);
    if (!user.ok())
        return user.failure();
    const QUrlQuery query = request.query();
    const Outcome<Page> page = Page::from(query, m_context.errors);
    if (!page.ok())
        return page.failure();
    // Absent (or, in the contract, an empty list): the documented default. In the platform dialect a value that
    // names no status (JSON text, say) is taken literally and the list comes back empty.
    std::optional<QStringList> statuses = listParameter(query, u"statuses"_s, m_context.options.dialect);
    if (!statuses || (!m_context.options.isPlatform() && statuses->isEmpty()))
        statuses = QStringList{u"manager"_s, u"joined"_s};

    QList<QJsonObject> results;
    for (const Membership &membership : m_context.store.membershipsOf(user->id)) {
        if (!statusMatches(membership.status, *statuses))
            continue;
        if (const std::optional<CourseView> view = m_reads.viewOf(user->id, membership.courseId))
            results.append(m_reads.encoders().course(*view, CourseShape::Summary, false));
    }
    return Reply::json(page.value().wrap(results, m_context.baseUrl(), request.url().path(), query));
}

Reply LearnerApi::course(qint64 courseId, const QHttpServerRequest &request) const
{
    Outcome<User> user = m_context.auth.authenticate(request);
    if (!user.ok())
        return user.failure();
    const QUrlQuery query = request.query();
    const QString mode = query.queryItemValue(u"view"_s);
    if (!mode.isEmpty() && mode != u"user"_s && mode != u"edit"_s && mode != u"dashboard"_s)
        return m_context.errors.badParameter(u"view"_s, u"\"%1\" is not a valid choice."_s.arg(mode));
    Outcome<CourseView> view = m_reads.viewFor(user.value(), courseId);
    if (!view.ok())
        return view.failure();
    m_context.store.touch(user->id, courseId, m_context.now());
    const bool instructor = view->isInstructor();
    if ((mode == u"edit"_s || mode == u"dashboard"_s) && !instructor) {
        return m_context.errors.forbidden(
            u"FORBIDDEN"_s, u"Only the creator and the managers of a course can use view=%1."_s.arg(mode));
    }
    if (query.hasQueryItem(u"user"_s) && (mode.isEmpty() || mode == u"user"_s))
        return learnerCourse(user.value(), view.value(), query.queryItemValue(u"user"_s));
    if (mode == u"dashboard"_s) {
        const DashboardFigures figures = m_instructor.dashboardFigures(courseId);
        return Reply::json(m_reads.encoders().course(view.value(), CourseShape::Dashboard, true, figures));
    }
    // Learners never see drafts; creators and managers see everything in every view.
    return Reply::json(m_reads.encoders().course(view.value(), CourseShape::Detail, instructor));
}

Reply LearnerApi::learnerCourse(const User &reader, const CourseView &readerView, const QString &userText) const
{
    bool numeric = false;
    const qint64 userId = userText.toLongLong(&numeric);
    if (!numeric)
        return m_context.errors.badParameter(u"user"_s, u"A valid integer is required."_s);
    // A learner may name themself; only creators and managers read someone else's course.
    if (userId != reader.id && !readerView.isInstructor()) {
        return m_context.errors.forbidden(
            u"FORBIDDEN"_s, u"Only the creator and the managers of a course can read another member's course."_s);
    }
    if (!m_context.store.user(userId))
        return m_context.errors.notFound(u"There is no user %1."_s.arg(userId));
    const std::optional<CourseView> learner = m_reads.viewOf(userId, readerView.course.id);
    if (!learner)
        return m_context.errors.notFound(u"There is no course %1."_s.arg(readerView.course.id));
    // That member's own view: their states and locks, drafts only if they are an instructor themself.
    return Reply::json(m_reads.encoders().course(*learner, CourseShape::Detail, learner->isInstructor()));
}

Reply LearnerApi::lesson(qint64 courseId, qint64 sectionId, qint64 lessonId, const QHttpServerRequest &request) const
{
    Outcome<Target> found = target(request, courseId, sectionId, lessonId, true);
    if (!found.ok())
        return found.failure();
    Lesson lesson = found->lesson;
    if (!m_context.store.loadBody(lesson))
        return m_context.errors.notFound(u"Lesson %1 has no body."_s.arg(lessonId));
    const std::optional<AttemptRecord> last = m_context.store.lastAttempt(found->user.id, lessonId);
    const QDateTime createdAt = m_context.store.lessonCreatedAt(lessonId);
    const QDateTime changedAt = last && last->attempt.createdAt > createdAt ? last->attempt.createdAt : createdAt;
    Reply reply = m_context.validation.apply(
        Reply::json(m_reads.encoders().lesson(found->view, lesson, createdAt, last)), request,
        request.url().path() + u"|"_s + QString::number(found->user.id), m_context.now(), changedAt);
    if (reply.status == 200)
        ++m_context.counters.lessonBodies;
    return reply;
}

Reply LearnerApi::complete(qint64 courseId, qint64 sectionId, qint64 lessonId, const QHttpServerRequest &request)
{
    ++m_context.counters.completeCalls;
    Outcome<Target> found = target(request, courseId, sectionId, lessonId, true);
    if (!found.ok())
        return found.failure();
    const Result<bool> done = m_context.store.markCompleted(found->user.id, courseId, lessonId, m_context.now());
    if (!done)
        return m_context.errors.serverError(done.error().message);
    return Reply::noContent();
}

Reply LearnerApi::incomplete(qint64 courseId, qint64 sectionId, qint64 lessonId, const QHttpServerRequest &request)
{
    ++m_context.counters.incompleteCalls;
    Outcome<Target> found = target(request, courseId, sectionId, lessonId, true);
    if (!found.ok())
        return found.failure();
    // Not complete (uncompleted or failed): a no-op 204.
    const Result<bool> removed = m_context.store.markUncompleted(found->user.id, lessonId);
    if (!removed)
        return m_context.errors.serverError(removed.error().message);
    return Reply::noContent();
}

Reply LearnerApi::enrollmentComplete(const QString &enrollmentId, const QString &lessonText,
                                     const QHttpServerRequest &request)
{
    ++m_context.counters.completeCalls;
    Outcome<User> user = m_context.auth.authenticate(request);
    if (!user.ok())
        return user.failure();
    const Reply notFound = m_context.errors.notFound(u"Enrollment or lesson not found."_s);
    const std::optional<Membership> membership = m_context.store.membershipByEnrollment(enrollmentId);
    if (!membership || membership->userId != user->id)
        return notFound;
    bool numeric = false;
    const qint64 lessonId = lessonText.toLongLong(&numeric);
    Outcome<CourseView> view = m_reads.viewFor(user.value(), membership->courseId);
    if (!view.ok())
        return view.failure();
    const Lesson *lesson = numeric ? view->course.findLesson(lessonId) : nullptr;
    if (!lesson)
        return notFound;
    m_context.store.touch(user->id, membership->courseId, m_context.now());
    // Already complete is answered before the rules: the record exists, whatever the lesson's lock says now.
    if (view->state(lessonId) == Completion::Completed) {
        return m_context.errors.conflict(
            u"LESSON_ALREADY_COMPLETED"_s,
            u"This lesson has already been marked as complete for the given enrollment."_s);
    }
    if (std::optional<Reply> locked = m_reads.lockedReply(view.value(), lessonId))
        return *locked;

    const QDateTime completedAt = m_context.now();
    const Result<bool> inserted = m_context.store.markCompleted(user->id, membership->courseId, lessonId, completedAt);
    if (!inserted)
        return m_context.errors.serverError(inserted.error().message);
    // Progress is recalculated from the stored records, with the published lessons of this moment.
    const std::optional<CourseView> after = m_reads.viewOf(user->id, membership->courseId);
    const Progress progress = after ? after->progress : Progress{};
    return Reply::json(QJsonObject{
        {u"enrollmentId"_s, enrollmentId},
        {u"lessonId"_s, lessonText},
        {u"completedAt"_s, isoTime(completedAt)},
        {u"courseProgress"_s,
         QJsonObject{
             {u"completedLessons"_s, progress.completed},
             {u"totalLessons"_s, progress.total},
             {u"progressPercentage"_s, progress.exactPercent()},
         }},
    });
}

Reply LearnerApi::attempt(qint64 courseId, qint64 sectionId, qint64 lessonId, const QHttpServerRequest &request)
{
    ++m_context.counters.attemptCalls;
    Outcome<User> user = m_context.auth.authenticate(request);
    if (!user.ok())
        return user.failure();
    // The key is recorded in both dialects (/_test/state shows it) but honoured by the contract only: a platform
    // server documents no Idempotency-Key, and every POST there creates an attempt.
    const QString key = QString::fromUtf8(header(request, "Idempotency-Key"));
    const QByteArray hash = Attempts::requestHash(request.url().path(), request.body());
    if (!key.isEmpty() && !m_context.options.isPlatform()) {
        // A replay gets the attempt it created, even if the lesson has changed since.
        if (const std::optional<AttemptRecord> earlier = m_context.store.attemptByKey(user->id, key)) {
            if (earlier->bodyHash != hash) {
                return Reply::error(422, u"IDEMPOTENCY_KEY_REUSED"_s,
                                    u"This Idempotency-Key was used for a different request."_s);
            }
            return Reply::json(m_reads.encoders().attempt(*earlier));
        }
    }
    Outcome<Target> found = target(request, courseId, sectionId, lessonId, true);
    if (!found.ok())
        return found.failure();
    const Outcome<QList<Response>> responses = Attempts::parse(request.body(), m_context.errors);
    if (!responses.ok())
        return responses.failure();
    Lesson quiz = found->lesson;
    if (!m_context.store.loadBody(quiz))
        return m_context.errors.notFound(u"Lesson %1 has no body."_s.arg(lessonId));
    if (std::optional<Reply> rejected =
            Attempts::rejection(Grading::validate(quiz, responses.value()), m_context.errors))
        return *rejected;

    AttemptRecord base;
    base.userId = user->id;
    base.courseId = courseId;
    base.sectionId = sectionId;
    base.idempotencyKey = key;
    base.bodyHash = hash;
    const Result<AttemptRecord> recorded =
        Attempts::gradeAndRecord(m_context.store, quiz, responses.value(), base, m_context.now());
    if (!recorded)
        return m_context.errors.serverError(recorded.error().message);
    return Reply::json(m_reads.encoders().attempt(recorded.value()));
}

Reply LearnerApi::readAttempt(qint64 courseId, qint64 sectionId, qint64 lessonId, qint64 attemptId,
                              const QHttpServerRequest &request) const
{
    Outcome<Target> found = target(request, courseId, sectionId, lessonId, false);
    if (!found.ok())
        return found.failure();
    const std::optional<AttemptRecord> record = m_context.store.attempt(attemptId);
    const bool visible = record && record->attempt.lessonId == lessonId &&
                         (record->userId == found->user.id || found->view.isInstructor());
    if (!visible)
        return m_context.errors.notFound(u"Lesson %1 has no attempt %2."_s.arg(lessonId).arg(attemptId));
    return Reply::json(m_reads.encoders().attempt(*record));
}

} // namespace coursedesk::refserver
