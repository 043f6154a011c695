#include "InstructorApi.h"

#include "Auth.h"

#include <QHttpServerRequest>

#include <algorithm>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

bool matchesSearch(const QString &search, const QStringList &fields)
{
    if (search.isEmpty())
        return true;
    return std::any_of(fields.cbegin(), fields.cend(),
                       [&](const QString &field) { return field.contains(search, Qt::CaseInsensitive); });
}

} // namespace

void InstructorApi::addRoutes(Router &router)
{
    router.add<qint64>(RouteKind::Api, u"/api/v2/course/<arg>/users/"_s, Method::Get,
                       [this](qint64 c, const QHttpServerRequest &request) { return users(c, request); });
    router.add<qint64>(RouteKind::Api, u"/api/v2/course/<arg>/quiz/"_s, Method::Get,
                       [this](qint64 c, const QHttpServerRequest &request) { return quizzes(c, request); });
}

Outcome<CourseView> InstructorApi::instructorView(const QHttpServerRequest &request, qint64 courseId) const
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
    m_context.store.touch(user->id, courseId, m_context.now());
    return view;
}

DashboardFigures InstructorApi::dashboardFigures(qint64 courseId) const
{
    DashboardFigures figures;
    const std::optional<Course> structure = m_context.store.course(courseId);
    if (!structure)
        return figures;
    const QHash<qint64, LessonStates> states = m_context.store.courseStates(courseId);
    qint64 percentSum = 0;
    for (const Membership &member : m_context.store.members(courseId)) {
        if (member.status != JoinStatus::Joined)
            continue;
        const Progress progress = Progress::of(*structure, states.value(member.userId));
        ++figures.learners;
        percentSum += progress.percent();
        figures.learnersCompleted += progress.isComplete() ? 1 : 0;
    }
    figures.averageCompletion = roundHalfUp(percentSum, figures.learners);
    figures.attempts = int(m_context.store.attemptsOfCourse(courseId).size());
    return figures;
}

std::optional<QStringList> InstructorApi::statusFilter(const QUrlQuery &query) const
{
    std::optional<QStringList> statuses = listParameter(query, u"statuses"_s, m_context.options.dialect);
    if (!statuses || (!m_context.options.isPlatform() && statuses->isEmpty())) {
        if (!m_context.options.isPlatform())
            return std::nullopt;
        statuses = QStringList{u"manager"_s, u"joined"_s};
    }
    if (statuses->contains(u"manager"_s) && !statuses->contains(u"creator"_s))
        statuses->append(u"creator"_s);
    return statuses;
}

Reply InstructorApi::users(qint64 courseId, const QHttpServerRequest &request) const
{
    Outcome<CourseView> view = instructorView(request, courseId);
    if (!view.ok())
        return view.failure();
    const QUrlQuery query = request.query();
    const Outcome<Page> page = Page::from(query, m_context.errors);
    if (!page.ok())
        return page.failure();
    QString ordering = query.queryItemValue(u"ordering"_s);
    if (ordering.isEmpty())
        ordering = u"-joined_at"_s;
    const bool descending = ordering.startsWith(u'-');
    const QString field = descending ? ordering.mid(1) : ordering;
    if (field != u"joined_at"_s && field != u"last_active_at"_s)
        return m_context.errors.badParameter(
            u"ordering"_s, u"ordering should be joined_at, -joined_at, last_active_at or -last_active_at."_s);
    const std::optional<QStringList> statuses = statusFilter(query);
    const QString search = query.queryItemValue(u"search"_s, QUrl::FullyDecoded).trimmed();

    const std::optional<Course> structure = m_context.store.course(courseId);
    const Page &slice = page.value();
    // Filtered, ordered and sliced by SQLite; progress and JSON for this page's rows only.
    const Store::MemberPage members =
        m_context.store.memberPage(courseId, statuses, search, field, descending, slice.limit, slice.offset);
    QList<QJsonObject> results;
    for (const auto &[member, user] : members.members) {
        const Progress progress = Progress::of(*structure, m_context.store.lessonStates(member.userId, courseId));
        results.append(m_reads.encoders().learner(member, user, progress));
    }
    return Reply::json(slice.wrapSlice(results, members.count, m_context.baseUrl(), request.url().path(), query));
}

Reply InstructorApi::quizzes(qint64 courseId, const QHttpServerRequest &request) const
{
    Outcome<CourseView> view = instructorView(request, courseId);
    if (!view.ok())
        return view.failure();
    const QUrlQuery query = request.query();
    const Outcome<Page> page = Page::from(query, m_context.errors);
    if (!page.ok())
        return page.failure();
    const std::optional<QStringList> statuses = statusFilter(query);
    const QString search = query.queryItemValue(u"search"_s, QUrl::FullyDecoded).trimmed();

    // statuses is the attempting member's join status (the docs), not the attempt's result.
    QHash<qint64, JoinStatus> joinStatus;
    for (const Membership &member : m_context.store.members(courseId))
        joinStatus.insert(member.userId, member.status);
    QList<QJsonObject> results;
    for (const AttemptRecord &record : m_context.store.attemptsOfCourse(courseId)) {
        const JoinStatus status = joinStatus.value(record.userId, JoinStatus::None);
        if (statuses && (status == JoinStatus::None || !statuses->contains(wireName(status))))
            continue;
        const std::optional<User> user = m_context.store.user(record.userId);
        const Lesson *lesson = view->course.findLesson(record.attempt.lessonId);
        const QString lessonName = lesson ? lesson->name : QString();
        if (!user || !matchesSearch(search, {user->username, user->realName, lessonName}))
            continue;
        results.append(m_reads.encoders().quizRow(record, *user, lessonName));
    }
    return Reply::json(page.value().wrap(results, m_context.baseUrl(), request.url().path(), query));
}

} // namespace coursedesk::refserver
